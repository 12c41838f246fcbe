// Demo publications: the situation and resource analyses of Wuppertal (published) and Solingen (draft),
// and placeholder imprint and privacy pages that an administrator must replace before going live.
// Plain data; demo.ts writes it.
import type { PublicationKind, PublicationStatus } from '@atlas/domain';
import { ags } from './demo-network.js';

export interface DemoPublication {
  slug: string;
  kind: PublicationKind;
  ags: string | null;
  titleDe: string;
  titleEn?: string;
  /** Markdown. */
  bodyDe: string;
  status: PublicationStatus;
  publishedAt?: string;
}

const demoNotice =
  '> **Demo-Inhalt:** Dieser Text ist erfunden und dient nur der Vorführung der Plattform. ' +
  'Personen, Zitate und Maßnahmen sind nicht real.';

const placeholderNotice =
  '> **Platzhalter:** Diese Seite muss von einer Administratorin oder einem Administrator durch den ' +
  'rechtsgültigen Text des Trägers der Regionalstelle ersetzt werden, bevor die Plattform öffentlich betrieben wird.';

const wuppertalAnalysis = `${demoNotice}

## Ausgangslage

Wuppertal ist mit rund 355.000 Einwohnerinnen und Einwohnern (31.12.2021) die größte Stadt des Bergischen
Landes. Die durchschnittliche Bevölkerung sank von 382.831 (1995) auf 342.671 (2011) und wächst seit 2012
wieder (2015: 347.736); der Sprung zwischen 2010 und 2011 geht auf die Umstellung auf den Zensus 2011 zurück.
Die Strukturdaten (Bevölkerung, Altersstruktur) stehen im Dashboard unter „Indikatoren“ mit Quellenangabe.

## Was gut funktioniert

- Im Quartier Ölberg gibt es ein gut besuchtes Repair-Café, das Nachbarschaft und Ressourcenschonung verbindet
  (SDG 12.5, 11.3).
- Initiativen, Verwaltung und Wissenschaft arbeiten in Quartiersprojekten bereits eng zusammen.

## Bedarfe und Hürden

- Initiativen brauchen Räume, die sie verlässlich nutzen können (SDG 11.3, 11.7).
- Einladungen zu Beteiligungsangeboten erreichen Menschen mit geringen Deutschkenntnissen kaum (SDG 10.2, 16.7).

## Handlungsempfehlungen

1. Das Quartier Ölberg als Lernort für Nachhaltigkeit stärken
   - Einen dauerhaften Raum für das Repair-Café sichern
   - Nachhaltigkeitsrundgänge für Schulklassen anbieten
2. Beteiligungsangebote mehrsprachig ankündigen

## Methode

Auswertung der Strukturdaten der Regionaldatenbank Deutschland, zwei leitfadengestützte Interviews mit
Schlüsselakteuren und ein Workshop am 22. April 2026. Aussagen aus Interviews erscheinen nur anonymisiert.
`;

const solingenAnalysis = `${demoNotice}

## Ausgangslage

Solingen zählt rund 159.000 Einwohnerinnen und Einwohner (31.12.2021). *Abschnitt in Arbeit.*

## Was gut funktioniert

- Die Fairtrade-Town-Kampagne hat Einzelhandel und Schulen eingebunden (SDG 12.8, 17.17).

## Bedarfe und Hürden

- Soziale und ökologische Kriterien spielen in der öffentlichen Beschaffung bisher eine geringe Rolle (SDG 12.7).

## Handlungsempfehlungen (Entwurf)

1. Faire und ökologische Beschaffung in der Stadtverwaltung verankern
`;

const imprint = `${placeholderNotice}

## Angaben gemäß § 5 DDG

[Name und Anschrift des Trägers der Regionalstelle]
[Vertretungsberechtigte Person]
[Kontakt: Telefon, E-Mail]

## Verantwortlich für den Inhalt

[Name, Anschrift]

## Datenquellen

- SDG-Titel: Open SDG (open-sdg/sdg-translations, MIT); Farben: UN SDG Guidelines über open-sdg;
  Indikatorliste: UN Statistics Division (Global Indicator Framework, Stand 2023).
- Fläche und Bevölkerung: © Statistisches Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 31.12.2021.
- Bevölkerung: © Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland,
  Tabellen 12411-05-01-4 und 12411-02-03-4, Datenlizenz Deutschland – Namensnennung – Version 2.0.
`;

const privacy = `${placeholderNotice}

## Verantwortliche Stelle

[Name und Anschrift des Trägers der Regionalstelle]

## Netzwerk-Verteiler

Wer in den Netzwerk-Verteiler aufgenommen werden möchte, willigt schriftlich (Unterschriftenliste bei einer
Veranstaltung) oder über das Online-Formular ein. Die Einwilligung kann jederzeit widerrufen werden.
[Zweck, Rechtsgrundlage, Speicherdauer und Empfänger ergänzen.]

## Ihre Rechte

[Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch, Beschwerde bei der Aufsichtsbehörde ergänzen.]
`;

export const demoPublications: readonly DemoPublication[] = [
  {
    slug: 'situationsanalyse-wuppertal',
    kind: 'SITUATION_ANALYSIS',
    ags: ags.wuppertal,
    titleDe: 'Situations- und Ressourcenanalyse Wuppertal',
    titleEn: 'Situation and resource analysis: Wuppertal',
    bodyDe: wuppertalAnalysis,
    status: 'PUBLISHED',
    publishedAt: '2026-06-01T09:00:00+02:00',
  },
  {
    slug: 'situationsanalyse-solingen',
    kind: 'SITUATION_ANALYSIS',
    ags: ags.solingen,
    titleDe: 'Situations- und Ressourcenanalyse Solingen',
    bodyDe: solingenAnalysis,
    status: 'DRAFT',
  },
  {
    slug: 'impressum',
    kind: 'IMPRINT',
    ags: null,
    titleDe: 'Impressum (Platzhalter)',
    titleEn: 'Legal notice (placeholder)',
    bodyDe: imprint,
    status: 'PUBLISHED',
    publishedAt: '2026-01-15T09:00:00+01:00',
  },
  {
    slug: 'datenschutz',
    kind: 'PRIVACY',
    ags: null,
    titleDe: 'Datenschutzerklärung (Platzhalter)',
    titleEn: 'Privacy policy (placeholder)',
    bodyDe: privacy,
    status: 'PUBLISHED',
    publishedAt: '2026-01-15T09:00:00+01:00',
  },
];
