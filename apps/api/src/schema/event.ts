// Events of the process (kick-off, workshop, local and regional conference, initiative-circle
// meeting, other) with participants, minutes and the findings and agreements (agreement.ts) that came out of them, and the process
// timeline of a municipality. The public sees public events; staff of the region all of theirs.
import { addParticipation, canEditRegion, createEvent, loadProcessTimeline, removeParticipation, updateEvent } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { localized, NotFound, ValidationFailed } from '@atlas/domain';
import type { EventKind, ProcessStep, TimelineStep } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { processTimelineOf } from '../loaders/process-timeline.js';
import { Actor } from './actor.js';
import { Contact, maySeePersonalData, regionForNewRecord } from './contact.js';
import { Finding, visibleFindings } from './finding.js';
import { langArgs, languageOf } from './language.js';
import { Municipality } from './municipality.js';
import { defineOrdering, ORDER_BY_DESCRIPTION } from './ordering.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { editorOf, idOf } from './recommendation.js';

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'The kind of event in the process.',
  values: {
    KICK_OFF: { description: 'Kick-off event (Kick-off)' },
    WORKSHOP: { description: 'Workshop with expert inputs (Workshop mit Fachinputs)' },
    LOCAL_CONFERENCE: { description: 'Local networking conference (Lokale Vernetzungskonferenz)' },
    REGIONAL_CONFERENCE: { description: 'Regional conference (Regionalkonferenz)' },
    CIRCLE_MEETING: { description: 'Initiative circle meeting (Treffen eines Initiativkreises)' },
    OTHER: { description: 'Other event (Sonstige)' },
  } as const,
});

export const ParticipationRoleEnum = builder.enumType('ParticipationRole', {
  description: 'The role in which someone took part in an event.',
  values: {
    HOST: { description: 'Host (Gastgeber)' },
    EXPERT_INPUT: { description: 'Expert input (Fachinput)' },
    PARTICIPANT: { description: 'Participant (Teilnahme)' },
  } as const,
});

/** Calendar day in the region's time zone, so a 00:30 start is not shown as the day before. */
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
const isoDay = (date: Date) => berlinDate.format(date);

/** The events a viewer may see: public ones, and for staff every event of their region. */
export function visibleEvents(ctx: Context): Prisma.EventWhereInput {
  const editor = editorOf(ctx);
  if (!editor || (editor.role !== 'STAFF' && editor.role !== 'ADMIN')) return { isPublic: true };
  if (editor.regionId === null) return editor.role === 'ADMIN' ? {} : { isPublic: true };
  return { OR: [{ isPublic: true }, { regionId: editor.regionId }] };
}

export const Participation = builder.prismaNode('Participation', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'Who took part in an event and in which role.',
  id: { field: 'id' },
  // As Event.participants: the public does not see people who came without an organisation.
  findUnique: (id, ctx) => ({ id, event: visibleEvents(ctx), ...(isStaffViewer(ctx) ? {} : { actorId: { not: null } }) }),
  fields: (t) => ({
    role: t.expose('role', { type: ParticipationRoleEnum, description: 'The role in which they took part.' }),
    topic: t.exposeString('topicDe', { nullable: true, description: 'Topic of an expert input (German).' }),
    actor: t.relation('actor', { nullable: true, description: 'The organisation, if any.' }),
    contact: t.field({
      type: Contact,
      nullable: true,
      description: 'The person: staff of the region only; null for everybody else.',
      select: (_args, _ctx, nestedSelection) => ({ contact: nestedSelection(true), event: { select: { regionId: true } } }),
      resolve: (participation, _args, ctx) => (maySeePersonalData(ctx, participation.event.regionId) ? participation.contact : null),
    }),
  }),
});

