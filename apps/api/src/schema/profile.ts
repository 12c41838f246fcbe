// The key figures of a city or district: population, area, density, age structure, commuters.
import { ageGroupLabels, parseAgeGroupCode } from '@atlas/domain';
import { builder } from '../builder.js';
import { buildProfile, type AgeGroupShareData, type CommutersData, type ProfileData } from '../indicators/profile-data.js';
import { profileObservationsOf, profileRoles } from '../loaders/profile-data.js';
import { langArgs, languageOf } from './language.js';
import { Municipality } from './municipality.js';

export const AgeGroupShare = builder.objectRef<AgeGroupShareData>('AgeGroupShare').implement({
  description: 'Inhabitants of one age group.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'e.g. "0-3" (under 3), "65-75", "75+".' }),
    label: t.string({
      args: langArgs(),
      description: 'e.g. "65 bis unter 75 Jahre".',
      resolve: (group, args, ctx) => {
        const parsed = parseAgeGroupCode(group.code);
        return parsed ? ageGroupLabels(parsed)[languageOf(args, ctx)] : group.code;
      },
    }),
    value: t.exposeFloat('value', { description: 'Inhabitants.' }),
    share: t.exposeFloat('share', { description: 'Share of all inhabitants counted in the age groups, 0–1.' }),
  }),
});

export const Commuters = builder.objectRef<CommutersData>('Commuters').implement({
  description: 'Commuters across the district boundary (employees subject to social insurance), on 30 June of a year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the counts.' }),
    inbound: t.exposeFloat('inbound', { description: 'Einpendler: working here, living elsewhere.' }),
    outbound: t.exposeFloat('outbound', { description: 'Auspendler: living here, working elsewhere.' }),
    balance: t.exposeFloat('balance', { description: 'Pendlersaldo: inbound minus outbound.' }),
  }),
});

export const MunicipalityProfile = builder.objectRef<ProfileData>('MunicipalityProfile').implement({
  description:
    'Key figures from the structural data. Every field is null (or an empty list) when the data is not in the database.',
  fields: (t) => ({
    population: t.int({
      nullable: true,
      description: 'Inhabitants: the most recent of the population series and the official population of the unit.',
      resolve: (profile) => (profile.population == null ? null : Math.round(profile.population)),
    }),
    populationYear: t.int({ nullable: true, description: 'The year the population refers to.', resolve: (profile) => profile.populationYear }),
    areaKm2: t.float({ nullable: true, description: 'Area in km².', resolve: (profile) => profile.areaKm2 }),
    density: t.float({ nullable: true, description: 'Inhabitants per km², rounded.', resolve: (profile) => profile.density }),
    ageStructureYear: t.int({ nullable: true, description: 'The year of the age structure.', resolve: (profile) => profile.ageStructureYear }),
    ageStructure: t.field({
      type: [AgeGroupShare],
      description: 'Inhabitants by age group in the latest year with data, youngest first.',
      resolve: (profile) => profile.ageStructure,
    }),
    commuters: t.field({
      type: Commuters,
      nullable: true,
      description: 'Commuters of the latest year with inbound and outbound values.',
      resolve: (profile) => profile.commuters,
    }),
  }),
});

builder.prismaObjectField(Municipality, 'profile', (t) =>
  t.field({
    type: MunicipalityProfile,
    description: 'Key figures for the profile page: population, area, density, age structure, commuters.',
    select: { id: true, population: true, populationDate: true, areaKm2: true },
    resolve: async (municipality, _args, ctx) => {
      const [roles, observations] = await Promise.all([profileRoles(ctx), profileObservationsOf(ctx, municipality.id)]);
      return buildProfile({ roles, observations, municipality });
    },
  }),
);
