import { Link } from 'react-router';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyUnitBarChart } from '../../components/charts/lazy';
import { IndicatorSelect } from '../../components/indicators/IndicatorSelect';
import { useIndicatorCatalogue, type CatalogueEntry } from '../../components/indicators/useIndicatorCatalogue';
import { ProgressBadge } from '../../components/progress/ProgressBadge';
import { Loading, QueryErrorMessage, QueryStatus } from '../../components/QueryStatus';
import { readIntParam, readListParam, useUrlState } from '../../components/urlState';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { styleSeries } from '../indicators/seriesTable';
import { compareMessages } from './messages';

/** The key that stands for the region (computed from its units) in ?ags=. */
export const REGION_KEY = 'region';

export const CompareUnitsQuery = graphql(`
  query CompareUnits($lang: Language) {
    region {
      id
      name(lang: $lang)
    }
    municipalities {
      id
      ags
      name
    }
  }
`);

export const ComparisonQuery = graphql(`
  query Comparison($ags: [String!]!, $keys: [String!]!, $year: Int, $withRegion: Boolean, $lang: Language) {
    comparison(ags: $ags, indicatorKeys: $keys, year: $year, includeRegion: $withRegion) {
      unitKind
      ags
      name(lang: $lang)
      values {
        value
        year
        isDemo
        computed
        indicator {
          id
          key
          title(lang: $lang)
          unit(lang: $lang)
          decimals
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

type ComparisonRows = ResultOf<typeof ComparisonQuery>['comparison'];

export function ComparePage() {
  const { lang, t, m } = useLocalMessages(compareMessages);
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const units = useQuery(CompareUnitsQuery, { lang: toApiLanguage(lang) });
  const catalogue = useIndicatorCatalogue(['SDG_MUNICIPAL', 'STRUCTURE']);
  return (
    <>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <QueryStatus query={units}>
        {(data) =>
          catalogue.status === 'loading' ? (
            <Loading />
          ) : catalogue.status === 'error' ? (
            <QueryErrorMessage error={catalogue.error} onRetry={() => window.location.reload()} />
          ) : (
            <Comparison regionName={data.region?.name ?? ''} municipalities={data.municipalities} catalogue={catalogue.entries} />
          )
        }
      </QueryStatus>
    </>
  );
}

function Comparison({
  regionName,
  municipalities,
  catalogue,
}: {
  regionName: string;
  municipalities: ReadonlyArray<{ ags: string; name: string }>;
  catalogue: readonly CatalogueEntry[];
}) {
  const { m } = useLocalMessages(compareMessages);
  const { search, update } = useUrlState();
  const chosenUnits = readListParam(search, 'ags');
  const chosenKeys = readListParam(search, 'indikatoren');
  const year = readIntParam(search, 'jahr');
  const options = [...municipalities.map((u) => ({ key: u.ags, label: u.name })), { key: REGION_KEY, label: m.regionOption(regionName) }];
  const toggleUnit = (key: string) =>
    update({ ags: chosenUnits.includes(key) ? chosenUnits.filter((k) => k !== key) : options.map((o) => o.key).filter((k) => k === key || chosenUnits.includes(k)) });
  const titleOf = (key: string) => catalogue.find((entry) => entry.key === key)?.title ?? key;

  return (
    <>
      <div className="controls">
        <fieldset className="series-toggles">
          <legend>{m.unitsLegend}</legend>
          {options.map((option) => (
            <label key={option.key} className="series-toggle">
              <input type="checkbox" checked={chosenUnits.includes(option.key)} onChange={() => toggleUnit(option.key)} data-testid="compare-unit" />
              {option.label}
            </label>
          ))}
        </fieldset>
        <IndicatorSelect
          label={m.addIndicator}
          entries={catalogue.filter((entry) => !chosenKeys.includes(entry.key))}
          value=""
          placeholder={m.choose}
          onChange={(key) => key && update({ indikatoren: [...chosenKeys, key] })}
          testId="compare-indicator-select"
        />
        {chosenKeys.length > 0 ? (
          <div>
            <p className="field-label">{m.chosenIndicators}</p>
            <ul className="chips">
              {chosenKeys.map((key) => (
                <li key={key}>
                  {titleOf(key)}{' '}
                  <button type="button" className="chip-remove" aria-label={m.remove(titleOf(key))} onClick={() => update({ indikatoren: chosenKeys.filter((k) => k !== key) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <label className="field">
          <span>{m.yearLabel}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1990}
            max={2100}
            value={year ?? ''}
            placeholder={m.latestYearOption}
            onChange={(event) => update({ jahr: event.target.value === '' ? null : Number(event.target.value) })}
          />
        </label>
      </div>
      {chosenUnits.length < 2 ? <p role="status">{m.needUnits}</p> : null}
      {chosenKeys.length === 0 ? <p role="status">{m.needIndicators}</p> : null}
      {chosenUnits.length >= 2 && chosenKeys.length > 0 ? <ComparisonResult units={chosenUnits} indicatorKeys={chosenKeys} year={year} /> : null}
    </>
  );
}

function ComparisonResult({ units, indicatorKeys, year }: { units: readonly string[]; indicatorKeys: readonly string[]; year: number | undefined }) {
  const { lang } = useLocalMessages(compareMessages);
  const query = useQuery(ComparisonQuery, {
    ags: units.filter((unit) => unit !== REGION_KEY),
    keys: [...indicatorKeys],
    year: year ?? null,
    withRegion: units.includes(REGION_KEY),
    lang: toApiLanguage(lang),
  });
  return (
    <QueryStatus query={query}>
      {({ comparison }) => (
        <>
          {indicatorKeys.map((key, index) => (
            <IndicatorComparison key={key} rows={comparison} index={index} year={year} />
          ))}
        </>
      )}
    </QueryStatus>
  );
}

/** One indicator (the index-th value of every row): a table of the units and the same numbers as bars. */
function IndicatorComparison({ rows, index, year }: { rows: ComparisonRows; index: number; year: number | undefined }) {
  const { lang, m, localize } = useLocalMessages(compareMessages);
  const indicator = rows.find((row) => row.values[index])?.values[index]?.indicator;
  if (!indicator) return null;
  const headingId = `compare-${index}`;
  const format = (value: number) => formatDecimal(value, lang, indicator.decimals);
  const caption = m.tableCaption(indicator.title, indicator.unit);
  const styled = styleSeries(rows.map((row) => ({ unitKind: row.unitKind, ags: row.ags, name: row.name, computed: row.values[index]?.computed ?? false, points: [] })));
  const bars = rows.flatMap((row, rowIndex) => {
    const value = row.values[index]?.value;
    return value == null ? [] : [{ label: row.name, value, color: styled[rowIndex]?.color ?? '#1a1a1a' }];
  });
  return (
    <section className="compare-section" aria-labelledby={headingId} data-testid="compare-section">
      <h2 id={headingId}>
        <Link to={localize(`/indikator/${encodeURIComponent(indicator.key)}`)}>{indicator.title}</Link>
      </h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table data-testid="compare-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.unitColumn}</th>
              <th scope="col" className="num">
                {m.valueColumn(year)} ({indicator.unit})
              </th>
              <th scope="col">{m.yearColumn}</th>
              <th scope="col">{m.progressColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const cell = row.values[index];
              return (
                <tr key={row.ags ?? row.unitKind}>
                  <th scope="row">
                    {row.name}
                    {cell?.computed ? ` ${m.computedSuffix}` : ''}
                  </th>
                  <td className="num">{formatOrDash(cell?.value, format)}</td>
                  <td>{cell?.year ?? '–'}</td>
                  <td>{cell?.progress ? <ProgressBadge status={cell.progress.openSdg.status} label={cell.progress.openSdg.statusLabel} /> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {bars.length > 1 ? (
        <ChartFigure
          caption={m.chartCaption(indicator.title, indicator.unit)}
          chart={<LazyUnitBarChart data={bars} lang={lang} decimals={indicator.decimals} valueLabel={indicator.unit} />}
          columns={[{ header: m.unitColumn }, { header: indicator.unit, numeric: true }]}
          rows={bars.map((bar) => [bar.label, format(bar.value)])}
        />
      ) : null}
    </section>
  );
}

function formatOrDash(value: number | null | undefined, format: (value: number) => string): string {
  return value == null ? '–' : format(value);
}
