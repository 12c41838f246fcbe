import { describe, expect, it } from 'vitest';
import { RateLimiter, subjectOf } from './rate-limit.js';
import { MemoryRateLimitStore } from './rate-limit-stores.js';
import { resolveLimits } from './settings.js';

const settings = { windowSeconds: 60, anonymous: 100, user: 200, apiKey: 300 };
const start = Date.UTC(2026, 10, 25, 19, 0, 0);

describe('RateLimiter (fixed window, memory store)', () => {
  it('charges points until the budget is used up, then refuses until the window ends', async () => {
    let now = start + 15_000;
    const limiter = new RateLimiter(new MemoryRateLimitStore(), settings, () => now);
    const client = { kind: 'anonymous', address: '203.0.113.7' } as const;
    expect(await limiter.consume(client, 60)).toEqual({ limit: 100, remaining: 40, resetSeconds: 45, allowed: true });
    expect(await limiter.consume(client, 40)).toEqual({ limit: 100, remaining: 0, resetSeconds: 45, allowed: true });
    now = start + 59_500;
    expect(await limiter.consume(client, 1)).toEqual({ limit: 100, remaining: 0, resetSeconds: 1, allowed: false });
    now = start + 60_000;
    expect(await limiter.consume(client, 1)).toEqual({ limit: 100, remaining: 99, resetSeconds: 60, allowed: true });
  });

  it('keeps separate budgets per key, account and address, each with its own size', async () => {
    const limiter = new RateLimiter(new MemoryRateLimitStore(), settings, () => start);
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
