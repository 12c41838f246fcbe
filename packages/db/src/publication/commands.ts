// Writing publications: drafts until published, every change names the version it read. Imprint and
// privacy pages belong to admins (publicationNeedsAdmin).
import {
  Forbidden,
  NotFound,
  parseCreatePublication,
  parseSetPublicationStatus,
  parseUpdatePublication,
  publicationNeedsAdmin,
  ValidationFailed,
  VersionConflict,
} from '@atlas/domain';
import type { PublicationKind } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { assertStaffOfRegion, regionOfEditor } from '../agreement/access.js';

function assertMayEdit(editor: Editor | null, regionId: string, kind: PublicationKind): asserts editor is Editor {
  assertStaffOfRegion(editor, regionId);
  if (publicationNeedsAdmin(kind) && editor.role !== 'ADMIN') {
    throw new Forbidden({ de: 'Impressum und Datenschutzerklärung dürfen nur Administratorinnen und Administratoren ändern', en: 'Only admins may change the imprint and privacy pages' });
  }
}

async function assertSlugFree(prisma: PrismaClient, regionId: string, slug: string, ownId: string | null) {
  const taken = await prisma.publication.findUnique({ where: { regionId_slug: { regionId, slug } }, select: { id: true } });
  if (taken && taken.id !== ownId) throw ValidationFailed.of('slug', `„${slug}“ ist schon vergeben`, `"${slug}" is already taken`);
}

export async function createPublication(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseCreatePublication(input);
  let regionId = await regionOfEditor(prisma, editor);
  let municipalityId: string | null = null;
  if (value.municipalityAgs) {
    const municipality = await prisma.municipality.findUnique({ where: { ags: value.municipalityAgs }, select: { id: true, regionId: true } });
    if (!municipality) throw ValidationFailed.of('municipalityAgs', `Kommune ${value.municipalityAgs} gibt es nicht`, `there is no municipality ${value.municipalityAgs}`);
    regionId = municipality.regionId;
    municipalityId = municipality.id;
  }
  if (!regionId) throw ValidationFailed.of('regionSlug', 'es gibt keine Region', 'there is no region');
  assertMayEdit(editor, regionId, value.kind);
  await assertSlugFree(prisma, regionId, value.slug, null);
  const created = await prisma.publication.create({
    data: {
      regionId,
      municipalityId,
      kind: value.kind,
      slug: value.slug,
      titleDe: value.titleDe,
      titleEn: value.titleEn,
      bodyDe: value.bodyDe,
      bodyEn: value.bodyEn,
      status: 'DRAFT',
      updatedById: editor.userId,
    },
    select: { id: true },
  });
  return created.id;
}

/** Writes `data` when the stored version is still `expectedVersion`, else CONFLICT; nothing else changes. */
async function writeVersioned(prisma: PrismaClient, id: string, expectedVersion: number, data: Prisma.PublicationUpdateManyMutationInput & { updatedById: string }) {
  const { updatedById, ...rest } = data;
  const written = await prisma.publication.updateMany({
    where: { id, version: expectedVersion },
    data: { ...rest, updatedById, version: { increment: 1 } },
  });
  if (written.count === 0) {
    const current = await prisma.publication.findUnique({ where: { id }, select: { version: true } });
    if (!current) throw new NotFound('Veröffentlichung', id);
    throw new VersionConflict(expectedVersion, current.version);
  }
}

async function loadForChange(prisma: PrismaClient, editor: Editor | null, id: string) {
  const current = await prisma.publication.findUnique({ where: { id }, select: { regionId: true, kind: true, publishedAt: true } });
  if (!current) throw new NotFound('Veröffentlichung', id);
  assertMayEdit(editor, current.regionId, current.kind);
  return { current, editor };
}

export async function updatePublication(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseUpdatePublication(input);
  const { current, editor: author } = await loadForChange(prisma, editor, value.id);
  if (value.slug) await assertSlugFree(prisma, current.regionId, value.slug, value.id);
  await writeVersioned(prisma, value.id, value.expectedVersion, {
    updatedById: author.userId,
    slug: value.slug,
    titleDe: value.titleDe,
    titleEn: value.titleEn,
    bodyDe: value.bodyDe,
    bodyEn: value.bodyEn,
  });
  return value.id;
}

/** Publishing keeps the first publication date; back to draft hides it from the public again. */
export async function setPublicationStatus(prisma: PrismaClient, editor: Editor | null, input: unknown): Promise<string> {
  const value = parseSetPublicationStatus(input);
  const { current, editor: author } = await loadForChange(prisma, editor, value.id);
  await writeVersioned(prisma, value.id, value.expectedVersion, {
    updatedById: author.userId,
    status: value.status,
    ...(value.status === 'PUBLISHED' && !current.publishedAt ? { publishedAt: new Date() } : {}),
  });
  return value.id;
}
