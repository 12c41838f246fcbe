// Rate limit in cost points per window, per API key, per signed-in account, or per anonymous IP
// address: a fixed window (simple to reason about and to store as one row per client and window).
import { createHash } from 'node:crypto';
import type { RateLimitSettings } from './settings.js';
import type { RateLimitStore } from './rate-limit-stores.js';
import { WriteBehind } from './write-behind.js';

/** Who pays for a request: the key, else the account, else the address. */
export type RateLimitClient =
  | { kind: 'apiKey'; id: string }
  | { kind: 'user'; id: string }
  | { kind: 'anonymous'; address: string };

export interface RateLimitResult {
  /** Points of the client's window. */
  limit: number;
  /** Points left in this window (0 when over). */
  remaining: number;
  /** Seconds until the window ends and the budget is full again (at least 1). */
  resetSeconds: number;
  /** False when this request took the client over its budget. */
  allowed: boolean;
}

export interface RateLimiterOptions {
  now?: () => number;
  /** Writing points admitted ahead of a remote store failed (see WriteBehind). */
  onStoreError?: (error: unknown) => void;
}

export class RateLimiter {
  private readonly now: () => number;
  /** Only for a remote store: a local store answers as fast as anything could. */
  private readonly writeBehind: WriteBehind | null;

  constructor(
    private readonly store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    options: RateLimiterOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    const onStoreError = options.onStoreError ?? ((error: unknown) => console.warn('rate limit: writing points failed', error));
    this.writeBehind = store.remote ? new WriteBehind(store, { now: this.now, onStoreError }) : null;
  }

  /** Charges `points` to the client's current window and says whether it is still within budget. */
  async consume(client: RateLimitClient, points: number): Promise<RateLimitResult> {
    const windowMs = this.settings.windowSeconds * 1000;
    const now = this.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const limit = this.limitOf(client);
    const subject = subjectOf(client);
    const result = (used: number): RateLimitResult => ({
      limit,
      remaining: Math.max(0, limit - used),
      resetSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
      allowed: used <= limit,
    });

    if (!this.writeBehind) return result(await this.store.add(subject, new Date(windowStart), points));
    const ahead = this.writeBehind.admitAhead(subject, windowStart, points, limit);
    return result(ahead ?? (await this.writeBehind.add(subject, windowStart, points)));
  }

  /** Writes the points admitted ahead of the store: call before closing the store's database. */
  async settle(): Promise<void> {
    await this.writeBehind?.settle();
  }

  limitOf(client: RateLimitClient): number {
    return this.settings[client.kind];
  }
}

/** Bucket key; IP addresses are stored only as a hash (no personal data in the table). */
export function subjectOf(client: RateLimitClient): string {
  if (client.kind === 'anonymous') {
    return `ip:${createHash('sha256').update(client.address).digest('hex').slice(0, 32)}`;
  }
  return `${client.kind === 'apiKey' ? 'key' : 'user'}:${client.id}`;
}
