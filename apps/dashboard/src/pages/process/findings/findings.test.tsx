import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../decisionTestSupport';
import { stubGraphQL } from '../../../test/fetchStub';
import { nodesPageOf } from '../../../test/connection';
import { shellData } from '../../../test/fixtures';

const filterOptions = {
  municipalities: [
    { id: 'M1', ags: '05124000', name: 'Wuppertal' },
    { id: 'M2', ags: '05122000', name: 'Solingen' },
  ],
  sdgGoals: [
    { id: 'G11', number: 11, shortTitle: 'Nachhaltige Städte' },
    { id: 'G12', number: 12, shortTitle: 'Nachhaltiger Konsum' },
  ],
};

function overview(examples: boolean) {
  return {
    findingsOverview: [
      {
        kind: 'WORKS_WELL',
        count: 2,
        examples: examples
          ? [
              {
                id: 'F1',
                publicStatement: 'Das Repair-Café im Quartier ist gut besucht.',
                themes: ['Nachbarschaft'],
                municipality: { ags: '05124000', name: 'Wuppertal' },
                sdgTargets: [{ id: 'T1', code: '12.5' }],
              },
            ]
          : [],
      },
      { kind: 'NEED', count: 1, examples: [] },
      { kind: 'IDEA', count: 0, examples: [] },
      { kind: 'BARRIER', count: 0, examples: [] },
    ],
  };
}

const circle = {
  __typename: 'InitiativeCircle',
  id: 'Q2lyY2xlOjE=',
  name: 'Initiativkreis Ölberg',
  description: 'Setzt die Vereinbarung um.',
  foundedAt: '2026-06-13',
  memberCount: 3,
  municipality: { ags: '05124000', name: 'Wuppertal' },
  members: nodesPageOf([
    { joinedAt: '2026-06-13', actor: { id: 'A1', name: 'Bürgerverein Ölberg' } },
    { joinedAt: '2026-06-13', actor: { id: 'A1', name: 'Bürgerverein Ölberg' } },
    { joinedAt: '2026-06-13', actor: null },
  ]),
  agreements: nodesPageOf([
    {
      id: 'Agreement:1',
      title: 'Vereinbarung Ölberg',
      text: 'Ein Raum wird gefunden.',
      agreedAt: '2026-06-13',
      signatories: nodesPageOf([{ id: 'A1', name: 'Bürgerverein Ölberg' }]),
      recommendations: nodesPageOf([{ id: 'Rec:1', title: 'Raum für das Repair-Café sichern' }]),
    },
  ]),
  reports: nodesPageOf([
    { id: 'R1', meetingNumber: 1, meetingDate: '2026-07-09', progress: 'Räume besichtigt.', hurdles: 'Mieten zu hoch.', solutions: null, missing: null, agreements: nodesPageOf([{ id: 'Agreement:1', title: 'Vereinbarung Ölberg' }]) },
    { id: 'R2', meetingNumber: 2, meetingDate: '2026-09-10', progress: 'Ladenlokal gefunden.', hurdles: null, solutions: 'Architektin berät.', missing: 'Geld für den Umbau.', agreements: nodesPageOf([{ id: 'Agreement:1', title: 'Vereinbarung Ölberg' }]) },
  ]),
};

/** The second request of the circle page: the findings behind the recommendations its agreements serve. */
const recommendationFindings = {
  nodes: [
    {
      __typename: 'Recommendation',
      id: 'Rec:1',
      findings: nodesPageOf([
        { id: 'F1', kind: 'NEED', publicStatement: 'Initiativen brauchen verlässliche Räume.', municipality: { ags: '05124000' }, event: { id: 'Event:7', title: 'Workshop Wuppertal' } },
        { id: 'F2', kind: 'IDEA', publicStatement: 'Ein Raum im Rathaus.', municipality: { ags: '05124000' }, event: null },
      ]),
    },
  ],
};

