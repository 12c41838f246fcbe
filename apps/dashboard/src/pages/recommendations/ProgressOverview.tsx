import { ChartFigure } from '../../components/charts/ChartFigure';
import { LazyCategoryBarChart } from '../../components/charts/lazy';
import { QueryStatus } from '../../components/QueryStatus';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatInteger } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { RecommendationProgressQuery } from './documents';
import { recommendationMessages } from './messages';

type ProgressData = ResultOf<typeof RecommendationProgressQuery>;

export interface ProgressRow {
  label: string;
  count: number;
  averageProgress: number | null;
}

/** The rows of both roll-ups, labelled for display: municipality names (or "whole region"), "SDG n – title". */
export function progressRows(data: ProgressData, wholeRegion: string): { byMunicipality: ProgressRow[]; byGoal: ProgressRow[] } {
  return {
    byMunicipality: data.byMunicipality.map((group) => ({
      label: group.municipality?.name ?? wholeRegion,
      count: group.count,
      averageProgress: group.averageProgress,
    })),
    byGoal: [...data.byGoal]
      .sort((a, b) => (a.goal?.number ?? 0) - (b.goal?.number ?? 0))
      .map((group) => ({
        label: group.goal ? `SDG ${group.goal.number} – ${group.goal.shortTitle}` : group.key,
        count: group.count,
        averageProgress: group.averageProgress,
      })),
  };
}

/** Progress rolled up per municipality and per SDG: a bar chart (loaded lazily) and its table each. */
export function ProgressOverview() {
  const { lang, m } = useLocalMessages(recommendationMessages);
  const query = useQuery(RecommendationProgressQuery, { lang: toApiLanguage(lang) });
  return (
    <section aria-labelledby="rec-rollup-heading" className="rec-rollup">
      <h2 id="rec-rollup-heading">{m.rollupHeading}</h2>
      <QueryStatus query={query}>
        {(data) => {
          const rows = progressRows(data, m.wholeRegion);
          return (
            <div className="rec-rollup__charts">
              <RollupFigure
                heading={m.rollupByMunicipality}
                rowHeader={m.municipalityLabel}
                caption={m.rollupCaptionMunicipality}
                rows={rows.byMunicipality}
                testId="rollup-municipality"
              />
              <RollupFigure heading={m.rollupByGoal} rowHeader={m.goalLabel} caption={m.rollupCaptionGoal} rows={rows.byGoal} testId="rollup-goal" />
            </div>
          );
        }}
      </QueryStatus>
    </section>
  );
}

function RollupFigure({
  heading,
  rowHeader,
  caption,
  rows,
  testId,
}: {
  heading: string;
  rowHeader: string;
  caption: string;
  rows: ProgressRow[];
  testId: string;
}) {
  const { lang, m } = useLocalMessages(recommendationMessages);
  return (
    <div className="rec-rollup__figure">
      <h3>{heading}</h3>
      {rows.length === 0 ? (
        <p>{m.noResults}</p>
      ) : (
        <ChartFigure
          caption={caption}
          testId={testId}
          chart={
            <LazyCategoryBarChart
              data={rows.map((row) => ({ label: row.label, value: row.averageProgress ?? 0 }))}
              lang={lang}
              valueLabel={m.rollupValueLabel}
            />
          }
          columns={[{ header: rowHeader }, { header: m.rollupColumnCount, numeric: true }, { header: m.rollupColumnProgress, numeric: true }]}
          rows={rows.map((row) => [
            row.label,
            formatInteger(row.count, lang),
            row.averageProgress === null ? '–' : formatInteger(row.averageProgress, lang),
          ])}
        />
      )}
    </div>
  );
}
