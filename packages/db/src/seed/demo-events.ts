// Demo events of the process in 2026: kick-offs in all six units, workshops with expert inputs, the
// Wuppertal networking conference, three initiative-circle meetings, the regional conference, one info stand.
// Plain data; demo-writer.ts writes it. Actors and contacts are referred to by their keys in demo-network.ts.
import type { EventKind, ParticipationRole } from '@atlas/domain';
import { ags } from './demo-network.js';

export interface DemoParticipation {
  actor?: string;
  contact?: string;
  role: ParticipationRole;
  /** Topic of an expert input. */
  topicDe?: string;
}

export interface DemoEvent {
  key: string;
  kind: EventKind;
  /** Null for region-wide events. */
  ags: string | null;
  titleDe: string;
  titleEn?: string;
  /** ISO date-times with the German offset of that day. */
  startsAt: string;
  endsAt: string;
  place: string;
  descriptionDe: string;
  minutesDe?: string;
  participations: readonly DemoParticipation[];
}

const office: DemoParticipation = { actor: 'regionalstelle', contact: 'lena-hartmann', role: 'HOST' };

function kickOff(
  key: string,
  unitAgs: string,
  unitName: string,
  day: string,
  place: string,
  others: DemoParticipation[],
): DemoEvent {
  return {
    key,
    kind: 'KICK_OFF',
    ags: unitAgs,
    titleDe: `Kick-off Agenda 2030 in ${unitName}`,
    titleEn: `Agenda 2030 kick-off in ${unitName}`,
    startsAt: `${day}T17:00:00+01:00`,
    endsAt: `${day}T20:00:00+01:00`,
    place,
    descriptionDe: `Auftakt des Agenda-2030-Prozesses in ${unitName}: Die Regionalstelle stellt das Vorhaben vor und lernt die lokalen Akteure kennen.`,
    participations: [office, ...others],
  };
}

