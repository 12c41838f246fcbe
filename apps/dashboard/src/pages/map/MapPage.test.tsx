import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { renderAppAt } from '../decisionTestSupport';
import { SEQUENTIAL_COLORS } from './colorScale';

const UNITS = [
  ['05124000', 'Wuppertal', 30],
  ['05122000', 'Solingen', 10],
  ['05120000', 'Remscheid', 20],
  ['05316000', 'Leverkusen', 40],
  ['05374000', 'Oberbergischer Kreis', 50],
] as const;

function respond({ operationName, variables }: RecordedRequest) {
  if (operationName === 'Shell') return { data: shellData(false) };
  if (operationName === 'IndicatorCatalogue') {
    const edges = variables.topic === 'SDG_MUNICIPAL' ? [{ node: { id: 'Indicator:share', key: 'share', title: 'Anteil', topic: 'SDG_MUNICIPAL' } }] : [];
    return { data: { indicators: { pageInfo: { hasNextPage: false, endCursor: null }, edges } } };
  }
  if (operationName === 'MapIndicator') {
    return {
      data: {
        indicator: {
          id: 'Indicator:share',
          key: 'share',
          title: 'Anteil',
          unit: '%',
          decimals: 1,
          polarity: 'LOWER_IS_BETTER',
          sourceName: 'INKAR',
          series: UNITS.map(([ags, name, value]) => ({
            unitKind: 'MUNICIPALITY',
            ags,
            name,
            computed: false,
            points: [
              { year: 2019, value: value + 1, isDemo: false },
              { year: 2020, value, isDemo: false },
            ],
          })),
        },
      },
    };
  }
  throw new Error(`unexpected operation ${operationName}`);
}

describe('map page', () => {
  it('draws the six units coloured by value, lower is darker when lower is better, with legend and table', async () => {
    const requests = stubGraphQL(respond);
    renderAppAt('/karte?indikator=share');

    const map = await screen.findByTestId('unit-map');
    const units = within(map as unknown as HTMLElement).getAllByTestId('map-unit');
    expect(units).toHaveLength(6);
    const wuppertal = units.find((unit) => unit.getAttribute('aria-label')?.startsWith('Wuppertal'));
    expect(wuppertal?.getAttribute('aria-label')).toBe('Wuppertal: 30,0 % (2020)');
    expect(wuppertal?.getAttribute('href')).toBe('/kommune/05124000');
    const solingen = units.find((unit) => unit.getAttribute('aria-label')?.startsWith('Solingen'));
    expect(solingen?.querySelector('path')?.getAttribute('fill')).toBe(SEQUENTIAL_COLORS[4]);
    const oberberg = units.find((unit) => unit.getAttribute('aria-label')?.startsWith('Oberbergischer'));
    expect(oberberg?.querySelector('path')?.getAttribute('fill')).toBe(SEQUENTIAL_COLORS[0]);
    const rbk = units.find((unit) => unit.getAttribute('aria-label')?.startsWith('Rheinisch-Bergischer'));
    expect(rbk?.getAttribute('aria-label')).toBe('Rheinisch-Bergischer Kreis: kein Wert für 2020');

    expect(screen.getByText('Dunkler = besser (niedrigere Werte sind besser).')).toBeDefined();
    expect(screen.getByText(/GeoBasis-DE \/ BKG/)).toBeDefined();
    const table = screen.getByTestId('map-table');
    expect(within(table).getByText('Wuppertal').closest('tr')?.textContent).toBe('Wuppertal30,0');
    expect(requests.find((r) => r.operationName === 'MapIndicator')?.variables).toEqual({ key: 'share', lang: 'DE' });

    fireEvent.change(screen.getByTestId('map-year-select'), { target: { value: '2019' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/karte?indikator=share&jahr=2019'));
    expect(within(screen.getByTestId('map-table')).getByText('Wuppertal').closest('tr')?.textContent).toBe('Wuppertal31,0');
  });

  it('opens the profile of a unit clicked on the map within the app', async () => {
    stubGraphQL(respond);
    renderAppAt('/karte?indikator=share&lang=en');
    const map = await screen.findByTestId('unit-map');
    const wuppertal = within(map as unknown as HTMLElement)
      .getAllByTestId('map-unit')
      .find((unit) => unit.getAttribute('aria-label')?.startsWith('Wuppertal'));
    fireEvent.click(wuppertal!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/kommune/05124000?lang=en'));
  });

  it('shows population when the URL names no indicator', async () => {
    const requests = stubGraphQL(respond);
    renderAppAt('/karte');
    await screen.findByTestId('unit-map');
    expect(requests.find((r) => r.operationName === 'MapIndicator')?.variables).toEqual({ key: 'population', lang: 'DE' });
  });
});
