import { localized } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { langArgs, languageOf } from './language.js';

export const Region = builder.prismaNode('Region', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'The area one regional office serves; owns its municipalities, actors and process data.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Short URL name of the region, e.g. for the `regionSlug` arguments.' }),
    name: t.string({
      description: 'Name of the region, in the requested language.',
      args: langArgs(),
      resolve: (region, args, ctx) => localized(languageOf(args, ctx), region.nameDe, region.nameEn),
    }),
    isDefault: t.exposeBoolean('isDefault', { description: "True for the installation's default region (used when a region is omitted)." }),
    hasDemoData: t.boolean({
      description: 'True when invented demo records (actors, events, recommendations, …) are stored for this region.',
      select: { actors: { where: { isDemo: true }, take: 1, select: { id: true } } },
      resolve: (region) => region.actors.length > 0,
    }),
    municipalities: t.relation('municipalities', {
      description: 'Municipalities of the region, cities first, then by name. A region has a handful of cities and districts: a plain list, not a connection.',
      query: { orderBy: [{ kind: 'asc' }, { name: 'asc' }] },
    }),
  }),
});

/** The region a request means: by slug, else the installation's default. */
export function regionWhere(slug: string | null | undefined) {
  return slug ? { slug } : { isDefault: true };
}

export async function findRegionId(ctx: Context, slug: string | null | undefined): Promise<string | null> {
  const region = await ctx.prisma.region.findFirst({ where: regionWhere(slug), select: { id: true } });
  return region?.id ?? null;
}

builder.queryFields((t) => ({
  region: t.prismaField({
    type: Region,
    nullable: true,
    description: "The region with this slug; the installation's default region when omitted.",
    args: { slug: t.arg.string({ required: false, description: 'Slug of the region; the default region when omitted.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.region.findFirst({ ...query, where: regionWhere(args.slug) }),
  }),
}));
