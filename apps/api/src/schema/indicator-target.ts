// Local targets (Zielwerte) entered by staff: one value per indicator, unit (or the whole region) and
// year, the same identity the targets import uses. National targets come from the strategy and are
// not edited here. Progress picks the unit's own target before the region's and the national one.
import { canEditRegion, defaultComparator } from '@atlas/db';
import { Forbidden, NotFound, ValidationFailed } from '@atlas/domain';
import type { TargetComparator } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { IndicatorTarget, TargetComparatorEnum } from './indicator.js';
import { editorOf } from './recommendation.js';

const staffOnly = { staff: true } as const;
const minYear = 1900;
const maxYear = 2100;

builder.prismaObjectFields(IndicatorTarget, (t) => ({
  id: t.exposeID('id', { description: 'Names the target in deleteIndicatorTarget.' }),
}));

const SetIndicatorTargetInput = builder.inputType('SetIndicatorTargetInput', {
  description: 'A local target; setting it again for the same indicator, unit and year replaces the value.',
  fields: (t) => ({
    indicatorKey: t.string({ required: true, description: 'Key of the indicator (its `key`).' }),
    ags: t.string({ required: false, description: 'AGS of the city or district; null or omitted for the whole region.' }),
    year: t.int({ required: true, description: 'The year by which the target should be reached.' }),
    value: t.float({ required: true, description: 'In the unit of the indicator.' }),
    comparator: t.field({
      type: TargetComparatorEnum,
      required: false,
      description: "Omitted: AT_LEAST when higher is better, AT_MOST when lower is better; required for indicators without direction.",
    }),
    note: t.string({ required: false, description: 'The wording of the target (German).' }),
    noteEn: t.string({ required: false, description: 'The wording of the target in English.' }),
    source: t.string({ required: false, description: 'Where the target was set, e.g. a council decision.' }),
  }),
});

const forbiddenRegion = () =>
  new Forbidden({
    de: 'Zielwerte dürfen nur Mitarbeitende der Regionalstelle dieser Region ändern',
    en: 'Only staff of this region may change its targets',
  });

/** The region of a target for the whole region: the viewer's own, else (admins of every region) the default one. */
async function viewerRegionId(ctx: Context): Promise<string> {
  if (ctx.viewer?.regionId) return ctx.viewer.regionId;
  const region = await ctx.prisma.region.findFirst({ where: { isDefault: true }, select: { id: true } });
  if (!region) throw ValidationFailed.of('ags', 'ohne Standardregion nötig', 'is required without a default region');
  return region.id;
}

const blankToNull = (text: string | null | undefined) => (text == null || text.trim() === '' ? null : text.trim());

builder.mutationFields((t) => ({
  setIndicatorTarget: t.prismaField({
    type: IndicatorTarget,
    description: 'Creates or replaces a local target of a city, district or the whole region. STAFF/ADMIN of the region.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: SetIndicatorTargetInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const [indicator, municipality] = await Promise.all([
        ctx.prisma.indicator.findUnique({ where: { key: input.indicatorKey }, select: { id: true, polarity: true } }),
        input.ags ? ctx.prisma.municipality.findUnique({ where: { ags: input.ags }, select: { id: true, regionId: true } }) : null,
      ]);
      if (!indicator) throw ValidationFailed.of('indicatorKey', `„${input.indicatorKey}“ gibt es nicht`, `"${input.indicatorKey}" does not exist`);
      if (input.ags && !municipality) {
        throw ValidationFailed.of('ags', `keine Kommune hat den AGS „${input.ags}“`, `no municipality has the AGS "${input.ags}"`);
      }
      if (!Number.isInteger(input.year) || input.year < minYear || input.year > maxYear) {
        throw ValidationFailed.of('year', `muss zwischen ${minYear} und ${maxYear} liegen`, `must lie between ${minYear} and ${maxYear}`);
      }
      if (!Number.isFinite(input.value)) throw ValidationFailed.of('value', 'ist keine Zahl', 'is not a number');
      const comparator: TargetComparator | null = input.comparator ?? defaultComparator(indicator.polarity);
      if (!comparator) {
        throw ValidationFailed.of(
          'comparator',
          'ist nötig: der Indikator hat keine Richtung (NEUTRAL)',
          'is required: the indicator has no direction (NEUTRAL)',
        );
      }
      const regionId = municipality ? municipality.regionId : await viewerRegionId(ctx);
      if (!canEditRegion(editorOf(ctx), regionId)) throw forbiddenRegion();

      const identity = {
        indicatorId: indicator.id,
        scope: municipality ? ('MUNICIPALITY' as const) : ('REGION' as const),
        municipalityId: municipality?.id ?? null,
        regionId: municipality ? null : regionId,
        year: input.year,
      };
      const fields = {
        value: input.value,
        comparator,
        noteDe: blankToNull(input.note),
        noteEn: blankToNull(input.noteEn),
        source: blankToNull(input.source),
      };
      const id = await ctx.prisma.$transaction(async (tx) => {
        const existing = await tx.indicatorTarget.findMany({ where: identity, select: { id: true }, orderBy: { createdAt: 'asc' } });
        const [first] = existing;
        if (!first) return (await tx.indicatorTarget.create({ data: { ...identity, ...fields }, select: { id: true } })).id;
        await tx.indicatorTarget.update({ where: { id: first.id }, data: { ...fields, importBatchId: null } });
        return first.id;
      });
      return ctx.prisma.indicatorTarget.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteIndicatorTarget: t.prismaField({
    type: IndicatorTarget,
    description: 'Deletes a local target and returns it as it was. STAFF/ADMIN of its region; national targets cannot be deleted.',
    authScopes: staffOnly,
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'The id of the target.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      const owner = await ctx.prisma.indicatorTarget.findUnique({
        where: { id },
        select: { scope: true, regionId: true, municipality: { select: { regionId: true } } },
      });
      if (!owner) throw new NotFound('IndicatorTarget', id, { de: `Zielwert „${id}“ gibt es nicht`, en: `target "${id}" does not exist` });
      const regionId = owner.regionId ?? owner.municipality?.regionId ?? null;
      if (owner.scope === 'COUNTRY' || regionId === null || !canEditRegion(editorOf(ctx), regionId)) throw forbiddenRegion();
      // Read as the client asked for it before it is gone.
      const target = await ctx.prisma.indicatorTarget.findUniqueOrThrow({ ...query, where: { id } });
      await ctx.prisma.indicatorTarget.delete({ where: { id } });
      return target;
    },
  }),
}));
