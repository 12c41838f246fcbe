// Corrections staff make after recording an agreement or founding a circle: change texts and links,
// delete a mistaken agreement, remove a member, publish or withdraw a meeting report. The same region
// rules as on creation apply (commands.ts): every linked record must belong to the record's region.
import { NotFound, parseUpdateAgreement, parseUpdateCircle, ValidationFailed } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { assertStaffOfRegion } from './access.js';
import { assertInRegion, circleRegionOf } from './commands.js';

const transaction = { maxWait: 10_000, timeout: 30_000 };

async function agreementRegionOf(prisma: PrismaClient, editor: Editor | null, id: string): Promise<string> {
  const agreement = await prisma.agreement.findUnique({ where: { id }, select: { regionId: true } });
  if (!agreement) throw new NotFound('Vereinbarung', id);
  assertStaffOfRegion(editor, agreement.regionId);
  return agreement.regionId;
}

/** Omitted fields stay; a given list of signatories or recommendations replaces the stored one. */
export async function updateAgreement(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseUpdateAgreement(input);
  const regionId = await agreementRegionOf(prisma, editor, value.id);
  await prisma.$transaction(async (tx) => {
    if (value.eventId) await assertInRegion(tx, 'event', [value.eventId], regionId, 'eventId', true);
    if (value.signatoryActorIds) await assertInRegion(tx, 'actor', value.signatoryActorIds, regionId, 'signatoryActorIds');
    if (value.recommendationIds) await assertInRegion(tx, 'recommendation', value.recommendationIds, regionId, 'recommendationIds');
    await tx.agreement.update({
      where: { id: value.id },
      data: {
        ...(value.titleDe !== undefined ? { titleDe: value.titleDe } : {}),
        ...(value.textDe !== undefined ? { textDe: value.textDe } : {}),
        ...(value.agreedAt !== undefined ? { agreedAt: new Date(value.agreedAt) } : {}),
        ...(value.eventId !== undefined ? { eventId: value.eventId } : {}),
        ...(value.signatoryActorIds
          ? { signatories: { deleteMany: {}, createMany: { data: value.signatoryActorIds.map((actorId) => ({ actorId })), skipDuplicates: true } } }
          : {}),
        ...(value.recommendationIds
          ? {
              recommendations: {
                deleteMany: {},
                createMany: { data: value.recommendationIds.map((recommendationId) => ({ recommendationId })), skipDuplicates: true },
              },
            }
          : {}),
      },
    });
  }, transaction);
  return value.id;
}

/**
 * Deletes an agreement recorded by mistake. One that a circle carries or a report is about is part of
 * the published chain (finding → recommendation → agreement → report) and is refused: unlink it first.
 */
export async function deleteAgreement(prisma: PrismaClient, editor: Editor | null, id: string): Promise<void> {
  await agreementRegionOf(prisma, editor, id);
  await prisma.$transaction(async (tx) => {
    const [circles, reports] = await Promise.all([
      tx.circleAgreement.count({ where: { agreementId: id } }),
      tx.circleReportAgreement.count({ where: { agreementId: id } }),
    ]);
    if (circles > 0 || reports > 0) {
      throw ValidationFailed.of(
        'id',
        `wird von ${circles} Initiativkreis(en) getragen und in ${reports} Sitzungsbericht(en) genannt; erst dort entfernen`,
        `is carried by ${circles} initiative circle(s) and named in ${reports} meeting report(s); remove it there first`,
      );
    }
    await tx.agreement.delete({ where: { id } });
  }, transaction);
}

/** Omitted fields stay; a given list of agreements replaces the carried ones. The region never changes. */
export async function updateCircle(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseUpdateCircle(input);
  const regionId = await circleRegionOf(prisma, editor, value.id);
  let municipalityId: string | null | undefined;
  if (value.municipalityAgs === null) municipalityId = null;
  else if (value.municipalityAgs !== undefined) {
    const municipality = await prisma.municipality.findUnique({ where: { ags: value.municipalityAgs }, select: { id: true, regionId: true } });
    if (!municipality || municipality.regionId !== regionId) {
      throw ValidationFailed.of('municipalityAgs', `Kommune ${value.municipalityAgs} gibt es in dieser Region nicht`, `there is no municipality ${value.municipalityAgs} in this region`);
    }
    municipalityId = municipality.id;
  }
  await prisma.$transaction(async (tx) => {
    if (value.agreementIds) await assertInRegion(tx, 'agreement', value.agreementIds, regionId, 'agreementIds');
    await tx.initiativeCircle.update({
      where: { id: value.id },
      data: {
        ...(value.nameDe !== undefined ? { nameDe: value.nameDe } : {}),
        ...(value.descriptionDe !== undefined ? { descriptionDe: value.descriptionDe || null } : {}),
        ...(value.foundedAt !== undefined ? { foundedAt: new Date(value.foundedAt) } : {}),
        ...(municipalityId !== undefined ? { municipalityId } : {}),
        ...(value.agreementIds
          ? { agreements: { deleteMany: {}, createMany: { data: value.agreementIds.map((agreementId) => ({ agreementId })), skipDuplicates: true } } }
          : {}),
      },
    });
  }, transaction);
  return value.id;
}

/** Removes a membership; answers the circle it belonged to. */
export async function removeCircleMember(prisma: PrismaClient, editor: Editor | null, memberId: string): Promise<string> {
  const member = await prisma.circleMember.findUnique({ where: { id: memberId }, select: { circleId: true } });
  if (!member) throw new NotFound('Mitglied', memberId);
  await circleRegionOf(prisma, editor, member.circleId);
  await prisma.circleMember.delete({ where: { id: memberId } });
  return member.circleId;
}

/** Publishes a meeting report, or takes it back from the public. */
export async function setCircleReportPublished(prisma: PrismaClient, editor: Editor | null, reportId: string, published: boolean): Promise<void> {
  const report = await prisma.circleReport.findUnique({ where: { id: reportId }, select: { circleId: true } });
  if (!report) throw new NotFound('Sitzungsbericht', reportId);
  await circleRegionOf(prisma, editor, report.circleId);
  await prisma.circleReport.update({ where: { id: reportId }, data: { isPublished: published } });
}
