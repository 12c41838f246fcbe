import { z } from 'zod';

export const passwordMinLength = 10;
// scrypt hashes whatever it gets; a cap keeps a huge "password" from costing the server memory and time.
export const passwordMaxLength = 200;

export const passwordSchema = z
  .string({ error: 'Passwort fehlt / password is missing' })
  .min(passwordMinLength, `Passwort muss mindestens ${passwordMinLength} Zeichen lang sein / password must be at least ${passwordMinLength} characters long`)
  .max(passwordMaxLength, `Passwort darf höchstens ${passwordMaxLength} Zeichen lang sein / password must be at most ${passwordMaxLength} characters long`)
  .refine((value) => value.length < passwordMinLength || value.trim().length >= passwordMinLength, 'Passwort darf nicht nur aus Leerzeichen bestehen / password must not be mostly spaces');

/** Sign-in names are e-mail addresses, stored and compared in lower case. */
export const emailSchema = z
  .string({ error: 'E-Mail-Adresse fehlt / e-mail address is missing' })
  .trim()
  .toLowerCase()
  .pipe(z.email('keine gültige E-Mail-Adresse / not a valid e-mail address'));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Name darf nicht leer sein / name must not be empty')
  .max(120, 'Name darf höchstens 120 Zeichen lang sein / name must be at most 120 characters long');

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(['ADMIN', 'STAFF', 'PARTNER'], { error: 'Rolle muss ADMIN, STAFF oder PARTNER sein / role must be ADMIN, STAFF or PARTNER' }),
  displayName: displayNameSchema.nullish(),
  /** Null or omitted: the default region; an ADMIN may be given "all" regions explicitly by the caller. */
  regionSlug: z.string().trim().min(1).nullish(),
});
export type NewUserInput = z.output<typeof newUserSchema>;
