// Sign-in, the viewer, and the admins' user management.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { createSession, createUser, endSession, isStaffRole, signIn, updateUser, userOfSession } from '@atlas/db';
import { Forbidden, NotFound, Unauthenticated, ValidationFailed } from '@atlas/domain';
import type { UserRole } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

export const UserRoleEnum = builder.enumType('UserRole', {
  description: 'What an account (or an API key) may do.',
  values: {
    ADMIN: { description: 'Administration: manages accounts; with no region, of every region.' },
    STAFF: { description: 'Staff of the regional office: keeps the process data of its region current.' },
    PARTNER: { description: 'Network partner: reads, like the public, with an account.' },
  } as const,
});

export const isAdminOf = (ctx: Context, regionId: string | null) =>
  ctx.viewer?.role === 'ADMIN' && (ctx.viewer.regionId === null || ctx.viewer.regionId === regionId);

/** What `viewer` answers: a signed-in account (a User row) or an API key's principal. */
type ViewerShape = { role: UserRole; regionId: string | null } & ({ kind: 'apiKey'; name: string } | { kind?: undefined; displayName: string });

/**
 * Who the request speaks for. A signed-in account is a `User`; a request with an API key is an
 * `ApiKeyViewer`: a role and a region, but no account (so no e-mail and no user id).
 */
export const ViewerInterface = builder.interfaceRef<ViewerShape>('Viewer').implement({
  description:
    'Who the request speaks for: a signed-in account (`User`) or, for a request with `Authorization: Bearer <key>`, the API key (`ApiKeyViewer`, which has no account).',
  resolveType: (value) => (value.kind === 'apiKey' ? 'ApiKeyViewer' : 'User'),
  fields: (t) => ({
    role: t.field({ type: UserRoleEnum, description: 'What the account or key may do.', resolve: (value) => value.role }),
    displayName: t.string({
      description: "The account's name, or the API key's name.",
      resolve: (value) => (value.kind === 'apiKey' ? value.name : value.displayName),
    }),
  }),
});

export const User = builder.prismaNode('User', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A sign-in account. Staff see names; e-mail and state only the account itself and its admins.',
  id: { field: 'id' },
  interfaces: [ViewerInterface],
  // The account itself, staff (names in histories) and admins may read accounts; nobody else.
  authScopes: (user, ctx) => (ctx.viewer?.id === user.id ? true : { staff: true }),
  // node(id:)/nodes(ids:) must not even confirm to others that an account exists (the type scope
  // alone still answers `__typename`): the lookup finds nothing for them.
  findUnique: (id, ctx) => (ctx.viewer?.id === id || isStaffRole(ctx.viewer?.role) ? { id } : { id, AND: [{ id: { in: [] } }] }),
  fields: (t) => ({
    displayName: t.exposeString('displayName', { description: 'The name shown to others, e.g. in change histories.' }),
    email: t.exposeString('email', {
      description: 'The sign-in e-mail address; only the account itself and its admins.',
      authScopes: (user, _args, ctx) => ctx.viewer?.id === user.id || isAdminOf(ctx, user.regionId),
    }),
    role: t.expose('role', { type: UserRoleEnum, description: 'What the account may do.' }),
    region: t.relation('region', { nullable: true, description: 'Null: an admin of every region.' }),
    disabled: t.boolean({
      description: 'True when the account may not sign in. Its admins only.',
      select: { disabledAt: true },
      authScopes: (user, _args, ctx) => isAdminOf(ctx, user.regionId),
      resolve: (user) => user.disabledAt !== null,
    }),
    lockedUntil: t.string({
      nullable: true,
      description: 'Set after repeated failed sign-ins (ISO time).',
      select: { lockedUntil: true },
      authScopes: (user, _args, ctx) => isAdminOf(ctx, user.regionId),
      resolve: (user) => user.lockedUntil?.toISOString() ?? null,
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo accounts.' }),
  }),
});

function userIdOf(globalId: string): string {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typename === 'User') return id;
  } catch {
    // Falls through to the validation error below.
  }
  throw ValidationFailed.of('id', 'ist keine Konto-ID', 'is not a user id');
}

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new sign-in account.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The sign-in e-mail address; unique.' }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    role: t.field({ type: UserRoleEnum, required: true, description: 'What the account may do.' }),
    displayName: t.string({ required: false, description: 'The name shown to others, at most 120 characters; omitted: the part of the e-mail address before the @.' }),
    regionSlug: t.string({
      required: false,
      description: "Omitted: the admin's own region (for an admin of every region: the default region; an ADMIN account then administers every region).",
    }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Changes to an account; omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the account.' }),
    role: t.field({ type: UserRoleEnum, required: false, description: 'The new role.' }),
    displayName: t.string({ required: false, description: 'The new name shown to others, at most 120 characters.' }),
    disabled: t.boolean({ required: false, description: 'true ends all sessions of the account and refuses sign-in.' }),
  }),
});

