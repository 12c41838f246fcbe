// What staff do to events: create, edit, add and remove participants.
import { eventFieldsSchema, participationSchema, updateEventSchema, ValidationFailed } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import { actorIdOf, assertStaffOfRegion, contactIdOf, municipalityIdOf, parseOrThrow, recordForChange, transaction } from '../network/access.js';
import type { Editor } from '../recommendation/access.js';

const eventWords = { de: 'Veranstaltung', en: 'event' };

export async function createEvent(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const { municipalityAgs, ...value } = parseOrThrow(eventFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...value, regionId, municipalityId: await municipalityIdOf(tx, municipalityAgs, regionId) },
      select: { id: true },
    });
    return event.id;
  }, transaction);
}

export async function updateEvent(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const { id, municipalityAgs, ...value } = parseOrThrow(updateEventSchema, input);
  return prisma.$transaction(async (tx) => {
    const current = await recordForChange(tx.event.findUnique({ where: { id }, select: { regionId: true, startsAt: true, endsAt: true } }), editor, eventWords, id);
    const { regionId } = current;
    const startsAt = value.startsAt ?? current.startsAt;
    const endsAt = value.endsAt === undefined ? current.endsAt : value.endsAt;
    if (endsAt && endsAt < startsAt) throw ValidationFailed.of('endsAt', 'liegt vor dem Beginn', 'is before the start');
    await tx.event.update({
      where: { id },
      data: { ...value, municipalityId: municipalityAgs === undefined ? undefined : await municipalityIdOf(tx, municipalityAgs, regionId) },
    });
    return id;
  }, transaction);
}

/** Adds an actor and/or a person to an event with a role; answers the participation's id. */
export async function addParticipation(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseOrThrow(participationSchema, input);
  return prisma.$transaction(async (tx) => {
    const { regionId } = await recordForChange(tx.event.findUnique({ where: { id: value.eventId }, select: { regionId: true } }), editor, eventWords, value.eventId);
    const participation = await tx.participation.create({
      data: {
        eventId: value.eventId,
        actorId: await actorIdOf(tx, value.actorId, regionId, 'actorId'),
        contactId: await contactIdOf(tx, value.contactId, regionId, 'contactId'),
        role: value.role,
        topicDe: value.topicDe,
      },
      select: { id: true },
    });
    return participation.id;
  }, transaction);
}

/** Removes a participation; answers the event's id. */
export async function removeParticipation(prisma: PrismaClient, editor: Editor | null, participationId: string): Promise<string> {
  const participation = await recordForChange(
    prisma.participation
      .findUnique({ where: { id: participationId }, select: { eventId: true, event: { select: { regionId: true } } } })
      .then((found) => found && { ...found, regionId: found.event.regionId }),
    editor,
    { de: 'Teilnahme', en: 'participation' },
    participationId,
  );
  await prisma.participation.delete({ where: { id: participationId } });
  return participation.eventId;
}
