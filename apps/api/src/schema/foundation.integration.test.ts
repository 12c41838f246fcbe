import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const BERGISCH_UNITS = {
  '05124000': 'CITY',
  '05122000': 'CITY',
  '05120000': 'CITY',
  '05316000': 'CITY',
  '05374000': 'DISTRICT',
  '05378000': 'DISTRICT',
};

describe.each(testDatabaseKinds())('GraphQL foundation over HTTP on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the 17 SDGs in order with their official colours', async () => {
    const result = await server.graphql<{ sdgGoals: Array<{ number: number; code: string; title: string; color: string }> }>(
      '{ sdgGoals { number code title color } }',
    );
    expect(result.errors).toBeUndefined();
    const goals = result.data!.sdgGoals;
    expect(goals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[0]).toMatchObject({ code: '1', color: '#E5243B', title: 'Armut in allen ihren Formen und überall beenden' });
    expect(goals[16]!.color).toBe('#19486A');
  });

  it('lists the six units of the Bergisches Land with official AGS and kinds', async () => {
    const result = await server.graphql<{ municipalities: Array<{ ags: string; name: string; kind: string; population: number }> }>(
      '{ municipalities { ags name kind population } }',
    );
    expect(result.errors).toBeUndefined();
    const byAgs = Object.fromEntries(result.data!.municipalities.map((m) => [m.ags, m.kind]));
    expect(byAgs).toEqual(BERGISCH_UNITS);
    const wuppertal = result.data!.municipalities.find((m) => m.ags === '05124000');
    expect(wuppertal).toMatchObject({ name: 'Wuppertal', population: 354572 });
  });

  it('filters municipalities by kind', async () => {
    const result = await server.graphql<{ municipalities: Array<{ name: string }> }>(
      '{ municipalities(kind: DISTRICT) { name } }',
    );
    expect(result.data!.municipalities.map((m) => m.name).sort()).toEqual([
      'Oberbergischer Kreis',
      'Rheinisch-Bergischer Kreis',
    ]);
  });

  it('finds one municipality by AGS with key figures and a population series', async () => {
    const result = await server.graphql<{
      municipality: {
        name: string;
        kind: string;
        areaKm2: number;
        density: number;
        populationDate: string;
        observations: { totalCount: number; nodes: Array<{ year: number; value: number; category: string | null }> };
      };
    }>(
      `query ($ags: String!) { municipality(ags: $ags) {
        name kind areaKm2 density populationDate
        observations(indicatorKey: "population", first: 100) { totalCount nodes { year value category } }
      } }`,
      { ags: '05124000' },
    );
    expect(result.errors).toBeUndefined();
    const wuppertal = result.data!.municipality;
    expect(wuppertal).toMatchObject({ name: 'Wuppertal', kind: 'CITY', areaKm2: 168.39, populationDate: '2021-12-31' });
    expect(wuppertal.density).toBe(Math.round(354572 / 168.39));
    expect(wuppertal.observations.totalCount).toBe(wuppertal.observations.nodes.length);
    const years = wuppertal.observations.nodes.map((o) => o.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toContain(2015);
    expect(wuppertal.observations.nodes.every((o) => o.category === null && o.value > 300_000)).toBe(true);
  });

  it('returns the age structure as labelled categories in either language', async () => {
    const query = `{ municipality(ags: "05122000") {
      observations(indicatorKey: "population_by_age", disaggregated: true, first: 100) { nodes { year value category de: categoryLabel(lang: DE) en: categoryLabel(lang: EN) } }
    } }`;
    const result = await server.graphql<{
      municipality: { observations: { nodes: Array<{ category: string; de: string; en: string; value: number }> } };
    }>(query);
    expect(result.errors).toBeUndefined();
    const groups = result.data!.municipality.observations.nodes;
    expect(groups.length).toBeGreaterThanOrEqual(10);
    expect(groups.every((g) => g.category.startsWith('age=') && g.de && g.en && g.de !== g.en)).toBe(true);
  });

  it('answers null for an unknown AGS', async () => {
    const result = await server.graphql('{ municipality(ags: "09999999") { name } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ municipality: null });
  });

  it('follows Accept-Language, and a lang argument overrides it', async () => {
    const query = '{ sdgGoal(number: 11) { shortTitle german: shortTitle(lang: DE) } }';
    const english = await server.graphql<{ sdgGoal: { shortTitle: string; german: string } }>(query, undefined, {
      'accept-language': 'en-GB,en;q=0.9,de;q=0.5',
    });
    expect(english.data!.sdgGoal).toEqual({ shortTitle: 'Sustainable cities and communities', german: 'Nachhaltige Städte und Gemeinden' });
    const defaultLanguage = await server.graphql<{ sdgGoal: { shortTitle: string } }>(query);
    expect(defaultLanguage.data!.sdgGoal.shortTitle).toBe('Nachhaltige Städte und Gemeinden');
  });

  it('resolves global IDs through node()', async () => {
    const list = await server.graphql<{ municipality: { id: string } }>('{ municipality(ags: "05316000") { id } }');
    const id = list.data!.municipality.id;
    const node = await server.graphql<{ node: { __typename: string; name: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Municipality { name } } }',
      { id },
    );
    expect(node.data!.node).toEqual({ __typename: 'Municipality', name: 'Leverkusen' });
  });

  it('says the default region holds demo data', async () => {
    const result = await server.graphql<{ region: { slug: string; name: string; hasDemoData: boolean } }>(
      '{ region { slug name hasDemoData } }',
    );
    expect(result.data!.region).toEqual({ slug: 'bergisches-land', name: 'Bergisches Land', hasDemoData: true });
  });

  it('loads lists with nested relations in a fixed number of SQL statements', async () => {
    const query = `query ($kind: MunicipalityKind) { municipalities(kind: $kind) {
      name region { name } observations(indicatorKey: "population") { totalCount nodes { year value } }
    } }`;
    const countStatements = async (kindFilter: string | null) => {
      server.statements.length = 0;
      const result = await server.graphql<{ municipalities: unknown[] }>(query, { kind: kindFilter });
      expect(result.errors).toBeUndefined();
      return { rows: result.data!.municipalities.length, statements: server.statements.length };
    };
    const all = await countStatements(null);
    const districts = await countStatements('DISTRICT');
    expect(all.rows).toBe(6);
    expect(districts.rows).toBe(2);
    expect(all.statements).toBe(districts.statements);
    expect(all.statements).toBeLessThanOrEqual(4);
  });

  it('reports health with the database kind', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: kind === 'pglite' ? 'pglite-memory' : 'postgres' });
  });

  it('refuses a query for a field that does not exist, naming it', async () => {
    const result = await server.graphql('{ municipalities { mayor } }');
    expect(result.errors?.[0]?.message).toContain('Cannot query field "mayor" on type "Municipality"');
  });
});
