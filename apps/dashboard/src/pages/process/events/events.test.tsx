import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData, wuppertalData } from '../../../test/fixtures';
import { wuppertalIndicators } from '../../municipality/fixtures';
import { lazyLoad } from '../../../test/lazyLoad';
import { nodesPageOf, pageOf } from '../../../test/connection';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const wuppertal = { id: 'Municipality:05124000', ags: '05124000', name: 'Wuppertal' };
const listEvents = [
  { id: 'Event:1', kind: 'KICK_OFF', date: '2025-02-01', title: 'Kick-off Agenda 2030 in Wuppertal', place: 'Rathaus', isDemo: true, municipality: wuppertal },
  { id: 'Event:2', kind: 'REGIONAL_CONFERENCE', date: '2026-11-20', title: 'Regionalkonferenz', place: null, isDemo: true, municipality: null },
];

const timeline = (doneSteps: number) =>
  ['KICK_OFF_HELD', 'INTERVIEWS_DONE', 'WORKSHOP_HELD', 'RECOMMENDATIONS_PUBLISHED', 'CONFERENCE_HELD', 'CIRCLES_MEETING'].map((step, index) => ({
    step,
    done: index < doneSteps,
    count: index < doneSteps ? (step === 'INTERVIEWS_DONE' ? 4 : 1) : 0,
    firstDate: index < doneSteps ? '2025-02-01' : null,
    lastDate: index < doneSteps ? (step === 'INTERVIEWS_DONE' ? '2025-04-15' : '2025-02-01') : null,
    nextDate: step === 'CIRCLES_MEETING' ? '2027-01-12' : null,
  }));

function respond(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(true) };
    case 'Viewer':
      return { data: { viewer: null } };
    case 'EventFilterOptions':
    case 'ProcessUnits':
      return { data: { municipalities: shellData(true).municipalities } };
    case 'PublicEvents': {
      const kinds = request.variables.kind as string[] | null;
      const edges = listEvents.filter((e) => !kinds || kinds.includes(e.kind)).map((node) => ({ node }));
      return { data: { events: { totalCount: edges.length, edges } } };
    }
    case 'PublicEvent':
      return {
        data: {
          event:
            request.variables.id === 'Event:3'
              ? {
                  id: 'Event:3',
                  kind: 'LOCAL_CONFERENCE',
                  date: '2025-09-20',
                  startsAt: '2025-09-20T08:00:00.000Z',
                  endsAt: '2025-09-20T14:00:00.000Z',
                  title: 'Vernetzungskonferenz Wuppertal',
                  place: 'Alte Feuerwache',
                  description: 'Gemeinsam für ein nachhaltiges Quartier.',
                  minutes: 'Begrüßung durch die Stadt.\n\nDrei Arbeitsgruppen.',
                  isDemo: true,
                  municipality: wuppertal,
                  participants: nodesPageOf([
                    { id: 'Participation:1', role: 'HOST', topic: null, actor: { id: 'Actor:1', name: 'Stadt Wuppertal', sector: 'ADMINISTRATION' } },
                    { id: 'Participation:2', role: 'EXPERT_INPUT', topic: 'Repair-Café', actor: { id: 'Actor:2', name: 'Bürgerverein Ölberg e.V.', sector: 'CIVIL_SOCIETY' } },
                    { id: 'Participation:3', role: 'PARTICIPANT', topic: null, actor: null },
                  ]),
                  findings: pageOf([{ id: 'Finding:1', kind: 'BARRIER', publicStatement: 'Es fehlen Räume für Initiativen.', themes: ['Ehrenamt'] }]),
                  agreements: nodesPageOf([
                    {
                      id: 'Agreement:1',
                      title: 'Quartiersnetzwerk Ölberg',
                      text: 'Wir treffen uns vierteljährlich.',
                      agreedAt: '2025-09-20',
                      // One page of signatories out of three: the page says how many more there are.
                      signatories: nodesPageOf([{ id: 'Actor:2', name: 'Bürgerverein Ölberg e.V.' }], 3),
                      recommendations: nodesPageOf([{ id: 'Recommendation:1', title: 'Räume für Initiativen öffnen' }]),
                    },
                  ]),
                }
              : null,
        },
      };
    case 'ProcessTimeline':
      return { data: { processTimeline: timeline(request.variables.ags === '05124000' ? 3 : 1) } };
    case 'MunicipalityPage':
      return { data: wuppertalData() };
    case 'MunicipalityIndicators':
      return { data: wuppertalIndicators() };
    case 'MunicipalityRecommendations':
      return { data: { recommendations: { totalCount: 0, edges: [] } } };
    default:
      return { data: {} };
  }
}

beforeEach(() => resetViewer());

