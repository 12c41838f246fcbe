// What staff do to interviews and findings: record them, edit them, publish a finding's anonymised
// wording. A finding can only be published with an anonymised statement.
import { findingFieldsSchema, interviewFieldsSchema, updateFindingSchema, updateInterviewSchema, ValidationFailed } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { actorIdOf, assertStaffOfRegion, contactIdOf, municipalityIdOf, parseOrThrow, recordForChange, transaction } from '../network/access.js';
import type { Editor } from '../recommendation/access.js';

const findingWords = { de: 'Erkenntnis', en: 'finding' };

export async function createInterview(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const value = parseOrThrow(interviewFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    const interview = await tx.interview.create({
      data: {
        regionId,
        municipalityId: await municipalityIdOf(tx, value.municipalityAgs, regionId),
        actorId: await actorIdOf(tx, value.actorId, regionId, 'actorId'),
        contactId: await contactIdOf(tx, value.contactId, regionId, 'contactId'),
        interviewerId: editor.userId,
        conductedAt: value.conductedAt,
        notes: value.notes,
      },
      select: { id: true },
    });
    return interview.id;
  }, transaction);
}

export async function updateInterview(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const { id, municipalityAgs, actorId, contactId, ...value } = parseOrThrow(updateInterviewSchema, input);
  return prisma.$transaction(async (tx) => {
    const { regionId } = await recordForChange(tx.interview.findUnique({ where: { id }, select: { regionId: true } }), editor, { de: 'Interview', en: 'interview' }, id);
    await tx.interview.update({
      where: { id },
      data: {
        ...value,
        municipalityId: municipalityAgs === undefined ? undefined : await municipalityIdOf(tx, municipalityAgs, regionId),
        actorId: actorId === undefined ? undefined : await actorIdOf(tx, actorId, regionId, 'actorId'),
        contactId: contactId === undefined ? undefined : await contactIdOf(tx, contactId, regionId, 'contactId'),
      },
    });
    return id;
  }, transaction);
}

async function checkSource(tx: Prisma.TransactionClient, regionId: string, field: 'interviewId' | 'eventId', id: string | null): Promise<void> {
  if (id === null) return;
  const source = field === 'interviewId'
    ? await tx.interview.findUnique({ where: { id }, select: { regionId: true } })
    : await tx.event.findUnique({ where: { id }, select: { regionId: true } });
  if (!source || source.regionId !== regionId) {
    throw ValidationFailed.of(field, 'gehört nicht zu dieser Region oder existiert nicht', 'does not exist in this region');
  }
}

export async function createFinding(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const { municipalityAgs, sdgTargets, ...value } = parseOrThrow(findingFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    await checkSource(tx, regionId, 'interviewId', value.interviewId);
    await checkSource(tx, regionId, 'eventId', value.eventId);
    const finding = await tx.finding.create({
      data: {
        ...value,
        regionId,
        municipalityId: await municipalityIdOf(tx, municipalityAgs, regionId),
        targets: { create: [...new Set(sdgTargets)].map((targetCode) => ({ targetCode })) },
      },
      select: { id: true },
    });
    return finding.id;
  }, transaction);
}

export async function updateFinding(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const { id, municipalityAgs, sdgTargets, ...value } = parseOrThrow(updateFindingSchema, input);
  return prisma.$transaction(async (tx) => {
    const current = await recordForChange(tx.finding.findUnique({ where: { id }, select: { regionId: true, isPublished: true } }), editor, findingWords, id);
    const { regionId } = current;
    if (current.isPublished && value.publicStatementDe === null) {
      throw ValidationFailed.of('publicStatementDe', 'darf bei einer veröffentlichten Erkenntnis nicht leer sein', 'must not be empty while the finding is published');
    }
    await tx.finding.update({
      where: { id },
      data: { ...value, municipalityId: municipalityAgs === undefined ? undefined : await municipalityIdOf(tx, municipalityAgs, regionId) },
    });
    if (sdgTargets !== undefined) {
      await tx.findingSdgTarget.deleteMany({ where: { findingId: id } });
      await tx.findingSdgTarget.createMany({ data: [...new Set(sdgTargets)].map((targetCode) => ({ findingId: id, targetCode })) });
    }
    return id;
  }, transaction);
}

/** Publishes (or withdraws) a finding; publishing needs the anonymised statement. */
export async function publishFinding(prisma: PrismaClient, editor: Editor | null, id: string, published: boolean): Promise<string> {
  const current = await recordForChange(prisma.finding.findUnique({ where: { id }, select: { regionId: true, publicStatementDe: true } }), editor, findingWords, id);
  if (published && !current.publicStatementDe?.trim()) {
    throw ValidationFailed.of('publicStatementDe', 'fehlt: veröffentlicht wird nur die anonymisierte Fassung', 'is missing: only the anonymised wording is published');
  }
  await prisma.finding.update({ where: { id }, data: { isPublished: published } });
  return id;
}
