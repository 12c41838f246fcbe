// The key lifecycle on every configured database engine: create, authenticate, revoke, expire.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyChecksum, generateApiKey, NotFound, ValidationFailed } from '@atlas/domain';
import { openTestDatabase, testDatabaseKinds } from '../test-support/test-database.js';
import type { TestDatabase } from '../test-support/test-database.js';
import { apiKeyHashOf, authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';

describe.each(testDatabaseKinds())('API keys on %s', (kind) => {
  let db: TestDatabase;
  let regionId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    regionId = (await db.prisma.region.create({ data: { slug: 'keyland', nameDe: 'Schlüsselland', nameEn: 'Keyland' } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores only the prefix and the sha256 of the key, never the key', async () => {
    const { key, record } = await createApiKey(db.prisma, { name: 'Stadtarchiv', role: 'PARTNER', regionSlug: 'keyland' });
    expect(key).toMatch(/^atlas_[0-9A-Za-z]{36}$/);
    expect(record).toMatchObject({ name: 'Stadtarchiv', role: 'PARTNER', regionId, regionSlug: 'keyland', prefix: key.slice(0, 14), revokedAt: null });
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: record.id } });
    expect(row.hash).toBe(apiKeyHashOf(key));
    expect(JSON.stringify(row)).not.toContain(key.slice(14));
  });

  it('authenticates a valid key as its role and region, and records the use at most once a minute', async () => {
    const { key, record } = await createApiKey(db.prisma, { name: 'Uni Wuppertal', role: 'PARTNER' });
    const t0 = new Date('2030-01-01T10:00:00Z');
    const first = await authenticateApiKey(db.prisma, key, t0);
    expect(first).toEqual({
      ok: true,
      principal: { id: record.id, prefix: record.prefix, name: 'Uni Wuppertal', role: 'PARTNER', regionId: null, regionSlug: null, expiresAt: null },
    });
    const lastUsed = async () => (await db.prisma.apiKey.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt?.toISOString();
    expect(await lastUsed()).toBe(t0.toISOString());
    await authenticateApiKey(db.prisma, key, new Date('2030-01-01T10:00:59Z'));
    expect(await lastUsed()).toBe(t0.toISOString());
    await authenticateApiKey(db.prisma, key, new Date('2030-01-01T10:01:00Z'));
    expect(await lastUsed()).toBe('2030-01-01T10:01:00.000Z');
  });

  it('refuses malformed, mistyped, unknown and wrong-secret keys alike as invalid', async () => {
    const { key } = await createApiKey(db.prisma, { name: 'Tippfehler', role: 'PARTNER' });
    const typo = key.slice(0, 20) + (key[20] === 'x' ? 'y' : 'x') + key.slice(21);
    // Same prefix, different secret with a valid checksum: found by prefix, refused by the hash.
    const other = generateApiKey().key;
    const secret = key.slice(6, 14) + other.slice(14, 36);
    const samePrefix = `atlas_${secret}${apiKeyChecksum(secret)}`;
    for (const text of ['', 'Bearer', 'atlas_kurz', typo, generateApiKey().key, samePrefix]) {
      expect(await authenticateApiKey(db.prisma, text)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses a revoked key at once and keeps the first revocation time', async () => {
    const { key, record } = await createApiKey(db.prisma, { name: 'Widerruf', role: 'PARTNER' });
    expect((await authenticateApiKey(db.prisma, key)).ok).toBe(true);
    const revoked = await revokeApiKey(db.prisma, record.prefix, new Date('2030-02-01T00:00:00Z'));
    expect(revoked).toMatchObject({ alreadyRevoked: false, record: { id: record.id } });
    expect(await authenticateApiKey(db.prisma, key)).toEqual({ ok: false, reason: 'revoked' });
    const again = await revokeApiKey(db.prisma, record.id, new Date('2030-03-01T00:00:00Z'));
    expect(again.alreadyRevoked).toBe(true);
    expect(again.record.revokedAt?.toISOString()).toBe('2030-02-01T00:00:00.000Z');
  });

  it('refuses an expired key', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { key } = await createApiKey(db.prisma, { name: 'Befristet', role: 'PARTNER', expiresAt: new Date('2030-06-30T23:59:59Z') }, now);
    expect((await authenticateApiKey(db.prisma, key, new Date('2030-06-30T23:59:58Z'))).ok).toBe(true);
    expect(await authenticateApiKey(db.prisma, key, new Date('2030-06-30T23:59:59Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses bad input naming the field, and creates nothing', async () => {
    const before = await db.prisma.apiKey.count();
    const problems = async (input: Parameters<typeof createApiKey>[1]) => {
      const error = await createApiKey(db.prisma, input, new Date('2030-01-01T00:00:00Z')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationFailed);
      return (error as ValidationFailed).problems.map((problem) => `${problem.field}: ${problem.reason.en}`);
    };
    expect(await problems({ name: ' ', role: 'ADMIN' })).toEqual([
      'name: name must not be empty',
      'role: keys exist only with role PARTNER (staff sign in)',
    ]);
    expect(await problems({ name: 'x', role: 'PARTNER', regionSlug: 'atlantis' })).toEqual(['region: there is no region "atlantis"']);
    expect(await problems({ name: 'x', role: 'PARTNER', expiresAt: new Date('2029-12-31T00:00:00Z') })).toEqual(['expiresAt: must be in the future']);
    expect(await db.prisma.apiKey.count()).toBe(before);
  });

  it('lists keys newest first, optionally of one region, and says NotFound for an unknown key to revoke', async () => {
    const all = await listApiKeys(db.prisma);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.map((key) => key.createdAt.getTime())).toEqual([...all.map((key) => key.createdAt.getTime())].sort((a, b) => b - a));
    expect((await listApiKeys(db.prisma, { regionId })).map((key) => key.name)).toEqual(['Stadtarchiv']);
    await expect(revokeApiKey(db.prisma, 'atlas_00000000')).rejects.toBeInstanceOf(NotFound);
    await expect(revokeApiKey(db.prisma, 'no-such-id')).rejects.toBeInstanceOf(NotFound);
  });
});
