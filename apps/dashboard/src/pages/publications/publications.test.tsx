import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../decisionTestSupport';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData, wuppertalData } from '../../test/fixtures';

function publication(overrides: Record<string, unknown> = {}) {
  return {
    id: 'Publication:1',
    slug: 'situationsanalyse-wuppertal',
    kind: 'SITUATION_ANALYSIS',
    title: 'Situations- und Ressourcenanalyse Wuppertal',
    bodyHtml: '<h2>Ausgangslage</h2>\n<p>Wuppertal ist die <strong>größte</strong> Stadt.</p>',
    publishedAt: '2026-06-01T07:00:00.000Z',
    updatedAt: '2026-06-01T07:00:00.000Z',
    status: 'PUBLISHED',
    isDemo: true,
    municipality: { ags: '05124000', name: 'Wuppertal' },
    ...overrides,
  };
}

const imprint = publication({ id: 'Publication:2', slug: 'impressum', kind: 'IMPRINT', title: 'Impressum', bodyHtml: '<h2>Angaben gemäß § 5 DDG</h2>', municipality: null });

/** A local process at its start: kick-off held, and the interviews done too when `interviewed`. */
const timeline = (interviewed: boolean) => [
  { step: 'KICK_OFF_HELD', done: true, lastDate: '2026-02-01' },
  { step: 'INTERVIEWS_DONE', done: interviewed, lastDate: null },
  { step: 'WORKSHOP_HELD', done: false, lastDate: null },
];

function respond({ operationName, variables }: RecordedRequest) {
  switch (operationName) {
    case 'Shell':
      return { data: shellData(false) };
    case 'Publication':
      return { data: { publication: variables.slug === 'situationsanalyse-wuppertal' ? publication() : null } };
    case 'PublicationByKind':
      return { data: { publications: { edges: variables.kind === 'IMPRINT' ? [{ node: imprint }] : [] } } };
    case 'FindingsOverview':
      return { data: { findingsOverview: [{ kind: 'NEED', count: 4, examples: [] }] } };
    case 'MunicipalityPage':
      return { data: wuppertalData() };
    case 'MunicipalityRecommendations':
      return {
        data: {
          recommendations: {
            totalCount: 1,
            edges: [
              {
                node: {
                  id: 'Rec:1',
                  title: 'Raum für das Repair-Café sichern',
                  status: 'AGREED',
                  progress: 0,
                  rolledUpProgress: 0,
                  dueDate: null,
                  isDemo: true,
                  municipality: { id: 'M1', ags: '05124000', name: 'Wuppertal' },
                },
              },
            ],
          },
        },
      };
    case 'Publications':
      return {
        data: {
          publications: {
            edges: [
              { node: publication() },
              { node: { ...imprint } },
              { node: publication({ id: 'Publication:3', slug: 'situationsanalyse-solingen', title: 'Analyse Solingen', status: 'DRAFT', publishedAt: null, municipality: { ags: '05122000', name: 'Solingen' } }) },
            ],
          },
        },
      };
    case 'RegionalConference':
      return {
        data: {
          conference: { edges: [] },
          analyses: { edges: [{ node: { id: 'Publication:1', slug: 'situationsanalyse-wuppertal', status: 'PUBLISHED', municipality: { ags: '05124000' } } }] },
          events: { edges: [{ node: { id: 'E1', date: '2026-11-20', title: 'Regionalkonferenz Bergisches Land', place: 'Solingen', description: null } }] },
          municipalities: [
            { id: 'M1', ags: '05124000', name: 'Wuppertal', processTimeline: timeline(true) },
            { id: 'M2', ags: '05122000', name: 'Solingen', processTimeline: timeline(false) },
          ],
        },
      };
    default:
      return { data: null, errors: [{ message: `unexpected ${operationName}` }] };
  }
}

