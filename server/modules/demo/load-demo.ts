// Loads the demo administrations into an empty database (first start, tests' template database).
// Like a migration, it writes the tables of several modules directly, in one transaction.
import { count, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/client.js';
import { hashPassword } from '../../platform/auth/password.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { administrationOversight, administrations, memberships } from '../administrations/administrations.tables.js';
import { users } from '../auth/auth.tables.js';
import {
  absences,
  assignments,
  attributions,
  interims,
  persons,
  posts,
  ranks,
  structures,
  successionRules,
} from '../organisation/organisation.tables.js';
import { demoAdministrations, demoPlatformAdmin, type DemoAdministration } from './demo-data.js';
import { demoOversight } from './demo-oversight.js';
import { loadDemoResults } from './load-demo-results.js';
import { loadFollowupDemo } from './demo-followup.js';
import { loadDemoAgendas } from './demo-agenda.js';
import { loadDemoDossiers } from './demo-dossiers.js';

// filesDir: where the demo dossiers' attachments go (without it they have none)
export async function loadDemoIfEmpty(db: Database, options: { password: string; filesDir?: string }): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(administrations);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(options.password);
  await db.transaction(async (tx) => {
    // Another instance may be loading at the same moment: the first one wins.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727002)`);
    const [again] = await tx.select({ n: count() }).from(administrations);
    if ((again?.n ?? 0) > 0) return;
    await tx.insert(users).values({
      email: demoPlatformAdmin.email,
      fullName: `${demoPlatformAdmin.firstName} ${demoPlatformAdmin.lastName}`,
      passwordHash,
      isPlatformAdmin: true,
    });
    const ids: string[] = [];
    for (const demo of demoAdministrations) ids.push(await loadAdministration(tx, demo, passwordHash));
    for (const [i, demo] of demoAdministrations.entries()) await loadFollowupDemo(tx, ids[i]!, demo);
    await loadDemoAgendas(
      tx,
      demoAdministrations.map((demo, i) => ({ code: demo.code, administrationId: ids[i]! })),
    );
    await loadOversight(tx, ids, passwordHash);
    await loadDemoDossiers(tx, { filesDir: options.filesDir });
  });
  return true;
}

async function loadOversight(tx: Tx, overseenIds: string[], passwordHash: string) {
  const [overseer] = await tx
    .insert(administrations)
    .values({
      code: demoOversight.code,
      name: demoOversight.name,
      shortName: demoOversight.shortName,
      kind: 'oversight',
      headTitle: demoOversight.headTitle,
      country: demoOversight.country,
      countryMotto: demoOversight.countryMotto,
      currency: demoOversight.currency,
      referencePlan: 'PAG',
    })
    .returning({ id: administrations.id });
  await tx.insert(administrationOversight).values(overseenIds.map((overseenId) => ({ overseerId: overseer!.id, overseenId })));
  const [user] = await tx
    .insert(users)
    .values({ email: demoOversight.account.email, fullName: demoOversight.account.fullName, passwordHash })
    .returning({ id: users.id });
  await tx.insert(memberships).values({ userId: user!.id, administrationId: overseer!.id, role: 'member' });
}

