// What staff send to write publications. Imprint and privacy pages are legal texts: only admins
// change them.
import { z } from 'zod';
import { publicationKinds } from '../enums.js';
import type { PublicationKind } from '../enums.js';
import type { LocalizedText } from '../language.js';
import { parseOrRefuse } from '../agreement/parse.js';

const id = z.string({ error: 'id.required' }).trim().min(1, 'id.required');
const title = z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(300, 'title.tooLong');
const body = z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(200_000, 'body.tooLong');
const optional = (schema: z.ZodString) => schema.nullish().transform((value) => (value ? value : null));
const slug = z.string({ error: 'slug.invalid' }).trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug.invalid').max(100, 'slug.invalid');
const version = z.number({ error: 'version.invalid' }).int('version.invalid').min(1, 'version.invalid');

export const createPublicationSchema = z
  .object({
    kind: z.enum(publicationKinds, { error: 'kind.invalid' }),
    slug,
    municipalityAgs: z.string().regex(/^\d{8}$/, 'ags.invalid').nullish().transform((value) => value ?? null),
    titleDe: title,
    titleEn: optional(z.string().trim().max(300, 'title.tooLong')),
    bodyDe: body,
    bodyEn: optional(z.string().trim().max(200_000, 'body.tooLong')),
  })
  .refine((input) => input.kind !== 'SITUATION_ANALYSIS' || input.municipalityAgs !== null, {
    message: 'municipality.required',
    path: ['municipalityAgs'],
  });
export type CreatePublicationInput = z.output<typeof createPublicationSchema>;

/** Fields left out stay; null clears an English text. */
export const updatePublicationSchema = z.object({
  id,
  expectedVersion: version,
  slug: slug.optional(),
  titleDe: title.optional(),
  titleEn: optional(z.string().trim().max(300, 'title.tooLong')).optional(),
  bodyDe: body.optional(),
  bodyEn: optional(z.string().trim().max(200_000, 'body.tooLong')).optional(),
});
export type UpdatePublicationInput = z.output<typeof updatePublicationSchema>;

export const setPublicationStatusSchema = z.object({
  id,
  expectedVersion: version,
  status: z.enum(['DRAFT', 'PUBLISHED'], { error: 'status.invalid' }),
});
export type SetPublicationStatusInput = z.output<typeof setPublicationStatusSchema>;

const publicationMessages: Readonly<Record<string, LocalizedText>> = {
  'slug.invalid': { de: 'darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (höchstens 100 Zeichen)', en: 'may contain only lower-case letters, digits and single hyphens (at most 100 characters)' },
  'kind.invalid': { de: 'ist keine bekannte Art von Veröffentlichung', en: 'is not a known kind of publication' },
  'body.tooLong': { de: 'darf höchstens 200.000 Zeichen lang sein', en: 'must be at most 200,000 characters long' },
  'municipality.required': { de: 'fehlt: eine Situationsanalyse gehört zu einer Kommune', en: 'is missing: a situation analysis belongs to a municipality' },
};

export const parseCreatePublication = (input: unknown) => parseOrRefuse(createPublicationSchema, input, publicationMessages);
export const parseUpdatePublication = (input: unknown) => parseOrRefuse(updatePublicationSchema, input, publicationMessages);
export const parseSetPublicationStatus = (input: unknown) => parseOrRefuse(setPublicationStatusSchema, input, publicationMessages);

/** Legal pages (imprint, privacy) are the operator's responsibility: admins only. */
export function publicationNeedsAdmin(kind: PublicationKind): boolean {
  return kind === 'IMPRINT' || kind === 'PRIVACY';
}
