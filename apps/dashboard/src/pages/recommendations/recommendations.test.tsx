import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { SDG_GOALS, shellData } from '../../test/fixtures';
import { MunicipalityRecommendations } from './MunicipalityRecommendations';
import { lazyLoad } from '../../test/lazyLoad';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const listItem = (id: number, title: string, status: string, progress: number, municipality: { ags: string; name: string } | null) => ({
  id: `Recommendation:${id}`,
  title,
  status,
  progress,
  rolledUpProgress: progress,
  dueDate: '2027-12-31',
  isDemo: true,
  municipality: municipality && { id: `Municipality:${municipality.ags}`, ...municipality },
});

const wuppertal = { ags: '05124000', name: 'Wuppertal' };

function respond(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(true) };
    case 'Viewer':
      return { data: { viewer: null } };
    case 'RecommendationFilterOptions':
      return {
        data: {
          municipalities: shellData(true).municipalities,
          sdgGoals: SDG_GOALS.map(([number, de]) => ({ id: `SdgGoal:${number}`, number, shortTitle: de })),
        },
      };
    case 'PublicRecommendations': {
      const after = request.variables.after;
      return {
        data: {
          recommendations: {
            totalCount: 3,
            pageInfo: { hasNextPage: !after, endCursor: after ? 'c3' : 'c2' },
            edges: (after
              ? [listItem(3, 'Fairer Handel in Kantinen', 'AGREED', 10, null)]
              : [listItem(1, 'Radverkehr ausbauen', 'IN_PROGRESS', 40, wuppertal), listItem(2, 'Klimaschutz in Schulen', 'PUBLISHED', 0, wuppertal)]
            ).map((node) => ({ node })),
          },
        },
      };
    }
    case 'RecommendationProgress':
      return {
        data: {
          byMunicipality: [
            { key: '05124000', count: 2, averageProgress: 20, municipality: { id: 'Municipality:05124000', name: 'Wuppertal' } },
            { key: 'region', count: 1, averageProgress: null, municipality: null },
          ],
          byGoal: [
            { key: '13', count: 1, averageProgress: 0, goal: { id: 'SdgGoal:13', number: 13, shortTitle: 'Maßnahmen zum Klimaschutz' } },
            { key: '11', count: 1, averageProgress: 40, goal: { id: 'SdgGoal:11', number: 11, shortTitle: 'Nachhaltige Städte und Gemeinden' } },
          ],
        },
      };
    case 'PublicRecommendation':
      return {
        data: {
          recommendation: {
            ...listItem(1, 'Radverkehr ausbauen', 'IN_PROGRESS', 40, wuppertal),
            text: 'Mehr sichere Radwege.\n\nZwischen allen Stadtteilen.',
            parent: null,
            children: { totalCount: 0, nodes: [] },
            sdgTargets: [{ id: 'SdgTarget:11.2', code: '11.2', title: 'Nachhaltige Verkehrssysteme' }],
            indicators: { totalCount: 0, nodes: [] },
            responsibleActors: { totalCount: 1, nodes: [{ id: 'Actor:1', name: 'Stadt Wuppertal' }] },
            findings: { totalCount: 1, nodes: [{ id: 'Finding:1', publicStatement: 'Es fehlen sichere Radwege.' }] },
            history: {
              totalCount: 2,
              nodes: [
                { fromStatus: 'DRAFT', toStatus: 'PUBLISHED', fromProgress: 0, toProgress: 0, note: null, at: '2026-02-01T09:00:00.000Z' },
                { fromStatus: 'AGREED', toStatus: 'IN_PROGRESS', fromProgress: 10, toProgress: 40, note: 'Erste Abschnitte gebaut', at: '2026-05-04T10:30:00.000Z' },
              ],
            },
          },
        },
      };
    default:
      return { data: {} };
  }
}

beforeEach(() => resetViewer());

