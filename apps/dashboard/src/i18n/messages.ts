import type { Language } from './language';

export type MunicipalityKindKey = 'CITY' | 'DISTRICT' | 'TOWN';

/**
 * Every UI string. Both dictionaries are typed with this interface, so a key missing in either
 * language (or an extra one) is a compile error.
 */
export interface Messages {
  appName: string;
  skipToContent: string;
  mainNavigation: string;
  navOverview: string;
  navMunicipalities: string;
  languageSwitchLabel: string;
  /** Label of the link that switches to the other language, written in that language. */
  languageSwitchText: string;
  demoBanner: string;
  demoBannerDetail: string;
  footerSourcesHeading: string;
  footerSources: string;
  footerSdgSources: string;
  loading: string;
  errorHeading: string;
  retry: string;
  networkErrorPrefix: string;
  overviewTitle: (regionName: string) => string;
  overviewIntro: string;
  goalsHeading: string;
  goalLabel: (code: string) => string;
  municipalitiesHeading: string;
  populationLabel: string;
  inhabitants: (formatted: string) => string;
  noMunicipalities: string;
  municipalityKind: Record<MunicipalityKindKey, string>;
  keyFiguresHeading: string;
  figurePopulation: string;
  figurePopulationAsOf: (date: string) => string;
  figureArea: string;
  figureDensity: string;
  figureKind: string;
  figureNuts3: string;
  figureAgs: string;
  unitKm2: string;
  unitPerKm2: string;
  notAvailable: string;
  populationChartHeading: string;
  populationChartCaption: (name: string, from: number, to: number) => string;
  ageChartHeading: string;
  ageChartCaption: (name: string, year: number) => string;
  chartLoading: string;
  chartFailed: string;
  dataAsTable: string;
  columnYear: string;
  columnValue: string;
  columnAgeGroup: string;
  noObservations: string;
  demoValuesNote: string;
  sourceLabel: string;
  municipalityNotFoundTitle: string;
  municipalityNotFoundText: (ags: string) => string;
  backToOverview: string;
  pageNotFoundTitle: string;
  pageNotFoundText: (path: string) => string;
}

const de: Messages = {
  appName: 'Agenda Atlas',
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  navOverview: 'Region',
  navMunicipalities: 'Kommunen',
  languageSwitchLabel: 'Sprache wechseln: English',
  languageSwitchText: 'English',
  demoBanner: 'Enthält Demo-Daten',
  demoBannerDetail:
    'Einige Einträge (z. B. Akteure, Veranstaltungen, Empfehlungen) sind erfundene Beispieldaten.',
  footerSourcesHeading: 'Quellen',
  footerSources:
    'Strukturdaten: © Statistische Ämter des Bundes und der Länder (Regionaldatenbank Deutschland, Datenlizenz Deutschland – Namensnennung 2.0) und Statistisches Bundesamt (Gemeindeverzeichnis GV-ISys).',
  footerSdgSources:
    'Ziele für nachhaltige Entwicklung (SDGs) und ihre Farben: Vereinte Nationen; deutsche und englische Titel: Open SDG (sdg-translations).',
  loading: 'Wird geladen …',
  errorHeading: 'Die Daten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  networkErrorPrefix: 'Netzwerkfehler',
  overviewTitle: (regionName) => regionName,
  overviewIntro:
    'Die Agenda 2030 in der Region: die 17 Ziele für nachhaltige Entwicklung und Strukturdaten der Städte und Kreise.',
  goalsHeading: 'Die 17 Ziele für nachhaltige Entwicklung',
  goalLabel: (code) => `Ziel ${code}`,
  municipalitiesHeading: 'Städte und Kreise',
  populationLabel: 'Einwohner',
  inhabitants: (formatted) => `${formatted} Einwohner`,
  noMunicipalities: 'Für diese Region sind keine Kommunen hinterlegt.',
  municipalityKind: {
    CITY: 'kreisfreie Stadt',
    DISTRICT: 'Kreis',
    TOWN: 'kreisangehörige Gemeinde',
  },
  keyFiguresHeading: 'Kennzahlen',
  figurePopulation: 'Bevölkerung',
  figurePopulationAsOf: (date) => `Stand ${date}`,
  figureArea: 'Fläche',
  figureDensity: 'Bevölkerungsdichte',
  figureKind: 'Art',
  figureNuts3: 'NUTS-3',
  figureAgs: 'Amtlicher Gemeindeschlüssel',
  unitKm2: 'km²',
  unitPerKm2: 'Einwohner je km²',
  notAvailable: 'k. A.',
  populationChartHeading: 'Bevölkerungsentwicklung',
  populationChartCaption: (name, from, to) => `Bevölkerung von ${name}, ${from} bis ${to}`,
  ageChartHeading: 'Bevölkerung nach Altersgruppen',
  ageChartCaption: (name, year) => `Bevölkerung von ${name} nach Altersgruppen, ${year}`,
  chartLoading: 'Diagramm wird geladen …',
  chartFailed: 'Das Diagramm konnte nicht geladen werden; die Zahlen stehen in der Tabelle.',
  dataAsTable: 'Daten als Tabelle',
  columnYear: 'Jahr',
  columnValue: 'Einwohner',
  columnAgeGroup: 'Altersgruppe',
  noObservations: 'Für diese Kommune liegen keine Werte vor.',
  demoValuesNote: 'Enthält erfundene Demo-Werte.',
  sourceLabel: 'Quelle',
  municipalityNotFoundTitle: 'Kommune nicht gefunden',
  municipalityNotFoundText: (ags) =>
    `Zum Amtlichen Gemeindeschlüssel „${ags}“ gibt es keine Kommune in dieser Region.`,
  backToOverview: 'Zur Übersicht',
  pageNotFoundTitle: 'Seite nicht gefunden',
  pageNotFoundText: (path) => `Die Adresse „${path}“ gibt es nicht.`,
};

