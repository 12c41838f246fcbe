// What staff do to recommendations: create, edit, move through the workflow, link, archive. Each
// command validates with the zod schemas of @atlas/domain, checks the region, and writes through
// commitChange, so every change has a history entry and a new version.
import {
  archiveRecommendationSchema,
  createRecommendationSchema,
  NotFound,
  parseInput,
  planStatusChange,
  recommendationLinksSchema,
  recommendationStatusInputSchema,
  updateRecommendationSchema,
  ValidationFailed,
  wouldCreateCycle,
} from '@atlas/domain';
import type { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { assertCanEdit } from './access.js';
import type { Editor } from './access.js';
import { assertVersion, commitChange } from './commit-change.js';
import type { CurrentRecommendation } from './commit-change.js';

function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = parseInput(schema, input);
  if (!parsed.ok) throw new ValidationFailed(parsed.problems);
  return parsed.value;
}

const currentSelect = { id: true, regionId: true, status: true, progress: true, version: true, archivedAt: true } as const;

async function loadForChange(
  tx: Prisma.TransactionClient,
  viewer: Editor | null,
  id: string,
): Promise<{ current: CurrentRecommendation; editor: Editor }> {
  const current = await tx.recommendation.findUnique({ where: { id }, select: currentSelect });
  if (!current) throw new NotFound('Empfehlung', id, { de: `Empfehlung „${id}“ gibt es nicht`, en: `there is no recommendation "${id}"` });
  assertCanEdit(viewer, current.regionId);
  if (current.archivedAt) {
    throw ValidationFailed.of('id', 'ist archiviert und kann nicht mehr geändert werden', 'is archived and can no longer be changed');
  }
  return { current, editor: viewer };
}

async function municipalityIdOf(tx: Prisma.TransactionClient, ags: string, regionId: string): Promise<string> {
  const municipality = await tx.municipality.findUnique({ where: { ags }, select: { id: true, regionId: true } });
  if (!municipality || municipality.regionId !== regionId) {
    throw ValidationFailed.of('municipalityAgs', `${ags} ist keine Kommune dieser Region`, `${ags} is not a municipality of this region`);
  }
  return municipality.id;
}

/** A parent must be a recommendation of the same region and must not make the tree a cycle. */
async function checkParent(tx: Prisma.TransactionClient, id: string | null, parentId: string, regionId: string): Promise<void> {
  const tree = await tx.recommendation.findMany({ where: { regionId }, select: { id: true, parentId: true, archivedAt: true } });
  const parent = tree.find((node) => node.id === parentId);
  if (!parent || parent.archivedAt) {
    throw ValidationFailed.of('parentId', 'ist keine (nicht archivierte) Empfehlung dieser Region', 'is not an (unarchived) recommendation of this region');
  }
  const parentOf = new Map(tree.map((node) => [node.id, node.parentId]));
  if (id && wouldCreateCycle(id, parentId, (node) => parentOf.get(node))) {
    throw ValidationFailed.of('parentId', 'würde einen Kreis bilden (die Empfehlung wäre ihre eigene Oberempfehlung)', 'would create a cycle (the recommendation would be its own ancestor)');
  }
}

const transaction = { maxWait: 10_000, timeout: 30_000 };

