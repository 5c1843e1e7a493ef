import { sql, type SQL } from 'drizzle-orm';

// An array bound as ONE parameter: drizzle's sql`${array}` would expand it into a row "($1, $2)".
export const uuidArray = (ids: readonly string[]): SQL => sql`${sql.param([...ids])}::uuid[]`;
export const textArray = (values: readonly string[]): SQL => sql`${sql.param([...values])}::text[]`;
