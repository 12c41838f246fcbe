// A tiny typed GraphQL-over-HTTP client: one POST per request, no cache (see DESIGN: no Apollo Client).
import { print } from '@0no-co/graphql.web';
import { localeOf, type Language } from '../i18n/language';
import type { SchemaCheckedDocument } from './checked';

export const GRAPHQL_ENDPOINT = '/graphql';

/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The server answered, with GraphQL errors (validation, resolver, auth, …). */
export class GraphQLResponseError extends Error {
  readonly kind = 'graphql' as const;
  readonly errors: readonly GraphQLErrorItem[];
  readonly status: number;

  constructor(errors: readonly GraphQLErrorItem[], status: number) {
    super(errors.map((e) => e.message).join('; ') || 'GraphQL error');
    this.name = 'GraphQLResponseError';
    this.errors = errors;
    this.status = status;
  }

  /** The first `extensions.code`, e.g. "BAD_USER_INPUT", when the server sent one. */
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }
}

/** The request did not produce a GraphQL response: offline, server down, HTTP error, not JSON. */
export class NetworkError extends Error {
  readonly kind = 'network' as const;
  /** HTTP status when there was a response. */
  readonly status: number | undefined;

  constructor(message: string, options?: { status?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'NetworkError';
    this.status = options?.status;
  }
}

export type QueryError = GraphQLResponseError | NetworkError;

export function isQueryError(error: unknown): error is QueryError {
  return error instanceof GraphQLResponseError || error instanceof NetworkError;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : error instanceof Error && error.name === 'AbortError';
}

export interface ExecuteOptions {
  /** UI language, sent as Accept-Language (fields without an explicit `lang` argument follow it). */
  lang: Language;
  signal?: AbortSignal;
  endpoint?: string;
}

function isErrorList(value: unknown): value is GraphQLErrorItem[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
  );
}

/**
 * Runs a typed document. Resolves with `data`; rejects with a `QueryError` (or the AbortError when
 * `signal` aborts). A response with both data and errors is treated as an error: the views show
 * nothing rather than something silently incomplete.
 */
export async function executeQuery<Result, Variables>(
  document: SchemaCheckedDocument<Result, Variables>,
  variables: Variables,
  options: ExecuteOptions,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': localeOf(options.lang),
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error), { cause: error });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(`HTTP ${response.status}: ${response.ok ? 'response is not JSON' : response.statusText}`, {
      status: response.status,
      cause: error,
    });
  }

  const payload = (typeof body === 'object' && body !== null ? body : {}) as { data?: unknown; errors?: unknown };
  if (isErrorList(payload.errors)) throw new GraphQLResponseError(payload.errors, response.status);
  if (!response.ok) throw new NetworkError(`HTTP ${response.status} ${response.statusText}`.trim(), { status: response.status });
  if (payload.data === undefined || payload.data === null) {
    throw new NetworkError('The response has no data', { status: response.status });
  }
  return payload.data as Result;
}
