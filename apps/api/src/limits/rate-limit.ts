// Rate limit in cost points per window, per API key, per signed-in account, or per anonymous IP
// address: a fixed window (simple to reason about and to store as one row per client and window).
import { createHash } from 'node:crypto';
import type { RateLimitSettings } from './settings.js';
import type { RateLimitStore } from './rate-limit-stores.js';

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

export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges `points` to the client's current window and says whether it is still within budget. */
  async consume(client: RateLimitClient, points: number): Promise<RateLimitResult> {
    const windowMs = this.settings.windowSeconds * 1000;
    const now = this.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const limit = this.limitOf(client);
    const used = await this.store.add(subjectOf(client), new Date(windowStart), points);
    return {
      limit,
      remaining: Math.max(0, limit - used),
      resetSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
      allowed: used <= limit,
    };
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
