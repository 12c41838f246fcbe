// Actors (organisations of the regional network): public, non-personal data. This file holds the
// type; network.ts the queries, mutations, links and the network view; contact.ts the contact persons.
import { canEditRegion, isStaffRole } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { SdgGoal } from './sdg.js';

export const ActorSectorEnum = builder.enumType('ActorSector', {
  description: 'The sector an organisation belongs to.',
  values: {
    ADMINISTRATION: { description: 'Public administration (Verwaltung)' },
    POLITICS: { description: 'Politics (Politik)' },
    CIVIL_SOCIETY: { description: 'Civil society (Zivilgesellschaft)' },
    BUSINESS: { description: 'Business (Wirtschaft)' },
    SCIENCE_EDUCATION: { description: 'Science and education (Wissenschaft und Bildung)' },
    CHURCH: { description: 'Church (Kirche)' },
    MIGRANT_ORGANISATION: { description: 'Migrant organisation (Migrantenorganisation)' },
    MEDIA: { description: 'Media (Medien)' },
    OTHER: { description: 'Other (Sonstige)' },
  } as const,
});

/** Actors a viewer may see: those not archived, and for staff also the archived ones of their region. */
export function visibleActors(ctx: Context): Prisma.ActorWhereInput {
  const viewer = ctx.viewer;
  if (!viewer || !isStaffRole(viewer.role)) return { archivedAt: null };
  return viewer.regionId === null ? {} : { OR: [{ archivedAt: null }, { regionId: viewer.regionId }] };
}

export const Actor = builder.prismaNode('Actor', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'An organisation of the regional network (Akteur).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [visibleActors(ctx)] }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the organisation.' }),
    sector: t.expose('sector', { type: ActorSectorEnum, description: 'The sector it belongs to.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'Null for actors of the whole region.' }),
    region: t.relation('region', { description: 'The region whose network it belongs to.' }),
    description: t.exposeString('descriptionDe', { nullable: true, description: 'What the organisation does (German).' }),
    website: t.exposeString('website', { nullable: true, description: 'Web address (URL), if any.' }),
    sdgGoals: t.field({
      type: [SdgGoal],
      description: 'The SDGs the actor is interested in or works on, by number.',
      select: (_args, _ctx, nestedSelection) => ({
        sdgInterests: { select: { goal: nestedSelection(true) }, orderBy: { goalNumber: 'asc' } },
      }),
      resolve: (actor) => actor.sdgInterests.map((interest) => interest.goal),
    }),
    archived: t.boolean({
      description: 'True when archived: left out of lists and the network view; only staff of its region still see it.',
      select: { archivedAt: true },
      resolve: (actor) => actor.archivedAt !== null,
    }),
    viewerCanEdit: t.boolean({
      description: 'True when you may change it (staff or admin of its region).',
      select: { regionId: true },
      resolve: (actor, _args, ctx) =>
        canEditRegion(ctx.viewer ? { userId: ctx.viewer.id, role: ctx.viewer.role, regionId: ctx.viewer.regionId } : null, actor.regionId),
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo actors.' }),
  }),
});
