// A fixed-window rate limiter in PostgreSQL, so that every instance counts the same hits.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { rateLimits } from './rate-limit.tables.js';

// Returns the hits in the current window, this one included.
export async function hitRateLimit(db: Queryable, key: string, windowSeconds: number): Promise<{ hits: number; retryAfter: number }> {
  const result = await db.execute<{ hits: number; retry_after: number }>(sql`
    INSERT INTO ${rateLimits} (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN ${rateLimits.windowStart} < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE ${rateLimits.hits} + 1 END,
      window_start = CASE WHEN ${rateLimits.windowStart} < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE ${rateLimits.windowStart} END
    RETURNING hits, ceil(extract(epoch FROM window_start + make_interval(secs => ${windowSeconds}) - now()))::int AS retry_after`);
  const row = result.rows[0];
  return { hits: row?.hits ?? 1, retryAfter: Math.max(1, row?.retry_after ?? windowSeconds) };
}

// Counts a hit and throws 429 (with Retry-After) once the window holds more than `limit` hits.
export async function assertWithinRateLimit(
  db: Queryable,
  key: string,
  limit: { hits: number; windowSeconds: number; messageKey?: string },
): Promise<void> {
  const { hits, retryAfter } = await hitRateLimit(db, key, limit.windowSeconds);
  if (hits > limit.hits)
    throw new AppError('rate_limited', {
      messageKey: limit.messageKey ?? 'rate_limited',
      params: { seconds: retryAfter, minutes: Math.ceil(retryAfter / 60) },
    });
}
