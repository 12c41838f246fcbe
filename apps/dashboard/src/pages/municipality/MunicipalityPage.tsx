import { Link, useParams } from 'react-router';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyCategoryBarChart, LazyPopulationLineChart } from '../../components/charts/lazy';
import { QueryStatus } from '../../components/QueryStatus';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatDecimal, formatInteger, formatIsoDate } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useI18n } from '../../i18n/useI18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { categoriesOfYear, latestCategoryYear, totalsByYear } from '../../lib/observations';
import { useLocalMessages } from '../../i18n/localMessages';
import { profileMessages } from './messages';
import { ProfileIndicators } from './ProfileIndicators';
import { MunicipalityRecommendations } from '../recommendations/MunicipalityRecommendations';
import { ProcessTimeline } from '../process/events/ProcessTimeline';

// The latest 100 values of each series (`last`): more years than the charts show, and every age
// group of the latest year.
export const MunicipalityPageQuery = graphql(`
  query MunicipalityPage($ags: String!, $lang: Language) {
    municipality(ags: $ags) {
      id
      ags
      name
      officialName
      kind
      population
      populationDate
      areaKm2
      density
      nuts3
      populationSeries: observations(indicatorKey: "population", last: 100) {
        nodes {
          year
          value
          category
          isDemo
        }
      }
      ageGroups: observations(indicatorKey: "population_by_age", disaggregated: true, last: 100) {
        nodes {
          year
          value
          category
          categoryLabel(lang: $lang)
          isDemo
        }
      }
    }
    populationIndicator: indicator(key: "population") {
      id
      title(lang: $lang)
      sourceName
    }
    ageIndicator: indicator(key: "population_by_age") {
      id
      title(lang: $lang)
      sourceName
    }
  }
`);

type MunicipalityPageData = ResultOf<typeof MunicipalityPageQuery>;
type MunicipalityData = NonNullable<MunicipalityPageData['municipality']>;

export function MunicipalityPage() {
  const { ags = '' } = useParams();
  const { lang } = useI18n();
  const query = useQuery(MunicipalityPageQuery, { ags, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) =>
        data.municipality ? <MunicipalityView data={data} municipality={data.municipality} /> : <MunicipalityNotFound ags={ags} />
      }
    </QueryStatus>
  );
}

