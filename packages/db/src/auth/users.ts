// Staff and partner accounts: creation (command line and admin workspace), sign-in with lockout,
// role changes and disabling.
import { newUserSchema, NotFound, ValidationFailed } from '@atlas/domain';
import type { UserRole } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import { hashPassword, unknownUserHash, verifyPassword } from './password.js';

/** Failed sign-ins allowed before the account locks; each further failure doubles the lock. */
export const failuresBeforeLock = 5;
const firstLockMs = 60 * 1000;
const longestLockMs = 60 * 60 * 1000;

export function lockDuration(failedLogins: number): number {
  if (failedLogins < failuresBeforeLock) return 0;
  return Math.min(longestLockMs, firstLockMs * 2 ** (failedLogins - failuresBeforeLock));
}

export interface CreatedUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  regionId: string | null;
}

/**
 * Creates an account. `regionSlug` null or omitted: the default region, except for an ADMIN, who then
 * administers every region. Throws ValidationFailed naming the field (taken e-mail, short password, …).
 */
export async function createUser(
  prisma: PrismaClient,
  input: { email: string; password: string; role: string; displayName?: string | null; regionSlug?: string | null; isDemo?: boolean },
): Promise<CreatedUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationFailed(
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', reason: { de: issue.message, en: issue.message } })),
    );
  }
  const { email, password, role, displayName, regionSlug } = parsed.data;
  let regionId: string | null = null;
  if (regionSlug || role !== 'ADMIN') {
    const region = await prisma.region.findFirst({ where: regionSlug ? { slug: regionSlug } : { isDefault: true }, select: { id: true } });
    if (!region) {
      throw ValidationFailed.of(
        'region',
        regionSlug ? `Region „${regionSlug}“ gibt es nicht` : 'Es gibt noch keine Region: zuerst den Server einmal starten (er legt sie an)',
        regionSlug ? `there is no region "${regionSlug}"` : 'there is no region yet: start the server once (it creates it)',
      );
    }
    regionId = region.id;
  }
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw ValidationFailed.of('email', `${email} hat bereits ein Konto`, `${email} already has an account`);
  }
  return prisma.user.create({
    data: {
      email,
      passwordHash: await hashPassword(password),
      role,
      displayName: displayName ?? email.split('@')[0] ?? email,
      regionId,
      isDemo: input.isDemo ?? false,
    },
    select: { id: true, email: true, displayName: true, role: true, regionId: true },
  });
}

export type SignInResult = { ok: true; userId: string } | { ok: false };

/**
 * Checks e-mail and password. Every failure looks the same to the caller (unknown address, wrong
 * password, locked or disabled account) and costs the same scrypt work, so nobody learns which
 * addresses exist. After five failures the account locks for 1, 2, 4, … minutes (at most an hour);
 * while locked even the right password is refused.
 */
export async function signIn(prisma: PrismaClient, email: string, password: string, now = new Date()): Promise<SignInResult> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, lockedUntil: true, disabledAt: true },
  });
  if (!user) {
    await verifyPassword(password, await unknownUserHash());
    return { ok: false };
  }
  const matches = await verifyPassword(password, user.passwordHash);
  if (user.disabledAt) return { ok: false };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false };
  if (matches) {
    await prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    return { ok: true, userId: user.id };
  }
  // Increment in SQL, so parallel attempts cannot undercount.
  const { failedLogins } = await prisma.user.update({
    where: { id: user.id },
    data: { failedLogins: { increment: 1 } },
    select: { failedLogins: true },
  });
  const lockMs = lockDuration(failedLogins);
  if (lockMs > 0) await prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
  return { ok: false };
}

/** Changes role, display name or disabled state. Disabling ends the user's sessions at once. */
export async function updateUser(
  prisma: PrismaClient,
  input: { id: string; role?: UserRole | null; displayName?: string | null; disabled?: boolean | null },
): Promise<void> {
  const existing = await prisma.user.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!existing) throw new NotFound('Konto', input.id, { de: `Konto „${input.id}“ gibt es nicht`, en: `there is no account "${input.id}"` });
  if (input.displayName !== undefined && input.displayName !== null && !input.displayName.trim()) {
    throw ValidationFailed.of('displayName', 'darf nicht leer sein', 'must not be empty');
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: input.id },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.displayName ? { displayName: input.displayName.trim() } : {}),
        ...(input.disabled === true ? { disabledAt: new Date() } : {}),
        ...(input.disabled === false ? { disabledAt: null, failedLogins: 0, lockedUntil: null } : {}),
      },
    });
    if (input.disabled === true) await tx.session.deleteMany({ where: { userId: input.id } });
  });
}