export const Event = builder.prismaNode('Event', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'An event of the process (Veranstaltung).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [visibleEvents(ctx)] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: EventKindEnum, description: 'The kind of event.' }),
    date: t.string({ description: 'ISO date of the start, in German time.', select: { startsAt: true }, resolve: (event) => isoDay(event.startsAt) }),
    startsAt: t.string({ description: 'ISO 8601 date-time.', select: { startsAt: true }, resolve: (event) => event.startsAt.toISOString() }),
    endsAt: t.string({ nullable: true, description: 'End (ISO 8601 date-time); null when not given.', select: { endsAt: true }, resolve: (event) => event.endsAt?.toISOString() ?? null }),
    title: t.string({
      description: 'Title in the requested language; the German title when there is no English one.',
      args: langArgs(),
      select: { titleDe: true, titleEn: true },
      resolve: (event, args, ctx) => localized(languageOf(args, ctx), event.titleDe, event.titleEn),
    }),
    titleDe: t.exposeString('titleDe', { description: 'Title in German.' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'Title in English, if any.' }),
    place: t.exposeString('place', { nullable: true, description: 'Where it takes place (venue or address).' }),
    description: t.exposeString('descriptionDe', { nullable: true, description: 'German.' }),
    minutes: t.exposeString('minutesDe', { nullable: true, description: 'Minutes of the meeting (German).' }),
    municipality: t.relation('municipality', { nullable: true, description: 'Null for region-wide events.' }),
    region: t.relation('region', { description: 'The region that holds it.' }),
    isPublic: t.exposeBoolean('isPublic', { description: 'True when the public may see it; staff see every event of their region.' }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
    participants: t.relatedConnection(
      'participations',
      {
        ...relatedPaging,
        description: 'Hosts first, then expert inputs, then participants. The public does not see people who came without an organisation.',
        args: { role: t.arg({ type: ParticipationRoleEnum, required: false, description: 'Only participations in this role.' }) },
        query: (args, ctx) => ({
          where: {
            ...(args.role ? { role: args.role } : {}),
            ...(isStaffViewer(ctx) ? {} : { actorId: { not: null } }),
          },
          orderBy: [{ role: 'asc' }, { id: 'asc' }],
        }),
      },
      ...pageOf('participants', 'participant'),
    ),
    findings: t.relatedConnection(
      'findings',
      {
        ...relatedPaging,
        description: 'Findings that came out of the event, oldest first; the public sees published ones only.',
        query: (_args, ctx) => ({ where: visibleFindings(ctx), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      },
      ...pageOf('findings', 'finding'),
    ),
    agreements: t.relatedConnection(
      'agreements',
      {
        ...relatedPaging,
        description: 'Agreements made at the event (a conference), oldest first.',
        query: { orderBy: [{ agreedAt: 'asc' }, { id: 'asc' }] },
      },
      ...pageOf('agreements', 'agreement'),
    ),
    viewerCanEdit: t.boolean({
      description: 'True when you may change it (staff or admin of its region).',
      select: { regionId: true },
      resolve: (event, _args, ctx) => canEditRegion(editorOf(ctx), event.regionId),
    }),
  }),
});

const isStaffViewer = (ctx: Context) => ctx.viewer?.role === 'STAFF' || ctx.viewer?.role === 'ADMIN';

builder.prismaObjectField(Actor, 'participations', (t) =>
  t.relatedConnection(
    'participations',
    {
      ...relatedPaging,
      description: 'Events the actor took part in (that you may see), latest first.',
      query: (_args, ctx) => ({ where: { event: visibleEvents(ctx) }, orderBy: [{ event: { startsAt: 'desc' } }, { id: 'asc' }] }),
    },
    ...pageOf('participations', 'participation'),
  ),
);
builder.prismaObjectField(Participation, 'event', (t) => t.relation('event', { description: 'The event they took part in.' }));
/** A linked event for viewers who may see it: public ones for everybody, the others for staff of its region. */
export const eventIfVisible = <Linked extends { isPublic: boolean; regionId: string }>(ctx: Context, event: Linked | null) =>
  event && (event.isPublic || maySeePersonalData(ctx, event.regionId)) ? event : null;

builder.prismaObjectField(Finding, 'event', (t) =>
  t.field({
    type: Event,
    nullable: true,
    description: 'The event it came out of, when you may see that event.',
    select: (_args, _ctx, nestedSelection) => ({ event: nestedSelection(true) }),
    resolve: (finding, _args, ctx) => eventIfVisible(ctx, finding.event),
  }),
);

interface EventFilter {
  region?: string | null;
  kind?: EventKind[] | null;
  municipality?: string | null;
  from?: string | null;
  to?: string | null;
}

const berlinHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });

/** Midnight in German time at the start of an ISO day (CET or CEST); `days` later for the end of a range. */
function dayStart(value: string, field: string, days = 0): Date {
  const utcMidnight = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(utcMidnight.getTime()) || !utcMidnight.toISOString().startsWith(value)) {
    throw ValidationFailed.of(field, 'muss ein Datum im Format JJJJ-MM-TT sein', 'must be a date formatted YYYY-MM-DD');
  }
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + days);
  // Germany switches clocks at 01:00 UTC, so the offset at 00:00 UTC is the one of local midnight.
  const offsetHours = Number(berlinHour.format(utcMidnight));
  return new Date(utcMidnight.getTime() - offsetHours * 3600 * 1000);
}

function eventsWhere(ctx: Context, args: EventFilter): Prisma.EventWhereInput {
  const filters: Prisma.EventWhereInput[] = [visibleEvents(ctx)];
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.kind?.length) filters.push({ kind: { in: [...args.kind] } });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  if (args.from) filters.push({ startsAt: { gte: dayStart(args.from, 'from') } });
  if (args.to) filters.push({ startsAt: { lt: dayStart(args.to, 'to', 1) } });
  return { AND: filters };
}

