// API keys: admins create, list and revoke them; a request with `Authorization: Bearer <key>` is
// answered as the key's principal (`ApiKeyViewer`). The plain key exists once, in createApiKey's answer.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createApiKey, revokeApiKey } from '@atlas/db';
import type { ApiKeyPrincipal, Prisma } from '@atlas/db';
import { Forbidden, NotFound, parseApiKeyExpiry, Unauthenticated, ValidationFailed } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { isAdminOf, UserRoleEnum, ViewerInterface } from './auth.js';
import { DEFAULT_PAGE_SIZE, refuseLargePages } from './paging.js';
import { idOf } from './recommendation.js';
import { Region } from './region.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const ApiKeyStateEnum = builder.enumType('ApiKeyState', {
  description: 'Whether an API key is accepted now.',
  values: {
    ACTIVE: { description: 'Works.' },
    EXPIRED: { description: 'Past its expiry: refused.' },
    REVOKED: { description: 'Revoked by an admin: refused.' },
  } as const,
});

export const ApiKey = builder.prismaNode('ApiKey', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A key for partner tools, sent as `Authorization: Bearer <key>`. Only its prefix is shown after creation. ADMIN only.',
  id: { field: 'id' },
  authScopes: (key, ctx) => isAdminOf(ctx, key.regionId),
  // node(id:)/nodes(ids:) find nothing for non-admins, so they cannot even learn that a key exists.
  findUnique: (id, ctx) =>
    ctx.viewer?.role !== 'ADMIN' ? { id, AND: [{ id: { in: [] } }] } : ctx.viewer.regionId ? { id, regionId: ctx.viewer.regionId } : { id },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Who uses the key, e.g. "Stadtarchiv Wuppertal".' }),
    prefix: t.exposeString('prefix', { description: 'The start of the key (atlas_ + 8 characters), to recognise it; the rest is never shown again.' }),
    role: t.expose('role', { type: UserRoleEnum, description: 'The role requests with the key act in (always PARTNER).' }),
    region: t.relation('region', { nullable: true, description: 'The region whose data the key reads; null: every region.' }),
    createdBy: t.relation('createdBy', { nullable: true, description: 'Null when created on the command line.' }),
    createdAt: t.string({ description: 'ISO time.', resolve: (key) => key.createdAt.toISOString() }),
    expiresAt: t.string({ nullable: true, description: 'ISO time; null: never.', resolve: (key) => iso(key.expiresAt) }),
    revokedAt: t.string({ nullable: true, description: 'When an admin revoked it (ISO time); null: not revoked.', resolve: (key) => iso(key.revokedAt) }),
    lastUsedAt: t.string({ nullable: true, description: 'Recorded to the minute.', resolve: (key) => iso(key.lastUsedAt) }),
    state: t.field({
      type: ApiKeyStateEnum,
      description: 'Whether the key works now.',
      resolve: (key) => (key.revokedAt ? 'REVOKED' : key.expiresAt && key.expiresAt <= new Date() ? 'EXPIRED' : 'ACTIVE'),
    }),
  }),
});

builder.objectRef<ApiKeyPrincipal & { kind: 'apiKey' }>('ApiKeyViewer').implement({
  description: 'The `viewer` of a request with an API key: its role and region. A key has no account.',
  interfaces: [ViewerInterface],
  fields: (t) => ({
    id: t.id({ description: 'The global id of the ApiKey.', resolve: (key) => encodeGlobalID('ApiKey', key.id) }),
    prefix: t.exposeString('prefix', { description: 'The start of the key (atlas_ + 8 characters), to recognise it.' }),
    region: t.field({
      type: Region,
      nullable: true,
      description: 'The region whose data the key reads; null: every region.',
      resolve: (key, _args, ctx) => (key.regionId ? ctx.prisma.region.findUnique({ where: { id: key.regionId } }) : null),
    }),
    expiresAt: t.string({ nullable: true, description: 'ISO time; null: never.', resolve: (key) => iso(key.expiresAt) }),
  }),
});

/** An admin of one region sees and manages that region's keys; an admin of every region all keys. */
function keysWhere(ctx: Context): Prisma.ApiKeyWhereInput {
  return ctx.viewer?.regionId ? { regionId: ctx.viewer.regionId } : {};
}

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection(
    {
      type: ApiKey,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'API keys, newest first (an admin of one region: the keys of that region). ADMIN only.',
      authScopes: { admin: true },
      totalCount: (_parent, _args, ctx) => ctx.prisma.apiKey.count({ where: keysWhere(ctx) }),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.apiKey.findMany({ ...query, where: keysWhere(ctx), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    },
    { description: 'A page of API keys.' },
    { description: 'One API key in a page.' },
  ),
}));

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key for a partner tool.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who uses the key, e.g. "Stadtarchiv Wuppertal". At most 100 characters.' }),
    role: t.field({ type: UserRoleEnum, required: true, description: 'PARTNER: keys never carry staff or admin rights.' }),
    regionSlug: t.string({
      required: false,
      description: "The region whose data the key reads. Omitted: every region (for an admin of one region: that region).",
    }),
    expiresAt: t.string({ required: false, description: 'ISO time or YYYY-MM-DD (end of that day, UTC); omitted: never.' }),
  }),
});

interface CreatedApiKey {
  key: string;
  id: string;
}

const CreatedApiKeyRef = builder.objectRef<CreatedApiKey>('CreatedApiKey').implement({
  description: 'A new API key. `key` is shown only in this answer: it is stored as a hash and cannot be shown again.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The whole key, to send as `Authorization: Bearer <key>`. Shown once.' }),
    apiKey: t.prismaField({
      type: ApiKey,
      description: 'The stored key: name, prefix, role, region and expiry.',
      resolve: (query, created, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: created.id } }),
    }),
  }),
});

function expiryOf(text: string | null | undefined): Date | null {
  if (!text?.trim()) return null;
  const date = parseApiKeyExpiry(text);
  if (!date) throw ValidationFailed.of('expiresAt', 'muss ein Datum (JJJJ-MM-TT) oder eine ISO-Zeit sein', 'must be a date (YYYY-MM-DD) or an ISO time');
  return date;
}

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKeyRef,
    description: 'Creates an API key and answers with the key, once. ADMIN only; an admin of one region creates keys of that region only.',
    authScopes: { admin: true },
    errors: {},
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Unauthenticated();
      let regionSlug = input.regionSlug ?? null;
      if (viewer.regionId !== null) {
        if (regionSlug !== null && regionSlug !== viewer.regionSlug) {
          throw new Forbidden({ de: 'Schlüssel anderer Regionen darf nur die Gesamt-Administration anlegen', en: 'Only an admin of every region may create keys of other regions' });
        }
        regionSlug = viewer.regionSlug;
      }
      const { key, record } = await createApiKey(ctx.prisma, {
        name: input.name,
        role: input.role,
        regionSlug,
        expiresAt: expiryOf(input.expiresAt),
        createdById: viewer.id,
      });
      return { key, id: record.id };
    },
  }),
  revokeApiKey: t.prismaField({
    type: ApiKey,
    description: 'Revokes a key: from the next request on it is refused, in every API process. Revoking twice keeps the first time. ADMIN only.',
    authScopes: { admin: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the API key.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(args.id, 'ApiKey', 'id');
      const target = await ctx.prisma.apiKey.findUnique({ where: { id }, select: { regionId: true } });
      if (!target) throw new NotFound('API-Schlüssel', String(args.id));
      if (!isAdminOf(ctx, target.regionId)) throw new Forbidden();
      await revokeApiKey(ctx.prisma, id);
      return ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
