import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { stubGraphQL } from '../../test/fetchStub';
import { shellData, wuppertalData } from '../../test/fixtures';
import { wuppertalIndicators } from './fixtures';

// The recommendations section (pages/recommendations) has its own tests; here it is only empty.
const noRecommendations = { recommendations: { totalCount: 0, edges: [] } };
// The process timeline (pages/process/events) has its own tests; here it is only empty.
const noTimeline = { processTimeline: [] };

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

describe('municipality page', () => {
  it('shows key figures and both charts with their data tables', async () => {
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'MunicipalityIndicators') return { data: wuppertalIndicators() };
      if (operationName === 'MunicipalityRecommendations') return { data: noRecommendations };
      if (operationName === 'ProcessTimeline') return { data: noTimeline };
      return { data: wuppertalData() };
    });
    renderAt('/kommune/05124000');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wuppertal' })).toBeDefined();
    const figures = screen.getByRole('heading', { name: 'Kennzahlen' }).closest('section') as HTMLElement;
    expect(within(figures).getByText('354.572')).toBeDefined();
    expect(within(figures).getByText('Stand 31.12.2021')).toBeDefined();
    expect(within(figures).getByText('168,39 km²')).toBeDefined();
    expect(within(figures).getByText('2.106 Einwohner je km²')).toBeDefined();
    expect(within(figures).getByText('kreisfreie Stadt')).toBeDefined();
    expect(within(figures).getByText('DEA1A')).toBeDefined();

    expect(screen.getByTestId('population-chart')).toBeDefined();
    const populationTable = screen.getByRole('table', { name: 'Bevölkerung von Wuppertal, 1995 bis 2015' });
    const populationRows = within(populationTable).getAllByRole('row').map((row) => row.textContent);
    expect(populationRows).toEqual(['JahrEinwohner', '1995382.360', '2015348.190']);

    const ageTable = screen.getByRole('table', { name: 'Bevölkerung von Wuppertal nach Altersgruppen, 2015' });
    const ageRows = within(ageTable).getAllByRole('row').map((row) => row.textContent);
    expect(ageRows).toEqual(['AltersgruppeEinwohner', 'unter 3 Jahre9.000', '3 bis unter 6 Jahre9.500', '10 bis unter 15 Jahre30.000']);
    // Population, age groups and (from the indicator query) commuters.
    await waitFor(() => expect(screen.getAllByText('Daten als Tabelle')).toHaveLength(3));

    expect(requests.find((r) => r.operationName === 'MunicipalityPage')?.variables).toEqual({ ags: '05124000', lang: 'DE' });
  });

  it('says clearly when there is no municipality with that AGS', async () => {
    stubGraphQL(({ operationName }) =>
      operationName === 'Shell'
        ? { data: shellData(false) }
        : operationName === 'MunicipalityIndicators'
          ? { data: { municipality: null } }
          : operationName === 'MunicipalityRecommendations'
          ? { data: noRecommendations }
          : { data: { municipality: null, populationIndicator: null, ageIndicator: null } },
    );
    renderAt('/kommune/99999999?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Municipality not found' })).toBeDefined();
    expect(screen.getByTestId('municipality-not-found').textContent).toContain('99999999');
  });

  it('shows the error message and refetches on retry', async () => {
    let failing = true;
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'MunicipalityIndicators') return { data: wuppertalIndicators() };
      if (operationName === 'MunicipalityRecommendations') return { data: noRecommendations };
      if (operationName === 'ProcessTimeline') return { data: noTimeline };
      return failing ? { data: null, errors: [{ message: 'Datenbank nicht erreichbar' }] } : { data: wuppertalData() };
    });
    renderAt('/kommune/05124000');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Datenbank nicht erreichbar');
    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wuppertal' })).toBeDefined();
    expect(requests.filter((r) => r.operationName === 'MunicipalityPage')).toHaveLength(2);
  });
});

describe('municipality profile: indicators, commuters, print', () => {
  it('shows indicator cards under each of their goals, linked to the indicator page, and the commuters', async () => {
    stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(false) };
      if (operationName === 'MunicipalityIndicators') return { data: wuppertalIndicators() };
      if (operationName === 'MunicipalityRecommendations') return { data: noRecommendations };
      if (operationName === 'ProcessTimeline') return { data: noTimeline };
      return { data: wuppertalData() };
    });
    renderAt('/kommune/05124000');

    const sections = await screen.findAllByTestId('goal-section');
    expect(sections.map((section) => within(section).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '3 Gesundheit und Wohlergehen',
      '13 Maßnahmen zum Klimaschutz',
      'Weitere Strukturdaten',
    ]);
    const card = within(sections[1]!).getByTestId('indicator-card');
    expect(within(card).getByRole('link', { name: 'CO₂-Emissionen je Einwohner' }).getAttribute('href')).toBe('/indikator/co2');
    expect(card.textContent).toContain('8,5 t (2020)');
    expect(card.textContent).toContain('fallend, Verbesserung (2015–2020)');
    expect(within(card).getByTestId('progress-badge').textContent).toContain('deutlicher Fortschritt');
    expect(within(card).getByRole('img', { name: 'Verlauf 2018 bis 2020' })).toBeDefined();
    // A single value draws no sparkline.
    expect(within(sections[2]!).queryByTestId('sparkline')).toBeNull();

    const commuters = screen.getByRole('table', { name: 'Ein- und Auspendler über die Grenze von Wuppertal, 30.06.2015' });
    expect(within(commuters).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ArtPersonen',
      'Einpendler60.000',
      'Auspendler70.500',
      'Pendlersaldo-10.500',
    ]);
    expect(screen.getByText('INKAR, BBSR Bonn')).toBeDefined();
    expect(screen.getByTestId('indicator-link').getAttribute('href')).toBe('/indikator/population');
    expect(screen.getByRole('button', { name: 'Drucken (A4)' })).toBeDefined();
  });
});

describe('unknown routes', () => {
  it('render the not-found page inside the layout', async () => {
    stubGraphQL(() => ({ data: shellData(false) }));
    renderAt('/gibt-es-nicht');
    expect(screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeDefined();
    expect(screen.getByTestId('page-not-found').textContent).toContain('/gibt-es-nicht');
    expect(await screen.findByRole('navigation', { name: 'Hauptnavigation' })).toBeDefined();
  });
});
