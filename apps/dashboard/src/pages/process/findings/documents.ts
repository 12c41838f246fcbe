// The GraphQL documents of the public findings and initiative-circle pages.
import { graphql } from '../../../graphql/graphql';

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
          agreements {
            id
            title
          }
          reports {
            id
            meetingNumber
            meetingDate
          }
        }
      }
    }
  }
`);

export const InitiativeCircleQuery = graphql(`
  query InitiativeCircle($id: ID!, $lang: Language) {
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
        members {
          joinedAt
          actor {
            id
            name
          }
        }
        agreements {
          id
          title
          text
          agreedAt
          signatories {
            id
            name
          }
          recommendations {
            id
            title(lang: $lang)
            findings {
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
        reports {
          id
          meetingNumber
          meetingDate
          progress
          hurdles
          solutions
          missing
          agreements {
            id
            title
          }
        }
      }
    }
  }
`);
