import type { LocalMessages } from '../../i18n/localMessages';

export interface CatalogueMessages {
  title: string;
  intro: string;
  searchLabel: string;
  topicLabel: string;
  allTopics: string;
  goalLabel: string;
  allGoals: string;
  resultCount: (count: number) => string;
  tableCaption: string;
  indicatorColumn: string;
  topicColumn: string;
  unitColumn: string;
  goalsColumn: string;
  loadMore: string;
  none: string;
  inferred: string;
}

export const catalogueMessages: LocalMessages<CatalogueMessages> = {
  de: {
    title: 'Indikatoren',
    intro: 'Alle Indikatoren des Katalogs: SDG-Indikatoren für Kommunen, die Indikatoren der Deutschen Nachhaltigkeitsstrategie und Strukturdaten.',
    searchLabel: 'Suche im Titel',
    topicLabel: 'Themenfeld',
    allTopics: 'Alle Themenfelder',
    goalLabel: 'Nachhaltigkeitsziel',
    allGoals: 'Alle Ziele',
    resultCount: (count) => (count === 1 ? '1 Indikator' : `${count} Indikatoren`),
    tableCaption: 'Indikatorenkatalog',
    indicatorColumn: 'Indikator',
    topicColumn: 'Themenfeld',
    unitColumn: 'Einheit',
    goalsColumn: 'Ziele',
    loadMore: 'Weitere laden',
    none: 'Kein Indikator passt zu dieser Auswahl.',
    inferred: 'von Hand abgeleitet',
  },
  en: {
    title: 'Indicators',
    intro: 'Every indicator of the catalogue: SDG indicators for municipalities, the indicators of the German Sustainable Development Strategy and structural data.',
    searchLabel: 'Search the title',
    topicLabel: 'Topic',
    allTopics: 'All topics',
    goalLabel: 'Sustainable Development Goal',
    allGoals: 'All goals',
    resultCount: (count) => (count === 1 ? '1 indicator' : `${count} indicators`),
    tableCaption: 'Indicator catalogue',
    indicatorColumn: 'Indicator',
    topicColumn: 'Topic',
    unitColumn: 'Unit',
    goalsColumn: 'Goals',
    loadMore: 'Load more',
    none: 'No indicator matches this choice.',
    inferred: 'inferred by hand',
  },
};
