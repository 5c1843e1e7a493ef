// Looks up demo organisation ids by name for tests (structures by name or acronym, posts by title).
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/client.js';

export type OrgIds = {
  administrationId: string;
  structure: (nameOrAcronym: string) => string;
  post: (title: string) => string;
  person: (email: string) => string;
};

export async function loadOrgIds(db: Database, code: string): Promise<OrgIds> {
  const admin = await db.execute<{ id: string }>(sql`SELECT id FROM administrations WHERE code = ${code}`);
  const administrationId = admin.rows[0]!.id;
  const structures = (
    await db.execute<{ id: string; name: string; acronym: string | null }>(
      sql`SELECT id, name, acronym FROM structures WHERE administration_id = ${administrationId}`,
    )
  ).rows;
  const posts = (
    await db.execute<{ id: string; title: string }>(sql`SELECT id, title FROM posts WHERE administration_id = ${administrationId}`)
  ).rows;
  const persons = (
    await db.execute<{ id: string; email: string }>(sql`SELECT id, email FROM persons WHERE administration_id = ${administrationId}`)
  ).rows;
  const find = <T extends { id: string }>(rows: T[], match: (r: T) => boolean, what: string) => {
    const row = rows.find(match);
    if (!row) throw new Error(`${code}: no ${what}`);
    return row.id;
  };
  return {
    administrationId,
    structure: (key) => find(structures, (s) => s.name === key || s.acronym === key, `structure ${key}`),
    post: (title) => find(posts, (p) => p.title === title, `post ${title}`),
    person: (email) => find(persons, (p) => p.email === email, `person ${email}`),
  };
}
