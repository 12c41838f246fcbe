import { disaggregationLabel, enumLabels } from '@atlas/domain';
import { builder } from '../builder.js';
import { langArgs, languageOf } from './language.js';
import { pageOf, relatedPaging } from './paging.js';
import { regionWhere } from './region.js';

export const MunicipalityKindEnum = builder.enumType('MunicipalityKind', {
  description: 'Administrative kind of a municipality.',
  values: {
    CITY: { description: `${enumLabels.MunicipalityKind.CITY.en} (${enumLabels.MunicipalityKind.CITY.de})` },
    DISTRICT: { description: `${enumLabels.MunicipalityKind.DISTRICT.en} (${enumLabels.MunicipalityKind.DISTRICT.de})` },
    TOWN: { description: `${enumLabels.MunicipalityKind.TOWN.en} (${enumLabels.MunicipalityKind.TOWN.de})` },
  } as const,
});

export const Observation = builder.prismaObject('Observation', {
  description: 'One value of an indicator for one unit and year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Reference year of the value.' }),
    value: t.exposeFloat('value', { description: 'The value, in the unit of its indicator.' }),
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
    name: t.exposeString('name', { description: 'Short name, e.g. "Solingen".' }),
    officialName: t.exposeString('officialName', { description: 'Official name, e.g. "Solingen, Klingenstadt".' }),
    kind: t.expose('kind', { type: MunicipalityKindEnum, description: 'City, district or town.' }),
    population: t.exposeInt('population', { nullable: true, description: 'Inhabitants at `populationDate`; null when unknown.' }),
    populationDate: t.string({
      nullable: true,
      description: 'Reference date of population (ISO date).',
      select: { populationDate: true },
      resolve: (m) => m.populationDate?.toISOString().slice(0, 10) ?? null,
    }),
    areaKm2: t.exposeFloat('areaKm2', { nullable: true, description: 'Area in km²; null when unknown.' }),
    density: t.float({
      nullable: true,
      description: 'Inhabitants per km², computed from population and area.',
      select: { population: true, areaKm2: true },
      resolve: (m) => (m.population != null && m.areaKm2 ? Math.round(m.population / m.areaKm2) : null),
    }),
    nuts3: t.exposeString('nuts3', { nullable: true, description: 'NUTS-3 code of the EU statistics (e.g. "DEA1A"); null when not assigned.' }),
    region: t.relation('region', { description: 'The region this municipality belongs to.' }),
    observations: t.relatedConnection(
      'observations',
      {
        ...relatedPaging,
        description:
          'Values of one indicator for this unit, ordered by year then category. Totals only unless disaggregated is true. `last: n` gives the latest values.',
        args: {
          indicatorKey: t.arg.string({ required: true, description: 'Key of the indicator (its `key`).' }),
          disaggregated: t.arg.boolean({ required: false, defaultValue: false, description: 'True: the values per category instead of the totals. Default false.' }),
        },
        query: (args) => ({
          where: {
            indicator: { key: args.indicatorKey },
            disaggregationKey: args.disaggregated ? { not: '' } : '',
          },
          orderBy: [{ year: 'asc' }, { disaggregationKey: 'asc' }, { id: 'asc' }],
        }),
      },
      ...pageOf('observations', 'observation'),
    ),
  }),
});

builder.queryFields((t) => ({
  municipalities: t.prismaField({
    type: [Municipality],
    description:
      'Municipalities of a region (the default region when regionSlug is omitted), cities first, then by name.',
    args: {
      kind: t.arg({ type: MunicipalityKindEnum, required: false, description: 'Only municipalities of this kind.' }),
      regionSlug: t.arg.string({ required: false, description: 'Slug of the region; the default region when omitted.' }),
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
