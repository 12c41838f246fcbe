import { enumValues, regionalAgeGroups } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database.js';
import type { TestDatabase } from '../test-support/test-database.js';
import { seedDatabase } from './seed-database.js';
import type { SeedReport } from './seed-database.js';

const baseStepKeys = [
  'catalogue@1',
  'region-bergisches-land@1',
  'structure-population@1',
  'indicators-sdg-kommunen@1',
  'indicators-dns@1',
  'indicators-structure@1',
  'observations-inkar@1',
  'observations-regionalstatistik@1',
  'references-dns@1',
];
const allSteps = [...baseStepKeys, 'demo@1', 'demo-users@1'];
const bergischesLandAgs = ['05120000', '05122000', '05124000', '05316000', '05374000', '05378000'];

/** Row count of every table, so a rerun can be compared table by table. */
async function countAllTables(db: TestDatabase): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

/** Rows with isDemo = true, per table that has the column. */
async function countDemoRows(db: TestDatabase): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'isDemo' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "isDemo"`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe('seedDatabase with demo data', () => {
  let db: TestDatabase;
  let report: SeedReport;
  const messages: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    report = await seedDatabase(db.prisma, { demo: true, log: (message) => messages.push(message) });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('applies every step once and reports what it wrote', async () => {
    expect(report.applied).toEqual(allSteps);
    expect(report.skipped).toEqual([]);
    expect(report.counts).toMatchObject({ sdgGoal: 17, sdgTarget: 169, municipality: 6, observation: 126 + 102 + 15_053 + 1488 });
    expect(messages).toHaveLength(allSteps.length);
    const recorded = await db.prisma.dataStep.findMany({ orderBy: { appliedAt: 'asc' } });
    expect(recorded.map((step) => step.key).sort()).toEqual([...allSteps].sort());
  });

  it('writes the SDG catalogue', async () => {
    expect(await db.prisma.sdgGoal.count()).toBe(17);
    expect(await db.prisma.sdgTarget.count()).toBe(169);
    expect(await db.prisma.sdgIndicator.count()).toBe(253);
    expect(await db.prisma.sdgGoal.findUnique({ where: { number: 17 } })).toMatchObject({ color: '#19486A' });
    const goal1 = await db.prisma.sdgTarget.findMany({ where: { goalNumber: 1 }, orderBy: { sortOrder: 'asc' } });
    expect(goal1.map((target) => target.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
  });

  it('writes the Bergisches Land with four cities and two districts under their real AGS', async () => {
    const region = await db.prisma.region.findUniqueOrThrow({
      where: { slug: 'bergisches-land' },
      include: { municipalities: { orderBy: { ags: 'asc' } } },
    });
    expect(region).toMatchObject({ nameDe: 'Bergisches Land', nameEn: 'Bergisches Land', isDefault: true });
    expect(region.municipalities.map((m) => [m.ags, m.name, m.kind])).toEqual([
      ['05120000', 'Remscheid', 'CITY'],
      ['05122000', 'Solingen', 'CITY'],
      ['05124000', 'Wuppertal', 'CITY'],
      ['05316000', 'Leverkusen', 'CITY'],
      ['05374000', 'Oberbergischer Kreis', 'DISTRICT'],
      ['05378000', 'Rheinisch-Bergischer Kreis', 'DISTRICT'],
    ]);
    const wuppertal = region.municipalities[2];
    expect(wuppertal).toMatchObject({ officialName: 'Wuppertal, Stadt', nuts3: 'DEA1A', population: 354572, areaKm2: 168.39 });
    expect(wuppertal?.populationDate?.toISOString().slice(0, 10)).toBe('2021-12-31');
  });

  it('writes population 1995–2015 for all six units with references for Germany and NRW', async () => {
    const population = await db.prisma.indicator.findUniqueOrThrow({
      where: { key: 'population' },
      include: { goals: true, targets: true },
    });
    expect(population).toMatchObject({
      topic: 'STRUCTURE',
      polarity: 'NEUTRAL',
      aggregation: 'SUM',
      decimals: 0,
      unitDe: 'Personen',
      genesisTable: '12411-05-01-4',
    });
    expect(population.goals).toEqual([]);
    const observations = await db.prisma.observation.findMany({
      where: { indicatorId: population.id },
      include: { municipality: { select: { ags: true } } },
    });
    expect(observations).toHaveLength(6 * 21);
    expect(new Set(observations.map((o) => o.municipality.ags))).toEqual(new Set(bergischesLandAgs));
    expect(new Set(observations.map((o) => o.year)).size).toBe(21);
    const wuppertal2015 = observations.find((o) => o.municipality.ags === '05124000' && o.year === 2015);
    expect(wuppertal2015).toMatchObject({ value: 347736, disaggregationKey: '', isDemo: false, status: 'FINAL' });
    const references = await db.prisma.referenceObservation.findMany({ where: { indicatorId: population.id } });
    expect(references.filter((r) => r.area === 'GERMANY')).toHaveLength(21);
    expect(references.find((r) => r.area === 'NRW' && r.year === 2015)?.value).toBe(17751807);
    const batches = await db.prisma.importBatch.findMany({
      where: { createdByLabel: 'seed', fileName: { in: ['population.json', 'population-by-age.json'] } },
    });
    expect(batches.map((batch) => batch.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });

  it('writes population by the 17 age groups for 2015, keyed by the canonical disaggregation key', async () => {
    const observations = await db.prisma.observation.findMany({
      where: { indicator: { key: 'population_by_age' } },
      include: { municipality: { select: { ags: true } } },
    });
    expect(observations).toHaveLength(6 * 17);
    expect(observations.every((o) => o.year === 2015)).toBe(true);
    const codes = new Set(observations.map((o) => (o.disaggregation as { age: string }).age));
    expect(codes).toEqual(new Set(regionalAgeGroups.map((group) => group.code)));
    expect(observations.every((o) => o.disaggregationKey === `age=${(o.disaggregation as { age: string }).age}`)).toBe(true);
    const wuppertalTotal = observations
      .filter((o) => o.municipality.ags === '05124000')
      .reduce((sum, o) => sum + o.value, 0);
    expect(wuppertalTotal).toBe(350046);
  });

  it('writes demo data of every event kind, with the regional conference region-wide', async () => {
    const events = await db.prisma.event.findMany();
    expect(new Set(events.map((event) => event.kind))).toEqual(new Set(enumValues.EventKind));
    const kickOffs = events.filter((event) => event.kind === 'KICK_OFF');
    expect(kickOffs).toHaveLength(6);
    expect(new Set(kickOffs.map((event) => event.municipalityId)).size).toBe(6);
    expect(events.filter((event) => event.kind === 'CIRCLE_MEETING')).toHaveLength(3);
    expect(events.find((event) => event.kind === 'REGIONAL_CONFERENCE')?.municipalityId).toBeNull();
    const inputs = await db.prisma.participation.findMany({
      where: { role: 'EXPERT_INPUT', event: { kind: 'WORKSHOP' } },
    });
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    expect(inputs.every((input) => input.topicDe)).toBe(true);
  });

  it('writes a network covering every sector, link kind and four partnerships', async () => {
    const actors = await db.prisma.actor.findMany({ include: { sdgInterests: true } });
    expect(actors.length).toBeGreaterThanOrEqual(20);
    expect(new Set(actors.map((actor) => actor.sector))).toEqual(new Set(enumValues.ActorSector));
    expect(actors.every((actor) => actor.sdgInterests.length > 0)).toBe(true);
    const links = await db.prisma.actorLink.findMany();
    expect(new Set(links.map((link) => link.kind))).toEqual(new Set(enumValues.ActorLinkKind));
    const contacts = await db.prisma.contact.findMany();
    expect(contacts.length).toBeGreaterThanOrEqual(15);
    expect(contacts.every((contact) => contact.email?.endsWith('@example.org'))).toBe(true);
    expect(await db.prisma.partnership.count()).toBe(4);
  });

  it('writes findings of every kind tagged with SDG targets; only anonymised ones are published', async () => {
    const findings = await db.prisma.finding.findMany({ include: { targets: true } });
    expect(new Set(findings.map((finding) => finding.kind))).toEqual(new Set(enumValues.FindingKind));
    expect(findings.every((finding) => finding.targets.length > 0)).toBe(true);
    const published = findings.filter((finding) => finding.isPublished);
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((finding) => finding.publicStatementDe)).toBe(true);
    expect(findings.some((finding) => !finding.isPublished)).toBe(true);
  });

  it('writes recommendations in every status with consistent progress and history', async () => {
    const recommendations = await db.prisma.recommendation.findMany({
      include: { history: { orderBy: { version: 'asc' } }, children: true, findings: true, targets: true, actors: true },
    });
    expect(new Set(recommendations.map((r) => r.status))).toEqual(new Set(enumValues.RecommendationStatus));
    const progressRange: Partial<Record<string, [number, number]>> = {
      DRAFT: [0, 0],
      PUBLISHED: [0, 0],
      AGREED: [0, 10],
      IN_PROGRESS: [10, 90],
      IMPLEMENTED: [100, 100],
    };
    for (const recommendation of recommendations) {
      const [min, max] = progressRange[recommendation.status] ?? [0, 100];
      expect(recommendation.progress, recommendation.titleDe).toBeGreaterThanOrEqual(min);
      expect(recommendation.progress, recommendation.titleDe).toBeLessThanOrEqual(max);
      const last = recommendation.history.at(-1);
      expect(last?.version, recommendation.titleDe).toBe(recommendation.version);
      expect(last).toMatchObject({ toStatus: recommendation.status, toProgress: recommendation.progress });
      expect(recommendation.history[0]).toMatchObject({ fromStatus: null, toStatus: 'DRAFT', version: 1 });
      expect(recommendation.findings.length + recommendation.targets.length + recommendation.actors.length).toBeGreaterThan(2);
    }
    expect(recommendations.filter((r) => r.children.length === 2)).toHaveLength(1);
    const withIndicators = await db.prisma.recommendationIndicator.count();
    expect(withIndicators).toBeGreaterThan(0);
  });

  it('writes an agreement of the local conference, carried by a circle with three reports', async () => {
    const agreement = await db.prisma.agreement.findFirstOrThrow({
      include: { event: true, signatories: true, recommendations: true, circles: true, reports: true },
    });
    expect(agreement.event?.kind).toBe('LOCAL_CONFERENCE');
    expect(agreement.signatories).toHaveLength(3);
    expect(agreement.recommendations).toHaveLength(2);
    expect(agreement.circles).toHaveLength(1);
    const circle = await db.prisma.initiativeCircle.findFirstOrThrow({
      include: { members: true, reports: { orderBy: { meetingNumber: 'asc' }, include: { event: true, agreements: true } } },
    });
    expect(circle.members.length).toBeGreaterThan(2);
    expect(circle.reports.map((report) => report.meetingNumber)).toEqual([1, 2, 3]);
    for (const report of circle.reports) {
      expect(report.event?.kind).toBe('CIRCLE_MEETING');
      expect(report.agreements.map((link) => link.agreementId)).toEqual([agreement.id]);
    }
  });

  it('writes consents, some withdrawn, and the publications', async () => {
    const consents = await db.prisma.consent.findMany();
    expect(consents.length).toBeGreaterThanOrEqual(10);
    expect(new Set(consents.map((consent) => consent.method))).toEqual(new Set(['SIGNED_LIST', 'ONLINE_FORM']));
    expect(consents.every((consent) => consent.textVersion === '2026-01')).toBe(true);
    expect(consents.filter((consent) => consent.withdrawnAt).length).toBeGreaterThan(0);
    const publications = await db.prisma.publication.findMany({ include: { municipality: true } });
    const analyses = publications.filter((p) => p.kind === 'SITUATION_ANALYSIS');
    expect(analyses.map((p) => [p.municipality?.name, p.status]).sort()).toEqual([
      ['Solingen', 'DRAFT'],
      ['Wuppertal', 'PUBLISHED'],
    ]);
    for (const kind of ['IMPRINT', 'PRIVACY'] as const) {
      expect(publications.find((p) => p.kind === kind)?.bodyDe).toContain('Platzhalter');
    }
  });

  it('marks every invented row as demo data', async () => {
    const demoRows = await countDemoRows(db);
    const demoTables = [
      'Actor', 'Contact', 'ActorLink', 'Partnership', 'Event', 'Interview', 'Finding',
      'Recommendation', 'Agreement', 'InitiativeCircle', 'CircleReport', 'Consent', 'Publication',
    ];
    for (const table of demoTables) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      expect(demoRows[table], table).toBe(row?.n);
      expect(row?.n, table).toBeGreaterThan(0);
    }
    expect(demoRows.Observation).toBe(0);
  });

  it('changes nothing when run again and reports every step as skipped', async () => {
    const before = await countAllTables(db);
    const again = await seedDatabase(db.prisma, { demo: true });
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(allSteps);
    expect(again.counts).toEqual({});
    expect(again.steps.find((step) => step.key === 'catalogue@1')?.counts).toMatchObject({ sdgTarget: 169 });
    expect(await countAllTables(db)).toEqual(before);
  });
});

describe('seedDatabase without demo data', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('writes reference data only, and the demo step later on request', async () => {
    const report = await seedDatabase(db.prisma, { demo: false });
    expect(report.applied).toEqual(baseStepKeys);
    const demoRows = await countDemoRows(db);
    expect(Object.values(demoRows).every((count) => count === 0)).toBe(true);
    expect(await db.prisma.municipality.count()).toBe(6);

    const withDemo = await seedDatabase(db.prisma, { demo: true });
    expect(withDemo.applied).toEqual(['demo@1', 'demo-users@1']);
    expect(withDemo.skipped).toEqual(baseStepKeys);
    expect(await db.prisma.actor.count({ where: { isDemo: true } })).toBeGreaterThan(0);
  });
});
