// Master data of the first region's six units (data/region/units.json, see data/region/SOURCE.md),
// validated when this module loads.
import { z } from 'zod';
import rawUnits from '../data/region/units.json' with { type: 'json' };
import type { MunicipalityKind } from './enums.js';

/** A unit of the Bergisches Land in the shape of the Municipality model. */
export interface RegionUnit {
  /** Amtlicher Gemeindeschlüssel, 8 digits. */
  ags: string;
  /** The 5-digit key the Kreis-level statistics tables use (05124 for Wuppertal). */
  kreisKey: string;
  name: string;
  officialName: string;
  kind: Extract<MunicipalityKind, 'CITY' | 'DISTRICT'>;
  nuts3: string;
  areaKm2: number;
  population: number;
  /** Reference date of area and population, ISO date. */
  populationDate: string;
  source: string;
}

const unitRow = z
  .object({
    ags: z.string().regex(/^\d{8}$/),
    kreis_key: z.string().regex(/^\d{5}$/),
    name_short: z.string().min(1),
    name_official: z.string().min(1),
    type_de: z.enum(['kreisfreie Stadt', 'Kreis']),
    nuts3: z.string().regex(/^DE[A-Z0-9]{3}$/),
    area_km2: z.number().positive(),
    population: z.number().int().nonnegative(),
    reference_date: z.iso.date(),
    source: z.string().min(1),
  })
  .refine((row) => row.ags.startsWith(row.kreis_key), { message: 'ags must start with kreis_key' });

function loadUnits(): RegionUnit[] {
  if (!Array.isArray(rawUnits)) throw new Error('data/region/units.json: expected an array');
  return rawUnits.map((raw: unknown, index) => {
    const result = unitRow.safeParse(raw);
    if (!result.success) {
      throw new Error(`data/region/units.json: invalid row ${index + 1}:\n${z.prettifyError(result.error)}`);
    }
    const row = result.data;
    return {
      ags: row.ags,
      kreisKey: row.kreis_key,
      name: row.name_short,
      officialName: row.name_official,
      kind: row.type_de === 'Kreis' ? 'DISTRICT' : 'CITY',
      nuts3: row.nuts3,
      areaKm2: row.area_km2,
      population: row.population,
      populationDate: row.reference_date,
      source: row.source,
    };
  });
}

/** The Bergisches Land: Wuppertal, Solingen, Remscheid, Leverkusen and the two districts. */
export const bergischesLandRegion = {
  slug: 'bergisches-land',
  nameDe: 'Bergisches Land',
  nameEn: 'Bergisches Land',
} as const;

/** Its six units, in the order of their AGS. */
export const bergischesLandUnits: readonly RegionUnit[] = loadUnits().sort((a, b) => a.ags.localeCompare(b.ags));

export function findRegionUnitByKreisKey(kreisKey: string): RegionUnit | undefined {
  return bergischesLandUnits.find((unit) => unit.kreisKey === kreisKey);
}
