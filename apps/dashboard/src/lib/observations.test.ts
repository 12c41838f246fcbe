import { describe, expect, it } from 'vitest';
import { ageLowerBound, categoriesOfYear, latestCategoryYear, totalsByYear } from './observations';

describe('totalsByYear', () => {
  it('keeps the totals in year order', () => {
    const rows = [
      { year: 2000, value: 2, category: null },
      { year: 1995, value: 1, category: null },
      { year: 1995, value: 9, category: 'age=0-3' },
    ];
    expect(totalsByYear(rows).map((r) => r.year)).toEqual([1995, 2000]);
  });
});

describe('age groups', () => {
  it('reads the lower bound of an age band', () => {
    expect(ageLowerBound('age=18-25')).toBe(18);
    expect(ageLowerBound('age=75+')).toBe(75);
    expect(ageLowerBound('age=0-3')).toBe(0);
    expect(ageLowerBound('sex=f')).toBeUndefined();
  });

  it('takes the latest year with categories and orders bands numerically', () => {
    const rows = [
      { year: 2015, value: 100, category: null, categoryLabel: null },
      { year: 2014, value: 5, category: 'age=0-3', categoryLabel: 'unter 3' },
      { year: 2015, value: 30, category: 'age=10-15', categoryLabel: '10 bis unter 15 Jahre' },
      { year: 2015, value: 9, category: 'age=0-3', categoryLabel: 'unter 3 Jahre' },
      { year: 2015, value: 8, category: 'age=75+', categoryLabel: null },
      { year: 2015, value: 10, category: 'age=3-6', categoryLabel: '3 bis unter 6 Jahre' },
    ];
    const year = latestCategoryYear(rows);
    expect(year).toBe(2015);
    expect(categoriesOfYear(rows, 2015).map((r) => [r.label, r.value])).toEqual([
      ['unter 3 Jahre', 9],
      ['3 bis unter 6 Jahre', 10],
      ['10 bis unter 15 Jahre', 30],
      ['age=75+', 8],
    ]);
    expect(latestCategoryYear([{ year: 2015, value: 1, category: null }])).toBeUndefined();
  });
});
