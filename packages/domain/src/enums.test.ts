import { describe, expect, it } from 'vitest';
import { enumNames, enumValues, eventKindSchema, isEnumValue, recommendationStatusSchema } from './enums.js';

describe('enums', () => {
  it('lists every enum of the schema with unique values', () => {
    expect(enumNames).toHaveLength(20);
    for (const name of enumNames) {
      const values = enumValues[name];
      expect(values.length, name).toBeGreaterThan(0);
      expect(new Set(values).size, name).toBe(values.length);
    }
  });

  it('validates values with zod and the type guard', () => {
    expect(recommendationStatusSchema.parse('IN_PROGRESS')).toBe('IN_PROGRESS');
    expect(recommendationStatusSchema.safeParse('DONE').success).toBe(false);
    expect(eventKindSchema.options).toContain('REGIONAL_CONFERENCE');
    expect(isEnumValue('ActorSector', 'CHURCH')).toBe(true);
    expect(isEnumValue('ActorSector', 'church')).toBe(false);
  });
});
