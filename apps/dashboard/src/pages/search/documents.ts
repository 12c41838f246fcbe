// The one GraphQL document of the search page: hits with just what a result line and its link need.
import { graphql } from '../../graphql/graphql';

export const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $kinds: [SearchKind!], $after: String, $lang: Language) {
    search(query: $query, kinds: $kinds, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          title(lang: $lang)
          snippetParts {
            text
            highlighted
          }
          node {
            __typename
            ... on Actor {
              id
              municipality {
                id
                name
              }
            }
            ... on Event {
              id
              date
              municipality {
                id
                name
              }
            }
            ... on Finding {
              id
              municipality {
                id
                ags
                name
              }
            }
            ... on Recommendation {
              id
              municipality {
                id
                name
              }
            }
            ... on Indicator {
              id
              key
            }
            ... on Publication {
              id
              slug
              kind
              municipality {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);