const genericSignInFailure = new Unauthenticated({
  de: 'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmt nicht, oder das Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt.',
  en: 'Sign-in failed: wrong e-mail address or password, or the account is locked for a while after repeated failures.',
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerInterface,
    nullable: true,
    description:
      'Who the request speaks for: the signed-in account (`User`), the API key of a Bearer request (`ApiKeyViewer`), or null for anonymous requests. ' +
      '`{ viewer { role } }` works for both; account fields such as `email` need `... on User`.',
    resolve: (_root, _args, ctx) => {
      if (ctx.apiKey) return { kind: 'apiKey' as const, ...ctx.apiKey };
      return ctx.viewer ? ctx.prisma.user.findUnique({ where: { id: ctx.viewer.id } }) : null;
    },
  }),
  users: t.prismaField({
    type: [User],
    description: 'Accounts an admin manages (of their region; all for an admin of every region), by e-mail. ADMIN only.',
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: ctx.viewer?.regionId ? { regionId: ctx.viewer.regionId } : {},
        orderBy: { email: 'asc' },
      }),
  }),
}));

builder.mutationFields((t) => ({
  login: t.prismaField({
    type: User,
    description:
      'Signs in and sets the HttpOnly session cookie. A failure is always the same UnauthenticatedError, whatever the reason; ' +
      'after 5 failures the account locks for 1, 2, 4, … minutes (at most an hour).',
    errors: { union: { description: 'The result of `login`: the signed-in `User`, or, for any failure, the same `UnauthenticatedError`.' } },
    args: {
      email: t.arg.string({ required: true, description: 'The sign-in e-mail address.' }),
      password: t.arg.string({ required: true, description: 'The password.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const result = await signIn(ctx.prisma, args.email, args.password);
      if (!result.ok) throw genericSignInFailure;
      if (ctx.sessionToken) await endSession(ctx.prisma, ctx.sessionToken);
      const session = await createSession(ctx.prisma, result.userId);
      ctx.cookies.set(session.token);
      // The rest of this request (the returned User's fields) is answered as the signed-in account.
      ctx.viewer = await userOfSession(ctx.prisma, session.token);
      ctx.sessionToken = session.token;
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: result.userId } });
    },
  }),
  logout: t.boolean({
    description: 'Ends the session on the server and clears the cookie. True when a session was ended.',
    resolve: async (_root, _args, ctx) => {
      ctx.cookies.clear();
      const token = ctx.sessionToken;
      ctx.viewer = null;
      ctx.sessionToken = null;
      if (!token) return false;
      await endSession(ctx.prisma, token);
      return true;
    },
  }),
  createUser: t.prismaField({
    type: User,
    description: 'Creates an account. ADMIN only; an admin of one region creates accounts of that region only.',
    authScopes: { admin: true },
    errors: {},
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The account to create.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new Unauthenticated();
      let regionSlug = input.regionSlug ?? viewer.regionSlug;
      if (viewer.regionId !== null && regionSlug !== viewer.regionSlug) {
        throw new Forbidden({ de: 'Konten anderer Regionen darf nur die Gesamt-Administration anlegen', en: 'Only an admin of every region may create accounts of other regions' });
      }
      if (viewer.regionId !== null && input.role === 'ADMIN') regionSlug = viewer.regionSlug;
      const user = await createUser(ctx.prisma, { ...input, regionSlug });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  updateUser: t.prismaField({
    type: User,
    description: 'Changes role, name or disabled state of an account. ADMIN only, not for their own account.',
    authScopes: { admin: true },
    errors: {},
    args: { input: t.arg({ type: UpdateUserInput, required: true, description: 'The account and the changes.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = userIdOf(String(input.id));
      const target = await ctx.prisma.user.findUnique({ where: { id }, select: { regionId: true } });
      if (!target) throw new NotFound('Konto', String(input.id));
      if (!isAdminOf(ctx, target.regionId)) throw new Forbidden();
      if (id === ctx.viewer?.id && (input.role || input.disabled)) {
        throw ValidationFailed.of('id', 'das eigene Konto kann man nicht sperren oder herabstufen', 'you cannot disable or change the role of your own account');
      }
      await updateUser(ctx.prisma, { id, role: input.role, displayName: input.displayName, disabled: input.disabled });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