describe('publication pages', () => {
  it('renders the server-rendered body and embeds findings, structural data and recommendations of the municipality', async () => {
    stubGraphQL(respond);
    renderAppAt('/veroeffentlichungen/situationsanalyse-wuppertal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Situations- und Ressourcenanalyse Wuppertal' })).toBeDefined();
    const body = screen.getByTestId('publication-body');
    expect(body.innerHTML).toBe('<h2>Ausgangslage</h2>\n<p>Wuppertal ist die <strong>größte</strong> Stadt.</p>');
    expect(screen.getByText('Situations- und Ressourcenanalyse · Wuppertal · veröffentlicht am 01.06.2026')).toBeDefined();

    const findings = screen.getByTestId('publication-findings');
    await waitFor(() => expect(within(findings).getByTestId('findings-kind-NEED').textContent).toContain('4 Erkenntnisse'));
    const structure = screen.getByTestId('publication-structure');
    expect(await within(structure).findByRole('table', { name: 'Bevölkerung von Wuppertal, 1995 bis 2015' })).toBeDefined();
    expect(within(structure).getByRole('link', { name: 'Alle Daten zu Wuppertal' }).getAttribute('href')).toBe('/kommune/05124000');
    const card = await screen.findByTestId('recommendation-card');
    expect(within(card).getByRole('link', { name: 'Raum für das Repair-Café sichern' })).toBeDefined();
  });

  it('says clearly when there is no publication with that address', async () => {
    stubGraphQL(respond);
    renderAppAt('/veroeffentlichungen/gibt-es-nicht?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Publication not found' })).toBeDefined();
  });

  it('lists publications without the legal pages and marks drafts', async () => {
    stubGraphQL(respond);
    renderAppAt('/veroeffentlichungen');
    const cards = await screen.findAllByTestId('publication-card');
    expect(cards.map((c) => c.textContent)).toEqual([
      'Situations- und Ressourcenanalyse WuppertalSituations- und Ressourcenanalyse · Wuppertal · veröffentlicht am 01.06.2026',
      'Analyse SolingenSituations- und Ressourcenanalyse · Solingen · Entwurf',
    ]);
    expect(within(cards[0]!).getByRole('link').getAttribute('href')).toBe('/veroeffentlichungen/situationsanalyse-wuppertal');
  });

  it('reaches the imprint from the footer and says when the privacy page is not published', async () => {
    const requests = stubGraphQL(respond);
    renderAppAt('/');
    const footer = screen.getByRole('navigation', { name: 'Rechtliches' });
    fireEvent.click(within(footer).getByRole('link', { name: 'Impressum' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeDefined();
    expect(screen.getByTestId('publication-body').innerHTML).toBe('<h2>Angaben gemäß § 5 DDG</h2>');
    expect(requests.find((r) => r.operationName === 'PublicationByKind')?.variables).toEqual({ kind: 'IMPRINT' });

    fireEvent.click(within(footer).getByRole('link', { name: 'Datenschutz' }));
    expect(await screen.findByTestId('publication-not-found')).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Datenschutz' })).toBeDefined();
  });

  it('shows the regional conference dates and where each local process stands', async () => {
    stubGraphQL(respond);
    renderAppAt('/regionalkonferenz');
    expect(await screen.findByRole('heading', { level: 1, name: 'Regionalkonferenz' })).toBeDefined();
    expect(screen.getByTestId('conference-events').textContent).toContain('Regionalkonferenz Bergisches Land – 20.11.2026, Solingen');
    expect(screen.getByText('Der Text zur Regionalkonferenz ist noch nicht veröffentlicht.')).toBeDefined();
    const processes = within(screen.getByTestId('local-processes')).getAllByRole('listitem').filter((li) => li.classList.contains('public-card'));
    await waitFor(() => expect(processes[0]!.textContent).toContain('2 von 6 Schritten'));
    await waitFor(() => expect(processes[1]!.textContent).toContain('1 von 6 Schritten'));
    expect(within(processes[0]!).getByRole('link', { name: 'Situationsanalyse' }).getAttribute('href')).toBe('/veroeffentlichungen/situationsanalyse-wuppertal');
    expect(within(processes[1]!).queryByRole('link', { name: 'Situationsanalyse' })).toBeNull();
    expect(within(processes[1]!).getByRole('link', { name: 'Erkenntnisse' }).getAttribute('href')).toBe('/befunde?kommune=05122000');
  });
});
