import { describe, expect, it } from 'vitest';
import { DEFAULT_HEADERS, KEY_PLACEHOLDER, createExplorerFetcher, headersToSend } from './fetcher';

describe('explorer fetcher', () => {
  it('offers the Authorization header as an example to fill in', () => {
    expect(JSON.parse(DEFAULT_HEADERS)).toEqual({ Authorization: 'Bearer atlas_…' });
  });

  it('drops the untouched example key but sends a real one', () => {
    expect(headersToSend({ Authorization: KEY_PLACEHOLDER })).toEqual({});
    expect(headersToSend({ authorization: 'Bearer atlas_abc' })).toEqual({ authorization: 'Bearer atlas_abc' });
    expect(headersToSend({ 'X-Extra': 'yes', ignored: 3 })).toEqual({ 'X-Extra': 'yes' });
  });

  it('posts JSON to the given URL with the partner key and returns the parsed result', async () => {
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fetcher = createExplorerFetcher('http://atlas.test/graphql', async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify({ data: { viewer: { role: 'PARTNER' } } }), { status: 200 });
    });
    const result = await fetcher({ query: '{ viewer { role } }' }, { headers: { Authorization: 'Bearer atlas_key' } });
    expect(result).toEqual({ data: { viewer: { role: 'PARTNER' } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://atlas.test/graphql');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(calls[0]!.init?.credentials).toBe('same-origin');
    expect(calls[0]!.init?.headers).toMatchObject({ 'content-type': 'application/json', Authorization: 'Bearer atlas_key' });
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ query: '{ viewer { role } }' });
  });

  it('turns a non-JSON answer (e.g. a proxy error) into a readable GraphQL error', async () => {
    const fetcher = createExplorerFetcher('/graphql', async () => new Response('Too Many Requests', { status: 429 }));
    const result = await fetcher({ query: '{ __typename }' });
    expect(result.errors?.map((error) => error.message)).toEqual(['HTTP 429: Too Many Requests']);
  });
});
