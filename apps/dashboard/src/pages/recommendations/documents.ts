// GraphQL documents of the public recommendation pages. Texts without a `lang` argument follow the
// request's Accept-Language, which the client sets from the UI language.
import { graphql } from '../../graphql/graphql';

export const PublicRecommendationListItem = graphql(`
  fragment PublicRecommendationListItem on Recommendation @_unmask {
    id
    title
    status
    progress
    rolledUpProgress
    dueDate
    isDemo
    municipality {
      id
      ags
      name
    }
  }
`);

export const PublicRecommendationsQuery = graphql(
  `
    query PublicRecommendations($municipality: String, $goal: Int, $first: Int, $after: String) {
      recommendations(municipality: $municipality, goal: $goal, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PublicRecommendationListItem
          }
        }
      }
    }
  `,
  [PublicRecommendationListItem],
);

export const RecommendationFilterOptionsQuery = graphql(`
  query RecommendationFilterOptions($lang: Language) {
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

export const RecommendationProgressQuery = graphql(`
  query RecommendationProgress($lang: Language) {
    byMunicipality: recommendationProgress(groupBy: MUNICIPALITY) {
      key
      count
      averageProgress
      municipality {
        id
        name
      }
    }
    byGoal: recommendationProgress(groupBy: GOAL) {
      key
      count
      averageProgress
      goal {
        id
        number
        shortTitle(lang: $lang)
      }
    }
  }
`);

export const PublicRecommendationQuery = graphql(`
  query PublicRecommendation($id: ID!, $lang: Language) {
    recommendation(id: $id) {
      id
      title(lang: $lang)
      text(lang: $lang)
      status
      progress
      rolledUpProgress
      dueDate
      isDemo
      municipality {
        id
        ags
        name
      }
      parent {
        id
        title(lang: $lang)
      }
      children(first: 100) {
        totalCount
        nodes {
          id
          title(lang: $lang)
          status
          progress
        }
      }
      sdgTargets {
        id
        code
        title(lang: $lang)
      }
      indicators(first: 100) {
        totalCount
        nodes {
          id
          key
          title(lang: $lang)
        }
      }
      responsibleActors(first: 100) {
        totalCount
        nodes {
          id
          name
        }
      }
      findings(first: 100) {
        totalCount
        nodes {
          id
          publicStatement
        }
      }
      history(last: 100) {
        totalCount
        nodes {
          fromStatus
          toStatus
          fromProgress
          toProgress
          note
          at
        }
      }
    }
  }
`);

export const MunicipalityRecommendationsQuery = graphql(
  `
    query MunicipalityRecommendations($municipality: String!) {
      recommendations(municipality: $municipality, first: 5, topLevel: true) {
        totalCount
        edges {
          node {
            ...PublicRecommendationListItem
          }
        }
      }
    }
  `,
  [PublicRecommendationListItem],
);
