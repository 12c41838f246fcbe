import { describe, expect, it } from 'vitest';
import { assignProfileRoles, buildProfile } from './profile-data.js';

describe('assignProfileRoles', () => {
  it('matches by key first, else by GENESIS table and column', () => {
    const roles = assignProfileRoles([
      { id: 'p', key: 'population', genesisTable: '12411-05-01-4', genesisColumn: 'Insgesamt' },
      { id: 'in', key: 'einpendler', genesisTable: '13111-09-01-4', genesisColumn: 'Einpendler(innen) über Kreisgrenzen (Arbeitsort)' },
      { id: 'out-table', key: 'x', genesisTable: '13111-09-01-4', genesisColumn: 'Auspendler(innen) über die Kreisgrenzen (Wohnort)' },
      { id: 'out-key', key: 'commuters_out', genesisTable: null, genesisColumn: null },
    ]);
    expect(roles).toEqual({ population: 'p', commutersIn: 'in', commutersOut: 'out-key' });
  });
});

describe('buildProfile', () => {
  const roles = { population: 'pop', area: 'area', commutersIn: 'in', commutersOut: 'out' };

  it('takes the more recent of the population series and the official population', () => {
    const observations = [
      { indicatorId: 'pop', year: 2015, value: 350_000, disaggregationKey: '' },
      { indicatorId: 'pop', year: 2014, value: 340_000, disaggregationKey: '' },
    ];
    const official = { population: 354_572, populationDate: new Date('2021-12-31'), areaKm2: 168.39 };
    expect(buildProfile({ roles, observations, municipality: official })).toMatchObject({
      population: 354_572,
      populationYear: 2021,
      density: Math.round(354_572 / 168.39),
    });
    const older = { population: 300_000, populationDate: new Date('2011-05-09'), areaKm2: null };
    expect(buildProfile({ roles, observations: [...observations, { indicatorId: 'area', year: 2015, value: 100, disaggregationKey: '' }], municipality: older })).toMatchObject({
      population: 350_000,
      populationYear: 2015,
      areaKm2: 100,
      density: 3500,
    });
  });

  it('computes the commuter balance when no balance series exists', () => {
    const observations = [
      { indicatorId: 'in', year: 2016, value: 700, disaggregationKey: '' },
      { indicatorId: 'in', year: 2015, value: 600, disaggregationKey: '' },
      { indicatorId: 'out', year: 2015, value: 800, disaggregationKey: '' },
      { indicatorId: 'out', year: 2015, value: 1, disaggregationKey: 'sex=female' },
    ];
    const profile = buildProfile({ roles, observations, municipality: { population: null, populationDate: null, areaKm2: null } });
    expect(profile.commuters).toEqual({ year: 2015, inbound: 600, outbound: 800, balance: -200 });
  });

  it('is null-safe without any data', () => {
    expect(buildProfile({ roles: {}, observations: [], municipality: { population: null, populationDate: null, areaKm2: null } })).toEqual({
      population: null,
      populationYear: null,
      areaKm2: null,
      density: null,
      ageStructureYear: null,
      ageStructure: [],
      commuters: null,
    });
  });
});
