// Transnational partnerships of the region (town twinnings, project, school and association ties),
// listed and grouped by partner country. Public data; staff of the region keep it.
import { createPartnership, updatePartnership } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { builder } from '../builder.js';
import { Actor } from './actor.js';
import { regionForNewRecord } from './contact.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { editorOf, idOf } from './recommendation.js';
import { regionWhere } from './region.js';

export const PartnershipKindEnum = builder.enumType('PartnershipKind', {
  description: 'The kind of transnational partnership.',
  values: {
    TOWN_TWINNING: { description: 'Town twinning (Städtepartnerschaft)' },
    PROJECT: { description: 'Project partnership (Projektpartnerschaft)' },
    SCHOOL: { description: 'School partnership (Schulpartnerschaft)' },
    ASSOCIATION: { description: 'Partnership of associations and initiatives (Partnerschaft von Vereinen und Initiativen)' },
  } as const,
});

export const Partnership = builder.prismaNode('Partnership', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A transnational tie of the region, with partner place and country.',
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.expose('kind', { type: PartnershipKindEnum, description: 'The kind of partnership.' }),
    partnerPlace: t.exposeString('partnerPlace', { description: 'The partner town or place abroad.' }),
    partnerCountry: t.exposeString('partnerCountry', { description: 'ISO 3166-1 alpha-2 code, e.g. "NI".' }),
    sinceYear: t.exposeInt('sinceYear', { nullable: true, description: 'Year it began, if known.' }),
    description: t.exposeString('descriptionDe', { nullable: true, description: 'German.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'The city or district holding it; null for the whole region.' }),
    actor: t.relation('actor', { nullable: true, description: 'The local organisation carrying it, if any.' }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});

builder.prismaObjectField(Actor, 'partnerships', (t) =>
  t.relatedConnection(
    'partnerships',
    {
      ...relatedPaging,
      description: 'Transnational partnerships the organisation carries, by country and place.',
      query: { orderBy: [{ partnerCountry: 'asc' }, { partnerPlace: 'asc' }, { id: 'asc' }] },
    },
    ...pageOf('partnerships', 'partnership'),
  ),
);

interface PartnershipFilter {
  region?: string | null;
  country?: string | null;
  kind?: Prisma.PartnershipWhereInput['kind'] | null;
  municipality?: string | null;
}

function partnershipsWhere(args: PartnershipFilter): Prisma.PartnershipWhereInput {
  return {
    region: regionWhere(args.region),
    ...(args.country ? { partnerCountry: args.country.trim().toUpperCase() } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.municipality ? { municipality: { ags: args.municipality } } : {}),
  };
}

const CountryGroup = builder.objectRef<{ country: string; count: number; byKind: Array<{ kind: string; count: number }> }>('PartnershipCountry').implement({
  description: 'How many partnerships the region has with one country.',
  fields: (t) => ({
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2 code.' }),
    count: t.exposeInt('count', { description: 'Number of partnerships with the country.' }),
    byKind: t.field({
      description: 'The count per kind of partnership.',
      type: [builder.objectRef<{ kind: string; count: number }>('PartnershipKindCount').implement({
        description: 'How many partnerships of one kind the region has with a country.',
        fields: (k) => ({
          kind: k.field({ type: PartnershipKindEnum, description: 'The kind of partnership.', resolve: (row) => row.kind as 'TOWN_TWINNING' }),
          count: k.exposeInt('count', { description: 'Number of partnerships of this kind.' }),
        }),
      })],
      resolve: (group) => group.byKind,
    }),
  }),
});

const partnershipArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  region: t.arg.string({ required: false, description: "Region slug; the installation's default region when omitted." }),
  country: t.arg.string({ required: false, description: 'ISO 3166-1 alpha-2 code of the partner country.' }),
  kind: t.arg({ type: PartnershipKindEnum, required: false, description: 'Only partnerships of this kind.' }),
  municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
});

builder.queryFields((t) => ({
  partnerships: t.prismaConnection(
    {
      type: Partnership,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Transnational partnerships, by country and place.',
      args: partnershipArgs(t),
      totalCount: (_parent, args, ctx) => ctx.prisma.partnership.count({ where: partnershipsWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.partnership.findMany({ ...query, where: partnershipsWhere(args), orderBy: [{ partnerCountry: 'asc' }, { partnerPlace: 'asc' }, { id: 'asc' }] }),
    },
    { description: 'A page of partnerships.' },
    { description: 'One partnership in a page.' },
  ),
  partnershipsByCountry: t.field({
    type: [CountryGroup],
    description: 'Partnerships grouped by partner country (most first), for a map or chart.',
    args: partnershipArgs(t),
    resolve: async (_root, args, ctx) => {
      const rows = await ctx.prisma.partnership.groupBy({ by: ['partnerCountry', 'kind'], where: partnershipsWhere(args), _count: { _all: true } });
      const groups = new Map<string, { country: string; count: number; byKind: Array<{ kind: string; count: number }> }>();
      for (const row of rows) {
        const group = groups.get(row.partnerCountry) ?? { country: row.partnerCountry, count: 0, byKind: [] };
        group.count += row._count._all;
        group.byKind.push({ kind: row.kind, count: row._count._all });
        groups.set(row.partnerCountry, group);
      }
      return [...groups.values()]
        .map((group) => ({ ...group, byKind: group.byKind.sort((a, b) => a.kind.localeCompare(b.kind)) }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country));
    },
  }),
}));

const PartnershipInput = builder.inputType('PartnershipInput', {
  description: 'A transnational partnership; on update every field is replaced.',
  fields: (t) => ({
    kind: t.field({ type: PartnershipKindEnum, required: true, description: 'The kind of partnership.' }),
    partnerPlace: t.string({ required: true, description: 'The partner town or place abroad.' }),
    partnerCountry: t.string({ required: true, description: 'ISO 3166-1 alpha-2 code.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district holding it; omitted for the whole region.' }),
    actorId: t.id({ required: false, description: 'Global ID of the local organisation carrying it.' }),
    sinceYear: t.int({ required: false, description: 'Year it began.' }),
    description: t.string({ required: false, description: 'German.' }),
  }),
});

type PartnershipArgs = { actorId?: string | number | null; description?: string | null } & Record<string, unknown>;
const toFields = ({ actorId, description, ...rest }: PartnershipArgs) => ({
  ...rest,
  descriptionDe: description,
  actorId: actorId == null ? null : idOf(actorId, 'Actor', 'actorId'),
});

builder.mutationFields((t) => ({
  createPartnership: t.prismaField({
    type: Partnership,
    description: 'Records a partnership. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: {
      input: t.arg({ type: PartnershipInput, required: true, description: 'The partnership to record.' }),
      regionSlug: t.arg.string({ required: false, description: 'Omitted: your region.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await createPartnership(ctx.prisma, editorOf(ctx), await regionForNewRecord(ctx, args.regionSlug), toFields(args.input));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePartnership: t.prismaField({
    type: Partnership,
    description: 'Replaces the fields of a partnership. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: {
      id: t.arg.id({ required: true, description: 'Global ID of the partnership.' }),
      input: t.arg({ type: PartnershipInput, required: true, description: 'The new fields; all of them are replaced.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await updatePartnership(ctx.prisma, editorOf(ctx), idOf(args.id, 'Partnership', 'id'), toFields(args.input));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
