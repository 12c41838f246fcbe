// Consent to the network mailing list: recorded with when, how, at which event and to which consent
// text; withdrawn (never deleted) at any time.
import { z } from 'zod';
import { consentMethods } from '../enums.js';
import type { LocalizedText } from '../language.js';
import { parseOrRefuse } from '../agreement/parse.js';

const id = z.string({ error: 'id.required' }).trim().min(1, 'id.required');
const instant = z
  .string({ error: 'instant.invalid' })
  .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), 'instant.invalid')
  .transform((value) => new Date(value));

export const recordConsentSchema = z.object({
  contactId: id,
  givenAt: instant,
  method: z.enum(consentMethods, { error: 'method.invalid' }),
  /** The version of the consent text the person agreed to, e.g. "2026-01". */
  textVersion: z.string({ error: 'text.required' }).trim().min(1, 'text.required').max(50, 'textVersion.tooLong'),
  eventId: id.nullish().transform((value) => value ?? null),
});
export type RecordConsentInput = z.output<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({
  id,
  /** Omitted: now. */
  withdrawnAt: instant.nullish().transform((value) => value ?? null),
});
export type WithdrawConsentInput = z.output<typeof withdrawConsentSchema>;

const consentMessages: Readonly<Record<string, LocalizedText>> = {
  'instant.invalid': { de: 'muss ein Zeitpunkt im ISO-Format sein (2026-01-21T20:00:00+01:00)', en: 'must be an ISO date-time (2026-01-21T20:00:00+01:00)' },
  'method.invalid': { de: 'ist keine bekannte Art der Einwilligung', en: 'is not a known consent method' },
  'textVersion.tooLong': { de: 'darf höchstens 50 Zeichen lang sein', en: 'must be at most 50 characters long' },
};

export const parseRecordConsent = (input: unknown) => parseOrRefuse(recordConsentSchema, input, consentMessages);
export const parseWithdrawConsent = (input: unknown) => parseOrRefuse(withdrawConsentSchema, input, consentMessages);

/** A withdrawal must not precede the consent it ends. */
export function withdrawalProblem(givenAt: Date, withdrawnAt: Date): LocalizedText | null {
  return withdrawnAt < givenAt ? { de: 'liegt vor der Einwilligung', en: 'is before the consent was given' } : null;
}
