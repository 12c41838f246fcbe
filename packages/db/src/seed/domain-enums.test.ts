import { enumNames, enumValues } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import * as prismaEnums from '../generated/prisma/enums.js';

// The seed writes @atlas/domain's enum values into Prisma columns: the two lists must be identical.
describe('@atlas/domain enums', () => {
  it('match the enums of prisma/schema.prisma exactly', () => {
    const prisma = prismaEnums as Record<string, Record<string, string>>;
    expect([...enumNames].sort()).toEqual(Object.keys(prisma).sort());
    for (const name of enumNames) {
      expect([...enumValues[name]], name).toEqual(Object.values(prisma[name] ?? {}));
    }
  });
});
