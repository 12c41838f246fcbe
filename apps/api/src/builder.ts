import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getDatamodel, isStaffRole } from '@atlas/db';
import type { PrismaTypes } from '@atlas/db';
import { Forbidden, NotFound, Unauthenticated, ValidationFailed, VersionConflict } from '@atlas/domain';
import type { Context } from './context.js';

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The one schema builder; every file under schema/ registers its domain area on it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** Any signed-in account (PARTNER, STAFF, ADMIN). */
    signedIn: boolean;
    /** STAFF or ADMIN; the region is checked where the record is known. */
    staff: boolean;
    admin: boolean;
  };
}>({
  // Errors before scope-auth: a refused mutation then answers with a typed UnauthenticatedError or
  // ForbiddenError like any other failure. Errors before prisma, as the errors plugin requires.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  errors: {
    defaultTypes: [ValidationFailed, NotFound, Forbidden, Unauthenticated, VersionConflict],
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Result` },
    defaultResultOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Success` },
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      staff: isStaffRole(ctx.viewer?.role),
      admin: ctx.viewer?.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? new Forbidden() : new Unauthenticated()),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    // Types and fields get descriptions written for partners; Prisma's /// comments are for developers.
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: { list: false, items: true } },
  },
});

builder.queryType({});
builder.mutationType({
  description:
    'Every mutation answers with a result union: the changed object, or a typed error implementing `Error` ' +
    '(`code`: VALIDATION with `field` and `reason`, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT with ' +
    '`currentVersion`). Anonymous callers get UnauthenticatedError from every mutation except `login` and `logout`.',
});
