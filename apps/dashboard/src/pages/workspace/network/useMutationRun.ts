import { useState } from 'react';
import { failureOf, problemFor, type MutationFailure } from '../../../auth/mutationResult';
import { isQueryError } from '../../../graphql/client';

/**
 * Runs one mutation for a form and keeps what went wrong: a refused result (shown beside the fields
 * it names) or a failed request. The form's values are untouched, so nothing typed is lost.
 */
export function useMutationRun() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** The changed object, or null when it was refused or failed. */
  const run = async <Result extends object>(mutate: () => Promise<Result>): Promise<Result | null> => {
    setBusy(true);
    setFailure(null);
    setError(null);
    try {
      const result = await mutate();
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
  };

  /** The reason for a field; `aliases` are the server's names for it (e.g. descriptionDe). */
  const problem = (field: string, ...aliases: string[]) =>
    [field, ...aliases].map((name) => problemFor(failure, name)).find((reason) => reason !== undefined);

  return { busy, failure, error, run, problem };
}
