import type { MutationFailure } from '../../auth/mutationResult';

export interface CsvRefusalLabels {
  /** Heading when rows were refused, with their number. */
  refused: (count: number) => string;
  /** Heading for a refusal without rows (e.g. a wrong file), with the server's message. */
  failed: (message: string) => string;
  caption: string;
  line: string;
  column: string;
  reason: string;
  wholeRow: string;
}

/** A refused CSV import: every problem with its line, column and reason (the same for every importer). */
export function CsvRefusal({ failure, labels }: { failure: MutationFailure; labels: CsvRefusalLabels }) {
  const rows = failure.csvProblems.length
    ? failure.csvProblems
    : failure.problems.map((problem) => ({ line: null, column: problem.field, reason: problem.reason }));
  return (
    <div className="ws-alert ws-alert--warning" role="alert" data-testid="csv-result">
      <p className="ws-alert__title">{rows.length ? labels.refused(rows.length) : labels.failed(failure.message)}</p>
      {rows.length ? (
        // Focusable so that keyboard users can scroll a wide table (axe: scrollable-region-focusable).
        <div className="table-scroll" tabIndex={0} role="region" aria-label={labels.caption}>
          <table data-testid="csv-problems">
            <caption>{labels.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {labels.line}
                </th>
                <th scope="col">{labels.column}</th>
                <th scope="col">{labels.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((problem, index) => (
                <tr key={index}>
                  <td className="num">{problem.line ?? '–'}</td>
                  <td>{problem.column ?? labels.wholeRow}</td>
                  <td>{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
