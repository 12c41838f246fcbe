import { describe, expect, it } from 'vitest';
import { dataSource, dataSourceIds, dataSources } from './sources.js';

describe('dataSources', () => {
  it('lists every source once, in the order of the ids', () => {
    expect(dataSources.map((source) => source.id)).toEqual([...dataSourceIds]);
  });

  it('gives every source a credit, licence and description in German and English, and https links', () => {
    for (const source of dataSources) {
      for (const text of [source.name, source.credit, source.usedFor, source.licence.title]) {
        expect(text.de, source.id).not.toBe('');
        expect(text.en, source.id).not.toBe('');
      }
      expect(source.url, source.id).toMatch(/^https:\/\//);
      expect(source.licence.url, source.id).toMatch(/^https:\/\//);
    }
  });

  it('credits the data licence Germany where the source requires it', () => {
    const byLicence = dataSources.filter((source) => source.licence.name === 'dl-de/by-2-0').map((source) => source.id);
    expect(byLicence).toEqual(['inkar', 'regionaldatenbank', 'bkg']);
    expect(dataSource('inkar').credit.de).toBe('Datenquelle: INKAR, BBSR Bonn 2024, dl-de/by-2-0');
    expect(dataSource('regionaldatenbank').credit.de).toContain('© Statistische Ämter des Bundes und der Länder');
    expect(dataSource('bkg').credit.de).toContain('© GeoBasis-DE / BKG');
    expect(dataSource('open-sdg').licence.name).toBe('MIT');
  });

  it('throws for an unknown id', () => {
    expect(() => dataSource('nope' as never)).toThrow('Unknown data source "nope"');
  });
});
