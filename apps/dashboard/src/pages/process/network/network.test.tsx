import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { SDG_GOALS, shellData } from '../../../test/fixtures';
import { lazyLoad } from '../../../test/lazyLoad';
import { pageOf } from '../../../test/connection';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const wuppertal = { id: 'Municipality:05124000', ags: '05124000', name: 'Wuppertal' };
const actors = [
  { id: 'Actor:1', name: 'Stadt Wuppertal, Stabsstelle Nachhaltigkeit', sector: 'ADMINISTRATION', municipality: wuppertal },
  { id: 'Actor:2', name: 'Bürgerverein Ölberg e.V.', sector: 'CIVIL_SOCIETY', municipality: wuppertal },
  { id: 'Actor:3', name: 'Regionalstelle Agenda 2030', sector: 'OTHER', municipality: null },
] as const;

function networkResponse(sector: unknown) {
  const nodes = actors
    .filter((actor) => sector == null || actor.sector === sector)
    .map((actor) => ({ actor, degree: actor.id === 'Actor:3' ? 2 : 1, bridging: actor.id === 'Actor:3' ? 1 : 0 }));
  const ids = new Set<string>(nodes.map((node) => node.actor.id));
  const edges = [
    { id: 'ActorLink:1', from: 'Actor:1', to: 'Actor:3', kind: 'COOPERATION' },
    { id: 'ActorLink:2', from: 'Actor:2', to: 'Actor:3', kind: 'MEMBERSHIP' },
  ].filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  return { data: { actorNetwork: { nodes, edges } } };
}

function respond(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(true) };
    case 'Viewer':
      return { data: { viewer: null } };
    case 'NetworkFilterOptions':
      return {
        data: {
          municipalities: shellData(true).municipalities,
          sdgGoals: SDG_GOALS.map(([number, de]) => ({ id: `SdgGoal:${number}`, number, shortTitle: de })),
        },
      };
    case 'ActorNetwork':
      return networkResponse(request.variables.sector);
    case 'PublicActor':
      return {
        data: {
          actor:
            request.variables.id === 'Actor:2'
              ? {
                  id: 'Actor:2',
                  name: 'Bürgerverein Ölberg e.V.',
                  sector: 'CIVIL_SOCIETY',
                  description: 'Nachbarschaftsverein im Quartier Ölberg.',
                  website: 'https://oelberg.example.org',
                  isDemo: true,
                  municipality: wuppertal,
                  sdgGoals: [{ id: 'SdgGoal:11', number: 11, shortTitle: 'Nachhaltige Städte und Gemeinden' }],
                  linksFrom: pageOf([{ id: 'ActorLink:2', kind: 'MEMBERSHIP', note: null, to: { id: 'Actor:3', name: 'Regionalstelle Agenda 2030' } }]),
                  linksTo: pageOf([]),
                  participations: pageOf([
                    {
                      id: 'Participation:1',
                      role: 'EXPERT_INPUT',
                      topic: 'Repair-Café',
                      event: { id: 'Event:1', kind: 'WORKSHOP', date: '2026-03-10', title: 'Workshop: Nachhaltige Quartiere' },
                    },
                    {
                      id: 'Participation:2',
                      role: 'PARTICIPANT',
                      topic: null,
                      event: { id: 'Event:1', kind: 'WORKSHOP', date: '2026-03-10', title: 'Workshop: Nachhaltige Quartiere' },
                    },
                    {
                      id: 'Participation:3',
                      role: 'PARTICIPANT',
                      topic: null,
                      event: { id: 'Event:1', kind: 'WORKSHOP', date: '2026-03-10', title: 'Workshop: Nachhaltige Quartiere' },
                    },
                  ]),
                  partnerships: pageOf([]),
                  // One page of a longer list: the page says how many more there are.
                  agreements: pageOf(
                    [{ id: 'Agreement:1', title: 'Vereinbarung Ölberg', agreedAt: '2026-06-13', event: { id: 'Event:9', title: 'Vernetzungskonferenz Wuppertal' } }],
                    3,
                  ),
                }
              : null,
        },
      };
    case 'Partnerships':
      return {
        data: {
          partnershipsByCountry: [
            { country: 'FR', count: 2, byKind: [{ kind: 'TOWN_TWINNING', count: 2 }] },
            { country: 'NI', count: 1, byKind: [{ kind: 'PROJECT', count: 1 }] },
          ],
          partnerships: {
            edges: [
              { id: 'Partnership:1', kind: 'TOWN_TWINNING', partnerPlace: 'Saint-Étienne', partnerCountry: 'FR', sinceYear: 1960, description: null, municipality: wuppertal, actor: null },
              { id: 'Partnership:2', kind: 'PROJECT', partnerPlace: 'Matagalpa', partnerCountry: 'NI', sinceYear: null, description: 'Fairer Kaffee', municipality: null, actor: { id: 'Actor:2', name: 'Bürgerverein Ölberg e.V.' } },
              { id: 'Partnership:3', kind: 'TOWN_TWINNING', partnerPlace: 'Chalon-sur-Saône', partnerCountry: 'FR', sinceYear: 1960, description: null, municipality: null, actor: null },
            ].map((node) => ({ node })),
          },
        },
      };
    default:
      return { data: {} };
  }
}

beforeEach(() => resetViewer());

