// Strings of the overview's progress summary (the page's first strings are in src/i18n/messages.ts).
import type { LocalMessages } from '../../i18n/localMessages';

export interface OverviewMessages {
  progressHeading: string;
  progressIntro: string;
  unitLabel: string;
  regionOption: (name: string) => string;
  summaryCaption: (unit: string) => string;
  goalColumn: string;
  indicatorsColumn: string;
  statusColumn: string;
  noIndicators: string;
  statusCount: (count: number, status: string) => string;
  openGoal: (label: string) => string;
}

export const overviewMessages: LocalMessages<OverviewMessages> = {
  de: {
    progressHeading: 'Fortschritt je Ziel',
    progressIntro:
      'Wie viele Indikatoren eines Ziels sich wie entwickeln, nach dem Open-SDG-Fortschrittsmaß. Die Region ist aus ihren Städten und Kreisen berechnet.',
    unitLabel: 'Gebiet',
    regionOption: (name) => `${name} (Region)`,
    summaryCaption: (unit) => `Fortschritt der Indikatoren je Ziel: ${unit}`,
    goalColumn: 'Ziel',
    indicatorsColumn: 'Indikatoren',
    statusColumn: 'Bewertung',
    noIndicators: 'noch keine Indikatoren',
    statusCount: (count, status) => `${count} × ${status}`,
    openGoal: (label) => `${label} öffnen`,
  },
  en: {
    progressHeading: 'Progress by goal',
    progressIntro:
      "How many of a goal's indicators move in which way, by the Open SDG progress measure. The region is computed from its cities and districts.",
    unitLabel: 'Area',
    regionOption: (name) => `${name} (region)`,
    summaryCaption: (unit) => `Progress of the indicators by goal: ${unit}`,
    goalColumn: 'Goal',
    indicatorsColumn: 'Indicators',
    statusColumn: 'Assessment',
    noIndicators: 'no indicators yet',
    statusCount: (count, status) => `${count} × ${status}`,
    openGoal: (label) => `Open ${label}`,
  },
};
