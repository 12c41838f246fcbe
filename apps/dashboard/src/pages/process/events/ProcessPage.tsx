import { Link } from 'react-router';
import { QueryStatus } from '../../../components/QueryStatus';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ProcessUnitsQuery } from './documents';
import { eventMessages } from './messages';
import { ProcessTimeline } from './ProcessTimeline';
import './events.css';

type PageLabel = 'pageNetwork' | 'pagePartnerships' | 'pageEvents' | 'pageFindings' | 'pageCircles' | 'pagePublications' | 'pageRegionalConference';

/** The public process pages this page leads to (the main navigation has one entry for all of them). */
const PROCESS_PAGES: ReadonlyArray<{ path: string; label: PageLabel }> = [
  { path: '/netzwerk', label: 'pageNetwork' },
  { path: '/partnerschaften', label: 'pagePartnerships' },
  { path: '/veranstaltungen', label: 'pageEvents' },
  { path: '/befunde', label: 'pageFindings' },
  { path: '/initiativkreise', label: 'pageCircles' },
  { path: '/veroeffentlichungen', label: 'pagePublications' },
  { path: '/regionalkonferenz', label: 'pageRegionalConference' },
];

/** `/prozess`: the entry to the public process pages and where each city and district stands. */
export function ProcessPage() {
  const { m, t, localize } = useLocalMessages(eventMessages);
  useDocumentTitle(`${m.processTitle} – ${t.appName}`);
  const units = useQuery(ProcessUnitsQuery, {});
  return (
    <div className="evt-page">
      <h1>{m.processTitle}</h1>
      <p className="lead">{m.processIntro}</p>
      <nav aria-labelledby="process-pages-heading" className="process-pages">
        <h2 id="process-pages-heading">{m.processPagesHeading}</h2>
        <ul>
          {PROCESS_PAGES.map((page) => (
            <li key={page.path}>
              <Link to={localize(page.path)}>{m[page.label]}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="process-units-heading">
        <h2 id="process-units-heading">{m.timelinesHeading}</h2>
        <QueryStatus query={units}>
          {(data) => (
            <div className="process-units">
              {data.municipalities.map((unit) => (
                <ProcessTimeline key={unit.ags} ags={unit.ags} name={unit.name} headingLevel={3} />
              ))}
            </div>
          )}
        </QueryStatus>
      </section>
    </div>
  );
}