describe('network page', () => {
  it('shows the graph, the legend and the table with degree and bridging', async () => {
    stubGraphQL(respond);
    renderAt('/netzwerk');
    await screen.findByRole('heading', { level: 1, name: 'Netzwerk der Akteure' }, lazyLoad);
    const graph = await screen.findByTestId('network-graph');
    expect(within(graph).getAllByTestId('network-node')).toHaveLength(3);
    expect(within(graph).getAllByTestId('network-edge')).toHaveLength(2);
    expect(screen.getByTestId('network-summary').textContent).toBe('3 Akteure, 2 Verbindungen');
    expect(within(screen.getByTestId('network-legend')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Verwaltung',
      'Zivilgesellschaft',
      'Sonstige',
    ]);
    const rows = within(screen.getByTestId('network-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['1', 'Verwaltung', 'Wuppertal', '1', '0,00'],
      ['2', 'Zivilgesellschaft', 'Wuppertal', '1', '0,00'],
      ['3', 'Sonstige', 'Ganze Region', '2', '1,00'],
    ]);
    expect(within(rows[2]!).getByRole('link', { name: 'Regionalstelle Agenda 2030' }).getAttribute('href')).toBe('/netzwerk/akteure/Actor%3A3');
  });

  it('reads the filters from the URL and writes applied filters back to it', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/netzwerk?sektor=CIVIL_SOCIETY&ziel=11&kommune=05124000');
    await screen.findByTestId('network-graph', undefined, lazyLoad);
    expect(requests.find((r) => r.operationName === 'ActorNetwork')?.variables).toEqual({ sector: 'CIVIL_SOCIETY', municipality: '05124000', goal: 11 });
    expect(screen.getAllByTestId('network-node')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    await screen.findByText('3 Akteure, 2 Verbindungen');
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'ADMINISTRATION' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    await screen.findByText('1 Akteur, 0 Verbindungen');
    expect(requests.filter((r) => r.operationName === 'ActorNetwork').at(-1)?.variables).toEqual({ sector: 'ADMINISTRATION', municipality: null, goal: null });
  });

  it('ignores filter values the API would refuse', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/netzwerk?sektor=PIRATES&ziel=99&kommune=abc');
    await screen.findByTestId('network-graph', undefined, lazyLoad);
    expect(requests.find((r) => r.operationName === 'ActorNetwork')?.variables).toEqual({ sector: null, municipality: null, goal: null });
  });

  it('shows an actor with SDGs, links, events and agreements signed, in English too', async () => {
    stubGraphQL(respond);
    renderAt('/netzwerk/akteure/Actor%3A2');
    await screen.findByRole('heading', { level: 1, name: 'Bürgerverein Ölberg e.V.' }, lazyLoad);
    expect(screen.getByText('Zivilgesellschaft')).toBeDefined();
    expect(within(screen.getByTestId('actor-links')).getByRole('link', { name: 'Regionalstelle Agenda 2030' })).toBeDefined();
    expect(screen.getByTestId('actor-links').textContent).toContain('Mitgliedschaft mit');
    const events = screen.getByTestId('actor-events');
    // Three participations in one event make one entry with the distinct roles.
    expect(within(events).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '10.03.2026: Workshop: Nachhaltige Quartiere (Fachinput: Repair-Café, Teilnahme)',
    ]);
    expect(within(events).getByRole('link').getAttribute('href')).toBe('/veranstaltungen/Event%3A1');
    expect(screen.getByTestId('actor-sdgs').textContent).toContain('11 – Nachhaltige Städte und Gemeinden');
    const agreements = screen.getByTestId('actor-agreements');
    expect(agreements.textContent).toBe('13.06.2026: Vereinbarung Ölberg (Vernetzungskonferenz Wuppertal)');
    expect(within(agreements).getByRole('link').getAttribute('href')).toBe('/veranstaltungen/Event%3A9');
    expect(screen.getByTestId('more-count').textContent).toBe('und 2 weitere');

    renderAt('/netzwerk/akteure/Actor%3A2?lang=en');
    expect((await screen.findAllByText('Civil society', undefined, lazyLoad)).length).toBeGreaterThan(0);
  });

  it('says so when an actor does not exist', async () => {
    stubGraphQL(respond);
    renderAt('/netzwerk/akteure/Actor%3A99');
    expect(await screen.findByTestId('actor-not-found', undefined, lazyLoad)).toBeDefined();
  });
});

describe('partnerships page', () => {
  it('groups partnerships by country, most first, with place, kind and the local side', async () => {
    stubGraphQL(respond);
    renderAt('/partnerschaften');
    await screen.findByRole('heading', { level: 1, name: 'Internationale Partnerschaften' }, lazyLoad);
    const countries = await screen.findAllByTestId('partnership-country');
    expect(countries.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual(['Frankreich (2)', 'Nicaragua (1)']);
    expect(within(countries[0]!).getAllByTestId('partnership').map((p) => p.querySelector('strong')?.textContent)).toEqual([
      'Chalon-sur-Saône',
      'Saint-Étienne',
    ]);
    expect(countries[1]!.textContent).toContain('Projektpartnerschaft');
    expect(within(countries[1]!).getByRole('link', { name: 'Bürgerverein Ölberg e.V.' })).toBeDefined();
  });
});
