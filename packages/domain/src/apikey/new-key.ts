// What an admin may create: read-only keys for partners. Keys travel in scripts and partner tools,
// so they never carry staff or admin rights (personal data and every change stay behind a sign-in).
import { z } from 'zod';

export const apiKeyRoles = ['PARTNER'] as const;
export type ApiKeyRole = (typeof apiKeyRoles)[number];
export const apiKeyNameMaxLength = 100;

export const newApiKeySchema = z.object({
  name: z
    .string({ error: 'Name fehlt / name is missing' })
    .trim()
    .min(1, 'Name darf nicht leer sein / name must not be empty')
    .max(apiKeyNameMaxLength, `Name darf höchstens ${apiKeyNameMaxLength} Zeichen lang sein / name must be at most ${apiKeyNameMaxLength} characters long`),
  role: z.enum(apiKeyRoles, {
    error: 'Schlüssel gibt es nur mit der Rolle PARTNER (Mitarbeitende melden sich an) / keys exist only with role PARTNER (staff sign in)',
  }),
  /** Null or omitted: every region. */
  regionSlug: z.string().trim().min(1, 'Region darf nicht leer sein / region must not be empty').nullish(),
  expiresAt: z.date().nullish(),
});
export type NewApiKeyInput = z.output<typeof newApiKeySchema>;

/**
 * Reads an expiry from the command line or a form: a date (YYYY-MM-DD, meaning the end of that day,
 * UTC) or a full ISO time. Returns null for text that is neither.
 */
export function parseApiKeyExpiry(text: string): Date | null {
  const trimmed = text.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dateOnly) {
    const end = new Date(`${trimmed}T23:59:59.999Z`);
    return Number.isNaN(end.getTime()) || end.toISOString().slice(0, 10) !== trimmed ? null : end;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return null;
  const time = new Date(trimmed);
  return Number.isNaN(time.getTime()) ? null : time;
}
