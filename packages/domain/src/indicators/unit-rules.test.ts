import { describe, expect, it } from 'vitest';
import { aggregationForUnit, decimalsForUnit } from './unit-rules.js';

describe('aggregationForUnit', () => {
  it.each(['Personen', 'Anzahl', 'km²', '1.000 €', ' Personen '])('sums counts and amounts: %s', (unit) => {
    expect(aggregationForUnit(unit)).toBe('SUM');
  });

  it.each([
    '€ je Einwohner',
    'je 1.000 Einwohner',
    'Pkw je 1.000 Einwohner',
    'je 100.000 Einwohner',
    'Personal je 10.000 Einwohner',
    'm² Siedlungs- und Verkehrsfläche je Einwohner',
    'l je Einwohner und Tag',
    '% der Bevölkerung',
    '1.000 € je Einwohner (INKAR-Werte; Definition sagt € je Einwohner)',
    'm (einwohnergewichtete Luftliniendistanz)',
  ])('takes the population-weighted mean of values per inhabitant: %s', (unit) => {
    expect(aggregationForUnit(unit)).toBe('POPULATION_WEIGHTED_MEAN');
  });

  it.each([
    '% der Einwohner ab 65 Jahren',
    'je 100 Einwohner unter 15 Jahren',
    'Todesfälle je 1.000 Frauen unter 70',
    '% der Kinder unter 3 Jahren',
    'Einbürgerungen je 100 ausländische Einwohner',
    'Einwohner je km²',
    '% der Gesamtfläche',
    '% der Schulabgänger',
    '€ je m² (Angebotsmiete)',
    'Index 2005 = 100',
    '%',
    'Jahre',
    '',
  ])('does not aggregate group rates, other bases, prices and indices: %s', (unit) => {
    expect(aggregationForUnit(unit)).toBe('NOT_AGGREGABLE');
  });
});

describe('decimalsForUnit', () => {
  it.each([
    ['Personen', 0],
    ['€ je Einwohner', 0],
    ['m (einwohnergewichtete Luftliniendistanz)', 0],
    ['m² je Einwohner', 0],
    ['kg je Einwohner', 0],
    ['1.000 €', 0],
    ['1.000 € je Einwohner', 2],
    ['km²', 2],
    ['% der Schulabgänger', 1],
    ['je 1.000 Einwohner', 1],
    ['Jahre', 1],
  ] as const)('%s → %i', (unit, decimals) => {
    expect(decimalsForUnit(unit)).toBe(decimals);
  });
});
