// What staff may send to keep actors, their links, contacts and partnerships. Messages are keys of
// problems.ts, so every refusal names the field and the reason in German and English.
import { z } from 'zod';
import { actorLinkKinds, actorSectors, partnershipKinds } from '../enums.js';
import { agsSchema } from '../recommendation/inputs.js';
import type { InputProblem } from '../recommendation/problems.js';
import { networkProblemsFromZod } from './problems.js';

export const requiredText = (max: number, tooLong = 'text.tooLong') =>
  z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(max, tooLong);

/** Optional text: empty means "none" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text.tooLong')
    .nullish()
    .transform((value) => (value ? value : null));

export const idSchema = z.string({ error: 'id.required' }).trim().min(1, 'id.required');
const optionalAgs = agsSchema.nullish().transform((value) => value ?? null);
const goalsSchema = z.array(z.number().int('goal.invalid').min(1, 'goal.invalid').max(17, 'goal.invalid'));
const websiteSchema = z
  .string()
  .trim()
  .max(500, 'text.tooLong')
  .regex(/^https?:\/\/\S+$/, 'url.invalid')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((value) => value ?? null);

export const actorFieldsSchema = z.object({
  name: requiredText(200, 'name.tooLong'),
  sector: z.enum(actorSectors, { error: 'sector.invalid' }),
  /** Null: an actor of the whole region. */
  municipalityAgs: optionalAgs,
  descriptionDe: optionalText(5000),
  website: websiteSchema,
  sdgGoals: goalsSchema.default([]),
});
export type ActorFields = z.output<typeof actorFieldsSchema>;

/** Only the fields that are present change; null clears an optional field. */
export const updateActorSchema = z.object({
  id: idSchema,
  name: requiredText(200, 'name.tooLong').optional(),
  sector: z.enum(actorSectors, { error: 'sector.invalid' }).optional(),
  municipalityAgs: agsSchema.nullable().optional(),
  descriptionDe: optionalText(5000).optional(),
  website: websiteSchema.optional(),
  sdgGoals: goalsSchema.optional(),
});
export type UpdateActorInput = z.output<typeof updateActorSchema>;

export const actorLinkSchema = z
  .object({
    fromActorId: idSchema,
    toActorId: idSchema,
    kind: z.enum(actorLinkKinds, { error: 'linkKind.invalid' }),
    noteDe: optionalText(1000),
  })
  .refine((link) => link.fromActorId !== link.toActorId, { message: 'link.self', path: ['toActorId'] });
export type ActorLinkInput = z.output<typeof actorLinkSchema>;

const emailSchema = z
  .string()
  .trim()
  .max(320, 'text.tooLong')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email.invalid')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((value) => value ?? null);

export const contactFieldsSchema = z.object({
  /** Null: a person without an organisation. */
  actorId: idSchema.nullish().transform((value) => value ?? null),
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: emailSchema,
  phone: optionalText(50),
  roleTitle: optionalText(200),
  notes: optionalText(5000),
});
export type ContactFields = z.output<typeof contactFieldsSchema>;

export const updateContactSchema = z.object({
  id: idSchema,
  actorId: idSchema.nullable().optional(),
  firstName: requiredText(100).optional(),
  lastName: requiredText(100).optional(),
  email: emailSchema.optional(),
  phone: optionalText(50).optional(),
  roleTitle: optionalText(200).optional(),
  notes: optionalText(5000).optional(),
});
export type UpdateContactInput = z.output<typeof updateContactSchema>;

export const partnershipFieldsSchema = z.object({
  kind: z.enum(partnershipKinds, { error: 'partnershipKind.invalid' }),
  partnerPlace: requiredText(200),
  partnerCountry: z
    .string({ error: 'country.invalid' })
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, 'country.invalid')),
  municipalityAgs: optionalAgs,
  actorId: idSchema.nullish().transform((value) => value ?? null),
  sinceYear: z.number().int('year.invalid').min(1900, 'year.invalid').max(2100, 'year.invalid').nullish().transform((value) => value ?? null),
  descriptionDe: optionalText(5000),
});
export type PartnershipFields = z.output<typeof partnershipFieldsSchema>;

export type NetworkParsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Parses with a schema of the network or process area; on failure, every problem with field and reason. */
export function parseNetworkInput<Schema extends z.ZodType>(schema: Schema, input: unknown): NetworkParsed<z.output<Schema>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: networkProblemsFromZod(result.error) };
}
