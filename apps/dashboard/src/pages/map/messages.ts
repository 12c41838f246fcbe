import type { LocalMessages } from '../../i18n/localMessages';

export interface MapMessages {
  title: string;
  intro: string;
  indicatorLabel: string;
  yearLabel: string;
  mapCaption: (title: string, year: number, unit: string) => string;
  legendHeading: string;
  legendDarkerBetter: string;
  legendDarkerLower: string;
  legendDarkerHigher: string;
  noValue: string;
  unitValue: (name: string, value: string, year: number) => string;
  unitNoValue: (name: string, year: number) => string;
  tableCaption: (title: string, year: number, unit: string) => string;
  unitColumn: string;
  valueColumn: (unit: string) => string;
  noValues: string;
  attribution: string;
  dataSource: string;
  openIndicator: string;
}

export const mapMessages: LocalMessages<MapMessages> = {
  de: {
    title: 'Karte',
    intro: 'Die sechs Städte und Kreise der Region, eingefärbt nach einem Indikator und Jahr. Jede Fläche führt zum Profil der Kommune.',
    indicatorLabel: 'Indikator',
    yearLabel: 'Jahr',
    mapCaption: (title, year, unit) => `Karte: ${title} (${unit}), ${year}`,
    legendHeading: 'Legende',
    legendDarkerBetter: 'Dunkler = besser (niedrigere Werte sind besser).',
    legendDarkerHigher: 'Dunkler = höherer Wert (höhere Werte sind besser).',
    legendDarkerLower: 'Dunkler = höherer Wert (ohne Zielrichtung).',
    noValue: 'kein Wert',
    unitValue: (name, value, year) => `${name}: ${value} (${year})`,
    unitNoValue: (name, year) => `${name}: kein Wert für ${year}`,
    tableCaption: (title, year, unit) => `${title} (${unit}) nach Stadt und Kreis, ${year}`,
    unitColumn: 'Stadt / Kreis',
    valueColumn: (unit) => `Wert (${unit})`,
    noValues: 'Für diesen Indikator liegen keine Werte der Städte und Kreise vor.',
    attribution: 'Geometrie: © GeoBasis-DE / BKG, via Statistisches Bundesamt (DNS-Plattform), dl-de/by-2-0',
    dataSource: 'Daten',
    openIndicator: 'Zur Indikatorseite',
  },
  en: {
    title: 'Map',
    intro: 'The six cities and districts of the region, coloured by one indicator and year. Each area links to the profile of the municipality.',
    indicatorLabel: 'Indicator',
    yearLabel: 'Year',
    mapCaption: (title, year, unit) => `Map: ${title} (${unit}), ${year}`,
    legendHeading: 'Legend',
    legendDarkerBetter: 'Darker = better (lower values are better).',
    legendDarkerHigher: 'Darker = higher value (higher values are better).',
    legendDarkerLower: 'Darker = higher value (no desired direction).',
    noValue: 'no value',
    unitValue: (name, value, year) => `${name}: ${value} (${year})`,
    unitNoValue: (name, year) => `${name}: no value for ${year}`,
    tableCaption: (title, year, unit) => `${title} (${unit}) by city and district, ${year}`,
    unitColumn: 'City / district',
    valueColumn: (unit) => `Value (${unit})`,
    noValues: 'There are no values of the cities and districts for this indicator.',
    attribution: 'Geometry: © GeoBasis-DE / BKG, via Federal Statistical Office (DNS platform), dl-de/by-2-0',
    dataSource: 'Data',
    openIndicator: 'Open the indicator page',
  },
};
