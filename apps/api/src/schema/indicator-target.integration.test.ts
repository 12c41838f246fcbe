import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createIndicators, valuesForAllUnits } from '../test-support/indicator-fixtures.js';
import { createTestUser, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const setTarget = `mutation ($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) {
  __typename
  ... on IndicatorTarget { id scope value year comparator note(lang: DE) source municipality { ags } }
  ... on Error { code message(lang: EN) }
  ... on ValidationError { field }
} }`;
const deleteTarget = `mutation ($id: ID!) { deleteIndicatorTarget(id: $id) {
  __typename ... on IndicatorTarget { id value } ... on Error { code }
} }`;
const progressQuery = `query ($ags: String!) { indicator(key: "zz_target") { progress(ags: $ags) {
  openSdg { status withTarget } target { scope value year }
} } }`;

type TargetResult = Record<string, unknown> & { __typename: string; id?: string; code?: string; field?: string };
type ProgressResult = { indicator: { progress: { openSdg: { status: string; withTarget: boolean }; target: { scope: string; value: number } | null } } };

describe.each(testDatabaseKinds())('local targets entered by staff, over HTTP on %s', (kind) => {
  let server: TestServer;
  let staff: Record<string, string>;
  let admin: Record<string, string>;
  let partner: Record<string, string>;
  let otherStaff: Record<string, string>;

  async function set(input: Record<string, unknown>, headers: Record<string, string> = {}): Promise<TargetResult> {
    const response = await server.graphql<{ setIndicatorTarget: TargetResult }>(setTarget, { input }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.setIndicatorTarget;
  }
  async function remove(id: string, headers: Record<string, string> = {}): Promise<TargetResult> {
    const response = await server.graphql<{ deleteIndicatorTarget: TargetResult }>(deleteTarget, { id }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.deleteIndicatorTarget;
  }
  async function progress(ags: string) {
    const response = await server.graphql<ProgressResult>(progressQuery, { ags });
    expect(response.errors).toBeUndefined();
    return response.data!.indicator.progress;
  }

  beforeAll(async () => {
    server = await startTestServer({ kind, demo: false });
    // 100 in 2015 to 110 in 2020, higher is better: 1.9 % a year, substantial progress without a target.
    await createIndicators(server.db.prisma, [
      { key: 'zz_target', polarity: 'HIGHER_IS_BETTER', aggregation: 'SUM', goals: [11], values: valuesForAllUnits({ 2015: 100, 2020: 110 }) },
      { key: 'zz_neutral', polarity: 'NEUTRAL', aggregation: 'SUM', goals: [11], values: valuesForAllUnits({ 2015: 1 }) },
    ]);
    await createTestUser(server, 'staff@example.org', 'STAFF');
    await createTestUser(server, 'admin@example.org', 'ADMIN', null);
    await createTestUser(server, 'partner@example.org', 'PARTNER');
    const other = await server.db.prisma.region.create({ data: { slug: 'testland', nameDe: 'Testland', nameEn: 'Testland' } });
    await createTestUser(server, 'other@example.org', 'STAFF', other.slug);
    staff = await signInAs(server, 'staff@example.org');
    admin = await signInAs(server, 'admin@example.org');
    partner = await signInAs(server, 'partner@example.org');
    otherStaff = await signInAs(server, 'other@example.org');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses anonymous callers, partners and staff of another region, and writes nothing', async () => {
    const input = { indicatorKey: 'zz_target', ags: '05124000', year: 2030, value: 200 };
    expect(await set(input)).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    expect(await set(input, partner)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await set(input, otherStaff)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await server.db.prisma.indicatorTarget.count({ where: { indicator: { key: 'zz_target' } } })).toBe(0);
  });

  it('names the refused field of bad input', async () => {
    expect(await set({ indicatorKey: 'zz_none', ags: '05124000', year: 2030, value: 1 }, staff)).toMatchObject({
      __typename: 'ValidationError',
      field: 'indicatorKey',
    });
    expect(await set({ indicatorKey: 'zz_target', ags: '99999999', year: 2030, value: 1 }, staff)).toMatchObject({ field: 'ags' });
    expect(await set({ indicatorKey: 'zz_target', ags: '05124000', year: 30, value: 1 }, staff)).toMatchObject({ field: 'year' });
    const neutral = await set({ indicatorKey: 'zz_neutral', ags: '05124000', year: 2030, value: 1 }, staff);
    expect(neutral).toMatchObject({ field: 'comparator' });
    expect(neutral.message).toContain('NEUTRAL');
  });

  it('a regional target, then a unit\'s own one, change the progress each unit reports', async () => {
    expect(await progress('05124000')).toEqual({ openSdg: { status: 'SUBSTANTIAL_PROGRESS', withTarget: false }, target: null });

    const regional = await set({ indicatorKey: 'zz_target', year: 2030, value: 105, source: 'Regionalstrategie' }, staff);
    expect(regional).toMatchObject({ __typename: 'IndicatorTarget', scope: 'REGION', comparator: 'AT_LEAST', municipality: null });
    expect((await progress('05124000')).openSdg.status).toBe('TARGET_ACHIEVED');
    expect((await progress('05122000')).target).toEqual({ scope: 'REGION', value: 105, year: 2030 });

    // Wuppertal's own target wins over the region's: 200 by 2030 needs 4.7 % a year, 1.9 % is limited progress.
    const own = await set({ indicatorKey: 'zz_target', ags: '05124000', year: 2030, value: 200, note: 'Ratsbeschluss' }, admin);
    expect(own).toMatchObject({ scope: 'MUNICIPALITY', value: 200, note: 'Ratsbeschluss', municipality: { ags: '05124000' } });
    expect(await progress('05124000')).toEqual({
      openSdg: { status: 'LIMITED_PROGRESS', withTarget: true },
      target: { scope: 'MUNICIPALITY', value: 200, year: 2030 },
    });
    expect((await progress('05122000')).openSdg.status).toBe('TARGET_ACHIEVED');

    // Setting it again replaces the value instead of adding a second target.
    const replaced = await set({ indicatorKey: 'zz_target', ags: '05124000', year: 2030, value: 108 }, staff);
    expect(replaced).toMatchObject({ id: own.id, value: 108, note: null });
    expect(await server.db.prisma.indicatorTarget.count({ where: { indicator: { key: 'zz_target' } } })).toBe(2);

    // Deleting it: the region's target applies again.
    expect(await remove(own.id!, partner)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await remove(own.id!, otherStaff)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await remove(own.id!, staff)).toMatchObject({ __typename: 'IndicatorTarget', id: own.id, value: 108 });
    expect((await progress('05124000')).target).toEqual({ scope: 'REGION', value: 105, year: 2030 });
    expect(await remove(own.id!, staff)).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('national targets cannot be deleted', async () => {
    const national = await server.db.prisma.indicatorTarget.create({
      data: {
        indicator: { connect: { key: 'zz_target' } },
        scope: 'COUNTRY',
        value: 150,
        year: 2030,
        comparator: 'AT_LEAST',
      },
    });
    expect(await remove(national.id)).toMatchObject({ __typename: 'UnauthenticatedError' });
    expect(await remove(national.id, admin)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await server.db.prisma.indicatorTarget.findUnique({ where: { id: national.id } })).not.toBeNull();
  });
});
