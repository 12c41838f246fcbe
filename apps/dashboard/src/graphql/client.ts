// A tiny typed GraphQL-over-HTTP client, no cache (see DESIGN: no Apollo Client). Requests travel as
// automatic persisted queries: the sha256 hash first, the full text only when the server asks for it.
import { print } from '@0no-co/graphql.web';
import type { DocumentNode } from '@0no-co/graphql.web';
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
  const { query, hash, isMutation, operationName } = await prepared(document);
  const endpoint = options.endpoint ?? GRAPHQL_ENDPOINT;
  if (hash) {
    // Automatic persisted query: the hash alone first (queries as GET, so caches can keep them); the
    // server answers PersistedQueryNotFound until it has seen the full text once.
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const byHash = isMutation
      ? await send(endpoint, 'POST', { operationName, variables, extensions }, options)
      : await send(endpoint, 'GET', { operationName, variables, extensions }, options);
    if (!isPersistedQueryNotFound(byHash.payload)) return resultOf<Result>(byHash);
    return resultOf<Result>(await send(endpoint, 'POST', { operationName, query, variables, extensions }, options));
  }
  return resultOf<Result>(await send(endpoint, 'POST', { operationName, query, variables }, options));
}

interface PreparedDocument {
  query: string;
  /** sha256 of `query` in hex; null where Web Crypto is missing (plain HTTP off localhost). */
  hash: string | null;
  isMutation: boolean;
  operationName: string | undefined;
}

const preparedDocuments = new WeakMap<object, Promise<PreparedDocument>>();

/** Prints and hashes a document once: documents are module constants, used again and again. */
function prepared(document: DocumentNode): Promise<PreparedDocument> {
  let entry = preparedDocuments.get(document);
  if (!entry) {
    entry = (async () => {
      const query = print(document);
      const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
      const isMutation = operation?.kind === 'OperationDefinition' && operation.operation !== 'query';
      const operationName = operation?.kind === 'OperationDefinition' ? operation.name?.value : undefined;
      return { query, hash: await sha256Hex(query), isMutation, operationName };
    })();
    preparedDocuments.set(document, entry);
  }
  return entry;
}

async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

function isPersistedQueryNotFound(payload: { errors?: unknown }): boolean {
  return isErrorList(payload.errors) && payload.errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
}

interface Answer {
  response: Response;
  payload: { data?: unknown; errors?: unknown };
}

/** One HTTP request; a failure without a response becomes a NetworkError, a body that is not JSON too. */
async function send(
  endpoint: string,
  method: 'GET' | 'POST',
  body: { operationName: string | undefined; query?: string; variables: unknown; extensions?: unknown },
  options: ExecuteOptions,
): Promise<Answer> {
  const headers: Record<string, string> = {
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': localeOf(options.lang),
  };
  let url = endpoint;
  let init: RequestInit;
  if (method === 'GET') {
    const params = new URLSearchParams();
    if (body.operationName) params.set('operationName', body.operationName);
    params.set('variables', JSON.stringify(body.variables ?? {}));
    params.set('extensions', JSON.stringify(body.extensions));
    url = `${endpoint}?${params}`;
    // A non-simple header: the server's CSRF protection accepts GET requests only with one.
    init = { method, headers: { ...headers, 'Apollo-Require-Preflight': 'true' } };
  } else {
    init = { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  }

  let response: Response;
  try {
    // Hashing took a tick: a caller may have aborted meanwhile.
    options.signal?.throwIfAborted();
    response = await fetch(url, { ...init, signal: options.signal ?? null });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error), { cause: error });
  }

  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(`HTTP ${response.status}: ${response.ok ? 'response is not JSON' : response.statusText}`, {
      status: response.status,
      cause: error,
    });
  }
  const payload = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Answer['payload'];
  return { response, payload };
}

function resultOf<Result>({ response, payload }: Answer): Result {
  if (isErrorList(payload.errors)) throw new GraphQLResponseError(payload.errors, response.status);
  if (!response.ok) throw new NetworkError(`HTTP ${response.status} ${response.statusText}`.trim(), { status: response.status });
  if (payload.data === undefined || payload.data === null) {
    throw new NetworkError('The response has no data', { status: response.status });
  }
  return payload.data as Result;
}
