// /initiativkreise/:id: one circle with the organisations taking part, the agreements it carries and
// its meeting reports, newest first. Each report links to its agreement, each agreement to the
// recommendations it serves, and those show the findings they came from: the chain the process
// promises to make visible.
import { Link, useParams } from 'react-router';
import { MoreCount } from '../../../components/MoreCount';
import { QueryStatus } from '../../../components/QueryStatus';
import { nodesOf } from '../../../graphql/connection';
import { type ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { InitiativeCircleQuery, RecommendationFindingsQuery } from './documents';
import { processMessages } from './messages';
import { ProcessLinks } from './ProcessLinks';
import './public.css';

type CircleNode = Extract<NonNullable<ResultOf<typeof InitiativeCircleQuery>['node']>, { __typename: 'InitiativeCircle' }>;

export function agreementAnchor(id: string): string {
  // Global IDs may contain characters that are awkward in a fragment; keep letters and digits.
  return `vereinbarung-${id.replace(/[^A-Za-z0-9]/g, '')}`;
}

export function CirclePage() {
  const { id = '' } = useParams();
  const query = useQuery(InitiativeCircleQuery, { id });
  return (
    <QueryStatus query={query}>
      {({ node }) => (node?.__typename === 'InitiativeCircle' ? <CircleView circle={node} /> : <CircleNotFound />)}
    </QueryStatus>
  );
}

function CircleNotFound() {
  const { m, t, localize } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.circleNotFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="circle-not-found">
      <h1>{m.circleNotFoundTitle}</h1>
      <p>{m.circleNotFoundText}</p>
      <p>
        <Link to={localize('/initiativkreise')}>{m.backToCircles}</Link>
      </p>
    </div>
  );
}

