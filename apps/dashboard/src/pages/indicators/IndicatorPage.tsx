import { Link, useParams } from 'react-router';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyMultiLineChart, LazyUnitBarChart } from '../../components/charts/lazy';
import { MoreCount } from '../../components/MoreCount';
import { ProgressBadge } from '../../components/progress/ProgressBadge';
import { QueryStatus } from '../../components/QueryStatus';
import { CsvDownload } from '../../components/table/CsvDownload';
import { DataTable } from '../../components/table/DataTable';
import { readIntParam, readListParam, useUrlState } from '../../components/urlState';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { indicatorMessages } from './messages';
import { chartRows, defaultComparisonYear, defaultSeriesKeys, seriesTableModel, styleSeries, valueIn, yearsOf } from './seriesTable';

export const IndicatorPageQuery = graphql(`
  query IndicatorPage($key: String!, $lang: Language) {
    indicator(key: $key) {
      id
      key
      title(lang: $lang)
      definition(lang: $lang)
      unit(lang: $lang)
      decimals
      polarity
      aggregation
      topic
      sourceName
      sourceUrl
      licence
      method
      inferredByHand
      inferenceNote
      goals {
        id
        number
        code
        shortTitle(lang: $lang)
        color
      }
      sdgTargets {
        id
        code
        title(lang: $lang)
      }
      targets(first: 100) {
        totalCount
        nodes {
          scope
          value
          year
          comparator
          note(lang: $lang)
          source
          municipality {
            id
            ags
            name
          }
        }
      }
      series(includeRegion: true, includeReferences: true) {
        unitKind
        ags
        name(lang: $lang)
        computed
        points {
          year
          value
          isDemo
        }
        progress {
          openSdg {
            status
            statusLabel(lang: $lang)
            explanation(lang: $lang)
          }
          dnsWeather {
            status
            statusLabel(lang: $lang)
            explanation(lang: $lang)
          }
        }
      }
    }
  }
`);

type IndicatorData = NonNullable<ResultOf<typeof IndicatorPageQuery>['indicator']>;

export function IndicatorPage() {
  const { key = '' } = useParams();
  const { lang } = useLocalMessages(indicatorMessages);
  const query = useQuery(IndicatorPageQuery, { key, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) => (data.indicator ? <IndicatorView indicator={data.indicator} /> : <IndicatorNotFound indicatorKey={key} />)}
    </QueryStatus>
  );
}