/** Creates a draft. Region: the municipality's, else `regionId`, else the editor's own. */
export async function createRecommendation(
  prisma: PrismaClient,
  editor: Editor | null,
  input: unknown,
  options: { regionId?: string | null } = {},
): Promise<string> {
  const value = parseOrThrow(createRecommendationSchema, input);
  return prisma.$transaction(async (tx) => {
    let regionId = options.regionId ?? editor?.regionId ?? null;
    let municipalityId: string | null = null;
    if (value.municipalityAgs) {
      const municipality = await tx.municipality.findUnique({ where: { ags: value.municipalityAgs }, select: { id: true, regionId: true } });
      if (!municipality) throw ValidationFailed.of('municipalityAgs', `Kommune ${value.municipalityAgs} gibt es nicht`, `there is no municipality ${value.municipalityAgs}`);
      regionId ??= municipality.regionId;
      municipalityId = await municipalityIdOf(tx, value.municipalityAgs, regionId);
    }
    regionId ??= (await tx.region.findFirst({ where: { isDefault: true }, select: { id: true } }))?.id ?? null;
    if (!regionId) throw ValidationFailed.of('regionSlug', 'es gibt keine Region', 'there is no region');
    assertCanEdit(editor, regionId);
    if (value.parentId) await checkParent(tx, null, value.parentId, regionId);
    const created = await tx.recommendation.create({
      data: {
        regionId,
        municipalityId,
        parentId: value.parentId,
        titleDe: value.titleDe,
        titleEn: value.titleEn,
        textDe: value.textDe,
        textEn: value.textEn,
        dueDate: value.dueDate ? new Date(value.dueDate) : null,
        weight: value.weight,
        status: 'DRAFT',
        progress: 0,
        version: 1,
        createdById: editor.userId,
      },
      select: { id: true },
    });
    await tx.recommendationChange.create({
      data: { recommendationId: created.id, authorId: editor.userId, toStatus: 'DRAFT', toProgress: 0, note: 'Angelegt', version: 1 },
    });
    return created.id;
  }, transaction);
}

const editedFieldNames: Record<string, string> = {
  titleDe: 'Titel',
  titleEn: 'Titel (englisch)',
  textDe: 'Text',
  textEn: 'Text (englisch)',
  dueDate: 'Fälligkeit',
  parentId: 'Oberempfehlung',
  weight: 'Gewicht',
};

