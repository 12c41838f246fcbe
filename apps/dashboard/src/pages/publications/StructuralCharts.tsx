// The structural data of a municipality (population over time, age groups) for a publication: the
// municipality page's query and chart components, rendered without the rest of the profile.
import { Link } from 'react-router';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyCategoryBarChart, LazyPopulationLineChart } from '../../components/charts/lazy';
import { QueryStatus } from '../../components/QueryStatus';
import { useQuery } from '../../graphql/useQuery';
import { formatInteger } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useI18n } from '../../i18n/useI18n';
import { categoriesOfYear, latestCategoryYear, totalsByYear } from '../../lib/observations';
import { MunicipalityPageQuery } from '../municipality/MunicipalityPage';

export function StructuralCharts({ ags, profileLabel }: { ags: string; profileLabel: (name: string) => string }) {
  const { lang, t, localize } = useI18n();
  const query = useQuery(MunicipalityPageQuery, { ags, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) => {
        const m = data.municipality;
        if (!m) return <p>{t.noObservations}</p>;
        const populationSeries = totalsByYear(m.populationSeries.nodes);
        const ageYear = latestCategoryYear(m.ageGroups.nodes);
        const ageGroups = ageYear === undefined ? [] : categoriesOfYear(m.ageGroups.nodes, ageYear);
        const firstYear = populationSeries[0]?.year;
        const lastYear = populationSeries[populationSeries.length - 1]?.year;
        return (
          <>
            {firstYear === undefined || lastYear === undefined ? null : (
              <ChartFigure
                caption={t.populationChartCaption(m.name, firstYear, lastYear)}
                testId="population-chart"
                chart={<LazyPopulationLineChart data={populationSeries.map(({ year, value }) => ({ year, value }))} lang={lang} valueLabel={t.columnValue} />}
                columns={[{ header: t.columnYear }, { header: t.columnValue, numeric: true }]}
                rows={populationSeries.map((o) => [String(o.year), formatInteger(o.value, lang)])}
                source={data.populationIndicator?.sourceName}
                note={populationSeries.some((o) => o.isDemo) ? t.demoValuesNote : undefined}
              />
            )}
            {ageYear === undefined || ageGroups.length === 0 ? null : (
              <ChartFigure
                caption={t.ageChartCaption(m.name, ageYear)}
                testId="age-chart"
                chart={<LazyCategoryBarChart data={ageGroups.map(({ label, value }) => ({ label, value }))} lang={lang} valueLabel={t.columnValue} />}
                columns={[{ header: t.columnAgeGroup }, { header: t.columnValue, numeric: true }]}
                rows={ageGroups.map((g) => [g.label, formatInteger(g.value, lang)])}
                source={data.ageIndicator?.sourceName}
                note={ageGroups.some((g) => g.isDemo) ? t.demoValuesNote : undefined}
              />
            )}
            {firstYear === undefined && ageGroups.length === 0 ? <p>{t.noObservations}</p> : null}
            <p>
              <Link to={localize(`/kommune/${m.ags}`)}>{profileLabel(m.name)}</Link>
            </p>
          </>
        );
      }}
    </QueryStatus>
  );
}
