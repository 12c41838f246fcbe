import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { hitPath, inLanguage, searchPath } from './links';
import { lazyLoad } from '../../test/lazyLoad';

const wuppertal = { id: 'Municipality:1', ags: '05124000', name: 'Wuppertal' };
const parts = (before: string, match: string, after: string) => [
  { text: before, highlighted: false },
  { text: match, highlighted: true },
  { text: after, highlighted: false },
];

const firstPage = [
  { kind: 'RECOMMENDATION', title: 'Sichere Radwege zu allen Schulen', snippetParts: parts('Der ', 'Radweg', ' wird breiter.'), node: { __typename: 'Recommendation', id: 'Recommendation:1', municipality: wuppertal } },
  { kind: 'FINDING', title: 'Ein Radweg fehlt', snippetParts: parts('Ein ', 'Radweg', ' fehlt an der Schule'), node: { __typename: 'Finding', id: 'Finding:1', municipality: wuppertal } },
  { kind: 'EVENT', title: 'Werkstatt Radverkehr', snippetParts: parts('Wir planen ', 'Radwege', '.'), node: { __typename: 'Event', id: 'Event:1', date: '2026-05-02', municipality: null } },
  { kind: 'ACTOR', title: 'ADFC Wuppertal', snippetParts: parts('Setzt sich für ', 'Radwege', ' ein'), node: { __typename: 'Actor', id: 'Actor:1', municipality: wuppertal } },
  { kind: 'INDICATOR', title: 'Länge der Radwege', snippetParts: parts('Kilometer ', 'Radwege', ' je Einwohner'), node: { __typename: 'Indicator', id: 'Indicator:1', key: 'radwege' } },
];
const secondPage = [
  { kind: 'PUBLICATION', title: 'Situationsanalyse Wuppertal', snippetParts: parts('Mehr ', 'Radwege', ' gewünscht'), node: { __typename: 'Publication', id: 'Publication:1', slug: 'situationsanalyse-wuppertal', kind: 'SITUATION_ANALYSIS', municipality: wuppertal } },
];

function respond(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(true) };
    case 'Viewer':
      return { data: { viewer: null } };
    case 'SearchPage': {
      const second = request.variables.after === 'c5';
      const hits = second ? secondPage : firstPage;
      const edges = hits.map((node, index) => ({ cursor: `c${index + (second ? 6 : 1)}`, node }));
      return { data: { search: { totalCount: 6, pageInfo: { hasNextPage: !second, endCursor: edges.at(-1)?.cursor ?? null }, edges } } };
    }
    default:
      return { errors: [{ message: `unexpected ${request.operationName}` }] };
  }
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

describe('search', () => {
  it('searches from the header box and shows hits badged by kind with links to their pages', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/suche');
    const box = within(screen.getByRole('search', { name: 'Website durchsuchen' }));
    fireEvent.change(box.getByRole('searchbox', { name: 'Website durchsuchen' }), { target: { value: '  Radwege ' } });
    fireEvent.click(box.getByRole('button', { name: 'Suchen' }));

    expect((await screen.findByTestId('search-count', {}, lazyLoad)).textContent).toBe('6 Treffer für „Radwege“');
    expect(requests.find((r) => r.operationName === 'SearchPage')?.variables).toMatchObject({ query: 'Radwege', kinds: null, after: null, lang: 'DE' });
    const hits = screen.getAllByTestId('search-hit');
    expect(hits.map((hit) => hit.dataset.kind)).toEqual(['RECOMMENDATION', 'FINDING', 'EVENT', 'ACTOR', 'INDICATOR']);
    expect(within(hits[0]!).getByText('Handlungsempfehlung')).toBeTruthy();
    expect(within(hits[0]!).getByRole('link', { name: 'Sichere Radwege zu allen Schulen' }).getAttribute('href')).toBe('/empfehlungen/Recommendation%3A1');
    expect(within(hits[1]!).getByRole('link').getAttribute('href')).toBe('/befunde?kommune=05124000');
    expect(within(hits[2]!).getByRole('link').getAttribute('href')).toBe('/veranstaltungen/Event%3A1');
    expect(within(hits[2]!).getByText('Ganze Region')).toBeTruthy();
    expect(within(hits[3]!).getByRole('link').getAttribute('href')).toBe('/netzwerk/akteure/Actor%3A1');
    expect(within(hits[4]!).getByRole('link').getAttribute('href')).toBe('/indikator/radwege');
    // Matched words are marked, and stay text: nothing from the server is parsed as HTML.
    expect(hits[0]!.querySelector('mark')?.textContent).toBe('Radweg');

    fireEvent.click(screen.getByRole('button', { name: 'Weitere Treffer laden' }));
    expect((await screen.findByRole('link', { name: 'Situationsanalyse Wuppertal' })).getAttribute('href')).toBe('/veroeffentlichungen/situationsanalyse-wuppertal');
    expect(screen.getAllByTestId('search-hit')).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Weitere Treffer laden' })).toBeNull();
  });

  it('filters by kind and explains too short texts without asking the server', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/suche?q=R');
    expect(await screen.findByText('Bitte mindestens 2 Zeichen eingeben.', {}, lazyLoad)).toBeTruthy();
    expect(requests.some((r) => r.operationName === 'SearchPage')).toBe(false);

    const form = within(screen.getByRole('search', { name: 'Suche' }));
    fireEvent.change(form.getByLabelText('Suchbegriff'), { target: { value: 'Radwege' } });
    fireEvent.change(form.getByLabelText('Art'), { target: { value: 'ACTOR' } });
    fireEvent.click(form.getByRole('button', { name: 'Suchen' }));
    await screen.findByTestId('search-count');
    expect(requests.filter((r) => r.operationName === 'SearchPage').at(-1)?.variables).toMatchObject({ query: 'Radwege', kinds: ['ACTOR'] });
  });

  it('speaks English with ?lang=en and keeps the language in result links', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/suche?q=Radwege&lang=en');
    expect((await screen.findByTestId('search-count', {}, lazyLoad)).textContent).toBe('6 results for “Radwege”');
    expect(requests.find((r) => r.operationName === 'SearchPage')?.variables).toMatchObject({ lang: 'EN' });
    expect(screen.getByRole('link', { name: 'ADFC Wuppertal' }).getAttribute('href')).toBe('/netzwerk/akteure/Actor%3A1?lang=en');
    expect(screen.getAllByTestId('search-hit')[3]!.querySelector('.search-kind')?.textContent).toBe('Actor');
  });

  it('keeps the language in result links and the search address', () => {
    expect(searchPath('Radwege Schule', 'en', 'EVENT')).toBe('/suche?q=Radwege+Schule&art=EVENT&lang=en');
    expect(inLanguage(hitPath({ __typename: 'Finding', id: 'Finding:1', municipality: { ags: '05124000' } }), 'en')).toBe('/befunde?kommune=05124000&lang=en');
    expect(inLanguage(hitPath({ __typename: 'Publication', id: 'P:1', slug: 'impressum', kind: 'IMPRINT' }), 'de')).toBe('/impressum');
  });
});
