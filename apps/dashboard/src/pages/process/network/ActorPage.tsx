import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../../components/QueryStatus';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { toApiLanguage } from '../../../i18n/language';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { PublicActorQuery } from './documents';
import { networkMessages } from './messages';
import '../events/events.css';
import './network.css';
import { countryName } from './countries';
import { MoreCount } from '../../../components/MoreCount';
import { nodesOf } from '../../../graphql/connection';

type PublicActor = NonNullable<ResultOf<typeof PublicActorQuery>['actor']>;
type ActorParticipation = PublicActor['participations']['edges'][number]['node'];

/**
 * One entry per event (an organisation often takes part with several people, or hosts and also
 * takes part), with its distinct roles, in the API's order (latest event first).
 */
export function eventsOf(participations: readonly ActorParticipation[]) {
  const byEvent = new Map<string, { event: ActorParticipation['event']; roles: Array<Pick<ActorParticipation, 'role' | 'topic'>> }>();
  for (const { event, role, topic } of participations) {
    const entry = byEvent.get(event.id) ?? { event, roles: [] };
    if (!entry.roles.some((r) => r.role === role && r.topic === topic)) entry.roles.push({ role, topic });
    byEvent.set(event.id, entry);
  }
  return [...byEvent.values()];
}

/** `/netzwerk/akteure/:id`: one organisation as the public sees it (never its contact persons). */
export function ActorPage() {
  const { id = '' } = useParams();
  const { lang } = useLocalMessages(networkMessages);
  const query = useQuery(PublicActorQuery, { id, lang: toApiLanguage(lang) });
  return <QueryStatus query={query}>{(data) => (data.actor ? <ActorView actor={data.actor} /> : <ActorNotFound />)}</QueryStatus>;
}

function ActorNotFound() {
  const { m, t, localize } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.actorNotFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="actor-not-found">
      <h1>{m.actorNotFoundTitle}</h1>
      <p>{m.actorNotFoundText}</p>
      <p>
        <Link to={localize('/netzwerk')}>{m.backToNetwork}</Link>
      </p>
    </div>
  );
}

function ActorView({ actor: a }: { actor: PublicActor }) {
  const { m, t, lang, localize } = useLocalMessages(networkMessages);
  useDocumentTitle(`${a.name} – ${t.appName}`);
  const actorHref = (id: string) => localize(`/netzwerk/akteure/${encodeURIComponent(id)}`);
  const links = [
    ...nodesOf(a.linksFrom).map((link) => ({ id: link.id, label: m.linkTo(m.linkKind[link.kind]), other: link.to, note: link.note })),
    ...nodesOf(a.linksTo).map((link) => ({ id: link.id, label: m.linkFrom(m.linkKind[link.kind]), other: link.from, note: link.note })),
  ];
  return (
    <article className="net-page net-actor" data-testid="public-actor">
      <p className="process-back">
        <Link to={localize('/netzwerk')}>{m.backToNetwork}</Link>
      </p>
      <h1>{a.name}</h1>
      {a.isDemo ? <p className="process-demo">{m.demoRecord}</p> : null}
      <dl className="process-facts">
        <div>
          <dt>{m.sectorLabel}</dt>
          <dd>{m.sector[a.sector]}</dd>
        </div>
        <div>
          <dt>{m.municipalityLabel}</dt>
          <dd>{a.municipality ? <Link to={localize(`/kommune/${a.municipality.ags}`)}>{a.municipality.name}</Link> : m.wholeRegion}</dd>
        </div>
        {a.website ? (
          <div>
            <dt>{m.websiteLabel}</dt>
            <dd>
              <a href={a.website} rel="noopener noreferrer">
                {a.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {a.description ? (
        <section aria-labelledby="actor-description-heading">
          <h2 id="actor-description-heading">{m.descriptionHeading}</h2>
          <p>{a.description}</p>
        </section>
      ) : null}

      <section aria-labelledby="actor-sdg-heading">
        <h2 id="actor-sdg-heading">{m.sdgHeading}</h2>
        {a.sdgGoals.length === 0 ? (
          <p>{m.noSdgs}</p>
        ) : (
          <ul data-testid="actor-sdgs">
            {a.sdgGoals.map((goal) => (
              <li key={goal.id}>
                <Link to={localize(`/ziel/${goal.number}`)}>{m.goalOption(goal.number, goal.shortTitle)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="actor-links-heading">
        <h2 id="actor-links-heading">{m.linksHeading}</h2>
        {links.length === 0 ? (
          <p>{m.noLinks}</p>
        ) : (
          <ul data-testid="actor-links">
            {links.map((link) => (
              <li key={link.id}>
                {link.label} <Link to={actorHref(link.other.id)}>{link.other.name}</Link>
                {link.note ? <span className="process-note"> – {link.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={{ totalCount: a.linksFrom.totalCount + a.linksTo.totalCount, edges: links }} />
      </section>

      <section aria-labelledby="actor-events-heading">
        <h2 id="actor-events-heading">{m.eventsHeading}</h2>
        {a.participations.edges.length === 0 ? (
          <p>{m.noEvents}</p>
        ) : (
          <ul data-testid="actor-events">
            {eventsOf(nodesOf(a.participations)).map(({ event, roles }) => (
              <li key={event.id}>
                <time dateTime={event.date}>{formatIsoDate(event.date, lang)}</time>:{' '}
                <Link to={localize(`/veranstaltungen/${encodeURIComponent(event.id)}`)}>{event.title}</Link> (
                {roles.map((role) => (role.topic ? `${m.role[role.role]}: ${role.topic}` : m.role[role.role])).join(', ')})
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={a.participations} />
      </section>

      <section aria-labelledby="actor-agreements-heading">
        <h2 id="actor-agreements-heading">{m.agreementsHeading}</h2>
        {a.agreements.edges.length === 0 ? (
          <p>{m.noAgreements}</p>
        ) : (
          <ul data-testid="actor-agreements">
            {nodesOf(a.agreements).map((agreement) => (
              <li key={agreement.id}>
                <time dateTime={agreement.agreedAt}>{formatIsoDate(agreement.agreedAt, lang)}</time>: {agreement.title}
                {agreement.event ? (
                  <>
                    {' '}
                    (<Link to={localize(`/veranstaltungen/${encodeURIComponent(agreement.event.id)}`)}>{agreement.event.title}</Link>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={a.agreements} />
      </section>

      <section aria-labelledby="actor-partnerships-heading">
        <h2 id="actor-partnerships-heading">{m.partnershipsHeading}</h2>
        {a.partnerships.edges.length === 0 ? (
          <p>{m.noPartnerships}</p>
        ) : (
          <ul>
            {nodesOf(a.partnerships).map((p) => (
              <li key={p.id}>
                {m.partnershipKind[p.kind]}: {p.partnerPlace} ({countryName(p.partnerCountry, lang)})
                {p.sinceYear ? `, ${m.sinceYear(p.sinceYear)}` : ''}
              </li>
            ))}
          </ul>
        )}
        <MoreCount connection={a.partnerships} />
      </section>
    </article>
  );
}
