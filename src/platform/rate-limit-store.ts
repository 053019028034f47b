import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from './db.ts';

/**
 * A @fastify/rate-limit store in the database, so a limit per address holds across every app server
 * behind a proxy rather than once per process. One upsert per request counts the hit and starts a
 * new window when the old one has passed; the same SQL runs on PGlite.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  const store: FastifyRateLimitStore = {
    incr(key, callback, timeWindow) {
      sql<{ hits: number; ttlMs: number }>`
        insert into rate_limit_hits (key, hits, resets_at)
        values (${key}, 1, now() + make_interval(secs => ${timeWindow / 1000}))
        on conflict (key) do update set
          hits = case when rate_limit_hits.resets_at <= now() then 1 else rate_limit_hits.hits + 1 end,
          resets_at = case when rate_limit_hits.resets_at <= now() then excluded.resets_at else rate_limit_hits.resets_at end
        returning hits, greatest(0, ceil(extract(epoch from resets_at - now()) * 1000))::int as ttl_ms`
        .execute(db)
        .then(
          ({ rows }) => callback(null, { current: rows[0]!.hits, ttl: rows[0]!.ttlMs }),
          (error: Error) => callback(error),
        );
    },
    // One table for every route: a route that must count on its own names itself in its keyGenerator.
    child: () => store,
  };
  return class {
    constructor() {
      return store;
    }
  } as unknown as FastifyRateLimitStoreCtor;
}

/** Forgets counters whose window has passed; the scheduled job runs it. */
export async function pruneRateLimitHits(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('rateLimitHits')
    .where('resetsAt', '<', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
