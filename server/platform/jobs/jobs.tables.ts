import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// One row per background job: the lock (a lease, so a crashed instance's lock expires) and the last run.
export const jobs = pgTable('jobs', {
  name: text('name').primaryKey(),
  lockedBy: text('locked_by'),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
  lastStatus: text('last_status', { enum: ['ok', 'failed'] }),
  lastError: text('last_error'),
  lastInstance: text('last_instance'),
  runCount: integer('run_count').notNull().default(0),
});
