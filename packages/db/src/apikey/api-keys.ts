// API keys for partners' tools. The key is shown once at creation; the database keeps its prefix (to
// find the row and to show admins which key is which) and the sha256 of the whole key. Every request
// reads the row, so revoking or an expiry takes effect at once in every API process.
import { createHash, timingSafeEqual } from 'node:crypto';
import { generateApiKey, newApiKeySchema, NotFound, parseApiKey, ValidationFailed, isApiKeyPrefix } from '@atlas/domain';
import type { UserRole } from '@atlas/domain';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../generated/prisma/client.js';

// Writing lastUsedAt on every request would double the writes of a busy key; a minute is precise enough.
export const apiKeyLastUsedResolutionMs = 60 * 1000;

export function apiKeyHashOf(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  role: UserRole;
  regionId: string | null;
  regionSlug: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const recordSelect = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  regionId: true,
  region: { select: { slug: true } },
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
} as const;

type SelectedRow = Prisma.ApiKeyGetPayload<{ select: typeof recordSelect }>;

function recordOf({ region, ...row }: SelectedRow): ApiKeyRecord {
  return { ...row, regionSlug: region?.slug ?? null };
}

/**
 * Creates a key. Returns the plain key, which exists only in this return value.
 * Throws ValidationFailed naming the field (name, role, region, expiresAt).
 */
export async function createApiKey(
  prisma: PrismaClient,
  input: { name: string; role: string; regionSlug?: string | null; expiresAt?: Date | null; createdById?: string | null },
  now = new Date(),
): Promise<{ key: string; record: ApiKeyRecord }> {
  const parsed = newApiKeySchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(
      parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') === 'regionSlug' ? 'region' : issue.path.join('.') || 'input';
        const [de, en] = issue.message.split(' / ');
        return { field, reason: { de: de ?? issue.message, en: en ?? de ?? issue.message } };
      }),
    );
  }
  const { name, role, regionSlug, expiresAt } = parsed.data;
  if (expiresAt && expiresAt <= now) {
    throw ValidationFailed.of('expiresAt', 'muss in der Zukunft liegen', 'must be in the future');
  }
  let regionId: string | null = null;
  if (regionSlug) {
    const region = await prisma.region.findUnique({ where: { slug: regionSlug }, select: { id: true } });
    if (!region) throw ValidationFailed.of('region', `Region „${regionSlug}“ gibt es nicht`, `there is no region "${regionSlug}"`);
    regionId = region.id;
  }
  // A prefix collision (1 in 62⁸ per pair) is retried with a fresh key rather than refused.
  for (let attempt = 0; ; attempt++) {
    const { key, prefix } = generateApiKey();
    try {
      const row = await prisma.apiKey.create({
        data: { name, prefix, hash: apiKeyHashOf(key), role, regionId, expiresAt: expiresAt ?? null, createdById: input.createdById ?? null, createdAt: now },
        select: recordSelect,
      });
      return { key, record: recordOf(row) };
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!duplicate || attempt >= 2) throw error;
    }
  }
}

/** Every key, newest first; `regionId` limits them to the keys of that region. */
export async function listApiKeys(prisma: PrismaClient, options: { regionId?: string | null } = {}): Promise<ApiKeyRecord[]> {
  const rows = await prisma.apiKey.findMany({
    where: options.regionId ? { regionId: options.regionId } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: recordSelect,
  });
  return rows.map(recordOf);
}

/**
 * Revokes the key with this id or prefix. Revoking a revoked key changes nothing (the first time
 * stays recorded); `alreadyRevoked` says so. Throws NotFound for an unknown id or prefix.
 */
export async function revokeApiKey(
  prisma: PrismaClient,
  idOrPrefix: string,
  now = new Date(),
): Promise<{ record: ApiKeyRecord; alreadyRevoked: boolean }> {
  const text = idOrPrefix.trim();
  const where = isApiKeyPrefix(text) ? { prefix: text } : { id: text };
  const existing = await prisma.apiKey.findUnique({ where, select: { id: true, revokedAt: true } });
  if (!existing) {
    throw new NotFound('API-Schlüssel', text, { de: `Einen API-Schlüssel „${text}“ gibt es nicht`, en: `there is no API key "${text}"` });
  }
  if (existing.revokedAt) {
    return { record: recordOf(await prisma.apiKey.findUniqueOrThrow({ where: { id: existing.id }, select: recordSelect })), alreadyRevoked: true };
  }
  // The condition keeps the first revocation time when two admins revoke at once.
  await prisma.apiKey.updateMany({ where: { id: existing.id, revokedAt: null }, data: { revokedAt: now } });
  return { record: recordOf(await prisma.apiKey.findUniqueOrThrow({ where: { id: existing.id }, select: recordSelect })), alreadyRevoked: false };
}

/** Who a valid key speaks for: a role and a region, and no account. */
export interface ApiKeyPrincipal {
  id: string;
  prefix: string;
  name: string;
  role: UserRole;
  /** Null: every region. */
  regionId: string | null;
  regionSlug: string | null;
  expiresAt: Date | null;
}

/**
 * Why a key was refused. `invalid` covers malformed text, a wrong checksum, an unknown prefix and a
 * wrong secret alike; revoked and expired are told only to a caller who holds the whole key.
 */
export type ApiKeyRefusal = 'invalid' | 'revoked' | 'expired';

export type ApiKeyAuthentication = { ok: true; principal: ApiKeyPrincipal } | { ok: false; reason: ApiKeyRefusal };

export async function authenticateApiKey(prisma: PrismaClient, text: string, now = new Date()): Promise<ApiKeyAuthentication> {
  const parsed = parseApiKey(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid' };
  const row = await prisma.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: { ...recordSelect, hash: true },
  });
  const presented = Buffer.from(apiKeyHashOf(parsed.key), 'hex');
  // Compare in constant time, so response times reveal nothing about how much of the hash matched.
  const stored = Buffer.from(row?.hash ?? '', 'hex');
  if (!row || stored.length !== presented.length || !timingSafeEqual(stored, presented)) return { ok: false, reason: 'invalid' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.expiresAt && row.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= apiKeyLastUsedResolutionMs) {
    // The condition makes parallel requests of one key write once, not once each.
    await prisma.apiKey.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - apiKeyLastUsedResolutionMs) } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    ok: true,
    principal: { id: row.id, prefix: row.prefix, name: row.name, role: row.role, regionId: row.regionId, regionSlug: row.region?.slug ?? null, expiresAt: row.expiresAt },
  };
}
