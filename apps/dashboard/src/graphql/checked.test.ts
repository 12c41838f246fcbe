// Type-level tests, enforced by `tsc --noEmit` (npm run typecheck); the runtime part only keeps
// Vitest from reporting an empty file.
import type { TadaDocumentNode } from 'gql.tada';
import { describe, expectTypeOf, it } from 'vitest';
import type { UnresolvedFields } from './checked';
import { executeQuery } from './client';
import { graphql } from './graphql';

describe('schema-checked documents', () => {
  it('finds the fields gql.tada could not resolve', () => {
    expectTypeOf<UnresolvedFields<{ a: string; b: { c: number | null }[] | null }>>().toEqualTypeOf<never>();
    expectTypeOf<UnresolvedFields<{ a: string; m: { mayor: unknown; o: { valu: unknown }[] } | null }>>().toEqualTypeOf<
      'm.mayor' | 'm.o.valu'
    >();
  });

  it('accepts a document whose fields are all in the schema', () => {
    const ok = graphql(`
      query CheckedOk {
        sdgGoals {
          number
          color
        }
      }
    `);
    const run = () => executeQuery(ok, {}, { lang: 'de' });
    expectTypeOf(run).returns.resolves.toEqualTypeOf<{ sdgGoals: { number: number; color: string }[] }>();
  });

  it('rejects, at compile time, a document with a field the schema does not have', () => {
    // What gql.tada infers for `municipality(ags: $ags) { name mayor }`: the unknown field is `unknown`.
    type WithUnknownField = TadaDocumentNode<{ municipality: { name: string; mayor: unknown } | null }, { ags: string }>;
    const neverCalled = (doc: WithUnknownField) =>
      // @ts-expect-error 'GraphQL field not in the schema': "municipality.mayor"
      executeQuery(doc, { ags: '05124000' }, { lang: 'de' });
    expectTypeOf(neverCalled).toBeFunction();
  });
});
