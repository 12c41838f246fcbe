import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '../test/fetchStub';
import { graphql } from './graphql';
import { useQuery } from './useQuery';

const NameQuery = graphql(`
  query MunicipalityName($ags: String!) {
    municipality(ags: $ags) {
      name
    }
  }
`);

const NAMES: Record<string, string> = { '05124000': 'Wuppertal', '05122000': 'Solingen' };

function wrapper(url: string) {
  return ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
}

describe('useQuery', () => {
  it('goes from loading to data, and refetches (aborting the stale request) when variables change', async () => {
    const requests = stubGraphQL(({ variables }) => ({ data: { municipality: { name: NAMES[String(variables.ags)] } } }));
    const { result, rerender } = renderHook(({ ags }) => useQuery(NameQuery, { ags }), {
      initialProps: { ags: '05124000' },
      wrapper: wrapper('/?lang=en'),
    });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.data?.municipality?.name).toBe('Wuppertal'));
    expect(requests.at(-1)?.headers.get('Accept-Language')).toBe('en-GB');

    rerender({ ags: '05122000' });
    // The old data is never shown for the new variables.
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.data?.municipality?.name).toBe('Solingen'));
    expect(requests.map((r) => r.variables.ags)).toEqual(['05124000', '05122000']);
  });

  it('aborts a request that is superseded before it answers', async () => {
    const requests = stubGraphQL(({ variables }) => ({ data: { municipality: { name: NAMES[String(variables.ags)] } } }));
    const { result, rerender } = renderHook(({ ags }) => useQuery(NameQuery, { ags }), {
      initialProps: { ags: '05124000' },
      wrapper: wrapper('/'),
    });
    rerender({ ags: '05122000' });
    await waitFor(() => expect(result.current.data?.municipality?.name).toBe('Solingen'));
    // The stale request was aborted: in flight, or before it left (while its hash was computed).
    expect(requests.filter((request) => request.variables.ags === '05124000' && !request.signal?.aborted)).toEqual([]);
    expect(requests.at(-1)?.signal?.aborted).toBe(false);
  });

  it('exposes a typed error and a refetch that tries again', async () => {
    let fail = true;
    const requests = stubGraphQL(() =>
      fail ? { errors: [{ message: 'kaputt', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : { data: { municipality: null } },
    );
    const { result } = renderHook(() => useQuery(NameQuery, { ags: '1' }), { wrapper: wrapper('/') });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('graphql');
    expect(result.current.error?.message).toBe('kaputt');

    fail = false;
    act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toEqual({ municipality: null });
    expect(requests).toHaveLength(2);
  });
});
