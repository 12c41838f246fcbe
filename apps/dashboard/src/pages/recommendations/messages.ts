// Strings of the public recommendation pages and of the vocabulary the staff workspace shares with
// them (statuses, progress, history).
import type { RecommendationStatus } from '@atlas/domain';
import type { LocalMessages } from '../../i18n/localMessages';

export interface RecommendationMessages {
  navRecommendations: string;
  /** The German word stays in both languages' headings where users know it as a term. */
  listTitle: string;
  listIntro: string;
  status: Record<RecommendationStatus, string>;
  statusLabel: string;
  progressLabel: string;
  progressValue: (percent: number) => string;
  rolledUpProgress: (percent: number) => string;
  dueDateLabel: string;
  noDueDate: string;
  wholeRegion: string;
  municipalityLabel: string;
  goalLabel: string;
  allMunicipalities: string;
  allGoals: string;
  goalOption: (number: number, title: string) => string;
  filterHeading: string;
  applyFilters: string;
  resetFilters: string;
  resultCount: (count: number) => string;
  noResults: string;
  loadMore: string;
  backToList: string;
  notFoundTitle: string;
  notFoundText: string;
  textHeading: string;
  sdgTargetsHeading: string;
  indicatorsHeading: string;
  actorsHeading: string;
  findingsHeading: string;
  parentHeading: string;
  childrenHeading: string;
  noneLinked: string;
  historyHeading: string;
  historyEmpty: string;
  historyCreated: (status: string) => string;
  historyStatusChange: (from: string, to: string) => string;
  historyProgressChange: (from: number, to: number) => string;
  historyBy: (name: string) => string;
  demoRecord: string;
  rollupHeading: string;
  rollupByMunicipality: string;
  rollupByGoal: string;
  rollupCaptionMunicipality: string;
  rollupCaptionGoal: string;
  rollupColumnCount: string;
  rollupColumnProgress: string;
  rollupValueLabel: string;
  feedsHeading: string;
  feedAll: string;
  feedFiltered: string;
  feedForMunicipality: (name: string) => string;
  feedTitle: (scope: string) => string;
  feedHelp: string;
  municipalitySectionHeading: string;
  municipalitySectionEmpty: string;
  municipalitySectionAll: (name: string) => string;
}

const de: RecommendationMessages = {
  navRecommendations: 'Handlungsempfehlungen',
  listTitle: 'Handlungsempfehlungen',
  listIntro:
    'Die lokalen Handlungsempfehlungen der Regionalstelle und wie weit ihre Umsetzung ist: Status, Fortschritt und jede Änderung.',
  status: {
    DRAFT: 'Entwurf',
    PUBLISHED: 'Veröffentlicht',
    AGREED: 'Vereinbart',
    IN_PROGRESS: 'In Umsetzung',
    IMPLEMENTED: 'Umgesetzt',
    ON_HOLD: 'Zurückgestellt',
    REJECTED: 'Abgelehnt',
  },
  statusLabel: 'Status',
  progressLabel: 'Fortschritt',
  progressValue: (percent) => `${percent} %`,
  rolledUpProgress: (percent) => `${percent} % einschließlich Unterempfehlungen`,
  dueDateLabel: 'Fällig',
  noDueDate: 'ohne Termin',
  wholeRegion: 'ganze Region',
  municipalityLabel: 'Kommune',
  goalLabel: 'SDG',
  allMunicipalities: 'Alle Kommunen',
  allGoals: 'Alle Ziele',
  goalOption: (number, title) => `${number} – ${title}`,
  filterHeading: 'Filter',
  applyFilters: 'Anwenden',
  resetFilters: 'Filter zurücksetzen',
  resultCount: (count) => (count === 1 ? '1 Empfehlung' : `${count} Empfehlungen`),
  noResults: 'Keine Empfehlungen für diese Auswahl.',
  loadMore: 'Weitere laden',
  backToList: 'Zu allen Handlungsempfehlungen',
  notFoundTitle: 'Empfehlung nicht gefunden',
  notFoundText: 'Diese Empfehlung gibt es nicht oder sie ist nicht öffentlich.',
  textHeading: 'Empfehlung',
  sdgTargetsHeading: 'SDG-Unterziele',
  indicatorsHeading: 'Indikatoren (woran Erfolg sichtbar wird)',
  actorsHeading: 'Verantwortliche Akteure',
  findingsHeading: 'Grundlage: Erkenntnisse',
  parentHeading: 'Teil von',
  childrenHeading: 'Unterempfehlungen',
  noneLinked: 'keine',
  historyHeading: 'Verlauf',
  historyEmpty: 'Noch keine Änderungen.',
  historyCreated: (status) => `Angelegt als „${status}“`,
  historyStatusChange: (from, to) => `Status: ${from} → ${to}`,
  historyProgressChange: (from, to) => `Fortschritt: ${from} % → ${to} %`,
  historyBy: (name) => `von ${name}`,
  demoRecord: 'Demo-Daten',
  rollupHeading: 'Fortschritt im Überblick',
  rollupByMunicipality: 'nach Kommune',
  rollupByGoal: 'nach SDG',
  rollupCaptionMunicipality: 'Durchschnittlicher Fortschritt der Handlungsempfehlungen je Kommune',
  rollupCaptionGoal: 'Durchschnittlicher Fortschritt der Handlungsempfehlungen je SDG',
  rollupColumnCount: 'Empfehlungen',
  rollupColumnProgress: 'Fortschritt in %',
  rollupValueLabel: 'Fortschritt in %',
  feedsHeading: 'Änderungen abonnieren',
  feedAll: 'Alle Statusänderungen der Region (Atom-Feed)',
  feedFiltered: 'Statusänderungen dieser Auswahl (Atom-Feed)',
  feedForMunicipality: (name) => `Statusänderungen in ${name} (Atom-Feed)`,
  feedTitle: (scope) => `Handlungsempfehlungen: Statusänderungen – ${scope}`,
  feedHelp: 'Einen Atom-Feed können Sie in jedem Feedreader abonnieren, ohne Konto.',
  municipalitySectionHeading: 'Handlungsempfehlungen',
  municipalitySectionEmpty: 'Für diese Kommune sind noch keine Handlungsempfehlungen veröffentlicht.',
  municipalitySectionAll: (name) => `Alle Handlungsempfehlungen für ${name}`,
};

