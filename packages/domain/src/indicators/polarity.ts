// The source catalogues say which way an indicator should move in words ("higher", "lower", …); the
// database stores it as a Polarity.
import type { Polarity } from '../enums.js';

/** The direction words of the source catalogues (see the SOURCE.md files in packages/db/src/seed/data). */
export const sourceDirections = ['higher', 'lower', 'context', 'converge'] as const;
export type SourceDirection = (typeof sourceDirections)[number];

const polarityByDirection: Readonly<Record<SourceDirection, Polarity>> = {
  higher: 'HIGHER_IS_BETTER',
  lower: 'LOWER_IS_BETTER',
  // Neither direction is better (e.g. living space per inhabitant): no progress rating.
  context: 'NEUTRAL',
  // Two series shall approach each other (DNS 5.1.e, mothers' and fathers' working hours): a single
  // series has no better direction.
  converge: 'NEUTRAL',
};

export function isSourceDirection(value: string): value is SourceDirection {
  return (sourceDirections as readonly string[]).includes(value);
}

/** The polarity for a direction word; throws for a word the catalogues do not use, naming it. */
export function polarityFromDirection(direction: string): Polarity {
  if (!isSourceDirection(direction)) {
    throw new Error(`Unknown direction "${direction}": expected one of ${sourceDirections.join(', ')}`);
  }
  return polarityByDirection[direction];
}
