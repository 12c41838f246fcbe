// Page sizes of every connection: relay's first/last, 20 by default, at most 100 — a larger page is
// refused with an error that says so, rather than silently cut.
import { GraphQLError } from 'graphql';

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
