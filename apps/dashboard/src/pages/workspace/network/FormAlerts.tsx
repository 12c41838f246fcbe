import type { MutationFailure } from '../../../auth/mutationResult';
import { useLocalMessages } from '../../../i18n/localMessages';
import { networkMessages } from './messages';

/**
 * Above a form: "check the marked fields" for a refused input, the reason for anything else.
 * `fields` are the server's names of the fields the form shows problems beside; problems with
 * other fields (none is marked for them) are listed here with their field.
 */
export function FormAlerts({ failure, error, fields }: { failure: MutationFailure | null; error: string | null; fields?: readonly string[] }) {
  const { m } = useLocalMessages(networkMessages);
  const shown = (field: string) => fields?.some((name) => field === name || field.startsWith(`${name}.`)) ?? false;
  const unmarked = failure?.problems.filter((problem) => !shown(problem.field)) ?? [];
  return (
    <>
      {failure ? (
        <div className="ws-form__error" role="alert" data-testid="form-error">
          <p>{failure.code === 'VALIDATION' && failure.problems.length ? m.checkFields : m.failed(failure.message)}</p>
          {unmarked.length ? (
            <ul>
              {unmarked.map((problem) => (
                <li key={problem.field}>{`${problem.field}: ${problem.reason}`}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="ws-form__error" role="alert">
          {m.failed(error)}
        </p>
      ) : null}
    </>
  );
}

/** The label of a form field with its required/optional marker. */
export function FieldLabel({ text, required = false }: { text: string; required?: boolean }) {
  const { m } = useLocalMessages(networkMessages);
  return (
    <>
      {text} {required ? <span className="ws-field__required">({m.required})</span> : <span className="ws-field__optional">({m.optional})</span>}
    </>
  );
}
