import { render, screen, within } from '@testing-library/react';
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
    throw new Error(`unexpected operation ${operationName}`);
  });
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
});
