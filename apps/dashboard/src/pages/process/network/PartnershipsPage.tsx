import { Link } from 'react-router';
import { QueryStatus } from '../../../components/QueryStatus';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { countryName } from './countries';
import { PartnershipsQuery } from './documents';
import { networkMessages } from './messages';
import '../events/events.css';
import './network.css';

type PartnershipsData = ResultOf<typeof PartnershipsQuery>;
type Partnership = PartnershipsData['partnerships']['edges'][number]['node'];

/** The partnerships per country, in the API's country order (most partnerships first). */
export function groupByCountry(data: PartnershipsData): Array<{ country: string; count: number; byKind: PartnershipsData['partnershipsByCountry'][number]['byKind']; items: Partnership[] }> {
  const items = data.partnerships.edges.map((edge) => edge.node);
  return data.partnershipsByCountry.map((group) => ({
    ...group,
    items: items
      .filter((item) => item.partnerCountry === group.country)
      .sort((a, b) => a.partnerPlace.localeCompare(b.partnerPlace, 'de') || a.id.localeCompare(b.id)),
  }));
}

/** `/partnerschaften`: transnational ties of the region, grouped by partner country. */
export function PartnershipsPage() {
  const { m, t } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.partnershipsTitle} – ${t.appName}`);
  const query = useQuery(PartnershipsQuery, {});
  return (
    <div className="net-page">
      <h1>{m.partnershipsTitle}</h1>
      <p className="lead">{m.partnershipsIntro}</p>
      <QueryStatus query={query}>{(data) => <PartnershipGroups data={data} />}</QueryStatus>
    </div>
  );
}

function PartnershipGroups({ data }: { data: PartnershipsData }) {
  const { m, lang, localize } = useLocalMessages(networkMessages);
  const groups = groupByCountry(data);
  if (groups.length === 0) return <p>{m.noPartnershipsAtAll}</p>;
  return (
    <div className="net-countries">
      {groups.map((group) => {
        const name = countryName(group.country, lang);
        const headingId = `partner-country-${group.country}`;
        return (
          <section key={group.country} aria-labelledby={headingId} className="net-country" data-testid="partnership-country">
            <h2 id={headingId}>{m.countryHeading(name, group.count)}</h2>
            <p className="process-note">
              {m.kindSummaryLabel}: {group.byKind.map((k) => `${m.partnershipKind[k.kind]} ${k.count}`).join(', ')}
            </p>
            <ul className="net-partnerships">
              {group.items.map((p) => (
                <li key={p.id} data-testid="partnership">
                  <strong>{p.partnerPlace}</strong> – {m.partnershipKind[p.kind]}
                  {p.sinceYear ? `, ${m.sinceYear(p.sinceYear)}` : ''}
                  {p.municipality || p.actor ? (
                    <>
                      <br />
                      {m.localSide}:{' '}
                      {p.municipality ? <Link to={localize(`/kommune/${p.municipality.ags}`)}>{p.municipality.name}</Link> : null}
                      {p.municipality && p.actor ? ', ' : null}
                      {p.actor ? <Link to={localize(`/netzwerk/akteure/${encodeURIComponent(p.actor.id)}`)}>{p.actor.name}</Link> : null}
                    </>
                  ) : null}
                  {p.description ? <p className="process-note">{p.description}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
