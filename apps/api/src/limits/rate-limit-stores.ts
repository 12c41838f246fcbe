// Where the rate-limit buckets live: PostgreSQL when several API processes share one database (the
// budget must hold across all of them), memory for the embedded single-process PGlite.
import type { Database } from '@atlas/db';

export interface RateLimitStore {
  /**
   * True when each add is a round trip to a store other processes share: the limiter then admits
   * requests far below the budget without waiting for it (see RateLimiter).
   */
  readonly remote: boolean;
  /** Adds `points` to the subject's bucket of the window that starts at `windowStart`; returns its new total. */
  add(subject: string, windowStart: Date, points: number): Promise<number>;
}

/** Buckets in a Map: correct only while one process serves all requests. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly remote = false;
  private readonly buckets = new Map<string, { windowStart: number; points: number }>();
  private currentWindow = 0;

  async add(subject: string, windowStart: Date, points: number): Promise<number> {
    const start = windowStart.getTime();
    if (start !== this.currentWindow) {
      // A new window: drop every older bucket so the map holds one window's clients at most.
      for (const [key, bucket] of this.buckets) if (bucket.windowStart < start) this.buckets.delete(key);
      this.currentWindow = start;
    }
    const bucket = this.buckets.get(subject);
    const total = (bucket?.windowStart === start ? bucket.points : 0) + points;
    this.buckets.set(subject, { windowStart: start, points: total });
    return total;
  }
}

/** One row per subject and window, incremented atomically by an upsert, so concurrent processes add up. */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly remote = true;
  private lastCleanup = 0;

  constructor(private readonly db: Pick<Database, 'query'>) {}

  async add(subject: string, windowStart: Date, points: number): Promise<number> {
    const rows = await this.db.query<{ points: number }>(
      `INSERT INTO "RateLimitBucket" ("subject", "windowStart", "points") VALUES ($1, $2, $3)
       ON CONFLICT ("subject", "windowStart") DO UPDATE SET "points" = "RateLimitBucket"."points" + EXCLUDED."points"
       RETURNING "points"`,
      [subject, windowStart, points],
    );
    if (windowStart.getTime() !== this.lastCleanup) {
      // Once per window and process: earlier windows can never be charged again.
      this.lastCleanup = windowStart.getTime();
      await this.db.query(`DELETE FROM "RateLimitBucket" WHERE "windowStart" < $1`, [windowStart]);
    }
    return Number(rows[0]?.points ?? points);
  }
}

/** The store that fits the database: PostgreSQL shares budgets across processes, PGlite is one process. */
export function rateLimitStoreFor(db: Database): RateLimitStore {
  return db.config.kind === 'postgres' ? new PostgresRateLimitStore(db) : new MemoryRateLimitStore();
}
