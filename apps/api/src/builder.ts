import SchemaBuilder, { BasePlugin } from '@pothos/core';
import type { PothosOutputFieldConfig, SchemaTypes } from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getDatamodel, isStaffRole } from '@atlas/db';
import type { PrismaTypes } from '@atlas/db';
import { Forbidden, NotFound, Unauthenticated, ValidationFailed, VersionConflict } from '@atlas/domain';
import type { Context } from './context.js';

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Describes the `totalCount` field of connections (the Prisma plugin's takes no description option,
 * and the join-table connections of paging.ts share the same words) and the `input` argument of mutations, which the input type itself documents: every field
 * and argument of the public schema gets a description (schema-descriptions.test.ts).
 */
class DefaultDescriptionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const input = fieldConfig.parentType === 'Mutation' ? fieldConfig.args.input : undefined;
    if (input && !input.description) {
      const described = { ...input, description: 'What to change; its input type describes every field.' };
      fieldConfig = { ...fieldConfig, args: { ...fieldConfig.args, input: described } };
    }
    // The Prisma plugin's totalCount, and the one each join-table connection adds (paging.ts).
    const isTotalCount = fieldConfig.extensions?.pothosPrismaTotalCount || (fieldConfig.name === 'totalCount' && fieldConfig.parentType.endsWith('Connection'));
    if (fieldConfig.description || !isTotalCount) return fieldConfig;
    return { ...fieldConfig, description: 'How many items match the arguments, over all pages (only what you may see).' };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos keeps its plugin registry in this global namespace.
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      atlasDefaultDescriptions: DefaultDescriptionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('atlasDefaultDescriptions', DefaultDescriptionsPlugin);

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
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, 'atlasDefaultDescriptions'],
  defaultFieldNullability: false,
  errors: {
    defaultTypes: [ValidationFailed, NotFound, Forbidden, Unauthenticated, VersionConflict],
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${upperFirst(fieldName)}Result`,
      description: 'The result of the mutation of the same name: the changed object on success, otherwise a typed error implementing `Error`.',
    },
    defaultResultOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Success` },
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      // An API key counts as signed in with its role (PARTNER): it reads what partner accounts read.
      signedIn: ctx.viewer !== null || ctx.apiKey !== null,
      staff: isStaffRole(ctx.viewer?.role),
      admin: ctx.viewer?.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx) => (ctx.viewer || ctx.apiKey ? new Forbidden() : new Unauthenticated()),
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
    nodeQueryOptions: {
      nullable: true,
      description: 'Any entity by its global ID, under the same authorization as its own field: null when it does not exist or you may not see it.',
      args: { id: { description: 'A global ID (the `id` of any entity).' } },
    },
    nodesQueryOptions: {
      nullable: { list: false, items: true },
      description: 'Several entities by their global IDs, in the order given; null for each one that does not exist or you may not see.',
      args: { ids: { description: 'Global IDs (the `id` of any entities).' } },
    },
    nodeTypeOptions: { description: 'An entity with a stable global ID, fetchable with `node(id:)` and `nodes(ids:)`.' },
    idFieldOptions: { description: 'Stable global ID, opaque; use it with `node(id:)` and in arguments that name this entity.' },
    // Descriptions of the Relay parts every connection shares (docs/api.md, "Pagination and order").
    firstArgOptions: { description: 'Page size from the start: default 20, at most 100.' },
    afterArgOptions: { description: 'Cursor (an edge\'s `cursor` or `pageInfo.endCursor`) to continue after.' },
    lastArgOptions: { description: 'Page size from the end: at most 100.' },
    beforeArgOptions: { description: 'Cursor (an edge\'s `cursor` or `pageInfo.startCursor`) to page back from.' },
    cursorFieldOptions: { description: 'Opaque position of this item, for `after`/`before`.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor, in the list\'s stable order.' },
    // `nodes` next to `edges` (as in GitHub's API): the items without the edge wrapper, one level
    // less deep, so a page nested in another page stays under the depth limit. Its nullability
    // follows `edges` (the plugin derives it), so it is `[T!]!` like every edge's node.
    nodesOnConnection: { description: 'The items of this page without their cursors, in the list\'s stable order (a shortcut for `edges { node }`).' },
    pageInfoFieldOptions: { description: 'Where this page is: cursors and whether more pages follow.' },
    hasNextPageFieldOptions: { description: 'True when a page follows (continue with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'True when a page precedes (go back with `before: startCursor`).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when it is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when it is empty.' },
    pageInfoTypeOptions: { description: 'Relay paging information of a connection.' },
  },
});

builder.queryType({
  description: 'Everything you may read. Lists are Relay connections (20 per page by default, at most 100); see docs/api.md.',
});
builder.mutationType({
  description:
    'Every mutation answers with a result union: the changed object, or a typed error implementing `Error` ' +
    '(`code`: VALIDATION with `field` and `reason`, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT with ' +
    '`currentVersion`). Anonymous callers get UnauthenticatedError from every mutation except `login` and `logout`.',
});
