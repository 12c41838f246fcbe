// Region checks shared by agreements, circles, consents and publications: staff and admins of the
// record's region (and admins of every region) may change it.
import { Forbidden, Unauthenticated } from '@atlas/domain';
import { canEditRegion } from '../recommendation/access.js';
import type { Editor } from '../recommendation/access.js';

export function assertStaffOfRegion(editor: Editor | null, regionId: string): asserts editor is Editor {
  if (!editor) throw new Unauthenticated();
  if (!canEditRegion(editor, regionId)) {
    throw new Forbidden({ de: 'Das dürfen nur Mitarbeitende der Regionalstelle dieser Region', en: 'Only staff of this region may do this' });
  }
}

/** The region new records go to: the editor's own, else (an admin of every region) the default one. */
export async function regionOfEditor(
  prisma: { region: { findFirst(args: { where: { isDefault: true }; select: { id: true } }): Promise<{ id: string } | null> } },
  editor: Editor | null,
): Promise<string | null> {
  if (editor?.regionId) return editor.regionId;
  return (await prisma.region.findFirst({ where: { isDefault: true }, select: { id: true } }))?.id ?? null;
}
