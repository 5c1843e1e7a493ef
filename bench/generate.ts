// Generates a large administration for the benchmarks: 300 structures, 1,500 posts, 5,000 people.
import { hashPassword } from '../server/platform/auth/password.js';
import type { Database } from '../server/platform/db/client.js';
import { administrations, memberships } from '../server/modules/administrations/administrations.tables.js';
import { users } from '../server/modules/auth/auth.tables.js';
import {
  assignments,
  attributions,
  interims,
  persons,
  posts,
  ranks,
  structures,
} from '../server/modules/organisation/organisation.tables.js';

export type BenchSize = { structures: number; posts: number; people: number };
export const defaultBenchSize: BenchSize = { structures: 300, posts: 1500, people: 5000 };

const kinds = ['directorate', 'service', 'division', 'cell'] as const;
const verbs = ['Assurer', 'Coordonner', 'Suivre', 'Élaborer', 'Mettre en œuvre', 'Évaluer', 'Veiller à'];
const objects = [
  'la planification',
  'le suivi-évaluation',
  'la gestion des ressources',
  'la communication',
  'les marchés publics',
  'la réforme',
];

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function generateBenchAdministration(db: Database, password: string, size: BenchSize = defaultBenchSize) {
  const [admin] = await db
    .insert(administrations)
    .values({
      code: 'BENCH',
      name: 'Ministère du Banc d’essai',
      shortName: 'Banc',
      kind: 'ministry',
      headTitle: 'Ministre',
      country: 'Bénin',
      currency: 'XOF',
      referencePlan: 'PAG',
    })
    .returning({ id: administrations.id });
  const administrationId = admin!.id;
  const rankRows = await db
    .insert(ranks)
    .values(
      ['Secrétaire général', 'Directeur', 'Directeur adjoint', 'Chef de service', 'Chef de division', 'Agent'].map((name, i) => ({
        administrationId,
        name,
        level: i + 1,
      })),
    )
    .returning({ id: ranks.id });

  // A tree: the first structure is the root, each other hangs under an earlier one (about 5 children each).
  const structureIds: string[] = [];
  for (let i = 0; i < size.structures; i++) {
    const parentId = i === 0 ? null : structureIds[Math.floor((i - 1) / 5)]!;
    const [row] = await db
      .insert(structures)
      .values({
        administrationId,
        parentId,
        kind: i === 0 ? 'general_secretariat' : kinds[i % kinds.length]!,
        name: `Structure ${i + 1}`,
        acronym: `S${i + 1}`,
        sortOrder: i,
      })
      .returning({ id: structures.id });
    structureIds.push(row!.id);
  }
  const postValues = Array.from({ length: size.posts }, (_, i) => ({
    administrationId,
    structureId: structureIds[i % size.structures]!,
    title: `Poste ${i + 1}`,
    rankId: rankRows[i % rankRows.length]!.id,
    function: (i < size.structures ? 'head_of_structure' : 'member') as 'head_of_structure' | 'member',
    isHeadOfStructure: i < size.structures,
    sortOrder: i,
  }));
  const postIds: string[] = [];
  await insertChunked(postValues, async (chunk) =>
    postIds.push(...(await db.insert(posts).values(chunk).returning({ id: posts.id })).map((r) => r.id)),
  );
  await insertChunked(
    postIds.flatMap((postId, i) =>
      [0, 1].map((k) => ({
        administrationId,
        postId,
        text: `${verbs[(i + k) % verbs.length]} ${objects[(i * 3 + k) % objects.length]} (${i})`,
        position: k,
      })),
    ),
    (chunk) => db.insert(attributions).values(chunk),
  );
  const personValues = Array.from({ length: size.people }, (_, i) => ({
    administrationId,
    civility: (i % 2 ? 'Mme' : 'M.') as 'M.' | 'Mme',
    firstName: `Prénom${i + 1}`,
    lastName: `Nom${i + 1}`,
    email: `personne${i + 1}@banc.test`,
  }));
  const personIds: string[] = [];
  await insertChunked(personValues, async (chunk) =>
    personIds.push(...(await db.insert(persons).values(chunk).returning({ id: persons.id })).map((r) => r.id)),
  );
  await insertChunked(
    postIds.map((postId, i) => ({ administrationId, postId, personId: personIds[i]!, startDate: '2024-01-01' })),
    (chunk) => db.insert(assignments).values(chunk),
  );
  await insertChunked(
    postIds.slice(0, 100).map((postId, i) => ({
      administrationId,
      postId,
      personId: personIds[size.posts + i]!,
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      legalReference: `Note n°${i}`,
    })),
    (chunk) => db.insert(interims).values(chunk),
  );
  const [user] = await db
    .insert(users)
    .values({ email: 'bench@banc.test', fullName: 'Banc d’essai', passwordHash: await hashPassword(password) })
    .returning({ id: users.id });
  await db.insert(memberships).values({ userId: user!.id, administrationId, role: 'admin', personId: personIds[0]! });
  return { administrationId, email: 'bench@banc.test' };
}
