// /veroeffentlichungen: the published texts by kind; the legal pages are in the footer instead.
import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ProcessLinks } from '../process/findings/ProcessLinks';
import { PublicationsQuery } from './documents';
import { publicationMessages } from './messages';
import '../process/findings/public.css';

export function publicationPath(slug: string): string {
  return `/veroeffentlichungen/${encodeURIComponent(slug)}`;
}

export function PublicationsPage() {
  const { m, t, lang, localize } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${m.listTitle} – ${t.appName}`);
  const query = useQuery(PublicationsQuery, {});
  return (
    <>
      <h1>{m.listTitle}</h1>
      <p className="lead">{m.listIntro}</p>
      <QueryStatus query={query}>
        {({ publications }) => {
          const listed = publications.edges.map((edge) => edge.node).filter((p) => p.kind !== 'IMPRINT' && p.kind !== 'PRIVACY');
          return listed.length === 0 ? (
            <p>{m.noPublications}</p>
          ) : (
            <ul className="public-grid">
              {listed.map((p) => (
                <li key={p.id} className="public-card" data-testid="publication-card">
                  <h2 className="public-card__title">
                    <Link to={localize(p.kind === 'REGIONAL_CONFERENCE' ? '/regionalkonferenz' : publicationPath(p.slug))}>{p.title}</Link>
                  </h2>
                  <p className="public-meta">
                    {[
                      m.kind[p.kind],
                      p.municipality?.name,
                      p.status === 'DRAFT' ? m.draft : p.publishedAt ? m.publishedOn(formatIsoDate(p.publishedAt.slice(0, 10), lang)) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryStatus>
      <ProcessLinks current="/veroeffentlichungen" />
    </>
  );
}
