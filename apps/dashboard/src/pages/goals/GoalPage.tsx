import { Link, useParams } from 'react-router';
import { QueryStatus } from '../../components/QueryStatus';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { textColorOn } from '../../lib/contrast';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { seriesKey } from '../indicators/seriesTable';
import { GoalRecommendations } from './GoalRecommendations';
import { goalMessages } from './messages';

export const GoalPageQuery = graphql(`
  query GoalPage($number: Int!, $lang: Language) {
    sdgGoal(number: $number) {
      id
      number
      code
      title(lang: $lang)
      shortTitle(lang: $lang)
      color
      targets {
        id
        code
        title(lang: $lang)
      }
    }
    indicators(goal: $number, first: 100) {
      totalCount
      edges {
        node {
          id
          key
          title(lang: $lang)
          unit(lang: $lang)
          decimals
          series(includeRegion: true) {
            unitKind
            ags
            name(lang: $lang)
            computed
            latest {
              year
              value
              isDemo
            }
          }
        }
      }
    }
  }
`);

type GoalPageData = ResultOf<typeof GoalPageQuery>;

const GOAL_NUMBER = /^(?:[1-9]|1[0-7])$/;

export function GoalPage() {
  const { number = '' } = useParams();
  if (!GOAL_NUMBER.test(number)) return <GoalNotFound number={number} />;
  return <GoalLoader number={Number(number)} />;
}

function GoalLoader({ number }: { number: number }) {
  const { lang } = useLocalMessages(goalMessages);
  const query = useQuery(GoalPageQuery, { number, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) => (data.sdgGoal ? <GoalView data={data} goal={data.sdgGoal} /> : <GoalNotFound number={String(number)} />)}
    </QueryStatus>
  );
}

function GoalNotFound({ number }: { number: string }) {
  const { t, m, localize } = useLocalMessages(goalMessages);
  useDocumentTitle(`${m.notFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="goal-not-found">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundText(number)}</p>
      <p>
        <Link to={localize('/')}>{t.backToOverview}</Link>
      </p>
    </div>
  );
}

function GoalView({ data, goal }: { data: GoalPageData; goal: NonNullable<GoalPageData['sdgGoal']> }) {
  const { lang, t, m, localize } = useLocalMessages(goalMessages);
  useDocumentTitle(`${t.goalLabel(goal.code)}: ${goal.shortTitle} – ${t.appName}`);
  // Indicators with values in more units first, so the rows with numbers lead; otherwise catalogue order.
  const indicators = data.indicators.edges
    .map((edge) => edge.node)
    .map((node, index) => ({ node, index, filled: node.series.filter((s) => s.latest).length }))
    .sort((a, b) => b.filled - a.filled || a.index - b.index)
    .map((entry) => entry.node);
  // Columns: every unit that appears in any indicator's series, in the API's order (cities, districts, region).
  const columns = new Map<string, { name: string; computed: boolean }>();
  for (const indicator of indicators) {
    for (const s of indicator.series) if (!columns.has(seriesKey(s))) columns.set(seriesKey(s), { name: s.name, computed: s.computed });
  }
  const heading = `${t.goalLabel(goal.code)}: ${goal.shortTitle}`;

  return (
    <>
      <header className="goal-header" style={{ backgroundColor: goal.color, color: textColorOn(goal.color) }}>
        <h1>{heading}</h1>
        <p>{goal.title}</p>
      </header>
      <nav className="goal-pager" aria-label={t.goalsHeading}>
        {goal.number > 1 ? <Link to={localize(`/ziel/${goal.number - 1}`)}>← {m.previousGoal}</Link> : <span />}
        {goal.number < 17 ? <Link to={localize(`/ziel/${goal.number + 1}`)}>{m.nextGoal} →</Link> : null}
      </nav>

      <section aria-labelledby="goal-indicators-heading">
        <h2 id="goal-indicators-heading">{m.indicatorsHeading(data.indicators.totalCount)}</h2>
        {indicators.length === 0 ? (
          <p>{m.noIndicators}</p>
        ) : (
          <>
            <p>{m.latestNote}</p>
            {indicators.length < data.indicators.totalCount ? <p>{m.moreIndicators(indicators.length, data.indicators.totalCount)}</p> : null}
            <div className="table-scroll" tabIndex={0} role="region" aria-label={m.tableCaption(heading)}>
              <table data-testid="goal-table">
                <caption>{m.tableCaption(heading)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.indicatorColumn}</th>
                    {[...columns].map(([key, column]) => (
                      <th key={key} scope="col" className="num">
                        {column.name}
                        {column.computed ? ` ${m.computedSuffix}` : ''}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((indicator) => (
                    <tr key={indicator.key}>
                      <th scope="row">
                        <Link to={localize(`/indikator/${encodeURIComponent(indicator.key)}`)} data-testid="goal-indicator-link">
                          {indicator.title}
                        </Link>
                        <span className="cell-note">{m.unitOf(indicator.unit)}</span>
                      </th>
                      {[...columns.keys()].map((key) => {
                        const latest = indicator.series.find((s) => seriesKey(s) === key)?.latest;
                        return (
                          <td key={key} className="num">
                            {latest ? m.valueWithYear(formatDecimal(latest.value, lang, indicator.decimals), latest.year) : '–'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <GoalRecommendations goal={goal.number} />

      <section aria-labelledby="goal-targets-heading">
        <h2 id="goal-targets-heading">{m.targetsHeading}</h2>
        <ul className="sdg-targets">
          {goal.targets.map((target) => (
            <li key={target.code}>
              <strong>{target.code}</strong> {target.title}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
