import { z } from 'zod';
import { fieldIssues } from '../common/validation.js';
import type { CreatorFilter } from '../creators/service.js';
import { PLATFORMS } from '../enums.js';
import { ValidationError } from '../errors.js';
import { TIERS } from '../metrics/tiers.js';

/** Text as the GraphQL inputs accept it: bounded, without NUL. */
const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'contains a NUL character');

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const integer = z.number({ error: 'must be an integer' }).int('must be an integer');

const FILTER_FIELDS = {
  platform: oneOf(PLATFORMS).nullish(),
  tier: oneOf(TIERS).nullish(),
  niches: z.array(text(100), { error: 'must be a list of strings' }).max(50, 'at most 50 niches').nullish(),
  country: text(2).nullish(),
  followers: z
    .object({ min: integer.nullish(), max: integer.nullish() }, { error: 'must be {"min": integer, "max": integer}' })
    .nullish(),
  nameContains: text(200).nullish(),
};
const KNOWN = Object.keys(FILTER_FIELDS);

/** The `filter` of an export: the `creators` query's filter, as JSON (enum values as in GraphQL). */
export const ExportFilterSchema = z.object(FILTER_FIELDS, { error: 'must be a JSON object' });

/** Parses the `?filter=` query parameter of an export; null when absent. */
export function parseExportFilter(raw: string | null): CreatorFilter | null {
  if (raw === null || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationError([{ field: 'filter', message: 'must be a JSON object, e.g. {"tier":"MICRO"}' }]);
  }
  // Unknown keys are reported beside the other issues, not instead of them.
  const unknown =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value)
          .filter((key) => !KNOWN.includes(key))
          .map((key) => ({ field: `filter.${key}`, message: `unknown; use ${KNOWN.join(', ')}` }))
      : [];
  const parsed = ExportFilterSchema.safeParse(value);
  const issues = [...(parsed.success ? [] : fieldIssues(parsed.error, 'filter')), ...unknown];
  if (issues.length || !parsed.success) throw new ValidationError(issues);
  return parsed.data as CreatorFilter;
}
