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
  const fetchStub = vi.fn(async (_input: RequestInfo | URL, requestInit?: RequestInit) => {
    const body = JSON.parse(String(requestInit?.body)) as { query: string; variables: Record<string, unknown> };
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