describe('findings overview (/befunde)', () => {
  it('shows the counts per kind with anonymised examples and filters by municipality and goal through the URL', async () => {
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'FindingsFilterOptions') return { data: filterOptions };
      return { data: overview(true) };
    });
    renderAppAt('/befunde');

    expect(await screen.findByRole('heading', { level: 1, name: 'Erkenntnisse aus dem Prozess' })).toBeDefined();
    const works = await screen.findByTestId('findings-kind-WORKS_WELL');
    expect(within(works).getByRole('heading', { level: 3 }).textContent).toBe('Was gut funktioniert2 Erkenntnisse');
    expect(works.textContent).toContain('Das Repair-Café im Quartier ist gut besucht.');
    expect(works.textContent).toContain('Wuppertal · SDG 12.5 · Nachbarschaft');
    expect(screen.getByTestId('findings-kind-NEED').textContent).toContain('1 Erkenntnis');
    expect(screen.getByTestId('findings-kind-BARRIER').textContent).toContain('Keine veröffentlichten Erkenntnisse dieser Art.');
    expect(screen.getByText('Insgesamt 3 veröffentlichte Erkenntnisse.')).toBeDefined();
    expect(requests.find((r) => r.operationName === 'FindingsOverview')?.variables).toEqual({ ags: null, goal: null });

    await screen.findByRole('option', { name: 'Solingen' });
    fireEvent.change(screen.getByLabelText('Kommune'), { target: { value: '05122000' } });
    fireEvent.change(screen.getByLabelText('Nachhaltigkeitsziel'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anzeigen' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/befunde?kommune=05122000&ziel=12'));
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'FindingsOverview').at(-1)?.variables).toEqual({ ags: '05122000', goal: 12 }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Erkenntnisse: Solingen, Ziel 12' })).toBeDefined();
  });

  it('says so when the selection has no published findings, and ignores a goal outside 1–17', async () => {
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'FindingsFilterOptions') return { data: filterOptions };
      return { data: { findingsOverview: [] } };
    });
    renderAppAt('/befunde?ziel=99&lang=en');
    expect(await screen.findByTestId('findings-empty')).toBeDefined();
    expect(screen.getByTestId('findings-empty').textContent).toBe('There are no published findings for this selection yet.');
    expect(requests.find((r) => r.operationName === 'FindingsOverview')?.variables).toEqual({ ags: null, goal: null });
  });
});

describe('initiative circles', () => {
  it('lists the circles with their agreements and reports', async () => {
    stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      return {
        data: {
          initiativeCircles: {
            edges: [
              {
                node: {
                  ...circle,
                  members: undefined,
                  agreements: nodesPageOf([{ id: 'Agreement:1', title: 'Vereinbarung Ölberg' }]),
                  // reports(last: 1): the latest meeting, and how many there are.
                  reports: nodesPageOf([{ id: 'R2', meetingNumber: 2, meetingDate: '2026-09-10' }], 2),
                },
              },
            ],
          },
        },
      };
    });
    renderAppAt('/initiativkreise');
    const card = await screen.findByTestId('circle-card');
    expect(within(card).getByRole('link', { name: 'Initiativkreis Ölberg' }).getAttribute('href')).toBe('/initiativkreise/Q2lyY2xlOjE%3D');
    expect(card.textContent).toContain('Wuppertal · gegründet am 13.06.2026 · 3 Mitglieder');
    expect(card.textContent).toContain('Vereinbarung Ölberg');
    expect(card.textContent).toContain('2 Sitzungsberichte · letzte Sitzung am 10.09.2026');
  });

  it('shows reports newest first, linked to the agreement, its recommendations and their findings; organisations only', async () => {
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'RecommendationFindings') return { data: recommendationFindings };
      return { data: { node: circle } };
    });
    renderAppAt('/initiativkreise/Q2lyY2xlOjE%3D');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiativkreis Ölberg' })).toBeDefined();
    expect(requests.find((r) => r.operationName === 'InitiativeCircle')?.variables).toEqual({ id: 'Q2lyY2xlOjE=' });
    await waitFor(() => expect(requests.find((r) => r.operationName === 'RecommendationFindings')?.variables).toEqual({ ids: ['Rec:1'] }));

    const reports = screen.getAllByTestId('circle-report');
    expect(reports.map((r) => within(r).getByRole('heading', { level: 3 }).textContent)).toEqual(['2. Sitzung am 10.09.2026', '1. Sitzung am 09.07.2026']);
    expect(reports[0]!.textContent).toContain('Was noch fehltGeld für den Umbau.');
    expect(reports[1]!.textContent).toContain('HürdenMieten zu hoch.');
    expect(reports[1]!.textContent).not.toContain('Lösungen');

    const agreementLink = within(reports[0]!).getByTestId('report-agreement-link');
    const agreement = screen.getByTestId('circle-agreement');
    expect(agreementLink.getAttribute('href')).toBe(`#${agreement.id}`);
    expect(within(agreement).getByTestId('agreement-recommendation-link').getAttribute('href')).toBe('/empfehlungen/Rec%3A1');
    const findingLinks = await within(agreement).findAllByTestId('recommendation-finding-link');
    expect(agreement.textContent).toContain('Initiativen brauchen verlässliche Räume.');
    expect(findingLinks.map((link) => link.getAttribute('href'))).toEqual(['/veranstaltungen/Event%3A7', '/befunde?kommune=05124000']);
    expect(agreement.textContent).toContain('Was gebraucht wird · aus: Workshop Wuppertal');

    expect(within(screen.getByTestId('circle-organisations')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bürgerverein Ölberg']);
    expect(screen.getByText('3 Mitglieder; öffentlich genannt werden nur Organisationen (1).')).toBeDefined();
  });

  it('says clearly when the circle does not exist', async () => {
    stubGraphQL(({ operationName }) => (operationName === 'Shell' ? { data: shellData(false) } : { data: { node: null } }));
    renderAppAt('/initiativkreise/unknown?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Initiative circle not found' })).toBeDefined();
  });
});
