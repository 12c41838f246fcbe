import { disaggregationLabel } from '@atlas/domain';
import { builder } from '../builder.js';
import { langArgs, languageOf } from './language.js';
import { regionWhere } from './region.js';

export const MunicipalityKindEnum = builder.enumType('MunicipalityKind', {
  values: {
    CITY: { description: 'Kreisfreie Stadt' },
    DISTRICT: { description: 'Kreis' },
    TOWN: { description: 'Kreisangehörige Gemeinde' },
  } as const,
});

export const Observation = builder.prismaObject('Observation', {
  description: 'One value of an indicator for one unit and year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    value: t.exposeFloat('value'),
    category: t.string({
      nullable: true,
      description: 'Canonical disaggregation key such as "age=18-25"; null for the total.',
      resolve: (observation) => observation.disaggregationKey || null,
    }),
    categoryLabel: t.string({
      nullable: true,
      args: langArgs(),
      description: 'Human label of the category, e.g. "18 bis unter 25 Jahre".',
      resolve: (observation, args, ctx) =>
        observation.disaggregationKey ? disaggregationLabel(observation.disaggregationKey, languageOf(args, ctx)) : null,
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo values.' }),
  }),
});

export const Municipality = builder.prismaNode('Municipality', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A city (kreisfreie Stadt), district (Kreis) or town of a region.',
  id: { field: 'id' },
  fields: (t) => ({
    ags: t.exposeString('ags', { description: 'Amtlicher Gemeindeschlüssel, 8 digits.' }),
    name: t.exposeString('name'),
    officialName: t.exposeString('officialName'),
    kind: t.expose('kind', { type: MunicipalityKindEnum }),
    population: t.exposeInt('population', { nullable: true }),
    populationDate: t.string({
      nullable: true,
      description: 'Reference date of population (ISO date).',
      select: { populationDate: true },
      resolve: (m) => m.populationDate?.toISOString().slice(0, 10) ?? null,
    }),
    areaKm2: t.exposeFloat('areaKm2', { nullable: true }),
    density: t.float({
      nullable: true,
      description: 'Inhabitants per km², computed from population and area.',
      select: { population: true, areaKm2: true },
      resolve: (m) => (m.population != null && m.areaKm2 ? Math.round(m.population / m.areaKm2) : null),
    }),
    nuts3: t.exposeString('nuts3', { nullable: true }),
    region: t.relation('region'),
    observations: t.relation('observations', {
      description:
        'Values of one indicator for this unit, ordered by year then category. Totals only unless disaggregated is true.',
      args: {
        indicatorKey: t.arg.string({ required: true }),
        disaggregated: t.arg.boolean({ required: false, defaultValue: false }),
      },
      query: (args) => ({
        where: {
          indicator: { key: args.indicatorKey },
          disaggregationKey: args.disaggregated ? { not: '' } : '',
        },
        orderBy: [{ year: 'asc' }, { disaggregationKey: 'asc' }],
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  municipalities: t.prismaField({
    type: [Municipality],
    description:
      'Municipalities of a region (the default region when regionSlug is omitted), cities first, then by name.',
    args: {
      kind: t.arg({ type: MunicipalityKindEnum, required: false }),
      regionSlug: t.arg.string({ required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.municipality.findMany({
        ...query,
        where: { region: regionWhere(args.regionSlug), ...(args.kind ? { kind: args.kind } : {}) },
        orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      }),
  }),
  municipality: t.prismaField({
    type: Municipality,
    nullable: true,
    description: 'One city or district by its AGS (e.g. "05122000" for Solingen); null when there is none.',
    args: { ags: t.arg.string({ required: true, description: 'The 8-digit official municipality key (AGS).' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.municipality.findUnique({ ...query, where: { ags: args.ags } }),
  }),
}));
