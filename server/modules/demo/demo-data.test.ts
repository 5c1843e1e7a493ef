import { describe, expect, it } from 'vitest';
import { demoAdministrations, demoMinistry, demoPlatformAdmin, demoTownHall, type DemoAdministration } from './demo-data.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const roleEmailPrefixes = ['dc', 'dac', 'sg', 'directeur', 'conseiller', 'protocole', 'secretariat', 'admin', 'suivi'];

// firstname.lastname in lowercase ASCII, as the demo emails of people without an account are built
function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function collectTexts(admin: DemoAdministration): string[] {
  return [
    admin.name,
    admin.shortName,
    admin.headTitle,
    admin.countryMotto,
    ...admin.ranks.map((r) => r.name),
    ...admin.structures.flatMap((s) => [s.name, ...s.attributions]),
    ...admin.posts.flatMap((p) => [p.title, ...p.attributions]),
    ...admin.people.flatMap((p) => [p.firstName, p.lastName, p.account?.label ?? '']),
    ...admin.interims.flatMap((i) => [i.legalReference, i.reason]),
    ...admin.absences.map((a) => a.reason),
  ];
}

describe.each(demoAdministrations.map((a) => [a.code, a] as const))('demo administration %s', (_code, admin) => {
  const structureKeys = new Set(admin.structures.map((s) => s.key));
  const postKeys = new Set(admin.posts.map((p) => p.key));
  const rankKeys = new Set(admin.ranks.map((r) => r.key));
  const personKeys = new Set(admin.people.map((p) => p.key));

  it('has unique keys across ranks, structures, posts and people', () => {
    const keys = [...admin.ranks, ...admin.structures, ...admin.posts, ...admin.people].map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('orders its ranks with distinct levels from 1', () => {
    const levels = admin.ranks.map((r) => r.level).sort((a, b) => a - b);
    expect(levels).toEqual(levels.map((_, i) => i + 1));
    expect(new Set(admin.ranks.map((r) => r.name.toLowerCase())).size).toBe(admin.ranks.length);
  });

  it('links structures to existing structures, as an acyclic tree', () => {
    for (const s of admin.structures) {
      if (s.parentKey !== null) expect(structureKeys, `${s.key}.parentKey`).toContain(s.parentKey);
      if (s.attachedToKey !== undefined) expect(structureKeys, `${s.key}.attachedToKey`).toContain(s.attachedToKey);
      expect(s.parentKey).not.toBe(s.key);
      expect(s.attributions.length, `${s.key} attributions`).toBeGreaterThan(0);
    }
    const parentOf = new Map(admin.structures.map((s) => [s.key, s.parentKey]));
    for (const s of admin.structures) {
      const seen = new Set<string>();
      let current: string | null | undefined = s.key;
      while (current) {
        expect(seen.has(current), `cycle through ${current}`).toBe(false);
        seen.add(current);
        current = parentOf.get(current);
      }
    }
  });

  it('links posts to existing structures, ranks and posts, without reporting cycles', () => {
    for (const p of admin.posts) {
      expect(structureKeys, `${p.key}.structureKey`).toContain(p.structureKey);
      if (p.rankKey !== null) expect(rankKeys, `${p.key}.rankKey`).toContain(p.rankKey);
      if (p.reportsToKey !== null) expect(postKeys, `${p.key}.reportsToKey`).toContain(p.reportsToKey);
      expect(p.attributions.length, `${p.key} attributions`).toBeGreaterThan(0);
    }
    const reportsTo = new Map(admin.posts.map((p) => [p.key, p.reportsToKey]));
    for (const p of admin.posts) {
      const seen = new Set<string>();
      let current: string | null | undefined = p.key;
      while (current) {
        expect(seen.has(current), `reporting cycle through ${current}`).toBe(false);
        seen.add(current);
        current = reportsTo.get(current);
      }
    }
  });

  it('has exactly one head post, and at most one head per structure', () => {
    expect(admin.posts.filter((p) => p.function === 'head')).toHaveLength(1);
    const heads = admin.posts.filter((p) => p.isHeadOfStructure).map((p) => p.structureKey);
    expect(new Set(heads).size).toBe(heads.length);
  });

  it('links people, interims, absences and succession rules to existing keys', () => {
    for (const person of admin.people) {
      if (person.postKey !== null) expect(postKeys, `${person.key}.postKey`).toContain(person.postKey);
      expect(person.assignedSince).toMatch(isoDate);
    }
    for (const interim of admin.interims) {
      expect(postKeys).toContain(interim.postKey);
      expect(personKeys).toContain(interim.personKey);
      expect(interim.startDate).toMatch(isoDate);
      expect(interim.endDate).toMatch(isoDate);
      expect(interim.startDate <= interim.endDate).toBe(true);
    }
    for (const absence of admin.absences) {
      expect(personKeys).toContain(absence.personKey);
      expect(absence.startDate).toMatch(isoDate);
      expect(absence.endDate).toMatch(isoDate);
      expect(absence.startDate <= absence.endDate).toBe(true);
    }
    for (const rule of admin.successionRules) {
      expect(postKeys).toContain(rule.postKey);
      for (const key of rule.substituteKeys) expect(postKeys).toContain(key);
    }
  });

  it('fills every post with one person, except exactly one vacant post', () => {
    const held = admin.people.flatMap((p) => (p.postKey === null ? [] : [p.postKey]));
    expect(new Set(held).size).toBe(held.length);
    expect(admin.posts.filter((p) => !held.includes(p.key))).toHaveLength(1);
  });

  it('gives people lowercase ASCII emails in the administration domain', () => {
    for (const person of admin.people) {
      expect(person.email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
      expect(person.email.endsWith(`@${admin.emailDomain}`)).toBe(true);
      if (!person.account) {
        expect(person.email).toBe(`${slugify(person.firstName)}.${slugify(person.lastName)}@${admin.emailDomain}`);
      }
    }
  });

  it('has the role-shaped demo accounts, one of them administrator', () => {
    const headPrefix = admin.kind === 'commune' ? 'maire' : 'ministre';
    const accounts = admin.people.filter((p) => p.account);
    const emails = accounts.map((p) => p.email).sort();
    // the ministry also has its DPP director, who reviews the measurements of the DPP's indicators
    const extraPrefixes = admin.code === 'MIT' ? ['dpp'] : [];
    expect(emails).toEqual([headPrefix, ...roleEmailPrefixes, ...extraPrefixes].map((x) => `${x}@${admin.emailDomain}`).sort());
    const admins = accounts.filter((p) => p.account?.role === 'admin');
    expect(admins.map((p) => p.email)).toEqual([`admin@${admin.emailDomain}`]);
    const functionOf = (email: string) => {
      const person = accounts.find((p) => p.email === email);
      return admin.posts.find((p) => p.key === person?.postKey)?.function;
    };
    expect(functionOf(`${headPrefix}@${admin.emailDomain}`)).toBe('head');
    expect(functionOf(`dc@${admin.emailDomain}`)).toBe('chief_of_staff');
    expect(functionOf(`dac@${admin.emailDomain}`)).toBe('deputy_chief_of_staff');
    expect(functionOf(`sg@${admin.emailDomain}`)).toBe('secretary_general');
    expect(functionOf(`conseiller@${admin.emailDomain}`)).toBe('adviser');
    expect(functionOf(`secretariat@${admin.emailDomain}`)).toBe('private_office');
    expect(functionOf(`suivi@${admin.emailDomain}`)).toBe('focal_point');
    expect(functionOf(`directeur@${admin.emailDomain}`)).toBe('head_of_structure');
  });

  it('lets the DC, then the DAC, chair the management committee when the head is absent', () => {
    const head = admin.posts.find((p) => p.function === 'head');
    const dc = admin.posts.find((p) => p.function === 'chief_of_staff');
    const dac = admin.posts.find((p) => p.function === 'deputy_chief_of_staff');
    const rule = admin.successionRules.find((r) => r.postKey === head?.key && r.context === 'management_committee');
    expect(rule?.substituteKeys).toEqual([dc?.key, dac?.key]);
  });

  it('writes French texts with the typographic apostrophe only', () => {
    for (const text of collectTexts(admin)) expect(text, text).not.toContain("'");
  });
});

describe('demo data across administrations', () => {
  it('uses unique emails everywhere, the platform administrator included', () => {
    const emails = [demoPlatformAdmin.email, ...demoAdministrations.flatMap((a) => a.people.map((p) => p.email))];
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('uses unique administration codes and email domains', () => {
    expect(new Set(demoAdministrations.map((a) => a.code)).size).toBe(demoAdministrations.length);
    expect(new Set(demoAdministrations.map((a) => a.emailDomain)).size).toBe(demoAdministrations.length);
  });

  it('gives the town hall chief of protocol the rank of Directeur adjoint (seed 003)', () => {
    const protocol = demoTownHall.posts.find((p) => p.title === 'Chef de protocole');
    const rank = demoTownHall.ranks.find((r) => r.key === protocol?.rankKey);
    expect(rank?.name).toBe('Directeur adjoint');
  });

  it('ranks the town hall advisers and chargés de mission as Directeur (seed 003)', () => {
    const directeur = demoTownHall.ranks.find((r) => r.name === 'Directeur');
    const advisers = demoTownHall.posts.filter((p) => p.function === 'adviser');
    expect(advisers.length).toBeGreaterThanOrEqual(4);
    for (const post of advisers) expect(post.rankKey, post.title).toBe(directeur?.key);
  });

  it('attaches the municipal police and the communication cell to the Direction du Cabinet', () => {
    const cabinet = demoTownHall.structures.find((s) => s.kind === 'cabinet');
    for (const name of ['Direction de la Police municipale', 'Cellule de communication']) {
      const structure = demoTownHall.structures.find((s) => s.name === name);
      expect(structure?.attachedToKey, name).toBe(cabinet?.key);
    }
  });

  it('lists every unit of the ministry general secretariat (seed 002)', () => {
    const sg = demoMinistry.structures.find((s) => s.kind === 'general_secretariat');
    const children = demoMinistry.structures.filter((s) => s.parentKey === sg?.key).map((s) => s.name);
    expect(children).toEqual(
      expect.arrayContaining([
        'Secrétariat administratif',
        'Cellule juridique',
        'Commission de passation des marchés publics',
        'Cellule sectorielle de pilotage de la réforme administrative et institutionnelle',
      ]),
    );
    const sgPosts = demoMinistry.posts.filter((p) => p.structureKey === sg?.key).map((p) => p.function);
    expect(sgPosts).toEqual(expect.arrayContaining(['secretary_general', 'deputy_secretary_general']));
    expect(demoMinistry.posts.some((p) => p.title === 'Personne responsable des marchés publics')).toBe(true);
    expect(demoMinistry.posts.some((p) => p.title.startsWith('Assistant du Secrétaire général'))).toBe(true);
  });

  it('makes the DAC act as DC while the DC is absent', () => {
    const [interim] = demoMinistry.interims;
    const absence = demoMinistry.absences.find((a) => a.personKey === 'pe-kpossou');
    expect(interim?.postKey).toBe('p-dc');
    expect(demoMinistry.people.find((p) => p.key === interim?.personKey)?.postKey).toBe('p-dac');
    expect([interim?.startDate, interim?.endDate]).toEqual([absence?.startDate, absence?.endDate]);
  });
});
