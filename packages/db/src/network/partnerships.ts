// Transnational partnerships of the region: town twinnings, project, school and association ties.
import { partnershipFieldsSchema } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { actorIdOf, assertStaffOfRegion, municipalityIdOf, parseOrThrow, recordForChange, transaction } from './access.js';

async function write(prisma: PrismaClient, regionId: string, input: unknown, id: string | null): Promise<string> {
  const value = parseOrThrow(partnershipFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    const data = {
      kind: value.kind,
      partnerPlace: value.partnerPlace,
      partnerCountry: value.partnerCountry,
      sinceYear: value.sinceYear,
      descriptionDe: value.descriptionDe,
      municipalityId: await municipalityIdOf(tx, value.municipalityAgs, regionId),
      actorId: await actorIdOf(tx, value.actorId, regionId, 'actorId'),
    };
    const partnership = id
      ? await tx.partnership.update({ where: { id }, data, select: { id: true } })
      : await tx.partnership.create({ data: { ...data, regionId }, select: { id: true } });
    return partnership.id;
  }, transaction);
}

export async function createPartnership(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  return write(prisma, regionId, input, null);
}

/** Replaces all fields of a partnership (the form sends them all). */
export async function updatePartnership(prisma: PrismaClient, editor: Editor | null, id: string, input: unknown): Promise<string> {
  const { regionId } = await recordForChange(
    prisma.partnership.findUnique({ where: { id }, select: { regionId: true } }),
    editor,
    { de: 'Partnerschaft', en: 'partnership' },
    id,
  );
  return write(prisma, regionId, input, id);
}
