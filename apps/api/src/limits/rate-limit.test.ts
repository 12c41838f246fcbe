import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  private readonly sentPoints: number[] = [];

  add(subject: string, _windowStart: Date, points: number): Promise<number> {
    this.sentPoints.push(points);
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

  /** The points of each add, in the order they were sent. */
  get sent(): number[] {
    return this.sentPoints;
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

describe('RateLimiter with a remote store (write-behind)', () => {
  const client = { kind: 'anonymous', address: '203.0.113.7' } as const;
  const subject = subjectOf(client);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function settled<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
    const marker = Symbol('pending');
    const value = await Promise.race([promise, new Promise<typeof marker>((resolve) => setImmediate(() => resolve(marker)))]);
    return value === marker ? { done: false } : { done: true, value: value as T };
  }

  /** A first request, answered by the store: from then on the limiter knows the client's total. */
  async function known(store: RemoteStore, limiter: RateLimiter, points: number) {
    const first = limiter.consume(client, points);
    expect((await settled(first)).done).toBe(false);
    store.answerAll();
    return first;
  }

  it('admits requests far below the budget without waiting, and writes their points together a moment later', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    expect(await known(store, limiter, 10)).toMatchObject({ remaining: 90, allowed: true });

    const ahead = [await settled(limiter.consume(client, 10)), await settled(limiter.consume(client, 5))];
    expect(ahead).toEqual([
      { done: true, value: { limit: 100, remaining: 80, resetSeconds: 60, allowed: true } },
      { done: true, value: { limit: 100, remaining: 75, resetSeconds: 60, allowed: true } },
    ]);
    expect(store.sent).toEqual([10]);
    vi.advanceTimersByTime(100);
    expect(store.sent).toEqual([10, 15]);
    store.answerAll();
    await limiter.settle();
    expect(store.totals.get(subject)).toBe(25);
  });

  it('waits for the store near the budget, sending the unsent points along, so the shared count decides', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    await known(store, limiter, 40);
    expect((await settled(limiter.consume(client, 5))).done).toBe(true);
    // 45 + 10 is past half of 100: this one waits, and meanwhile another process spent 50.
    const near = limiter.consume(client, 10);
    expect((await settled(near)).done).toBe(false);
    expect(store.sent).toEqual([40, 15]);
    store.spendElsewhere(subject, 50);
    store.answerAll();
    expect(await near).toMatchObject({ remaining: 0, allowed: false });
  });

  it('learns from each write what other processes spent', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    await known(store, limiter, 10);
    store.spendElsewhere(subject, 30);
    await limiter.consume(client, 5); // admitted ahead
    vi.advanceTimersByTime(100); // its write answers 45
    store.answerAll();
    await limiter.settle();
    // 45 + 10 is past half: waits again.
    const next = limiter.consume(client, 10);
    expect((await settled(next)).done).toBe(false);
    store.answerAll();
    expect(await next).toMatchObject({ remaining: 45 });
  });

  it('waits for the store again once its last answer is older than a second, and in a new window', async () => {
    let now = start;
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => now });
    await known(store, limiter, 10);
    now += 1001;
    expect((await settled(limiter.consume(client, 1))).done).toBe(false);
    store.answerAll();
    await limiter.settle();
    now = start + 60_000;
    expect((await settled(limiter.consume(client, 1))).done).toBe(false);
    store.answerAll();
    await limiter.settle();
  });

  it('reports a failed write and waits for the store on the next request', async () => {
    const errors: unknown[] = [];
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start, onStoreError: (error) => errors.push(error) });
    await known(store, limiter, 10);
    expect((await settled(limiter.consume(client, 10))).done).toBe(true);
    store.failNext = true;
    await Promise.all([limiter.settle(), Promise.resolve().then(() => store.answerAll())]);
    expect(errors).toEqual([new Error('connection lost')]);
    expect((await settled(limiter.consume(client, 10))).done).toBe(false);
    store.answerAll();
  });

  it('sends the unsent points when settled, without waiting for the timer', async () => {
    const store = new RemoteStore();
    const limiter = new RateLimiter(store, settings, { now: () => start });
    await known(store, limiter, 10);
    await limiter.consume(client, 7);
    const settling = limiter.settle();
    expect(store.sent).toEqual([10, 7]);
    store.answerAll();
    await settling;
    expect(store.totals.get(subject)).toBe(17);
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
