import { enumLabels, readActorCsv } from '@atlas/domain';
import { useMemo, useState, type ChangeEvent } from 'react';
import type { MutationFailure } from '../../../auth/mutationResult';
import { executeQuery } from '../../../graphql/client';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ImportActorsCsvMutation } from './documents';
import { networkMessages } from './messages';
import { useMutationRun } from './useMutationRun';
import { CsvRefusal } from '../CsvRefusal';

interface Counts {
  actorsCreated: number;
  actorsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
}
type Outcome = { kind: 'checked' | 'imported'; counts: Counts } | { kind: 'unreadable'; message: string };

/** `/arbeitsbereich/akteure/import`: actors and contacts from CSV, a dry run first, all or nothing. */
export function ActorImportPage() {
  const { lang, m, t } = useLocalMessages(networkMessages);
  useDocumentTitle(`${m.importTitle} – ${t.appName}`);
  const [csv, setCsv] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checkedText, setCheckedText] = useState<string | null>(null);
  const { busy, failure, error, run } = useMutationRun();

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setCsv(await file.text());
      setOutcome(null);
    } catch {
      setOutcome({ kind: 'unreadable', message: m.fileReadFailed(file.name) });
    }
  };

  const importCsv = async (dryRun: boolean) => {
    setOutcome(null);
    const result = await run(async () => (await executeQuery(ImportActorsCsvMutation, { csv, dryRun }, { lang })).importActorsCsv);
    if (result && 'dryRun' in result) {
      setOutcome({ kind: dryRun ? 'checked' : 'imported', counts: result });
      setCheckedText(dryRun ? csv : null);
    } else {
      setCheckedText(null);
    }
  };

  // Importing is offered only for exactly the text that passed the dry run.
  const canImport = outcome?.kind === 'checked' && checkedText === csv;
  const contacts = (counts: Counts) => counts.contactsCreated + counts.contactsUpdated;

  return (
    <div className="ws-csv-page">
      <h1>{m.importTitle}</h1>
      <p>{m.importText}</p>
      <p className="ws-field__hint">{m.importColumns}</p>
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
          <button type="button" onClick={() => void importCsv(true)} disabled={busy || !csv.trim()}>
            {busy ? m.importing : m.dryRunButton}
          </button>
          <button type="button" onClick={() => void importCsv(false)} disabled={busy || !canImport} data-testid="csv-import-button">
            {m.importButton}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'checked' ? (
          <p className="ws-alert ws-alert--success" data-testid="csv-result">
            {m.dryRunOk(outcome.counts.actorsCreated, outcome.counts.actorsUpdated, contacts(outcome.counts))}
          </p>
        ) : null}
        {outcome?.kind === 'checked' && canImport ? <Preview csv={csv} /> : null}
        {outcome?.kind === 'imported' ? (
          <p className="ws-alert ws-alert--success" data-testid="csv-result">
            {m.importDone(outcome.counts.actorsCreated, outcome.counts.actorsUpdated, contacts(outcome.counts))}
          </p>
        ) : null}
        {outcome?.kind === 'unreadable' ? (
          <p className="ws-form__error" role="alert">
            {outcome.message}
          </p>
        ) : null}
        {error ? (
          <p className="ws-form__error" role="alert">
            {m.failed(error)}
          </p>
        ) : null}
        {failure ? <Problems failure={failure} /> : null}
      </div>
    </div>
  );
}

/**
 * What the import would write, read with the same domain rules the server applies (the server's dry
 * run already accepted this text; the preview only shows it row by row).
 */
function Preview({ csv }: { csv: string }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const actors = useMemo(() => {
    const read = readActorCsv(csv);
    return read.ok ? read.actors : [];
  }, [csv]);
  if (!actors.length) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={m.previewCaption}>
      <table data-testid="csv-preview">
        <caption>{m.previewCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {m.columnLine}
            </th>
            <th scope="col">{m.columnName}</th>
            <th scope="col">{m.columnSector}</th>
            <th scope="col">{m.columnMunicipality}</th>
            <th scope="col">{m.contactsHeading}</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((actor) => (
            <tr key={actor.line}>
              <td className="num">{actor.line}</td>
              <th scope="row">{actor.fields.name}</th>
              <td>{enumLabels.ActorSector[actor.fields.sector][lang]}</td>
              <td>{actor.fields.municipalityAgs ?? m.wholeRegion}</td>
              <td>{actor.contacts.map((contact) => `${contact.fields.firstName} ${contact.fields.lastName}`).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every refused line with its column and reason. */
function Problems({ failure }: { failure: MutationFailure }) {
  const { m } = useLocalMessages(networkMessages);
  return <CsvRefusal failure={failure} labels={{ refused: m.importRefused, failed: m.failed, caption: m.problemsCaption, line: m.columnLine, column: m.columnColumn, reason: m.columnReason, wholeRow: m.wholeRow }} />;
}
