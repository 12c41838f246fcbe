// A minimal GraphQL-over-HTTP client with nothing but fetch: what a partner needs to talk to Agenda Atlas.
import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

export interface AtlasClientOptions {
  /** Where Agenda Atlas runs, e.g. https://atlas.example.org (the API is at /graphql). */
  url: string;
  /** A partner key (atlas_…), sent as `Authorization: Bearer`; without one you read what the public may. */
  apiKey?: string;
  /** Language of localized text fields (titles, labels); `lang` arguments override it. */
  language?: 'de' | 'en';
}

/** The server answered with GraphQL errors; `codes` holds each error's extensions.code. */
export class AtlasError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'AtlasError';
  }
}

export interface AtlasClient {
  query<Result, Variables extends Record<string, unknown>>(document: TadaDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export function createAtlasClient(options: AtlasClientOptions): AtlasClient {
  const endpoint = new URL('/graphql', options.url).toString();
  return {
    async query(document, variables) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': options.language ?? 'de',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json().catch(() => null)) as GraphQLResponse | null;
      if (!body) throw new AtlasError(`HTTP ${response.status}: the answer is not JSON`, [], response.status);
      if (body.errors?.length || body.data == null) {
        const errors = body.errors ?? [];
        throw new AtlasError(
          errors.map((error) => error.message).join('; ') || `HTTP ${response.status} without data`,
          errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
          response.status,
        );
      }
      // The document's type, checked against the schema at compile time, describes `data`.
      return body.data as never;
    },
  };
}
