// GET /feeds/recommendations.atom[?region=<slug>][&municipality=<AGS>][&goal=<1–17>]: the public status
// changes of recommendations as an Atom feed, so people can follow them without an account.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicStatusChanges } from '@atlas/db';
import type { Database, PublicStatusChange } from '@atlas/db';
import { label } from '@atlas/domain';
import { renderAtom } from './atom.js';
import type { AtomEntry } from './atom.js';

/** Where the dashboard shows one recommendation; feed entries link there. */
export const recommendationPagePath = (globalId: string) => `/empfehlungen/${encodeURIComponent(globalId)}`;

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function entryOf(change: PublicStatusChange, base: string): AtomEntry {
  const recommendation = change.recommendation;
  const to = label('RecommendationStatus', change.toStatus, 'de');
  const statusChanged = change.fromStatus !== change.toStatus;
  const headline = statusChanged
    ? `${change.fromStatus ? `${label('RecommendationStatus', change.fromStatus, 'de')} → ` : ''}${to}`
    : `Fortschritt ${change.fromProgress ?? 0} % → ${change.toProgress} %`;
  const place = recommendation.municipality?.name ?? 'Ganze Region';
  const summary = [
    `${place}: ${recommendation.titleDe}`,
    `Status: ${to}, Fortschritt: ${change.toProgress} %.`,
    change.note ? `Notiz: ${change.note}` : null,
    recommendation.isDemo ? '(Demo-Daten)' : null,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: `tag:agenda-atlas.de,2026:recommendation-change/${change.id}`,
    title: `${recommendation.titleDe} – ${headline}`,
    updated: change.at,
    link: base + recommendationPagePath(encodeGlobalID('Recommendation', recommendation.id)),
    summary,
    categories: [{ term: change.toStatus, label: to }],
  };
}

interface FeedQuery {
  region?: string;
  municipality?: string;
  goal?: string;
}

export function registerRecommendationFeed(app: FastifyInstance, db: Database): void {
  app.get<{ Querystring: FeedQuery }>('/feeds/recommendations.atom', async (request, reply) => {
    const { region: regionSlug, municipality: ags, goal: goalText } = request.query;
    const goal = goalText === undefined || goalText === '' ? null : Number(goalText);
    if (goal !== null && !(Number.isInteger(goal) && goal >= 1 && goal <= 17)) {
      return reply.code(400).type('text/plain; charset=utf-8').send(`goal: must be an SDG number from 1 to 17, got "${goalText}"`);
    }
    if (ags !== undefined && ags !== '' && !/^\d{8}$/.test(ags)) {
      return reply.code(400).type('text/plain; charset=utf-8').send(`municipality: must be an 8-digit AGS, got "${ags}"`);
    }
    const [region, municipality, changes] = await Promise.all([
      db.prisma.region.findFirst({ where: regionSlug ? { slug: regionSlug } : { isDefault: true }, select: { nameDe: true } }),
      ags ? db.prisma.municipality.findUnique({ where: { ags }, select: { name: true } }) : null,
      publicStatusChanges(db.prisma, { regionSlug: regionSlug || null, ags: ags || null, goal }),
    ]);
    if (regionSlug && !region) return reply.code(404).type('text/plain; charset=utf-8').send(`region: there is no region "${regionSlug}"`);
    const base = baseUrl(request);
    const scope = [municipality?.name ?? (ags ? ags : null), goal ? `SDG ${goal}` : null].filter(Boolean).join(', ');
    const query = new URLSearchParams(
      Object.entries({ region: regionSlug, municipality: ags, goal: goalText }).filter((entry): entry is [string, string] => !!entry[1]),
    ).toString();
    const self = `${base}/feeds/recommendations.atom${query ? `?${query}` : ''}`;
    const xml = renderAtom({
      id: `tag:agenda-atlas.de,2026:feeds/recommendations${query ? `?${query}` : ''}`,
      title: `Handlungsempfehlungen – Statusänderungen${scope ? ` (${scope})` : ''}`,
      subtitle: `Öffentliche Änderungen an Status und Fortschritt der Handlungsempfehlungen${region ? ` – ${region.nameDe}` : ''}`,
      updated: changes[0]?.at ?? new Date(0),
      selfLink: self,
      alternateLink: `${base}/empfehlungen`,
      author: region ? `Regionalstelle 2030-Agenda ${region.nameDe}` : 'Regionalstelle 2030-Agenda',
      entries: changes.map((change) => entryOf(change, base)),
    });
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300').send(xml);
  });
}
