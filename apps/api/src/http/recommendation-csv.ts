// GET /export/recommendations.csv: staff get every recommendation they may see (drafts of their
// region included), everybody else the public ones. The import is the GraphQL mutation
// importRecommendationsCsv, which takes this file's layout.
import type { FastifyInstance } from 'fastify';
import { exportRecommendationsCsv } from '@atlas/db';
import type { Database } from '@atlas/db';
import { viewerOfRequest } from './session.js';

export function registerRecommendationCsvExport(app: FastifyInstance, db: Database): void {
  app.get('/export/recommendations.csv', async (request, reply) => {
    const { viewer } = await viewerOfRequest(db, request);
    const csv = await exportRecommendationsCsv(db.prisma, viewer ? { userId: viewer.id, role: viewer.role, regionId: viewer.regionId } : null);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="handlungsempfehlungen-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(csv);
  });
}
