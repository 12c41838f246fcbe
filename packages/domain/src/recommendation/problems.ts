import type { z } from 'zod';
import type { LocalizedText } from '../language.js';

/**
 * Why an input was refused: the field it concerns (a dotted path into the input, "status",
 * "sdgTargets.2") and the reason in both interface languages.
 */
export interface InputProblem {
  field: string;
  reason: LocalizedText;
}

export function problem(field: string, de: string, en: string): InputProblem {
  return { field, reason: { de, en } };
}

/**
 * zod schemas in this package write a message key ("recommendation.title.required") instead of
 * prose, so the one table below holds both languages; other messages pass through as they are.
 */
const messages: Record<string, LocalizedText> = {
  'text.required': { de: 'darf nicht leer sein', en: 'must not be empty' },
  'text.tooLong': { de: 'ist zu lang', en: 'is too long' },
  'title.tooLong': { de: 'darf höchstens 300 Zeichen lang sein', en: 'must be at most 300 characters long' },
  'text.bodyTooLong': { de: 'darf höchstens 20.000 Zeichen lang sein', en: 'must be at most 20,000 characters long' },
  'date.invalid': { de: 'muss ein Datum im Format JJJJ-MM-TT sein', en: 'must be a date formatted YYYY-MM-DD' },
  'ags.invalid': { de: 'muss ein achtstelliger Gemeindeschlüssel (AGS) sein', en: 'must be an 8-digit municipality key (AGS)' },
  'weight.invalid': { de: 'muss eine ganze Zahl von 0 bis 100 sein', en: 'must be a whole number from 0 to 100' },
  'progress.invalid': { de: 'muss eine ganze Zahl von 0 bis 100 sein', en: 'must be a whole number from 0 to 100' },
  'version.invalid': { de: 'muss die gelesene Versionsnummer (ab 1) sein', en: 'must be the version number you read (1 or more)' },
  'status.invalid': { de: 'ist kein bekannter Status', en: 'is not a known status' },
  'note.tooLong': { de: 'darf höchstens 2.000 Zeichen lang sein', en: 'must be at most 2,000 characters long' },
  'sdgTarget.invalid': { de: 'ist kein SDG-Unterziel wie „11.6“', en: 'is not an SDG target such as "11.6"' },
  'id.required': { de: 'fehlt', en: 'is missing' },
  'links.empty': { de: 'nennt keine Verknüpfung', en: 'names nothing to link' },
};

export function messageFor(key: string): LocalizedText {
  return messages[key] ?? { de: key, en: key };
}

/** The problems of a failed zod parse, one per issue, with the field path joined by dots. */
export function problemsFromZod(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    reason: messageFor(issue.message),
  }));
}
