// Catalogue rules read from an indicator's German unit text: how regional values aggregate and how many
// decimals to show. The seed applies them to the source catalogues; staff can override both per indicator.
import type { Aggregation } from '../enums.js';

// Absolute counts and amounts: the region's value is the sum of its units' values.
const countOrAmount = /^(Personen|Anzahl|Arbeitsstunden|km²|ha|1\.000 €|Mio\. €)$/;

// A value per inhabitant of the whole population, optionally per day, optionally followed by a remark in
// brackets: "€ je Einwohner", "Pkw je 1.000 Einwohner", "% der Bevölkerung", "l je Einwohner und Tag".
const perInhabitant =
  /(^|\s)(je|pro|% der|Prozent der)\s+(\d[\d.]*\s+)?(Einwohner|Einwohnerinnen und Einwohner|Bevölkerung)(\s+und\s+Tag)?(\s*\(.*\))?$/;

// An average over the inhabitants, e.g. INKAR's population-weighted distance to the next pharmacy.
const averageOverInhabitants = /einwohnergewichtet/i;

/**
 * The aggregation rule for a German unit text:
 * - SUM for absolute counts and amounts ("Personen", "Anzahl", "km²", "1.000 €").
 * - POPULATION_WEIGHTED_MEAN for values per inhabitant of the whole population ("je 1.000 Einwohner",
 *   "% der Bevölkerung") and averages over inhabitants ("einwohnergewichtete Distanz"): weighting by
 *   population then gives exactly the regional value, because Σ(countᵢ / popᵢ × popᵢ) / Σ popᵢ = Σ countᵢ / Σ popᵢ.
 * - NOT_AGGREGABLE for everything else. That includes rates of a population group ("% der Einwohner ab
 *   65 Jahren", "je 100 Einwohner unter 15"): their weight would be the group's size, which the catalogue
 *   does not hold, and a mean weighted by the whole population would only approximate them. Likewise
 *   shares of other bases (area, school leavers, employees), ratios, medians, prices, indices, changes.
 */
export function aggregationForUnit(unitDe: string): Aggregation {
  const unit = normalize(unitDe);
  if (countOrAmount.test(unit)) return 'SUM';
  if (perInhabitant.test(unit) || averageOverInhabitants.test(unit)) return 'POPULATION_WEIGHTED_MEAN';
  return 'NOT_AGGREGABLE';
}

/**
 * Decimals to show for a German unit text: none for counts, euros, metres, kilograms and litres; two for
 * thousands of euros per head and square kilometres; one for percentages, rates and everything else.
 */
export function decimalsForUnit(unitDe: string): number {
  const unit = normalize(unitDe);
  if (/^1\.000 € je /.test(unit) || unit === 'km²') return 2;
  if (/^(Personen|Anzahl|Arbeitsstunden|1\.000 €|€|m|m²|kg|l)(\s|$)/.test(unit)) return 0;
  return 1;
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
