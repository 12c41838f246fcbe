// What staff record about agreements and initiative circles. Every linked record (event, actor,
// contact, recommendation, agreement) must belong to the same region; a wrong one is refused by field.
import { NotFound, parseCircleMember, parseCreateAgreement, parseCreateCircle, parseCreateCircleReport, ValidationFailed } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { assertStaffOfRegion, regionOfEditor } from './access.js';

const transaction = { maxWait: 10_000, timeout: 30_000 };

type Linkable = 'event' | 'actor' | 'contact' | 'recommendation' | 'agreement';

/** Refuses ids that are not records of the region, naming the list field and position. */
export async function assertInRegion(tx: Prisma.TransactionClient, model: Linkable, ids: readonly string[], regionId: string, field: string, single = false) {
  if (ids.length === 0) return;
  const where = { id: { in: [...ids] }, regionId };
  const found = new Set(
    (
      await (model === 'event'
        ? tx.event.findMany({ where, select: { id: true } })
        : model === 'actor'
          ? tx.actor.findMany({ where, select: { id: true } })
          : model === 'contact'
            ? tx.contact.findMany({ where: { ...where, erasedAt: null }, select: { id: true } })
            : model === 'recommendation'
              ? tx.recommendation.findMany({ where, select: { id: true } })
              : tx.agreement.findMany({ where, select: { id: true } }))
    ).map((row) => row.id),
  );
  ids.forEach((id, index) => {
    if (!found.has(id)) {
      throw ValidationFailed.of(single ? field : `${field}.${index}`, `„${id}“ gibt es in dieser Region nicht`, `"${id}" does not exist in this region`);
    }
  });
}

export async function createAgreement(
  prisma: PrismaClient,
  editor: Editor | null,
  input: unknown,
  options: { regionId?: string | null } = {},
): Promise<string> {
  const value = parseCreateAgreement(input);
  const regionId = options.regionId ?? (await regionOfEditor(prisma, editor));
  if (!regionId) throw ValidationFailed.of('regionSlug', 'es gibt keine Region', 'there is no region');
  assertStaffOfRegion(editor, regionId);
  return prisma.$transaction(async (tx) => {
    if (value.eventId) await assertInRegion(tx, 'event', [value.eventId], regionId, 'eventId', true);
    await assertInRegion(tx, 'actor', value.signatoryActorIds, regionId, 'signatoryActorIds');
    await assertInRegion(tx, 'recommendation', value.recommendationIds, regionId, 'recommendationIds');
    const created = await tx.agreement.create({
      data: {
        regionId,
        eventId: value.eventId,
        titleDe: value.titleDe,
        textDe: value.textDe,
        agreedAt: new Date(value.agreedAt),
        signatories: { createMany: { data: value.signatoryActorIds.map((actorId) => ({ actorId })), skipDuplicates: true } },
        recommendations: { createMany: { data: value.recommendationIds.map((recommendationId) => ({ recommendationId })), skipDuplicates: true } },
      },
      select: { id: true },
    });
    return created.id;
  }, transaction);
}

export async function createCircle(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseCreateCircle(input);
  let regionId = await regionOfEditor(prisma, editor);
  let municipalityId: string | null = null;
  if (value.municipalityAgs) {
    const municipality = await prisma.municipality.findUnique({ where: { ags: value.municipalityAgs }, select: { id: true, regionId: true } });
    if (!municipality) throw ValidationFailed.of('municipalityAgs', `Kommune ${value.municipalityAgs} gibt es nicht`, `there is no municipality ${value.municipalityAgs}`);
    regionId = municipality.regionId;
    municipalityId = municipality.id;
  }
  if (!regionId) throw ValidationFailed.of('regionSlug', 'es gibt keine Region', 'there is no region');
  assertStaffOfRegion(editor, regionId);
  const circleRegion = regionId;
  return prisma.$transaction(async (tx) => {
    await assertInRegion(tx, 'agreement', value.agreementIds, circleRegion, 'agreementIds');
    const created = await tx.initiativeCircle.create({
      data: {
        regionId: circleRegion,
        municipalityId,
        nameDe: value.nameDe,
        descriptionDe: value.descriptionDe,
        foundedAt: new Date(value.foundedAt),
        agreements: { createMany: { data: value.agreementIds.map((agreementId) => ({ agreementId })), skipDuplicates: true } },
      },
      select: { id: true },
    });
    return created.id;
  }, transaction);
}

export async function circleRegionOf(prisma: Prisma.TransactionClient | PrismaClient, editor: Editor | null, circleId: string): Promise<string> {
  const circle = await prisma.initiativeCircle.findUnique({ where: { id: circleId }, select: { regionId: true } });
  if (!circle) throw new NotFound('Initiativkreis', circleId);
  assertStaffOfRegion(editor, circle.regionId);
  return circle.regionId;
}

export async function addCircleMember(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseCircleMember(input);
  const regionId = await circleRegionOf(prisma, editor, value.circleId);
  return prisma.$transaction(async (tx) => {
    if (value.actorId) await assertInRegion(tx, 'actor', [value.actorId], regionId, 'actorId', true);
    if (value.contactId) await assertInRegion(tx, 'contact', [value.contactId], regionId, 'contactId', true);
    const member = await tx.circleMember.create({
      data: {
        circleId: value.circleId,
        actorId: value.actorId,
        contactId: value.contactId,
        ...(value.joinedAt ? { joinedAt: new Date(value.joinedAt) } : {}),
      },
      select: { id: true },
    });
    return member.id;
  }, transaction);
}

/** The report of one meeting; its agreements must be ones the circle carries. */
export async function createCircleReport(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseCreateCircleReport(input);
  const regionId = await circleRegionOf(prisma, editor, value.circleId);
  return prisma.$transaction(async (tx) => {
    if (value.eventId) await assertInRegion(tx, 'event', [value.eventId], regionId, 'eventId', true);
    const carried = new Set(
      (await tx.circleAgreement.findMany({ where: { circleId: value.circleId }, select: { agreementId: true } })).map((link) => link.agreementId),
    );
    value.agreementIds.forEach((agreementId, index) => {
      if (!carried.has(agreementId)) {
        throw ValidationFailed.of(`agreementIds.${index}`, 'ist keine Vereinbarung dieses Initiativkreises', 'is not an agreement this circle carries');
      }
    });
    const taken = await tx.circleReport.findUnique({
      where: { circleId_meetingNumber: { circleId: value.circleId, meetingNumber: value.meetingNumber } },
      select: { id: true },
    });
    if (taken) throw ValidationFailed.of('meetingNumber', `für Sitzung ${value.meetingNumber} gibt es schon einen Bericht`, `meeting ${value.meetingNumber} already has a report`);
    const report = await tx.circleReport.create({
      data: {
        circleId: value.circleId,
        eventId: value.eventId,
        meetingNumber: value.meetingNumber,
        meetingDate: new Date(value.meetingDate),
        progressDe: value.progressDe,
        hurdlesDe: value.hurdlesDe,
        solutionsDe: value.solutionsDe,
        missingDe: value.missingDe,
        isPublished: value.isPublished,
        agreements: { createMany: { data: value.agreementIds.map((agreementId) => ({ agreementId })), skipDuplicates: true } },
      },
      select: { id: true },
    });
    return report.id;
  }, transaction);
}
