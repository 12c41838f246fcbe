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

/**
 * With a remote store, a client's total is known locally for this long after the store last
 * answered for it; within that time and below AHEAD_SHARE of its budget, a request is admitted
 * without waiting for the store (its points are still written, in the background). Other processes'
 * spending in that second is what the process cannot see: an overshoot of at most a second's worth
 * of a client's requests, against a round trip saved on every request of a client far from its limit.
 */
const FRESH_MS = 1000;
const AHEAD_SHARE = 0.5;

/** A client's total in the store as this process last learnt it, plus what it admitted since. */
interface KnownTotal {
  windowStart: number;
  used: number;
  learntAt: number;
}

export interface RateLimiterOptions {
  now?: () => number;
  /** A background write to the store failed (the points of one request are lost; the next request waits for the store). */
  onStoreError?: (error: unknown) => void;
}

export class RateLimiter {
  private readonly now: () => number;
  private readonly onStoreError: (error: unknown) => void;
  private readonly known = new Map<string, KnownTotal>();
  private knownWindow = 0;
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    options: RateLimiterOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.onStoreError = options.onStoreError ?? ((error) => console.warn('rate limit: writing points failed', error));
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

    const known = this.knownTotal(subject, windowStart, now);
    if (known && known.used + points <= limit * AHEAD_SHARE) {
      known.used += points;
      this.writeInBackground(subject, windowStart, points);
      return result(known.used);
    }
    const used = await this.store.add(subject, new Date(windowStart), points);
    this.learn(subject, windowStart, used);
    return result(used);
  }

  /** Waits for the points still being written: call before closing the store's database. */
  async settle(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  limitOf(client: RateLimitClient): number {
    return this.settings[client.kind];
  }

  private knownTotal(subject: string, windowStart: number, now: number): KnownTotal | null {
    if (!this.store.remote) return null;
    if (windowStart !== this.knownWindow) {
      // A new window: forget the last one's clients, so the map holds one window's at most.
      this.known.clear();
      this.knownWindow = windowStart;
    }
    const known = this.known.get(subject);
    return known && now - known.learntAt <= FRESH_MS ? known : null;
  }

  private learn(subject: string, windowStart: number, used: number): void {
    if (!this.store.remote || windowStart !== this.knownWindow) return;
    const known = this.known.get(subject);
    // The store's answer counts every process; what was admitted here since may not be in it yet.
    this.known.set(subject, { windowStart, used: Math.max(used, known?.used ?? 0), learntAt: this.now() });
  }

  private writeInBackground(subject: string, windowStart: number, points: number): void {
    const write = this.store.add(subject, new Date(windowStart), points).then(
      (used) => this.learn(subject, windowStart, used),
      (error: unknown) => {
        this.known.delete(subject);
        this.onStoreError(error);
      },
    );
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
  }
}

/** Bucket key; IP addresses are stored only as a hash (no personal data in the table). */
export function subjectOf(client: RateLimitClient): string {
  if (client.kind === 'anonymous') {
    return `ip:${createHash('sha256').update(client.address).digest('hex').slice(0, 32)}`;
  }
  return `${client.kind === 'apiKey' ? 'key' : 'user'}:${client.id}`;
}
