// The demo staff account, seeded only together with the demo data. Its password is public (README,
// start-up message): it exists so that people trying the product can sign in, and it signs in only
// to invented data. Installations with real data run with ATLAS_DEMO_DATA=false and never get it.
import { hashPassword } from '../auth/password.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { loadBergischesLand } from './region.js';
import type { SeedStep, SeedTransaction } from './seed-step.js';

export const demoStaffAccount = {
  email: 'staff@demo.agenda-atlas.de',
  password: 'Demo-Atlas-2030',
  displayName: 'Demo-Mitarbeiterin (Regionalstelle)',
} as const;

export const demoUsersStep: SeedStep = {
  key: 'demo-users@1',
  description: 'Demo staff account of the Bergisches Land (isDemo = true, public demo password)',
  async apply(tx: SeedTransaction) {
    const region = await loadBergischesLand(tx);
    const result = await tx.user.createMany({
      data: [
        {
          id: 'demo-user-staff',
          email: demoStaffAccount.email,
          displayName: demoStaffAccount.displayName,
          passwordHash: await hashPassword(demoStaffAccount.password),
          role: 'STAFF',
          regionId: region.regionId,
          isDemo: true,
        },
      ],
      skipDuplicates: true,
    });
    return { user: result.count };
  },
};

/** The line printed at start while the demo account can sign in; null when there is none. */
export async function demoAccountNotice(prisma: PrismaClient): Promise<string | null> {
  const account = await prisma.user.findFirst({
    where: { email: demoStaffAccount.email, isDemo: true, disabledAt: null },
    select: { id: true },
  });
  if (!account) return null;
  return (
    `Demo-Zugang / demo sign-in: ${demoStaffAccount.email} · ${demoStaffAccount.password} ` +
    '(nur für Demo-Daten / demo data only; ATLAS_DEMO_DATA=false for real installations)'
  );
}
