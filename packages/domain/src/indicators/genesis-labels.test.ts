import { describe, expect, it } from 'vitest';
import { disaggregationFromGenesisLabels, labelsBelowGenesisColumn } from './genesis-labels.js';

describe('disaggregationFromGenesisLabels', () => {
  it('reads totals, sexes and age groups', () => {
    expect(disaggregationFromGenesisLabels([])).toEqual({});
    expect(disaggregationFromGenesisLabels(['Insgesamt', ''])).toEqual({});
    expect(disaggregationFromGenesisLabels(['männlich'])).toEqual({ sex: 'male' });
    expect(disaggregationFromGenesisLabels(['Frauen'])).toEqual({ sex: 'female' });
    expect(disaggregationFromGenesisLabels(['15 bis unter 25 Jahre'])).toEqual({ age: '15-25' });
    expect(disaggregationFromGenesisLabels(['weiblich', '75 Jahre und mehr'])).toEqual({ sex: 'female', age: '75+' });
  });

  it('gives undefined for groups the catalogue has no dimension for, and for a dimension named twice', () => {
    expect(disaggregationFromGenesisLabels(['Ausländer'])).toBeUndefined();
    expect(disaggregationFromGenesisLabels(['langzeitarbeitslos'])).toBeUndefined();
    expect(disaggregationFromGenesisLabels(['männlich', 'Frauen'])).toBeUndefined();
  });
});

describe('labelsBelowGenesisColumn', () => {
  it('splits the labels below a column and ignores other columns', () => {
    expect(labelsBelowGenesisColumn('Arbeitslose', 'Arbeitslose')).toEqual([]);
    expect(labelsBelowGenesisColumn('Arbeitslose | 15 bis unter 25 Jahre', 'Arbeitslose')).toEqual(['15 bis unter 25 Jahre']);
    expect(labelsBelowGenesisColumn('Arbeitslosenquote bez. auf alle zivile Erwerbsp.', 'Arbeitslose')).toBeUndefined();
    expect(labelsBelowGenesisColumn('Bruttoinlandsprodukt je Einwohner', 'Bruttoinlandsprodukt')).toBeUndefined();
  });
});
