// The 82 indicators of the German Sustainability Strategy (DNS) and their national targets
// (data/dns/SOURCE.md). Directions and numeric targets were read from the target texts by hand, so every
// indicator is flagged inferredByHand.
import { decimalsForUnit, polarityFromDirection } from '@atlas/domain';
import type { Polarity } from '@atlas/domain';
import type { Prisma } from '../generated/prisma/client.js';
import catalogueFile from './data/dns/indicators.json' with { type: 'json' };
import { writeIndicators } from './catalogue-writer.js';
import type { IndicatorDefinition } from './catalogue-writer.js';
import { loadBergischesLand } from './region.js';
import type { SeedStep } from './seed-step.js';

export const dnsSource = {
  sourceName: 'Statistisches Bundesamt (Destatis), Indikatoren der Deutschen Nachhaltigkeitsstrategie',
  licence: 'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet (Destatis); eigene Aufbereitung',
} as const;

const targetSource = 'Deutsche Nachhaltigkeitsstrategie, Weiterentwicklung 2025 (dns-indikatoren.de)';

// Targets without a year hold every year ("jedes Jahr") or in the long run; the strategy's horizon is 2030.
const horizonYear = 2030;

/**
 * Numeric targets that are not a value of the indicator's series: 10.1's target 0 is the gap in
 * percentage points between foreign and German school graduates, while the series is a share.
 */
const targetsOfAnotherQuantity = new Set(['10.1']);

type DnsEntry = (typeof catalogueFile)[number];

export function dnsIndicatorKey(id: string): string {
  return `dns_${id}`;
}

export function dnsDefinition(entry: DnsEntry): IndicatorDefinition {
  const notes = ['Zielrichtung von uns aus dem Zieltext abgelesen (nicht Teil der Quelle).'];
  if (typeof entry.target_value === 'number') notes.push('Zielwert, Zieljahr und Vergleich ebenso aus dem Zieltext abgelesen.');
  if (entry.target_note) notes.push(`Hinweis: ${entry.target_note}.`);
  return {
    indicator: {
      key: dnsIndicatorKey(entry.id),
      topic: 'SUSTAINABILITY_STRATEGY',
      titleDe: entry.title_de,
      titleEn: entry.title_en,
      definitionDe: entry.definition_de,
      definitionEn: entry.definition_en,
      unitDe: entry.unit_de,
      unitEn: entry.unit_en,
      decimals: decimalsForUnit(entry.unit_de),
      polarity: polarityFromDirection(entry.direction),
      // National values: a region is not the sum or mean of anything here.
      aggregation: 'NOT_AGGREGABLE',
      methodDe: entry.target_de ? `Ziel der Nachhaltigkeitsstrategie: ${entry.target_de}` : null,
      ...dnsSource,
      sourceUrl: entry.dns_page,
      inferredByHand: true,
      inferenceNote: notes.join(' '),
    },
    goals: [entry.sdg_goal],
    // A global indicator "1.2.2" belongs to the target "1.2".
    sdgTargets: entry.related_global_sdg_indicators.map((code) => code.split('.').slice(0, 2).join('.')),
  };
}

export type DnsTarget = Omit<Prisma.IndicatorTargetCreateManyInput, 'indicatorId' | 'importBatchId'> & {
  indicatorKey: string;
};

/** The national target of an entry as an IndicatorTarget (scope COUNTRY), or null without a usable numeric target. */
export function dnsTarget(entry: DnsEntry): DnsTarget | null {
  if (typeof entry.target_value !== 'number' || targetsOfAnotherQuantity.has(entry.id)) return null;
  const polarity = polarityFromDirection(entry.direction);
  const comparator = comparatorOf(entry.target_comparator, polarity, entry.id);
  const noteDe = [entry.target_de];
  const noteEn = [entry.target_en];
  if (entry.target_year === null) {
    noteDe.push(`Ohne Zieljahr (gilt jedes Jahr bzw. langfristig); hier bis ${horizonYear}, dem Horizont der Strategie.`);
    noteEn.push(`No target year (holds every year or in the long run); here up to ${horizonYear}, the strategy's horizon.`);
  }
  if (entry.target_comparator === '<') {
    noteDe.push('Das Ziel verlangt einen Wert unter dem Zielwert.');
    noteEn.push('The target asks for a value below the target value.');
  }
  return {
    indicatorKey: dnsIndicatorKey(entry.id),
    scope: 'COUNTRY',
    value: entry.target_value,
    year: entry.target_year ?? horizonYear,
    comparator,
    noteDe: noteDe.filter(Boolean).join(' '),
    noteEn: noteEn.filter(Boolean).join(' '),
    source: targetSource,
  };
}

function comparatorOf(text: string | null, polarity: Polarity, id: string): 'AT_LEAST' | 'AT_MOST' {
  if (text === '>=') return 'AT_LEAST';
  if (text === '<=' || text === '<') return 'AT_MOST';
  if (text === null && polarity === 'HIGHER_IS_BETTER') return 'AT_LEAST';
  if (text === null && polarity === 'LOWER_IS_BETTER') return 'AT_MOST';
  throw new Error(`dns/indicators.json, indicator ${id}: cannot read a comparator from "${text ?? ''}"`);
}

export const dnsDefinitions: readonly IndicatorDefinition[] = catalogueFile.map(dnsDefinition);
export const dnsTargets: readonly DnsTarget[] = catalogueFile.flatMap((entry) => dnsTarget(entry) ?? []);

export const dnsIndicatorsStep: SeedStep = {
  key: 'indicators-dns@1',
  description: '82 indicators of the German Sustainability Strategy with SDG goals, targets and national targets',
  async apply(tx) {
    const region = await loadBergischesLand(tx);
    const { idByKey, counts } = await writeIndicators(tx, dnsDefinitions);
    const batch = await tx.importBatch.create({
      data: {
        regionId: region.regionId,
        createdByLabel: 'seed',
        fileName: 'dns/indicators.json',
        format: 'seed-json',
        status: 'RUNNING',
        rowsRead: catalogueFile.length,
        rowsSkipped: catalogueFile.length - dnsTargets.length,
      },
    });
    const targets = await tx.indicatorTarget.createMany({
      data: dnsTargets.map(({ indicatorKey, ...target }) => {
        const indicatorId = idByKey.get(indicatorKey);
        if (!indicatorId) throw new Error(`Target of ${indicatorKey}: the indicator is missing`);
        return { ...target, indicatorId, importBatchId: batch.id };
      }),
    });
    await tx.importBatch.update({
      where: { id: batch.id },
      data: { status: 'SUCCEEDED', rowsCreated: targets.count, finishedAt: new Date() },
    });
    return { ...counts, importBatch: 1, indicatorTarget: targets.count };
  },
};
