// Parsing shared by the agreement, consent and publication inputs: their zod schemas write message
// keys, looked up first in the area's own table and then in the common one of recommendations.
import type { z } from 'zod';
import { ValidationFailed } from '../errors.js';
import type { LocalizedText } from '../language.js';
import { messageFor } from '../recommendation/problems.js';

export function parseOrRefuse<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  messages: Readonly<Record<string, LocalizedText>>,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationFailed(
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || '(input)',
      reason: messages[issue.message] ?? messageFor(issue.message),
    })),
  );
}
