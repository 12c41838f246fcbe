import { describe, expect, it } from 'vitest';
import { bergischesLandUnits, findRegionUnitByKreisKey } from './region.js';

describe('Bergisches Land units', () => {
  it('has the four cities and two districts with their real AGS', () => {
    expect(bergischesLandUnits.map((unit) => [unit.ags, unit.name, unit.kind])).toEqual([
      ['05120000', 'Remscheid', 'CITY'],
      ['05122000', 'Solingen', 'CITY'],
      ['05124000', 'Wuppertal', 'CITY'],
      ['05316000', 'Leverkusen', 'CITY'],
      ['05374000', 'Oberbergischer Kreis', 'DISTRICT'],
      ['05378000', 'Rheinisch-Bergischer Kreis', 'DISTRICT'],
    ]);
  });

  it('carries area, population and NUTS-3 code as of 31.12.2021', () => {
    const wuppertal = findRegionUnitByKreisKey('05124');
    expect(wuppertal).toMatchObject({
      officialName: 'Wuppertal, Stadt',
      nuts3: 'DEA1A',
      areaKm2: 168.39,
      population: 354572,
      populationDate: '2021-12-31',
    });
    expect(bergischesLandUnits.reduce((sum, unit) => sum + unit.population, 0)).toBe(1_344_200);
  });
});
