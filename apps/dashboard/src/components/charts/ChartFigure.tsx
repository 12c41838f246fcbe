import { Component, Suspense, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';

export interface TableColumn {
  header: string;
  /** Right-align numbers. */
  numeric?: boolean;
}

export interface ChartFigureProps {
  caption: string;
  /** Stable hook for browser tests on the element that holds the chart's <svg>. */
  testId?: string;
  chart: ReactNode;
  columns: readonly TableColumn[];
  rows: ReadonlyArray<readonly string[]>;
  source?: string | undefined;
  note?: string | undefined;
}

class ChartErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A chart with its text alternative: the caption names it and the same numbers are in a table
 * that does not depend on the (lazily loaded) chart code.
 */
export function ChartFigure({ caption, testId, chart, columns, rows, source, note }: ChartFigureProps) {
  const { t } = useI18n();
  return (
    <figure className="chart-figure">
      <figcaption className="chart-figure__caption">{caption}</figcaption>
      <div className="chart-figure__chart" data-testid={testId} role="img" aria-label={caption}>
        <ChartErrorBoundary fallback={<p className="chart-figure__loading">{t.chartFailed}</p>}>
          <Suspense fallback={<p className="chart-figure__loading">{t.chartLoading}</p>}>{chart}</Suspense>
        </ChartErrorBoundary>
      </div>
      <details className="chart-data">
        <summary>{t.dataAsTable}</summary>
        <div className="table-scroll">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) =>
                    cellIndex === 0 ? (
                      <th key={cellIndex} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={cellIndex} className={columns[cellIndex]?.numeric ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {note ? <p className="chart-figure__note">{note}</p> : null}
      {source ? (
        <p className="chart-figure__source">
          {t.sourceLabel}: {source}
        </p>
      ) : null}
    </figure>
  );
}
