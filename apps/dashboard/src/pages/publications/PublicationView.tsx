// One publication: title, date and the body as the server rendered and sanitised it. The client
// never renders Markdown itself and never adds HTML of its own to the body: it inserts exactly the
// server's sanitised HTML (raw HTML in the Markdown arrives escaped), so no script can run.
// A situation analysis gets the live sections of its municipality below the body (docs/publications.md).
import { Link } from 'react-router';
import type { ResultOf } from '../../graphql/graphql';
import { formatIsoDate } from '../../i18n/format';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { FindingsOverview } from '../process/findings/FindingsOverview';
import { MunicipalityRecommendations } from '../recommendations/MunicipalityRecommendations';
import type { PublicationFields } from './documents';
import { publicationMessages } from './messages';
import { StructuralCharts } from './StructuralCharts';
import '../process/findings/public.css';

export type PublicationData = ResultOf<typeof PublicationFields>;

export function PublicationView({ publication: p, backLink = true }: { publication: PublicationData; backLink?: boolean }) {
  const { m, t, lang, localize } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${p.title} – ${t.appName}`);
  const embeds = p.kind === 'SITUATION_ANALYSIS' && p.municipality !== null;
  return (
    <article data-testid="publication" aria-labelledby="publication-title">
      <p className="page-actions">
        {backLink ? <Link to={localize('/veroeffentlichungen')}>{m.backToList}</Link> : null}{' '}
        <button type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </p>
      <h1 id="publication-title">{p.title}</h1>
      <p className="lead">
        {[m.kind[p.kind], p.municipality?.name, p.publishedAt ? m.publishedOn(formatIsoDate(p.publishedAt.slice(0, 10), lang)) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {p.status === 'DRAFT' ? (
        <p className="public-report" role="note">
          {m.draftNotice}
        </p>
      ) : null}
      {/* Sanitised on the server (Publication.bodyHtml): inserted as is, never built here. */}
      <div className="publication-body" data-testid="publication-body" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      {embeds && p.municipality ? (
        <>
          <p className="public-muted">{m.embeddedNote}</p>
          <section aria-labelledby="publication-findings-heading" data-testid="publication-findings">
            <h2 id="publication-findings-heading">{m.embeddedFindings}</h2>
            <FindingsOverview ags={p.municipality.ags} goal={null} />
          </section>
          <section aria-labelledby="publication-structure-heading" data-testid="publication-structure">
            <h2 id="publication-structure-heading">{m.embeddedStructure}</h2>
            <StructuralCharts ags={p.municipality.ags} profileLabel={m.municipalityProfile} />
          </section>
          <MunicipalityRecommendations ags={p.municipality.ags} name={p.municipality.name} />
        </>
      ) : null}
    </article>
  );
}
