import { vi } from 'vitest';

export interface RecordedRequest {
  operationName: string | undefined;
  query: string;
  variables: Record<string, unknown>;
  headers: Headers;
  signal: AbortSignal | undefined;
}

/**
 * Replaces global `fetch` with a GraphQL responder: `respond` gets the operation name (taken from
 * the printed document) and variables and returns the JSON body. Vitest restores the global after
 * each test (`unstubGlobals`).
 */
export function stubGraphQL(
  respond: (request: RecordedRequest) => unknown,
  init: { status?: number } = {},
): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, requestInit?: RequestInit) => {
    const body = requestBody(input, requestInit);
    if (body.query === undefined) {
      // A persisted-query hash the stub has never seen: the client sends the full query next.
      return new Response(JSON.stringify({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    const request: RecordedRequest = {
      operationName: /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1],
      query: body.query,
      variables: body.variables,
      headers: new Headers(requestInit?.headers),
      signal: requestInit?.signal ?? undefined,
    };
    requests.push(request);
    return new Response(JSON.stringify(respond(request)), {
      status: init.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return requests;
}

/** The GraphQL request of a POST body or of a GET URL's parameters. */
function requestBody(input: RequestInfo | URL, init: RequestInit | undefined): { query?: string; variables: Record<string, unknown> } {
  if (init?.body !== undefined && init.body !== null) {
    return JSON.parse(String(init.body)) as { query?: string; variables: Record<string, unknown> };
  }
  const params = new URL(String(input), 'http://localhost').searchParams;
  return { query: params.get('query') ?? undefined, variables: JSON.parse(params.get('variables') ?? '{}') as Record<string, unknown> };
}
