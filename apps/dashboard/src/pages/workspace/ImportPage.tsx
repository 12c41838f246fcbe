import { useState, type ChangeEvent } from 'react';
import { failureOf, type MutationFailure } from '../../auth/mutationResult';
import { executeQuery, isQueryError } from '../../graphql/client';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ImportRecommendationsCsvMutation } from './documents';
import { workspaceMessages } from './messages';
import { CsvRefusal } from './CsvRefusal';

export const EXPORT_PATH = '/export/recommendations.csv';

type Outcome =
  | { kind: 'checked'; created: number; updated: number }
  | { kind: 'imported'; created: number; updated: number }
  | { kind: 'refused'; failure: MutationFailure }
  | { kind: 'error'; message: string };

/** `/arbeitsbereich/import`: CSV export link; import with a dry run first, all or nothing. */
export function ImportPage() {
  const { lang, m, t } = useLocalMessages(workspaceMessages);
  useDocumentTitle(`${m.csvTitle} – ${t.appName}`);
  const [csv, setCsv] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checkedText, setCheckedText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setCsv(await file.text());
      setOutcome(null);
    } catch {
      setOutcome({ kind: 'error', message: m.fileReadFailed(file.name) });
    }
  };

  const run = async (dryRun: boolean) => {
    setBusy(true);
    try {
      const { importRecommendationsCsv: result } = await executeQuery(ImportRecommendationsCsvMutation, { csv, dryRun }, { lang });
      const failure = failureOf(result);
      if (failure) {
        setOutcome({ kind: 'refused', failure });
        setCheckedText(null);
      } else if ('created' in result) {
        setOutcome({ kind: dryRun ? 'checked' : 'imported', created: result.created, updated: result.updated });
        setCheckedText(dryRun ? csv : null);
      }
    } catch (caught) {
      setOutcome({ kind: 'error', message: isQueryError(caught) ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  };

  // Importing is offered only for exactly the text that passed the dry run.
  const canImport = outcome?.kind === 'checked' && checkedText === csv;

  return (
    <div className="ws-csv-page">
      <h1>{m.csvTitle}</h1>
      <section aria-labelledby="ws-export-heading">
        <h2 id="ws-export-heading">{m.exportHeading}</h2>
        <p>{m.exportText}</p>
        <p>
          <a href={EXPORT_PATH} download data-testid="csv-export-link">
            {m.exportLink}
          </a>
        </p>
      </section>
      <section aria-labelledby="ws-import-heading">
        <h2 id="ws-import-heading">{m.importHeading}</h2>
        <p>{m.importText}</p>
        <div className="ws-form">
          <label className="ws-field">
            <span className="ws-field__label">{m.fileLabel}</span>
            <input type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event)} />
          </label>
          <label className="ws-field">
            <span className="ws-field__label">{m.pasteLabel}</span>
            <textarea name="csv" rows={8} value={csv} onChange={(event) => setCsv(event.target.value)} spellCheck={false} className="ws-csv-text" />
          </label>
          <div className="ws-form__actions">
            <button type="button" onClick={() => void run(true)} disabled={busy || !csv.trim()}>
              {busy ? m.importing : m.dryRunButton}
            </button>
            <button type="button" onClick={() => void run(false)} disabled={busy || !canImport} data-testid="csv-import-button">
              {m.importButton}
            </button>
          </div>
        </div>
        <div aria-live="polite">{outcome ? <ImportOutcome outcome={outcome} /> : null}</div>
      </section>
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { m } = useLocalMessages(workspaceMessages);
  switch (outcome.kind) {
    case 'checked':
      return <p className="ws-alert ws-alert--success" data-testid="csv-result">{m.dryRunOk(outcome.created, outcome.updated)}</p>;
    case 'imported':
      return <p className="ws-alert ws-alert--success" data-testid="csv-result">{m.importDone(outcome.created, outcome.updated)}</p>;
    case 'error':
      return (
        <p className="ws-form__error" role="alert">
          {m.failed(outcome.message)}
        </p>
      );
    case 'refused':
      return <CsvRefusal failure={outcome.failure} labels={{ refused: m.importRefused, failed: m.failed, caption: m.problemsCaption, line: m.columnLine, column: m.columnColumn, reason: m.columnReason, wholeRow: m.wholeRow }} />;
  }
}
