// Reasons of refused network and process inputs, keyed like recommendation/problems.ts: zod schemas
// write a key, this table holds both languages; unknown keys fall back to the shared table.
import type { z } from 'zod';
import type { LocalizedText } from '../language.js';
import type { InputProblem } from '../recommendation/problems.js';
import { messageFor } from '../recommendation/problems.js';

const messages: Record<string, LocalizedText> = {
  'name.tooLong': { de: 'darf höchstens 200 Zeichen lang sein', en: 'must be at most 200 characters long' },
  'sector.invalid': { de: 'ist kein bekannter Sektor', en: 'is not a known sector' },
  'goal.invalid': { de: 'muss ein SDG von 1 bis 17 sein', en: 'must be an SDG from 1 to 17' },
  'url.invalid': { de: 'muss eine Adresse mit http:// oder https:// sein', en: 'must be an address starting with http:// or https://' },
  'email.invalid': { de: 'ist keine gültige E-Mail-Adresse', en: 'is not a valid e-mail address' },
  'linkKind.invalid': { de: 'ist keine bekannte Art von Verbindung', en: 'is not a known kind of link' },
  'link.self': { de: 'darf nicht auf denselben Akteur zeigen', en: 'must not point to the same actor' },
  'country.invalid': { de: 'muss ein zweistelliger Ländercode (ISO 3166-1) wie „NI“ sein', en: 'must be a two-letter country code (ISO 3166-1) such as "NI"' },
  'partnershipKind.invalid': { de: 'ist keine bekannte Art von Partnerschaft', en: 'is not a known kind of partnership' },
  'year.invalid': { de: 'muss eine Jahreszahl von 1900 bis 2100 sein', en: 'must be a year from 1900 to 2100' },
  'dateTime.invalid': { de: 'muss ein Zeitpunkt nach ISO 8601 sein', en: 'must be an ISO 8601 date-time' },
  'eventKind.invalid': { de: 'ist keine bekannte Veranstaltungsart', en: 'is not a known kind of event' },
  'role.invalid': { de: 'ist keine bekannte Rolle', en: 'is not a known role' },
  'endsBeforeStart.invalid': { de: 'liegt vor dem Beginn', en: 'is before the start' },
  'participant.missing': { de: 'nennt weder Akteur noch Person', en: 'names neither an actor nor a person' },
  'findingKind.invalid': { de: 'ist keine bekannte Art von Erkenntnis', en: 'is not a known kind of finding' },
  'theme.invalid': { de: 'muss 1 bis 60 Zeichen lang sein', en: 'must be 1 to 60 characters long' },
};

export function networkMessageFor(key: string): LocalizedText {
  return messages[key] ?? messageFor(key);
}

export function networkProblemsFromZod(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    reason: networkMessageFor(issue.message),
  }));
}
