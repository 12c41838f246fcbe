// GraphQL documents of the API key administration (ADMIN only). The plain key arrives once, in
// createApiKey's answer; the list only ever has prefixes.
import { MutationErrorFields } from '../../../auth/mutationResult';
import { graphql } from '../../../graphql/graphql';

/** Admins rarely hold more keys than this; the page says when there are more. */
export const API_KEYS_PAGE_SIZE = 100;

export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int) {
    apiKeys(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          prefix
          role
          state
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
          region {
            slug
          }
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(
  `
    mutation CreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        __typename
        ... on CreatedApiKey {
          key
          apiKey {
            id
            name
            prefix
          }
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const RevokeApiKeyMutation = graphql(
  `
    mutation RevokeApiKey($id: ID!) {
      revokeApiKey(id: $id) {
        __typename
        ... on ApiKey {
          id
          state
          revokedAt
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);
