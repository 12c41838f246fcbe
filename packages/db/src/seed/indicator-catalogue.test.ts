// The catalogue definitions and source mappings, without a database.
import { describe, expect, it } from 'vitest';
import { dnsTargets } from './indicators-dns.js';
import { sdgKommunenDefinitions, sdgKommunenTitlesEn } from './indicators-sdg-kommunen.js';
import { structureDefinitions } from './indicators-structure.js';
import { yearOfInkarPeriod } from './observations-inkar.js';
import { indicatorOfSeries } from './observations-regionalstatistik.js';

describe('indicator catalogue definitions', () => {
  it('gives every municipal SDG indicator an English title, and no title to an unknown id', () => {
    const keys = sdgKommunenDefinitions.map((definition) => definition.indicator.key);
    expect(keys).toHaveLength(41);
    expect(Object.keys(sdgKommunenTitlesEn).sort()).toEqual([...keys].sort());
  });

  it('keys structural indicators uniquely and never reuses a municipal SDG key', () => {
    const structureKeys = structureDefinitions.map((definition) => definition.indicator.key);
    expect(new Set(structureKeys).size).toBe(structureKeys.length);
    expect(structureKeys.filter((key) => sdgKommunenTitlesEn[key])).toEqual([]);
  });

  it('turns 53 numeric DNS targets into comparators and years', () => {
    expect(dnsTargets).toHaveLength(53);
    expect(dnsTargets.find((target) => target.indicatorKey === 'dns_11.1.a')).toMatchObject({
      value: 30,
      year: 2030,
      comparator: 'AT_MOST',
    });
    expect(dnsTargets.find((target) => target.indicatorKey === 'dns_11.3.b')).toMatchObject({
      value: 100,
      year: 2030,
      comparator: 'AT_LEAST',
    });
  });
});

describe('source mappings', () => {
  it('reads an INKAR period as its last year', () => {
    expect(yearOfInkarPeriod('2019')).toBe(2019);
    expect(yearOfInkarPeriod('2016/2017/2018')).toBe(2018);
    expect(yearOfInkarPeriod('2019/20')).toBeUndefined();
  });

  it('maps a Regionaldatenbank series to its indicator and breakdown', () => {
    expect(indicatorOfSeries('12411-07-01-4', 'Durchschnittsalter der Bevölkerung | weiblich', '')).toEqual({
      indicatorKey: 'average_age',
      disaggregation: { sex: 'female' },
    });
    expect(indicatorOfSeries('13111-09-01-4', 'Pendlersaldo (über die Kreisgrenze)', 'Insgesamt')).toEqual({
      indicatorKey: 'commuter_balance',
      disaggregation: {},
    });
    expect(indicatorOfSeries('13211-02-05-4', 'Arbeitslose | 55 bis unter 65 Jahre', '')).toEqual({
      indicatorKey: 'unemployed',
      disaggregation: { age: '55-65' },
    });
    expect(indicatorOfSeries('82111-01-05-4', 'Bruttoinlandsprodukt je Einwohner', '')?.indicatorKey).toBe('gdp_per_inhabitant');
    expect(indicatorOfSeries('13211-02-05-4', 'Arbeitslose | Ausländer', '')).toBeUndefined();
    expect(indicatorOfSeries('13211-02-05-4', 'Arbeitslosenquote bez. abh. zivile Erwerbspers.', '')).toBeUndefined();
    expect(indicatorOfSeries('99999-99-99-9', 'Gebietsfläche', '')).toBeUndefined();
  });
});
