// The enum values of prisma/schema.prisma, for code that must not import Prisma (dashboard, validation).
// A test in packages/db compares these lists with the generated Prisma enums, so they cannot drift apart.
import { z } from 'zod';

// ── Geography ──
export const municipalityKinds = ['CITY', 'DISTRICT', 'TOWN'] as const;
export type MunicipalityKind = (typeof municipalityKinds)[number];
export const municipalityKindSchema = z.enum(municipalityKinds);

// ── Indicators and data ──
export const indicatorTopics = ['SDG_MUNICIPAL', 'SUSTAINABILITY_STRATEGY', 'STRUCTURE'] as const;
export type IndicatorTopic = (typeof indicatorTopics)[number];
export const indicatorTopicSchema = z.enum(indicatorTopics);

export const polarities = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Polarity = (typeof polarities)[number];
export const polaritySchema = z.enum(polarities);

export const aggregations = ['SUM', 'POPULATION_WEIGHTED_MEAN', 'NOT_AGGREGABLE'] as const;
export type Aggregation = (typeof aggregations)[number];
export const aggregationSchema = z.enum(aggregations);

export const observationStatuses = ['FINAL', 'PROVISIONAL', 'ESTIMATED'] as const;
export type ObservationStatus = (typeof observationStatuses)[number];
export const observationStatusSchema = z.enum(observationStatuses);

export const importStatuses = ['RUNNING', 'SUCCEEDED', 'FAILED', 'DRY_RUN'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const importStatusSchema = z.enum(importStatuses);

export const referenceAreas = ['GERMANY', 'NRW'] as const;
export type ReferenceArea = (typeof referenceAreas)[number];
export const referenceAreaSchema = z.enum(referenceAreas);

export const targetScopes = ['MUNICIPALITY', 'REGION', 'COUNTRY'] as const;
export type TargetScope = (typeof targetScopes)[number];
export const targetScopeSchema = z.enum(targetScopes);

export const targetComparators = ['AT_LEAST', 'AT_MOST', 'EQUAL'] as const;
export type TargetComparator = (typeof targetComparators)[number];
export const targetComparatorSchema = z.enum(targetComparators);

// ── Network ──
export const actorSectors = [
  'ADMINISTRATION',
  'POLITICS',
  'CIVIL_SOCIETY',
  'BUSINESS',
  'SCIENCE_EDUCATION',
  'CHURCH',
  'MIGRANT_ORGANISATION',
  'MEDIA',
  'OTHER',
] as const;
export type ActorSector = (typeof actorSectors)[number];
export const actorSectorSchema = z.enum(actorSectors);

export const actorLinkKinds = ['COOPERATION', 'MEMBERSHIP', 'FUNDING', 'PARTNERSHIP'] as const;
export type ActorLinkKind = (typeof actorLinkKinds)[number];
export const actorLinkKindSchema = z.enum(actorLinkKinds);

export const partnershipKinds = ['TOWN_TWINNING', 'PROJECT', 'SCHOOL', 'ASSOCIATION'] as const;
export type PartnershipKind = (typeof partnershipKinds)[number];
export const partnershipKindSchema = z.enum(partnershipKinds);

// ── Process ──
export const eventKinds = [
  'KICK_OFF',
  'WORKSHOP',
  'LOCAL_CONFERENCE',
  'REGIONAL_CONFERENCE',
  'CIRCLE_MEETING',
  'OTHER',
] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventKindSchema = z.enum(eventKinds);

export const participationRoles = ['HOST', 'EXPERT_INPUT', 'PARTICIPANT'] as const;
export type ParticipationRole = (typeof participationRoles)[number];
export const participationRoleSchema = z.enum(participationRoles);

export const findingKinds = ['WORKS_WELL', 'NEED', 'IDEA', 'BARRIER'] as const;
export type FindingKind = (typeof findingKinds)[number];
export const findingKindSchema = z.enum(findingKinds);

export const recommendationStatuses = [
  'DRAFT',
  'PUBLISHED',
  'AGREED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'ON_HOLD',
  'REJECTED',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];
export const recommendationStatusSchema = z.enum(recommendationStatuses);

export const consentMethods = ['SIGNED_LIST', 'ONLINE_FORM', 'EMAIL'] as const;
export type ConsentMethod = (typeof consentMethods)[number];
export const consentMethodSchema = z.enum(consentMethods);

export const publicationKinds = ['SITUATION_ANALYSIS', 'REGIONAL_CONFERENCE', 'IMPRINT', 'PRIVACY', 'PAGE'] as const;
export type PublicationKind = (typeof publicationKinds)[number];
export const publicationKindSchema = z.enum(publicationKinds);

export const publicationStatuses = ['DRAFT', 'PUBLISHED'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];
export const publicationStatusSchema = z.enum(publicationStatuses);

// ── People who sign in ──
export const userRoles = ['ADMIN', 'STAFF', 'PARTNER'] as const;
export type UserRole = (typeof userRoles)[number];
export const userRoleSchema = z.enum(userRoles);

/** Every enum by its Prisma name: drives the label table and the drift test against Prisma. */
export const enumValues = {
  MunicipalityKind: municipalityKinds,
  IndicatorTopic: indicatorTopics,
  Polarity: polarities,
  Aggregation: aggregations,
  ObservationStatus: observationStatuses,
  ImportStatus: importStatuses,
  ReferenceArea: referenceAreas,
  TargetScope: targetScopes,
  TargetComparator: targetComparators,
  ActorSector: actorSectors,
  ActorLinkKind: actorLinkKinds,
  PartnershipKind: partnershipKinds,
  EventKind: eventKinds,
  ParticipationRole: participationRoles,
  FindingKind: findingKinds,
  RecommendationStatus: recommendationStatuses,
  ConsentMethod: consentMethods,
  PublicationKind: publicationKinds,
  PublicationStatus: publicationStatuses,
  UserRole: userRoles,
} as const;

export type EnumName = keyof typeof enumValues;
export type EnumValue<Name extends EnumName> = (typeof enumValues)[Name][number];

export const enumNames = Object.keys(enumValues) as EnumName[];

export function isEnumValue<Name extends EnumName>(name: Name, value: unknown): value is EnumValue<Name> {
  return (enumValues[name] as readonly unknown[]).includes(value);
}
