import type {
  EngagementAnswer,
  EngagementMethodUsed,
  InteractionComponent,
  IntervalSource,
  ReliableAnswer,
  SponsoredVsOrganic,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { cost } from '../../http/cost.js';
import { describedEnum, PlatformEnum } from '../common/enums.js';
import { AccountRef, CreatorRef, metricAccountOf } from '../creators.js';
import {
  InteractionComponentEnum,
  load,
  METRIC_COST,
  type MetricArgs,
  methodArgs,
  methodFields,
  parsed,
} from './args.js';

/** Engagement rates of an account (plain and reliable) and the sponsored/organic split. */

type MethodShape = EngagementMethodUsed & { componentsPresent: readonly InteractionComponent[] };

export const EngagementMethodRef = builder.objectRef<MethodShape>('EngagementMethod').implement({
  description: 'The method and window a rate was computed with, echoed beside its value.',
  fields: (t) => ({
    ...methodFields(t, 'How post rates were combined.'),
    windowDays: t.exposeInt('windowDays', { description: 'Window length in days (unused when windowPosts is set).' }),
    windowPosts: t.exposeInt('windowPosts', {
      nullable: true,
      description: 'Window as the last N posts; null for a days window.',
    }),
    asOf: t.field({ type: 'DateTime', description: 'The instant the window ends at.', resolve: (m) => m.asOf }),
    componentsPresent: t.field({
      type: [InteractionComponentEnum],
      description: 'Interaction components reported by at least one post of the sample; missing ones counted 0.',
      resolve: (m) => [...m.componentsPresent],
    }),
  }),
});

const IntervalSourceEnum = describedEnum<IntervalSource>(
  'IntervalSource',
  'Which interval an end of an engagement rate’s interval95 came from (the interval is the hull of both).',
  {
    T: "Student's t-interval of the mean post rate (needs at least 2 posts).",
    WILSON:
      'Wilson score interval of all interactions over all bases of the sample: it stays wide when counts are tiny.',
  },
);

/** An interval with, for an engagement rate, the interval each end came from. */
type IntervalShape = {
  low: number;
  high: number;
  lowSource?: IntervalSource | null;
  highSource?: IntervalSource | null;
};

const IntervalRef = builder.objectRef<IntervalShape>('Interval').implement({
  description: 'A 95% interval. Rates are fractions; the low end is clamped at 0.',
  fields: (t) => ({
    low: t.exposeFloat('low', { description: 'Lower end (clamped at 0).' }),
    high: t.exposeFloat('high', { description: 'Upper end.' }),
    lowSource: t.field({
      type: IntervalSourceEnum,
      nullable: true,
      description: 'The interval the lower end came from (EngagementRate.interval95); null for other intervals.',
      resolve: (i) => i.lowSource ?? null,
    }),
    highSource: t.field({
      type: IntervalSourceEnum,
      nullable: true,
      description: 'The interval the upper end came from (EngagementRate.interval95); null for other intervals.',
      resolve: (i) => i.highSource ?? null,
    }),
  }),
});

const EngagementRateRef = builder.objectRef<EngagementAnswer>('EngagementRate').implement({
  description: 'Engagement of an account over a window. Rates are fractions (0.034, not 3.4).',
  fields: (t) => ({
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Mean or median post rate; null when no post of the window has a usable base.',
    }),
    sampleSize: t.exposeInt('sampleSize', { description: 'Posts in the sample (n).' }),
    excluded: t.exposeInt('excluded', {
      description: 'Posts of the window left out because their base was null or 0.',
    }),
    totalInteractions: t.exposeInt('totalInteractions', { description: 'Interactions over the sample.' }),
    avgInteractionsPerPost: t.exposeFloat('avgInteractionsPerPost', {
      nullable: true,
      description: 'totalInteractions / sampleSize; null when the sample is empty.',
    }),
    interval95: t.field({
      type: IntervalRef,
      nullable: true,
      description:
        "95% interval of the MEAN rate: the hull of Student's t-interval (2+ posts) and the Wilson score interval of total interactions over total bases, so two posts with one like each do not look precise. Each end names its source; low clamped at 0. Null for MEDIAN or an empty sample.",
      resolve: (r) => r.interval95,
    }),
    method: t.field({
      type: EngagementMethodRef,
      description: 'How the value was computed.',
      resolve: (r) => ({ ...r.method, componentsPresent: r.componentsPresent }),
    }),
  }),
});

const ReliableEngagementRateRef = builder.objectRef<ReliableAnswer>('ReliableEngagementRate').implement({
  description:
    "Engagement rate shrunk toward the peer norm (empirical Bayes): few posts or a tiny audience pull the value to the peers' mean.",
  fields: (t) => ({
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'weight · own mean + (1 − weight) · prior; null without posts and without a prior.',
    }),
    prior: t.exposeFloat('prior', {
      nullable: true,
      description: "The peers' mean rate μ; null with fewer peers than `metricsConfig.minPeersForPrior`.",
    }),
    weight: t.exposeFloat('weight', { description: "Share (0–1) of the account's own mean in the value." }),
    peerCount: t.exposeInt('peerCount', {
      description: 'Peers with at least one post in the window, the account included.',
    }),
    interval95: t.field({
      type: IntervalRef,
      nullable: true,
      description:
        "95% posterior interval of the account's true rate: value ± 1.959964 · √(weight · V), V the sampling variance of its own mean; low clamped at 0. Sort by its low end to rank honestly. Null without a prior or without posts.",
      resolve: (r) => r.interval95,
    }),
    peersAsOf: t.field({
      type: 'DateTime',
      description:
        'The instant the peer group was evaluated at: asOf when given; with asOf omitted, when the cached peer group was computed (at most the cache TTL ago).',
      resolve: (r) => r.peersAsOf,
    }),
  }),
});