describe('public recommendation list', () => {
  it('lists recommendations with status and progress, loads more, and passes the URL filters to the API', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/empfehlungen?kommune=05124000&ziel=11');
    await screen.findByRole('heading', { level: 1, name: 'Handlungsempfehlungen' }, lazyLoad);
    const cards = await screen.findAllByTestId('recommendation-card');
    expect(cards.map((card) => within(card).getByRole('link').textContent)).toEqual(['Radverkehr ausbauen', 'Klimaschutz in Schulen']);
    expect(within(cards[0]!).getByTestId('recommendation-status').textContent).toBe('In Umsetzung');
    expect(within(cards[0]!).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(within(cards[0]!).getByRole('link').getAttribute('href')).toBe('/empfehlungen/Recommendation%3A1');
    expect(requests.find((r) => r.operationName === 'PublicRecommendations')?.variables).toMatchObject({ municipality: '05124000', goal: 11, after: null });

    fireEvent.click(screen.getByRole('button', { name: 'Weitere laden' }));
    expect(await screen.findByText('Fairer Handel in Kantinen')).toBeDefined();
    expect(screen.getAllByTestId('recommendation-card')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Weitere laden' })).toBeNull();
  });

  it('applies the filter form to the URL', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/empfehlungen');
    const municipality = (await screen.findByLabelText('Kommune', {}, lazyLoad)) as HTMLSelectElement;
    await within(municipality).findByRole('option', { name: 'Solingen' });
    fireEvent.change(municipality, { target: { value: '05122000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anwenden' }));
    await screen.findAllByTestId('recommendation-card');
    expect(requests.filter((r) => r.operationName === 'PublicRecommendations').at(-1)?.variables).toMatchObject({ municipality: '05122000', goal: null });
  });

  it('shows the roll-ups with their tables and announces the feeds in the page head', async () => {
    stubGraphQL(respond);
    renderAt('/empfehlungen?kommune=05124000');
    const municipalityTable = await screen.findByRole('table', { name: 'Durchschnittlicher Fortschritt der Handlungsempfehlungen je Kommune' }, lazyLoad);
    expect(within(municipalityTable).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'KommuneEmpfehlungenFortschritt in %',
      'Wuppertal220',
      'ganze Region1–',
    ]);
    const goalTable = screen.getByRole('table', { name: 'Durchschnittlicher Fortschritt der Handlungsempfehlungen je SDG' });
    expect(within(goalTable).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'SDGEmpfehlungenFortschritt in %',
      'SDG 11 – Nachhaltige Städte und Gemeinden140',
      'SDG 13 – Maßnahmen zum Klimaschutz10',
    ]);

    const feeds = screen.getAllByTestId('feed-link').map((link) => link.getAttribute('href'));
    expect(feeds).toEqual(['/feeds/recommendations.atom', '/feeds/recommendations.atom?municipality=05124000']);
    const alternates = [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((link) => link.getAttribute('href'));
    expect(alternates).toEqual(feeds);
  });
});

describe('public recommendation page', () => {
  it('shows status, progress, links and the history without authors', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/empfehlungen/Recommendation%3A1?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Radverkehr ausbauen' }, lazyLoad);
    expect(screen.getByTestId('recommendation-status').textContent).toBe('In progress');
    expect(screen.getByText('11.2 Nachhaltige Verkehrssysteme')).toBeDefined();
    expect(screen.getByText('Stadt Wuppertal')).toBeDefined();
    expect(screen.getByText('Es fehlen sichere Radwege.')).toBeDefined();
    const history = within(screen.getByTestId('recommendation-history')).getAllByRole('listitem').map((item) => item.textContent);
    expect(history[0]).toContain('Status: Agreed → In progress');
    expect(history[0]).toContain('Progress: 10 % → 40 %');
    expect(history[0]).toContain('Erste Abschnitte gebaut');
    expect(history.join(' ')).not.toContain(' by ');
    const query = requests.find((r) => r.operationName === 'PublicRecommendation');
    expect(query?.variables).toEqual({ id: 'Recommendation:1', lang: 'EN' });
    expect(query?.query).not.toContain('author');
    // The newest changes: the timeline shows newest first, and "and N more" stands for older ones.
    expect(query?.query).toMatch(/history\(last: 100\)/);
  });

  it('says so when the recommendation is not public', async () => {
    stubGraphQL((request) => (request.operationName === 'PublicRecommendation' ? { data: { recommendation: null } } : respond(request)));
    renderAt('/empfehlungen/Recommendation%3A9');
    expect((await screen.findByTestId('recommendation-not-found', {}, lazyLoad)).textContent).toContain('nicht öffentlich');
  });
});

describe('recommendations on the municipality page', () => {
  it('lists the latest ones with a link to all of them and the municipality feed', async () => {
    const requests = stubGraphQL((request) =>
      request.operationName === 'MunicipalityRecommendations'
        ? {
            data: {
              recommendations: {
                totalCount: 7,
                edges: [listItem(1, 'Radverkehr ausbauen', 'IN_PROGRESS', 40, wuppertal)].map((node) => ({ node })),
              },
            },
          }
        : { data: {} },
    );
    render(
      <MemoryRouter initialEntries={['/kommune/05124000?lang=en']}>
        <MunicipalityRecommendations ags="05124000" name="Wuppertal" />
      </MemoryRouter>,
    );
    const section = screen.getByTestId('municipality-recommendations');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Local action recommendations');
    await within(section).findByText('Radverkehr ausbauen');
    expect(within(section).getByRole('link', { name: 'All recommendations for Wuppertal (7)' }).getAttribute('href')).toBe('/empfehlungen?lang=en&kommune=05124000');
    expect(within(section).getByTestId('feed-link').getAttribute('href')).toBe('/feeds/recommendations.atom?municipality=05124000');
    expect(requests[0]?.variables).toEqual({ municipality: '05124000' });
  });
});
