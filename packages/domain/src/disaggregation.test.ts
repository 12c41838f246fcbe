import { describe, expect, it } from 'vitest';
import {
  InvalidDisaggregationError,
  ageGroupCodeFromGenesisLabel,
  ageGroupLabels,
  disaggregationKey,
  disaggregationLabel,
  disaggregationSchema,
  parseAgeGroupCode,
  parseDisaggregationKey,
  regionalAgeGroups,
  sexFromGenesisLabel,
} from './disaggregation.js';
import type { Disaggregation } from './disaggregation.js';

describe('disaggregation keys', () => {
  it('sorts dimensions and joins the pairs; the total is ""', () => {
    expect(disaggregationKey({ sex: 'female', age: '18-25' })).toBe('age=18-25;sex=female');
    expect(disaggregationKey({ age: '18-25', sex: 'female' })).toBe('age=18-25;sex=female');
    expect(disaggregationKey({ age: '75+' })).toBe('age=75+');
    expect(disaggregationKey({})).toBe('');
  });

  it('round-trips through the parser', () => {
    const values: Disaggregation[] = [{}, { age: '0-3' }, { age: '65-75', sex: 'male' }, { nationality: 'non_german', sex: 'female' }];
    for (const value of values) {
      expect(parseDisaggregationKey(disaggregationKey(value))).toEqual(value);
    }
    for (const key of ['', 'age=75+', 'age=18-20;sex=female']) {
      expect(disaggregationKey(parseDisaggregationKey(key))).toBe(key);
    }
  });

  it('rejects what would make the key ambiguous', () => {
    expect(() => disaggregationKey({ age: 'a;b' })).toThrow(InvalidDisaggregationError);
    expect(() => disaggregationKey({ age: 'x=y' })).toThrow(InvalidDisaggregationError);
    expect(() => disaggregationKey({ age: '' })).toThrow(InvalidDisaggregationError);
    expect(() => disaggregationKey({ age: '18 - 25' })).toThrow(InvalidDisaggregationError);
    expect(() => disaggregationKey({ Age: '18-25' })).toThrow(InvalidDisaggregationError);
    expect(() => parseDisaggregationKey('age')).toThrow(InvalidDisaggregationError);
    expect(() => parseDisaggregationKey('age=1-2;age=2-3')).toThrow(/twice/);
    expect(() => parseDisaggregationKey(';')).toThrow(InvalidDisaggregationError);
    expect(disaggregationSchema.safeParse({ age: '18-25' }).success).toBe(true);
    expect(disaggregationSchema.safeParse({ age: 'a;b' }).success).toBe(false);
  });
});

describe('age groups', () => {
  it('has the 17 Regionaldatenbank groups from "unter 3 Jahre" to "75 Jahre und mehr"', () => {
    expect(regionalAgeGroups).toHaveLength(17);
    expect(regionalAgeGroups.map((group) => group.code)).toEqual([
      '0-3', '3-6', '6-10', '10-15', '15-18', '18-20', '20-25', '25-30', '30-35',
      '35-40', '40-45', '45-50', '50-55', '55-60', '60-65', '65-75', '75+',
    ]);
    const labels = regionalAgeGroups.map((group) => ageGroupLabels(group));
    expect(labels[0]).toEqual({ de: 'unter 3 Jahre', en: 'under 3 years' });
    expect(labels[1]).toEqual({ de: '3 bis unter 6 Jahre', en: '3 to under 6 years' });
    expect(labels[16]).toEqual({ de: '75 Jahre und mehr', en: '75 years and over' });
  });

  it('maps GENESIS labels to codes and back', () => {
    for (const group of regionalAgeGroups) {
      expect(ageGroupCodeFromGenesisLabel(ageGroupLabels(group).de)).toBe(group.code);
    }
    expect(ageGroupCodeFromGenesisLabel('  65 bis unter 75  Jahre ')).toBe('65-75');
    expect(ageGroupCodeFromGenesisLabel('Insgesamt')).toBeUndefined();
    expect(parseAgeGroupCode('18-25')).toEqual({ code: '18-25', fromYears: 18, toYears: 25 });
    expect(parseAgeGroupCode('25-18')).toBeUndefined();
    expect(parseAgeGroupCode('old')).toBeUndefined();
  });
});

describe('disaggregation labels', () => {
  it('labels keys in German and English', () => {
    expect(disaggregationLabel('', 'de')).toBe('Insgesamt');
    expect(disaggregationLabel('', 'en')).toBe('Total');
    expect(disaggregationLabel('age=18-25', 'de')).toBe('18 bis unter 25 Jahre');
    expect(disaggregationLabel('age=0-3', 'en')).toBe('under 3 years');
    expect(disaggregationLabel('age=65-75;sex=female', 'de')).toBe('65 bis unter 75 Jahre, weiblich');
    expect(disaggregationLabel('sex=male', 'en')).toBe('male');
    expect(disaggregationLabel('nationality=non_german', 'de')).toBe('non_german');
  });

  it('reads sex from GENESIS labels', () => {
    expect(sexFromGenesisLabel('männlich')).toBe('male');
    expect(sexFromGenesisLabel('Weiblich')).toBe('female');
    expect(sexFromGenesisLabel('Insgesamt')).toBeUndefined();
  });
});
