// Strings of the indicator page, and the indicator vocabulary (polarity, aggregation, targets, unit
// kinds) that the goal, comparison and map pages share.
import type { LocalMessages } from '../../i18n/localMessages';

export type PolarityKey = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
export type AggregationKey = 'SUM' | 'POPULATION_WEIGHTED_MEAN' | 'NOT_AGGREGABLE';
export type TopicKey = 'SDG_MUNICIPAL' | 'SUSTAINABILITY_STRATEGY' | 'STRUCTURE';
export type ComparatorKey = 'AT_LEAST' | 'AT_MOST' | 'EQUAL';
export type TargetScopeKey = 'MUNICIPALITY' | 'REGION' | 'COUNTRY';
export type DnsWeatherKey = 'SUN' | 'LIGHT_CLOUD' | 'CLOUD' | 'THUNDERSTORM' | 'NOT_AVAILABLE';

export interface IndicatorMessages {
  notFoundTitle: string;
  notFoundText: (key: string) => string;
  indicatorLabel: string;
  unitLabel: string;
  definitionHeading: string;
  metadataHeading: string;
  polarityLabel: string;
  polarity: Record<PolarityKey, string>;
  aggregationLabel: string;
  aggregation: Record<AggregationKey, string>;
  topicLabel: string;
  topic: Record<TopicKey, string>;
  sourceLabel: string;
  licenceLabel: string;
  methodLabel: string;
  /** Said where the method text is not in the UI language; null in German. */
  methodGermanOnly: string | null;
  inferredByHandTitle: string;
  inferredByHandText: string;
  goalsLabel: string;
  sdgTargetsHeading: string;
  noSdgTargets: string;
  targetsHeading: string;
  noTargets: string;
  targetScope: Record<TargetScopeKey, string>;
  comparator: Record<ComparatorKey, string>;
  targetText: (comparator: string, value: string, year: number) => string;
  targetLineLabel: (scope: string, value: string, year: number) => string;
  seriesHeading: string;
  seriesCaption: (title: string, unit: string) => string;
  computedSuffix: string;
  computedNote: string;
  referenceNote: string;
  demoNote: string;
  showSeriesLegend: string;
  noValues: string;
  barHeading: string;
  barCaption: (title: string, year: number, unit: string) => string;
  yearLabel: string;
  noValuesInYear: (year: number) => string;
  unitColumn: string;
  valueColumn: (unit: string) => string;
  tableHeading: string;
  yearColumn: string;
  progressHeading: string;
  progressIntro: string;
  openSdgMethod: string;
  dnsMethod: string;
  dnsWeather: Record<DnsWeatherKey, string>;
  weatherLabel: string;
  referencesHiddenNote: string;
  measuredAgainst: (text: string) => string;
  noTarget: string;
  unitKind: Record<'REGION' | 'GERMANY' | 'NRW', string>;
}

