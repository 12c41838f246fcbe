// Progress of one series towards its target, by the two methods decision-makers know: the Open SDG
// progress measure and the weather symbols of the German Sustainable Development Strategy. The maths
// lives in @atlas/domain; this file only presents it.
import { dnsWeatherStatusName, explain, openSdgStatusName } from '@atlas/domain';
import type { DnsWeatherResult, OpenSdgResult } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Assessment } from '../indicators/assessment.js';
import type { TargetRow } from '../loaders/indicator-data.js';
import { IndicatorTarget } from './indicator.js';
import { langArgs, languageOf } from './language.js';

/** What the Progress type resolves from: both results, and the indicator's decimals for the texts. */
export interface ProgressData extends Assessment<TargetRow> {
  decimals: number;
}

export const OpenSdgStatusEnum = builder.enumType('OpenSdgStatus', {
  description: 'Status of the Open SDG progress measure (modelled on Eurostat\'s SDG progress assessment).',
  values: {
    TARGET_ACHIEVED: { description: 'Target achieved (Ziel erreicht): the latest value already meets the target.' },
    SUBSTANTIAL_PROGRESS: { description: 'Substantial progress (deutlicher Fortschritt).' },
    MODERATE_PROGRESS: { description: 'Moderate progress (mäßiger Fortschritt).' },
    LIMITED_PROGRESS: { description: 'Limited progress (geringer Fortschritt).' },
    DETERIORATION: { description: 'Deterioration (Verschlechterung): moving in the unfavourable direction.' },
    NOT_AVAILABLE: { description: 'No assessment possible (keine Bewertung möglich): too few values, neutral polarity, sign change, …' },
  } as const,
});

export const DnsWeatherStatusEnum = builder.enumType('DnsWeatherStatus', {
  description: 'Weather symbol of the German Sustainable Development Strategy (Destatis method).',
  values: {
    SUN: { description: 'Sun (Sonne): the target will be reached (or is met and kept).' },
    LIGHT_CLOUD: { description: 'Light cloud (leicht bewölkt): short of the target by 5 % to 20 % of the gap.' },
    CLOUD: { description: 'Cloud (bewölkt): moving towards the target, but short by more than 20 %.' },
    THUNDERSTORM: { description: 'Thunderstorm (Gewitter): moving away from the target.' },
    NOT_AVAILABLE: { description: 'No assessment possible (keine Bewertung möglich): fewer than four values in the last five years, no direction, …' },
  } as const,
});

interface WithDecimals<Result> {
  result: Result;
  decimals: number;
}

export const OpenSdgProgress = builder.objectRef<WithDecimals<OpenSdgResult>>('OpenSdgProgress').implement({
  description:
    'The Open SDG progress measure: compound annual growth from the base year (2015, else the next year with data) to the latest year, against fixed thresholds (no target) or against the growth the target needs.',
  fields: (t) => ({
    status: t.field({ type: OpenSdgStatusEnum, description: 'The progress status.', resolve: ({ result }) => result.status }),
    statusLabel: t.string({
      args: langArgs(),
      description: 'The status in words, e.g. "deutlicher Fortschritt".',
      resolve: ({ result }, args, ctx) => openSdgStatusName(result.status, languageOf(args, ctx)),
    }),
    score: t.float({ nullable: true, description: 'Score from −5 to 5 as sdg-build computes it.', resolve: ({ result }) => result.score }),
    growth: t.float({
      nullable: true,
      description: 'Observed compound annual growth rate as a fraction (0.019 = 1.9 % a year), not direction-adjusted.',
      resolve: ({ result }) => result.growth,
    }),
    requiredGrowth: t.float({
      nullable: true,
      description: 'With a target: the annual growth rate needed to reach it in time.',
      resolve: ({ result }) => result.requiredGrowth ?? null,
    }),
    withTarget: t.boolean({
      description: 'True when measured against a target value, false when against the growth thresholds.',
      resolve: ({ result }) => result.variant === 'WITH_TARGET',
    }),
    baseYear: t.int({ nullable: true, description: 'The year growth is measured from: 2015, else the next year with data.', resolve: ({ result }) => result.baseYear }),
    baseValue: t.float({ nullable: true, description: 'The value in the base year.', resolve: ({ result }) => result.baseValue }),
    latestYear: t.int({ nullable: true, description: 'The latest year with data.', resolve: ({ result }) => result.latestYear }),
    latestValue: t.float({ nullable: true, description: 'The value in the latest year.', resolve: ({ result }) => result.latestValue }),
    explanation: t.string({
      args: langArgs(),
      description: 'How the status was computed for this series, in plain language.',
      resolve: ({ result, decimals }, args, ctx) => explain(result, languageOf(args, ctx), { decimals }),
    }),
  }),
});

export const DnsWeatherProgress = builder.objectRef<WithDecimals<DnsWeatherResult>>('DnsWeatherProgress').implement({
  description:
    'The weather symbol of the German Sustainable Development Strategy: the mean annual change of the last five years projected to the target year (or, without a target value, the direction of the mean and the last change).',
  fields: (t) => ({
    status: t.field({ type: DnsWeatherStatusEnum, description: 'The weather symbol.', resolve: ({ result }) => result.status }),
    statusLabel: t.string({
      args: langArgs(),
      description: 'The symbol in words, e.g. "leicht bewölkt".',
      resolve: ({ result }, args, ctx) => dnsWeatherStatusName(result.status, languageOf(args, ctx)),
    }),
    meanAnnualChange: t.float({
      nullable: true,
      description: 'Mean change per year over the last five years, in indicator units.',
      resolve: ({ result }) => result.meanAnnualChange,
    }),
    projectedValue: t.float({
      nullable: true,
      description: 'With a target value: the value projected to the target year.',
      resolve: ({ result }) => result.projectedValue ?? null,
    }),
    explanation: t.string({
      args: langArgs(),
      description: 'How the symbol was determined for this series, in plain language.',
      resolve: ({ result, decimals }, args, ctx) => explain(result, languageOf(args, ctx), { decimals }),
    }),
  }),
});

export const Progress = builder.objectRef<ProgressData>('Progress').implement({
  description:
    "Progress of one series by both methods. Target used: the unit's own target, else the region's, else the national target as a benchmark; of several, the next target year not before the latest data year.",
  fields: (t) => ({
    openSdg: t.field({ type: OpenSdgProgress, description: 'The Open SDG progress measure.', resolve: (data) => ({ result: data.openSdg, decimals: data.decimals }) }),
    dnsWeather: t.field({ type: DnsWeatherProgress, description: 'The weather symbol of the German Sustainable Development Strategy.', resolve: (data) => ({ result: data.dnsWeather, decimals: data.decimals }) }),
    target: t.field({
      type: IndicatorTarget,
      nullable: true,
      description: 'The target both methods measured against; null when there is none (direction only).',
      resolve: (data) => data.target,
    }),
  }),
});
