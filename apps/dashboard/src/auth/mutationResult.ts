// Every mutation answers with a result union: the changed object or a typed error implementing the
// `Error` interface (see the Mutation type in apps/api/schema.graphql). This turns the error members
// into one value the forms can show.
import { graphql } from '../graphql/graphql';

/** Spread into every mutation's selection: `... on Error { ...MutationErrorFields }` is not needed. */
export const MutationErrorFields = graphql(`
  fragment MutationErrorFields on Error @_unmask {
    __typename
    code
    message
    ... on ValidationError {
      problems {
        field
        reason
      }
    }
    ... on ConflictError {
      currentVersion
    }
    ... on CsvImportError {
      csvProblems: problems {
        line
        column
        reason
      }
    }
  }
`);

export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

export interface MutationFailure {
  code: ErrorCode;
  message: string;
  /** Refused fields (VALIDATION). */
  problems: ReadonlyArray<{ field: string; reason: string }>;
  /** Refused CSV lines (a CSV import's VALIDATION). */
  csvProblems: ReadonlyArray<{ line: number; column: string | null; reason: string }>;
  /** The stored version (CONFLICT). */
  currentVersion: number | null;
}

interface ErrorMember {
  __typename: string;
  code: ErrorCode;
  message: string;
  problems?: ReadonlyArray<{ field: string; reason: string }>;
  csvProblems?: ReadonlyArray<{ line: number; column: string | null; reason: string }>;
  currentVersion?: number;
}

function isErrorMember(result: object): result is ErrorMember {
  return 'code' in result && 'message' in result && typeof result.message === 'string';
}

/** The failure of a mutation result, or null when it is the changed object. */
export function failureOf(result: object): MutationFailure | null {
  if (!isErrorMember(result)) return null;
  return {
    code: result.code,
    message: result.message,
    problems: result.problems ?? [],
    csvProblems: result.csvProblems ?? [],
    currentVersion: result.currentVersion ?? null,
  };
}

/** The reason a field was refused, when the failure names it. */
export function problemFor(failure: MutationFailure | null, field: string): string | undefined {
  return failure?.problems.find((problem) => problem.field === field || problem.field.startsWith(`${field}.`))?.reason;
}
