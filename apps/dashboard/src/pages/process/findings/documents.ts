// The GraphQL documents of the public findings and initiative-circle pages.
import { graphql } from '../../../graphql/graphql';
import { AgreementSummaryFields } from '../events/documents';

export const FindingsOverviewQuery = graphql(`
  query FindingsOverview($ags: String, $goal: Int) {
    findingsOverview(ags: $ags, goal: $goal) {
      kind
      count
      examples {
        id
        publicStatement
        themes
        municipality {
          ags
          name
        }
        sdgTargets {
          id
          code
        }
      }
    }
  }
`);

export const FindingsFilterOptionsQuery = graphql(`
  query FindingsFilterOptions($lang: Language) {
    municipalities {
      id
      ags
      name
    }
    sdgGoals {
      id
      number
      shortTitle(lang: $lang)
    }
  }
`);

// Per circle: its latest meeting (`reports(last: 1)`, reports go by meeting number) and how many.
export const InitiativeCirclesQuery = graphql(`
  query InitiativeCircles {
    initiativeCircles(first: 100) {
      edges {
        node {
          id
          name
          description
          foundedAt
          memberCount
          municipality {
            ags
            name
          }
          agreements(first: 20) {
            totalCount
            nodes {
              id
              title
            }
          }
          reports(last: 1) {
            totalCount
            nodes {
              id
              meetingNumber
              meetingDate
            }
          }
        }
      }
    }
  }
`);

export const InitiativeCircleQuery = graphql(
  `
  query InitiativeCircle($id: ID!) {
    node(id: $id) {
      __typename
      ... on InitiativeCircle {
        id
        name
        description
        foundedAt
        memberCount
        municipality {
          ags
          name
        }
        members(first: 100) {
          totalCount
          nodes {
            joinedAt
            actor {
              id
              name
            }
          }
        }
        agreements(first: 100) {
          totalCount
          nodes {
            ...AgreementSummaryFields
          }
        }
        reports(first: 100) {
          totalCount
          nodes {
            id
            meetingNumber
            meetingDate
            progress
            hurdles
            solutions
            missing
            agreements(first: 20) {
              totalCount
              nodes {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`,
  [AgreementSummaryFields],
);

// The findings behind the recommendations a circle's agreements serve, asked for separately: inside
// the circle (node → agreements → recommendations → findings → event) the chain would be deeper than
// half the depth limit.
export const RecommendationFindingsQuery = graphql(`
  query RecommendationFindings($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Recommendation {
        id
        findings(first: 100) {
          totalCount
          nodes {
            id
            kind
            publicStatement
            municipality {
              ags
            }
            event {
              id
              title
            }
          }
        }
      }
    }
  }
`);