function IndicatorNotFound({ indicatorKey }: { indicatorKey: string }) {
  const { t, m, localize } = useLocalMessages(indicatorMessages);
  useDocumentTitle(`${m.notFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="indicator-not-found">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundText(indicatorKey)}</p>
      <p>
        <Link to={localize('/')}>{t.backToOverview}</Link>
      </p>
    </div>
  );
}

function IndicatorView({ indicator }: { indicator: IndicatorData }) {
  const { lang, t, m, localize } = useLocalMessages(indicatorMessages);
  const { search, update } = useUrlState();
  useDocumentTitle(`${indicator.title} – ${t.appName}`);

  const allSeries = styleSeries(indicator.series.filter((s) => s.points.length > 0));
  // ?reihen=05124000,REGION limits what chart, table and CSV show; without it the default set is shown.
  const defaultKeys = defaultSeriesKeys(allSeries, indicator.aggregation);
  const requested = readListParam(search, 'reihen');
  const chosen = requested.length > 0 ? requested : defaultKeys;
  const shown = allSeries.filter((s) => chosen.includes(s.key));
  const years = yearsOf(shown);
  const requestedYear = readIntParam(search, 'jahr');
  const year = requestedYear !== undefined && years.includes(requestedYear) ? requestedYear : defaultComparisonYear(shown);
  const format = (value: number) => formatDecimal(value, lang, indicator.decimals);
  const table = seriesTableModel(
    shown,
    { caption: m.seriesCaption(indicator.title, indicator.unit), year: m.yearColumn, computedSuffix: m.computedSuffix },
    indicator.decimals,
  );
  const lineTargets = indicator.targets.nodes
    .filter((target) => target.scope !== 'MUNICIPALITY' || shown.some((s) => s.ags === target.municipality?.ags))
    .map((target) => ({
      value: target.value,
      label: m.targetLineLabel(target.scope === 'MUNICIPALITY' ? (target.municipality?.name ?? '') : m.unitKind[target.scope === 'COUNTRY' ? 'GERMANY' : 'REGION'], format(target.value), target.year),
    }));
  const barData = year === undefined ? [] : shown.flatMap((s) => {
    const value = valueIn(s, year);
    return value === null ? [] : [{ label: s.name, value, color: s.color }];
  });
  const toggle = (key: string) => {
    const next = allSeries.map((s) => s.key).filter((k) => (k === key ? !chosen.includes(k) : chosen.includes(k)));
    const isDefault = next.length === defaultKeys.length && next.every((k) => defaultKeys.includes(k));
    update({ reihen: isDefault ? null : next });
  };

  return (
    <article className="indicator-page">
      <p className="eyebrow">{m.indicatorLabel}</p>
      <h1>{indicator.title}</h1>
      <p className="lead">
        {m.unitLabel}: {indicator.unit}
      </p>
      {indicator.goals.length > 0 ? (
        <ul className="goal-chips" aria-label={m.goalsLabel}>
          {indicator.goals.map((goal) => (
            <li key={goal.number}>
              <Link to={localize(`/ziel/${goal.number}`)} className="goal-chip" style={{ borderColor: goal.color }}>
                {t.goalLabel(goal.code)}: {goal.shortTitle}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {indicator.inferredByHand ? (
        <div className="note-box" role="note" data-testid="inferred-by-hand">
          <strong>{m.inferredByHandTitle}:</strong> {m.inferredByHandText}
          {indicator.inferenceNote ? <> {indicator.inferenceNote}</> : null}
        </div>
      ) : null}

      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{m.seriesHeading}</h2>
        {allSeries.length === 0 ? (
          <p>{m.noValues}</p>
        ) : (
          <>
            <fieldset className="series-toggles">
              <legend>{m.showSeriesLegend}</legend>
              {allSeries.map((s) => (
                <label key={s.key} className="series-toggle">
                  <input type="checkbox" checked={shown.includes(s)} onChange={() => toggle(s.key)} />
                  <span className="series-swatch" aria-hidden="true" style={{ borderColor: s.color, borderStyle: s.dashed ? 'dashed' : 'solid' }} />
                  {s.name}
                </label>
              ))}
            </fieldset>
            {requested.length === 0 && defaultKeys.length < allSeries.length ? <p className="cell-note">{m.referencesHiddenNote}</p> : null}
            <ChartFigure
              caption={table.caption}
              testId="indicator-chart"
              chart={
                <LazyMultiLineChart
                  rows={chartRows(shown)}
                  series={shown.map((s) => ({ key: s.key, name: s.name, color: s.color, dashed: s.dashed, bold: s.bold }))}
                  targets={lineTargets}
                  lang={lang}
                  decimals={indicator.decimals}
                />
              }
              columns={table.columns}
              rows={table.rows.map((row) => [row.header, ...row.cells.map((cell) => (typeof cell === 'number' ? format(cell) : (cell ?? '–')))])}
              note={[
                shown.some((s) => s.computed) ? m.computedNote : '',
                shown.some((s) => s.dashed) ? m.referenceNote : '',
                shown.some((s) => s.points.some((p) => p.isDemo)) ? m.demoNote : '',
              ]
                .filter(Boolean)
                .join(' ')}
              source={indicator.sourceName}
            />
          </>
        )}
      </section>

      {year !== undefined ? (
        <section aria-labelledby="bar-heading">
          <h2 id="bar-heading">{m.barHeading}</h2>
          <label className="field">
            <span>{m.yearLabel}</span>
            <select data-testid="year-select" value={year} onChange={(event) => update({ jahr: Number(event.target.value) })}>
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {barData.length === 0 ? (
            <p>{m.noValuesInYear(year)}</p>
          ) : (
            <ChartFigure
              caption={m.barCaption(indicator.title, year, indicator.unit)}
              testId="indicator-bars"
              chart={<LazyUnitBarChart data={barData} lang={lang} decimals={indicator.decimals} valueLabel={indicator.unit} />}
              columns={[{ header: m.unitColumn }, { header: m.valueColumn(indicator.unit), numeric: true }]}
              rows={barData.map((bar) => [bar.label, format(bar.value)])}
            />
          )}
        </section>
      ) : null}

      {shown.length > 0 ? (
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">{m.tableHeading}</h2>
          <DataTable model={table} testId="indicator-table" />
          <CsvDownload model={table} fileBase={indicator.key} />
        </section>
      ) : null}

      <IndicatorProgress indicator={indicator} />
      <IndicatorMetadata indicator={indicator} />
    </article>
  );
}

function IndicatorProgress({ indicator }: { indicator: IndicatorData }) {
  const { m } = useLocalMessages(indicatorMessages);
  const assessed = indicator.series.filter((s) => s.points.length > 0);
  if (assessed.length === 0) return null;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{m.progressHeading}</h2>
      <p>{m.progressIntro}</p>
      <ul className="method-list">
        <li>{m.openSdgMethod}</li>
        <li>{m.dnsMethod}</li>
      </ul>
      <ul className="progress-list" data-testid="progress-list">
        {assessed.map((s) => (
          <li key={`${s.unitKind}-${s.ags ?? ''}`}>
            <details>
              <summary>
                <span className="progress-list__unit">{s.name}</span>{' '}
                <ProgressBadge status={s.progress.openSdg.status} label={s.progress.openSdg.statusLabel} />{' '}
                <span className="weather">
                  {m.weatherLabel}: {s.progress.dnsWeather.statusLabel}
                </span>
              </summary>
              <p>
                <strong>Open SDG:</strong> {s.progress.openSdg.explanation}
              </p>
              <p>
                <strong>{m.dnsWeather[s.progress.dnsWeather.status]}:</strong> {s.progress.dnsWeather.explanation}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IndicatorMetadata({ indicator }: { indicator: IndicatorData }) {
  const { lang, m } = useLocalMessages(indicatorMessages);
  const format = (value: number) => formatDecimal(value, lang, indicator.decimals);
  return (
    <section aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">{m.metadataHeading}</h2>
      {indicator.definition ? (
        <>
          <h3>{m.definitionHeading}</h3>
          <p>{indicator.definition}</p>
        </>
      ) : null}
      <dl className="metadata">
        <div>
          <dt>{m.unitLabel}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{m.polarityLabel}</dt>
          <dd>{m.polarity[indicator.polarity]}</dd>
        </div>
        <div>
          <dt>{m.aggregationLabel}</dt>
          <dd>{m.aggregation[indicator.aggregation]}</dd>
        </div>
        <div>
          <dt>{m.topicLabel}</dt>
          <dd>{m.topic[indicator.topic]}</dd>
        </div>
        <div>
          <dt>{m.sourceLabel}</dt>
          <dd data-testid="indicator-source">
            {indicator.sourceUrl ? <a href={indicator.sourceUrl}>{indicator.sourceName}</a> : indicator.sourceName}
          </dd>
        </div>
        {indicator.licence ? (
          <div>
            <dt>{m.licenceLabel}</dt>
            <dd>{indicator.licence}</dd>
          </div>
        ) : null}
        {indicator.method ? (
          <div className="metadata__wide">
            <dt>{m.methodLabel}</dt>
            <dd>
              <span lang="de">{indicator.method}</span> {m.methodGermanOnly}
            </dd>
          </div>
        ) : null}
      </dl>

      <h3>{m.targetsHeading}</h3>
      {indicator.targets.nodes.length === 0 ? (
        <p>{m.noTargets}</p>
      ) : (
        <ul>
          {indicator.targets.nodes.map((target, index) => (
            <li key={index}>
              <strong>{target.scope === 'MUNICIPALITY' ? (target.municipality?.name ?? m.targetScope.MUNICIPALITY) : m.targetScope[target.scope]}:</strong>{' '}
              {m.targetText(m.comparator[target.comparator], `${format(target.value)} ${indicator.unit}`, target.year)}
              {target.note ? <> – {target.note}</> : null}
              {target.source ? <> ({target.source})</> : null}
            </li>
          ))}
          <MoreCount connection={indicator.targets} as="li" />
        </ul>
      )}

      <h3>{m.sdgTargetsHeading}</h3>
      {indicator.sdgTargets.length === 0 ? (
        <p>{m.noSdgTargets}</p>
      ) : (
        <ul className="sdg-targets">
          {indicator.sdgTargets.map((target) => (
            <li key={target.code}>
              <strong>{target.code}</strong> {target.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
