// 500,000 dossiers with their assignments, opinion requests and events for the bench administration, written
// by PostgreSQL itself (INSERT ... SELECT generate_series), and the scenarios measured on them: full-text
// search and "waiting on me", as the Secretary General (who sees normal and sensitive dossiers).
import { sql } from 'drizzle-orm';
import { hashPassword } from '../server/platform/auth/password.js';
import type { Database } from '../server/platform/db/client.js';
import { memberships } from '../server/modules/administrations/administrations.tables.js';
import { users } from '../server/modules/auth/auth.tables.js';
import { assignments, persons, posts, structures } from '../server/modules/organisation/organisation.tables.js';

export const DOSSIER_COUNT = Number(process.env.BENCH_DOSSIERS ?? 500_000);

const openings = ['Demande', 'Rapport', 'Projet', 'Note', 'Plainte', 'Requête', 'Convention', 'Lettre'];
const topics = [
  'de réhabilitation',
  'd’entretien périodique',
  'de construction',
  'de financement',
  'd’audit',
  'd’indemnisation',
  'de révision des prix',
  'de sécurité routière',
  'de recrutement',
  'de passation de marché',
  'de maintenance',
  'd’assainissement',
];
const places = [
  'de la route',
  'du pont',
  'du marché',
  'de l’école',
  'du port',
  'de l’aéroport',
  'de la gare',
  'du centre de santé',
  'de la voie',
  'du barrage',
  'de l’échangeur',
];
const towns = [
  'Abomey',
  'Bohicon',
  'Dassa',
  'Savalou',
  'Parakou',
  'Natitingou',
  'Djougou',
  'Kandi',
  'Lokossa',
  'Ouidah',
  'Allada',
  'Pobè',
  'Kétou',
  'Sakété',
  'Porto-Novo',
  'Cotonou',
  'Womey',
  'Godomey',
  'Sèmè',
  'Malanville',
  'Tchaourou',
  'Nikki',
  'Banikoara',
  'Covè',
  'Zagnanado',
  'Aplahoué',
  'Comè',
  'Grand-Popo',
  'Athiémé',
  'Houéyogbé',
  'Bembèrèkè',
  'Tanguiéta',
  'Copargo',
  'Ouèssè',
  'Glazoué',
  'Bantè',
  'Djidja',
  'Zogbodomey',
  'Agbangnizoun',
  'Toffo',
];
const textArray = (values: string[]) => sql.raw(`(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[])`);

// The Secretary General of the bench administration, with an account: the person the scenarios act as.
async function createSecretaryGeneral(db: Database, administrationId: string, password: string) {
  const [root] = await db
    .select({ id: structures.id })
    .from(structures)
    .where(sql`${structures.administrationId} = ${administrationId} AND ${structures.parentId} IS NULL`);
  const [post] = await db
    .insert(posts)
    .values({ administrationId, structureId: root!.id, title: 'Secrétaire général', function: 'secretary_general', sortOrder: -1 })
    .returning({ id: posts.id });
  const [person] = await db
    .insert(persons)
    .values({ administrationId, civility: 'Mme', firstName: 'Secrétaire', lastName: 'Générale', email: 'sg@banc.test' })
    .returning({ id: persons.id });
  await db.insert(assignments).values({ administrationId, postId: post!.id, personId: person!.id, startDate: '2024-01-01' });
  const [user] = await db
    .insert(users)
    .values({ email: 'sg@banc.test', fullName: 'Secrétaire Générale', passwordHash: await hashPassword(password) })
    .returning({ id: users.id });
  await db.insert(memberships).values({ userId: user!.id, administrationId, role: 'member', personId: person!.id });
  return { rootStructureId: root!.id, email: 'sg@banc.test' };
}

