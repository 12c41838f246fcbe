// Structural indicators (topic STRUCTURE): the Regionaldatenbank tables of structure-catalogue.ts and
// the INKAR indicators that are not SDG indicators for municipalities (inkar-structure-catalogue.ts).
import { aggregationForUnit, decimalsForUnit, polarityFromDirection } from '@atlas/domain';
import dictionaryFile from './data/inkar/indicator-dictionary.json' with { type: 'json' };
import { writeIndicators } from './catalogue-writer.js';
import type { IndicatorDefinition } from './catalogue-writer.js';
import { inkarStructureCatalogue } from './inkar-structure-catalogue.js';
import type { InkarStructureEntry } from './inkar-structure-catalogue.js';
import { inkarSource, methodText } from './indicators-sdg-kommunen.js';
import type { SeedStep } from './seed-step.js';
import { regionalstatistikDefinitions } from './structure-catalogue.js';

type DictionaryEntry = (typeof dictionaryFile)[number];

/**
 * The catalogue key of an INKAR indicator id: the SDG indicator's key for the ids INKAR lists as an SDG
 * indicator for municipalities (also the old 2021 ids such as x347 → q_pkw_bev), else "inkar_<id>".
 */
export function inkarIndicatorKey(entry: Pick<DictionaryEntry, 'indicator_id' | 'sdg_kommunen_id'>): string {
  return entry.sdg_kommunen_id || `inkar_${entry.indicator_id}`;
}

// INKAR publishes these two for the three years 2016–2018 together; the seed stores them as 2018.
const periodNotes: Readonly<Record<string, string>> = {
  x343: 'Wert für den Zeitraum 2016–2018, gespeichert als 2018.',
  x344: 'Wert für den Zeitraum 2016–2018, gespeichert als 2018.',
};

export function inkarStructureDefinition(entry: DictionaryEntry, added: InkarStructureEntry): IndicatorDefinition {
  const polarity = polarityFromDirection(added.direction);
  const notes = [
    'Einheit aus der INKAR-Definition abgelesen, englischer Titel von uns übersetzt.',
    polarity === 'NEUTRAL'
      ? 'Keine Zielrichtung (Kontextindikator).'
      : 'Zielrichtung von uns aus der Bedeutung abgeleitet: BBSR nennt keine.',
  ];
  const periodNote = periodNotes[entry.indicator_id];
  if (periodNote) notes.push(periodNote);
  return {
    indicator: {
      key: inkarIndicatorKey(entry),
      topic: 'STRUCTURE',
      titleDe: entry.kurzname,
      titleEn: added.titleEn,
      definitionDe: entry.definition_de,
      unitDe: added.unitDe,
      unitEn: added.unitEn,
      decimals: decimalsForUnit(added.unitDe),
      polarity,
      aggregation: aggregationForUnit(added.unitDe),
      methodDe: methodText(entry.algorithm_de, entry.statistical_basis_de),
      ...inkarSource,
      sourceName: entry.inkar_release.startsWith('INKAR 2021') ? 'INKAR, BBSR Bonn 2021' : inkarSource.sourceName,
      inferredByHand: true,
      inferenceNote: notes.join(' '),
    },
    goals: [],
  };
}

function inkarStructureDefinitions(): IndicatorDefinition[] {
  const addedById = new Map(inkarStructureCatalogue.map((entry) => [entry.id, entry]));
  const definitions = dictionaryFile
    .filter((entry) => !entry.sdg_kommunen_id)
    .map((entry) => {
      const added = addedById.get(entry.indicator_id);
      if (!added) throw new Error(`indicator-dictionary.json: INKAR indicator "${entry.indicator_id}" has no catalogue entry`);
      addedById.delete(entry.indicator_id);
      return inkarStructureDefinition(entry, added);
    });
  const unused = [...addedById.keys()];
  if (unused.length > 0) throw new Error(`inkar-structure-catalogue.ts: not in the INKAR dictionary: ${unused.join(', ')}`);
  return definitions;
}

export const structureDefinitions: readonly IndicatorDefinition[] = [
  ...regionalstatistikDefinitions,
  ...inkarStructureDefinitions(),
];

export const structureIndicatorsStep: SeedStep = {
  key: 'indicators-structure@1',
  description: 'Structural indicators: Regionaldatenbank tables (area, age, unemployment, commuters, GDP) and INKAR',
  async apply(tx) {
    const { counts } = await writeIndicators(tx, structureDefinitions);
    return counts;
  },
};
