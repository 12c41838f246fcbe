import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import type { Editor } from '../recommendation/access.js';
import { plainSnippet, snippetParts } from './query.js';
import { search } from './search.js';

describe.each(testDatabaseKinds())('German full-text search on %s', (kind) => {
  let db: TestDatabase;
  let regionId: string;
  let otherRegionId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const prisma = db.prisma;
    regionId = (await prisma.region.create({ data: { slug: 'a', nameDe: 'A', nameEn: 'A' } })).id;
    otherRegionId = (await prisma.region.create({ data: { slug: 'b', nameDe: 'B', nameEn: 'B' } })).id;
    await prisma.recommendation.createMany({
      data: [
        { regionId, titleDe: 'Sichere Radwege zu allen Schulen', textDe: 'Der Radweg entlang der Hauptstraße wird verbreitert.', status: 'PUBLISHED' },
        { regionId, titleDe: 'Radweg-Entwurf', textDe: 'Noch nicht abgestimmt.', status: 'DRAFT' },
        { regionId: otherRegionId, titleDe: 'Radweg im Nachbarland', textDe: 'Entwurf.', status: 'DRAFT' },
      ],
    });
    await prisma.finding.create({
      data: { regionId, kind: 'NEED', statementDe: 'Herr Beispiel sagt: Radweg fehlt', publicStatementDe: 'Ein Radweg fehlt an der Schule', isPublished: true, themes: ['Mobilität'] },
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('has the german text-search configuration (PGlite included)', async () => {
    const [row] = await db.query<{ lexemes: string }>(`SELECT to_tsvector('german', 'Radwege und Fahrräder')::text AS lexemes`);
    expect(row?.lexemes).toBe("'fahrrad':3 'radweg':1");
  });

  it('stems German words and ranks title matches first, with highlighted snippets', async () => {
    const page = await search(db.prisma, null, { query: 'Radwege', offset: 0, limit: 10 });
    expect(page.rows.map((row) => row.titleDe)).toEqual(['Sichere Radwege zu allen Schulen', 'Ein Radweg fehlt an der Schule']);
    expect(page.total).toBe(2);
    expect(snippetParts(page.rows[0]!.snippet).some((part) => part.highlighted && /^Radweg/.test(part.text))).toBe(true);
    // Anonymous never matches nor sees the recorded statement of a finding.
    expect(plainSnippet(page.rows[1]!.snippet)).not.toContain('Beispiel');
    expect((await search(db.prisma, null, { query: 'Beispiel', offset: 0, limit: 10 })).total).toBe(0);
  });

  it('shows staff the drafts of their own region only', async () => {
    const staff: Editor = { userId: 'u', role: 'STAFF', regionId };
    const titles = (await search(db.prisma, staff, { query: 'Radweg', kinds: ['RECOMMENDATION'], offset: 0, limit: 10 })).rows.map((row) => row.titleDe);
    expect(titles).toContain('Radweg-Entwurf');
    expect(titles).not.toContain('Radweg im Nachbarland');
    expect((await search(db.prisma, staff, { query: 'Beispiel', offset: 0, limit: 10 })).total).toBe(1);
    const admin: Editor = { userId: 'x', role: 'ADMIN', regionId: null };
    expect((await search(db.prisma, admin, { query: 'Radweg', kinds: ['RECOMMENDATION'], offset: 0, limit: 10 })).total).toBe(3);
  });

  it('pages by offset and still reports the total past the end', async () => {
    const second = await search(db.prisma, null, { query: 'Radweg', offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 2, rows: [{ kind: 'FINDING' }] });
    expect(await search(db.prisma, null, { query: 'Radweg', offset: 5, limit: 1 })).toEqual({ total: 2, rows: [] });
  });

  it('refuses empty, too short and too long queries naming the field', async () => {
    for (const query of ['', '  ', 'a', 'x'.repeat(201)]) {
      await expect(search(db.prisma, null, { query, offset: 0, limit: 10 })).rejects.toMatchObject({ code: 'VALIDATION', problems: [{ field: 'query' }] });
    }
  });
});
