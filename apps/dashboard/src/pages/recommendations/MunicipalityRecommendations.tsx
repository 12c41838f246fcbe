// The "Handlungsempfehlungen" section of a municipality page: its latest top-level recommendations,
// a link to all of them and the municipality's feed. Self-contained, so the municipality page only
// renders <MunicipalityRecommendations ags name />.
import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { searchWithLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { MunicipalityRecommendationsQuery } from './documents';
import { feedUrl } from './feeds';
import { DEFAULT_FILTERS, searchWithFilters } from './filters';
import { FeedLink } from './FeedLink';
import { recommendationMessages } from './messages';
import { RecommendationCard } from './RecommendationCard';
import './recommendations.css';

export function MunicipalityRecommendations({ ags, name }: { ags: string; name: string }) {
  const { lang, m, localize } = useLocalMessages(recommendationMessages);
  const query = useQuery(MunicipalityRecommendationsQuery, { municipality: ags });
  return (
    <section aria-labelledby="municipality-recommendations-heading" className="rec-section" data-testid="municipality-recommendations">
      <h2 id="municipality-recommendations-heading">{m.municipalitySectionHeading}</h2>
      <QueryStatus query={query}>
        {({ recommendations }) =>
          recommendations.edges.length === 0 ? (
            <p>{m.municipalitySectionEmpty}</p>
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
                <Link to={`/empfehlungen${searchWithFilters(searchWithLanguage('', lang), { ...DEFAULT_FILTERS, municipality: ags })}`}>
                  {m.municipalitySectionAll(name)} ({recommendations.totalCount})
                </Link>
              </p>
            </>
          )
        }
      </QueryStatus>
      <p className="rec-feeds">
        <FeedLink href={feedUrl({ municipality: ags })} title={m.feedTitle(name)} text={m.feedForMunicipality(name)} />
      </p>
    </section>
  );
}
