import { type EngagementMethod, resolveMethod, resolveWindow, WINDOW_LIMITS } from '@creatorgraph/core';
import type { ArgBuilder } from '@pothos/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { accountsOf } from '../creators.js';

/**
 * Metric fields (docs/api.md; definitions in docs/metrics.md). Every number comes from the pure functions
 * in @creatorgraph/core through MetricsService, batched per request with DataLoaders keyed by the field's
 * arguments, so a page of N accounts costs O(1) statements. This file holds what every metric field
 * shares: the method and window inputs, their parsing, the batching and the prices.
 */

export const InteractionsEnum = builder.enumType('Interactions', {
  description: 'Which interactions of a post count.',
  values: {
    ALL: { description: 'Likes + comments + shares + saves (default).' },
    LIKES_COMMENTS: { description: 'Likes + comments only.' },
  } as const,
});

export const RateBaseEnum = builder.enumType('RateBase', {
  description: 'The denominator of a post rate.',
  values: {
    FOLLOWERS: {
      description:
        'Followers at post time: the latest snapshot at or before the post, else the earliest after it, else current followers (default).',
    },
    VIEWS: { description: 'Views of the post.' },
    REACH: { description: 'Reach of the post.' },
    IMPRESSIONS: { description: 'Impressions of the post.' },
  } as const,
});

export const AggregateEnum = builder.enumType('Aggregate', {
  description: "How post rates combine into an account's rate.",
  values: {
    MEAN: { description: 'Arithmetic mean of post rates (default).' },
    MEDIAN: { description: 'Middle post rate; the mean of the two middle ones for an even count.' },
  } as const,
});

export const InteractionComponentEnum = builder.enumType('InteractionComponent', {
  description: 'One kind of interaction a platform may report for a post.',
  values: {
    LIKES: { value: 'likes', description: 'Likes.' },
    COMMENTS: { value: 'comments', description: 'Comments.' },
    SHARES: { value: 'shares', description: 'Shares.' },
    SAVES: { value: 'saves', description: 'Saves.' },
  } as const,
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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

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
