// The data sources of Agenda Atlas and the credit each one's licence asks for, in German and English:
// what the sources page shows. Pure data; the SOURCE.md files beside the data give the details
// (repository, commit, caveats).
import type { LocalizedText } from '../language.js';

export const dataSourceIds = ['inkar', 'dns', 'regionaldatenbank', 'gv-isys', 'bkg', 'open-sdg'] as const;
export type DataSourceId = (typeof dataSourceIds)[number];

export interface DataSourceLicence {
  /** Short name, e.g. "dl-de/by-2-0". */
  name: string;
  title: LocalizedText;
  url: string;
}

export interface DataSource {
  id: DataSourceId;
  name: LocalizedText;
  publisher: string;
  url: string;
  licence: DataSourceLicence;
  /** The attribution to show wherever the data appear, as the licence requires. */
  credit: LocalizedText;
  /** What Agenda Atlas takes from the source. */
  usedFor: LocalizedText;
  /** Caveats a reader should know. */
  note?: LocalizedText;
}

const dlDeBy20: DataSourceLicence = {
  name: 'dl-de/by-2-0',
  title: {
    de: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    en: 'Data licence Germany – attribution – version 2.0',
  },
  url: 'https://www.govdata.de/dl-de/by-2-0',
};

const destatisReuse: DataSourceLicence = {
  name: 'Destatis',
  title: {
    de: 'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet',
    en: 'Reproduction and distribution, also in parts, permitted with the source named',
  },
  url: 'https://www.destatis.de/DE/Service/Impressum/_inhalt.html',
};

