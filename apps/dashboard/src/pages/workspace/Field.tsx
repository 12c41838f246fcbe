import { useId, type ReactNode } from 'react';

export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A labelled form control with its hint and its problem. Hint and problem are outside the <label>
 * and referenced by aria-describedby, so the control's accessible name is the label alone.
 */
export function Field({
  label,
  hint,
  problem,
  children,
}: {
  label: ReactNode;
  hint?: string | null | undefined;
  problem?: string | null | undefined;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [problem ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="ws-field">
      <label className="ws-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined })}
      {hint ? (
        <span id={hintId} className="ws-field__hint">
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span id={problemId} className="ws-field__problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
