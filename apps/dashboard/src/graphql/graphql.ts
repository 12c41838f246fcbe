// The one typed `graphql` tag: documents are checked against ../api/schema.graphql via the
// introspection that `npm run generate` writes to src/generated/graphql-env.d.ts.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../generated/graphql-env';

export const graphql = initGraphQLTada<{
  introspection: introspection;
}>();

export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';
