// Shared checks of the network and process commands: who may write, and lookups that turn ids and
// AGS into records of the editor's region (or a validation error naming the field).
import { Forbidden, NotFound, parseNetworkInput, Unauthenticated, ValidationFailed } from '@atlas/domain';
import type { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { canEditRegion } from '../recommendation/access.js';
import type { Editor } from '../recommendation/access.js';

export function assertStaffOfRegion(editor: Editor | null, regionId: string): asserts editor is Editor {
  if (!editor) throw new Unauthenticated();
  if (!canEditRegion(editor, regionId)) {
    throw new Forbidden({
      de: 'Das dürfen nur Mitarbeitende der Regionalstelle dieser Region ändern',
      en: 'Only staff of this region may change this',
    });
  }
}

export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = parseNetworkInput(schema, input);
  if (!parsed.ok) throw new ValidationFailed(parsed.problems);
  return parsed.value;
}

export async function municipalityIdOf(tx: Prisma.TransactionClient, ags: string | null, regionId: string, field = 'municipalityAgs'): Promise<string | null> {
  if (ags === null) return null;
  const municipality = await tx.municipality.findUnique({ where: { ags }, select: { id: true, regionId: true } });
  if (!municipality || municipality.regionId !== regionId) {
    throw ValidationFailed.of(field, `${ags} ist keine Kommune dieser Region`, `${ags} is not a municipality of this region`);
  }
  return municipality.id;
}

/** An actor of the region, for a reference in `field`. */
export async function actorIdOf(tx: Prisma.TransactionClient, id: string | null, regionId: string, field: string): Promise<string | null> {
  if (id === null) return null;
  const actor = await tx.actor.findUnique({ where: { id }, select: { regionId: true } });
  if (!actor || actor.regionId !== regionId) throw ValidationFailed.of(field, 'ist kein Akteur dieser Region', 'is not an actor of this region');
  return id;
}

export async function contactIdOf(tx: Prisma.TransactionClient, id: string | null, regionId: string, field: string): Promise<string | null> {
  if (id === null) return null;
  const contact = await tx.contact.findUnique({ where: { id }, select: { regionId: true, erasedAt: true } });
  if (!contact || contact.regionId !== regionId || contact.erasedAt) {
    throw ValidationFailed.of(field, 'ist keine Person dieser Region', 'is not a person of this region');
  }
  return id;
}

/** Awaits a record to change: NOT_FOUND when it is missing, FORBIDDEN unless the editor is staff of its region. */
export async function recordForChange<T extends { regionId: string }>(
  load: Promise<T | null>,
  editor: Editor | null,
  what: { de: string; en: string },
  id: string,
): Promise<T> {
  const record = await load;
  if (!record) throw new NotFound(what.de, id, { de: `${what.de} „${id}“ gibt es nicht`, en: `there is no ${what.en} "${id}"` });
  assertStaffOfRegion(editor, record.regionId);
  return record;
}

export const transaction = { maxWait: 10_000, timeout: 30_000 };
