import type { LocalMessages } from '../../i18n/localMessages';

export interface SourcesMessages {
  title: string;
  intro: string;
  publisherLabel: string;
  licenceLabel: string;
  creditLabel: string;
  usedForLabel: string;
  noteLabel: string;
  website: string;
  mapGeometry: string;
}

export const sourcesMessages: LocalMessages<SourcesMessages> = {
  de: {
    title: 'Quellen und Lizenzen',
    intro:
      'Agenda Atlas zeigt öffentliche Daten. Die Lizenzen verlangen, die Quelle zu nennen: So ist jede Quelle anzugeben, wenn Sie Zahlen, Tabellen oder Karten weiterverwenden.',
    publisherLabel: 'Herausgeber',
    licenceLabel: 'Lizenz',
    creditLabel: 'Quellenvermerk',
    usedForLabel: 'Verwendet für',
    noteLabel: 'Hinweis',
    website: 'Website',
    mapGeometry: 'Die Kartengrundlage liegt der Anwendung bei; es werden keine Kartenkacheln aus dem Internet geladen.',
  },
  en: {
    title: 'Sources and licences',
    intro:
      'Agenda Atlas shows public data. The licences ask for the source to be named: this is how to credit each source when you reuse numbers, tables or maps.',
    publisherLabel: 'Publisher',
    licenceLabel: 'Licence',
    creditLabel: 'Credit line',
    usedForLabel: 'Used for',
    noteLabel: 'Note',
    website: 'Website',
    mapGeometry: 'The map geometry ships with the application; no map tiles are loaded from the internet.',
  },
};
