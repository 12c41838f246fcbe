// Demo interviews with key actors and what they said (findings), tagged with SDG targets. A finding is
// published only with its anonymised wording (publicStatementDe). Plain data; demo-writer.ts writes it.
import type { FindingKind } from '@atlas/domain';
import { ags } from './demo-network.js';

export interface DemoFinding {
  key: string;
  kind: FindingKind;
  statementDe: string;
  /** Set exactly for published findings. */
  publicStatementDe?: string;
  themes: readonly string[];
  sdgTargets: readonly string[];
}

export interface DemoInterview {
  key: string;
  ags: string;
  actor: string;
  contact: string;
  conductedAt: string;
  notes: string;
  findings: readonly DemoFinding[];
}

export const demoInterviews: readonly DemoInterview[] = [
  {
    key: 'interview-oelberg',
    ags: ags.wuppertal,
    actor: 'buergerverein-oelberg',
    contact: 'sabine-kowalski',
    conductedAt: '2026-02-09T10:00:00+01:00',
    notes: 'Gespräch im Vereinsraum, etwa 90 Minuten. Frau Kowalski bittet, den Vermieter nicht namentlich zu nennen.',
    findings: [
      {
        key: 'repair-cafe-works',
        kind: 'WORKS_WELL',
        statementDe: 'Das Repair-Café läuft seit vier Jahren, jeden Monat kommen 40 bis 60 Leute, die meisten aus der Nachbarschaft.',
        publicStatementDe: 'Im Quartier gibt es ein gut besuchtes Repair-Café, das Nachbarschaft und Ressourcenschonung verbindet.',
        themes: ['Reparatur', 'Nachbarschaft'],
        sdgTargets: ['12.5', '11.3'],
      },
      {
        key: 'room-needed',
        kind: 'NEED',
        statementDe: 'Uns fehlt ein dauerhafter Raum; der Mietvertrag für den Laden läuft Ende 2026 aus.',
        publicStatementDe: 'Initiativen im Quartier brauchen Räume, die sie verlässlich nutzen können.',
        themes: ['Räume', 'Ehrenamt'],
        sdgTargets: ['11.3', '11.7'],
      },
      {
        key: 'school-repair-idea',
        kind: 'IDEA',
        statementDe: 'Schulklassen könnten bei uns lernen, wie man Dinge repariert – zwei Lehrerinnen haben schon nachgefragt.',
        themes: ['Bildung', 'Reparatur'],
        sdgTargets: ['4.7', '12.8'],
      },
    ],
  },
  {
    key: 'interview-migrantinnenforum',
    ags: ags.wuppertal,
    actor: 'migrantinnenforum',
    contact: 'amina-yusuf',
    conductedAt: '2026-02-16T14:00:00+01:00',
    notes: 'Telefoninterview, etwa 60 Minuten.',
    findings: [
      {
        key: 'language-barrier',
        kind: 'BARRIER',
        statementDe: 'Viele Frauen aus unseren Kursen erfahren von Beteiligungsangeboten nicht, weil alles nur auf Deutsch ausgeschrieben wird.',
        publicStatementDe: 'Einladungen zu Beteiligungsangeboten erreichen Menschen mit geringen Deutschkenntnissen kaum.',
        themes: ['Beteiligung', 'Sprache'],
        sdgTargets: ['10.2', '16.7'],
      },
    ],
  },
  {
    key: 'interview-eine-welt-laden',
    ags: ags.solingen,
    actor: 'eine-welt-laden-solingen',
    contact: 'peter-lindner',
    conductedAt: '2026-02-23T11:00:00+01:00',
    notes: 'Gespräch im Laden, etwa 75 Minuten.',
    findings: [
      {
        key: 'procurement-need',
        kind: 'NEED',
        statementDe: 'Die Stadt kauft Dienstkleidung und Kaffee noch fast nur nach dem Preis ein.',
        publicStatementDe: 'Soziale und ökologische Kriterien spielen in der öffentlichen Beschaffung bisher eine geringe Rolle.',
        themes: ['Beschaffung', 'Fairer Handel'],
        sdgTargets: ['12.7'],
      },
      {
        key: 'fairtrade-town-works',
        kind: 'WORKS_WELL',
        statementDe: 'Die Fairtrade-Town-Kampagne hat viele Geschäfte und zwei Schulen mitgenommen.',
        publicStatementDe: 'Die Fairtrade-Town-Kampagne hat Einzelhandel und Schulen eingebunden.',
        themes: ['Fairer Handel', 'Bildung'],
        sdgTargets: ['12.8', '17.17'],
      },
    ],
  },
  {
    key: 'interview-jugendparlament',
    ags: ags.remscheid,
    actor: 'jugendparlament-remscheid',
    contact: 'nele-sommer',
    conductedAt: '2026-03-02T16:00:00+01:00',
    notes: 'Gespräch mit zwei Mitgliedern des Jugendparlaments, etwa 45 Minuten.',
    findings: [
      {
        key: 'youth-motions-barrier',
        kind: 'BARRIER',
        statementDe: 'Unsere Anträge zum Klimaschutz werden im Rat vertagt, eine Rückmeldung bekommen wir selten.',
        themes: ['Jugendbeteiligung', 'Klimaschutz'],
        sdgTargets: ['13.3', '16.7'],
      },
    ],
  },
  {
    key: 'interview-werkzeugbau',
    ags: ags.remscheid,
    actor: 'werkzeugbau-kremer',
    contact: 'martin-scholz',
    conductedAt: '2026-03-04T09:00:00+01:00',
    notes: 'Gespräch in der Lehrwerkstatt, etwa 60 Minuten.',
    findings: [
      {
        key: 'solar-project-works',
        kind: 'WORKS_WELL',
        statementDe: 'Unsere Azubis bauen mit dem Gymnasium Solarleuchten für die Partnerschule in Ghana.',
        publicStatementDe: 'Ausbildungsbetriebe und Schulen verbinden Berufsorientierung mit einem internationalen Solarprojekt.',
        themes: ['Ausbildung', 'Partnerschaften', 'Energie'],
        sdgTargets: ['4.4', '7.1', '17.17'],
      },
    ],
  },
  {
    key: 'interview-kulturverein',
    ags: ags.leverkusen,
    actor: 'afrikanischer-kulturverein',
    contact: 'kwame-mensah',
    conductedAt: '2026-03-09T18:00:00+01:00',
    notes: 'Gespräch im Vereinsheim, etwa 70 Minuten.',
    findings: [
      {
        key: 'energy-advice-need',
        kind: 'NEED',
        statementDe: 'Familien in unserer Beratung verstehen die Nebenkostenabrechnung nicht und wissen nicht, wo es Energieberatung gibt.',
        publicStatementDe: 'Haushalte mit geringem Einkommen finden schwer Zugang zur Energieberatung.',
        themes: ['Energie', 'Armut'],
        sdgTargets: ['7.1', '1.4'],
      },
      {
        key: 'multilingual-advice-idea',
        kind: 'IDEA',
        statementDe: 'Die Energieberatung könnte zusammen mit Kulturvereinen mehrsprachige Sprechstunden anbieten.',
        themes: ['Energie', 'Sprache'],
        sdgTargets: ['7.1', '10.2'],
      },
    ],
  },
  {
    key: 'interview-oberberg',
    ags: ags.oberberg,
    actor: 'oberberg-regionalentwicklung',
    contact: 'ursula-hein',
    conductedAt: '2026-03-16T10:00:00+01:00',
    notes: 'Gespräch im Kreishaus, etwa 60 Minuten.',
    findings: [
      {
        key: 'meeting-places-need',
        kind: 'NEED',
        statementDe: 'In den Dörfern fehlen Treffpunkte für ältere Menschen, seit Gaststätten und Läden schließen.',
        publicStatementDe: 'In kleineren Ortschaften fehlen Begegnungsorte für ältere Menschen.',
        themes: ['Demografie', 'Ländlicher Raum'],
        sdgTargets: ['11.7', '3.4'],
      },
    ],
  },
  {
    key: 'interview-agenda-verein',
    ags: ags.rheinBerg,
    actor: 'agenda-verein-gladbach',
    contact: 'irina-baumann',
    conductedAt: '2026-03-23T15:00:00+01:00',
    notes: 'Gespräch in der Geschäftsstelle, etwa 80 Minuten.',
    findings: [
      {
        key: 'no-staff-barrier',
        kind: 'BARRIER',
        statementDe: 'Ohne eigene Nachhaltigkeitsstelle hängt in den kleinen Kommunen alles am Ehrenamt.',
        publicStatementDe: 'In mehreren kreisangehörigen Kommunen fehlen hauptamtliche Ansprechpersonen für Nachhaltigkeit.',
        themes: ['Verwaltung', 'Ehrenamt'],
        sdgTargets: ['16.6', '17.17'],
      },
      {
        key: 'population-data-need',
        kind: 'NEED',
        statementDe: 'Wir bräuchten Zahlen zur Bevölkerungsentwicklung für jede Kommune, einfach und aktuell.',
        themes: ['Daten'],
        sdgTargets: ['17.18'],
      },
    ],
  },
];

/** Findings recorded at workshops rather than in interviews. */
export interface DemoEventFinding extends DemoFinding {
  event: string;
  ags: string;
}

export const demoEventFindings: readonly DemoEventFinding[] = [
  {
    key: 'walks-idea',
    event: 'workshop-wuppertal',
    ags: ags.wuppertal,
    kind: 'IDEA',
    statementDe: 'Nachhaltigkeitsrundgänge durch das Quartier für Schulklassen: Repair-Café, Gemeinschaftsgarten, Quartiersradio.',
    publicStatementDe: 'Rundgänge für Schulklassen können zeigen, was im Quartier für Nachhaltigkeit schon getan wird.',
    themes: ['Bildung', 'Quartier'],
    sdgTargets: ['4.7'],
  },
  {
    key: 'marketplace-idea',
    event: 'workshop-oberberg',
    ags: ags.oberberg,
    kind: 'IDEA',
    statementDe: 'Ein gemeinsamer Online-Marktplatz der Höfe könnte Bestellungen und Lieferwege bündeln.',
    themes: ['Landwirtschaft', 'Regionalvermarktung'],
    sdgTargets: ['2.4', '12.3'],
  },
];
