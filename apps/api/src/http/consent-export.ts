// Staff downloads of personal data: GET /export/consents.csv?region=<slug> (exactly the persons with
// a consent in force, for a mail tool) and GET /export/contacts/<id>.json (everything stored about
// one person). Anonymous requests get 401, others outside the region's staff 403.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { exportContactData, exportMailingListCsv } from '@atlas/db';
import type { Database } from '@atlas/db';
import { AtlasError } from '@atlas/domain';
import { viewerOfRequest } from './session.js';

const statusOf = { VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 } as const;

function sendError(reply: FastifyReply, error: unknown) {
  if (!(error instanceof AtlasError)) throw error;
  return reply.code(statusOf[error.code]).header('cache-control', 'no-store').send({ error: { code: error.code, message: error.text.en, messageDe: error.text.de } });
}

/** The path takes the GraphQL global ID of a Contact or its database id. */
function contactIdOf(value: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === 'Contact') return decoded.id;
  } catch {
    // Not a global ID: a database id.
  }
  return value;
}

export function registerConsentExports(app: FastifyInstance, db: Database): void {
  app.get<{ Querystring: { region?: string } }>('/export/consents.csv', async (request, reply) => {
    const { viewer } = await viewerOfRequest(db, request);
    const editor = viewer ? { userId: viewer.id, role: viewer.role, regionId: viewer.regionId } : null;
    try {
      const slug = request.query.region;
      const region = await db.prisma.region.findFirst({ where: slug ? { slug } : { isDefault: true }, select: { id: true, slug: true } });
      if (!region) {
        return await reply.code(404).send({ error: { code: 'NOT_FOUND', message: `there is no region "${slug ?? '(default)'}"` } });
      }
      const csv = await exportMailingListCsv(db.prisma, editor, region.id);
      return await reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="verteiler-${region.slug}-${new Date().toISOString().slice(0, 10)}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(csv);
    } catch (error) {
      return sendError(reply, error);
    }
  });

  app.get<{ Params: { id: string } }>('/export/contacts/:id.json', async (request, reply) => {
    const { viewer } = await viewerOfRequest(db, request);
    const editor = viewer ? { userId: viewer.id, role: viewer.role, regionId: viewer.regionId } : null;
    try {
      const data = await exportContactData(db.prisma, editor, contactIdOf(request.params.id));
      return await reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="person-${data.person.id}.json"`)
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(data, null, 2));
    } catch (error) {
      return sendError(reply, error);
    }
  });
}
