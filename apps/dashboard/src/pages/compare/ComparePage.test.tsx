import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { renderAppAt } from '../decisionTestSupport';

const catalogue = {
  indicators: {
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [{ node: { id: 'Indicator:population', key: 'population', title: 'Bevölkerung', topic: 'STRUCTURE' } }],
  },
};
const emptyCatalogue = { indicators: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } };

const population = { id: 'Indicator:population', key: 'population', title: 'Bevölkerung', unit: 'Personen', decimals: 0 };
const notAssessed = { openSdg: { status: 'NOT_AVAILABLE', statusLabel: 'keine Bewertung möglich' } };

function respond({ operationName, variables }: RecordedRequest) {
  if (operationName === 'Shell') return { data: shellData(false) };
  if (operationName === 'CompareUnits') return { data: { region: { id: 'Region:1', name: 'Bergisches Land' }, municipalities: shellData(false).municipalities } };
  if (operationName === 'IndicatorCatalogue') return { data: variables.topic === 'STRUCTURE' ? catalogue : emptyCatalogue };
  if (operationName === 'Comparison') {
    return {
      data: {
        comparison: [
          { unitKind: 'MUNICIPALITY', ags: '05124000', name: 'Wuppertal', values: [{ value: 354572, year: 2021, isDemo: false, computed: false, indicator: population, progress: notAssessed }] },
          { unitKind: 'MUNICIPALITY', ags: '05122000', name: 'Solingen', values: [{ value: 158957, year: 2021, isDemo: false, computed: false, indicator: population, progress: notAssessed }] },
          { unitKind: 'REGION', ags: null, name: 'Bergisches Land', values: [{ value: null, year: null, isDemo: false, computed: true, indicator: population, progress: null }] },
        ],
      },
    };
  }
  throw new Error(`unexpected operation ${operationName}`);
}

describe('comparison page', () => {
  it('compares the units and indicators named in the URL in one request', async () => {
    const requests = stubGraphQL(respond);
    renderAppAt('/vergleich?ags=05124000,05122000,region&indikatoren=population');

    const table = await screen.findByTestId('compare-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'GebietLetzter Wert (Personen)JahrFortschritt (Open SDG)',
      'Wuppertal354.5722021○ keine Bewertung möglich',
      'Solingen158.9572021○ keine Bewertung möglich',
      'Bergisches Land (berechnet)–––',
    ]);
    expect(requests.filter((r) => r.operationName === 'Comparison').map((r) => r.variables)).toEqual([
      { ags: ['05124000', '05122000'], keys: ['population'], year: null, withRegion: true, lang: 'DE' },
    ]);
    expect(screen.getByRole('link', { name: 'Bevölkerung' }).getAttribute('href')).toBe('/indikator/population');
  });

  it('asks for two units and an indicator, and keeps the choice in the URL', async () => {
    stubGraphQL(respond);
    renderAppAt('/vergleich?lang=en');
    expect(await screen.findByText('Please choose at least two areas.')).toBeDefined();
    expect(screen.getByText('Please add at least one indicator.')).toBeDefined();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Solingen' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Wuppertal' }));
    fireEvent.change(screen.getByTestId('compare-indicator-select'), { target: { value: 'population' } });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/vergleich?lang=en&ags=05124000,05122000&indikatoren=population'),
    );
    expect(await screen.findByTestId('compare-table')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Bevölkerung' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/vergleich?lang=en&ags=05124000,05122000'));
  });
});
