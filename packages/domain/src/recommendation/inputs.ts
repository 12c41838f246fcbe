// What staff may send to create, edit, move and link a recommendation. Messages are keys of
// problems.ts, so every refusal names the field and the reason in German and English.
import { z } from 'zod';
import { recommendationStatuses } from '../enums.js';
import { isSdgTargetCode } from '../sdg.js';
import { problemsFromZod } from './problems.js';
import type { InputProblem } from './problems.js';

const requiredText = (max: number, tooLong: string) =>
  z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(max, tooLong);

/** Optional English (or other secondary) text: empty means "none". */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => (value ? value : null));

export const recommendationTitleSchema = requiredText(300, 'title.tooLong');
export const recommendationTextSchema = requiredText(20_000, 'text.bodyTooLong');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'date.invalid');

export const agsSchema = z.string().regex(/^\d{8}$/, 'ags.invalid');
export const weightSchema = z.number().int('weight.invalid').min(0, 'weight.invalid').max(100, 'weight.invalid');
export const progressSchema = z.number().int('progress.invalid').min(0, 'progress.invalid').max(100, 'progress.invalid');
export const versionSchema = z.number().int('version.invalid').min(1, 'version.invalid');
const idSchema = z.string({ error: 'id.required' }).trim().min(1, 'id.required');
const statusSchema = z.enum(recommendationStatuses, { error: 'status.invalid' });
const noteSchema = z.string().trim().max(2000, 'note.tooLong').nullish().transform((value) => value || null);
const sdgTargetCodeSchema = z.string().trim().refine(isSdgTargetCode, 'sdgTarget.invalid');

export const createRecommendationSchema = z.object({
  /** Null: a recommendation to the whole region. */
  municipalityAgs: agsSchema.nullish().transform((value) => value ?? null),
  parentId: idSchema.nullish().transform((value) => value ?? null),
  titleDe: recommendationTitleSchema,
  titleEn: optionalText(300, 'title.tooLong'),
  textDe: recommendationTextSchema,
  textEn: optionalText(20_000, 'text.bodyTooLong'),
  dueDate: isoDate.nullish().transform((value) => value ?? null),
  weight: weightSchema.nullish().transform((value) => value ?? 1),
});
export type CreateRecommendationInput = z.output<typeof createRecommendationSchema>;

/** Only the fields that are present change; null clears an optional field. */
export const updateRecommendationSchema = z.object({
  id: idSchema,
  expectedVersion: versionSchema,
  titleDe: recommendationTitleSchema.optional(),
  titleEn: optionalText(300, 'title.tooLong').optional(),
  textDe: recommendationTextSchema.optional(),
  textEn: optionalText(20_000, 'text.bodyTooLong').optional(),
  dueDate: isoDate.nullable().optional(),
  parentId: idSchema.nullable().optional(),
  weight: weightSchema.optional(),
});
export type UpdateRecommendationInput = z.output<typeof updateRecommendationSchema>;

export const recommendationStatusInputSchema = z.object({
  id: idSchema,
  expectedVersion: versionSchema,
  status: statusSchema,
  /** Omitted: the workflow's default for the new status (see defaultProgress). */
  progress: progressSchema.nullish().transform((value) => value ?? null),
  note: noteSchema,
});
export type RecommendationStatusInput = z.output<typeof recommendationStatusInputSchema>;

export const recommendationLinksSchema = z
  .object({
    id: idSchema,
    expectedVersion: versionSchema,
    sdgTargets: z.array(sdgTargetCodeSchema).default([]),
    indicatorIds: z.array(idSchema).default([]),
    actorIds: z.array(idSchema).default([]),
    findingIds: z.array(idSchema).default([]),
  })
  .refine(
    (links) => links.sdgTargets.length + links.indicatorIds.length + links.actorIds.length + links.findingIds.length > 0,
    { message: 'links.empty', path: ['sdgTargets'] },
  );
export type RecommendationLinksInput = z.output<typeof recommendationLinksSchema>;

export const archiveRecommendationSchema = z.object({
  id: idSchema,
  expectedVersion: versionSchema,
  note: noteSchema,
});
export type ArchiveRecommendationInput = z.output<typeof archiveRecommendationSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Parses with a schema of this module; on failure, every problem with its field and reason. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): Parsed<z.output<Schema>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}
