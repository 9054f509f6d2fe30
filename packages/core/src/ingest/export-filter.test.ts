import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { rejection } from '../testing/index.js';
import { parseExportFilter } from './export-filter.js';

const issuesOf = async (raw: string) => {
  const error = await rejection(Promise.resolve().then(() => parseExportFilter(raw)));
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

describe('parseExportFilter', () => {
  it('reads the creators filter as JSON, absent as null', () => {
    expect(parseExportFilter(null)).toBeNull();
    expect(parseExportFilter('')).toBeNull();
    expect(parseExportFilter('{"tier":"MICRO","niches":["travel"],"followers":{"min":10000}}')).toEqual({
      tier: 'MICRO',
      niches: ['travel'],
      followers: { min: 10000 },
    });
  });

  it('names every bad field under filter', async () => {
    expect(await issuesOf('{"tier":"HUGE","colour":"red","followers":{"min":1.5}}')).toEqual([
      { field: 'filter.tier', message: 'must be one of NANO, MICRO, MID, MACRO, MEGA' },
      { field: 'filter.followers.min', message: 'must be an integer' },
      { field: 'filter.colour', message: 'unknown; use platform, tier, niches, country, followers, nameContains' },
    ]);
    expect(await issuesOf('not json')).toEqual([
      { field: 'filter', message: 'must be a JSON object, e.g. {"tier":"MICRO"}' },
    ]);
    expect(await issuesOf('[1]')).toEqual([{ field: 'filter', message: 'must be a JSON object' }]);
  });

  it('bounds text like the GraphQL inputs: no NUL, no 60k-character search', async () => {
    expect(await issuesOf(JSON.stringify({ nameContains: 'x'.repeat(60_000) }))).toEqual([
      { field: 'filter.nameContains', message: 'must be at most 200 characters' },
    ]);
    expect(await issuesOf(JSON.stringify({ niches: ['ok', 'a\u0000b'] }))).toEqual([
      { field: 'filter.niches.1', message: 'contains a NUL character' },
    ]);
  });
});
