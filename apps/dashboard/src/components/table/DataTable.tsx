import { componentMessages } from '../messages';
import { useLocalMessages } from '../../i18n/localMessages';
import { formatTableCell, type TableModel } from './tableModel';

/**
 * An accessible table of a TableModel: caption, column and row headers, numbers right-aligned.
 * Wide tables scroll inside their own container (keyboard-focusable), never the page.
 */
export function DataTable({ model, testId }: { model: TableModel; testId?: string }) {
  const { lang, m } = useLocalMessages(componentMessages);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={model.caption}>
      <table data-testid={testId}>
        <caption>{model.caption}</caption>
        <thead>
          <tr>
            {model.columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, cellIndex) => (
                <td key={cellIndex} className={typeof cell === 'number' ? 'num' : undefined}>
                  {cell === null ? (
                    <>
                      <span aria-hidden="true">{m.noValue}</span>
                      <span className="visually-hidden">{m.noValueLong}</span>
                    </>
                  ) : (
                    formatTableCell(cell, model.decimals, lang, m.noValue)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
