// What staff do to actors: create, edit (with their SDG interests), archive, link and unlink. Each
// command validates with the zod schemas of @atlas/domain and checks the region.
import { actorFieldsSchema, actorLinkSchema, updateActorSchema, ValidationFailed } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { actorIdOf, assertStaffOfRegion, municipalityIdOf, parseOrThrow, recordForChange, transaction } from './access.js';

const actorWords = { de: 'Akteur', en: 'actor' };

async function assertNameFree(tx: Prisma.TransactionClient, regionId: string, name: string, exceptId: string | null): Promise<void> {
  const same = await tx.actor.findFirst({ where: { regionId, name: { equals: name, mode: 'insensitive' }, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (same) throw ValidationFailed.of('name', `„${name}“ gibt es in dieser Region schon`, `"${name}" already exists in this region`);
}

export async function createActor(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const value = parseOrThrow(actorFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    await assertNameFree(tx, regionId, value.name, null);
    const actor = await tx.actor.create({
      data: {
        regionId,
        municipalityId: await municipalityIdOf(tx, value.municipalityAgs, regionId),
        name: value.name,
        sector: value.sector,
        descriptionDe: value.descriptionDe,
        website: value.website,
        sdgInterests: { create: [...new Set(value.sdgGoals)].map((goalNumber) => ({ goalNumber })) },
      },
      select: { id: true },
    });
    return actor.id;
  }, transaction);
}

export async function updateActor(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseOrThrow(updateActorSchema, input);
  return prisma.$transaction(async (tx) => {
    const { regionId } = await recordForChange(tx.actor.findUnique({ where: { id: value.id }, select: { regionId: true } }), editor, actorWords, value.id);
    if (value.name !== undefined) await assertNameFree(tx, regionId, value.name, value.id);
    await tx.actor.update({
      where: { id: value.id },
      data: {
        name: value.name,
        sector: value.sector,
        descriptionDe: value.descriptionDe,
        website: value.website,
        municipalityId: value.municipalityAgs === undefined ? undefined : await municipalityIdOf(tx, value.municipalityAgs, regionId),
      },
    });
    if (value.sdgGoals !== undefined) {
      await tx.actorSdgInterest.deleteMany({ where: { actorId: value.id } });
      await tx.actorSdgInterest.createMany({ data: [...new Set(value.sdgGoals)].map((goalNumber) => ({ actorId: value.id, goalNumber })) });
    }
    return value.id;
  }, transaction);
}

/** Archived actors leave lists and the network; their history (events, interviews) stays. */
export async function archiveActor(prisma: PrismaClient, editor: Editor | null, id: string): Promise<string> {
  await recordForChange(prisma.actor.findUnique({ where: { id }, select: { regionId: true } }), editor, actorWords, id);
  await prisma.actor.update({ where: { id }, data: { archivedAt: new Date() } });
  return id;
}

/** Links two actors of the same region; an existing link of that kind is kept (and its note updated). */
export async function linkActors(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseOrThrow(actorLinkSchema, input);
  return prisma.$transaction(async (tx) => {
    const { regionId } = await recordForChange(
      tx.actor.findUnique({ where: { id: value.fromActorId }, select: { regionId: true } }),
      editor,
      actorWords,
      value.fromActorId,
    );
    await actorIdOf(tx, value.toActorId, regionId, 'toActorId');
    const link = await tx.actorLink.upsert({
      where: { fromActorId_toActorId_kind: { fromActorId: value.fromActorId, toActorId: value.toActorId, kind: value.kind } },
      create: { fromActorId: value.fromActorId, toActorId: value.toActorId, kind: value.kind, noteDe: value.noteDe },
      update: { noteDe: value.noteDe },
      select: { id: true },
    });
    return link.id;
  }, transaction);
}

/** Removes a link; answers the id of the actor it started from. */
export async function unlinkActors(prisma: PrismaClient, editor: Editor | null, linkId: string): Promise<string> {
  const link = await recordForChange(
    prisma.actorLink.findUnique({ where: { id: linkId }, select: { fromActorId: true, fromActor: { select: { regionId: true } } } }).then((found) => found && { ...found, regionId: found.fromActor.regionId }),
    editor,
    { de: 'Verbindung', en: 'link' },
    linkId,
  );
  await prisma.actorLink.delete({ where: { id: linkId } });
  return link.fromActorId;
}
