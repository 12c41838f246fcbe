// The typed errors every mutation can answer with (see builder.ts): one GraphQL type per error class
// of @atlas/domain, all implementing the `Error` interface with a `code` and a localized `message`.
import { CsvImportFailed } from '@atlas/db';
import { AtlasError, Forbidden, NotFound, Unauthenticated, ValidationFailed, VersionConflict } from '@atlas/domain';
import type { CsvProblem, InputProblem } from '@atlas/domain';
import { builder } from '../builder.js';
import { langArgs, languageOf } from './language.js';

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'The kind of an error, for programs (the `code` of `Error` and of GraphQL error extensions).',
  values: {
    VALIDATION: { description: 'The input was refused; `field` and `reason` say where and why. Nothing changed.' },
    NOT_FOUND: { description: 'The record does not exist (or is not visible to you).' },
    FORBIDDEN: { description: 'Signed in, but not allowed (wrong role or region).' },
    UNAUTHENTICATED: { description: 'Not signed in, or the sign-in failed.' },
    CONFLICT: { description: 'Someone changed the record since you read it: reload, then apply your change again.' },
  } as const,
});

export const ErrorInterface = builder.interfaceRef<AtlasError>('Error').implement({
  description: 'A failure the caller can act on. Mutations return these as results instead of GraphQL errors.',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, description: 'What kind of failure, for programs.', resolve: (error) => error.code }),
    message: t.string({
      description: 'What went wrong, for people, in the requested language.',
      args: langArgs(),
      resolve: (error, args, ctx) => error.text[languageOf(args, ctx)],
    }),
  }),
});

const InputProblemRef = builder.objectRef<InputProblem>('InputProblem').implement({
  description: 'One refused field of an input.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the field in the input, e.g. "titleDe" or "sdgTargets.1".' }),
    reason: t.string({ description: 'Why it was refused.', args: langArgs(), resolve: (problem, args, ctx) => problem.reason[languageOf(args, ctx)] }),
  }),
});

builder.objectType(ValidationFailed, {
  name: 'ValidationError',
  description: 'The input was refused and nothing changed. `field`/`reason` name the first problem, `problems` all of them.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationFailed,
  fields: (t) => ({
    field: t.string({ description: 'The (first) refused field of the input.', resolve: (error) => error.problems[0]?.field ?? 'input' }),
    reason: t.string({
      description: 'Why it was refused.',
      args: langArgs(),
      resolve: (error, args, ctx) => error.problems[0]?.reason[languageOf(args, ctx)] ?? error.text[languageOf(args, ctx)],
    }),
    problems: t.field({ type: [InputProblemRef], description: 'Every refused field.', resolve: (error) => [...error.problems] }),
  }),
});

builder.objectType(NotFound, {
  name: 'NotFoundError',
  description: 'The record does not exist, or you may not see it.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFound,
  fields: (t) => ({ id: t.exposeString('id', { description: 'The id that was not found.' }) }),
});

builder.objectType(Forbidden, {
  name: 'ForbiddenError',
  description: 'Signed in (or an API key), but not allowed: wrong role or region. Nothing changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof Forbidden,
});

builder.objectType(Unauthenticated, {
  name: 'UnauthenticatedError',
  description: 'Not signed in (or the sign-in failed: the message never says whether the e-mail address exists).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof Unauthenticated,
});

builder.objectType(VersionConflict, {
  name: 'ConflictError',
  description: 'The record changed since the version you read; nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof VersionConflict,
  fields: (t) => ({
    expectedVersion: t.exposeInt('expectedVersion', { description: 'The version your update named.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The version stored now.' }),
  }),
});

const CsvProblemRef = builder.objectRef<CsvProblem>('CsvProblem').implement({
  description: 'One problem of a CSV file: where (line, column) and why.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'Line in the file; 1 is the header.' }),
    column: t.exposeString('column', { nullable: true, description: 'Column name; null for the whole row or file.' }),
    reason: t.string({ description: 'Why the line was refused.', args: langArgs(), resolve: (problem, args, ctx) => problem.reason[languageOf(args, ctx)] }),
  }),
});

builder.objectType(CsvImportFailed, {
  name: 'CsvImportError',
  description: 'The CSV file was refused as a whole (code VALIDATION); nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof CsvImportFailed,
  fields: (t) => ({ problems: t.field({ type: [CsvProblemRef], description: 'Every problem found, by line.', resolve: (error) => [...error.problems] }) }),
});

/** GraphQL error extensions for an error outside a typed result (queries): code, and the version on conflict. */
export function errorExtensions(error: unknown): Record<string, unknown> | null {
  if (!(error instanceof AtlasError)) return null;
  return {
    code: error.code,
    ...(error instanceof VersionConflict ? { currentVersion: error.currentVersion } : {}),
    ...(error instanceof ValidationFailed ? { field: error.problems[0]?.field, reason: error.problems[0]?.reason.en } : {}),
  };
}
