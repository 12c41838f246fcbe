// Municipality.processTimeline answers what processTimeline(ags:) answers, for every unit at once,
// with the same visibility: non-public events count for staff of the region only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

type Step = { step: string; done: boolean; count: number; firstDate: string | null; lastDate: string | null; nextDate: string | null };
const stepFields = 'step done count firstDate lastDate nextDate';

describe.each(testDatabaseKinds())('Municipality.processTimeline on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    as = await signInEveryRole(server);
    // A non-public kick-off in Solingen: staff see the step reached, the public does not.
    const prisma = server.db.prisma;
    const solingen = await prisma.municipality.findUniqueOrThrow({ where: { ags: '05122000' } });
    await prisma.event.create({
      data: { regionId: solingen.regionId, municipalityId: solingen.id, kind: 'KICK_OFF', titleDe: 'Internes Vorgespräch', startsAt: new Date('2020-01-15T10:00:00Z'), isPublic: false },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('equals processTimeline(ags:) for all six units, for the public and for staff', async () => {
    for (const viewer of ['anonymous', 'staff'] as const) {
      const all = await server.singleField<Array<{ ags: string; processTimeline: Step[] }>>(`{ municipalities { ags processTimeline { ${stepFields} } } }`, {}, as[viewer]);
      expect(all).toHaveLength(6);
      for (const unit of all) {
        const single = await server.singleField<Step[]>(`query ($ags: String!) { processTimeline(ags: $ags) { ${stepFields} } }`, { ags: unit.ags }, as[viewer]);
        expect(unit.processTimeline, `${viewer} ${unit.ags}`).toEqual(single);
      }
    }
    const kickOff = async (viewer: RoleName) =>
      (await server.singleField<{ processTimeline: Step[] }>('{ municipality(ags: "05122000") { processTimeline { step count firstDate } } }', {}, as[viewer])).processTimeline.find(
        (step) => step.step === 'KICK_OFF_HELD',
      )!;
    expect((await kickOff('staff')).firstDate).toBe('2020-01-15');
    expect((await kickOff('anonymous')).firstDate).not.toBe('2020-01-15');
    expect((await kickOff('staff')).count).toBe((await kickOff('anonymous')).count + 1);
  });

  it('reads the timelines of all units in the statements of one, not in statements per unit', async () => {
    const statementsOf = async (query: string) => {
      server.statements.length = 0;
      await server.singleField(query, {}, as.staff);
      return server.statements.length;
    };
    const timeline = `processTimeline { ${stepFields} }`;
    const forOne = (await statementsOf(`{ municipality(ags: "05124000") { ags ${timeline} } }`)) - (await statementsOf('{ municipality(ags: "05124000") { ags } }'));
    const forAll = (await statementsOf(`{ municipalities { ags ${timeline} } }`)) - (await statementsOf('{ municipalities { ags } }'));
    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
  });
});
