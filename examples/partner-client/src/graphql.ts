// The typed `graphql` tag: every document below is checked against apps/api/schema.graphql
// (`npm run generate` writes the introspection to src/generated/graphql-env.d.ts), so a renamed or
// removed field breaks `npm run typecheck` here before it breaks a partner.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './generated/graphql-env.js';

export const graphql = initGraphQLTada<{ introspection: introspection }>();

export type { ResultOf, VariablesOf } from 'gql.tada';
