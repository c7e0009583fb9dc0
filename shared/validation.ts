/** zod at every boundary: one way to turn a failed parse into a 400 that names the fields. */
import type * as z from 'zod';
import { type FieldIssue, InvalidInputError } from './errors.js';

const MAX_ISSUES = 20;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    // zod's messages describe the rule, never echo the value, so they are safe to return.
    issue: issue.message,
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(toFieldIssues(result.error), { cause: result.error });
  return result.data;
}
