import { describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../test/fetchStub';
import { executeQuery, GraphQLResponseError, NetworkError } from './client';
import { graphql } from './graphql';

const GoalQuery = graphql(`
  query GoalForClientTest($number: Int!, $lang: Language) {
    sdgGoal(number: $number) {
      number
      shortTitle(lang: $lang)
    }
  }
`);

describe('executeQuery', () => {
  it('POSTs the printed document with variables and Accept-Language (after the hash alone), and returns data', async () => {
    const requests = stubGraphQL(() => ({ data: { sdgGoal: { number: 11, shortTitle: 'Sustainable cities and communities' } } }));
    const data = await executeQuery(GoalQuery, { number: 11, lang: 'EN' }, { lang: 'en' });
    expect(data.sdgGoal?.shortTitle).toBe('Sustainable cities and communities');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.operationName).toBe('GoalForClientTest');
    expect(requests[0]?.query).toContain('sdgGoal(number: $number)');
    expect(requests[0]?.variables).toEqual({ number: 11, lang: 'EN' });
    expect(requests[0]?.headers.get('Accept-Language')).toBe('en-GB');
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(vi.mocked(fetch).mock.calls.at(-1)?.[0]).toBe('/graphql');
  });

  it('sends a query as a GET with its sha256 hash first, and the full text only when the server does not know it', async () => {
    const answers = [
      { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
      { data: { sdgGoal: { number: 11, shortTitle: 'Städte' } } },
      { data: { sdgGoal: { number: 12, shortTitle: 'Konsum' } } },
    ];
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(answers.shift()), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    expect((await executeQuery(GoalQuery, { number: 11 }, { lang: 'de' })).sdgGoal?.number).toBe(11);
    expect((await executeQuery(GoalQuery, { number: 12 }, { lang: 'de' })).sdgGoal?.number).toBe(12);

    const [hashOnly, full, again] = fetchMock.mock.calls;
    const hashUrl = new URL(hashOnly![0], 'http://localhost');
    expect(hashOnly![1].method).toBe('GET');
    expect(hashUrl.pathname).toBe('/graphql');
    expect(hashUrl.searchParams.get('query')).toBeNull();
    expect(hashUrl.searchParams.get('operationName')).toBe('GoalForClientTest');
    expect(JSON.parse(hashUrl.searchParams.get('variables')!)).toEqual({ number: 11 });
    const { persistedQuery } = JSON.parse(hashUrl.searchParams.get('extensions')!) as { persistedQuery: { version: number; sha256Hash: string } };
    expect(persistedQuery.version).toBe(1);
    expect(new Headers(hashOnly![1].headers).get('Apollo-Require-Preflight')).toBe('true');

    expect(full![1].method).toBe('POST');
    const fullBody = JSON.parse(String(full![1].body)) as { query: string; extensions: unknown };
    expect(fullBody.extensions).toEqual({ persistedQuery });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(fullBody.query));
    expect(persistedQuery.sha256Hash).toBe(Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));

    // Known to the server now: the hash alone does it.
    expect(again![1].method).toBe('GET');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('sends mutations as POST, hash first too', async () => {
    const Logout = graphql(`
      mutation LogoutForClientTest {
        logout
      }
    `);
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ data: { logout: true } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await executeQuery(Logout, {}, { lang: 'de' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toMatchObject({ operationName: 'LogoutForClientTest', extensions: { persistedQuery: { version: 1 } } });
    expect(JSON.parse(String(init.body))).not.toHaveProperty('query');
  });

  it('turns a GraphQL error response into a typed GraphQLResponseError', async () => {
    stubGraphQL(() => ({
      data: null,
      errors: [{ message: 'Unknown indicator "foo"', path: ['indicator'], extensions: { code: 'NOT_FOUND' } }],
    }));
    const failure = await executeQuery(GoalQuery, { number: 99 }, { lang: 'de' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphQLResponseError);
    const error = failure as GraphQLResponseError;
    expect(error.kind).toBe('graphql');
    expect(error.message).toBe('Unknown indicator "foo"');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.errors[0]?.path).toEqual(['indicator']);
  });

  it('reads GraphQL errors from a 400 response too (validation errors)', async () => {
    stubGraphQL(() => ({ errors: [{ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }), {
      status: 400,
    });
    const failure = await executeQuery(GoalQuery, { number: 1 }, { lang: 'de' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphQLResponseError);
    expect((failure as GraphQLResponseError).status).toBe(400);
    expect((failure as GraphQLResponseError).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('turns a failed fetch into a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const failure = await executeQuery(GoalQuery, { number: 1 }, { lang: 'de' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).kind).toBe('network');
    expect((failure as NetworkError).message).toBe('Failed to fetch');
  });

  it('turns an HTTP error without a GraphQL body into a NetworkError with the status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })));
    const failure = await executeQuery(GoalQuery, { number: 1 }, { lang: 'de' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).status).toBe(502);
  });

  it('passes an abort through as an AbortError, not as a NetworkError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })),
    );
    const controller = new AbortController();
    const pending = executeQuery(GoalQuery, { number: 1 }, { lang: 'de', signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const failure = await pending;
    expect(failure).not.toBeInstanceOf(NetworkError);
    expect((failure as DOMException).name).toBe('AbortError');
  });
});
