// CSV import of actors with their contact persons: all or nothing. The file is read and every row
// checked against the region (municipalities) first; any problem refuses the whole file with line,
// column and reason. Then one transaction writes it: an actor whose name exists in the region is
// updated (its SDG interests replaced), a contact of that actor with the same first and last name too.
import { readActorCsv } from '@atlas/domain';
import type { CsvProblem } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Editor } from '../recommendation/access.js';
import { CsvImportFailed } from '../recommendation/csv-import.js';
import { assertStaffOfRegion } from './access.js';

export interface ActorCsvImportReport {
  dryRun: boolean;
  actorsCreated: number;
  actorsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
  /** Ids of the created and updated actors, in file order (empty for a dry run). */
  actorIds: string[];
}

export async function importActorsCsv(
  prisma: PrismaClient,
  editor: Editor | null,
  regionId: string,
  csv: string,
  options: { dryRun?: boolean } = {},
): Promise<ActorCsvImportReport> {
  assertStaffOfRegion(editor, regionId);
  const read = readActorCsv(csv);
  const problems: CsvProblem[] = read.ok ? [] : [...read.problems];

  const municipalities = await prisma.municipality.findMany({ where: { regionId }, select: { id: true, ags: true } });
  const municipalityByAgs = new Map(municipalities.map((m) => [m.ags, m.id]));
  for (const actor of read.actors) {
    const ags = actor.fields.municipalityAgs;
    if (ags && !municipalityByAgs.has(ags)) {
      problems.push({
        line: actor.line,
        column: 'municipality_ags',
        reason: { de: `${ags} ist keine Kommune dieser Region`, en: `${ags} is not a municipality of this region` },
      });
    }
  }
  if (problems.length) throw new CsvImportFailed(problems.sort((a, b) => a.line - b.line));

  const existing = await prisma.actor.findMany({
    where: { regionId, name: { in: read.actors.map((actor) => actor.fields.name), mode: 'insensitive' } },
    select: { id: true, name: true, contacts: { where: { erasedAt: null }, select: { id: true, firstName: true, lastName: true } } },
  });
  const existingByName = new Map(existing.map((actor) => [actor.name.toLocaleLowerCase('de'), actor]));
  const personKey = (first: string, last: string) => `${first}\u0000${last}`.toLocaleLowerCase('de');
  const report: ActorCsvImportReport = { dryRun: options.dryRun ?? false, actorsCreated: 0, actorsUpdated: 0, contactsCreated: 0, contactsUpdated: 0, actorIds: [] };
  for (const actor of read.actors) {
    const known = existingByName.get(actor.fields.name.toLocaleLowerCase('de'));
    if (known) report.actorsUpdated++;
    else report.actorsCreated++;
    const knownPeople = new Set(known?.contacts.map((c) => personKey(c.firstName, c.lastName)));
    for (const contact of actor.contacts) {
      if (knownPeople.has(personKey(contact.fields.firstName, contact.fields.lastName))) report.contactsUpdated++;
      else report.contactsCreated++;
    }
  }
  if (report.dryRun) return report;

  report.actorIds = await prisma.$transaction(
    async (tx) => {
      const ids: string[] = [];
      for (const actor of read.actors) {
        const known = existingByName.get(actor.fields.name.toLocaleLowerCase('de'));
        const { sdgGoals, municipalityAgs, ...fields } = actor.fields;
        const data = { ...fields, municipalityId: municipalityAgs ? (municipalityByAgs.get(municipalityAgs) ?? null) : null };
        const id = known
          ? // The stored spelling of the name stays: the match ignores case.
            (await tx.actor.update({ where: { id: known.id }, data: { ...data, name: known.name, archivedAt: null }, select: { id: true } })).id
          : (await tx.actor.create({ data: { ...data, regionId }, select: { id: true } })).id;
        await tx.actorSdgInterest.deleteMany({ where: { actorId: id } });
        await tx.actorSdgInterest.createMany({ data: [...new Set(sdgGoals)].map((goalNumber) => ({ actorId: id, goalNumber })) });
        for (const contact of actor.contacts) {
          const same = known?.contacts.find((c) => personKey(c.firstName, c.lastName) === personKey(contact.fields.firstName, contact.fields.lastName));
          if (same) await tx.contact.update({ where: { id: same.id }, data: contact.fields });
          else await tx.contact.create({ data: { ...contact.fields, regionId, actorId: id } });
        }
        ids.push(id);
      }
      return ids;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return report;
}
