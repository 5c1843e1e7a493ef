// Ids of the demo results framework, for the integration tests of planning, indicators and dashboards.
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/client.js';

async function one(db: Database, query: ReturnType<typeof sql>): Promise<string> {
  const { rows } = await db.execute<{ id: string }>(query);
  if (!rows[0]) throw new Error('fixture not found');
  return rows[0].id;
}

export type ResultsFixtures = Awaited<ReturnType<typeof loadResultsFixtures>>;

export async function loadResultsFixtures(db: Database) {
  const mit = await one(db, sql`SELECT id FROM administrations WHERE code = 'MIT'`);
  const mzg = await one(db, sql`SELECT id FROM administrations WHERE code = 'MZG'`);
  const oversight = await one(db, sql`SELECT id FROM administrations WHERE code = 'CSP'`);
  const indicator = (code: string, admin = mit) =>
    one(db, sql`SELECT id FROM indicators WHERE code = ${code} AND administration_id = ${admin}`);
  const programme = (code: string) => one(db, sql`SELECT id FROM programmes WHERE code = ${code} AND administration_id = ${mit}`);
  const structure = (acronym: string) => one(db, sql`SELECT id FROM structures WHERE acronym = ${acronym} AND administration_id = ${mit}`);
  return {
    mit,
    mzg,
    oversight,
    indicator,
    programme,
    structure,
    planId: await one(db, sql`SELECT id FROM strategic_plans WHERE administration_id = ${mit}`),
    axisId: await one(db, sql`SELECT id FROM plan_axes WHERE administration_id = ${mit} AND code = 'A1'`),
    objectiveId: await one(db, sql`SELECT id FROM plan_objectives WHERE administration_id = ${mit} AND code = 'OS1.1'`),
    resultId: await one(db, sql`SELECT id FROM expected_results WHERE administration_id = ${mit} AND code = 'R1.1.1'`),
    programmeId: await programme('017'),
    actionId: await one(
      db,
      sql`SELECT a.id FROM programme_actions a JOIN programmes p ON p.id = a.programme_id WHERE p.code = '017' AND a.code = '01' AND a.administration_id = ${mit}`,
    ),
    operationalPlanId: await one(db, sql`SELECT id FROM operational_plans WHERE administration_id = ${mit} AND year = 2024`),
    activityId: await one(
      db,
      sql`SELECT a.id FROM activities a JOIN operational_plans o ON o.id = a.operational_plan_id WHERE a.code = 'A017-01-2' AND o.year = 2024 AND a.administration_id = ${mit}`,
    ),
    indicatorId: await indicator('IND-017-05'),
    dppStructureId: await structure('DPP'),
    validatedMeasurementId: await one(
      db,
      sql`SELECT m.id FROM measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.code = 'IND-017-05' AND m.year = 2024 AND m.quarter = 1 AND m.administration_id = ${mit}`,
    ),
    mzgIndicatorId: await indicator('C-01', mzg),
    mzgProgrammeId: await one(db, sql`SELECT id FROM programmes WHERE administration_id = ${mzg} LIMIT 1`),
  };
}