const ProcessStepEnum = builder.enumType('ProcessStep', {
  description: 'Steps of the local process, in order.',
  values: {
    KICK_OFF_HELD: { description: 'The kick-off event has begun.' },
    INTERVIEWS_DONE: { description: 'Interviews with key actors were held.' },
    WORKSHOP_HELD: { description: 'The workshop has begun.' },
    RECOMMENDATIONS_PUBLISHED: { description: 'Recommendations of the municipality are published.' },
    CONFERENCE_HELD: { description: 'The networking conference has begun.' },
    CIRCLES_MEETING: { description: 'Initiative circles meet.' },
  } satisfies Record<ProcessStep, { description: string }>,
});

const TimelineStepRef = builder.objectRef<TimelineStep>('ProcessTimelineStep').implement({
  description: 'Where one step of the local process stands.',
  fields: (t) => ({
    step: t.field({ type: ProcessStepEnum, description: 'The step of the process.', resolve: (step) => step.step }),
    done: t.exposeBoolean('done', { description: 'True when the step has been reached.' }),
    count: t.exposeInt('count', { description: 'Events held, interviews done or recommendations published so far.' }),
    firstDate: t.string({ nullable: true, description: 'ISO date the step was first reached.', resolve: (step) => (step.firstDate ? isoDay(step.firstDate) : null) }),
    lastDate: t.string({ nullable: true, description: 'ISO date of the latest occurrence.', resolve: (step) => (step.lastDate ? isoDay(step.lastDate) : null) }),
    nextDate: t.string({ nullable: true, description: 'ISO date of the next planned occurrence, if any.', resolve: (step) => (step.nextDate ? isoDay(step.nextDate) : null) }),
  }),
});

// The same timeline on the municipality, so a page about all units (the regional conference) asks
// once for all six instead of once per unit; the loader reads all of them in one pass.
builder.prismaObjectField(Municipality, 'processTimeline', (t) =>
  t.field({
    type: [TimelineStepRef],
    description: 'Where the local process stands, as `processTimeline(ags:)` answers it.',
    select: { id: true, regionId: true },
    resolve: (municipality, _args, ctx) => processTimelineOf(ctx, municipality.id, !maySeePersonalData(ctx, municipality.regionId)),
  }),
);

const EventOrder = defineOrdering<string, Prisma.EventOrderByWithRelationInput>('EventOrder', 'events', {
  STARTS_AT: { description: 'When it starts (the default order).', orderBy: (direction) => ({ startsAt: direction }) },
  TITLE: { description: 'German title.', orderBy: (direction) => ({ titleDe: direction }) },
  CREATED_AT: { description: 'When it was recorded.', orderBy: (direction) => ({ createdAt: direction }) },
});