export async function generateBenchDossiers(db: Database, administrationId: string, password: string) {
  const sg = await createSecretaryGeneral(db, administrationId, password);
  const n = DOSSIER_COUNT;
  // 75 % normal, 20 % sensitive, 5 % reserved, received over the last four years in order; those older than 60
  // days are decided (20 %) or filed, the recent ones spread over the whole circuit, as in a living registry
  await db.execute(sql`
    INSERT INTO dossiers (administration_id, reference, year, sequence, received_on, channel, sender_type, sender_name, subject, kind,
                          deadline, confidentiality, status, round, circuit_mode, search_vector, created_at, updated_at)
    SELECT ${administrationId}, reference, 2026, g, received_on, channel, 'body', sender_name, subject, kind, deadline, confidentiality,
           status, 1, CASE WHEN status <> 'registered' THEN 'sequential' END,
           setweight(to_tsvector('fr_unaccent', reference || ' ' || regexp_replace(reference, '[^[:alnum:]]+', ' ', 'g') || ' ' || subject), 'A')
             || setweight(to_tsvector('fr_unaccent', sender_name), 'B'),
           now(), now()
    FROM (
      SELECT g, '2026/' || lpad(g::text, 7, '0') || '/BANC' AS reference,
             current_date - (1400 - (g::bigint * 1400 / ${n}))::int AS received_on,
             (ARRAY['post','hand_delivery','email','internal','other'])[1 + g % 5] AS channel,
             'Expéditeur ' || (g % 5000) AS sender_name,
             ${textArray(openings)}[1 + g % ${openings.length}] || ' ' || ${textArray(topics)}[1 + (g / 7) % ${topics.length}] || ' '
               || ${textArray(places)}[1 + (g / 11) % ${places.length}] || ' de ' || ${textArray(towns)}[1 + (g / 13) % ${towns.length}] AS subject,
             (ARRAY['incoming_mail','draft_decree','draft_order','note','contract','request','report','other'])[1 + g % 8] AS kind,
             CASE WHEN g % 3 = 0 THEN current_date - (1400 - (g::bigint * 1400 / ${n}))::int + 30 END AS deadline,
             CASE WHEN g % 20 = 0 THEN 'reserved' WHEN g % 5 = 1 THEN 'sensitive' ELSE 'normal' END AS confidentiality,
             CASE WHEN 1400 - (g::bigint * 1400 / ${n}) > 60 THEN (CASE WHEN g % 5 = 0 THEN 'decided' ELSE 'filed' END)
                  WHEN g % 20 < 3 THEN 'registered' WHEN g % 20 < 13 THEN 'in_review' WHEN g % 20 < 16 THEN 'awaiting_decision'
                  ELSE 'decided' END AS status
      FROM generate_series(1, ${n}) g
    ) x`);
  // assigned to one of the 300 structures for action (and to the general secretariat), once past registration
  await db.execute(sql`
    WITH s AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM structures WHERE administration_id = ${administrationId})
    INSERT INTO dossier_assignments (dossier_id, administration_id, structure_id, purpose, instructions, assigned_by_name)
    SELECT d.id, d.administration_id, s.ids[1 + d.sequence % array_length(s.ids, 1)], 'action', 'Pour traitement', 'Directeur de cabinet'
    FROM dossiers d, s
    WHERE d.administration_id = ${administrationId} AND d.status <> 'registered'`);
  // the technical opinion (pending while in review), and the cabinet's for sensitive and reserved dossiers
  await db.execute(sql`
    INSERT INTO dossier_opinion_requests (dossier_id, administration_id, round, position, type, opened_at, opinion_id)
    SELECT d.id, d.administration_id, 1, 1, 'technical', d.received_on + time '11:00', CASE WHEN d.status <> 'in_review' THEN gen_random_uuid() END
    FROM dossiers d WHERE d.administration_id = ${administrationId} AND d.status <> 'registered'`);
  await db.execute(sql`
    INSERT INTO dossier_opinion_requests (dossier_id, administration_id, round, position, type, opened_at, opinion_id)
    SELECT d.id, d.administration_id, 1, 2, 'cabinet', CASE WHEN d.status <> 'in_review' THEN d.received_on + time '15:00' END,
           CASE WHEN d.status <> 'in_review' THEN gen_random_uuid() END
    FROM dossiers d WHERE d.administration_id = ${administrationId} AND d.status <> 'registered' AND d.confidentiality <> 'normal'`);
  await db.execute(sql`
    WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM persons WHERE administration_id = ${administrationId})
    INSERT INTO dossier_named_persons (dossier_id, person_id, administration_id)
    SELECT d.id, p.ids[1 + d.sequence % array_length(p.ids, 1)], d.administration_id FROM dossiers d, p
    WHERE d.administration_id = ${administrationId} AND d.confidentiality = 'reserved'`);
  // the registration event of each dossier, and its assignment: the bench does not check their hashes
  await db.execute(sql`
    INSERT INTO dossier_events (dossier_id, administration_id, seq, type, at, actor_name, data, prev_hash, hash)
    SELECT d.id, d.administration_id, 1, 'registered', d.received_on + time '09:00', 'Secrétariat',
           jsonb_build_object('status', 'registered', 'waitingFor', jsonb_build_array(jsonb_build_object('type', 'imputation')), 'step', true),
           repeat('0', 64), md5(d.id::text) || md5(d.reference)
    FROM dossiers d WHERE d.administration_id = ${administrationId}`);
  await db.execute(sql`
    INSERT INTO dossier_events (dossier_id, administration_id, seq, type, at, actor_name, data, prev_hash, hash)
    SELECT d.id, d.administration_id, 2, 'assigned', d.received_on + time '11:00', 'Directeur de cabinet',
           jsonb_build_object('status', d.status, 'waitingFor', '[]'::jsonb, 'step', true), md5(d.id::text) || md5(d.reference), md5(d.reference) || md5(d.id::text)
    FROM dossiers d WHERE d.administration_id = ${administrationId} AND d.status <> 'registered'`);
  return { email: sg.email };
}

// A town found in about 1 dossier in 40, and two words together.
export function dossierScenarios(administrationId: string) {
  const base = `/api/administrations/${administrationId}/dossiers`;
  return [
    { name: 'dossiers search', path: `${base}/search?q=${encodeURIComponent('bohicon')}`, budgetP95Ms: 100 },
    { name: 'dossiers search 2w', path: `${base}/search?q=${encodeURIComponent('réhabilitation pont')}`, budgetP95Ms: 100 },
    { name: 'dossiers waiting', path: `${base}/waiting?limit=50`, budgetP95Ms: 100 },
  ];
}
