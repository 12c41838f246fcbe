// The mailing-list export for a mail tool, and what erasure leaves of a person.
import { toCsv } from '../recommendation/csv-format.js';

export interface MailingListEntry {
  email: string;
  firstName: string;
  lastName: string;
  organisation: string | null;
  givenAt: Date;
  method: string;
  textVersion: string;
}

export const mailingListColumns = ['email', 'first_name', 'last_name', 'organisation', 'consent_given_at', 'consent_method', 'consent_text_version'] as const;

/** One row per e-mail address (the earliest consent wins), sorted by address. */
export function mailingListCsv(entries: readonly MailingListEntry[]): string {
  const byEmail = new Map<string, MailingListEntry>();
  for (const entry of entries) {
    const key = entry.email.trim().toLowerCase();
    const known = byEmail.get(key);
    if (!known || entry.givenAt < known.givenAt) byEmail.set(key, entry);
  }
  const rows = [...byEmail.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([email, entry]) => [email, entry.firstName, entry.lastName, entry.organisation ?? '', entry.givenAt.toISOString(), entry.method, entry.textVersion]);
  return toCsv(mailingListColumns, rows);
}

/**
 * What stays of an erased person: the row (so counts of participants, members and consents stay
 * right) without anything that identifies them.
 */
export const erasedContactFields = {
  firstName: 'Gelöscht',
  lastName: 'Gelöscht',
  email: null,
  phone: null,
  roleTitle: null,
  notes: null,
} as const;
