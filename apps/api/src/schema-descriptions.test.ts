import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isUnionType, isScalarType, isSpecifiedScalarType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema/index.js';

/** Every type, field, argument, input field and enum value without a description, as Type.field(arg). */
export function undocumented(graphqlSchema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const needs = (description: string | null | undefined, name: string) => {
    if (!description?.trim()) missing.push(name);
  };
  for (const type of Object.values(graphqlSchema.getTypeMap())) {
    if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    needs(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        needs(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) needs(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) needs(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) needs(value.description, `${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      // A union's members carry their own descriptions.
    }
  }
  return missing.sort();
}

describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undocumented(schema)).toEqual([]);
  });
});
