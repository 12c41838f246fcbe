// Publications: the situation and resource analysis of each municipality, the regional conference
// page, and the legal pages (imprint, privacy; admins only). Written in Markdown, served also as
// sanitised HTML. Drafts are visible to staff of their region only.
import { canEditRegion, createPublication, setPublicationStatus, updatePublication } from '@atlas/db';
import type { Editor, Prisma } from '@atlas/db';
import { enumLabels, localized, publicationKinds, publicationNeedsAdmin, renderMarkdown } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { langArgs, languageOf } from './language.js';
import { DEFAULT_PAGE_SIZE, refuseLargePages } from './paging.js';
import { editorOf, idOf } from './recommendation.js';

/** What the domain's labels leave unsaid: scope and who may edit. */
const kindNotes: Record<(typeof publicationKinds)[number], string> = {
  SITUATION_ANALYSIS: ' of one municipality.',
  REGIONAL_CONFERENCE: ', the page of the regional conference.',
  IMPRINT: ': edited by admins only.',
  PRIVACY: ': edited by admins only.',
  PAGE: ': any other page.',
};

export const PublicationKindEnum = builder.enumType('PublicationKind', {
  description: 'What a publication is.',
  values: Object.fromEntries(
    publicationKinds.map((kind) => [kind, { description: `${enumLabels.PublicationKind[kind].en} (${enumLabels.PublicationKind[kind].de})${kindNotes[kind]}` }]),
  ) as Record<
    (typeof publicationKinds)[number],
    { description: string }
  >,
});

export const PublicationStatusEnum = builder.enumType('PublicationStatus', {
  description: 'Whether a publication is public.',
  values: {
    DRAFT: { description: 'Draft (Entwurf): visible to staff of its region only.' },
    PUBLISHED: { description: 'Published (Veröffentlicht): visible to everybody.' },
  } as const,
});

/** Published ones for everybody; staff also the drafts of their region. */
function visiblePublications(editor: Editor | null): Prisma.PublicationWhereInput {
  const published: Prisma.PublicationWhereInput = { status: 'PUBLISHED' };
  if (!editor || (editor.role !== 'STAFF' && editor.role !== 'ADMIN')) return published;
  if (editor.regionId === null) return editor.role === 'ADMIN' ? {} : published;
  return { OR: [published, { regionId: editor.regionId }] };
}

export const Publication = builder.prismaNode('Publication', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A published text (Markdown), e.g. the situation and resource analysis of a municipality.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [visiblePublications(editorOf(ctx))] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: PublicationKindEnum, description: 'What it is.' }),
    slug: t.exposeString('slug', { description: 'Address part, unique per region.' }),
    title: t.string({
      args: langArgs(),
      description: 'Title in the requested language (German where no English title exists).',
      resolve: (p, args, ctx) => localized(languageOf(args, ctx), p.titleDe, p.titleEn),
    }),
    body: t.string({
      args: langArgs(),
      description: 'The Markdown source (German where no English text exists).',
      resolve: (p, args, ctx) => localized(languageOf(args, ctx), p.bodyDe, p.bodyEn),
    }),
    bodyHtml: t.string({
      args: langArgs(),
      description: 'The body rendered to HTML on the server: raw HTML escaped, only http(s), mailto, # and site-relative links.',
      resolve: (p, args, ctx) => renderMarkdown(localized(languageOf(args, ctx), p.bodyDe, p.bodyEn)),
    }),
    titleDe: t.exposeString('titleDe', { description: 'Title (German).' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'Title (English); null when not translated.' }),
    bodyDe: t.exposeString('bodyDe', { description: 'Markdown source (German).' }),
    bodyEn: t.exposeString('bodyEn', { nullable: true, description: 'Markdown source (English); null when not translated.' }),
    status: t.expose('status', { type: PublicationStatusEnum, description: 'Draft or published.' }),
    publishedAt: t.string({
      nullable: true,
      description: 'When it was first published (ISO time); null until then.',
      select: { publishedAt: true },
      resolve: (p) => p.publishedAt?.toISOString() ?? null,
    }),
    updatedAt: t.string({ description: 'Last change (ISO time).', select: { updatedAt: true }, resolve: (p) => p.updatedAt.toISOString() }),
    version: t.exposeInt('version', { description: 'Name it as expectedVersion in every update.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'The municipality it is about (situation analyses); null otherwise.' }),
    region: t.relation('region', { description: 'The region it belongs to.' }),
    viewerCanEdit: t.boolean({
      description: 'True when you may change it (staff of its region; imprint and privacy: admins).',
      select: { regionId: true, kind: true },
      resolve: (p, _args, ctx) => canEditRegion(editorOf(ctx), p.regionId) && (!publicationNeedsAdmin(p.kind) || ctx.viewer?.role === 'ADMIN'),
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo texts.' }),
  }),
});

