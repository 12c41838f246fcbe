// /initiativkreise: every initiative circle with its agreements and how often it has reported.
import { Link } from 'react-router';
import { MoreCount } from '../../../components/MoreCount';
import { QueryStatus } from '../../../components/QueryStatus';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { InitiativeCirclesQuery } from './documents';
import { processMessages } from './messages';
import { ProcessLinks } from './ProcessLinks';
import './public.css';

export function circlePath(id: string): string {
  return `/initiativkreise/${encodeURIComponent(id)}`;
}

export function CirclesPage() {
  const { m, t, lang, localize } = useLocalMessages(processMessages);
  useDocumentTitle(`${m.circlesTitle} – ${t.appName}`);
  const query = useQuery(InitiativeCirclesQuery, {});
  return (
    <>
      <h1>{m.circlesTitle}</h1>
      <p className="lead">{m.circlesIntro}</p>
      <QueryStatus query={query}>
        {({ initiativeCircles }) =>
          initiativeCircles.edges.length === 0 ? (
            <p>{m.noCircles}</p>
          ) : (
            <ul className="public-grid">
              {initiativeCircles.edges.map(({ node: circle }) => {
                const last = circle.reports.nodes.at(-1)?.meetingDate ?? null;
                return (
                  <li key={circle.id} className="public-card" data-testid="circle-card">
                    <h2 className="public-card__title">
                      <Link to={localize(circlePath(circle.id))}>{circle.name}</Link>
                    </h2>
                    <p className="public-meta">
                      {[circle.municipality?.name ?? m.wholeRegion, m.foundedOn(formatIsoDate(circle.foundedAt, lang)), m.memberCount(circle.memberCount)].join(' · ')}
                    </p>
                    {circle.description ? <p>{circle.description}</p> : null}
                    {circle.agreements.nodes.length > 0 ? (
                      <ul className="public-chain">
                        {circle.agreements.nodes.map((agreement) => (
                          <li key={agreement.id}>{agreement.title}</li>
                        ))}
                        <MoreCount connection={circle.agreements} as="li" />
                      </ul>
                    ) : null}
                    <p className="public-meta">
                      {m.reportCount(circle.reports.totalCount)}
                      {last ? ` · ${m.lastMeeting(formatIsoDate(last, lang))}` : ''}
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryStatus>
      <ProcessLinks current="/initiativkreise" />
    </>
  );
}
