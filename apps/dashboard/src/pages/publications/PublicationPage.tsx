// /veroeffentlichungen/:slug, and the legal pages /impressum and /datenschutz, which are found by
// kind (an admin may change their slug, the footer link stays).
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PublicationByKindQuery, PublicationQuery } from './documents';
import { publicationMessages } from './messages';
import { PublicationView } from './PublicationView';

export function PublicationPage() {
  const { slug = '' } = useParams();
  const query = useQuery(PublicationQuery, { slug });
  return <QueryStatus query={query}>{({ publication }) => (publication ? <PublicationView publication={publication} /> : <PublicationNotFound />)}</QueryStatus>;
}

export function LegalPage({ kind }: { kind: 'IMPRINT' | 'PRIVACY' }) {
  const { m } = useLocalMessages(publicationMessages);
  const query = useQuery(PublicationByKindQuery, { kind });
  return (
    <QueryStatus query={query}>
      {({ publications }) => {
        const publication = publications.edges[0]?.node;
        return publication ? <PublicationView publication={publication} backLink={false} /> : <PublicationNotFound title={m.kind[kind]} text={m.legalMissingText} />;
      }}
    </QueryStatus>
  );
}

function PublicationNotFound({ title, text }: { title?: string; text?: string }) {
  const { m, t, localize } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${title ?? m.notFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="publication-not-found">
      <h1>{title ?? m.notFoundTitle}</h1>
      <p>{text ?? m.notFoundText}</p>
      <p>
        <Link to={localize('/veroeffentlichungen')}>{m.backToList}</Link>
      </p>
    </div>
  );
}

export function ImprintPage() {
  return <LegalPage kind="IMPRINT" />;
}

export function PrivacyPage() {
  return <LegalPage kind="PRIVACY" />;
}