const SponsoredVsOrganicRef = builder.objectRef<SponsoredVsOrganic>('SponsoredVsOrganic').implement({
  description: "Sponsored against organic engagement over the same window (the window's posts, split).",
  fields: (t) => ({
    sponsored: t.field({ type: EngagementRateRef, description: 'Sponsored posts.', resolve: (s) => s.sponsored }),
    organic: t.field({ type: EngagementRateRef, description: 'Organic posts.', resolve: (s) => s.organic }),
    liftRatio: t.exposeFloat('liftRatio', {
      nullable: true,
      description: 'sponsored.value / organic.value; null when either is null or organic is 0.',
    }),
  }),
});

const engagement = (ctx: Context, accountId: number, args: MetricArgs) => {
  const p = parsed(ctx, args);
  return load(ctx, 'engagement', p.key, accountId, (ids) =>
    ctx.metrics.engagementAnswersFor(ids, p.method, p.window, p.asOf),
  );
};

const reliable = (ctx: Context, accountId: number, args: MetricArgs & { byNiche?: boolean | null }) => {
  const p = parsed(ctx, args);
  const byNiche = args.byNiche ?? false;
  return load(ctx, 'reliable', `${p.key}:${byNiche}`, accountId, (ids) =>
    ctx.metrics.reliableFor(ids, p.method, p.window, p.asOf, byNiche),
  );
};

builder.objectFields(AccountRef, (t) => ({
  engagement: t.field({
    type: EngagementRateRef,
    description: 'Engagement rate over a window, with its method.',
    extensions: cost({ complexity: METRIC_COST.engagement }),
    args: methodArgs(t.arg),
    resolve: (a, args, ctx) => engagement(ctx, a.id, args),
  }),
  reliableEngagement: t.field({
    type: ReliableEngagementRateRef,
    description: 'Engagement rate shrunk toward the peers of the same platform and tier (and niche when asked).',
    extensions: cost({ complexity: METRIC_COST.reliableEngagement }),
    args: {
      ...methodArgs(t.arg),
      byNiche: t.arg.boolean({
        defaultValue: false,
        description: "Peers must also share a niche with the account's creator.",
      }),
    },
    resolve: (a, args, ctx) => reliable(ctx, a.id, args),
  }),
  sponsoredVsOrganic: t.field({
    type: SponsoredVsOrganicRef,
    description: 'Engagement of sponsored against organic posts of the same window.',
    extensions: cost({ complexity: METRIC_COST.sponsoredVsOrganic }),
    args: methodArgs(t.arg),
    resolve: (a, args, ctx) => {
      const p = parsed(ctx, args);
      return load(ctx, 'sponsoredVsOrganic', p.key, a.id, (ids) =>
        ctx.metrics.sponsoredVsOrganicFor(ids, p.method, p.window, p.asOf),
      );
    },
  }),
}));

const metricPlatformDescription =
  "The creator's account on this platform; omitted: its primary (largest) account. Use the `creators` filter's platform to match its ordering.";

builder.objectFields(CreatorRef, (t) => ({
  engagement: t.field({
    type: EngagementRateRef,
    nullable: true,
    description:
      "Engagement of the creator's metric account (`metricAccount(platform:)`: its account on `platform`, else its primary account); null without one.",
    extensions: cost({ complexity: METRIC_COST.engagement }),
    args: { ...methodArgs(t.arg), platform: t.arg({ type: PlatformEnum, description: metricPlatformDescription }) },
    resolve: async (c, { platform, ...args }, ctx) => {
      const account = await metricAccountOf(ctx, c.id, platform ?? null);
      return account === null ? null : engagement(ctx, account.id, args);
    },
  }),
  reliableEngagement: t.field({
    type: ReliableEngagementRateRef,
    nullable: true,
    description:
      "Reliable engagement of the creator's metric account (on `platform`, else the primary account); null without one.",
    extensions: cost({ complexity: METRIC_COST.reliableEngagement }),
    args: {
      ...methodArgs(t.arg),
      byNiche: t.arg.boolean({
        defaultValue: false,
        description: 'Peers must also share a niche with the creator.',
      }),
      platform: t.arg({ type: PlatformEnum, description: metricPlatformDescription }),
    },
    resolve: async (c, { platform, ...args }, ctx) => {
      const account = await metricAccountOf(ctx, c.id, platform ?? null);
      return account === null ? null : reliable(ctx, account.id, args);
    },
  }),
}));
