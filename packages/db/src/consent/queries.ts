// Reading the mailing list: who may be mailed now, and everything stored about one person.
import { mailingListCsv, NotFound } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { assertStaffOfRegion } from '../agreement/access.js';

/** Consents in force: not withdrawn, of a person who was not erased. */
export const currentConsents: Prisma.ConsentWhereInput = { withdrawnAt: null, contact: { erasedAt: null, email: { not: null } } };

/** The CSV for a mail tool: exactly the persons of the region with a consent in force. */
export async function exportMailingListCsv(prisma: PrismaClient, editor: Editor | null, regionId: string): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const consents = await prisma.consent.findMany({
    where: { AND: [{ regionId }, currentConsents] },
    select: {
      givenAt: true,
      method: true,
      textVersion: true,
      contact: { select: { email: true, firstName: true, lastName: true, actor: { select: { name: true } } } },
    },
  });
  return mailingListCsv(
    consents.flatMap((consent) =>
      consent.contact.email
        ? [
            {
              email: consent.contact.email,
              firstName: consent.contact.firstName,
              lastName: consent.contact.lastName,
              organisation: consent.contact.actor?.name ?? null,
              givenAt: consent.givenAt,
              method: consent.method,
              textVersion: consent.textVersion,
            },
          ]
        : [],
    ),
  );
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Everything stored about one person (Art. 15/20 GDPR), as plain JSON. */
export async function exportContactData(prisma: PrismaClient, editor: Editor | null, contactId: string) {
  const contact = await prisma.contact.findUnique({
    where: { id: contactId },
    include: {
      actor: { select: { name: true } },
      consents: { include: { event: { select: { titleDe: true } } }, orderBy: { givenAt: 'asc' } },
      participations: { include: { event: { select: { titleDe: true, startsAt: true } } } },
      circleMembers: { include: { circle: { select: { nameDe: true } } } },
      interviews: { select: { conductedAt: true, notes: true } },
    },
  });
  if (!contact) throw new NotFound('Person', contactId);
  assertStaffOfRegion(editor, contact.regionId);
  return {
    exportedAt: new Date().toISOString(),
    person: {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      roleTitle: contact.roleTitle,
      organisation: contact.actor?.name ?? null,
      notes: contact.notes,
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
      erasedAt: iso(contact.erasedAt),
    },
    consents: contact.consents.map((consent) => ({
      givenAt: consent.givenAt.toISOString(),
      method: consent.method,
      textVersion: consent.textVersion,
      event: consent.event?.titleDe ?? null,
      withdrawnAt: iso(consent.withdrawnAt),
    })),
    participations: contact.participations.map((p) => ({ event: p.event.titleDe, startsAt: p.event.startsAt.toISOString(), role: p.role, topic: p.topicDe })),
    circleMemberships: contact.circleMembers.map((m) => ({ circle: m.circle.nameDe, joinedAt: m.joinedAt.toISOString().slice(0, 10) })),
    interviews: contact.interviews.map((i) => ({ conductedAt: i.conductedAt.toISOString(), notes: i.notes })),
  };
}
export type ContactDataExport = Awaited<ReturnType<typeof exportContactData>>;
