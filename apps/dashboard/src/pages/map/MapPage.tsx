import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { IndicatorSelect } from '../../components/indicators/IndicatorSelect';
import { useIndicatorCatalogue } from '../../components/indicators/useIndicatorCatalogue';
import { Loading, QueryErrorMessage, QueryStatus } from '../../components/QueryStatus';
import { DataTable } from '../../components/table/DataTable';
import { readIntParam, readParam, useUrlState } from '../../components/urlState';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { textColorOn } from '../../lib/contrast';
import { defaultComparisonYear, valueIn, yearsOf } from '../indicators/seriesTable';
import { colorScale } from './colorScale';
import { mapMessages } from './messages';
import { unitShapes } from './regionShapes';

export const MapIndicatorQuery = graphql(`
  query MapIndicator($key: String!, $lang: Language) {
    indicator(key: $key) {
      id
      key
      title(lang: $lang)
      unit(lang: $lang)
      decimals
      polarity
      sourceName
      series {
        unitKind
        ags
        name(lang: $lang)
        computed
        points {
          year
          value
          isDemo
        }
      }
    }
  }
`);

type MapIndicator = NonNullable<ResultOf<typeof MapIndicatorQuery>['indicator']>;

/** The indicator shown when the URL names none: population exists in every installation. */
export const DEFAULT_MAP_INDICATOR = 'population';

export function MapPage() {
  const { lang, t, m } = useLocalMessages(mapMessages);
  const { search, update } = useUrlState();
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const key = readParam(search, 'indikator') ?? DEFAULT_MAP_INDICATOR;
  const catalogue = useIndicatorCatalogue(['SDG_MUNICIPAL', 'STRUCTURE']);
  const query = useQuery(MapIndicatorQuery, { key, lang: toApiLanguage(lang) });
  return (
    <>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <div className="controls">
        {catalogue.status === 'success' ? (
          <IndicatorSelect
            label={m.indicatorLabel}
            entries={catalogue.entries}
            value={key}
            onChange={(next) => update({ indikator: next, jahr: null })}
            testId="map-indicator-select"
          />
        ) : catalogue.status === 'error' ? (
          <QueryErrorMessage error={catalogue.error} onRetry={() => window.location.reload()} />
        ) : (
          <Loading />
        )}
      </div>
      <QueryStatus query={query}>
        {(data) => (data.indicator ? <IndicatorMap indicator={data.indicator} /> : <p>{m.noValues}</p>)}
      </QueryStatus>
    </>
  );
}

function IndicatorMap({ indicator }: { indicator: MapIndicator }) {
  const { lang, m, localize } = useLocalMessages(mapMessages);
  const { search, update } = useUrlState();
  const navigate = useNavigate();
  const { shapes, width, height } = useMemo(unitShapes, []);
  const units = indicator.series.filter((s) => s.unitKind === 'MUNICIPALITY');
  const years = yearsOf(units);
  const requested = readIntParam(search, 'jahr');
  const year = requested !== undefined && years.includes(requested) ? requested : defaultComparisonYear(units);
  if (year === undefined) return <p>{m.noValues}</p>;

  const valueOf = (ags: string) => {
    const series = units.find((s) => s.ags === ags);
    return series ? valueIn(series, year) : null;
  };
  const values = shapes.map((shape) => valueOf(shape.ags)).filter((v): v is number => v !== null);
  const scale = colorScale(values, indicator.polarity);
  const format = (value: number) => formatDecimal(value, lang, indicator.decimals);
  const legendNote =
    indicator.polarity === 'LOWER_IS_BETTER' ? m.legendDarkerBetter : indicator.polarity === 'HIGHER_IS_BETTER' ? m.legendDarkerHigher : m.legendDarkerLower;
  const caption = m.mapCaption(indicator.title, year, indicator.unit);

  return (
    <>
      <div className="controls">
        <label className="field">
          <span>{m.yearLabel}</span>
          <select value={year} onChange={(event) => update({ jahr: Number(event.target.value) })} data-testid="map-year-select">
            {[...years].reverse().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <p>
          <Link to={localize(`/indikator/${encodeURIComponent(indicator.key)}`)}>{m.openIndicator}</Link>
        </p>
      </div>
      <figure className="map-figure">
        <figcaption className="chart-figure__caption">{caption}</figcaption>
        <svg className="unit-map" data-testid="unit-map" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={caption}>
          {shapes.map((shape) => {
            const value = valueOf(shape.ags);
            const label = value === null ? m.unitNoValue(shape.name, year) : m.unitValue(shape.name, `${format(value)} ${indicator.unit}`, year);
            return (
              <a
                key={shape.ags}
                href={localize(`/kommune/${shape.ags}`)}
                aria-label={label}
                data-testid="map-unit"
                onClick={(event) => {
                  // An <a> inside <svg> cannot be a router <Link>: navigate in the app unless a new tab was asked for.
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  void navigate(localize(`/kommune/${shape.ags}`));
                }}
              >
                <title>{label}</title>
                <path
                  d={shape.path}
                  fill={value === null ? 'url(#no-value)' : scale.colorOf(value)}
                  stroke="#1a1a1a"
                  strokeWidth={1.2}
                  fillRule="evenodd"
                />
              </a>
            );
          })}
          <defs>
            <pattern id="no-value" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#8c959f" strokeWidth="2" />
            </pattern>
          </defs>
        </svg>
        <div className="map-legend">
          <h2 className="map-legend__heading">{m.legendHeading}</h2>
          <ul>
            {scale.classes.map((c) => (
              <li key={c.color}>
                <span className="map-legend__swatch" style={{ backgroundColor: c.color, color: textColorOn(c.color) }} aria-hidden="true" />
                {format(c.from)} – {format(c.to)} {indicator.unit}
              </li>
            ))}
            {values.length < shapes.length ? (
              <li>
                <span className="map-legend__swatch map-legend__swatch--none" aria-hidden="true" />
                {m.noValue}
              </li>
            ) : null}
          </ul>
          <p>{legendNote}</p>
        </div>
        <p className="chart-figure__source">
          {m.dataSource}: {indicator.sourceName}. {m.attribution}
        </p>
      </figure>
      <DataTable
        testId="map-table"
        model={{
          caption: m.tableCaption(indicator.title, year, indicator.unit),
          decimals: indicator.decimals,
          columns: [{ header: m.unitColumn }, { header: m.valueColumn(indicator.unit), numeric: true }],
          rows: shapes.map((shape) => ({ header: shape.name, cells: [valueOf(shape.ags)] })),
        }}
      />
    </>
  );
}
