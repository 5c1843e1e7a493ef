import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = NodePgDatabase<typeof schema>;
// A transaction handle has the same query API as the database.
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Tx;

export type DatabaseHandle = { db: Database; pool: pg.Pool; close: () => Promise<void> };

// numeric and bigint count come back as strings with pg; dates stay ISO strings (YYYY-MM-DD)
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function connectDatabase(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined); // idle client errors surface on the next query instead
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

// Independent reads: together on the pool, one after the other in a transaction, whose single
// connection runs one query at a time (pg warns today and will refuse in its next major version).
export async function readAll<T extends readonly unknown[]>(db: Queryable, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
