// GENESIS / Regionaldatenbank tables name breakdowns in words: a sex in a row dimension ("männlich") or a
// sub-column below the value column ("Arbeitslosenquote … | Frauen", "Arbeitslose | 15 bis unter 25 Jahre").
// This turns those words into a disaggregation.
import { ageGroupCodeFromGenesisLabel, sexFromGenesisLabel } from '../disaggregation.js';
import type { Disaggregation } from '../disaggregation.js';

const totalLabels = new Set(['', 'insgesamt']);
const sexByPlural: Readonly<Record<string, 'male' | 'female'>> = { männer: 'male', frauen: 'female' };

/**
 * The disaggregation for the labels below an indicator's column and in its row dimension, e.g.
 * ["Frauen"] → { sex: "female" }, ["15 bis unter 25 Jahre"] → { age: "15-25" }, ["Insgesamt"] → {}.
 * Undefined when a label is neither a total, a sex nor an age group (e.g. "Ausländer"): such values
 * belong to no breakdown the catalogue knows.
 */
export function disaggregationFromGenesisLabels(labels: readonly string[]): Disaggregation | undefined {
  const disaggregation: Record<string, string> = {};
  for (const raw of labels) {
    const label = raw.trim();
    if (totalLabels.has(label.toLowerCase())) continue;
    const sex = sexFromGenesisLabel(label) ?? sexByPlural[label.toLowerCase()];
    const age = ageGroupCodeFromGenesisLabel(label);
    const [dimension, category] = sex ? ['sex', sex] : age ? ['age', age] : [undefined, undefined];
    if (!dimension || !category || dimension in disaggregation) return undefined;
    disaggregation[dimension] = category;
  }
  return disaggregation;
}

/**
 * The labels below `column` in a header joined with " | " ("Arbeitslose | 15 bis unter 25 Jahre" below
 * "Arbeitslose" → ["15 bis unter 25 Jahre"]); [] for the column itself, undefined for another column.
 */
export function labelsBelowGenesisColumn(header: string, column: string): string[] | undefined {
  if (header === column) return [];
  if (!header.startsWith(`${column} | `)) return undefined;
  return header.slice(column.length + 3).split(' | ');
}
