// GraphQL documents of the consent log (personal data: staff only). The CSV of current consents and
// the per-person JSON export are plain HTTP downloads (apps/api/src/http/consent-export.ts).
import { MutationErrorFields } from '../../../auth/mutationResult';
import { graphql } from '../../../graphql/graphql';

export const CONSENTS_PAGE_SIZE = 50;

export const ConsentLogQuery = graphql(`
  query ConsentLog($current: Boolean, $first: Int, $after: String) {
    consents(current: $current, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          givenAt
          withdrawnAt
          current
          method
          textVersion
          contact {
            id
            firstName
            lastName
            email
            erased
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Persons to record a consent for, export or erase. */
export const ConsentPersonsQuery = graphql(`
  query ConsentPersons($search: String) {
    contacts(search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          email
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

/** Events whose signature lists a consent may come from. */
export const ConsentEventsQuery = graphql(`
  query ConsentEvents {
    events(first: 100) {
      edges {
        node {
          id
          title
          date
        }
      }
    }
  }
`);

export const RecordConsentMutation = graphql(
  `
    mutation RecordConsent($input: RecordConsentInput!) {
      recordConsent(input: $input) {
        __typename
        ... on Consent {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const WithdrawConsentMutation = graphql(
  `
    mutation WithdrawConsent($input: WithdrawConsentInput!) {
      withdrawConsent(input: $input) {
        __typename
        ... on Consent {
          id
          withdrawnAt
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const EraseContactMutation = graphql(
  `
    mutation EraseContact($id: ID!) {
      eraseContact(id: $id) {
        __typename
        ... on Contact {
          id
          erased
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);
