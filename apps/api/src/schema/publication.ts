// Publications: the situation and resource analysis of each municipality, the regional conference
// page, and the legal pages (imprint, privacy; admins only). Written in Markdown, served also as
// sanitised HTML. Drafts are visible to staff of their region only.
import { canEditRegion, createPublication, setPublicationStatus, updatePublication } from '@atlas/db';
import type { Editor, Prisma } from '@atlas/db';
import { localized, publicationKinds, publicationNeedsAdmin, renderMarkdown } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { langArgs, languageOf } from './language.js';
import { DEFAULT_PAGE_SIZE, refuseLargePages } from './paging.js';
import { editorOf, idOf } from './recommendation.js';

const kindDescriptions: Record<(typeof publicationKinds)[number], string> = {
  SITUATION_ANALYSIS: 'Situations- und Ressourcenanalyse einer Kommune',
  REGIONAL_CONFERENCE: 'Seite der Regionalkonferenz',
  IMPRINT: 'Impressum (nur Administration)',
  PRIVACY: 'Datenschutzerklärung (nur Administration)',
  PAGE: 'Sonstige Seite',
};

export const PublicationKindEnum = builder.enumType('PublicationKind', {
  values: Object.fromEntries(publicationKinds.map((kind) => [kind, { description: kindDescriptions[kind] }])) as Record<
    (typeof publicationKinds)[number],
    { description: string }
  >,
});

export const PublicationStatusEnum = builder.enumType('PublicationStatus', {
  values: { DRAFT: { description: 'Entwurf: nur Mitarbeitende der Region' }, PUBLISHED: { description: 'Veröffentlicht' } } as const,
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
    kind: t.expose('kind', { type: PublicationKindEnum }),
    slug: t.exposeString('slug', { description: 'Address part, unique per region.' }),
    title: t.string({ args: langArgs(), resolve: (p, args, ctx) => localized(languageOf(args, ctx), p.titleDe, p.titleEn) }),
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
    titleDe: t.exposeString('titleDe'),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    bodyDe: t.exposeString('bodyDe'),
    bodyEn: t.exposeString('bodyEn', { nullable: true }),
    status: t.expose('status', { type: PublicationStatusEnum }),
    publishedAt: t.string({ nullable: true, select: { publishedAt: true }, resolve: (p) => p.publishedAt?.toISOString() ?? null }),
    updatedAt: t.string({ select: { updatedAt: true }, resolve: (p) => p.updatedAt.toISOString() }),
    version: t.exposeInt('version', { description: 'Name it as expectedVersion in every update.' }),
    municipality: t.relation('municipality', { nullable: true }),
    region: t.relation('region'),
    viewerCanEdit: t.boolean({
      description: 'True when you may change it (staff of its region; imprint and privacy: admins).',
      select: { regionId: true, kind: true },
      resolve: (p, _args, ctx) => canEditRegion(editorOf(ctx), p.regionId) && (!publicationNeedsAdmin(p.kind) || ctx.viewer?.role === 'ADMIN'),
    }),
    isDemo: t.exposeBoolean('isDemo'),
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
        kind: t.arg({ type: PublicationKindEnum, required: false }),
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
  fields: (t) => ({
    kind: t.field({ type: PublicationKindEnum, required: true }),
    slug: t.string({ required: true, description: 'Lower-case letters, digits and hyphens; unique per region.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS; required for a situation analysis.' }),
    titleDe: t.string({ required: true }),
    titleEn: t.string({ required: false }),
    bodyDe: t.string({ required: true, description: 'Markdown.' }),
    bodyEn: t.string({ required: false, description: 'Markdown.' }),
  }),
});

const UpdatePublicationInput = builder.inputType('UpdatePublicationInput', {
  description: 'Fields left out stay as they are; null clears an English text.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    slug: t.string({ required: false }),
    titleDe: t.string({ required: false }),
    titleEn: t.string({ required: false }),
    bodyDe: t.string({ required: false }),
    bodyEn: t.string({ required: false }),
  }),
});

const SetPublicationStatusInput = builder.inputType('SetPublicationStatusInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    status: t.field({ type: PublicationStatusEnum, required: true }),
  }),
});

const editDescription = 'STAFF/ADMIN of the region; imprint and privacy pages ADMIN only.';

builder.mutationFields((t) => ({
  createPublication: t.prismaField({
    type: Publication,
    description: `Creates a draft. ${editDescription}`,
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreatePublicationInput, required: true }) },
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
    args: { input: t.arg({ type: UpdatePublicationInput, required: true }) },
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
    args: { input: t.arg({ type: SetPublicationStatusInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Publication', 'id');
      await setPublicationStatus(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.publication.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
