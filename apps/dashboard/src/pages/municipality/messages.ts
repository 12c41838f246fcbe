// Strings of the profile's indicator cards, commuter chart and print notes (the page's first strings
// are in the shared dictionary, src/i18n/messages.ts).
import type { LocalMessages } from '../../i18n/localMessages';

export type TrendDirectionKey = 'UP' | 'DOWN' | 'FLAT';
export type TrendAssessmentKey = 'IMPROVING' | 'WORSENING' | 'STABLE';

export interface ProfileMessages {
  commutersHeading: string;
  commutersCaption: (name: string, year: number) => string;
  commutersInbound: string;
  commutersOutbound: string;
  commutersBalance: string;
  commutersCategory: string;
  commutersValue: string;
  indicatorsHeading: string;
  indicatorsIntro: string;
  noIndicators: string;
  withoutGoal: string;
  latestValue: (value: string, unit: string, year: number) => string;
  noLatestValue: string;
  trend: (direction: string, assessment: string | null, from: number, to: number) => string;
  trendDirection: Record<TrendDirectionKey, string>;
  trendAssessment: Record<TrendAssessmentKey, string>;
  trendArrow: Record<TrendDirectionKey, string>;
  demoValue: string;
  computedValue: string;
  sourcesHeading: string;
  print: string;
  compareWithNeighbours: string;
  allUnitsSeries: string;
}

export const profileMessages: LocalMessages<ProfileMessages> = {
  de: {
    commutersHeading: 'Pendler',
    commutersCaption: (name, year) => `Ein- und Auspendler über die Grenze von ${name}, 30.06.${year}`,
    commutersInbound: 'Einpendler',
    commutersOutbound: 'Auspendler',
    commutersBalance: 'Pendlersaldo',
    commutersCategory: 'Art',
    commutersValue: 'Personen',
    indicatorsHeading: 'Indikatoren nach Nachhaltigkeitsziel',
    indicatorsIntro: 'Je Indikator der letzte Wert, der Verlauf der letzten Jahre, die Entwicklung und der Fortschritt nach Open SDG.',
    noIndicators: 'Für diese Kommune liegen noch keine Indikatorwerte vor.',
    withoutGoal: 'Weitere Strukturdaten',
    latestValue: (value, unit, year) => `${value} ${unit} (${year})`,
    noLatestValue: 'kein Wert',
    trend: (direction, assessment, from, to) => `${direction}${assessment ? `, ${assessment}` : ''} (${from}–${to})`,
    trendDirection: { UP: 'steigend', DOWN: 'fallend', FLAT: 'gleichbleibend' },
    trendAssessment: { IMPROVING: 'Verbesserung', WORSENING: 'Verschlechterung', STABLE: 'stabil' },
    trendArrow: { UP: '↗', DOWN: '↘', FLAT: '→' },
    demoValue: 'Demo-Wert',
    computedValue: 'berechnet',
    sourcesHeading: 'Quellen der Indikatoren',
    print: 'Drucken (A4)',
    compareWithNeighbours: 'Mit Nachbarn vergleichen',
    allUnitsSeries: 'Alle Städte und Kreise im Vergleich',
  },
  en: {
    commutersHeading: 'Commuters',
    commutersCaption: (name, year) => `Commuters into and out of ${name}, 30 June ${year}`,
    commutersInbound: 'Inbound commuters',
    commutersOutbound: 'Outbound commuters',
    commutersBalance: 'Commuter balance',
    commutersCategory: 'Kind',
    commutersValue: 'People',
    indicatorsHeading: 'Indicators by Sustainable Development Goal',
    indicatorsIntro: 'For each indicator the latest value, its course over recent years, the trend and the Open SDG progress.',
    noIndicators: 'There are no indicator values for this municipality yet.',
    withoutGoal: 'Further structural data',
    latestValue: (value, unit, year) => `${value} ${unit} (${year})`,
    noLatestValue: 'no value',
    trend: (direction, assessment, from, to) => `${direction}${assessment ? `, ${assessment}` : ''} (${from}–${to})`,
    trendDirection: { UP: 'rising', DOWN: 'falling', FLAT: 'level' },
    trendAssessment: { IMPROVING: 'improving', WORSENING: 'worsening', STABLE: 'stable' },
    trendArrow: { UP: '↗', DOWN: '↘', FLAT: '→' },
    demoValue: 'demo value',
    computedValue: 'computed',
    sourcesHeading: 'Sources of the indicators',
    print: 'Print (A4)',
    compareWithNeighbours: 'Compare with neighbours',
    allUnitsSeries: 'All cities and districts compared',
  },
};