/** Edits texts, due date, parent and weight; fields left out stay as they are. */
export async function updateRecommendation(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<number> {
  const { id, expectedVersion, ...fields } = parseOrThrow(updateRecommendationSchema, input);
  const changed = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
  if (changed.length === 0) throw ValidationFailed.of('input', 'nennt nichts zu ändern', 'names nothing to change');
  return prisma.$transaction(async (tx) => {
    const { current, editor: author } = await loadForChange(tx, editor, id);
    if (fields.parentId) await checkParent(tx, id, fields.parentId, current.regionId);
    const data: Prisma.RecommendationUncheckedUpdateManyInput = {
      titleDe: fields.titleDe,
      titleEn: fields.titleEn,
      textDe: fields.textDe,
      textEn: fields.textEn,
      weight: fields.weight,
      parentId: fields.parentId,
      dueDate: fields.dueDate === undefined ? undefined : fields.dueDate === null ? null : new Date(fields.dueDate),
    };
    return commitChange(tx, current, expectedVersion, data, {
      authorId: author.userId,
      toStatus: current.status,
      toProgress: current.progress,
      note: `Bearbeitet: ${changed.map((key) => editedFieldNames[key] ?? key).join(', ')}`,
    });
  }, transaction);
}

/** Moves a recommendation through the workflow of @atlas/domain (status, progress, note). */
export async function changeRecommendationStatus(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<number> {
  const value = parseOrThrow(recommendationStatusInputSchema, input);
  return prisma.$transaction(async (tx) => {
    const { current, editor: author } = await loadForChange(tx, editor, value.id);
    // A conflict is the more useful answer than a workflow complaint about a state the caller never saw.
    assertVersion(current, value.expectedVersion);
    const plan = planStatusChange({ from: current.status, fromProgress: current.progress, to: value.status, progress: value.progress, note: value.note });
    if (!plan.ok) throw new ValidationFailed(plan.problems);
    return commitChange(tx, current, value.expectedVersion, {}, {
      authorId: author.userId,
      toStatus: plan.status,
      toProgress: plan.progress,
      note: plan.note,
    });
  }, transaction);
}

type Links = z.output<typeof recommendationLinksSchema>;

async function checkLinkTargets(tx: Prisma.TransactionClient, links: Links, regionId: string): Promise<void> {
  const [indicators, actors, findings] = await Promise.all([
    tx.indicator.findMany({ where: { id: { in: links.indicatorIds } }, select: { id: true } }),
    tx.actor.findMany({ where: { id: { in: links.actorIds }, regionId }, select: { id: true } }),
    tx.finding.findMany({ where: { id: { in: links.findingIds }, regionId }, select: { id: true } }),
  ]);
  const missing = (field: string, wanted: string[], found: Array<{ id: string }>, de: string, en: string) => {
    const known = new Set(found.map((row) => row.id));
    const index = wanted.findIndex((id) => !known.has(id));
    if (index !== -1) throw ValidationFailed.of(`${field}.${index}`, `„${wanted[index]}“ ${de}`, `"${wanted[index]}" ${en}`);
  };
  missing('indicatorIds', links.indicatorIds, indicators, 'ist kein Indikator', 'is not an indicator');
  missing('actorIds', links.actorIds, actors, 'ist kein Akteur dieser Region', 'is not an actor of this region');
  missing('findingIds', links.findingIds, findings, 'ist keine Erkenntnis dieser Region', 'is not a finding of this region');
}

function describeLinks(links: Links): string {
  const parts = [
    [links.sdgTargets.length, 'SDG-Unterziel(e)'],
    [links.indicatorIds.length, 'Indikator(en)'],
    [links.actorIds.length, 'Akteur(e)'],
    [links.findingIds.length, 'Erkenntnis(se)'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} ${what}`)
    .join(', ');
}

/** Adds (`link`) or removes (`unlink`) SDG targets, indicators, responsible actors and findings. */
export async function linkRecommendation(
  prisma: PrismaClient,
  editor: Editor | null,
  input: unknown,
  mode: 'link' | 'unlink',
): Promise<number> {
  const links = parseOrThrow(recommendationLinksSchema, input);
  return prisma.$transaction(async (tx) => {
    const { current, editor: author } = await loadForChange(tx, editor, links.id);
    const recommendationId = current.id;
    if (mode === 'link') {
      await checkLinkTargets(tx, links, current.regionId);
      await tx.recommendationSdgTarget.createMany({ data: links.sdgTargets.map((targetCode) => ({ recommendationId, targetCode })), skipDuplicates: true });
      await tx.recommendationIndicator.createMany({ data: links.indicatorIds.map((indicatorId) => ({ recommendationId, indicatorId })), skipDuplicates: true });
      await tx.recommendationActor.createMany({ data: links.actorIds.map((actorId) => ({ recommendationId, actorId })), skipDuplicates: true });
      await tx.recommendationFinding.createMany({ data: links.findingIds.map((findingId) => ({ recommendationId, findingId })), skipDuplicates: true });
    } else {
      await tx.recommendationSdgTarget.deleteMany({ where: { recommendationId, targetCode: { in: links.sdgTargets } } });
      await tx.recommendationIndicator.deleteMany({ where: { recommendationId, indicatorId: { in: links.indicatorIds } } });
      await tx.recommendationActor.deleteMany({ where: { recommendationId, actorId: { in: links.actorIds } } });
      await tx.recommendationFinding.deleteMany({ where: { recommendationId, findingId: { in: links.findingIds } } });
    }
    return commitChange(tx, current, links.expectedVersion, {}, {
      authorId: author.userId,
      toStatus: current.status,
      toProgress: current.progress,
      note: `${mode === 'link' ? 'Verknüpft' : 'Verknüpfung gelöst'}: ${describeLinks(links)}`,
    });
  }, transaction);
}

/** Archives a recommendation: it disappears from public lists and can no longer change. */
export async function archiveRecommendation(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<number> {
  const value = parseOrThrow(archiveRecommendationSchema, input);
  return prisma.$transaction(async (tx) => {
    const { current, editor: author } = await loadForChange(tx, editor, value.id);
    return commitChange(tx, current, value.expectedVersion, { archivedAt: new Date() }, {
      authorId: author.userId,
      toStatus: current.status,
      toProgress: current.progress,
      note: value.note ?? 'Archiviert',
    });
  }, transaction);
}
