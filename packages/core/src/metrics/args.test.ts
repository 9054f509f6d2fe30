import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { resolveMethod, resolveWindow, validateDays, validateHistoryRange } from './args.js';

describe('resolveMethod and resolveWindow', () => {
  it('fill in the defaults', () => {
    expect(resolveMethod(null)).toEqual({ interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEAN' });
    expect(resolveMethod({ aggregate: 'MEDIAN', base: null })).toEqual({
      interactions: 'ALL',
      base: 'FOLLOWERS',
      aggregate: 'MEDIAN',
    });
    expect(resolveWindow(undefined)).toEqual({ days: 90, posts: null });
    expect(resolveWindow({ posts: 12 })).toEqual({ days: 90, posts: 12 });
  });

  it('reject days outside 1–3650 and posts outside 1–1000 with the field path', () => {
    for (const [args, field] of [
      [{ days: 0 }, 'window.days'],
      [{ days: 3651 }, 'window.days'],
      [{ days: 2.5 }, 'window.days'],
      [{ posts: 0 }, 'window.posts'],
      [{ posts: 1001 }, 'window.posts'],
    ] as const) {
      try {
        resolveWindow(args);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).issues[0]?.field).toBe(field);
      }
    }
    expect(resolveWindow({ days: 3650, posts: 1000 })).toEqual({ days: 3650, posts: 1000 });
    expect(() => validateDays(0)).toThrow(ValidationError);
    expect(validateDays(1)).toBe(1);
  });
});

describe('validateHistoryRange', () => {
  it('accepts from ≤ to and names `from` otherwise', () => {
    const t = new Date('2026-06-30T12:00:00Z');
    expect(() => validateHistoryRange(t, t)).not.toThrow();
    try {
      validateHistoryRange(new Date(t.getTime() + 1), t);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toEqual([{ field: 'from', message: 'must not be after `to`' }]);
    }
  });
});
