// The 41 "SDG-Indikatoren für Kommunen" as INKAR (BBSR) publishes them (data/inkar/SOURCE.md).
// BBSR gives neither a direction nor English titles: both are ours, so every indicator is flagged
// inferredByHand with a note saying what was inferred.
import { aggregationForUnit, decimalsForUnit, polarityFromDirection } from '@atlas/domain';
import catalogueFile from './data/inkar/sdg-kommunen-indicators.json' with { type: 'json' };
import { writeIndicators } from './catalogue-writer.js';
import type { IndicatorDefinition } from './catalogue-writer.js';
import type { SeedStep } from './seed-step.js';

export const inkarSource = {
  sourceName: 'INKAR, BBSR Bonn 2024',
  sourceUrl: 'https://www.inkar.de/',
  licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
} as const;

/** English titles, translated by us from the German short names. */
export const sdgKommunenTitlesEn: Readonly<Record<string, string>> = {
  a_GSa: 'Recipients of basic income support in old age (old-age poverty)',
  a_sgbII_III_bev: 'SGB II / SGB XII benefit rate',
  q_newfBGu15_bev: 'Child poverty',
  'i_nitratÜ': 'Nitrogen surplus in agriculture',
  Q01_APO_DIST: 'Local basic services: pharmacy',
  Q07_HA_DIST: 'Local basic services: family doctor',
  a_tod_u70_f: 'Premature mortality, women',
  a_tod_u70_m: 'Premature mortality, men',
  q_betten_bev: 'Hospital beds',
  q_pers_pd_pfl: 'Staff in outpatient care services',
  q_pers_ph_pfl: 'Staff in nursing homes',
  q_pflpl_bev: 'Nursing home places',
  P01_PRIM_DIST: 'Local basic services: primary school',
  a_betr0003_bev0003: 'Childcare rate, children under 3',
  a_kb_IgEinr: 'Inclusive day-care centres',
  a_schul_oA: 'School leavers without a school-leaving certificate',
  a_rat_f: 'Women in city and district councils',
  i_beschq_mf: 'Ratio of the employment rates of women and men',
  a_Aufstocker: 'Employed people receiving top-up benefits',
  a_aloLang: 'Long-term unemployed',
  q_bip_ew: 'Gross domestic product per inhabitant',
  q_svw: 'Employment rate',
  'q_svw_ü55': 'Employment rate of older people',
  a_bb_100Mbits: 'Broadband availability of at least 100 Mbit/s',
  a_sva_akadem: 'Employees with an academic degree (place of work)',
  q_ebuerg_aus: 'Naturalisations',
  q_svw_ausl: 'Employment rate of foreign nationals',
  G02_SUP_DIST: 'Local basic services: supermarket',
  a_fert_wg_EE: 'New residential buildings heated with renewable energy',
  a_suv_fl: 'Settlement and transport area',
  m_mietpr: 'Asking rents',
  q_erhfl_bev: 'Recreational area per inhabitant',
  q_pkw_bev: 'Car density',
  q_suv_ew: 'Settlement and transport area per inhabitant',
  q_vunp_bev: 'Road traffic casualties',
  q_wofl_bev: 'Living space',
  v_suvfl_vorjahr: 'New land take',
  i_trinkwasserverb: 'Drinking water consumption',
  q_abf_bev: 'Waste volume',
  d_steuereinnahme: 'Tax revenue',
  q_gsch_kk: 'Cash advances (liquidity loans)',
};

interface UnitCorrection {
  unitDe: string;
  unitEn: string;
  note: string;
}

// Units where the source's unit text does not fit the values.
const unitCorrections: Readonly<Record<string, UnitCorrection>> = {
  q_bip_ew: {
    unitDe: '1.000 € je Einwohner',
    unitEn: 'EUR 1,000 per inhabitant',
    note: 'Einheit: Die INKAR-Werte sind Tausend Euro je Einwohner (Wuppertal 2021: 38,08), die Definition nennt Euro je Einwohner.',
  },
  q_pers_ph_pfl: {
    unitDe: 'Personal je 100 vollstationär Pflegebedürftige',
    unitEn: 'staff per 100 residents in full residential care',
    note:
      'Einheit: Die Werte (Wuppertal 2021: 117) passen zu „je 100 vollstationär Pflegebedürftige“ (INKAR-Indikatorenverzeichnis), ' +
      'nicht zu „je 10.000“ aus den Metadaten.',
  },
};

type CatalogueEntry = (typeof catalogueFile)[number];

export function sdgKommunenDefinition(entry: CatalogueEntry): IndicatorDefinition {
  const titleEn = sdgKommunenTitlesEn[entry.id];
  if (!titleEn) throw new Error(`sdg-kommunen-indicators.json: no English title for indicator "${entry.id}"`);
  const correction = unitCorrections[entry.id];
  const unitDe = correction?.unitDe ?? entry.unit_de;
  const notes = [
    'Zielrichtung von uns aus der Bedeutung abgeleitet: BBSR nennt keine. Vor dem Veröffentlichen von Bewertungen mit der Methodik des SDG-Portals abgleichen.',
    'Englischer Titel von uns übersetzt.',
  ];
  if (entry.sdg_goal_source.startsWith('assigned by topic')) {
    notes.push(`SDG ${entry.sdg_goal} von uns nach dem Thema zugeordnet: INKAR führt den Indikator ohne SDG-Nummer.`);
  }
  if (correction) notes.push(correction.note);
  return {
    indicator: {
      key: entry.id,
      topic: 'SDG_MUNICIPAL',
      titleDe: entry.title_de,
      titleEn,
      definitionDe: entry.definition_de,
      unitDe,
      unitEn: correction?.unitEn ?? entry.unit_en,
      decimals: decimalsForUnit(unitDe),
      polarity: polarityFromDirection(entry.direction),
      aggregation: aggregationForUnit(unitDe),
      methodDe: methodText(entry.algorithm_de, entry.statistical_basis_de, entry.notes_de),
      ...inkarSource,
      inferredByHand: true,
      inferenceNote: notes.join(' '),
    },
    goals: [entry.sdg_goal],
  };
}

/** INKAR's formula, statistical basis and remarks as one text. */
export function methodText(algorithm: string, basis: string, remarks?: string): string {
  const parts = [`Berechnung: ${algorithm.trim()}`, `Statistische Grundlage: ${basis.trim()}`];
  if (remarks?.trim()) parts.push(remarks.trim());
  return parts.join('\n\n');
}

export const sdgKommunenDefinitions: readonly IndicatorDefinition[] = catalogueFile.map(sdgKommunenDefinition);

export const sdgKommunenIndicatorsStep: SeedStep = {
  key: 'indicators-sdg-kommunen@1',
  description: '41 SDG-Indikatoren für Kommunen (INKAR, BBSR) with SDG goals',
  async apply(tx) {
    const { counts } = await writeIndicators(tx, sdgKommunenDefinitions);
    return counts;
  },
};
