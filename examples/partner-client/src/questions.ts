// Questions partners ask, each one typed query (see ../README.md).
import type { AtlasClient } from './client.js';
import { graphql } from './graphql.js';
import type { ResultOf } from './graphql.js';

const SeriesForAllUnits = graphql(`
  query SeriesForAllUnits($key: String!) {
    indicator(key: $key) {
      key
      title
      unit
    }
    municipalities {
      ags
      name
      observations(indicatorKey: $key, first: 100) {
        nodes {
          year
          value
        }
      }
    }
  }
`);

export interface UnitSeries {
  ags: string;
  name: string;
  points: Array<{ year: number; value: number }>;
}

export interface IndicatorSeries {
  key: string;
  title: string;
  unit: string;
  units: UnitSeries[];
}

/** "The series of an indicator for all six units": one request, one series per city and district. */
export async function seriesForAllUnits(client: AtlasClient, key: string): Promise<IndicatorSeries> {
  const data: ResultOf<typeof SeriesForAllUnits> = await client.query(SeriesForAllUnits, { key });
  if (!data.indicator) throw new Error(`There is no indicator "${key}".`);
  return {
    key: data.indicator.key,
    title: data.indicator.title,
    unit: data.indicator.unit,
    units: data.municipalities.map((unit) => ({ ags: unit.ags, name: unit.name, points: unit.observations.nodes })),
  };
}

const RecommendationsPage = graphql(`
  query RecommendationsInProgress($goal: Int!, $ags: String!, $after: String) {
    recommendations(goal: $goal, municipality: $ags, status: [IN_PROGRESS], first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          progress
          dueDate
          municipality {
            name
          }
          sdgTargets {
            code
          }
        }
      }
    }
  }
`);

export type RecommendationInProgress = ResultOf<typeof RecommendationsPage>['recommendations']['edges'][number]['node'];

/**
 * "Every recommendation in progress for SDG 11 in Solingen": follows the cursor until the last page,
 * as every list of the API is a connection with at most 100 items per page.
 */
export async function recommendationsInProgress(client: AtlasClient, goal: number, ags: string): Promise<RecommendationInProgress[]> {
  const found: RecommendationInProgress[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ResultOf<typeof RecommendationsPage> = await client.query(RecommendationsPage, { goal, ags, after });
    found.push(...page.recommendations.edges.map((edge) => edge.node));
    if (!page.recommendations.pageInfo.hasNextPage) return found;
    after = page.recommendations.pageInfo.endCursor ?? null;
    if (after === null) throw new Error('The server said there is a next page but gave no cursor.');
  }
}
