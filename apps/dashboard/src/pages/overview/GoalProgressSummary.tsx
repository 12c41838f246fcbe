import { Link } from 'react-router';
import { componentMessages, type OpenSdgStatusKey } from '../../components/messages';
import { STATUS_SYMBOL } from '../../components/progress/ProgressBadge';
import { QueryStatus } from '../../components/QueryStatus';
import { graphql } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { overviewMessages } from './messages';

export const RegionGoalProgressQuery = graphql(`
  query RegionGoalProgress($lang: Language) {
    region {
      id
      goals {
        goal {
          id
          number
          code
          shortTitle(lang: $lang)
        }
        indicatorCount
        statusCounts {
          status
          count
        }
      }
    }
  }
`);

export const MunicipalityGoalProgressQuery = graphql(`
  query MunicipalityGoalProgress($ags: String!, $lang: Language) {
    municipality(ags: $ags) {
      id
      goals {
        goal {
          id
          number
          code
          shortTitle(lang: $lang)
        }
        indicatorCount
        statusCounts {
          status
          count
        }
      }
    }
  }
`);

export interface GoalProgressRow {
  goal: { number: number; code: string; shortTitle: string };
  indicatorCount: number;
  statusCounts: ReadonlyArray<{ status: OpenSdgStatusKey; count: number }>;
}

/** The progress summary of the region (unit "region") or of one city or district (its AGS). */
export function GoalProgressSummary({ unit, unitName }: { unit: string; unitName: string }) {
  return unit === 'region' ? <RegionSummary unitName={unitName} /> : <MunicipalitySummary ags={unit} unitName={unitName} />;
}

function RegionSummary({ unitName }: { unitName: string }) {
  const { lang } = useLocalMessages(overviewMessages);
  const query = useQuery(RegionGoalProgressQuery, { lang: toApiLanguage(lang) });
  return <QueryStatus query={query}>{(data) => <SummaryTable rows={data.region?.goals ?? []} unitName={unitName} />}</QueryStatus>;
}

function MunicipalitySummary({ ags, unitName }: { ags: string; unitName: string }) {
  const { lang } = useLocalMessages(overviewMessages);
  const query = useQuery(MunicipalityGoalProgressQuery, { ags, lang: toApiLanguage(lang) });
  return <QueryStatus query={query}>{(data) => <SummaryTable rows={data.municipality?.goals ?? []} unitName={unitName} />}</QueryStatus>;
}

/**
 * One row per goal: the count per status as text with its symbol, and a bar of the same counts in
 * the status colours (hidden from screen readers, which read the text).
 */
export function SummaryTable({ rows, unitName }: { rows: readonly GoalProgressRow[]; unitName: string }) {
  const { t, m, localize } = useLocalMessages(overviewMessages);
  const status = useLocalMessages(componentMessages).m.openSdgStatus;
  const caption = m.summaryCaption(unitName);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="progress-summary" data-testid="progress-summary">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.goalColumn}</th>
            <th scope="col" className="num">
              {m.indicatorsColumn}
            </th>
            <th scope="col">{m.statusColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const counted = row.statusCounts.filter((entry) => entry.count > 0);
            return (
              <tr key={row.goal.number} data-testid="progress-summary-row">
                <th scope="row">
                  <Link to={localize(`/ziel/${row.goal.number}`)}>
                    {t.goalLabel(row.goal.code)}: {row.goal.shortTitle}
                  </Link>
                </th>
                <td className="num">{row.indicatorCount}</td>
                <td>
                  {counted.length === 0 ? (
                    m.noIndicators
                  ) : (
                    <>
                      <span className="status-bar" aria-hidden="true">
                        {counted.map((entry) => (
                          <span
                            key={entry.status}
                            className={`status-bar__part status--${entry.status.toLowerCase().replaceAll('_', '-')}`}
                            style={{ flexGrow: entry.count }}
                          />
                        ))}
                      </span>
                      <ul className="status-counts">
                        {counted.map((entry) => (
                          <li key={entry.status}>
                            <span className={`status-symbol status--${entry.status.toLowerCase().replaceAll('_', '-')}`} aria-hidden="true">
                              {STATUS_SYMBOL[entry.status]}
                            </span>{' '}
                            {m.statusCount(entry.count, status[entry.status])}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
