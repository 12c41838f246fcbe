// The profile's second half: commuters and the indicator cards per SDG, loaded with their own query
// so the key figures and charts above do not wait for the progress computations.
import { Link } from 'react-router';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyCategoryBarChart } from '../../components/charts/lazy';
import { ProgressBadge } from '../../components/progress/ProgressBadge';
import { QueryStatus } from '../../components/QueryStatus';
import { Sparkline } from '../../components/sparkline/Sparkline';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal, formatInteger } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { textColorOn } from '../../lib/contrast';
import { groupByGoal } from './groupByGoal';
import { profileMessages } from './messages';

export const MunicipalityIndicatorsQuery = graphql(`
  query MunicipalityIndicators($ags: String!, $lang: Language) {
    municipality(ags: $ags) {
      id
      name
      profile {
        commuters {
          year
          inbound
          outbound
          balance
        }
      }
      indicators {
        computed
        indicator {
          id
          key
          title(lang: $lang)
          unit(lang: $lang)
          decimals
          sourceName
          goals {
            id
            number
            code
            shortTitle(lang: $lang)
            color
          }
        }
        latest {
          year
          value
          isDemo
        }
        sparkline {
          year
          value
        }
        trend {
          direction
          assessment
          fromYear
          toYear
        }
        progress {
          openSdg {
            status
            statusLabel(lang: $lang)
          }
        }
      }
    }
  }
`);

type UnitData = NonNullable<ResultOf<typeof MunicipalityIndicatorsQuery>['municipality']>;
type UnitIndicator = UnitData['indicators'][number];

export function ProfileIndicators({ ags }: { ags: string }) {
  const { lang } = useLocalMessages(profileMessages);
  const query = useQuery(MunicipalityIndicatorsQuery, { ags, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) =>
        data.municipality ? (
          <>
            <Commuters unit={data.municipality} />
            <IndicatorCards unit={data.municipality} />
          </>
        ) : null
      }
    </QueryStatus>
  );
}

function Commuters({ unit }: { unit: UnitData }) {
  const { lang, m } = useLocalMessages(profileMessages);
  const commuters = unit.profile.commuters;
  if (!commuters) return null;
  const bars = [
    { label: m.commutersInbound, value: commuters.inbound },
    { label: m.commutersOutbound, value: commuters.outbound },
    { label: m.commutersBalance, value: commuters.balance },
  ];
  const caption = m.commutersCaption(unit.name, commuters.year);
  return (
    <section aria-labelledby="commuters-heading">
      <h2 id="commuters-heading">{m.commutersHeading}</h2>
      <ChartFigure
        caption={caption}
        testId="commuter-chart"
        chart={<LazyCategoryBarChart data={bars} lang={lang} valueLabel={m.commutersValue} />}
        columns={[{ header: m.commutersCategory }, { header: m.commutersValue, numeric: true }]}
        rows={bars.map((bar) => [bar.label, formatInteger(bar.value, lang)])}
      />
    </section>
  );
}

function IndicatorCards({ unit }: { unit: UnitData }) {
  const { m } = useLocalMessages(profileMessages);
  const groups = groupByGoal(unit.indicators, (item) => item.indicator.goals);
  const sources = [...new Set(unit.indicators.map((item) => item.indicator.sourceName))].sort();
  return (
    <section aria-labelledby="indicators-heading" className="profile-indicators">
      <h2 id="indicators-heading">{m.indicatorsHeading}</h2>
      {groups.length === 0 ? (
        <p>{m.noIndicators}</p>
      ) : (
        <>
          <p>{m.indicatorsIntro}</p>
          {groups.map((group) => (
            <section
              key={group.goal?.number ?? 'none'}
              className="goal-section"
              aria-labelledby={`goal-section-${group.goal?.number ?? 'none'}`}
              data-testid="goal-section"
            >
              <h3
                id={`goal-section-${group.goal?.number ?? 'none'}`}
                className="goal-section__heading"
                style={group.goal ? { backgroundColor: group.goal.color, color: textColorOn(group.goal.color) } : undefined}
              >
                {group.goal ? `${group.goal.number} ${group.goal.shortTitle}` : m.withoutGoal}
              </h3>
              <ul className="indicator-cards">
                {group.items.map((item) => (
                  <IndicatorCard key={item.indicator.key} item={item} />
                ))}
              </ul>
            </section>
          ))}
          <div className="print-sources">
            <h3>{m.sourcesHeading}</h3>
            <ul>
              {sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}

function IndicatorCard({ item }: { item: UnitIndicator }) {
  const { lang, m, localize } = useLocalMessages(profileMessages);
  const { indicator, latest, trend } = item;
  return (
    <li className="indicator-card" data-testid="indicator-card">
      <h4 className="indicator-card__title">
        <Link to={localize(`/indikator/${encodeURIComponent(indicator.key)}`)}>{indicator.title}</Link>
      </h4>
      <p className="indicator-card__value">
        {latest ? m.latestValue(formatDecimal(latest.value, lang, indicator.decimals), indicator.unit, latest.year) : m.noLatestValue}
        {latest?.isDemo ? <span className="tag">{m.demoValue}</span> : null}
        {item.computed ? <span className="tag">{m.computedValue}</span> : null}
      </p>
      <Sparkline points={item.sparkline} />
      {trend ? (
        <p className="indicator-card__trend">
          <span aria-hidden="true">{m.trendArrow[trend.direction]} </span>
          {m.trend(m.trendDirection[trend.direction], trend.assessment ? m.trendAssessment[trend.assessment] : null, trend.fromYear, trend.toYear)}
        </p>
      ) : null}
      <ProgressBadge status={item.progress.openSdg.status} label={item.progress.openSdg.statusLabel} />
    </li>
  );
}
