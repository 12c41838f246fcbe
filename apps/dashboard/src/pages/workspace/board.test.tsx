import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { staffViewer } from './fixtures';
import { lazyLoad } from '../../test/lazyLoad';

const node = (id: number, title: string, status: string, progress: number, dueDate: string | null, municipality: string | null) => ({
  id: `Recommendation:${id}`,
  title,
  status,
  progress,
  rolledUpProgress: progress,
  dueDate,
  isDemo: false,
  municipality: municipality && { id: `Municipality:${id}`, ags: '05124000', name: municipality },
});

function stubBoard(totalCount = 3) {
  return stubGraphQL((request) => {
    if (request.operationName === 'Shell') return { data: shellData(false) };
    if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
    if (request.operationName === 'WorkspaceRecommendations') {
      return {
        data: {
          recommendations: {
            totalCount,
            edges: [
              node(1, 'Radverkehr ausbauen', 'IN_PROGRESS', 40, '2027-06-30', 'Wuppertal'),
              node(2, 'Bürgerenergie', 'DRAFT', 0, null, null),
              node(3, 'Apfelwiesen pflegen', 'IN_PROGRESS', 70, '2026-12-31', 'Solingen'),
            ].map((item) => ({ node: item })),
          },
        },
      };
    }
    return { data: { municipalities: shellData(false).municipalities, sdgGoals: [] } };
  });
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

beforeEach(() => resetViewer());

describe('recommendation board', () => {
  it('has a column per status with the cards of that status', async () => {
    stubBoard();
    renderAt('/arbeitsbereich/empfehlungen');
    const board = await screen.findByTestId('board', {}, lazyLoad);
    expect(within(board).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Entwurf (1)',
      'Veröffentlicht (0)',
      'Vereinbart (0)',
      'In Umsetzung (2)',
      'Umgesetzt (0)',
      'Zurückgestellt (0)',
      'Abgelehnt (0)',
    ]);
    const inProgress = screen.getByTestId('board-column-IN_PROGRESS');
    expect(within(inProgress).getAllByTestId('recommendation-card').map((card) => within(card).getByRole('link').textContent)).toEqual([
      'Radverkehr ausbauen',
      'Apfelwiesen pflegen',
    ]);
    expect(within(screen.getByTestId('board-column-DRAFT')).getByText('ganze Region')).toBeDefined();
  });

  it('sends the URL filters to the API and says when the page is cut off', async () => {
    const requests = stubBoard(250);
    renderAt('/arbeitsbereich/empfehlungen?status=IN_PROGRESS,DRAFT&suche=Rad&kommune=05124000');
    expect((await screen.findByText(/Es werden 3 von 250/, {}, lazyLoad)).textContent).toContain('grenzen Sie die Auswahl');
    expect(requests.find((r) => r.operationName === 'WorkspaceRecommendations')?.variables).toEqual({
      municipality: '05124000',
      goal: null,
      status: ['IN_PROGRESS', 'DRAFT'],
      search: 'Rad',
      first: 100,
    });
    expect(screen.getByRole('checkbox', { name: 'In Umsetzung' })).toHaveProperty('checked', true);
    expect(screen.getByRole('searchbox', { name: 'Text' })).toHaveProperty('value', 'Rad');
  });

  it('shows a table sorted by the column in the URL, and sorts again by clicking a column', async () => {
    stubBoard();
    renderAt('/arbeitsbereich/empfehlungen?ansicht=tabelle&sortierung=progress&richtung=desc');
    const table = await screen.findByRole('table', { name: 'Handlungsempfehlungen' }, lazyLoad);
    const titles = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(titles()).toEqual(['Apfelwiesen pflegen', 'Radverkehr ausbauen', 'Bürgerenergie']);
    expect(within(table).getByRole('columnheader', { name: /Fortschritt/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(table).getByRole('link', { name: 'Fällig' }));
    const sorted = await screen.findByRole('table', { name: 'Handlungsempfehlungen' });
    expect(within(sorted).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Apfelwiesen pflegen', 'Radverkehr ausbauen', 'Bürgerenergie']);
    expect(within(sorted).getByRole('columnheader', { name: /Fällig/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(sorted).getByRole('link', { name: /Titel/ }));
    const byTitle = await screen.findByRole('table', { name: 'Handlungsempfehlungen' });
    await within(byTitle).findByRole('columnheader', { name: /Titel/ });
    expect(within(byTitle).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Apfelwiesen pflegen', 'Bürgerenergie', 'Radverkehr ausbauen']);
  });
});