export const indicatorMessages: LocalMessages<IndicatorMessages> = {
  de: {
    notFoundTitle: 'Indikator nicht gefunden',
    notFoundText: (key) => `Einen Indikator mit dem Schlüssel „${key}“ gibt es nicht.`,
    indicatorLabel: 'Indikator',
    unitLabel: 'Einheit',
    definitionHeading: 'Definition',
    metadataHeading: 'Über diesen Indikator',
    polarityLabel: 'Zielrichtung',
    polarity: {
      HIGHER_IS_BETTER: 'Höhere Werte sind besser',
      LOWER_IS_BETTER: 'Niedrigere Werte sind besser',
      NEUTRAL: 'Keine Zielrichtung (Kontextdaten)',
    },
    aggregationLabel: 'Wert der Region',
    aggregation: {
      SUM: 'Summe der Städte und Kreise',
      POPULATION_WEIGHTED_MEAN: 'Mit der Bevölkerung gewichteter Mittelwert der Städte und Kreise',
      NOT_AGGREGABLE: 'Nicht berechenbar (z. B. Mediane, Indizes)',
    },
    topicLabel: 'Themenfeld',
    topic: {
      SDG_MUNICIPAL: 'SDG-Indikatoren für Kommunen',
      SUSTAINABILITY_STRATEGY: 'Deutsche Nachhaltigkeitsstrategie',
      STRUCTURE: 'Strukturdaten',
    },
    sourceLabel: 'Quelle',
    licenceLabel: 'Lizenz',
    methodLabel: 'Methode',
    methodGermanOnly: null,
    inferredByHandTitle: 'Von Hand abgeleitet',
    inferredByHandText:
      'Zielrichtung, Einheit oder Zielwert dieses Indikators stehen nicht ausdrücklich in der Quelle, sondern wurden von uns aus den Quelltexten abgeleitet.',
    goalsLabel: 'Nachhaltigkeitsziele',
    sdgTargetsHeading: 'Verknüpfte SDG-Unterziele',
    noSdgTargets: 'Keine Unterziele verknüpft.',
    targetsHeading: 'Zielwerte',
    noTargets: 'Für diesen Indikator ist kein Zielwert hinterlegt.',
    targetScope: { MUNICIPALITY: 'Kommune', REGION: 'Region', COUNTRY: 'Deutschland (Nachhaltigkeitsstrategie)' },
    comparator: { AT_LEAST: 'mindestens', AT_MOST: 'höchstens', EQUAL: 'genau' },
    targetText: (comparator, value, year) => `${comparator} ${value} bis ${year}`,
    targetLineLabel: (scope, value, year) => `Ziel ${scope} ${year}: ${value}`,
    seriesHeading: 'Zeitreihe',
    seriesCaption: (title, unit) => `${title} (${unit}) der Städte und Kreise, der Region und Vergleichswerte`,
    computedSuffix: '(berechnet)',
    computedNote: 'Der Wert der Region ist aus den Werten der Städte und Kreise berechnet.',
    referenceNote: 'Deutschland und NRW: gestrichelte Vergleichslinien.',
    demoNote: 'Enthält erfundene Demo-Werte.',
    showSeriesLegend: 'Angezeigte Reihen',
    noValues: 'Für diesen Indikator liegen keine Werte vor.',
    barHeading: 'Vergleich in einem Jahr',
    barCaption: (title, year, unit) => `${title} (${unit}) im Jahr ${year}`,
    yearLabel: 'Jahr',
    noValuesInYear: (year) => `Für ${year} liegen keine Werte vor.`,
    unitColumn: 'Gebiet',
    valueColumn: (unit) => `Wert (${unit})`,
    tableHeading: 'Daten',
    yearColumn: 'Jahr',
    progressHeading: 'Fortschritt und Methode',
    progressIntro:
      'Zwei Verfahren bewerten, ob sich ein Gebiet auf sein Ziel zubewegt. Beide werden aus den Werten berechnet, nicht gespeichert.',
    openSdgMethod:
      'Open-SDG-Fortschrittsmaß (nach Eurostat): durchschnittliche jährliche Wachstumsrate vom Basisjahr 2015 (sonst dem nächsten Jahr mit Wert) bis zum letzten Jahr. Ohne Zielwert wird sie in Zielrichtung mit festen Schwellen (1,5 %, 0,5 %, 0 %) verglichen, mit Zielwert mit der nötigen Wachstumsrate (95 %, 60 %, 0 %).',
    dnsMethod:
      'Wettersymbol der Deutschen Nachhaltigkeitsstrategie: Die mittlere jährliche Veränderung der letzten fünf Jahre wird bis zum Zieljahr fortgeschrieben; Sonne, wenn das Ziel höchstens 5 % der Lücke verfehlt wird, leicht bewölkt bis 20 %, bewölkt darüber, Gewitter bei Entwicklung in die falsche Richtung.',
    weatherLabel: 'Wetter (DNS)',
    referencesHiddenNote: 'Deutschland und NRW sind als Summen viel größer als die Städte und Kreise und daher zunächst ausgeblendet.',
    dnsWeather: { SUN: 'Sonne', LIGHT_CLOUD: 'Leicht bewölkt', CLOUD: 'Bewölkt', THUNDERSTORM: 'Gewitter', NOT_AVAILABLE: 'Keine Bewertung' },
    measuredAgainst: (text) => `Gemessen am Zielwert: ${text}.`,
    noTarget: 'Ohne Zielwert: bewertet wird nur die Richtung.',
    unitKind: { REGION: 'Region', GERMANY: 'Deutschland', NRW: 'Nordrhein-Westfalen' },
  },
  en: {
    notFoundTitle: 'Indicator not found',
    notFoundText: (key) => `There is no indicator with the key “${key}”.`,
    indicatorLabel: 'Indicator',
    unitLabel: 'Unit',
    definitionHeading: 'Definition',
    metadataHeading: 'About this indicator',
    polarityLabel: 'Desired direction',
    polarity: {
      HIGHER_IS_BETTER: 'Higher values are better',
      LOWER_IS_BETTER: 'Lower values are better',
      NEUTRAL: 'No desired direction (context data)',
    },
    aggregationLabel: 'Value of the region',
    aggregation: {
      SUM: 'Sum of the cities and districts',
      POPULATION_WEIGHTED_MEAN: 'Population-weighted mean of the cities and districts',
      NOT_AGGREGABLE: 'Not computable (e.g. medians, indices)',
    },
    topicLabel: 'Topic',
    topic: {
      SDG_MUNICIPAL: 'SDG indicators for municipalities',
      SUSTAINABILITY_STRATEGY: 'German Sustainable Development Strategy',
      STRUCTURE: 'Structural data',
    },
    sourceLabel: 'Source',
    licenceLabel: 'Licence',
    methodLabel: 'Method',
    methodGermanOnly: '(The sources publish this text in German only.)',
    inferredByHandTitle: 'Inferred by hand',
    inferredByHandText:
      'The desired direction, unit or target of this indicator are not stated explicitly by the source; we inferred them from the source texts.',
    goalsLabel: 'Sustainable Development Goals',
    sdgTargetsHeading: 'Linked SDG targets',
    noSdgTargets: 'No targets linked.',
    targetsHeading: 'Target values',
    noTargets: 'No target value is recorded for this indicator.',
    targetScope: { MUNICIPALITY: 'Municipality', REGION: 'Region', COUNTRY: 'Germany (sustainability strategy)' },
    comparator: { AT_LEAST: 'at least', AT_MOST: 'at most', EQUAL: 'exactly' },
    targetText: (comparator, value, year) => `${comparator} ${value} by ${year}`,
    targetLineLabel: (scope, value, year) => `Target ${scope} ${year}: ${value}`,
    seriesHeading: 'Time series',
    seriesCaption: (title, unit) => `${title} (${unit}) of the cities and districts, the region and reference values`,
    computedSuffix: '(computed)',
    computedNote: "The region's value is computed from the values of its cities and districts.",
    referenceNote: 'Germany and NRW: dashed reference lines.',
    demoNote: 'Contains invented demo values.',
    showSeriesLegend: 'Series shown',
    noValues: 'There are no values for this indicator.',
    barHeading: 'Comparison in one year',
    barCaption: (title, year, unit) => `${title} (${unit}) in ${year}`,
    yearLabel: 'Year',
    noValuesInYear: (year) => `There are no values for ${year}.`,
    unitColumn: 'Area',
    valueColumn: (unit) => `Value (${unit})`,
    tableHeading: 'Data',
    yearColumn: 'Year',
    progressHeading: 'Progress and method',
    progressIntro:
      'Two methods assess whether an area is moving towards its target. Both are computed from the values, never stored.',
    openSdgMethod:
      'Open SDG progress measure (after Eurostat): compound annual growth rate from the base year 2015 (else the next year with a value) to the latest year. Without a target it is compared, in the desired direction, with fixed thresholds (1.5 %, 0.5 %, 0 %); with a target, with the growth rate needed (95 %, 60 %, 0 %).',
    dnsMethod:
      'Weather symbol of the German Sustainable Development Strategy: the mean annual change of the last five years is projected to the target year; sun when the target is missed by at most 5 % of the gap, light cloud up to 20 %, cloud beyond, thunderstorm when moving the wrong way.',
    weatherLabel: 'Weather (DNS)',
    referencesHiddenNote: 'As totals, Germany and NRW are far larger than the cities and districts and are therefore hidden at first.',
    dnsWeather: { SUN: 'Sun', LIGHT_CLOUD: 'Light cloud', CLOUD: 'Cloud', THUNDERSTORM: 'Thunderstorm', NOT_AVAILABLE: 'Not assessed' },
    measuredAgainst: (text) => `Measured against the target: ${text}.`,
    noTarget: 'Without a target value: only the direction is assessed.',
    unitKind: { REGION: 'Region', GERMANY: 'Germany', NRW: 'North Rhine-Westphalia' },
  },
};
