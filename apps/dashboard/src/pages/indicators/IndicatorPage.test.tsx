import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../decisionTestSupport';
import { stubGraphQL } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { emissionsIndicator, populationIndicator } from './fixtures';

/** The saved file's text, byte-order mark included (jsdom's Blob has no text()). */
function fileText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function stubIndicator(indicator: (lang: 'DE' | 'EN') => unknown) {
  return stubGraphQL(({ operationName, variables }) => {
    if (operationName === 'Shell') return { data: shellData(false) };
    if (operationName === 'IndicatorPage') return { data: { indicator: indicator(variables.lang === 'EN' ? 'EN' : 'DE') } };
    throw new Error(`unexpected operation ${operationName}`);
  });
}

describe('indicator page', () => {
  let saved: { blob: Blob; fileName: string }[];
  beforeEach(() => {
    saved = [];
    let lastBlob: Blob | undefined;
    // jsdom has no object URLs and cannot download: record what would be saved.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) saved.push({ blob: lastBlob, fileName: this.download });
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the series of every unit and the computed region as a table, and downloads exactly that as CSV', async () => {
    const requests = stubIndicator(populationIndicator);
    renderAppAt('/indikator/population');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bevölkerung' })).toBeDefined();
    expect(requests.find((r) => r.operationName === 'IndicatorPage')?.variables).toEqual({ key: 'population', lang: 'DE' });
    expect(screen.getByTestId('indicator-chart')).toBeDefined();
    const table = screen.getByTestId('indicator-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'JahrWuppertalSolingenBergisches Land (berechnet)',
      '2014345.425155.316500.741',
      '2015348.190156.771504.961',
    ]);
    expect(screen.getByText(/aus den Werten der Städte und Kreise berechnet/)).toBeDefined();
    expect(screen.getByTestId('indicator-source').textContent).toBe('Regionaldatenbank Deutschland');
    expect(screen.getByText('Keine Zielrichtung (Kontextdaten)')).toBeDefined();
    expect(screen.queryByTestId('inferred-by-hand')).toBeNull();

    fireEvent.click(screen.getByTestId('csv-download'));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toMatch(/^population_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const text = await fileText(saved[0]!.blob);
    expect(text).toBe(
      '\uFEFFJahr;Wuppertal;Solingen;Bergisches Land (berechnet)\r\n2014;345425;155316;500741\r\n2015;348190;156771;504961\r\n',
    );
  });

  it('limits chart, table and CSV to the series chosen, and keeps the choice in the URL', async () => {
    stubIndicator(populationIndicator);
    renderAppAt('/indikator/population?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Population' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Solingen' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/indikator/population?lang=en&reihen=05124000,REGION'));
    const table = screen.getByTestId('indicator-table');
    expect(within(table).getAllByRole('row')[0]?.textContent).toBe('YearWuppertalBergisches Land (computed)');

    fireEvent.click(screen.getByTestId('csv-download'));
    expect(await fileText(saved[0]!.blob)).toBe('\uFEFFYear,Wuppertal,Bergisches Land (computed)\r\n2014,345425,500741\r\n2015,348190,504961\r\n');
  });

  it('leaves the much larger national totals out of summed counts until the reader adds them', async () => {
    stubIndicator((lang) => {
      const indicator = populationIndicator(lang);
      const germany = { ...indicator.series[0]!, unitKind: 'GERMANY' as const, ags: null, name: 'Deutschland', points: [{ year: 2015, value: 81686611, isDemo: false }] };
      return { ...indicator, series: [...indicator.series, germany] };
    });
    renderAppAt('/indikator/population');
    const table = await screen.findByTestId('indicator-table');
    expect(within(table).getAllByRole('row')[0]?.textContent).toBe('JahrWuppertalSolingenBergisches Land (berechnet)');
    expect(screen.getByText(/zunächst ausgeblendet/)).toBeDefined();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Deutschland' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/indikator/population?reihen=05124000,05122000,REGION,GERMANY'));
    expect(within(screen.getByTestId('indicator-table')).getAllByRole('row')[0]?.textContent).toBe(
      'JahrWuppertalSolingenBergisches Land (berechnet)Deutschland',
    );
  });

  it('compares the units in the year from the URL', async () => {
    stubIndicator(populationIndicator);
    renderAppAt('/indikator/population?jahr=2014');
    expect(await screen.findByRole('table', { name: 'Bevölkerung (Personen) im Jahr 2014' })).toBeDefined();
    fireEvent.change(screen.getByTestId('year-select'), { target: { value: '2015' } });
    expect(await screen.findByRole('table', { name: 'Bevölkerung (Personen) im Jahr 2015' })).toBeDefined();
    expect(screen.getByTestId('location').textContent).toBe('/indikator/population?jahr=2015');
  });

  it('shows target, references, the hand-inferred note, linked goals and targets, and progress per unit', async () => {
    stubIndicator(emissionsIndicator);
    renderAppAt('/indikator/co2');
    await screen.findByRole('heading', { level: 1, name: 'CO₂-Emissionen je Einwohner' });

    expect(screen.getByTestId('inferred-by-hand').textContent).toContain('Zielrichtung aus dem Indikatornamen.');
    expect(screen.getByRole('link', { name: 'Ziel 13: Maßnahmen zum Klimaschutz' }).getAttribute('href')).toBe('/ziel/13');
    expect(screen.getByText('Klimaschutzmaßnahmen in die Politik einbeziehen')).toBeDefined();
    expect(screen.getByText(/höchstens 5,0 t bis 2030/)).toBeDefined();
    expect(screen.getByText('Niedrigere Werte sind besser')).toBeDefined();
    expect(screen.getByText(/gestrichelte Vergleichslinien/)).toBeDefined();

    const progress = screen.getByTestId('progress-list');
    const wuppertal = within(progress).getByText('Wuppertal').closest('li') as HTMLElement;
    expect(within(wuppertal).getByTestId('progress-badge').textContent).toContain('deutlicher Fortschritt');
    expect(wuppertal.textContent).toContain('Von 2015 bis 2020 sank der Wert um 2,1 % pro Jahr.');
    expect(wuppertal.textContent).toContain('Fortgeschrieben wird 2030 der Wert 7,5 erreicht.');

    fireEvent.click(screen.getByTestId('csv-download'));
    expect(await fileText(saved[0]!.blob)).toBe(
      '\uFEFFJahr;Wuppertal;Bergisches Land (berechnet);Deutschland\r\n2015;9,4;9,0;11,0\r\n2020;8,5;8,1;9,0\r\n',
    );
  });

  it('says so when there is no indicator with that key', async () => {
    stubIndicator(() => null);
    renderAppAt('/indikator/gibt-es-nicht?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicator not found' })).toBeDefined();
    expect(screen.getByTestId('indicator-not-found').textContent).toContain('gibt-es-nicht');
  });
});