const en: RecommendationMessages = {
  navRecommendations: 'Recommendations',
  listTitle: 'Local action recommendations',
  listIntro:
    "The regional office's local action recommendations (Handlungsempfehlungen) and how far they have been implemented: status, progress and every change.",
  status: {
    DRAFT: 'Draft',
    PUBLISHED: 'Published',
    AGREED: 'Agreed',
    IN_PROGRESS: 'In progress',
    IMPLEMENTED: 'Implemented',
    ON_HOLD: 'On hold',
    REJECTED: 'Rejected',
  },
  statusLabel: 'Status',
  progressLabel: 'Progress',
  progressValue: (percent) => `${percent} %`,
  rolledUpProgress: (percent) => `${percent} % including sub-recommendations`,
  dueDateLabel: 'Due',
  noDueDate: 'no due date',
  wholeRegion: 'whole region',
  municipalityLabel: 'Municipality',
  goalLabel: 'SDG',
  allMunicipalities: 'All municipalities',
  allGoals: 'All goals',
  goalOption: (number, title) => `${number} – ${title}`,
  filterHeading: 'Filters',
  applyFilters: 'Apply',
  resetFilters: 'Reset filters',
  resultCount: (count) => (count === 1 ? '1 recommendation' : `${count} recommendations`),
  noResults: 'No recommendations match this selection.',
  loadMore: 'Load more',
  backToList: 'All recommendations',
  notFoundTitle: 'Recommendation not found',
  notFoundText: 'This recommendation does not exist or is not public.',
  textHeading: 'Recommendation',
  sdgTargetsHeading: 'SDG targets',
  indicatorsHeading: 'Indicators (how success would show)',
  actorsHeading: 'Responsible actors',
  findingsHeading: 'Based on findings',
  parentHeading: 'Part of',
  childrenHeading: 'Sub-recommendations',
  noneLinked: 'none',
  historyHeading: 'History',
  historyEmpty: 'No changes yet.',
  historyCreated: (status) => `Created as “${status}”`,
  historyStatusChange: (from, to) => `Status: ${from} → ${to}`,
  historyProgressChange: (from, to) => `Progress: ${from} % → ${to} %`,
  historyBy: (name) => `by ${name}`,
  demoRecord: 'Demo data',
  rollupHeading: 'Progress at a glance',
  rollupByMunicipality: 'by municipality',
  rollupByGoal: 'by SDG',
  rollupCaptionMunicipality: 'Average progress of the recommendations per municipality',
  rollupCaptionGoal: 'Average progress of the recommendations per SDG',
  rollupColumnCount: 'Recommendations',
  rollupColumnProgress: 'Progress in %',
  rollupValueLabel: 'Progress in %',
  feedsHeading: 'Follow the changes',
  feedAll: 'All status changes in the region (Atom feed)',
  feedFiltered: 'Status changes of this selection (Atom feed)',
  feedForMunicipality: (name) => `Status changes in ${name} (Atom feed)`,
  feedTitle: (scope) => `Recommendations: status changes – ${scope}`,
  feedHelp: 'You can subscribe to an Atom feed in any feed reader, no account needed.',
  municipalitySectionHeading: 'Local action recommendations',
  municipalitySectionEmpty: 'No recommendations have been published for this municipality yet.',
  municipalitySectionAll: (name) => `All recommendations for ${name}`,
};

export const recommendationMessages: LocalMessages<RecommendationMessages> = { de, en };
