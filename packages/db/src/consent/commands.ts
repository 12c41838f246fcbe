// The consent log of the network mailing list, and the person's rights: a data export and erasure.
// Consents are never deleted; withdrawal sets withdrawnAt.
import { randomUUID } from 'node:crypto';
import { erasedContactFields, NotFound, parseRecordConsent, parseWithdrawConsent, ValidationFailed, withdrawalProblem } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { assertStaffOfRegion } from '../agreement/access.js';

const transaction = { maxWait: 10_000, timeout: 30_000 };

export async function recordConsent(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseRecordConsent(input);
  const contact = await prisma.contact.findUnique({ where: { id: value.contactId }, select: { regionId: true, erasedAt: true, email: true } });
  if (!contact) throw new NotFound('Person', value.contactId);
  assertStaffOfRegion(editor, contact.regionId);
  if (contact.erasedAt) throw ValidationFailed.of('contactId', 'ist gelöscht', 'has been erased');
  if (!contact.email) throw ValidationFailed.of('contactId', 'hat keine E-Mail-Adresse für den Verteiler', 'has no e-mail address for the mailing list');
  if (value.eventId) {
    const event = await prisma.event.findFirst({ where: { id: value.eventId, regionId: contact.regionId }, select: { id: true } });
    if (!event) throw ValidationFailed.of('eventId', `Veranstaltung „${value.eventId}“ gibt es in dieser Region nicht`, `there is no event "${value.eventId}" in this region`);
  }
  const consent = await prisma.consent.create({
    data: {
      regionId: contact.regionId,
      contactId: value.contactId,
      givenAt: value.givenAt,
      eventId: value.eventId,
      method: value.method,
      textVersion: value.textVersion,
      recordedById: editor.userId,
    },
    select: { id: true },
  });
  return consent.id;
}

export async function withdrawConsent(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseWithdrawConsent(input);
  const consent = await prisma.consent.findUnique({ where: { id: value.id }, select: { regionId: true, givenAt: true, withdrawnAt: true } });
  if (!consent) throw new NotFound('Einwilligung', value.id);
  assertStaffOfRegion(editor, consent.regionId);
  if (consent.withdrawnAt) throw ValidationFailed.of('id', 'ist schon widerrufen', 'is already withdrawn');
  const withdrawnAt = value.withdrawnAt ?? new Date();
  const problem = withdrawalProblem(consent.givenAt, withdrawnAt);
  if (problem) throw ValidationFailed.of('withdrawnAt', problem.de, problem.en);
  await prisma.consent.update({ where: { id: value.id }, data: { withdrawnAt } });
  return value.id;
}

/**
 * Removes a person's personal data and keeps the row, so counts of participants, members and
 * consents stay right. Cleared: names, e-mail, phone, role, notes on the person, and the notes of
 * interviews held with them (what they said; findings keep their anonymised wording). Their consents
 * end. Ids may be made of the name (the demo seed's "demo-contact-sabine-kowalski", or an import's),
 * so the person and their membership, consent and participation rows get new random ids (foreign keys
 * follow with ON UPDATE CASCADE); the new id is returned. Not searched: free text elsewhere that
 * happens to mention them (other interviews' notes, minutes); staff must edit those by hand.
 */
export async function eraseContact(prisma: PrismaClient, editor: Editor | null, contactId: string): Promise<string> {
  const contact = await prisma.contact.findUnique({ where: { id: contactId }, select: { regionId: true, erasedAt: true } });
  if (!contact) throw new NotFound('Person', contactId);
  assertStaffOfRegion(editor, contact.regionId);
  if (contact.erasedAt) return contactId;
  const now = new Date();
  const newId = `erased-${randomUUID()}`;
  await prisma.$transaction(async (tx) => {
    await tx.interview.updateMany({ where: { contactId }, data: { notes: null } });
    await tx.consent.updateMany({ where: { contactId, withdrawnAt: null }, data: { withdrawnAt: now } });
    await tx.contact.update({ where: { id: contactId }, data: { ...erasedContactFields, id: newId, erasedAt: now } });
    const rows = { contactId: newId };
    for (const { id } of await tx.consent.findMany({ where: rows, select: { id: true } })) {
      await tx.consent.update({ where: { id }, data: { id: randomUUID() } });
    }
    for (const { id } of await tx.circleMember.findMany({ where: rows, select: { id: true } })) {
      await tx.circleMember.update({ where: { id }, data: { id: randomUUID() } });
    }
    for (const { id } of await tx.participation.findMany({ where: rows, select: { id: true } })) {
      await tx.participation.update({ where: { id }, data: { id: randomUUID() } });
    }
  }, transaction);
  return newId;
}
