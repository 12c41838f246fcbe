import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';
import { lockDuration } from './users.js';

describe('password hashes', () => {
  it('stores scheme, parameters and a per-user salt in the hash', async () => {
    const first = await hashPassword('ein gutes Passwort');
    const second = await hashPassword('ein gutes Passwort');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('ein gutes Passwort', first)).toBe(true);
    expect(await verifyPassword('ein gutes Passwort!', first)).toBe(false);
  });

  it('verifies hashes made with other parameters, and rejects malformed ones', async () => {
    const cheap = 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==$' + 'x'.repeat(43) + '=';
    expect(await verifyPassword('egal', cheap)).toBe(false);
    expect(await verifyPassword('egal', 'md5$abc')).toBe(false);
    expect(await verifyPassword('egal', 'scrypt$0$8$1$AA==$AA==')).toBe(false);
  });
});

describe('lockout', () => {
  it('locks from the fifth failure on, doubling up to an hour', () => {
    expect([0, 4, 5, 6, 7, 12, 30].map(lockDuration)).toEqual([0, 0, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });
});