function MunicipalityNotFound({ ags }: { ags: string }) {
  const { t, localize } = useI18n();
  useDocumentTitle(`${t.municipalityNotFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="municipality-not-found">
      <h1>{t.municipalityNotFoundTitle}</h1>
      <p>{t.municipalityNotFoundText(ags)}</p>
      <p>
        <Link to={localize('/')}>{t.backToOverview}</Link>
      </p>
    </div>
  );
}

function MunicipalityView({ data, municipality: m }: { data: MunicipalityPageData; municipality: MunicipalityData }) {
  const { lang, t } = useI18n();
  useDocumentTitle(`${m.name} – ${t.appName}`);
  const na = t.notAvailable;
  const populationSeries = totalsByYear(m.populationSeries.nodes);
  const ageYear = latestCategoryYear(m.ageGroups.nodes);
  const ageGroups = ageYear === undefined ? [] : categoriesOfYear(m.ageGroups.nodes, ageYear);
  const firstYear = populationSeries[0]?.year;
  const lastYear = populationSeries[populationSeries.length - 1]?.year;

  return (
    <>
      <h1>{m.name}</h1>
      {m.officialName !== m.name ? <p className="lead">{m.officialName}</p> : null}
      <ProfileActions ags={m.ags} />

      <section aria-labelledby="key-figures-heading">
        <h2 id="key-figures-heading">{t.keyFiguresHeading}</h2>
        <dl className="key-figures">
          <div>
            <dt>{t.figurePopulation}</dt>
            <dd>
              {m.population == null ? na : formatInteger(m.population, lang)}
              {m.populationDate ? (
                <span className="key-figures__note">{t.figurePopulationAsOf(formatIsoDate(m.populationDate, lang))}</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t.figureArea}</dt>
            <dd>{m.areaKm2 == null ? na : `${formatDecimal(m.areaKm2, lang, 2)} ${t.unitKm2}`}</dd>
          </div>
          <div>
            <dt>{t.figureDensity}</dt>
            <dd>{m.density == null ? na : `${formatInteger(m.density, lang)} ${t.unitPerKm2}`}</dd>
          </div>
          <div>
            <dt>{t.figureKind}</dt>
            <dd>{t.municipalityKind[m.kind]}</dd>
          </div>
          <div>
            <dt>{t.figureNuts3}</dt>
            <dd>{m.nuts3 ?? na}</dd>
          </div>
          <div>
            <dt>{t.figureAgs}</dt>
            <dd>{m.ags}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="population-heading">
        <h2 id="population-heading">{data.populationIndicator?.title ?? t.populationChartHeading}</h2>
        {firstYear === undefined || lastYear === undefined ? (
          <p>{t.noObservations}</p>
        ) : (
          <ChartFigure
            caption={t.populationChartCaption(m.name, firstYear, lastYear)}
            testId="population-chart"
            chart={
              <LazyPopulationLineChart
                data={populationSeries.map(({ year, value }) => ({ year, value }))}
                lang={lang}
                valueLabel={t.columnValue}
              />
            }
            columns={[{ header: t.columnYear }, { header: t.columnValue, numeric: true }]}
            rows={populationSeries.map((o) => [String(o.year), formatInteger(o.value, lang)])}
            source={data.populationIndicator?.sourceName}
            note={populationSeries.some((o) => o.isDemo) ? t.demoValuesNote : undefined}
          />
        )}
        {data.populationIndicator ? <AllUnitsLink indicatorKey="population" /> : null}
      </section>

      <section aria-labelledby="age-heading">
        <h2 id="age-heading">{data.ageIndicator?.title ?? t.ageChartHeading}</h2>
        {ageYear === undefined || ageGroups.length === 0 ? (
          <p>{t.noObservations}</p>
        ) : (
          <ChartFigure
            caption={t.ageChartCaption(m.name, ageYear)}
            testId="age-chart"
            chart={
              <LazyCategoryBarChart
                data={ageGroups.map(({ label, value }) => ({ label, value }))}
                lang={lang}
                valueLabel={t.columnValue}
              />
            }
            columns={[{ header: t.columnAgeGroup }, { header: t.columnValue, numeric: true }]}
            rows={ageGroups.map((g) => [g.label, formatInteger(g.value, lang)])}
            source={data.ageIndicator?.sourceName}
            note={ageGroups.some((g) => g.isDemo) ? t.demoValuesNote : undefined}
          />
        )}
      </section>

      <ProfileIndicators ags={m.ags} />
      <MunicipalityRecommendations ags={m.ags} name={m.name} />
      <ProcessTimeline ags={m.ags} name={m.name} />
    </>
  );
}

/** Print button and the way to the comparison with the neighbours; neither is printed. */
function ProfileActions({ ags }: { ags: string }) {
  const { m, localize } = useLocalMessages(profileMessages);
  return (
    <p className="page-actions">
      <button type="button" onClick={() => window.print()}>
        {m.print}
      </button>
      <Link to={`${localize('/vergleich')}${localize('/vergleich').includes('?') ? '&' : '?'}ags=${ags},region&indikatoren=population`}>
        {m.compareWithNeighbours}
      </Link>
    </p>
  );
}

function AllUnitsLink({ indicatorKey }: { indicatorKey: string }) {
  const { m, localize } = useLocalMessages(profileMessages);
  return (
    <p className="chart-link">
      <Link to={localize(`/indikator/${indicatorKey}`)} data-testid="indicator-link">
        {m.allUnitsSeries}
      </Link>
    </p>
  );
}
