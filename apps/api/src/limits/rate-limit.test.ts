import { describe, expect, it } from 'vitest';
import { RateLimiter, subjectOf } from './rate-limit.js';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit-stores.js';
import { resolveLimits } from './settings.js';

const settings = { windowSeconds: 60, anonymous: 100, user: 200, apiKey: 300 };
const start = Date.UTC(2026, 10, 25, 19, 0, 0);

describe('RateLimiter (fixed window, memory store)', () => {
  it('charges points until the budget is used up, then refuses until the window ends', async () => {
    let now = start + 15_000;
    const limiter = new RateLimiter(new MemoryRateLimitStore(), settings, { now: () => now });
    const client = { kind: 'anonymous', address: '203.0.113.7' } as const;
    expect(await limiter.consume(client, 60)).toEqual({ limit: 100, remaining: 40, resetSeconds: 45, allowed: true });
    expect(await limiter.consume(client, 40)).toEqual({ limit: 100, remaining: 0, resetSeconds: 45, allowed: true });
    now = start + 59_500;
    expect(await limiter.consume(client, 1)).toEqual({ limit: 100, remaining: 0, resetSeconds: 1, allowed: false });
    now = start + 60_000;
    expect(await limiter.consume(client, 1)).toEqual({ limit: 100, remaining: 99, resetSeconds: 60, allowed: true });
  });

  it('keeps separate budgets per key, account and address, each with its own size', async () => {
    const limiter = new RateLimiter(new MemoryRateLimitStore(), settings, { now: () => start });
    expect((await limiter.consume({ kind: 'apiKey', id: 'k1' }, 250)).remaining).toBe(50);
    expect((await limiter.consume({ kind: 'apiKey', id: 'k2' }, 250)).remaining).toBe(50);
    expect((await limiter.consume({ kind: 'user', id: 'u1' }, 150)).remaining).toBe(50);
    expect((await limiter.consume({ kind: 'anonymous', address: '::1' }, 50)).remaining).toBe(50);
  });

  it('stores addresses only as a hash', () => {
    expect(subjectOf({ kind: 'anonymous', address: '203.0.113.7' })).toMatch(/^ip:[0-9a-f]{32}$/);
    expect(subjectOf({ kind: 'anonymous', address: '203.0.113.7' })).not.toContain('203');
    expect(subjectOf({ kind: 'apiKey', id: 'abc' })).toBe('key:abc');
    expect(subjectOf({ kind: 'user', id: 'abc' })).toBe('user:abc');
  });
});

/**
 * A shared store one round trip away, whose answers the test releases by hand: it shows which
 * requests wait for the store and which are admitted ahead of it.
 */
class RemoteStore implements RateLimitStore {
  readonly remote = true;
  readonly totals = new Map<string, number>();
  private readonly open: Array<() => void> = [];
  failNext = false;

  add(subject: string, _windowStart: Date, points: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.open.push(() => {
        if (this.failNext) {
          this.failNext = false;
          reject(new Error('connection lost'));
          return;
        }
        const total = (this.totals.get(subject) ?? 0) + points;
        this.totals.set(subject, total);
        resolve(total);
      });
    });
  }

  /** Another process spends points of the same client. */
  spendElsewhere(subject: string, points: number): void {
    this.totals.set(subject, (this.totals.get(subject) ?? 0) + points);
  }

  get waiting(): number {
    return this.open.length;
  }

  answerAll(): void {
    for (const answer of this.open.splice(0)) answer();
  }
}

describe('RateLimiter with a remote store', () => {
  const client = { kind: 'anonymous', address: '203.0.113.7' } as const;
  const subject = subjectOf(client);

  async function settled<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
    const marker = Symbol('pending');
    const value = await Promise.race([promise, new Promise<typeof marker>((resolve) => setImmediate(() => resolve(marker)))]);
    return value === marker ? { done: false } : { done: true, value: value as T };
  }

  it('waits for the store on a client\'s first request, then admits requests far below the budget without waiting, writing every point', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    const first = limiter.consume(client, 10);
    expect((await settled(first)).done).toBe(false);
    store.answerAll();
    expect(await first).toMatchObject({ remaining: 90, allowed: true });

    const second = await settled(limiter.consume(client, 10));
    expect(second).toEqual({ done: true, value: { limit: 100, remaining: 80, resetSeconds: 60, allowed: true } });
    expect(store.waiting).toBe(1);
    store.answerAll();
    await limiter.settle();
    expect(store.totals.get(subject)).toBe(20);
  });

  it('waits for the store near the budget, so the store refuses what is over it', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    const first = limiter.consume(client, 45);
    store.answerAll();
    await first;
    // 45 + 10 is past half of 100: this one waits, and meanwhile another process spent 50.
    const second = limiter.consume(client, 10);
    expect((await settled(second)).done).toBe(false);
    store.spendElsewhere(subject, 50);
    store.answerAll();
    expect(await second).toMatchObject({ remaining: 0, allowed: false });
  });

  it('learns from each background write what other processes spent', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    const first = limiter.consume(client, 10);
    store.answerAll();
    await first;
    store.spendElsewhere(subject, 30);
    await limiter.consume(client, 5); // admitted ahead; its write returns 45
    store.answerAll();
    await limiter.settle();
    // 45 known + 10 is past half: waits again.
    const third = limiter.consume(client, 10);
    expect((await settled(third)).done).toBe(false);
    store.answerAll();
    expect(await third).toMatchObject({ remaining: 45 });
  });

  it('waits for the store again once its last answer is older than a second, or in a new window', async () => {
    let now = start;
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => now });
    const first = limiter.consume(client, 10);
    store.answerAll();
    await first;
    now += 1001;
    expect((await settled(limiter.consume(client, 1))).done).toBe(false);
    store.answerAll();
    await limiter.settle();
    now = start + 60_000;
    expect((await settled(limiter.consume(client, 1))).done).toBe(false);
    store.answerAll();
    await limiter.settle();
  });

  it('reports a failed background write and waits for the store on the next request', async () => {
    const errors: unknown[] = [];
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start, onStoreError: (error) => errors.push(error) });
    const first = limiter.consume(client, 10);
    store.answerAll();
    await first;
    expect((await settled(limiter.consume(client, 10))).done).toBe(true);
    store.failNext = true;
    store.answerAll();
    await limiter.settle();
    expect(errors).toEqual([new Error('connection lost')]);
    expect((await settled(limiter.consume(client, 10))).done).toBe(false);
    store.answerAll();
  });
});

describe('resolveLimits', () => {
  it('takes RATE_LIMIT_* variables, then explicit overrides', () => {
    const limits = resolveLimits({ maxDepth: 5, rateLimit: { user: 7 } }, { RATE_LIMIT_ANONYMOUS: '123', RATE_LIMIT_USER: '456' });
    expect(limits.maxDepth).toBe(5);
    expect(limits.rateLimit).toMatchObject({ anonymous: 123, user: 7, windowSeconds: 60 });
  });

  it('refuses a variable that is not a positive whole number, naming it', () => {
    expect(() => resolveLimits({}, { RATE_LIMIT_API_KEY: 'viele' })).toThrow('RATE_LIMIT_API_KEY must be a positive whole number, got "viele"');
  });
});
