// What staff may send to keep events, participations, interviews and findings. Messages are keys of
// network/problems.ts.
import { z } from 'zod';
import { eventKinds, findingKinds, participationRoles } from '../enums.js';
import { idSchema, optionalText, requiredText } from '../network/inputs.js';
import { agsSchema } from '../recommendation/inputs.js';
import { isSdgTargetCode } from '../sdg.js';

const dateTimeSchema = z
  .string({ error: 'dateTime.invalid' })
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), 'dateTime.invalid')
  .transform((value) => new Date(value));

const optionalAgs = agsSchema.nullish().transform((value) => value ?? null);

export const eventFieldsSchema = z
  .object({
    kind: z.enum(eventKinds, { error: 'eventKind.invalid' }),
    /** Null: a region-wide event such as the regional conference. */
    municipalityAgs: optionalAgs,
    titleDe: requiredText(300, 'title.tooLong'),
    titleEn: optionalText(300),
    startsAt: dateTimeSchema,
    endsAt: dateTimeSchema.nullish().transform((value) => value ?? null),
    place: optionalText(300),
    descriptionDe: optionalText(20_000),
    minutesDe: optionalText(50_000),
    isPublic: z.boolean().nullish().transform((value) => value ?? true),
  })
  .refine((event) => !event.endsAt || event.endsAt >= event.startsAt, { message: 'endsBeforeStart.invalid', path: ['endsAt'] });
export type EventFields = z.output<typeof eventFieldsSchema>;

/** Only the fields that are present change; the end is checked against the stored start in the database layer. */
export const updateEventSchema = z.object({
  id: idSchema,
  kind: z.enum(eventKinds, { error: 'eventKind.invalid' }).optional(),
  municipalityAgs: agsSchema.nullable().optional(),
  titleDe: requiredText(300, 'title.tooLong').optional(),
  titleEn: optionalText(300).optional(),
  startsAt: dateTimeSchema.optional(),
  endsAt: dateTimeSchema.nullable().optional(),
  place: optionalText(300).optional(),
  descriptionDe: optionalText(20_000).optional(),
  minutesDe: optionalText(50_000).optional(),
  isPublic: z.boolean().optional(),
});
export type UpdateEventInput = z.output<typeof updateEventSchema>;

export const participationSchema = z
  .object({
    eventId: idSchema,
    actorId: idSchema.nullish().transform((value) => value ?? null),
    contactId: idSchema.nullish().transform((value) => value ?? null),
    role: z.enum(participationRoles, { error: 'role.invalid' }),
    topicDe: optionalText(300),
  })
  .refine((participation) => participation.actorId !== null || participation.contactId !== null, { message: 'participant.missing', path: ['actorId'] });
export type ParticipationInput = z.output<typeof participationSchema>;

export const interviewFieldsSchema = z.object({
  municipalityAgs: optionalAgs,
  actorId: idSchema.nullish().transform((value) => value ?? null),
  contactId: idSchema.nullish().transform((value) => value ?? null),
  conductedAt: dateTimeSchema,
  notes: optionalText(50_000),
});
export type InterviewFields = z.output<typeof interviewFieldsSchema>;

export const updateInterviewSchema = z.object({
  id: idSchema,
  municipalityAgs: agsSchema.nullable().optional(),
  actorId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
  conductedAt: dateTimeSchema.optional(),
  notes: optionalText(50_000).optional(),
});
export type UpdateInterviewInput = z.output<typeof updateInterviewSchema>;

const sdgTargetsSchema = z.array(z.string().trim().refine(isSdgTargetCode, 'sdgTarget.invalid'));
const themesSchema = z.array(z.string().trim().min(1, 'theme.invalid').max(60, 'theme.invalid'));

export const findingFieldsSchema = z.object({
  kind: z.enum(findingKinds, { error: 'findingKind.invalid' }),
  municipalityAgs: optionalAgs,
  interviewId: idSchema.nullish().transform((value) => value ?? null),
  eventId: idSchema.nullish().transform((value) => value ?? null),
  statementDe: requiredText(5000),
  publicStatementDe: optionalText(5000),
  themes: themesSchema.default([]),
  sdgTargets: sdgTargetsSchema.default([]),
});
export type FindingFields = z.output<typeof findingFieldsSchema>;

export const updateFindingSchema = z.object({
  id: idSchema,
  kind: z.enum(findingKinds, { error: 'findingKind.invalid' }).optional(),
  municipalityAgs: agsSchema.nullable().optional(),
  statementDe: requiredText(5000).optional(),
  publicStatementDe: optionalText(5000).optional(),
  themes: themesSchema.optional(),
  sdgTargets: sdgTargetsSchema.optional(),
});
export type UpdateFindingInput = z.output<typeof updateFindingSchema>;
