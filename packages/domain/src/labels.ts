import type { EnumName, EnumValue } from './enums.js';
import type { Language, LocalizedText } from './language.js';

/** One label pair per value of every enum: a value without labels does not compile. */
export type EnumLabels = {
  readonly [Name in EnumName]: { readonly [Value in EnumValue<Name>]: LocalizedText };
};

export const enumLabels: EnumLabels = {
  MunicipalityKind: {
    CITY: { de: 'kreisfreie Stadt', en: 'independent city' },
    DISTRICT: { de: 'Kreis', en: 'district' },
    TOWN: { de: 'kreisangehörige Gemeinde', en: 'municipality within a district' },
  },
  IndicatorTopic: {
    SDG_MUNICIPAL: { de: 'SDG-Indikatoren für Kommunen', en: 'SDG indicators for municipalities' },
    SUSTAINABILITY_STRATEGY: { de: 'Deutsche Nachhaltigkeitsstrategie', en: 'German Sustainable Development Strategy' },
    STRUCTURE: { de: 'Strukturdaten', en: 'Structural data' },
  },
  Polarity: {
    HIGHER_IS_BETTER: { de: 'Höher ist besser', en: 'Higher is better' },
    LOWER_IS_BETTER: { de: 'Niedriger ist besser', en: 'Lower is better' },
    NEUTRAL: { de: 'Ohne Bewertungsrichtung', en: 'No preferred direction' },
  },
  Aggregation: {
    SUM: { de: 'Summe', en: 'Sum' },
    POPULATION_WEIGHTED_MEAN: { de: 'Bevölkerungsgewichtetes Mittel', en: 'Population-weighted mean' },
    NOT_AGGREGABLE: { de: 'Nicht aggregierbar', en: 'Not aggregable' },
  },
  ObservationStatus: {
    FINAL: { de: 'Endgültig', en: 'Final' },
    PROVISIONAL: { de: 'Vorläufig', en: 'Provisional' },
    ESTIMATED: { de: 'Geschätzt', en: 'Estimated' },
  },
  ImportStatus: {
    RUNNING: { de: 'Läuft', en: 'Running' },
    SUCCEEDED: { de: 'Erfolgreich', en: 'Succeeded' },
    FAILED: { de: 'Fehlgeschlagen', en: 'Failed' },
    DRY_RUN: { de: 'Probelauf', en: 'Dry run' },
  },
  ReferenceArea: {
    GERMANY: { de: 'Deutschland', en: 'Germany' },
    NRW: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  },
  TargetScope: {
    MUNICIPALITY: { de: 'Kommune', en: 'Municipality' },
    REGION: { de: 'Region', en: 'Region' },
    COUNTRY: { de: 'Bund', en: 'Federal level' },
  },
  TargetComparator: {
    AT_LEAST: { de: 'mindestens', en: 'at least' },
    AT_MOST: { de: 'höchstens', en: 'at most' },
    EQUAL: { de: 'genau', en: 'exactly' },
  },
  ActorSector: {
    ADMINISTRATION: { de: 'Verwaltung', en: 'Public administration' },
    POLITICS: { de: 'Politik', en: 'Politics' },
    CIVIL_SOCIETY: { de: 'Zivilgesellschaft', en: 'Civil society' },
    BUSINESS: { de: 'Wirtschaft', en: 'Business' },
    SCIENCE_EDUCATION: { de: 'Wissenschaft und Bildung', en: 'Science and education' },
    CHURCH: { de: 'Kirche', en: 'Church' },
    MIGRANT_ORGANISATION: { de: 'Migrantenorganisation', en: 'Migrant organisation' },
    MEDIA: { de: 'Medien', en: 'Media' },
    OTHER: { de: 'Sonstige', en: 'Other' },
  },
  ActorLinkKind: {
    COOPERATION: { de: 'Kooperation', en: 'Cooperation' },
    MEMBERSHIP: { de: 'Mitgliedschaft', en: 'Membership' },
    FUNDING: { de: 'Förderung', en: 'Funding' },
    PARTNERSHIP: { de: 'Partnerschaft', en: 'Partnership' },
  },
  PartnershipKind: {
    TOWN_TWINNING: { de: 'Städtepartnerschaft', en: 'Town twinning' },
    PROJECT: { de: 'Projektpartnerschaft', en: 'Project partnership' },
    SCHOOL: { de: 'Schulpartnerschaft', en: 'School partnership' },
    ASSOCIATION: { de: 'Vereinspartnerschaft', en: 'Association partnership' },
  },
  EventKind: {
    KICK_OFF: { de: 'Kick-off', en: 'Kick-off' },
    WORKSHOP: { de: 'Workshop', en: 'Workshop' },
    LOCAL_CONFERENCE: { de: 'Vernetzungskonferenz', en: 'Local networking conference' },
    REGIONAL_CONFERENCE: { de: 'Regionalkonferenz', en: 'Regional conference' },
    CIRCLE_MEETING: { de: 'Sitzung des Initiativkreises', en: 'Initiative circle meeting' },
    OTHER: { de: 'Sonstige Veranstaltung', en: 'Other event' },
  },
  ParticipationRole: {
    HOST: { de: 'Gastgeber', en: 'Host' },
    EXPERT_INPUT: { de: 'Fachinput', en: 'Expert input' },
    PARTICIPANT: { de: 'Teilnahme', en: 'Participant' },
  },
  FindingKind: {
    WORKS_WELL: { de: 'Was gut funktioniert', en: 'What works well' },
    NEED: { de: 'Bedarf', en: 'Need' },
    IDEA: { de: 'Idee', en: 'Idea' },
    BARRIER: { de: 'Hürde', en: 'Barrier' },
  },
  RecommendationStatus: {
    DRAFT: { de: 'Entwurf', en: 'Draft' },
    PUBLISHED: { de: 'Veröffentlicht', en: 'Published' },
    AGREED: { de: 'Vereinbart', en: 'Agreed' },
    IN_PROGRESS: { de: 'In Umsetzung', en: 'In progress' },
    IMPLEMENTED: { de: 'Umgesetzt', en: 'Implemented' },
    ON_HOLD: { de: 'Zurückgestellt', en: 'On hold' },
    REJECTED: { de: 'Abgelehnt', en: 'Rejected' },
  },
  ConsentMethod: {
    SIGNED_LIST: { de: 'Unterschriftenliste', en: 'Signed list' },
    ONLINE_FORM: { de: 'Online-Formular', en: 'Online form' },
    EMAIL: { de: 'E-Mail', en: 'Email' },
  },
  PublicationKind: {
    SITUATION_ANALYSIS: { de: 'Situations- und Ressourcenanalyse', en: 'Situation and resource analysis' },
    REGIONAL_CONFERENCE: { de: 'Dokumentation der Regionalkonferenz', en: 'Regional conference report' },
    IMPRINT: { de: 'Impressum', en: 'Legal notice' },
    PRIVACY: { de: 'Datenschutzerklärung', en: 'Privacy policy' },
    PAGE: { de: 'Seite', en: 'Page' },
  },
  PublicationStatus: {
    DRAFT: { de: 'Entwurf', en: 'Draft' },
    PUBLISHED: { de: 'Veröffentlicht', en: 'Published' },
  },
  UserRole: {
    ADMIN: { de: 'Administration', en: 'Administrator' },
    STAFF: { de: 'Mitarbeitende der Regionalstelle', en: 'Staff' },
    PARTNER: { de: 'Netzwerkpartner', en: 'Network partner' },
  },
};

/** The label of an enum value, e.g. label('EventKind', 'LOCAL_CONFERENCE', 'de') → "Vernetzungskonferenz". */
export function label<Name extends EnumName>(name: Name, value: EnumValue<Name>, lang: Language): string {
  const labels = enumLabels[name] as Readonly<Record<EnumValue<Name>, LocalizedText>>;
  return labels[value][lang];
}
