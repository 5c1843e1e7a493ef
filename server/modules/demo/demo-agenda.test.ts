import { describe, expect, it } from 'vitest';
import { demoAgendas } from './demo-agenda-data.js';
import { demoAdministrations } from './demo-data.js';

describe.each(demoAgendas.map((agenda) => [agenda.code, agenda] as const))('demo agenda of %s', (code, agenda) => {
  const administration = demoAdministrations.find((a) => a.code === code)!;
  const emails = new Set(administration.people.map((p) => p.email));
  const postAcronyms = new Set(administration.posts.map((p) => p.acronym).filter(Boolean));
  const structureAcronyms = new Set(administration.structures.map((s) => s.acronym).filter(Boolean));
  const eventKeys = new Set(agenda.events.map((e) => e.key));

  it('names only people, posts and structures of the administration', () => {
    for (const e of agenda.events) {
      for (const email of [...(e.participants?.personEmails ?? []), e.representative?.personEmail].filter(Boolean))
        expect(emails).toContain(email);
      for (const acronym of [...(e.participants?.postAcronyms ?? []), e.representative?.postAcronym].filter(Boolean))
        expect(postAcronyms).toContain(acronym);
    }
    for (const b of agenda.briefings) {
      expect(eventKeys).toContain(b.eventKey);
      if (b.fromPersonEmail) expect(emails).toContain(b.fromPersonEmail);
      if (b.fromStructureAcronym) expect(structureAcronyms).toContain(b.fromStructureAcronym);
    }
    for (const d of agenda.decisions) {
      expect(eventKeys).toContain(d.eventKey);
      expect(structureAcronyms).toContain(d.leadStructureAcronym);
    }
  });

  it('has unique event keys, events that end after they start, and briefings due by their event', () => {
    expect(eventKeys.size).toBe(agenda.events.length);
    for (const e of agenda.events) expect(e.end >= e.start, e.key).toBe(true);
    for (const b of agenda.briefings) {
      const event = agenda.events.find((e) => e.key === b.eventKey)!;
      expect(b.dueOn <= event.start.slice(0, 10), b.eventKey).toBe(true);
    }
  });

  it('covers the fortnight of 23 November to 5 December 2026 with pending audience requests', () => {
    expect(agenda.events.some((e) => e.start >= '2026-11-23' && e.start < '2026-12-06')).toBe(true);
    expect(agenda.audienceRequests.filter((r) => !r.accepted).length).toBeGreaterThanOrEqual(2);
  });
});

it('models the minister’s absence of 16–28 November 2026 as a mission', () => {
  const mission = demoAgendas.find((a) => a.code === 'MIT')!.events.find((e) => e.kind === 'mission')!;
  const absence = demoAdministrations.find((a) => a.code === 'MIT')!.absences.find((a) => a.personKey === 'pe-adjovi')!;
  expect([mission.start, mission.end]).toEqual([absence.startDate, absence.endDate]);
});
