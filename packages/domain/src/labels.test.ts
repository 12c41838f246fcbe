import { describe, expect, it } from 'vitest';
import { enumNames, enumValues } from './enums.js';
import type { EnumName, EnumValue } from './enums.js';
import { enumLabels, label } from './labels.js';

describe('enum labels', () => {
  it('has a German and an English label for every value of every enum, and none for unknown values', () => {
    for (const name of enumNames) {
      const labels: Record<string, { de: string; en: string }> = enumLabels[name];
      expect(Object.keys(labels).sort(), name).toEqual([...enumValues[name]].sort());
      for (const value of enumValues[name]) {
        expect(label(name, value as EnumValue<EnumName>, 'de').trim(), `${name}.${value} de`).not.toBe('');
        expect(label(name, value as EnumValue<EnumName>, 'en').trim(), `${name}.${value} en`).not.toBe('');
      }
    }
  });

  it('uses the words of the German interface', () => {
    expect(label('MunicipalityKind', 'CITY', 'de')).toBe('kreisfreie Stadt');
    expect(label('MunicipalityKind', 'DISTRICT', 'de')).toBe('Kreis');
    expect(label('MunicipalityKind', 'TOWN', 'de')).toBe('kreisangehörige Gemeinde');
    expect(label('ActorSector', 'CIVIL_SOCIETY', 'de')).toBe('Zivilgesellschaft');
    expect(label('EventKind', 'LOCAL_CONFERENCE', 'de')).toBe('Vernetzungskonferenz');
    expect(label('ParticipationRole', 'EXPERT_INPUT', 'de')).toBe('Fachinput');
    expect(enumValues.RecommendationStatus.map((status) => label('RecommendationStatus', status, 'de'))).toEqual([
      'Entwurf', 'Veröffentlicht', 'Vereinbart', 'In Umsetzung', 'Umgesetzt', 'Zurückgestellt', 'Abgelehnt',
    ]);
    expect(label('RecommendationStatus', 'IN_PROGRESS', 'en')).toBe('In progress');
  });
});
