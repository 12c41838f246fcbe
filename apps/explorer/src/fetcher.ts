// GraphiQL's requests to the product's own /graphql: plain fetch, same origin, no websockets.
// The toolkit's fetcher is not used because it pulls in graphql-ws for subscriptions we do not offer.
import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';

/** The example the headers editor opens with: partners replace it with their own key. */
export const KEY_PLACEHOLDER = 'Bearer atlas_…';

export const DEFAULT_HEADERS = JSON.stringify({ Authorization: KEY_PLACEHOLDER }, null, 2);

export interface ExplorerRequest {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * The headers to send: the untouched example key is dropped so that an anonymous visitor's queries
 * are not refused as carrying a bad key; everything else (a real key) is sent as typed.
 */
export function headersToSend(headers: Record<string, unknown> | undefined): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string') continue;
    if (name.toLowerCase() === 'authorization' && value.trim() === KEY_PLACEHOLDER) continue;
    sent[name] = value;
  }
  return sent;
}

export function createExplorerFetcher(url: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
  return async (request: ExplorerRequest, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> => {
    const response = await fetchImpl(url, {
      method: 'POST',
      // Cookie sessions of signed-in staff work too; nothing ever goes to another origin.
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headersToSend(options?.headers) },
      body: JSON.stringify(request),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      // Rate limits and proxies may answer with a non-JSON body: show it rather than a parse error.
      return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
