import type { PrismaClient } from '../generated/prisma/client.js';
import { catalogueStep } from './catalogue.js';
import { runSeedStep } from './seed-step.js';
import type { SeedStep, SeedStepResult, SeedCounts } from './seed-step.js';
import { demoStep } from './demo.js';
import { demoUsersStep } from './demo-users.js';
import { dnsIndicatorsStep } from './indicators-dns.js';
import { sdgKommunenIndicatorsStep } from './indicators-sdg-kommunen.js';
import { structureIndicatorsStep } from './indicators-structure.js';
import { inkarObservationsStep } from './observations-inkar.js';
import { regionalstatistikObservationsStep } from './observations-regionalstatistik.js';
import { dnsReferencesStep } from './references-dns.js';
import { bergischesLandStep } from './region.js';
import { structureStep } from './structure.js';

export interface SeedOptions {
  /** Also write the invented demo data of the participation process (every row isDemo = true). */
  demo: boolean;
  log?: (message: string) => void;
}

export interface SeedReport {
  /** Keys of the steps applied by this run, in order. */
  applied: string[];
  /** Keys of the steps this database had already. */
  skipped: string[];
  steps: SeedStepResult[];
  /** Rows written by this run, per table. */
  counts: SeedCounts;
}

/** The reference data every installation needs, in the order they build on each other. */
export const baseSteps: readonly SeedStep[] = [
  catalogueStep,
  bergischesLandStep,
  structureStep,
  sdgKommunenIndicatorsStep,
  dnsIndicatorsStep,
  structureIndicatorsStep,
  inkarObservationsStep,
  regionalstatistikObservationsStep,
  dnsReferencesStep,
];

/**
 * Brings a migrated database up to date with the seed: each step runs once per database, in its own
 * transaction, and is recorded in the DataStep table. Running it again changes nothing.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const steps = options.demo ? [...baseSteps, demoStep, demoUsersStep] : baseSteps;
  const results: SeedStepResult[] = [];
  for (const step of steps) results.push(await runSeedStep(prisma, step, log));

  const counts: SeedCounts = {};
  for (const result of results) {
    if (result.status !== 'applied') continue;
    for (const [table, count] of Object.entries(result.counts)) counts[table] = (counts[table] ?? 0) + count;
  }
  return {
    applied: results.filter((result) => result.status === 'applied').map((result) => result.key),
    skipped: results.filter((result) => result.status === 'skipped').map((result) => result.key),
    steps: results,
    counts,
  };
}