builder.queryFields((t) => ({
  events: t.prismaConnection(
    {
      type: Event,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Events you may see, earliest first. Filters combine with AND; from/to are ISO dates (inclusive).',
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        kind: t.arg({ type: [EventKindEnum], required: false, description: 'Only events of these kinds.' }),
        municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
        from: t.arg.string({ required: false, description: 'First day, YYYY-MM-DD.' }),
        to: t.arg.string({ required: false, description: 'Last day, YYYY-MM-DD.' }),
        orderBy: t.arg({ type: EventOrder.Input, required: false, description: ORDER_BY_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.event.count({ where: eventsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.event.findMany({ ...query, where: eventsWhere(ctx, args), orderBy: EventOrder.orderBy(args.orderBy, [{ startsAt: 'asc' }, { id: 'asc' }]) }),
    },
    { description: 'A page of events.' },
    { description: 'One event in a page.' },
  ),
  event: t.prismaField({
    type: Event,
    nullable: true,
    description: 'One event by its global ID; null when it does not exist or you may not see it.',
    args: { id: t.arg.id({ required: true, description: 'Global ID of the event.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.event.findFirst({ ...query, where: { AND: [{ id: idOf(args.id, 'Event', 'id') }, visibleEvents(ctx)] } }),
  }),
  processTimeline: t.field({
    type: [TimelineStepRef],
    description: 'Where the process of a city or district stands: kick-off, interviews, workshop, recommendations, conference, circles.',
    args: { ags: t.arg.string({ required: true, description: 'AGS of the city or district.' }) },
    resolve: async (_root, args, ctx) => {
      const municipality = await ctx.prisma.municipality.findUnique({ where: { ags: args.ags }, select: { id: true, regionId: true } });
      if (!municipality) throw new NotFound('Kommune', args.ags, { de: `Keine Kommune mit AGS ${args.ags}`, en: `no municipality with AGS ${args.ags}` });
      return loadProcessTimeline(ctx.prisma, municipality.id, { publicEventsOnly: !maySeePersonalData(ctx, municipality.regionId) });
    },
  }),
}));

const CreateEventInput = builder.inputType('CreateEventInput', {
  description: 'A new event.',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    kind: t.field({ type: EventKindEnum, required: true, description: 'The kind of event.' }),
    municipalityAgs: t.string({ required: false, description: 'Omitted for a region-wide event.' }),
    titleDe: t.string({ required: true, description: 'Title in German.' }),
    titleEn: t.string({ required: false, description: 'Title in English.' }),
    startsAt: t.string({ required: true, description: 'ISO 8601 date-time, e.g. 2026-05-02T17:00:00+02:00.' }),
    endsAt: t.string({ required: false, description: 'ISO 8601 date-time of the end.' }),
    place: t.string({ required: false, description: 'Where it takes place (venue or address).' }),
    description: t.string({ required: false, description: 'German.' }),
    minutes: t.string({ required: false, description: 'German.' }),
    isPublic: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the event.' }),
    kind: t.field({ type: EventKindEnum, required: false, description: 'The kind of event.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district; null for a region-wide event.' }),
    titleDe: t.string({ required: false, description: 'Title in German.' }),
    titleEn: t.string({ required: false, description: 'Title in English.' }),
    startsAt: t.string({ required: false, description: 'ISO 8601 date-time of the start.' }),
    endsAt: t.string({ required: false, description: 'ISO 8601 date-time of the end.' }),
    place: t.string({ required: false, description: 'Where it takes place (venue or address).' }),
    description: t.string({ required: false, description: 'Description (German).' }),
    minutes: t.string({ required: false, description: 'Minutes of the meeting (German).' }),
    isPublic: t.boolean({ required: false, description: 'True when the public may see it.' }),
  }),
});

const AddParticipationInput = builder.inputType('AddParticipationInput', {
  description: 'Who took part in an event and in which role: an organisation, a person or both.',
  fields: (t) => ({
    eventId: t.id({ required: true, description: 'Global ID of the event.' }),
    actorId: t.id({ required: false, description: 'Global ID of the organisation.' }),
    contactId: t.id({ required: false, description: 'Global ID of the person (staff-only data).' }),
    role: t.field({ type: ParticipationRoleEnum, required: true, description: 'The role in which they took part.' }),
    topic: t.string({ required: false, description: 'Topic of an expert input (German).' }),
  }),
});

/** GraphQL names → database columns; undefined stays undefined (unchanged). */
function eventColumns<T extends { description?: string | null; minutes?: string | null }>({ description, minutes, ...rest }: T) {
  return { ...rest, descriptionDe: description, minutesDe: minutes };
}

const optionalId = (value: string | number | null | undefined, typename: string, field: string) =>
  value == null ? null : idOf(value, typename, field);

builder.mutationFields((t) => ({
  createEvent: t.prismaField({
    type: Event,
    description: 'Creates an event. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateEventInput, required: true, description: 'The new event.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { regionSlug, ...fields } = input;
      const id = await createEvent(ctx.prisma, editorOf(ctx), await regionForNewRecord(ctx, regionSlug), eventColumns(fields));
      return ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateEvent: t.prismaField({
    type: Event,
    description: 'Edits an event (also its minutes). STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateEventInput, required: true, description: 'The event and the fields to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Event', 'id');
      await updateEvent(ctx.prisma, editorOf(ctx), { ...eventColumns(input), id });
      return ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addParticipation: t.prismaField({
    type: Event,
    description: 'Adds an actor and/or a person to an event with a role; answers the event.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: AddParticipationInput, required: true, description: 'The participation to add.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const eventId = idOf(input.eventId, 'Event', 'eventId');
      await addParticipation(ctx.prisma, editorOf(ctx), {
        eventId,
        actorId: optionalId(input.actorId, 'Actor', 'actorId'),
        contactId: optionalId(input.contactId, 'Contact', 'contactId'),
        role: input.role,
        topicDe: input.topic,
      });
      return ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id: eventId } });
    },
  }),
  removeParticipation: t.prismaField({
    type: Event,
    description: 'Removes a participation; answers the event.',
    authScopes: { staff: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the participation.' }) },
    resolve: async (query, _root, args, ctx) => {
      const eventId = await removeParticipation(ctx.prisma, editorOf(ctx), idOf(args.id, 'Participation', 'id'));
      return ctx.prisma.event.findUniqueOrThrow({ ...query, where: { id: eventId } });
    },
  }),
}));