describe('event list', () => {
  it('lists events with kind, date and place, and filters by kind, place and time through the URL', async () => {
    const requests = stubGraphQL(respond);
    renderAt('/veranstaltungen');
    await screen.findByRole('heading', { level: 1, name: 'Veranstaltungen' }, lazyLoad);
    const cards = await screen.findAllByTestId('event-card');
    expect(cards.map((card) => within(card).getByRole('link').textContent)).toEqual(['Kick-off Agenda 2030 in Wuppertal', 'Regionalkonferenz']);
    expect(cards[0]!.textContent).toContain('01.02.2025');
    expect(cards[0]!.textContent).toContain('Wuppertal · Rathaus');
    expect(cards[1]!.textContent).toContain('Ganze Region');
    expect(within(cards[1]!).getByRole('link').getAttribute('href')).toBe('/veranstaltungen/Event%3A2');

    fireEvent.change(screen.getByLabelText('Art'), { target: { value: 'REGIONAL_CONFERENCE' } });
    fireEvent.change(screen.getByLabelText('Stadt oder Kreis'), { target: { value: '05124000' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Vergangene' }));
    fireEvent.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    await screen.findByText('1 Veranstaltung');
    const last = requests.filter((r) => r.operationName === 'PublicEvents').at(-1);
    expect(last?.variables).toMatchObject({ kind: ['REGIONAL_CONFERENCE'], municipality: '05124000', from: null, first: null, last: 100 });
    expect(last?.variables.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('event detail', () => {
  it('shows kind, date, place, organisations with roles (no persons), minutes, findings and agreements', async () => {
    stubGraphQL(respond);
    renderAt('/veranstaltungen/Event%3A3');
    await screen.findByRole('heading', { level: 1, name: 'Vernetzungskonferenz Wuppertal' }, lazyLoad);
    const page = screen.getByTestId('public-event');
    expect(page.textContent).toContain('20.09.2025');
    expect(page.textContent).toContain('Alte Feuerwache');
    const participants = within(screen.getByTestId('event-participants')).getAllByRole('listitem');
    expect(participants.map((li) => li.textContent)).toEqual(['Stadt Wuppertal – Gastgeber', 'Bürgerverein Ölberg e.V. – Fachinput: Repair-Café']);
    expect(within(participants[1]!).getByRole('link').getAttribute('href')).toBe('/netzwerk/akteure/Actor%3A2');
    expect(screen.getByText('Drei Arbeitsgruppen.')).toBeDefined();
    expect(screen.getByTestId('event-findings').textContent).toBe('Hürde: Es fehlen Räume für Initiativen. (Ehrenamt)');
    const agreements = screen.getByTestId('event-agreements');
    expect(agreements.textContent).toContain('Quartiersnetzwerk Ölberg');
    expect(within(agreements).getByRole('link', { name: 'Räume für Initiativen öffnen' }).getAttribute('href')).toBe('/empfehlungen/Recommendation%3A1');
    expect(within(agreements).getAllByTestId('more-count').map((more) => more.textContent)).toEqual(['und 2 weitere']);
  });

  it('says so when the event does not exist or is not public', async () => {
    stubGraphQL(respond);
    renderAt('/veranstaltungen/Event%3A404');
    expect(await screen.findByTestId('event-not-found', undefined, lazyLoad)).toBeDefined();
  });
});

describe('process timeline', () => {
  it('shows all six units on /prozess with the steps reached, and links to the process pages', async () => {
    stubGraphQL(respond);
    renderAt('/prozess');
    await screen.findByRole('heading', { level: 1, name: 'Der Agenda-2030-Prozess' }, lazyLoad);
    await screen.findByRole('heading', { level: 3, name: 'Wuppertal' });
    const timelines = await screen.findAllByTestId('process-timeline');
    expect(timelines).toHaveLength(6);
    const wuppertalSteps = await within(timelines[0]!).findAllByTestId('process-step');
    expect(wuppertalSteps.map((step) => step.getAttribute('data-done'))).toEqual(['true', 'true', 'true', 'false', 'false', 'false']);
    expect(wuppertalSteps[1]!.textContent).toContain('Interviews');
    expect(wuppertalSteps[1]!.textContent).toContain('4× · seit 01.02.2025 · zuletzt 15.04.2025');
    expect(wuppertalSteps[5]!.textContent).toContain('noch offen');
    expect(wuppertalSteps[5]!.textContent).toContain('nächster Termin 12.01.2027');
    const nav = screen.getByRole('navigation', { name: 'Mehr zum Prozess' });
    expect(within(nav).getByRole('link', { name: 'Netzwerk der Akteure' }).getAttribute('href')).toBe('/netzwerk');
    expect(within(nav).getByRole('link', { name: 'Veranstaltungen' }).getAttribute('href')).toBe('/veranstaltungen');
  });

  it('is embedded in the municipality page, and the main navigation leads to /prozess', async () => {
    stubGraphQL(respond);
    renderAt('/kommune/05124000?lang=en');
    const timeline = await screen.findByTestId('process-timeline', undefined, lazyLoad);
    expect(within(timeline).getByRole('heading', { level: 2 }).textContent).toBe('Where the process stands: Wuppertal');
    expect(await within(timeline).findAllByTestId('process-step')).toHaveLength(6);
    expect(within(timeline).getAllByText('reached')).toHaveLength(3);
    const nav = screen.getByRole('navigation', { name: /main navigation|Hauptnavigation/i });
    expect(within(nav).getByRole('link', { name: 'Process' }).getAttribute('href')).toBe('/prozess?lang=en');
  });
});
