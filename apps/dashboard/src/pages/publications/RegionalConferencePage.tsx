// /regionalkonferenz: the conference text (a publication of kind REGIONAL_CONFERENCE), its dates and
// where each municipality's local process stands, with links into each of them.
import { Link } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ProcessLinks } from '../process/findings/ProcessLinks';
import { RegionalConferenceQuery } from './documents';
import { PROCESS_STEPS, publicationMessages } from './messages';
import { publicationPath } from './PublicationsPage';
import '../process/findings/public.css';

export function RegionalConferencePage() {
  const { m, t, lang } = useLocalMessages(publicationMessages);
  useDocumentTitle(`${m.conferenceTitle} – ${t.appName}`);
  const query = useQuery(RegionalConferenceQuery, {});
  return (
    <QueryStatus query={query}>
      {({ conference, analyses, events, municipalities }) => {
        const text = conference.edges[0]?.node;
        const analysisByAgs = new Map(
          analyses.edges.flatMap(({ node }) => (node.municipality && node.status === 'PUBLISHED' ? [[node.municipality.ags, node.slug] as const] : [])),
        );
        return (
          <>
            <h1>{text?.title ?? m.conferenceTitle}</h1>
            <p className="lead">{m.conferenceIntro}</p>
            {text ? (
              // Sanitised on the server (Publication.bodyHtml): inserted as is, never built here.
              <div className="publication-body" data-testid="publication-body" dangerouslySetInnerHTML={{ __html: text.bodyHtml }} />
            ) : (
              <p className="public-muted">{m.conferenceNoText}</p>
            )}
            <section aria-labelledby="conference-events-heading">
              <h2 id="conference-events-heading">{m.conferenceEvents}</h2>
              {events.edges.length === 0 ? (
                <p>{m.noConferenceEvents}</p>
              ) : (
                <ul data-testid="conference-events">
                  {events.edges.map(({ node: event }) => (
                    <li key={event.id}>
                      <strong>{event.title}</strong> – <time dateTime={event.date}>{formatIsoDate(event.date, lang)}</time>
                      {event.place ? `, ${event.place}` : ''}
                      {event.description ? <p>{event.description}</p> : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="local-processes-heading">
              <h2 id="local-processes-heading">{m.localProcesses}</h2>
              <p className="public-muted">{m.localProcessesIntro}</p>
              <ul className="public-grid" data-testid="local-processes">
                {municipalities.map((municipality) => (
                  <li key={municipality.ags} className="public-card">
                    <h3 className="public-card__title">{municipality.name}</h3>
                    <LocalProcess
                      ags={municipality.ags}
                      timeline={municipality.processTimeline}
                      analysisSlug={analysisByAgs.get(municipality.ags) ?? null}
                    />
                  </li>
                ))}
              </ul>
            </section>
            <ProcessLinks current="/regionalkonferenz" />
          </>
        );
      }}
    </QueryStatus>
  );
}

function LocalProcess({ ags, timeline, analysisSlug }: { ags: string; timeline: ReadonlyArray<{ step: string; done: boolean }>; analysisSlug: string | null }) {
  const { m, localize } = useLocalMessages(publicationMessages);
  const findings = localize('/befunde');
  const done = new Set(timeline.filter((s) => s.done).map((s) => s.step));
  return (
    <>
      <p className="public-meta">{m.stepsDone(done.size, PROCESS_STEPS.length)}</p>
      <ul className="public-steps">
        {PROCESS_STEPS.map((step) => (
          <li key={step} data-done={done.has(step)}>
            <span aria-hidden="true">{done.has(step) ? '✓ ' : '○ '}</span>
            {m.step[step]}
            <span className="visually-hidden">: {done.has(step) ? m.stepDone : m.stepOpen}</span>
          </li>
        ))}
      </ul>
      <ul className="public-links">
        <li>
          <Link to={localize(`/kommune/${ags}`)}>{m.profileLink}</Link>
        </li>
        <li>
          <Link to={`${findings}${findings.includes('?') ? '&' : '?'}kommune=${ags}`}>{m.findingsLink}</Link>
        </li>
        {analysisSlug ? (
          <li>
            <Link to={localize(publicationPath(analysisSlug))}>{m.analysisLink}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
