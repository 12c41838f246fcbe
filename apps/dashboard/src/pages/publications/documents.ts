// The GraphQL documents of the public publication pages.
import { graphql } from '../../graphql/graphql';

export const PublicationFields = graphql(`
  fragment PublicationFields on Publication @_unmask {
    id
    slug
    kind
    title
    bodyHtml
    publishedAt
    updatedAt
    status
    isDemo
    municipality {
      ags
      name
    }
  }
`);

export const PublicationQuery = graphql(
  `
    query Publication($slug: String!) {
      publication(slug: $slug) {
        ...PublicationFields
      }
    }
  `,
  [PublicationFields],
);

export const PublicationByKindQuery = graphql(
  `
    query PublicationByKind($kind: PublicationKind!) {
      publications(kind: $kind, first: 1) {
        edges {
          node {
            ...PublicationFields
          }
        }
      }
    }
  `,
  [PublicationFields],
);

export const PublicationsQuery = graphql(`
  query Publications {
    publications(first: 100) {
      edges {
        node {
          id
          slug
          kind
          title
          publishedAt
          status
          municipality {
            ags
            name
          }
        }
      }
    }
  }
`);

export const RegionalConferenceQuery = graphql(
  `
    query RegionalConference {
      conference: publications(kind: REGIONAL_CONFERENCE, first: 1) {
        edges {
          node {
            ...PublicationFields
          }
        }
      }
      analyses: publications(kind: SITUATION_ANALYSIS, first: 100) {
        edges {
          node {
            id
            slug
            status
            municipality {
              ags
            }
          }
        }
      }
      events(kind: [REGIONAL_CONFERENCE], first: 50) {
        edges {
          node {
            id
            date
            title
            place
            description
          }
        }
      }
      municipalities {
        id
        ags
        name
        processTimeline {
          step
          done
          lastDate
        }
      }
    }
  `,
  [PublicationFields],
);