/** The meetings of the Wuppertal initiative circle; keys circle-meeting-1 … 3. */
function circleMeeting(number: number, day: string): DemoEvent {
  return {
    key: `circle-meeting-${number}`,
    kind: 'CIRCLE_MEETING',
    ags: ags.wuppertal,
    titleDe: `${number}. Sitzung des Initiativkreises Nachhaltiges Quartier Ölberg`,
    startsAt: `${day}T18:00:00+02:00`,
    endsAt: `${day}T20:00:00+02:00`,
    place: 'Repair-Café Ölberg, Wuppertal',
    descriptionDe: 'Arbeitssitzung zur Umsetzung der Vereinbarung der Vernetzungskonferenz.',
    participations: [
      { actor: 'buergerverein-oelberg', contact: 'sabine-kowalski', role: 'HOST' },
      { actor: 'buergerverein-oelberg', contact: 'mehmet-aydin', role: 'PARTICIPANT' },
      { actor: 'institut-stadtwandel', contact: 'tobias-engel', role: 'PARTICIPANT' },
      { actor: 'migrantinnenforum', contact: 'amina-yusuf', role: 'PARTICIPANT' },
      { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', role: 'PARTICIPANT' },
    ],
  };
}

export const demoEvents: readonly DemoEvent[] = [
  kickOff('kickoff-wuppertal', ags.wuppertal, 'Wuppertal', '2026-01-21', 'Rathaus Barmen, Wuppertal', [
    { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', role: 'HOST' },
    { actor: 'buergerverein-oelberg', contact: 'sabine-kowalski', role: 'PARTICIPANT' },
    { actor: 'migrantinnenforum', contact: 'amina-yusuf', role: 'PARTICIPANT' },
    { actor: 'institut-stadtwandel', contact: 'tobias-engel', role: 'PARTICIPANT' },
    { actor: 'quartiersradio', role: 'PARTICIPANT' },
    { contact: 'hannah-roth', role: 'PARTICIPANT' },
  ]),
  kickOff('kickoff-solingen', ags.solingen, 'Solingen', '2026-01-28', 'Rathaus Solingen, Ratssaal', [
    { actor: 'solingen-klimaschutz', contact: 'claudia-brenner', role: 'HOST' },
    { actor: 'eine-welt-laden-solingen', contact: 'peter-lindner', role: 'PARTICIPANT' },
    { actor: 'kirchengemeinde-nordstadt', role: 'PARTICIPANT' },
    { actor: 'schneidwaren-bergmann', role: 'PARTICIPANT' },
  ]),
  kickOff('kickoff-remscheid', ags.remscheid, 'Remscheid', '2026-02-04', 'Rathaus Remscheid', [
    { actor: 'werkzeugbau-kremer', contact: 'martin-scholz', role: 'PARTICIPANT' },
    { actor: 'gymnasium-stadtpark', role: 'PARTICIPANT' },
    { actor: 'jugendparlament-remscheid', contact: 'nele-sommer', role: 'PARTICIPANT' },
  ]),
  kickOff('kickoff-leverkusen', ags.leverkusen, 'Leverkusen', '2026-02-11', 'Forum Leverkusen, kleiner Saal', [
    { actor: 'leverkusen-nachhaltigkeit', role: 'HOST' },
    { actor: 'nachbarschaftshilfe-rheindorf', role: 'PARTICIPANT' },
    { actor: 'afrikanischer-kulturverein', contact: 'kwame-mensah', role: 'PARTICIPANT' },
  ]),
  kickOff('kickoff-oberberg', ags.oberberg, 'Oberbergischer Kreis', '2026-02-18', 'Kreishaus Gummersbach', [
    { actor: 'oberberg-regionalentwicklung', contact: 'ursula-hein', role: 'HOST' },
    { actor: 'biohof-wiehltal', contact: 'florian-weiss', role: 'PARTICIPANT' },
  ]),
  kickOff('kickoff-rheinberg', ags.rheinBerg, 'Rheinisch-Bergischer Kreis', '2026-02-25', 'Kreishaus Bergisch Gladbach', [
    { actor: 'agenda-verein-gladbach', contact: 'irina-baumann', role: 'PARTICIPANT' },
    { actor: 'klimabeirat-rheinberg', role: 'PARTICIPANT' },
    { actor: 'oekumenischer-arbeitskreis', role: 'PARTICIPANT' },
  ]),
  {
    key: 'workshop-wuppertal',
    kind: 'WORKSHOP',
    ags: ags.wuppertal,
    titleDe: 'Workshop: Nachhaltige Quartiere in Wuppertal',
    titleEn: 'Workshop: sustainable neighbourhoods in Wuppertal',
    startsAt: '2026-04-22T16:00:00+02:00',
    endsAt: '2026-04-22T20:00:00+02:00',
    place: 'Nachbarschaftsheim Ölberg, Wuppertal',
    descriptionDe: 'Vorstellung der Struktur- und Interviewergebnisse für Wuppertal, Fachinputs und Ideenwerkstatt.',
    participations: [
      { ...office, role: 'EXPERT_INPUT', topicDe: 'Die Agenda 2030 weltweit, im Bund und in NRW' },
      { actor: 'institut-stadtwandel', contact: 'tobias-engel', role: 'EXPERT_INPUT', topicDe: 'Was Strukturdaten und Interviews über Wuppertal zeigen' },
      { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', role: 'PARTICIPANT' },
      { actor: 'buergerverein-oelberg', contact: 'mehmet-aydin', role: 'PARTICIPANT' },
      { actor: 'migrantinnenforum', contact: 'amina-yusuf', role: 'PARTICIPANT' },
    ],
  },
  {
    key: 'workshop-solingen',
    kind: 'WORKSHOP',
    ags: ags.solingen,
    titleDe: 'Workshop: Fair einkaufen in Verwaltung und Unternehmen',
    startsAt: '2026-05-06T16:00:00+02:00',
    endsAt: '2026-05-06T19:30:00+02:00',
    place: 'Bürgerhaus Solingen-Mitte',
    descriptionDe: 'Ergebnisse der Situationsanalyse für Solingen und Beispiele fairer Beschaffung.',
    participations: [
      office,
      { actor: 'eine-welt-laden-solingen', contact: 'peter-lindner', role: 'EXPERT_INPUT', topicDe: 'Faire öffentliche Beschaffung: Beispiele aus NRW-Kommunen' },
      { actor: 'solingen-klimaschutz', contact: 'claudia-brenner', role: 'EXPERT_INPUT', topicDe: 'Das Solinger Klimaschutzkonzept: Stand und nächste Schritte' },
      { actor: 'schneidwaren-bergmann', role: 'PARTICIPANT' },
      { actor: 'kirchengemeinde-nordstadt', role: 'PARTICIPANT' },
    ],
  },
  {
    key: 'workshop-oberberg',
    kind: 'WORKSHOP',
    ags: ags.oberberg,
    titleDe: 'Workshop: Gut älter werden auf dem Land',
    startsAt: '2026-05-20T15:00:00+02:00',
    endsAt: '2026-05-20T18:30:00+02:00',
    place: 'Dorfgemeinschaftshaus Wiehl-Drabenderhöhe',
    descriptionDe: 'Altersstruktur im Oberbergischen Kreis, Nahversorgung und Begegnungsorte in kleinen Ortschaften.',
    participations: [
      { ...office, role: 'EXPERT_INPUT', topicDe: 'SDG-Indikatoren für Kommunen: der Oberbergische Kreis im Vergleich' },
      { actor: 'oberberg-regionalentwicklung', contact: 'ursula-hein', role: 'EXPERT_INPUT', topicDe: 'Demografischer Wandel: was die Altersgruppen zeigen' },
      { actor: 'biohof-wiehltal', contact: 'florian-weiss', role: 'PARTICIPANT' },
    ],
  },
  {
    key: 'conference-wuppertal',
    kind: 'LOCAL_CONFERENCE',
    ags: ags.wuppertal,
    titleDe: 'Vernetzungskonferenz Wuppertal: Gemeinsam für ein nachhaltiges Quartier',
    titleEn: 'Wuppertal networking conference: together for a sustainable neighbourhood',
    startsAt: '2026-06-13T10:00:00+02:00',
    endsAt: '2026-06-13T16:00:00+02:00',
    place: 'Rathaus Barmen, Bürgersaal',
    descriptionDe: 'Die Handlungsempfehlungen der Situationsanalyse werden ergänzt und in konkrete Vereinbarungen überführt.',
    minutesDe:
      'Rund 45 Teilnehmende. Ergebnis: Vereinbarung „Nachhaltiges Quartier Ölberg“, unterzeichnet von drei Organisationen; ' +
      'Gründung des Initiativkreises Nachhaltiges Quartier Ölberg mit erster Sitzung im Juli.',
    participations: [
      office,
      { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', role: 'HOST' },
      { actor: 'buergerverein-oelberg', contact: 'sabine-kowalski', role: 'PARTICIPANT' },
      { actor: 'buergerverein-oelberg', contact: 'mehmet-aydin', role: 'PARTICIPANT' },
      { actor: 'institut-stadtwandel', contact: 'tobias-engel', role: 'PARTICIPANT' },
      { actor: 'migrantinnenforum', contact: 'amina-yusuf', role: 'PARTICIPANT' },
      { actor: 'quartiersradio', role: 'PARTICIPANT' },
      { contact: 'hannah-roth', role: 'PARTICIPANT' },
    ],
  },
  circleMeeting(1, '2026-07-09'),
  circleMeeting(2, '2026-09-10'),
  circleMeeting(3, '2026-10-22'),
  {
    key: 'fair-market-solingen',
    kind: 'OTHER',
    ags: ags.solingen,
    titleDe: 'Infostand der Regionalstelle beim Fairen Markt in Solingen',
    startsAt: '2026-09-19T10:00:00+02:00',
    endsAt: '2026-09-19T14:00:00+02:00',
    place: 'Neumarkt, Solingen',
    descriptionDe: 'Informationen zum Agenda-2030-Prozess und Eintragung in den Netzwerk-Verteiler.',
    participations: [
      { actor: 'eine-welt-laden-solingen', contact: 'peter-lindner', role: 'HOST' },
      { actor: 'regionalstelle', contact: 'jonas-albers', role: 'PARTICIPANT' },
    ],
  },
  {
    key: 'regional-conference',
    kind: 'REGIONAL_CONFERENCE',
    ags: null,
    titleDe: 'Regionalkonferenz Agenda 2030 im Bergischen Land',
    titleEn: 'Regional conference: the 2030 Agenda in the Bergisches Land',
    startsAt: '2026-11-20T10:00:00+01:00',
    endsAt: '2026-11-20T17:00:00+01:00',
    place: 'Historische Stadthalle Wuppertal',
    descriptionDe:
      'Die lokalen Prozesse der sechs Städte und Kreise kommen zusammen, mit Akteuren aus EU, Bund und NRW ' +
      'und den transnationalen Partnerschaften der Region.',
    participations: [
      office,
      { actor: 'regionalstelle', contact: 'jonas-albers', role: 'HOST' },
      { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', role: 'EXPERT_INPUT', topicDe: 'Städtepartnerschaften als Brücke: Erfahrungen aus Wuppertal' },
      { actor: 'leverkusen-nachhaltigkeit', role: 'EXPERT_INPUT', topicDe: 'Mehrsprachige Energieberatung: ein Jahr Praxis' },
      { actor: 'buergerverein-oelberg', contact: 'sabine-kowalski', role: 'PARTICIPANT' },
      { actor: 'eine-welt-laden-solingen', contact: 'peter-lindner', role: 'PARTICIPANT' },
      { actor: 'gymnasium-stadtpark', role: 'PARTICIPANT' },
      { actor: 'oberberg-regionalentwicklung', contact: 'ursula-hein', role: 'PARTICIPANT' },
      { actor: 'agenda-verein-gladbach', contact: 'irina-baumann', role: 'PARTICIPANT' },
      { actor: 'nachhaltigkeitsmagazin', role: 'PARTICIPANT' },
    ],
  },
];