function CircleView({ circle }: { circle: CircleNode }) {
  const { m, t, lang, localize } = useLocalMessages(processMessages);
  useDocumentTitle(`${circle.name} – ${t.appName}`);
  // The public sees organisations only; one organisation may be in the circle with several people.
  const organisations = [...new Map(nodesOf(circle.members).flatMap((member) => (member.actor ? [[member.actor.id, member.actor] as const] : []))).values()];
  const agreements = nodesOf(circle.agreements);
  // The findings behind the recommendations come in a second request (see RecommendationFindingsQuery);
  // the agreements show at once, their findings when that answer is in.
  const recommendationIds = [...new Set(agreements.flatMap((agreement) => agreement.recommendations.nodes.map((r) => r.id)))].sort();
  const findingsQuery = useQuery(RecommendationFindingsQuery, { ids: recommendationIds });
  const findingsOf = new Map(
    findingsQuery.status === 'success'
      ? findingsQuery.data.nodes.flatMap((node) => (node?.__typename === 'Recommendation' ? [[node.id, node.findings] as const] : []))
      : [],
  );
  // A finding leads to the event it came out of, else to the findings of its municipality.
  const findingHref = (finding: { event: { id: string } | null; municipality: { ags: string } | null }) => {
    if (finding.event) return localize(`/veranstaltungen/${encodeURIComponent(finding.event.id)}`);
    const findings = localize('/befunde');
    return finding.municipality ? `${findings}${findings.includes('?') ? '&' : '?'}kommune=${finding.municipality.ags}` : findings;
  };
  const reports = nodesOf(circle.reports).sort((a, b) => b.meetingNumber - a.meetingNumber);
  return (
    <>
      <p className="page-actions">
        <Link to={localize('/initiativkreise')}>{m.backToCircles}</Link>
      </p>
      <h1>{circle.name}</h1>
      <p className="lead">
        {[circle.municipality?.name ?? m.wholeRegion, m.foundedOn(formatIsoDate(circle.foundedAt, lang))].join(' · ')}
      </p>
      {circle.description ? <p>{circle.description}</p> : null}

      <section aria-labelledby="circle-reports-heading">
        <h2 id="circle-reports-heading">{m.reportsHeading}</h2>
        {reports.length === 0 ? (
          <p>{m.noReports}</p>
        ) : (
          <>
            <p className="public-muted">{m.reportsIntro}</p>
            {reports.map((report) => (
              <article key={report.id} className="public-report" data-testid="circle-report" aria-labelledby={`report-${report.meetingNumber}`}>
                <h3 id={`report-${report.meetingNumber}`}>{m.meeting(report.meetingNumber, formatIsoDate(report.meetingDate, lang))}</h3>
                <dl>
                  <dt>{m.progress}</dt>
                  <dd>{report.progress}</dd>
                  {report.hurdles ? (
                    <>
                      <dt>{m.hurdles}</dt>
                      <dd>{report.hurdles}</dd>
                    </>
                  ) : null}
                  {report.solutions ? (
                    <>
                      <dt>{m.solutions}</dt>
                      <dd>{report.solutions}</dd>
                    </>
                  ) : null}
                  {report.missing ? (
                    <>
                      <dt>{m.missing}</dt>
                      <dd>{report.missing}</dd>
                    </>
                  ) : null}
                  {report.agreements.nodes.length > 0 ? (
                    <>
                      <dt>{m.onAgreements}</dt>
                      {report.agreements.nodes.map((agreement) => (
                        <dd key={agreement.id}>
                          <a href={`#${agreementAnchor(agreement.id)}`} data-testid="report-agreement-link">
                            {agreement.title}
                          </a>
                        </dd>
                      ))}
                      <MoreCount connection={report.agreements} as="span" />
                    </>
                  ) : null}
                </dl>
              </article>
            ))}
            <MoreCount connection={circle.reports} />
          </>
        )}
      </section>

      <section aria-labelledby="circle-agreements-heading">
        <h2 id="circle-agreements-heading">{m.agreementsHeading}</h2>
        {agreements.map((agreement) => (
          <article key={agreement.id} id={agreementAnchor(agreement.id)} className="public-card" data-testid="circle-agreement">
            <h3 className="public-card__title">{agreement.title}</h3>
            <p className="public-meta">{m.agreedOn(formatIsoDate(agreement.agreedAt, lang))}</p>
            <p>{agreement.text}</p>
            {agreement.signatories.nodes.length > 0 ? (
              <p>
                {m.signatories}: {agreement.signatories.nodes.map((actor) => actor.name).join(', ')}
              </p>
            ) : null}
            <MoreCount connection={agreement.signatories} />
            <h4>{m.servesRecommendations}</h4>
            {agreement.recommendations.nodes.length === 0 ? (
              <p className="public-muted">{m.noRecommendations}</p>
            ) : (
              <ul className="public-chain">
                {agreement.recommendations.nodes.map((recommendation) => {
                  const findings = findingsOf.get(recommendation.id);
                  return (
                  <li key={recommendation.id}>
                    <Link to={localize(`/empfehlungen/${encodeURIComponent(recommendation.id)}`)} data-testid="agreement-recommendation-link">
                      {recommendation.title}
                    </Link>
                    {findings && findings.nodes.length > 0 ? (
                      <>
                        {' '}
                        <span className="public-muted">{m.derivedFrom}:</span>
                        <ul className="public-chain">
                          {findings.nodes.map((finding) => (
                            <li key={finding.id}>
                              <Link to={findingHref(finding)} data-testid="recommendation-finding-link">
                                <q>{finding.publicStatement}</q>
                              </Link>{' '}
                              <span className="public-meta">
                                {m.findingKind[finding.kind]}
                                {finding.event ? ` · ${m.fromEvent(finding.event.title)}` : ''}
                              </span>
                            </li>
                          ))}
                          <MoreCount connection={findings} as="li" />
                        </ul>
                      </>
                    ) : null}
                  </li>
                  );
                })}
                <MoreCount connection={agreement.recommendations} as="li" />
              </ul>
            )}
          </article>
        ))}
        <MoreCount connection={circle.agreements} />
        {circle.municipality ? (
          <p>
            <Link to={`${localize('/befunde')}${localize('/befunde').includes('?') ? '&' : '?'}kommune=${circle.municipality.ags}`}>{m.seeFindings}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="circle-members-heading">
        <h2 id="circle-members-heading">{m.membersHeading}</h2>
        <p className="public-muted">{m.membersNote(organisations.length, circle.memberCount)}</p>
        {organisations.length === 0 ? (
          <p>{m.noOrganisations}</p>
        ) : (
          <ul data-testid="circle-organisations">
            {organisations.map((actor) => (
              <li key={actor.id}>{actor.name}</li>
            ))}
          </ul>
        )}
      </section>
      <ProcessLinks current="/initiativkreise/" />
    </>
  );
}
