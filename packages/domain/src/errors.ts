// Failures a caller can act on, as values with a code (the GraphQL API returns them as typed error
// results). Each carries its text in both interface languages; `message` is the German one, for logs.
import type { LocalizedText } from './language.js';
import type { InputProblem } from './recommendation/problems.js';

export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

export abstract class AtlasError extends Error {
  abstract readonly code: ErrorCode;
  constructor(readonly text: LocalizedText) {
    super(text.de);
  }
}

/** Bad input: every problem names its field and the reason. Nothing was changed. */
export class ValidationFailed extends AtlasError {
  readonly code = 'VALIDATION';
  constructor(readonly problems: readonly InputProblem[]) {
    const first = problems[0] ?? { field: '(input)', reason: { de: 'ungültig', en: 'invalid' } };
    super({ de: `${first.field}: ${first.reason.de}`, en: `${first.field}: ${first.reason.en}` });
    this.name = 'ValidationFailed';
  }

  static of(field: string, de: string, en: string): ValidationFailed {
    return new ValidationFailed([{ field, reason: { de, en } }]);
  }
}

export class NotFound extends AtlasError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly what: string,
    readonly id: string,
    text: LocalizedText = { de: `${what} „${id}“ wurde nicht gefunden`, en: `${what} "${id}" was not found` },
  ) {
    super(text);
    this.name = 'NotFound';
  }
}

export class Forbidden extends AtlasError {
  readonly code = 'FORBIDDEN';
  constructor(text: LocalizedText = { de: 'Dafür fehlt die Berechtigung', en: 'You are not allowed to do this' }) {
    super(text);
    this.name = 'Forbidden';
  }
}

export class Unauthenticated extends AtlasError {
  readonly code = 'UNAUTHENTICATED';
  constructor(text: LocalizedText = { de: 'Bitte zuerst anmelden', en: 'Please sign in first' }) {
    super(text);
    this.name = 'Unauthenticated';
  }
}

/** Someone changed the record since the caller read it: reload, then apply the change again. */
export class VersionConflict extends AtlasError {
  readonly code = 'CONFLICT';
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super({
      de: `Inzwischen geändert: gelesen wurde Version ${expectedVersion}, aktuell ist Version ${currentVersion}. Bitte neu laden und die Änderung erneut vornehmen.`,
      en: `Changed meanwhile: you read version ${expectedVersion}, the current version is ${currentVersion}. Reload and apply your change again.`,
    });
    this.name = 'VersionConflict';
  }
}
