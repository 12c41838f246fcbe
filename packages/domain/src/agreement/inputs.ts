// What staff send to record agreements, initiative circles and the report of a circle meeting.
import { z } from 'zod';
import type { LocalizedText } from '../language.js';
import { parseOrRefuse } from './parse.js';

const requiredText = (max: number) => z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(max, 'text.tooLong');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text.tooLong')
    .nullish()
    .transform((value) => (value ? value : null));
const id = z.string({ error: 'id.required' }).trim().min(1, 'id.required');
const ids = z.array(id).default([]);

const isoDateSchema = z
  .string({ error: 'date.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'date.invalid');

export const createAgreementSchema = z.object({
  titleDe: requiredText(300),
  textDe: requiredText(20_000),
  agreedAt: isoDateSchema,
  /** The conference at which it was made. */
  eventId: id.nullish().transform((value) => value ?? null),
  signatoryActorIds: ids,
  recommendationIds: ids,
});
export type CreateAgreementInput = z.output<typeof createAgreementSchema>;

export const createCircleSchema = z.object({
  nameDe: requiredText(300),
  descriptionDe: optionalText(5000),
  foundedAt: isoDateSchema,
  municipalityAgs: z.string().regex(/^\d{8}$/, 'ags.invalid').nullish().transform((value) => value ?? null),
  agreementIds: ids,
});
export type CreateCircleInput = z.output<typeof createCircleSchema>;

export const circleMemberSchema = z
  .object({
    circleId: id,
    actorId: id.nullish().transform((value) => value ?? null),
    contactId: id.nullish().transform((value) => value ?? null),
    joinedAt: isoDateSchema.nullish().transform((value) => value ?? null),
  })
  .refine((member) => member.actorId !== null || member.contactId !== null, { message: 'member.empty', path: ['actorId'] });
export type CircleMemberInput = z.output<typeof circleMemberSchema>;

export const createCircleReportSchema = z.object({
  circleId: id,
  meetingNumber: z.number({ error: 'meetingNumber.invalid' }).int('meetingNumber.invalid').min(1, 'meetingNumber.invalid').max(999, 'meetingNumber.invalid'),
  meetingDate: isoDateSchema,
  eventId: id.nullish().transform((value) => value ?? null),
  progressDe: requiredText(10_000),
  hurdlesDe: optionalText(10_000),
  solutionsDe: optionalText(10_000),
  missingDe: optionalText(10_000),
  agreementIds: ids,
  isPublished: z.boolean().nullish().transform((value) => value ?? true),
});
export type CreateCircleReportInput = z.output<typeof createCircleReportSchema>;

/** A change to an agreement: omitted fields stay; given lists replace the stored ones; eventId null unlinks the event. */
export const updateAgreementSchema = z.object({
  id,
  titleDe: requiredText(300).optional(),
  textDe: requiredText(20_000).optional(),
  agreedAt: isoDateSchema.optional(),
  eventId: id.nullable().optional(),
  signatoryActorIds: z.array(id).optional(),
  recommendationIds: z.array(id).optional(),
});
export type UpdateAgreementInput = z.output<typeof updateAgreementSchema>;

/** A change to a circle: omitted fields stay; municipalityAgs null makes it a circle of the whole region. */
export const updateCircleSchema = z.object({
  id,
  nameDe: requiredText(300).optional(),
  descriptionDe: z.string().trim().max(5000, 'text.tooLong').nullable().optional(),
  foundedAt: isoDateSchema.optional(),
  municipalityAgs: z.string().regex(/^\d{8}$/, 'ags.invalid').nullable().optional(),
  agreementIds: z.array(id).optional(),
});
export type UpdateCircleInput = z.output<typeof updateCircleSchema>;

export const agreementMessages: Readonly<Record<string, LocalizedText>> = {
  'member.empty': { de: 'nennt weder Organisation noch Person', en: 'names neither an organisation nor a person' },
  'meetingNumber.invalid': { de: 'muss eine ganze Zahl ab 1 sein', en: 'must be a whole number from 1' },
};

export const parseCreateAgreement = (input: unknown) => parseOrRefuse(createAgreementSchema, input, agreementMessages);
export const parseCreateCircle = (input: unknown) => parseOrRefuse(createCircleSchema, input, agreementMessages);
export const parseCircleMember = (input: unknown) => parseOrRefuse(circleMemberSchema, input, agreementMessages);
export const parseCreateCircleReport = (input: unknown) => parseOrRefuse(createCircleReportSchema, input, agreementMessages);
export const parseUpdateAgreement = (input: unknown) => parseOrRefuse(updateAgreementSchema, input, agreementMessages);
export const parseUpdateCircle = (input: unknown) => parseOrRefuse(updateCircleSchema, input, agreementMessages);
