// The catalogue rows an import checks against, loaded in two statements.
import type { Prisma } from '../generated/prisma/client.js';
import type { ImportCatalogue } from './resolve.js';

type Client = Pick<Prisma.TransactionClient, 'indicator' | 'municipality'>;

export async function loadImportCatalogue(prisma: Client): Promise<ImportCatalogue> {
  const [indicators, municipalities] = await Promise.all([
    prisma.indicator.findMany({ select: { id: true, key: true, genesisTable: true, genesisColumn: true } }),
    prisma.municipality.findMany({ select: { id: true, ags: true, regionId: true } }),
  ]);
  return { indicators, municipalities };
}
