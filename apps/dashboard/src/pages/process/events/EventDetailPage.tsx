import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../../components/QueryStatus';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PublicEventQuery } from './documents';
import { eventMessages } from './messages';
import './events.css';
import { MoreCount } from '../../../components/MoreCount';
import { nodesOf } from '../../../graphql/connection';

type PublicEvent = NonNullable<ResultOf<typeof PublicEventQuery>['event']>;

/** `/veranstaltungen/:id`: one public event with the organisations taking part, minutes and outcomes. */
export function EventDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(PublicEventQuery, { id });
  return <QueryStatus query={query}>{(data) => (data.event ? <EventView event={data.event} /> : <EventNotFound />)}</QueryStatus>;
}

function EventNotFound() {
  const { m, t, localize } = useLocalMessages(eventMessages);
  useDocumentTitle(`${m.eventNotFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="event-not-found">
      <h1>{m.eventNotFoundTitle}</h1>
      <p>{m.eventNotFoundText}</p>
      <p>
        <Link to={localize('/veranstaltungen')}>{m.backToEvents}</Link>
      </p>
    </div>
  );
}

/** Paragraphs of a plain-text field (minutes are stored as text, not Markdown). */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .map((paragraph, index) => (
          <p key={index} className="evt-text">
            {paragraph}
          </p>
        ))}
    </>
  );
}

function EventView({ event: e }: { event: PublicEvent }) {
  const { m, t, lang, localize } = useLocalMessages(eventMessages);
  useDocumentTitle(`${e.title} – ${t.appName}`);
  const participants = nodesOf(e.participants).filter((p) => p.actor !== null);
  const findings = nodesOf(e.findings);
  const agreements = nodesOf(e.agreements);
  const endDate = e.endsAt && e.endsAt.slice(0, 10) !== e.date ? e.endsAt.slice(0, 10) : null;
  return (
    <article className="evt-page evt-detail" data-testid="public-event">
      <p className="process-back">
        <Link to={localize('/veranstaltungen')}>{m.backToEvents}</Link>
      </p>
      <p className="evt-kind">{m.kind[e.kind]}</p>
      <h1>{e.title}</h1>
      {e.isDemo ? <p className="process-demo">{m.demoRecord}</p> : null}
      <dl className="process-facts">
        <div>
          <dt>{m.dateLabel}</dt>
          <dd>
            <time dateTime={e.date}>{formatIsoDate(e.date, lang)}</time>
            {endDate ? (
              <>
                {' – '}
                <time dateTime={endDate}>{formatIsoDate(endDate, lang)}</time>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{m.placeLabel}</dt>
          <dd>
            {e.place ?? m.noPlace}
            {', '}
            {e.municipality ? <Link to={localize(`/kommune/${e.municipality.ags}`)}>{e.municipality.name}</Link> : m.wholeRegion}
          </dd>
        </div>
      </dl>
      {e.description ? (
        <section aria-labelledby="evt-description-heading">
          <h2 id="evt-description-heading">{m.descriptionHeading}</h2>
          <Paragraphs text={e.description} />
        </section>
      ) : null}

      <section aria-labelledby="evt-participants-heading">
        <h2 id="evt-participants-heading">{m.participantsHeading}</h2>
        <p className="process-note">{m.participantsNote}</p>
        {participants.length === 0 ? (
          <p>{m.noParticipants}</p>
        ) : (
          <ul className="evt-participants" data-testid="event-participants">
            {participants.map((p) =>
              p.actor ? (
                <li key={p.id}>
                  <Link to={localize(`/netzwerk/akteure/${encodeURIComponent(p.actor.id)}`)}>{p.actor.name}</Link>
                  {' – '}
                  <span className="evt-role">{m.role[p.role]}</span>
                  {p.topic ? `: ${p.topic}` : ''}
                </li>
              ) : null,
            )}
          </ul>
        )}
        <MoreCount connection={e.participants} />
      </section>

      <section aria-labelledby="evt-minutes-heading">
        <h2 id="evt-minutes-heading">{m.minutesHeading}</h2>
        {e.minutes ? <Paragraphs text={e.minutes} /> : <p>{m.noMinutes}</p>}
      </section>

      <section aria-labelledby="evt-outcomes-heading">
        <h2 id="evt-outcomes-heading">{m.outcomesHeading}</h2>
        <h3>{m.findingsHeading}</h3>
        {findings.length === 0 ? (
          <p>{m.noFindings}</p>
        ) : (
          <ul data-testid="event-findings">
            {findings.map((finding) => (
              <li key={finding.id}>
                <strong>{m.findingKind[finding.kind]}:</strong> {finding.publicStatement}
                {finding.themes.length > 0 ? <span className="process-note"> ({finding.themes.join(', ')})</span> : null}
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={e.findings} />
        <h3>{m.agreementsHeading}</h3>
        {agreements.length === 0 ? (
          <p>{m.noAgreements}</p>
        ) : (
          <ul className="evt-agreements" data-testid="event-agreements">
            {agreements.map((agreement) => (
              <li key={agreement.id}>
                <strong>{agreement.title}</strong> (<time dateTime={agreement.agreedAt}>{formatIsoDate(agreement.agreedAt, lang)}</time>)
                <p className="evt-text">{agreement.text}</p>
                {agreement.signatories.nodes.length > 0 ? (
                  <p>
                    {m.signedBy}
                    {agreement.signatories.nodes.map((actor, index) => (
                      <span key={actor.id}>
                        {index > 0 ? ', ' : ''}
                        <Link to={localize(`/netzwerk/akteure/${encodeURIComponent(actor.id)}`)}>{actor.name}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                <MoreCount connection={agreement.signatories} />
                {agreement.recommendations.nodes.length > 0 ? (
                  <>
                    <p>{m.servesRecommendations}</p>
                    <ul>
                      {agreement.recommendations.nodes.map((r) => (
                        <li key={r.id}>
                          <Link to={localize(`/empfehlungen/${encodeURIComponent(r.id)}`)}>{r.title}</Link>
                        </li>
                      ))}
                      <MoreCount connection={agreement.recommendations} as="li" />
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={e.agreements} />
      </section>
    </article>
  );
}
