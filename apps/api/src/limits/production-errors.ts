// In production an error the code did not raise on purpose (a database failure, a bug) reaches the
// client only as "Internal server error" with a code: its message could reveal SQL, table names or
// data. Deliberate errors (GraphQL errors with a code, the domain's AtlasError) keep their message.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AtlasError } from '@atlas/domain';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** True when `error` was not raised on purpose and its message must not leave the server. */
export function isInternalError(formatted: GraphQLFormattedError, error: unknown): boolean {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return false;
  const original = unwrapResolverError(error);
  if (original instanceof AtlasError) return false;
  if (!(original instanceof GraphQLError)) return true;
  // A GraphQLError wrapping some other exception (Apollo's ensureGraphQLError) is internal too.
  const cause = original.originalError;
  return cause !== undefined && cause !== null && !(cause instanceof GraphQLError) && !(cause instanceof AtlasError);
}

/** The masked error: same path and locations, generic message, code INTERNAL_SERVER_ERROR. */
export function maskInternalError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
