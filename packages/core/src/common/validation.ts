import type { z } from 'zod';
import { type FieldIssue, ValidationError } from '../errors.js';

/**
 * The one way inputs are checked: a zod schema per input, its issues turned into `ValidationError`
 * field paths under `prefix` (e.g. `input.budget.amountMinor`), the first issue of each field only.
 */
export function fieldIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  const out = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    if (!out.has(field)) out.set(field, { field, message: issue.message });
  }
  return [...out.values()];
}

/** The parsed value, or a ValidationError naming every invalid field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(fieldIssues(result.error, prefix));
  return result.data;
}
