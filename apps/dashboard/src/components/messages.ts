// Strings of the shared components (tables, CSV download, progress badges, sparklines).
import type { LocalMessages } from '../i18n/localMessages';

export type OpenSdgStatusKey =
  | 'TARGET_ACHIEVED'
  | 'SUBSTANTIAL_PROGRESS'
  | 'MODERATE_PROGRESS'
  | 'LIMITED_PROGRESS'
  | 'DETERIORATION'
  | 'NOT_AVAILABLE';

export interface ComponentMessages {
  noValue: string;
  noValueLong: string;
  csvDownload: string;
  csvFormatNote: string;
  progressLabel: string;
  openSdgStatus: Record<OpenSdgStatusKey, string>;
  sparklineLabel: (from: number, to: number) => string;
  topic: Record<'SDG_MUNICIPAL' | 'SUSTAINABILITY_STRATEGY' | 'STRUCTURE', string>;
  navIndicators: string;
  navCompare: string;
  navMap: string;
  navSources: string;
  /** Under a nested list that shows one page: how many more there are (the connection's totalCount). */
  andMore: (count: number) => string;
}

export const componentMessages: LocalMessages<ComponentMessages> = {
  de: {
    noValue: '–',
    noValueLong: 'kein Wert',
    csvDownload: 'Als CSV herunterladen',
    csvFormatNote:
      'CSV für Excel in deutscher Einstellung: UTF-8 mit BOM, Semikolon als Trennzeichen, Dezimalkomma, ohne Tausenderpunkte; leere Zelle = kein Wert.',
    progressLabel: 'Fortschritt',
    openSdgStatus: {
      TARGET_ACHIEVED: 'Ziel erreicht',
      SUBSTANTIAL_PROGRESS: 'Deutlicher Fortschritt',
      MODERATE_PROGRESS: 'Mäßiger Fortschritt',
      LIMITED_PROGRESS: 'Geringer Fortschritt',
      DETERIORATION: 'Verschlechterung',
      NOT_AVAILABLE: 'Keine Bewertung',
    },
    sparklineLabel: (from, to) => `Verlauf ${from} bis ${to}`,
    topic: {
      SDG_MUNICIPAL: 'SDG-Indikatoren für Kommunen',
      SUSTAINABILITY_STRATEGY: 'Deutsche Nachhaltigkeitsstrategie',
      STRUCTURE: 'Strukturdaten',
    },
    navIndicators: 'Indikatoren',
    navCompare: 'Vergleich',
    navMap: 'Karte',
    navSources: 'Quellen',
    andMore: (count) => `und ${count} weitere`,
  },
  en: {
    noValue: '–',
    noValueLong: 'no value',
    csvDownload: 'Download as CSV',
    csvFormatNote:
      'CSV for English spreadsheets: UTF-8 with BOM, comma as separator, decimal point, no thousands separators; an empty cell means no value.',
    progressLabel: 'Progress',
    openSdgStatus: {
      TARGET_ACHIEVED: 'Target achieved',
      SUBSTANTIAL_PROGRESS: 'Substantial progress',
      MODERATE_PROGRESS: 'Moderate progress',
      LIMITED_PROGRESS: 'Limited progress',
      DETERIORATION: 'Deterioration',
      NOT_AVAILABLE: 'Not assessed',
    },
    sparklineLabel: (from, to) => `Trend ${from} to ${to}`,
    topic: {
      SDG_MUNICIPAL: 'SDG indicators for municipalities',
      SUSTAINABILITY_STRATEGY: 'German Sustainable Development Strategy',
      STRUCTURE: 'Structural data',
    },
    navIndicators: 'Indicators',
    navCompare: 'Comparison',
    navMap: 'Map',
    navSources: 'Sources',
    andMore: (count) => `and ${count} more`,
  },
};
