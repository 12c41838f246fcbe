// The recommendations linked to one goal, shown with the recommendation pages' own cards and query.
import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { searchWithLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { PublicRecommendationsQuery } from '../recommendations/documents';
import { DEFAULT_FILTERS, searchWithFilters } from '../recommendations/filters';
import { RecommendationCard } from '../recommendations/RecommendationCard';
import { goalMessages } from './messages';

/** How many recommendations the goal page lists before pointing to the full list. */
const SHOWN = 20;

export function GoalRecommendations({ goal }: { goal: number }) {
  const { lang, m, localize } = useLocalMessages(goalMessages);
  const query = useQuery(PublicRecommendationsQuery, { goal, first: SHOWN, municipality: null, after: null });
  const listHref = `/empfehlungen${searchWithFilters(searchWithLanguage('', lang), { ...DEFAULT_FILTERS, goal })}`;
  return (
    <section aria-labelledby="goal-recommendations-heading" data-testid="goal-recommendations">
      <h2 id="goal-recommendations-heading">{m.recommendationsHeading}</h2>
      <QueryStatus query={query}>
        {({ recommendations }) =>
          recommendations.edges.length === 0 ? (
            <p>{m.noRecommendations}</p>
          ) : (
            <>
              <ul className="rec-list">
                {recommendations.edges.map(({ node }) => (
                  <li key={node.id}>
                    <RecommendationCard recommendation={node} href={localize(`/empfehlungen/${encodeURIComponent(node.id)}`)} />
                  </li>
                ))}
              </ul>
              <p>
                <Link to={listHref}>{m.allRecommendations(recommendations.totalCount)}</Link>
              </p>
            </>
          )
        }
      </QueryStatus>
    </section>
  );
}
