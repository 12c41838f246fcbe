// Building blocks shared by the process and publication forms: one submit hook that turns a mutation
// result union into a failure shown beside the fields, labelled inputs, and the alert above a form.
// The input values live in the page, so a refused save never clears them.
import { useCallback, useId, useState, type ReactNode } from 'react';
import { failureOf, problemFor, type MutationFailure } from '../../../auth/mutationResult';
import { QueryStatus } from '../../../components/QueryStatus';
import { isQueryError } from '../../../graphql/client';
import { hiddenCount, nodesOf, type CountedPage, type PageOf } from '../../../graphql/connection';
import type { UseQueryResult } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Field } from '../Field';
import { workspaceMessages } from '../messages';
import { processMessages } from './messages';
import { useLatestData } from '../useLatestData';

export interface Submission {
  failure: MutationFailure | null;
  error: string | null;
  busy: boolean;
  /** The reason the server gave for a field (or one of its list items). */
  problem: (field: string) => string | undefined;
  /** Runs a mutation; answers its success member, or null after showing the failure. */
  run: <Result extends object>(call: () => Promise<Result>) => Promise<Result | null>;
  clear: () => void;
}

export function useSubmission(): Submission {
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <Result extends object>(call: () => Promise<Result>): Promise<Result | null> => {
    setBusy(true);
    setFailure(null);
    setError(null);
    try {
      const result = await call();
      const refused = failureOf(result);
      if (refused) {
        setFailure(refused);
        return null;
      }
      return result;
    } catch (caught) {
      setError(isQueryError(caught) ? caught.message : String(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setFailure(null);
    setError(null);
  }, []);
  return { failure, error, busy, run, clear, problem: (field) => problemFor(failure, field) };
}

/**
 * What went wrong with the last save, above the form: fields to check, a conflict, or the reason.
 * Actions without a form (delete, publish) pass `withFields={false}`: their reasons are shown here.
 */
export function SubmissionAlert({ submission, testId = 'form-error', withFields = true }: { submission: Submission; testId?: string; withFields?: boolean }) {
  const { m } = useLocalMessages(workspaceMessages);
  const { failure, error } = submission;
  if (!failure && !error) return null;
  return (
    <div className="ws-alert ws-alert--warning" role="alert" data-testid={testId}>
      {failure?.code === 'CONFLICT' ? (
        <>
          <p className="ws-alert__title">{m.conflictTitle}</p>
          <p>{m.conflictText}</p>
        </>
      ) : failure ? (
        <p>
          {failure.code === 'VALIDATION' && failure.problems.length > 0
            ? withFields
              ? m.checkFields
              : m.failed(failure.problems.map((problem) => problem.reason).join('; '))
            : m.failed(failure.message)}
        </p>
      ) : (
        <p>{m.failed(error ?? '')}</p>
      )}
    </div>
  );
}

function Label({ text, required }: { text: string; required: boolean | undefined }) {
  const { m } = useLocalMessages(workspaceMessages);
  return (
    <>
      {text} {required ? <span className="ws-field__required">({m.required})</span> : <span className="ws-field__optional">({m.optional})</span>}
    </>
  );
}

interface InputProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string | undefined;
  hint?: string | null | undefined;
  required?: boolean;
  disabled?: boolean;
}

export function TextInput({ type = 'text', ...props }: InputProps & { type?: 'text' | 'date' | 'datetime-local' | 'number' }) {
  return (
    <Field label={<Label text={props.label} required={props.required} />} hint={props.hint} problem={props.problem}>
      {(control) => (
        <input
          {...control}
          type={type}
          name={props.name}
          value={props.value}
          required={props.required}
          disabled={props.disabled}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({ rows = 4, ...props }: InputProps & { rows?: number }) {
  return (
    <Field label={<Label text={props.label} required={props.required} />} hint={props.hint} problem={props.problem}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          name={props.name}
          value={props.value}
          required={props.required}
          disabled={props.disabled}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({ options, empty, ...props }: InputProps & { options: readonly Option[]; empty?: string }) {
  return (
    <Field label={<Label text={props.label} required={props.required} />} hint={props.hint} problem={props.problem}>
      {(control) => (
        <select {...control} name={props.name} value={props.value} disabled={props.disabled} onChange={(event) => props.onChange(event.target.value)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * Several choices from a list (signatories, recommendations, agreements): checkboxes in a fieldset;
 * read-only names instead when the list was loaded only in part (see loadedInPart).
 */
export function MultiCheck({
  legend,
  name,
  options,
  values,
  onChange,
  problem,
  partial,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  problem?: string | undefined;
  partial?: PartOfList | null;
}) {
  const { m } = useLocalMessages(workspaceMessages);
  const { m: p } = useLocalMessages(processMessages);
  const problemId = `${useId()}-problem`;
  if (partial) {
    return (
      <fieldset className="ws-field ws-multi" data-testid="partial-list">
        <legend className="ws-field__label">{legend}</legend>
        <p>{partial.names.join(', ')} …</p>
        <p className="ws-field__hint">{p.listTooLongToEdit(partial.total)}</p>
      </fieldset>
    );
  }
  return (
    <fieldset className="ws-field ws-multi" aria-describedby={problem ? problemId : undefined}>
      <legend className="ws-field__label">
        {legend} <span className="ws-field__optional">({m.optional})</span>
      </legend>
      <div className="ws-multi__options">
        {options.map((option) => (
          <label key={option.value} className="ws-radio">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value))
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {problem ? (
        <span id={problemId} className="ws-field__problem">
          {problem}
        </span>
      ) : null}
    </fieldset>
  );
}

export function Checkbox({ label, name, checked, onChange }: { label: string; name: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="ws-radio">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="ws-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** "" → null, so an empty optional input clears the field instead of sending an empty string. */
export const optional = (value: string) => value.trim() || null;

/** A `datetime-local` value with the browser's UTC offset, so the server stores the moment meant. */
export function withOffset(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return local;
  const offset = -new Date(local).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (value: number) => String(Math.floor(Math.abs(value))).padStart(2, '0');
  return `${local}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** An ISO date-time as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A list that stays on screen while it reloads after a change, so focus and scroll position stay. */
export function StableQuery<Result>({ query, children }: { query: UseQueryResult<Result>; children: (data: Result) => ReactNode }) {
  const data = useLatestData(query);
  return data ? <>{children(data)}</> : <QueryStatus query={query}>{() => null}</QueryStatus>;
}

/** What a form shows of a list it loaded only in part: the names it has, and how many there are. */
export interface PartOfList {
  names: string[];
  total: number;
}

/**
 * The existing record's list when the form loaded only one page of it, else null. Saving a list
 * replaces it whole, so a form that saw part of it would drop the rest: MultiCheck shows such a list
 * read-only (its `partial`), and the form leaves it out of its update.
 */
export function loadedInPart<Node>(list: (CountedPage & PageOf<Node>) | null | undefined, nameOf: (node: Node) => string): PartOfList | null {
  return list && hiddenCount(list) > 0 ? { names: nodesOf<Node>(list).map(nameOf), total: list.totalCount } : null;
}