const en: Messages = {
  appName: 'Agenda Atlas',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  navOverview: 'Region',
  navMunicipalities: 'Municipalities',
  languageSwitchLabel: 'Change language: Deutsch',
  languageSwitchText: 'Deutsch',
  demoBanner: 'Contains demo data',
  demoBannerDetail: 'Some records (such as actors, events, recommendations) are invented sample data.',
  footerSourcesHeading: 'Sources',
  footerSources:
    'Structural data: © Statistical Offices of the Federation and the Länder (Regionaldatenbank Deutschland, Data licence Germany – attribution 2.0) and Federal Statistical Office (municipality directory GV-ISys).',
  footerSdgSources:
    'Sustainable Development Goals (SDGs) and their colours: United Nations; German and English titles: Open SDG (sdg-translations).',
  loading: 'Loading …',
  errorHeading: 'The data could not be loaded.',
  retry: 'Try again',
  networkErrorPrefix: 'Network error',
  overviewTitle: (regionName) => regionName,
  overviewIntro:
    'The 2030 Agenda in the region: the 17 Sustainable Development Goals and structural data of its cities and districts.',
  goalsHeading: 'The 17 Sustainable Development Goals',
  goalLabel: (code) => `Goal ${code}`,
  municipalitiesHeading: 'Cities and districts',
  populationLabel: 'Inhabitants',
  inhabitants: (formatted) => `${formatted} inhabitants`,
  noMunicipalities: 'No municipalities are recorded for this region.',
  municipalityKind: {
    CITY: 'independent city',
    DISTRICT: 'district',
    TOWN: 'town',
  },
  keyFiguresHeading: 'Key figures',
  figurePopulation: 'Population',
  figurePopulationAsOf: (date) => `as of ${date}`,
  figureArea: 'Area',
  figureDensity: 'Population density',
  figureKind: 'Kind',
  figureNuts3: 'NUTS 3',
  figureAgs: 'Official municipality key (AGS)',
  unitKm2: 'km²',
  unitPerKm2: 'inhabitants per km²',
  notAvailable: 'n/a',
  populationChartHeading: 'Population over time',
  populationChartCaption: (name, from, to) => `Population of ${name}, ${from} to ${to}`,
  ageChartHeading: 'Population by age group',
  ageChartCaption: (name, year) => `Population of ${name} by age group, ${year}`,
  chartLoading: 'Loading chart …',
  chartFailed: 'The chart could not be loaded; the numbers are in the table.',
  dataAsTable: 'Data as table',
  columnYear: 'Year',
  columnValue: 'Inhabitants',
  columnAgeGroup: 'Age group',
  noObservations: 'No values are available for this municipality.',
  demoValuesNote: 'Contains invented demo values.',
  sourceLabel: 'Source',
  municipalityNotFoundTitle: 'Municipality not found',
  municipalityNotFoundText: (ags) => `There is no municipality with the official key “${ags}” in this region.`,
  backToOverview: 'Back to the overview',
  pageNotFoundTitle: 'Page not found',
  pageNotFoundText: (path) => `The address “${path}” does not exist.`,
};

export const messages: Record<Language, Messages> = { de, en };
