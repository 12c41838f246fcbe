import type { LocalMessages } from '../../i18n/localMessages';

export interface CompareMessages {
  title: string;
  intro: string;
  unitsLegend: string;
  regionOption: (name: string) => string;
  addIndicator: string;
  choose: string;
  chosenIndicators: string;
  remove: (title: string) => string;
  needUnits: string;
  needIndicators: string;
  yearLabel: string;
  latestYearOption: string;
  tableCaption: (title: string, unit: string) => string;
  chartCaption: (title: string, unit: string) => string;
  unitColumn: string;
  valueColumn: (year: number | undefined) => string;
  yearColumn: string;
  progressColumn: string;
  openIndicator: string;
  notFound: (key: string) => string;
  computedSuffix: string;
}

export const compareMessages: LocalMessages<CompareMessages> = {
  de: {
    title: 'Vergleich',
    intro: 'Zwei oder mehr Städte und Kreise nebeneinander, über ausgewählte Indikatoren. Die Auswahl steht in der Adresse und lässt sich teilen.',
    unitsLegend: 'Gebiete',
    regionOption: (name) => `${name} (Region, berechnet)`,
    addIndicator: 'Indikator hinzufügen',
    choose: '– auswählen –',
    chosenIndicators: 'Ausgewählte Indikatoren',
    remove: (title) => `${title} entfernen`,
    needUnits: 'Bitte mindestens zwei Gebiete auswählen.',
    needIndicators: 'Bitte mindestens einen Indikator hinzufügen.',
    yearLabel: 'Jahr',
    latestYearOption: 'jeweils letzter Wert',
    tableCaption: (title, unit) => `${title} (${unit}) im Vergleich`,
    chartCaption: (title, unit) => `${title} (${unit}) im Vergleich als Balken`,
    unitColumn: 'Gebiet',
    valueColumn: (year) => (year === undefined ? 'Letzter Wert' : `Wert ${year}`),
    yearColumn: 'Jahr',
    progressColumn: 'Fortschritt (Open SDG)',
    openIndicator: 'Zur Indikatorseite',
    notFound: (key) => `Einen Indikator „${key}“ gibt es nicht.`,
    computedSuffix: '(berechnet)',
  },
  en: {
    title: 'Comparison',
    intro: 'Two or more cities and districts side by side over chosen indicators. The choice is kept in the address, so it can be shared.',
    unitsLegend: 'Areas',
    regionOption: (name) => `${name} (region, computed)`,
    addIndicator: 'Add an indicator',
    choose: '– choose –',
    chosenIndicators: 'Chosen indicators',
    remove: (title) => `Remove ${title}`,
    needUnits: 'Please choose at least two areas.',
    needIndicators: 'Please add at least one indicator.',
    yearLabel: 'Year',
    latestYearOption: 'latest value of each',
    tableCaption: (title, unit) => `${title} (${unit}) compared`,
    chartCaption: (title, unit) => `${title} (${unit}) compared as bars`,
    unitColumn: 'Area',
    valueColumn: (year) => (year === undefined ? 'Latest value' : `Value ${year}`),
    yearColumn: 'Year',
    progressColumn: 'Progress (Open SDG)',
    openIndicator: 'Open the indicator page',
    notFound: (key) => `There is no indicator “${key}”.`,
    computedSuffix: '(computed)',
  },
};
