import { z } from 'zod';
import { parseInput } from '../common/validation.js';
import {
  type Aggregate,
  DEFAULT_METRICS_CONFIG,
  type EngagementMethod,
  type InteractionsKind,
  type MetricsConfig,
  type MetricWindow,
  type RateBase,
} from './config.js';

/** Metric arguments as callers send them: defaults filled in from the config, ranges checked with zod. */

export const WINDOW_LIMITS = { minDays: 1, maxDays: 3650, minPosts: 1, maxPosts: 1000 } as const;

export interface EngagementMethodArgs {
  interactions?: InteractionsKind | null;
  base?: RateBase | null;
  aggregate?: Aggregate | null;
}

export interface WindowArgs {
  days?: number | null;
  posts?: number | null;
}

/** A whole number in [min, max]; one message for every way of missing it (z.int stops at a fraction). */
function wholeInRange(min: number, max: number, unit: string) {
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

const days = wholeInRange(WINDOW_LIMITS.minDays, WINDOW_LIMITS.maxDays, 'days');

const WindowSchema = z.object({
  days,
  posts: wholeInRange(WINDOW_LIMITS.minPosts, WINDOW_LIMITS.maxPosts, 'posts').nullable(),
});

const HistoryRangeSchema = z
  .object({ from: z.instanceof(Date), to: z.instanceof(Date) })
  .refine((r) => !(r.from.getTime() > r.to.getTime()), { path: ['from'], message: 'must not be after `to`' });

/** The method with the config's defaults filled in. */
export function resolveMethod(
  args: EngagementMethodArgs | null | undefined,
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
): EngagementMethod {
  return {
    interactions: args?.interactions ?? config.defaultMethod.interactions,
    base: args?.base ?? config.defaultMethod.base,
    aggregate: args?.aggregate ?? config.defaultMethod.aggregate,
  };
}

/** The window with the config's defaults filled in; days 1–3650 and posts 1–1000, else a ValidationError. */
export function resolveWindow(
  args: WindowArgs | null | undefined,
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
  field = 'window',
): MetricWindow {
  return parseInput(
    WindowSchema,
    { days: args?.days ?? config.defaultWindow.days, posts: args?.posts ?? config.defaultWindow.posts },
    field,
  );
}

/** Growth horizon in days: 1–3650. */
export function validateDays(value: number, field = 'days'): number {
  return parseInput(days, value, field);
}

/** A follower-history range: `from` not after `to`. */
export function validateHistoryRange(from: Date, to: Date): void {
  parseInput(HistoryRangeSchema, { from, to }, '');
}
