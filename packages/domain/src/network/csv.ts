// The CSV layout for importing actors with their contact persons: one row per actor, or per contact
// person of an actor (then the actor's columns repeat, or stay empty after the first row of that
// actor). Actors are matched by name within the region: an existing name updates that actor.
import type { LocalizedText } from '../language.js';
import { parseCsv } from '../recommendation/csv-format.js';
import type { CsvProblem } from '../recommendation/csv.js';
import { actorFieldsSchema, contactFieldsSchema } from './inputs.js';
import type { ActorFields, ContactFields } from './inputs.js';
import { networkMessageFor } from './problems.js';

export const actorCsvColumns = [
  'name',
  'sector',
  'municipality_ags',
  'description_de',
  'website',
  'sdg_goals',
  'contact_first_name',
  'contact_last_name',
  'contact_email',
  'contact_phone',
  'contact_role',
] as const;
export type ActorCsvColumn = (typeof actorCsvColumns)[number];

const requiredColumns: readonly ActorCsvColumn[] = ['name', 'sector'];

export interface ActorCsvActor {
  /** Line where the actor first appears. */
  line: number;
  fields: ActorFields;
  contacts: Array<{ line: number; fields: Omit<ContactFields, 'actorId'> }>;
}

export type ActorCsvResult = { ok: true; actors: ActorCsvActor[] } | { ok: false; problems: CsvProblem[]; actors: ActorCsvActor[] };

const bad = (line: number, column: string | null, reason: LocalizedText): CsvProblem => ({ line, column, reason });

const actorColumnOfField: Record<string, ActorCsvColumn> = {
  name: 'name',
  sector: 'sector',
  municipalityAgs: 'municipality_ags',
  descriptionDe: 'description_de',
  website: 'website',
  sdgGoals: 'sdg_goals',
};
const contactColumnOfField: Record<string, ActorCsvColumn> = {
  firstName: 'contact_first_name',
  lastName: 'contact_last_name',
  email: 'contact_email',
  phone: 'contact_phone',
  roleTitle: 'contact_role',
};

/** Reads a whole file and collects every problem of every row, so one round of corrections suffices. */
export function readActorCsv(text: string): ActorCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [bad(parsed.line, null, { de: parsed.reason, en: parsed.reason })], actors: [] };
  const problems: CsvProblem[] = [];
  const known = new Set<string>(actorCsvColumns);
  for (const name of parsed.header) {
    if (!known.has(name)) {
      problems.push(bad(1, name, { de: `ist keine bekannte Spalte (bekannt: ${actorCsvColumns.join(', ')})`, en: `is not a known column (known: ${actorCsvColumns.join(', ')})` }));
    }
  }
  for (const column of requiredColumns) {
    if (!parsed.header.includes(column)) problems.push(bad(1, column, { de: 'Spalte fehlt', en: 'column is missing' }));
  }
  if (problems.length) return { ok: false, problems, actors: [] };
  if (parsed.records.length === 0) return { ok: false, problems: [bad(2, null, { de: 'Die Datei enthält keine Zeilen', en: 'the file has no rows' })], actors: [] };

  const byName = new Map<string, ActorCsvActor>();
  for (const record of parsed.records) {
    if (record.cells.length !== parsed.header.length) {
      problems.push(
        bad(record.line, null, {
          de: `hat ${record.cells.length} statt ${parsed.header.length} Zellen`,
          en: `has ${record.cells.length} cells instead of ${parsed.header.length}`,
        }),
      );
      continue;
    }
    const cell = (column: ActorCsvColumn): string => {
      const index = parsed.header.indexOf(column);
      return index === -1 ? '' : (record.cells[index] ?? '').trim();
    };
    readRecord(record.line, cell, byName, problems);
  }
  const actors = [...byName.values()];
  return problems.length ? { ok: false, problems, actors } : { ok: true, actors };
}

function readRecord(line: number, cell: (column: ActorCsvColumn) => string, byName: Map<string, ActorCsvActor>, problems: CsvProblem[]): void {
  const name = cell('name');
  const earlier = byName.get(name.toLocaleLowerCase('de'));
  // A repeated actor row may leave the actor columns empty; filled ones must agree with the first row.
  const actorCells = (['sector', 'municipality_ags', 'description_de', 'website', 'sdg_goals'] as const).filter((column) => cell(column) !== '');
  if (!earlier || actorCells.length > 0) {
    const goalsText = cell('sdg_goals');
    const goals = goalsText ? goalsText.split(/[;,\s]+/).filter(Boolean).map((goal) => (/^\d+$/.test(goal) ? Number(goal) : Number.NaN)) : [];
    const result = actorFieldsSchema.safeParse({
      name,
      sector: cell('sector').toUpperCase(),
      municipalityAgs: cell('municipality_ags') || null,
      descriptionDe: cell('description_de') || null,
      website: cell('website') || null,
      sdgGoals: goals,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(bad(line, actorColumnOfField[String(issue.path[0])] ?? null, networkMessageFor(issue.message)));
      }
      return;
    }
    if (earlier) {
      if (JSON.stringify(earlier.fields) !== JSON.stringify(result.data)) {
        problems.push(
          bad(line, null, {
            de: `Akteur „${name}“ steht schon in Zeile ${earlier.line} mit anderen Angaben`,
            en: `actor "${name}" is already in line ${earlier.line} with different values`,
          }),
        );
        return;
      }
    } else {
      byName.set(name.toLocaleLowerCase('de'), { line, fields: result.data, contacts: [] });
    }
  }
  const actor = byName.get(name.toLocaleLowerCase('de'));
  if (actor) readContact(line, cell, actor, problems);
}

function readContact(line: number, cell: (column: ActorCsvColumn) => string, actor: ActorCsvActor, problems: CsvProblem[]): void {
  const contactCells = (['contact_first_name', 'contact_last_name', 'contact_email', 'contact_phone', 'contact_role'] as const).filter((column) => cell(column) !== '');
  if (contactCells.length === 0) return;
  const result = contactFieldsSchema.safeParse({
    firstName: cell('contact_first_name'),
    lastName: cell('contact_last_name'),
    email: cell('contact_email') || null,
    phone: cell('contact_phone') || null,
    roleTitle: cell('contact_role') || null,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(bad(line, contactColumnOfField[String(issue.path[0])] ?? null, networkMessageFor(issue.message)));
    }
    return;
  }
  const { actorId: _none, ...fields } = result.data;
  actor.contacts.push({ line, fields });
}