interface PublicationFilter {
  region?: string | null;
  kind?: (typeof publicationKinds)[number] | null;
  municipality?: string | null;
  slug?: string | null;
}

function publicationsWhere(ctx: Context, args: PublicationFilter): Prisma.PublicationWhereInput {
  const filters: Prisma.PublicationWhereInput[] = [visiblePublications(editorOf(ctx))];
  if (args.region) filters.push({ region: { slug: args.region } });
  else if (args.slug) filters.push({ region: { isDefault: true } });
  if (args.kind) filters.push({ kind: args.kind });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  if (args.slug) filters.push({ slug: args.slug });
  return { AND: filters };
}

builder.queryFields((t) => ({
  publications: t.prismaConnection(
    {
      type: Publication,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Publications you may see (the public: published ones; staff also the drafts of their region), by title.',
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        kind: t.arg({ type: PublicationKindEnum, required: false, description: 'Only publications of this kind.' }),
        municipality: t.arg.string({ required: false, description: 'AGS.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.publication.count({ where: publicationsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.publication.findMany({ ...query, where: publicationsWhere(ctx, args), orderBy: [{ titleDe: 'asc' }, { id: 'asc' }] }),
    },
    { description: 'A page of publications.' },
    { description: 'One publication in a page.' },
  ),
  publication: t.prismaField({
    type: Publication,
    nullable: true,
    description: "One publication by slug (in the given region, else the default region); null when there is none you may see.",
    args: {
      slug: t.arg.string({ required: true, description: 'The slug of the publication (its address).' }),
      region: t.arg.string({ required: false, description: 'Slug of the region; the default region when omitted.' }),
    },
    resolve: (query, _root, args, ctx) => ctx.prisma.publication.findFirst({ ...query, where: publicationsWhere(ctx, args) }),
  }),
}));

const CreatePublicationInput = builder.inputType('CreatePublicationInput', {
  description: 'A new publication; it starts as a draft.',
  fields: (t) => ({
    kind: t.field({ type: PublicationKindEnum, required: true, description: 'What it is.' }),
    slug: t.string({ required: true, description: 'Lower-case letters, digits and hyphens; unique per region.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS; required for a situation analysis.' }),
    titleDe: t.string({ required: true, description: 'Title (German).' }),
    titleEn: t.string({ required: false, description: 'Title (English).' }),
    bodyDe: t.string({ required: true, description: 'Markdown.' }),
    bodyEn: t.string({ required: false, description: 'Markdown.' }),
  }),
});

const UpdatePublicationInput = builder.inputType('UpdatePublicationInput', {
  description: 'Fields left out stay as they are; null clears an English text.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the publication.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    slug: t.string({ required: false, description: 'Lower-case letters, digits and hyphens; unique per region.' }),
    titleDe: t.string({ required: false, description: 'Title (German).' }),
    titleEn: t.string({ required: false, description: 'Title (English); null clears it.' }),
    bodyDe: t.string({ required: false, description: 'Markdown (German).' }),
    bodyEn: t.string({ required: false, description: 'Markdown (English); null clears it.' }),
  }),
});

const SetPublicationStatusInput = builder.inputType('SetPublicationStatusInput', {
  description: 'Publishes a publication or returns it to draft.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the publication.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    status: t.field({ type: PublicationStatusEnum, required: true, description: 'The new status.' }),
  }),
});

const editDescription = 'STAFF/ADMIN of the region; imprint and privacy pages ADMIN only.';

builder.mutationFields((t) => ({
  createPublication: t.prismaField({
    type: Publication,
    description: `Creates a draft. ${editDescription}`,
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreatePublicationInput, required: true, description: 'The publication to create.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createPublication(ctx.prisma, editorOf(ctx), input);
      return ctx.prisma.publication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePublication: t.prismaField({
    type: Publication,
    description: `Edits slug, titles and texts; names expectedVersion (CONFLICT when it changed since). ${editDescription}`,
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdatePublicationInput, required: true, description: 'The publication and the changes.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Publication', 'id');
      await updatePublication(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.publication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setPublicationStatus: t.prismaField({
    type: Publication,
    description: `Publishes (keeping the first publication date) or returns to draft. ${editDescription}`,
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: SetPublicationStatusInput, required: true, description: 'The publication and its new status.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Publication', 'id');
      await setPublicationStatus(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.publication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
