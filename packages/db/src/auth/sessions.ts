// Server-side sessions. The browser holds a random token in an HttpOnly cookie; the database holds
// only its sha256, so a leaked Session table signs nobody in. A session ends after 12 hours without
// use (sliding) and at the latest 30 days after sign-in.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { UserRole } from '../generated/prisma/enums.js';

export const sessionIdleMs = 12 * 60 * 60 * 1000;
export const sessionMaxMs = 30 * 24 * 60 * 60 * 1000;
// Sliding the expiry on every request would write once per request; once a minute is enough.
const slideAfterMs = 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** Null: an ADMIN of every region. */
  regionId: string | null;
  regionSlug: string | null;
  isDemo: boolean;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expiryFrom(now: Date, createdAt: Date): Date {
  return new Date(Math.min(now.getTime() + sessionIdleMs, createdAt.getTime() + sessionMaxMs));
}

/** Starts a session and returns the token for the cookie (shown once, never stored). */
export async function createSession(
  prisma: PrismaClient,
  userId: string,
  options: { userAgent?: string | null; now?: Date } = {},
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = expiryFrom(now, now);
  await prisma.session.create({
    data: {
      id: sessionIdOf(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    },
  });
  await prisma.session.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  return { token, expiresAt };
}

/** The signed-in user of a token, or null when the session is unknown, expired or the user disabled. */
export async function userOfSession(prisma: PrismaClient, token: string, now = new Date()): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      createdAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          role: true,
          regionId: true,
          disabledAt: true,
          isDemo: true,
          region: { select: { slug: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > slideAfterMs) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now, expiresAt: expiryFrom(now, session.createdAt) } });
  }
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    regionId: user.regionId,
    regionSlug: user.region?.slug ?? null,
    isDemo: user.isDemo,
  };
}

export async function endSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionIdOf(token) } });
}
