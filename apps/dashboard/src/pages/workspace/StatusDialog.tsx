import type { RecommendationStatus } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { failureOf, type MutationFailure } from '../../auth/mutationResult';
import { executeQuery, isQueryError } from '../../graphql/client';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from '../recommendations/messages';
import { Dialog } from './Dialog';
import { UpdateRecommendationStatusMutation } from './documents';
import { Field } from './Field';
import { workspaceMessages } from './messages';
import { noteRequired, progressRange, statusChangeProblems, statusChoices, suggestedProgress } from './statusChange';

export interface CurrentState {
  id: string;
  status: RecommendationStatus;
  progress: number;
  version: number;
}

/**
 * Changes status and progress with a note. Offers only the workflow's allowed targets and the
 * progress range of the chosen status; checks the note and progress before sending. When someone
 * else changed the recommendation meanwhile (CONFLICT), it says so, has the page reload the current
 * version (`onReload`) and keeps everything the user entered, so saving again applies it on top.
 */
export function StatusDialog({
  current,
  onClose,
  onSaved,
  onReload,
}: {
  current: CurrentState;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  const choices = statusChoices(current.status);
  const [target, setTarget] = useState<RecommendationStatus | undefined>(choices.find((status) => status !== current.status) ?? choices[0]);
  const [progress, setProgress] = useState(() => (target ? suggestedProgress(target, current.progress) : current.progress));
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [networkError, setNetworkError] = useState<string | null>(null);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);

  // After a reload the current status may offer other targets: keep the choice only where it is still allowed.
  const chosen = target && choices.includes(target) ? target : choices[0];
  const range = chosen ? progressRange(chosen, current.progress) : null;
  const shownProgress = range?.fixed ? range.min : progress;
  const localProblems = chosen ? statusChangeProblems(current.status, current.progress, chosen, shownProgress, note) : [];
  const problemOf = (field: string) => {
    const local = attempted ? localProblems.find((p) => p.field === field)?.reason[lang] : undefined;
    return local ?? failure?.problems.find((p) => p.field === field)?.reason;
  };

  const choose = (status: RecommendationStatus) => {
    setTarget(status);
    setProgress(suggestedProgress(status, current.progress));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!chosen || localProblems.length > 0) return;
    setBusy(true);
    setFailure(null);
    setNetworkError(null);
    try {
      const { updateRecommendationStatus: result } = await executeQuery(
        UpdateRecommendationStatusMutation,
        { input: { id: current.id, status: chosen, progress: shownProgress, note: note.trim() || null, expectedVersion: current.version } },
        { lang },
      );
      const refused = failureOf(result);
      if (!refused) {
        onSaved();
        return;
      }
      setFailure(refused);
      if (refused.code === 'CONFLICT') {
        setConflictVersion(refused.currentVersion);
        onReload();
      }
    } catch (caught) {
      setNetworkError(isQueryError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const noteNeeded = chosen ? noteRequired(current.status, chosen) : false;
  const noteProblem = problemOf('note');
  const progressProblem = problemOf('progress');
  const statusProblem = problemOf('status');
  const generalError =
    networkError ?? (failure && failure.code !== 'CONFLICT' && failure.code !== 'VALIDATION' ? failure.message : null);

  return (
    <Dialog title={m.dialogTitle} onClose={onClose} testId="status-dialog">
      <p className="ws-dialog__current">{m.dialogCurrent(r.status[current.status], current.progress)}</p>
      {failure?.code === 'CONFLICT' ? (
        <div className="ws-alert ws-alert--warning" role="alert" data-testid="conflict-message">
          <p className="ws-alert__title">{m.conflictTitle}</p>
          <p>{m.conflictText}</p>
          {conflictVersion !== null && conflictVersion === current.version ? <p>{m.conflictReloaded(current.version)}</p> : null}
        </div>
      ) : null}
      {generalError ? (
        <p className="ws-form__error" role="alert">
          {m.failed(generalError)}
        </p>
      ) : null}
      {choices.length === 0 || !chosen ? (
        <p>{m.finalStatus}</p>
      ) : (
        <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className="ws-field ws-radio-group" aria-invalid={statusProblem ? true : undefined}>
            <legend className="ws-field__label">{m.targetStatusLabel}</legend>
            {choices.map((status) => (
              <label key={status} className="ws-radio">
                <input type="radio" name="status" value={status} checked={chosen === status} onChange={() => choose(status)} />
                {status === current.status ? m.keepStatus(r.status[status]) : r.status[status]}
              </label>
            ))}
            {statusProblem ? <p className="ws-field__problem">{statusProblem}</p> : null}
          </fieldset>
          <Field
            label={m.progressInputLabel}
            hint={range?.fixed ? m.progressFixed(range.min) : range ? m.progressHint(range.min, range.max) : null}
            problem={progressProblem}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                name="progress"
                inputMode="numeric"
                min={range?.min}
                max={range?.max}
                step={1}
                value={Number.isNaN(shownProgress) ? '' : shownProgress}
                readOnly={range?.fixed}
                onChange={(event) => setProgress(event.target.valueAsNumber)}
              />
            )}
          </Field>
          <Field
            label={
              <>
                {m.noteLabel}
                {noteNeeded ? <span className="ws-field__required"> ({m.required})</span> : null}
              </>
            }
            hint={noteNeeded ? m.noteRequiredHint : m.noteOptionalHint}
            problem={noteProblem}
          >
            {(control) => <textarea {...control} name="note" rows={4} value={note} required={noteNeeded} onChange={(event) => setNote(event.target.value)} />}
          </Field>
          <div className="ws-form__actions">
            <button type="submit" disabled={busy}>
              {busy ? m.saving : m.save}
            </button>
            <button type="button" className="button-secondary" onClick={onClose}>
              {m.cancel}
            </button>
          </div>
        </form>
      )}
      {choices.length === 0 ? (
        <button type="button" className="button-secondary" onClick={onClose}>
          {m.close}
        </button>
      ) : null}
    </Dialog>
  );
}