async function loadAdministration(tx: Tx, demo: DemoAdministration, passwordHash: string): Promise<string> {
  const [admin] = await tx
    .insert(administrations)
    .values({
      code: demo.code,
      name: demo.name,
      shortName: demo.shortName,
      kind: demo.kind,
      headTitle: demo.headTitle,
      country: demo.country,
      countryMotto: demo.countryMotto,
      currency: demo.currency,
      referencePlan: demo.referencePlan,
    })
    .returning({ id: administrations.id });
  const administrationId = admin!.id;

  const rankIds = new Map<string, string>();
  for (const r of demo.ranks) {
    const [row] = await tx.insert(ranks).values({ administrationId, name: r.name, level: r.level }).returning({ id: ranks.id });
    rankIds.set(r.key, row!.id);
  }

  // Parents first: insert in an order where every parent is already there.
  const structureIds = new Map<string, string>();
  const pending = [...demo.structures];
  while (pending.length > 0) {
    const index = pending.findIndex((s) => s.parentKey === null || structureIds.has(s.parentKey));
    if (index < 0) throw new Error(`Demo ${demo.code}: structure tree has a cycle or a missing parent`);
    const [s] = pending.splice(index, 1);
    const [row] = await tx
      .insert(structures)
      .values({
        administrationId,
        parentId: s!.parentKey ? structureIds.get(s!.parentKey)! : null,
        kind: s!.kind,
        name: s!.name,
        acronym: s!.acronym ?? null,
        sortOrder: demo.structures.indexOf(s!),
      })
      .returning({ id: structures.id });
    structureIds.set(s!.key, row!.id);
  }
  for (const s of demo.structures) {
    if (!s.attachedToKey) continue;
    await tx
      .update(structures)
      .set({ attachedToId: structureIds.get(s.attachedToKey)! })
      .where(eq(structures.id, structureIds.get(s.key)!));
  }

  const postIds = new Map<string, string>();
  for (const [i, p] of demo.posts.entries()) {
    const [row] = await tx
      .insert(posts)
      .values({
        administrationId,
        structureId: structureIds.get(p.structureKey)!,
        title: p.title,
        acronym: p.acronym ?? null,
        rankId: p.rankKey ? rankIds.get(p.rankKey)! : null,
        function: p.function,
        isHeadOfStructure: p.isHeadOfStructure,
        sortOrder: i,
      })
      .returning({ id: posts.id });
    postIds.set(p.key, row!.id);
  }
  for (const p of demo.posts) {
    if (!p.reportsToKey) continue;
    await tx
      .update(posts)
      .set({ reportsToId: postIds.get(p.reportsToKey)! })
      .where(eq(posts.id, postIds.get(p.key)!));
  }

  const attributionRows = [
    ...demo.structures.flatMap((s) =>
      s.attributions.map((text, position) => ({ administrationId, structureId: structureIds.get(s.key)!, text, position })),
    ),
    ...demo.posts.flatMap((p) =>
      p.attributions.map((text, position) => ({ administrationId, postId: postIds.get(p.key)!, text, position })),
    ),
  ];
  if (attributionRows.length > 0) await tx.insert(attributions).values(attributionRows);

  const personIds = new Map<string, string>();
  for (const person of demo.people) {
    const [row] = await tx
      .insert(persons)
      .values({
        administrationId,
        civility: person.civility,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        phone: person.phone ?? null,
      })
      .returning({ id: persons.id });
    personIds.set(person.key, row!.id);
    if (person.postKey) {
      await tx
        .insert(assignments)
        .values({ administrationId, personId: row!.id, postId: postIds.get(person.postKey)!, startDate: person.assignedSince });
    }
    if (person.account) {
      const [user] = await tx
        .insert(users)
        .values({ email: person.email, fullName: `${person.firstName} ${person.lastName}`, passwordHash })
        .returning({ id: users.id });
      await tx.insert(memberships).values({ userId: user!.id, administrationId, role: person.account.role, personId: row!.id });
    }
  }
  for (const i of demo.interims) {
    await tx.insert(interims).values({
      administrationId,
      postId: postIds.get(i.postKey)!,
      personId: personIds.get(i.personKey)!,
      startDate: i.startDate,
      endDate: i.endDate,
      legalReference: i.legalReference,
      reason: i.reason,
    });
  }
  for (const a of demo.absences) {
    await tx
      .insert(absences)
      .values({ administrationId, personId: personIds.get(a.personKey)!, startDate: a.startDate, endDate: a.endDate, reason: a.reason });
  }
  for (const rule of demo.successionRules) {
    await tx.insert(successionRules).values(
      rule.substituteKeys.map((key, position) => ({
        administrationId,
        postId: postIds.get(rule.postKey)!,
        context: rule.context,
        position,
        substitutePostId: postIds.get(key)!,
      })),
    );
  }
  await recordAudit(
    tx,
    { administrationId, requestId: 'demo', actor: null },
    { action: 'demo.load', entityType: 'administration', entityId: administrationId, after: { code: demo.code } },
  );
  await loadDemoResults(tx, administrationId, demo.code, { structureIds, postIds });
  return administrationId;
}
