import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { stubGraphQL } from '../../test/fetchStub';
import { regionOverviewData, shellData } from '../../test/fixtures';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

function stubApi(options: { hasDemoData?: boolean } = {}) {
  return stubGraphQL(({ operationName, variables }) => {
    if (operationName === 'Shell') return { data: shellData(options.hasDemoData ?? false) };
    if (operationName === 'RegionOverview') return { data: regionOverviewData(variables.lang === 'EN' ? 'EN' : 'DE') };
    if (operationName === 'RegionGoalProgress') return { data: { region: { id: 'Region:1', goals: goalProgress(3) } } };
    if (operationName === 'MunicipalityGoalProgress') return { data: { municipality: { id: 'Municipality:x', goals: goalProgress(1) } } };
    throw new Error(`unexpected operation ${operationName}`);
  });
}

const STATUSES = ['TARGET_ACHIEVED', 'SUBSTANTIAL_PROGRESS', 'MODERATE_PROGRESS', 'LIMITED_PROGRESS', 'DETERIORATION', 'NOT_AVAILABLE'] as const;

/** Goals 3 and 11 with indicators; `deteriorating` of goal 3's indicators are getting worse. */
function goalProgress(deteriorating: number) {
  const goal = (number: number, shortTitle: string) => ({ id: `SdgGoal:${number}`, number, code: String(number), shortTitle });
  const counts = (byStatus: Partial<Record<(typeof STATUSES)[number], number>>) => STATUSES.map((status) => ({ status, count: byStatus[status] ?? 0 }));
  return [
    { goal: goal(3, 'Gesundheit und Wohlergehen'), indicatorCount: deteriorating + 2, statusCounts: counts({ SUBSTANTIAL_PROGRESS: 2, DETERIORATION: deteriorating }) },
    { goal: goal(11, 'Nachhaltige Städte und Gemeinden'), indicatorCount: 0, statusCounts: counts({}) },
  ];
}

describe('region overview', () => {
  it('renders the 17 goal tiles in their colours with readable text, and the six municipalities', async () => {
    const requests = stubApi();
    renderAt('/');

    const tiles = await screen.findAllByTestId('goal-tile');
    expect(tiles).toHaveLength(17);
    expect(tiles[0]?.textContent).toContain('1');
    expect(tiles[0]?.textContent).toContain('Keine Armut');
    expect(tiles[0]?.style.backgroundColor).toBe('rgb(229, 36, 59)');
    expect(tiles[0]?.style.color).toBe('rgb(255, 255, 255)');
    // Goal 7's yellow needs dark text.
    expect(tiles[6]?.style.color).toBe('rgb(26, 26, 26)');

    expect(screen.getByRole('heading', { level: 1 })?.textContent).toContain('Bergisches Land');
    const links = screen.getAllByTestId('municipality-link');
    expect(links).toHaveLength(6);
    expect(links[0]?.getAttribute('href')).toBe('/kommune/05124000');
    const wuppertal = links[0]?.closest('li');
    expect(wuppertal).not.toBeNull();
    expect(within(wuppertal as HTMLElement).getByText('354.572 Einwohner')).toBeDefined();
    expect(within(wuppertal as HTMLElement).getByText('kreisfreie Stadt')).toBeDefined();
    expect(links[4]?.closest('li')?.textContent).toBe('Oberbergischer KreisKreis271.621 Einwohner');

    const overview = requests.find((r) => r.operationName === 'RegionOverview');
    expect(overview?.variables).toEqual({ lang: 'DE' });
    expect(overview?.headers.get('Accept-Language')).toBe('de-DE');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.queryByText('Enthält Demo-Daten')).toBeNull();
  });

  it('is English with ?lang=en: texts, number format, links and the <html> lang', async () => {
    const requests = stubApi({ hasDemoData: true });
    renderAt('/?lang=en');

    expect(await screen.findAllByTestId('goal-tile')).toHaveLength(17);
    expect(screen.getByText('No poverty')).toBeDefined();
    expect(screen.getByText('354,572 inhabitants')).toBeDefined();
    expect(screen.getAllByTestId('municipality-link')[0]?.getAttribute('href')).toBe('/kommune/05124000?lang=en');
    expect(screen.getByTestId('lang-switch')?.getAttribute('href')).toBe('/');
    expect(screen.getByTestId('lang-switch')?.textContent).toContain('Deutsch');
    expect(await screen.findByText('Contains demo data')).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeDefined();
    expect(requests.find((r) => r.operationName === 'RegionOverview')?.variables).toEqual({ lang: 'EN' });
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the demo banner when the region has demo data', async () => {
    stubApi({ hasDemoData: true });
    renderAt('/');
    expect(await screen.findByText('Enthält Demo-Daten')).toBeDefined();
  });

  it('summarises progress per goal for the region, and for the unit chosen, which goes into the URL', async () => {
    const requests = stubApi();
    renderAt('/');
    const summary = await screen.findByTestId('progress-summary');
    expect(summary.tagName).toBe('TABLE');
    await waitFor(() => expect(within(summary).getAllByTestId('progress-summary-row')).toHaveLength(2));
    const rows = within(summary).getAllByTestId('progress-summary-row');
    expect(rows[0]?.textContent).toBe('Ziel 3: Gesundheit und Wohlergehen5▲▲ 2 × Deutlicher Fortschritt▼ 3 × Verschlechterung');
    expect(rows[1]?.textContent).toBe('Ziel 11: Nachhaltige Städte und Gemeinden0noch keine Indikatoren');
    expect(within(rows[0] as HTMLElement).getByRole('link').getAttribute('href')).toBe('/ziel/3');
    expect(screen.getAllByTestId('goal-tile')[2]?.querySelector('a')?.getAttribute('href')).toBe('/ziel/3');

    fireEvent.change(screen.getByTestId('unit-select'), { target: { value: '05124000' } });
    expect(await screen.findByRole('table', { name: 'Fortschritt der Indikatoren je Ziel: Wuppertal' })).toBeDefined();
    expect(screen.getAllByTestId('progress-summary-row')[0]?.textContent).toContain('1 × Verschlechterung');
    expect(requests.find((r) => r.operationName === 'MunicipalityGoalProgress')?.variables).toEqual({ ags: '05124000', lang: 'DE' });
  });

  it('reads the unit from the URL', async () => {
    const requests = stubApi();
    renderAt('/?einheit=05122000&lang=en');
    expect(await screen.findByRole('table', { name: 'Progress of the indicators by goal: Solingen' })).toBeDefined();
    expect(screen.getAllByTestId('progress-summary-row')[0]?.textContent).toContain('2 × Substantial progress');
    expect(requests.some((r) => r.operationName === 'RegionGoalProgress')).toBe(false);
  });
});
