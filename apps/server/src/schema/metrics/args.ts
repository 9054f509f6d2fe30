import { type EngagementMethod, resolveMethod, resolveWindow, WINDOW_LIMITS } from '@creatorgraph/core';
import type { ArgBuilder, FieldRef } from '@pothos/core';
import { builder, type Types } from '../../builder.js';
import type { Context } from '../../context.js';
import { describedEnum, lowercaseEnum } from '../common/enums.js';
import { accountsOf } from '../creators.js';

/**
 * Metric fields (docs/api.md; definitions in docs/metrics.md). Every number comes from the pure functions
 * in @creatorgraph/core through MetricsService, batched per request with DataLoaders keyed by the field's
 * arguments, so a page of N accounts costs O(1) statements. This file holds what every metric field
 * shares: the method and window inputs, their parsing, the batching and the prices.
 */

export const InteractionsEnum = describedEnum('Interactions', 'Which interactions of a post count.', {
  ALL: 'Likes + comments + shares + saves (default).',
  LIKES_COMMENTS: 'Likes + comments only.',
});

export const RateBaseEnum = describedEnum('RateBase', 'The denominator of a post rate.', {
  FOLLOWERS:
    'Followers at post time: the latest snapshot at or before the post, else the earliest after it, else current followers (default).',
  VIEWS: 'Views of the post.',
  REACH: 'Reach of the post.',
  IMPRESSIONS: 'Impressions of the post.',
});

export const AggregateEnum = describedEnum('Aggregate', "How post rates combine into an account's rate.", {
  MEAN: 'Arithmetic mean of post rates (default).',
  MEDIAN: 'Middle post rate; the mean of the two middle ones for an even count.',
});

export const InteractionComponentEnum = lowercaseEnum(
  'InteractionComponent',
  'One kind of interaction a platform may report for a post.',
  {
    LIKES: 'Likes.',
    COMMENTS: 'Comments.',
    SHARES: 'Shares.',
    SAVES: 'Saves.',
  },
);

/** The method of an engagement rate or of the defaults: which interactions, over what, combined how. */
export const methodFields = <P extends EngagementMethod>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>,
  aggregateDescription: string,
): Record<keyof EngagementMethod, FieldRef<Types, string, 'Object'>> => ({
  interactions: t.field({
    type: InteractionsEnum,
    description: 'Interactions counted.',
    resolve: (m) => m.interactions,
  }),
  base: t.field({ type: RateBaseEnum, description: 'Rate denominator.', resolve: (m) => m.base }),
  aggregate: t.field({ type: AggregateEnum, description: aggregateDescription, resolve: (m) => m.aggregate }),
});

export const EngagementMethodInput = builder.inputType('EngagementMethodInput', {
  description: 'How engagement is measured; omitted parts take the defaults reported by `metricsConfig`.',
  fields: (t) => ({
    interactions: t.field({
      type: InteractionsEnum,
      defaultValue: 'ALL',
      description: 'Which interactions count.',
    }),
    base: t.field({ type: RateBaseEnum, defaultValue: 'FOLLOWERS', description: 'The denominator of a post rate.' }),
    aggregate: t.field({ type: AggregateEnum, defaultValue: 'MEAN', description: 'How post rates combine.' }),
  }),
});

export const WindowInput = builder.inputType('WindowInput', {
  description: 'Which posts count: those of the last `days` days up to asOf, or the last `posts` posts.',
  fields: (t) => ({
    days: t.int({
      defaultValue: 90,
      description: `Posts with asOf − days < postedAt ≤ asOf; ${WINDOW_LIMITS.minDays}–${WINDOW_LIMITS.maxDays}.`,
    }),
    posts: t.int({
      description: `The last N posts at or before asOf (${WINDOW_LIMITS.minPosts}–${WINDOW_LIMITS.maxPosts}); wins over days.`,
    }),
  }),
});

/**
 * Points per resolution of the computed fields (a plain object field costs 1). Metric fields are
 * batched per page but read the account's posts or snapshots and, for peer comparisons, a cached peer
 * group; whole-tier answers read every account of the tier.
 */
export const METRIC_COST = {
  engagement: 2,
  growth: 2,
  followerHistory: 2,
  reliableEngagement: 3,
  benchmark: 3,
  sponsoredVsOrganic: 3,
  authenticity: 5,
  benchmarks: 10,
} as const;

export const methodArgDescription = 'How engagement is measured (defaults: ALL, FOLLOWERS, MEAN).';
export const windowArgDescription = 'Which posts count (default: the last 90 days).';
export const asOfArgDescription = 'The instant to compute at; defaults to the time of the request.';

/** The `method`, `window` and `asOf` arguments of every engagement-based field. */
export function methodArgs(arg: ArgBuilder<Types>) {
  return {
    method: arg({ type: EngagementMethodInput, description: methodArgDescription }),
    window: arg({ type: WindowInput, description: windowArgDescription }),
    asOf: arg({ type: 'DateTime', description: asOfArgDescription }),
  };
}

type MethodArg =
  | {
      interactions?: EngagementMethod['interactions'] | null;
      base?: EngagementMethod['base'] | null;
      aggregate?: EngagementMethod['aggregate'] | null;
    }
  | null
  | undefined;
type WindowArg = { days?: number | null; posts?: number | null } | null | undefined;

export interface MetricArgs {
  method?: MethodArg;
  window?: WindowArg;
  asOf?: Date | null;
}

export function parsed(ctx: Context, args: MetricArgs) {
  const method = resolveMethod(args.method, ctx.metrics.config);
  const window = resolveWindow(args.window, ctx.metrics.config);
  const asOf = args.asOf ?? null;
  const key = JSON.stringify([method, window, asOf?.toISOString() ?? null]);
  return { method, window, asOf, key };
}

/** One DataLoader per (metric, arguments): the page's accounts go to the service in one batch. */
export function load<V>(
  ctx: Context,
  name: string,
  key: string,
  accountId: number,
  batch: (ids: readonly number[]) => Promise<Map<number, V>>,
): Promise<V> {
  return ctx
    .loader<number, V>(`metrics:${name}:${key}`, async (ids) => {
      const map = await batch(ids);
      return ids.map((id) => {
        const value = map.get(id);
        if (value === undefined) throw new Error(`account ${id} missing`);
        return value;
      });
    })
    .load(accountId);
}

/** Creator-level metrics come from the creator's primary (largest) account. */
export async function primaryAccountId(ctx: Context, creatorId: number): Promise<number | null> {
  return (await accountsOf(ctx, creatorId))[0]?.id ?? null;
}
