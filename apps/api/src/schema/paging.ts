// Page sizes of every connection: relay's first/last, 20 by default, at most 100 — a larger page is
// refused with an error that says so, rather than silently cut.
import type { GenericFieldRef } from '@pothos/core';
import type { IndirectInclude, IndirectPathSegment, PathSegment, SelectionMap } from '@pothos/plugin-prisma';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** For Pothos' `maxSize` option: checks first/last, then returns the maximum. */
export function refuseLargePages(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && size > MAX_PAGE_SIZE) {
      throw new GraphQLError(`${name}: at most ${MAX_PAGE_SIZE} items per page, got ${size}; page on with "after".`, {
        extensions: { code: 'VALIDATION', field: name, reason: 'TOO_LARGE' },
      });
    }
  }
  return MAX_PAGE_SIZE;
}

// Nested connections (Actor.participations, Agreement.signatories, …): a list that grows with the
// data pages like a top-level one (partner API issue 6), with the same sizes, the same refusal and a
// totalCount, so a client never gets an unbounded list inside a page of 100.

/** Page sizes shared by every nested connection, also those over join tables (prismaConnectionHelpers). */
export const nestedPageSizes = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: refuseLargePages } as const;

/** The options of `t.relatedConnection` that are the same everywhere: the row id as cursor, page sizes, totalCount. */
export const relatedPaging = { ...nestedPageSizes, cursor: 'id', totalCount: true } as const;

/** Descriptions of a nested connection's own connection and edge types, e.g. `pageOf('findings', 'finding')`. */
export function pageOf(items: string, item: string): [{ description: string }, { description: string }] {
  return [{ description: `A page of ${items}.` }, { description: `One ${item} in a page.` }];
}


/** What `pageOfLinkTypes` needs of a connection type's field builder. */
interface TotalCountFields {
  exposeInt(name: 'totalCount'): GenericFieldRef<number>;
}

/**
 * The connection and edge type options of a connection over a join table (resolved by pageOfLinks):
 * descriptions as `pageOf`, and the connection's totalCount.
 */
export function pageOfLinkTypes(items: string, item: string) {
  const [connection, edge] = pageOf(items, item);
  return [{ ...connection, fields: (page: TotalCountFields) => ({ totalCount: page.exposeInt('totalCount') }) }, edge] as const;
}

/**
 * The page of a connection over a join table with its totalCount, from what the field's `select`
 * loaded: the join rows under `relation` and their count under `_count`. The connection exposes it
 * through `pageOfLinkTypes`; builder.ts describes it. `t.connection` types its
 * resolver's parent as the bare row, without what `select` added, hence the one cast here.
 */
export function pageOfLinks<Link, Page extends object>(
  helper: { resolve: (list: Link[], args: PothosSchemaTypes.DefaultConnectionArguments, ctx: Context) => Page },
  parent: object,
  relation: string,
  args: PothosSchemaTypes.DefaultConnectionArguments,
  ctx: Context,
): Page & { totalCount: number } {
  const loaded = parent as Record<string, unknown> & { _count: Record<string, number> };
  return { ...helper.resolve(loaded[relation] as Link[], args, ctx), totalCount: loaded._count[relation] ?? 0 };
}

/**
 * Several sort keys for a join-table page. Prisma takes a list (the last key the id, for a stable
 * order), but prismaConnectionHelpers' `orderBy` is typed as a single key.
 */
export function sortKeys<OrderBy extends object>(...keys: OrderBy[]): OrderBy {
  return keys as unknown as OrderBy;
}

/** Where a connection's items are selected: under `nodes`, or under `edges { node }`. */
const NODE_PATHS: IndirectPathSegment[][] = [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]];

/**
 * The field's `nestedSelection` for prismaConnectionHelpers' `getQuery`, seeing the node's fields
 * under `nodes` as well as under `edges { node }`: the helper looks only under `edges { node }`, so a
 * page asked for as `nodes { … }` would load its join rows without the entity's columns (Prisma then
 * refuses the empty select). The plugin's own connections search both paths the same way, with an
 * IndirectInclude; the field's `nestedSelection` takes one at run time (FieldSelection declares it),
 * though its declared type names only a path, hence the one cast.
 */
export function nodeSelection(
  nestedSelection: (selection?: true | SelectionMap, path?: PathSegment[]) => unknown,
  typeName: string,
): (selection?: true | SelectionMap) => unknown {
  const include: IndirectInclude = { getType: () => typeName, paths: NODE_PATHS };
  return (selection) => nestedSelection(selection, include as unknown as PathSegment[]);
}