export const dataSources: readonly DataSource[] = [
  {
    id: 'inkar',
    name: { de: 'INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung', en: 'INKAR – indicators and maps on spatial and urban development' },
    publisher: 'Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)',
    url: 'https://www.inkar.de/',
    licence: dlDeBy20,
    credit: { de: 'Datenquelle: INKAR, BBSR Bonn 2024, dl-de/by-2-0', en: 'Data source: INKAR, BBSR Bonn 2024, dl-de/by-2-0' },
    usedFor: {
      de: 'Die 41 SDG-Indikatoren für Kommunen und rund 160 weitere Regionalindikatoren mit Werten der sechs Gebietseinheiten, 1995–2022.',
      en: 'The 41 SDG indicators for municipalities and about 160 further regional indicators with values for the six units, 1995–2022.',
    },
    note: {
      de: 'BBSR nennt keine Zielrichtung: Ob ein höherer oder niedrigerer Wert besser ist, haben wir aus der Bedeutung abgeleitet.',
      en: 'BBSR gives no direction: whether a higher or lower value is better was inferred by us from the meaning.',
    },
  },
  {
    id: 'dns',
    name: { de: 'Indikatoren der Deutschen Nachhaltigkeitsstrategie', en: 'Indicators of the German Sustainability Strategy' },
    publisher: 'Statistisches Bundesamt (Destatis)',
    url: 'https://dns-indikatoren.de/',
    licence: destatisReuse,
    credit: {
      de: 'Quelle: Statistisches Bundesamt (Destatis), Indikatoren der Deutschen Nachhaltigkeitsstrategie, dns-indikatoren.de; eigene Aufbereitung',
      en: 'Source: Federal Statistical Office (Destatis), indicators of the German Sustainability Strategy, dns-indikatoren.de; own processing',
    },
    usedFor: {
      de: '82 Indikatoren mit nationalen Zielwerten; Zeitreihen für Deutschland und Nordrhein-Westfalen als Vergleichslinien.',
      en: '82 indicators with national targets; time series for Germany and North Rhine-Westphalia as reference lines.',
    },
    note: {
      de: 'Zielrichtung und Zielwerte wurden aus den Zieltexten abgelesen. Rechte Dritter, die die Plattform nennt, bleiben ausgenommen.',
      en: 'Directions and target values were read from the target texts. Third-party rights listed on the platform are excluded.',
    },
  },
  {
    id: 'regionaldatenbank',
    name: { de: 'Regionaldatenbank Deutschland', en: 'Regional database Germany' },
    publisher: 'Statistische Ämter des Bundes und der Länder',
    url: 'https://www.regionalstatistik.de/',
    licence: dlDeBy20,
    credit: {
      de: '© Statistische Ämter des Bundes und der Länder, Deutschland, 2017; Regionaldatenbank Deutschland, dl-de/by-2-0',
      en: '© Statistical Offices of the Federation and the Länder, Germany, 2017; regional database Germany, dl-de/by-2-0',
    },
    usedFor: {
      de: 'Strukturdaten: Fläche, Bevölkerung und Altersgruppen, Durchschnittsalter, Arbeitslose, Pendler, Bruttoinlandsprodukt (Export 10/2017).',
      en: 'Structural data: area, population and age groups, average age, unemployment, commuters, gross domestic product (export 10/2017).',
    },
    note: {
      de: 'Alte Daten mit Stand 2015/2016; aktuelle Werte kommen über den Import aus regionalstatistik.de.',
      en: 'Old data as of 2015/2016; current values come through the import from regionalstatistik.de.',
    },
  },
  {
    id: 'gv-isys',
    name: { de: 'Gemeindeverzeichnis-Informationssystem (GV-ISys)', en: 'Municipal directory information system (GV-ISys)' },
    publisher: 'Statistisches Bundesamt (Destatis)',
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
    licence: destatisReuse,
    credit: {
      de: 'Fläche und Bevölkerung: © Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 31.12.2021',
      en: 'Area and population: © Federal Statistical Office (Destatis), municipal directory, territorial status 31 December 2021',
    },
    usedFor: {
      de: 'Stammdaten der sechs Gebietseinheiten: Schlüssel, Namen, Fläche, Bevölkerung am 31.12.2021.',
      en: 'Master data of the six units: keys, names, area, population on 31 December 2021.',
    },
  },
  {
    id: 'bkg',
    name: { de: 'Verwaltungsgebiete (VG250)', en: 'Administrative areas (VG250)' },
    publisher: 'Bundesamt für Kartographie und Geodäsie (BKG)',
    url: 'https://gdz.bkg.bund.de/',
    licence: dlDeBy20,
    credit: {
      de: 'Geometrie: © GeoBasis-DE / BKG, über Statistisches Bundesamt (DNS-Plattform)',
      en: 'Geometry: © GeoBasis-DE / BKG, via Federal Statistical Office (DNS platform)',
    },
    usedFor: {
      de: 'Grenzen der Kreise und kreisfreien Städte für die Karte.',
      en: 'Boundaries of the districts and cities for the map.',
    },
  },
  {
    id: 'open-sdg',
    name: { de: 'Open SDG', en: 'Open SDG' },
    publisher: 'Open SDG (open-sdg/sdg-translations, open-sdg/open-sdg)',
    url: 'https://open-sdg.org/',
    licence: { name: 'MIT', title: { de: 'MIT-Lizenz', en: 'MIT licence' }, url: 'https://opensource.org/license/mit' },
    credit: {
      de: 'SDG-Titel: Open SDG (MIT); Farben: UN SDG Guidelines über Open SDG; Indikatorliste: UN Statistics Division (Global Indicator Framework, Stand 2023)',
      en: 'SDG titles: Open SDG (MIT); colours: UN SDG guidelines via Open SDG; indicator list: UN Statistics Division (Global Indicator Framework, 2023)',
    },
    usedFor: {
      de: 'Deutsche und englische Titel der 17 Ziele, 169 Unterziele und globalen Indikatoren; die offiziellen Zielfarben; die Fortschrittsmethode.',
      en: 'German and English titles of the 17 goals, 169 targets and global indicators; the official goal colours; the progress method.',
    },
  },
];

/** The source with this id; throws for an unknown id, naming it. */
export function dataSource(id: DataSourceId): DataSource {
  const source = dataSources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`Unknown data source "${id}"`);
  return source;
}
