import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import { createSession, endSession, sessionIdOf, userOfSession } from './sessions.js';
import { createUser, signIn } from './users.js';

const hour = 60 * 60 * 1000;

describe.each(testDatabaseKinds())('sessions and sign-in on %s', (kind) => {
  let db: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.prisma.region.create({ data: { slug: 'bergisches-land', nameDe: 'Bergisches Land', nameEn: 'Bergisches Land', isDefault: true } });
    userId = (await createUser(db.prisma, { email: 'Sessions@Example.org', password: 'langes passwort', role: 'STAFF' })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('stores only the sha256 of the token', async () => {
    const { token } = await createSession(db.prisma, userId);
    const stored = await db.prisma.session.findUniqueOrThrow({ where: { id: sessionIdOf(token) } });
    expect(stored.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.prisma.session.count({ where: { id: token } })).toBe(0);
  });

  it('expires after 12 idle hours, slides with use, and ends after 30 days at the latest', async () => {
    const start = new Date('2026-03-01T08:00:00Z');
    const { token } = await createSession(db.prisma, userId, { now: start });
    expect(await userOfSession(db.prisma, token, new Date(start.getTime() + 11 * hour))).toMatchObject({ email: 'sessions@example.org', role: 'STAFF', regionSlug: 'bergisches-land' });
    // Used after 11 hours, so it lives until 23 hours.
    expect(await userOfSession(db.prisma, token, new Date(start.getTime() + 22 * hour))).not.toBeNull();
    expect(await userOfSession(db.prisma, token, new Date(start.getTime() + 35 * hour))).toBeNull();

    const { token: busy } = await createSession(db.prisma, userId, { now: start });
    for (let hours = 10; hours < 30 * 24; hours += 10) await userOfSession(db.prisma, busy, new Date(start.getTime() + hours * hour));
    expect(await userOfSession(db.prisma, busy, new Date(start.getTime() + 30 * 24 * hour + 1))).toBeNull();
  });

  it('ends a session on logout', async () => {
    const { token } = await createSession(db.prisma, userId);
    await endSession(db.prisma, token);
    expect(await userOfSession(db.prisma, token)).toBeNull();
  });

  it('signs in case-insensitively and counts failures', async () => {
    expect(await signIn(db.prisma, ' SESSIONS@example.org ', 'langes passwort')).toEqual({ ok: true, userId });
    expect(await signIn(db.prisma, 'sessions@example.org', 'falsch-falsch')).toEqual({ ok: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).failedLogins).toBe(1);
    expect(await signIn(db.prisma, 'sessions@example.org', 'langes passwort')).toEqual({ ok: true, userId });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).failedLogins).toBe(0);
  });

  it('refuses a taken e-mail address and an unknown region, naming the field', async () => {
    await expect(createUser(db.prisma, { email: 'sessions@example.org', password: 'langes passwort', role: 'STAFF' })).rejects.toMatchObject({
      problems: [{ field: 'email' }],
    });
    await expect(createUser(db.prisma, { email: 'neu@example.org', password: 'langes passwort', role: 'STAFF', regionSlug: 'nirgendwo' })).rejects.toMatchObject({
      problems: [{ field: 'region' }],
    });
  });
});
