import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { createManualClock } from './clock.js';
import { createJobRunner } from './job-runner.js';

const database = await createTestDatabase();
const clock = createManualClock('2026-11-23T08:00:00Z');
const runner = (instanceId: string) => createJobRunner({ db: database.db, clock, intervalSeconds: 1, instanceId });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('job runner', () => {
  it('runs an exclusive job on one instance at a time, the lease held in PostgreSQL', async () => {
    const runs: string[] = [];
    const [a, b] = [runner('a'), runner('b')];
    for (const r of [a, b]) {
      r.register({
        name: 'slow',
        isExclusive: true,
        run: async (ctx) => {
          runs.push(ctx.instanceId);
          await sleep(200);
          return { done: 1 };
        },
      });
    }
    const [outA, outB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect([outA[0]!.status, outB[0]!.status].sort()).toEqual(['ok', 'skipped']);
    expect(runs).toHaveLength(1);
    // released once finished: the other instance may run it now
    expect((await b.runOnce())[0]).toMatchObject({ status: 'ok', stats: { done: 1 } });
    const { rows } = await database.db.execute<{ locked_by: string | null; run_count: number; last_status: string }>(
      sql`SELECT locked_by, run_count, last_status FROM jobs WHERE name = 'slow'`,
    );
    expect(rows[0]).toEqual({ locked_by: null, run_count: 2, last_status: 'ok' });
  });

  it('takes over the lease of an instance that died', async () => {
    await database.db.execute(sql`INSERT INTO jobs (name, locked_by, locked_until) VALUES ('orphan', 'dead', now() + interval '1 hour')`);
    const r = runner('c');
    r.register({ name: 'orphan', isExclusive: true, run: async () => undefined });
    expect((await r.runOnce())[0]!.status).toBe('skipped');
    await database.db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE name = 'orphan'`);
    expect((await r.runOnce())[0]!.status).toBe('ok');
  });

  it('records a failure, frees the lease and goes on with the next job', async () => {
    const r = runner('d');
    r.register({
      name: 'broken',
      isExclusive: true,
      run: async () => {
        throw new Error('boom');
      },
    });
    r.register({ name: 'after', isExclusive: false, run: async () => ({ n: 1 }) });
    const outcomes = await r.runOnce();
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'ok']);
    const { rows } = await database.db.execute<{ locked_by: string | null; last_status: string; last_error: string }>(
      sql`SELECT locked_by, last_status, last_error FROM jobs WHERE name = 'broken'`,
    );
    expect(rows[0]).toEqual({ locked_by: null, last_status: 'failed', last_error: 'boom' });
  });

  it('runs on its interval once started, and stop() waits for the pass under way', async () => {
    const r = runner('e');
    let count = 0;
    r.register({
      name: 'tick',
      isExclusive: false,
      run: async () => {
        count++;
        await sleep(50);
      },
    });
    r.start();
    expect(r.isStarted()).toBe(true);
    await sleep(2300);
    await r.stop();
    const seen = count;
    expect(seen).toBeGreaterThanOrEqual(2);
    await sleep(1200);
    expect(count).toBe(seen);
  });

  it('refuses a job registered twice', () => {
    const r = runner('f');
    r.register({ name: 'x', isExclusive: false, run: async () => undefined });
    expect(() => r.register({ name: 'x', isExclusive: false, run: async () => undefined })).toThrow(/twice/);
  });
});
