// Background jobs inside the server. Several instances may share one database: an exclusive job holds
// a lease in the `jobs` table while it runs (a crashed instance's lease simply expires), and the work a
// job does must itself be idempotent (e.g. an outbox claimed with FOR UPDATE SKIP LOCKED).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/client.js';
import type { Clock } from './clock.js';
import { jobs } from './jobs.tables.js';

export type JobContext = { db: Database; clock: Clock; logger: Logger | undefined; instanceId: string };

export type JobDefinition = {
  name: string;
  // one instance at a time; a non-exclusive job must be safe to run on several instances at once
  isExclusive: boolean;
  run: (ctx: JobContext) => Promise<Record<string, number> | void>;
};

export type JobOutcome = { name: string; status: 'ok' | 'failed' | 'skipped'; stats?: Record<string, number>; error?: string };

export type JobRunner = {
  readonly instanceId: string;
  register: (job: JobDefinition) => void;
  // runs every registered job every `intervalSeconds` until stop()
  start: () => void;
  stop: () => Promise<void>;
  // one pass over every job, now (tests and the timer both use it); passes never overlap in one instance
  runOnce: () => Promise<JobOutcome[]>;
  isStarted: () => boolean;
};

export type JobRunnerOptions = {
  db: Database;
  clock: Clock;
  logger?: Logger;
  intervalSeconds: number;
  leaseSeconds?: number;
  instanceId?: string;
};

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const instanceId = options.instanceId ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const registered: JobDefinition[] = [];
  const context: JobContext = { db: options.db, clock: options.clock, logger: options.logger, instanceId };
  let timer: NodeJS.Timeout | null = null;
  let isStarted = false;
  let pass: Promise<JobOutcome[]> = Promise.resolve([]);

  const runJob = async (job: JobDefinition): Promise<JobOutcome> => {
    const isClaimed = job.isExclusive ? await claimLease(options.db, job.name, instanceId, leaseSeconds) : true;
    if (!isClaimed) return { name: job.name, status: 'skipped' };
    if (!job.isExclusive) await markStarted(options.db, job.name, instanceId);
    try {
      const stats = (await job.run(context)) ?? undefined;
      await markFinished(options.db, job.name, instanceId, 'ok', null);
      return { name: job.name, status: 'ok', ...(stats ? { stats } : {}) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      options.logger?.error({ err, job: job.name }, 'job failed');
      await markFinished(options.db, job.name, instanceId, 'failed', message.slice(0, 2000)).catch(() => undefined);
      return { name: job.name, status: 'failed', error: message };
    }
  };

  const runAll = async () => {
    const outcomes: JobOutcome[] = [];
    for (const job of registered) outcomes.push(await runJob(job));
    return outcomes;
  };

  const runOnce = () => {
    pass = pass.catch(() => []).then(runAll);
    return pass;
  };

  const schedule = () => {
    if (!isStarted) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((err: unknown) => options.logger?.error({ err }, 'job pass failed'))
        .finally(schedule);
    }, options.intervalSeconds * 1000);
    timer.unref();
  };

  return {
    instanceId,
    register: (job) => {
      if (registered.some((j) => j.name === job.name)) throw new Error(`job ${job.name} registered twice`);
      registered.push(job);
    },
    start: () => {
      if (isStarted) return;
      isStarted = true;
      options.logger?.info({ jobs: registered.map((j) => j.name), intervalSeconds: options.intervalSeconds, instanceId }, 'jobs started');
      schedule();
    },
    stop: async () => {
      isStarted = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await pass.catch(() => undefined);
    },
    runOnce,
    isStarted: () => isStarted,
  };
}

// The lease is taken only when free or expired; the database's clock decides, so instances' clocks may differ.
async function claimLease(db: Database, name: string, instanceId: string, leaseSeconds: number): Promise<boolean> {
  const result = await db.execute(sql`
    INSERT INTO ${jobs} (name, locked_by, locked_until, last_started_at, last_instance)
    VALUES (${name}, ${instanceId}, now() + make_interval(secs => ${leaseSeconds}), now(), ${instanceId})
    ON CONFLICT (name) DO UPDATE SET locked_by = EXCLUDED.locked_by, locked_until = EXCLUDED.locked_until,
      last_started_at = EXCLUDED.last_started_at, last_instance = EXCLUDED.last_instance
    WHERE ${jobs.lockedUntil} IS NULL OR ${jobs.lockedUntil} < now()
    RETURNING name`);
  return result.rows.length === 1;
}

async function markStarted(db: Database, name: string, instanceId: string) {
  await db.execute(sql`
    INSERT INTO ${jobs} (name, last_started_at, last_instance) VALUES (${name}, now(), ${instanceId})
    ON CONFLICT (name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at, last_instance = EXCLUDED.last_instance`);
}

async function markFinished(db: Database, name: string, instanceId: string, status: 'ok' | 'failed', error: string | null) {
  await db.execute(sql`
    UPDATE ${jobs} SET last_finished_at = now(), last_status = ${status}, last_error = ${error}, run_count = run_count + 1,
      locked_by = CASE WHEN locked_by = ${instanceId} THEN NULL ELSE locked_by END,
      locked_until = CASE WHEN locked_by = ${instanceId} THEN NULL ELSE locked_until END
    WHERE name = ${name}`);
}
