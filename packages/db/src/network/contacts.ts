// Contact persons (personal data): staff of the region create and edit them.
import { contactFieldsSchema, updateContactSchema, ValidationFailed } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { actorIdOf, assertStaffOfRegion, parseOrThrow, recordForChange, transaction } from './access.js';

export async function createContact(prisma: PrismaClient, editor: Editor | null, regionId: string, input: unknown): Promise<string> {
  assertStaffOfRegion(editor, regionId);
  const value = parseOrThrow(contactFieldsSchema, input);
  return prisma.$transaction(async (tx) => {
    const contact = await tx.contact.create({
      data: { ...value, regionId, actorId: await actorIdOf(tx, value.actorId, regionId, 'actorId') },
      select: { id: true },
    });
    return contact.id;
  }, transaction);
}

export async function updateContact(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const { id, ...value } = parseOrThrow(updateContactSchema, input);
  return prisma.$transaction(async (tx) => {
    const { regionId, erasedAt } = await recordForChange(
      tx.contact.findUnique({ where: { id }, select: { regionId: true, erasedAt: true } }),
      editor,
      { de: 'Person', en: 'person' },
      id,
    );
    if (erasedAt) throw ValidationFailed.of('id', 'wurde gelöscht (Daten entfernt)', 'was erased (personal data removed)');
    await tx.contact.update({
      where: { id },
      data: { ...value, actorId: value.actorId === undefined ? undefined : await actorIdOf(tx, value.actorId, regionId, 'actorId') },
    });
    return id;
  }, transaction);
}
