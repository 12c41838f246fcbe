import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createTestUser, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import { escapeXml } from './atom.js';

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses strictly (a well-formedness error throws) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value]));
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

describe.each(testDatabaseKinds())('Atom feed of recommendation changes on %s', (kind) => {
  let server: TestServer;
  let staff: Record<string, string>;

  async function feed(query = ''): Promise<{ status: number; type: string | null; root: XmlElement; entries: XmlElement[] }> {
    const response = await fetch(`${server.url}/feeds/recommendations.atom${query}`);
    const root = parseXml(await response.text());
    return { status: response.status, type: response.headers.get('content-type'), root, entries: childrenNamed(root, 'entry') };
  }

  beforeAll(async () => {
    server = await startTestServer({ kind });
    await createTestUser(server, 'feed-staff@example.org', 'STAFF');
    staff = await signInAs(server, 'feed-staff@example.org');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is a valid Atom 1.0 document with the required elements', async () => {
    const { status, type, root, entries } = await feed();
    expect(status).toBe(200);
    expect(type).toBe('application/atom+xml; charset=utf-8');
    expect(root).toMatchObject({ name: 'feed', uri: ATOM });
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(root, name), name).toBeDefined();
    expect(child(child(root, 'author')!, 'name')!.text).toBe('Regionalstelle 2030-Agenda Bergisches Land');
    expect(childrenNamed(root, 'link').map((link) => link.attributes.rel).sort()).toEqual(['alternate', 'self']);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'link', 'summary']) expect(child(entry, name), name).toBeDefined();
      expect(Date.parse(child(entry, 'updated')!.text)).not.toBeNaN();
      expect(child(entry, 'author')).toBeUndefined();
      expect(child(entry, 'link')!.attributes.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/empfehlungen\//);
    }
    const updated = entries.map((entry) => Date.parse(child(entry, 'updated')!.text));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    expect(child(root, 'updated')!.text).toBe(child(entries[0]!, 'updated')!.text);
  });

  it('has no drafts and no drafting steps', async () => {
    const { entries } = await feed();
    expect(entries.flatMap((entry) => childrenNamed(entry, 'category').map((category) => category.attributes.term))).not.toContain('DRAFT');
    const titles = entries.map((entry) => child(entry, 'title')!.text);
    expect(titles.some((title) => title.startsWith('Faire und ökologische Beschaffung'))).toBe(false);
  });

  it('filters by municipality, goal and region', async () => {
    const leverkusen = await feed('?municipality=05316000');
    expect(child(leverkusen.root, 'title')!.text).toBe('Handlungsempfehlungen – Statusänderungen (Leverkusen)');
    expect(leverkusen.entries).toHaveLength(4);
    expect(leverkusen.entries.every((entry) => child(entry, 'title')!.text.startsWith('Energieberatung mehrsprachig'))).toBe(true);
    const goal = await feed('?goal=7');
    expect(goal.entries.map((entry) => child(entry, 'id')!.text)).toEqual(leverkusen.entries.map((entry) => child(entry, 'id')!.text));
    expect((await feed('?region=bergisches-land')).entries.length).toBe((await feed()).entries.length);
    expect((await fetch(`${server.url}/feeds/recommendations.atom?goal=18`)).status).toBe(400);
    expect((await fetch(`${server.url}/feeds/recommendations.atom?region=nirgendwo`)).status).toBe(404);
  });

  it('shows a new status change first, its text escaped and without the author', async () => {
    const title = 'Sonderzeichen <b>fett</b> & "Anführung" \'einfach\'';
    const result = `__typename ... on Recommendation { id version }`;
    const created = await server.graphql<{ createRecommendation: { id: string; version: number } }>(
      `mutation ($input: CreateRecommendationInput!) { createRecommendation(input: $input) { ${result} } }`,
      { input: { titleDe: title, textDe: 'Text', municipalityAgs: '05120000' } },
      staff,
    );
    const { id, version } = created.data!.createRecommendation;
    const moved = await server.graphql<{ updateRecommendationStatus: { __typename: string } }>(
      `mutation ($input: UpdateRecommendationStatusInput!) { updateRecommendationStatus(input: $input) { ${result} } }`,
      { input: { id, status: 'PUBLISHED', note: 'Jetzt öffentlich <ok>', expectedVersion: version } },
      staff,
    );
    expect(moved.data?.updateRecommendationStatus.__typename).toBe('Recommendation');

    const response = await fetch(`${server.url}/feeds/recommendations.atom?municipality=05120000`);
    const xml = await response.text();
    expect(xml).toContain(escapeXml(title));
    expect(xml).not.toContain('feed-staff');
    const entries = childrenNamed(parseXml(xml), 'entry');
    expect(child(entries[0]!, 'title')!.text).toBe(`${title} – Entwurf → Veröffentlicht`);
    expect(child(entries[0]!, 'summary')!.text).toContain('Notiz: Jetzt öffentlich <ok>');
    expect(child(entries[0]!, 'link')!.attributes.href).toContain(`/empfehlungen/${encodeURIComponent(id)}`);
  });
});
