import type { LocalMessages } from '../../i18n/localMessages';

export interface GoalMessages {
  notFoundTitle: string;
  notFoundText: (number: string) => string;
  targetsHeading: string;
  indicatorsHeading: (count: number) => string;
  noIndicators: string;
  tableCaption: (goal: string) => string;
  indicatorColumn: string;
  unitOf: (unit: string) => string;
  latestNote: string;
  valueWithYear: (value: string, year: number) => string;
  computedSuffix: string;
  previousGoal: string;
  nextGoal: string;
  moreIndicators: (shown: number, total: number) => string;
  recommendationsHeading: string;
  noRecommendations: string;
  allRecommendations: (count: number) => string;
}

export const goalMessages: LocalMessages<GoalMessages> = {
  de: {
    notFoundTitle: 'Ziel nicht gefunden',
    notFoundText: (number) => `Ein Nachhaltigkeitsziel „${number}“ gibt es nicht; die Ziele sind von 1 bis 17 nummeriert.`,
    targetsHeading: 'Unterziele',
    indicatorsHeading: (count) => `Indikatoren (${count})`,
    noIndicators: 'Mit diesem Ziel ist noch kein Indikator verknüpft.',
    tableCaption: (goal) => `Letzte Werte der Indikatoren zu ${goal} je Stadt und Kreis`,
    indicatorColumn: 'Indikator',
    unitOf: (unit) => `in ${unit}`,
    latestNote: 'Je Gebiet der letzte verfügbare Wert, mit Jahr in Klammern.',
    valueWithYear: (value, year) => `${value} (${year})`,
    computedSuffix: '(berechnet)',
    previousGoal: 'Vorheriges Ziel',
    nextGoal: 'Nächstes Ziel',
    moreIndicators: (shown, total) => `Gezeigt werden ${shown} von ${total} Indikatoren.`,
    recommendationsHeading: 'Handlungsempfehlungen zu diesem Ziel',
    noRecommendations: 'Zu diesem Ziel gibt es noch keine veröffentlichte Handlungsempfehlung.',
    allRecommendations: (count) => `Alle Handlungsempfehlungen zu diesem Ziel (${count})`,
  },
  en: {
    notFoundTitle: 'Goal not found',
    notFoundText: (number) => `There is no Sustainable Development Goal “${number}”; the goals are numbered 1 to 17.`,
    targetsHeading: 'Targets',
    indicatorsHeading: (count) => `Indicators (${count})`,
    noIndicators: 'No indicator is linked to this goal yet.',
    tableCaption: (goal) => `Latest values of the indicators of ${goal} by city and district`,
    indicatorColumn: 'Indicator',
    unitOf: (unit) => `in ${unit}`,
    latestNote: 'For each area the latest value available, with its year in brackets.',
    valueWithYear: (value, year) => `${value} (${year})`,
    computedSuffix: '(computed)',
    previousGoal: 'Previous goal',
    nextGoal: 'Next goal',
    moreIndicators: (shown, total) => `Showing ${shown} of ${total} indicators.`,
    recommendationsHeading: 'Recommendations for this goal',
    noRecommendations: 'There is no published recommendation for this goal yet.',
    allRecommendations: (count) => `All recommendations for this goal (${count})`,
  },
};
