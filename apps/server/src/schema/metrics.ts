import {
  type AuthenticityAnswer,
  type AuthenticityFlag,
  type BenchmarkAnswer,
  DEFAULT_METRICS_CONFIG,
  type EngagementMethod,
  type EngagementMethodUsed,
  type EngagementResult,
  type Evidence,
  type FollowerHistoryPoint,
  type InteractionComponent,
  type MetricsConfig,
  type MetricWindow,
  type Percentiles,
  POST_KINDS,
  type ReliableAnswer,
  resolveMethod,
  resolveWindow,
  type SponsoredVsOrganic,
  TIERS,
  type TierBenchmark,
  ValidationError,
  WINDOW_LIMITS,
} from '@creatorgraph/core';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { type CostArgs, cost } from '../cost.js';
import { MoneyRef, PlatformEnum, PostKindEnum, TierEnum } from './common.js';
import { AccountRef, accountsOf, CreatorRef } from './creators.js';

/**
 * Metric fields (docs/api.md; definitions in docs/metrics.md). Every
 * number comes from the pure functions in @creatorgraph/core through MetricsService, batched per request
 * with DataLoaders keyed by the field's arguments, so a page of N accounts costs O(1) statements.
 */

// ---------------------------------------------------------------------------------------------------
// Enums and inputs

const InteractionsEnum = builder.enumType('Interactions', {
  description: 'Which interactions of a post count.',
  values: {
    ALL: { description: 'Likes + comments + shares + saves (default).' },
    LIKES_COMMENTS: { description: 'Likes + comments only.' },
  } as const,
});

const RateBaseEnum = builder.enumType('RateBase', {
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

const AggregateEnum = builder.enumType('Aggregate', {
  description: "How post rates combine into an account's rate.",
  values: {
    MEAN: { description: 'Arithmetic mean of post rates (default).' },
    MEDIAN: { description: 'Middle post rate; the mean of the two middle ones for an even count.' },
  } as const,
});

const InteractionComponentEnum = builder.enumType('InteractionComponent', {
  description: 'One kind of interaction a platform may report for a post.',
  values: {
    LIKES: { value: 'likes', description: 'Likes.' },
    COMMENTS: { value: 'comments', description: 'Comments.' },
    SHARES: { value: 'shares', description: 'Shares.' },
    SAVES: { value: 'saves', description: 'Saves.' },
  } as const,
});

const AuthenticityFlagCodeEnum = builder.enumType('AuthenticityFlagCode', {
  description: 'A red flag of the authenticity score.',
  values: {
    FOLLOWER_SPIKE: { description: 'Follower gains far above the account’s usual pace (bought followers).' },
    LOW_ENGAGEMENT_FOR_TIER: { description: 'Engagement far below the tier peers’ median.' },
    LIKES_WITHOUT_CONVERSATION: { description: 'High engagement from likes with almost no comments (pods, bots).' },
    FOLLOW_BACK_PATTERN: { description: 'Follows a large share of its followers back (follow-for-follow).' },
    ERRATIC_ENGAGEMENT: { description: 'Interactions per post vary more than for 95% of the tier peers.' },
  } as const,
});

const SeverityEnum = builder.enumType('Severity', {
  description: 'How much a flag weighs, from its penalty.',
  values: {
    HIGH: { description: 'Penalty of 0.25 or more.' },
    MEDIUM: { description: 'Penalty from 0.10 to under 0.25.' },
    LOW: { description: 'Penalty under 0.10.' },
  } as const,
});

const EngagementMethodInput = builder.inputType('EngagementMethodInput', {
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

// ---------------------------------------------------------------------------------------------------
// Output types

type MethodShape = EngagementMethodUsed & { componentsPresent: readonly InteractionComponent[] };

const EngagementMethodRef = builder.objectRef<MethodShape>('EngagementMethod').implement({
  description: 'The method and window a rate was computed with, echoed beside its value.',
  fields: (t) => ({
    interactions: t.field({
      type: InteractionsEnum,
      description: 'Interactions counted.',
      resolve: (m) => m.interactions,
    }),
    base: t.field({ type: RateBaseEnum, description: 'Rate denominator.', resolve: (m) => m.base }),
    aggregate: t.field({
      type: AggregateEnum,
      description: 'How post rates were combined.',
      resolve: (m) => m.aggregate,
    }),
    windowDays: t.exposeInt('windowDays', { description: 'Window length in days (unused when windowPosts is set).' }),
    windowPosts: t.int({
      nullable: true,
      description: 'Window as the last N posts; null for a days window.',
      resolve: (m) => m.windowPosts,
    }),
    asOf: t.field({ type: 'DateTime', description: 'The instant the window ends at.', resolve: (m) => m.asOf }),
    componentsPresent: t.field({
      type: [InteractionComponentEnum],
      description: 'Interaction components reported by at least one post of the sample; missing ones counted 0.',
      resolve: (m) => [...m.componentsPresent],
    }),
  }),
});

const IntervalRef = builder.objectRef<{ low: number; high: number }>('Interval').implement({
  description: 'A 95% confidence interval.',
  fields: (t) => ({
    low: t.exposeFloat('low', { description: 'Lower end (clamped at 0).' }),
    high: t.exposeFloat('high', { description: 'Upper end.' }),
  }),
});

const EngagementRateRef = builder.objectRef<EngagementResult>('EngagementRate').implement({
  description: 'Engagement of an account over a window. Rates are fractions (0.034, not 3.4).',
  fields: (t) => ({
    value: t.float({
      nullable: true,
      description: 'Mean or median post rate; null when no post of the window has a usable base.',
      resolve: (r) => r.value,
    }),
    sampleSize: t.exposeInt('sampleSize', { description: 'Posts in the sample (n).' }),
    excluded: t.exposeInt('excluded', {
      description: 'Posts of the window left out because their base was null or 0.',
    }),
    totalInteractions: t.exposeInt('totalInteractions', { description: 'Interactions over the sample.' }),
    avgInteractionsPerPost: t.float({
      nullable: true,
      description: 'totalInteractions / sampleSize; null when the sample is empty.',
      resolve: (r) => r.avgInteractionsPerPost,
    }),
    interval95: t.field({
      type: IntervalRef,
      nullable: true,
      description: "Student's t 95% interval of the mean; null for MEDIAN or fewer than 2 posts.",
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
    value: t.float({
      nullable: true,
      description: 'weight · own mean + (1 − weight) · prior; null without posts and without a prior.',
      resolve: (r) => r.value,
    }),
    prior: t.float({
      nullable: true,
      description: "The peers' mean rate μ; null with fewer peers than `metricsConfig.minPeersForPrior`.",
      resolve: (r) => r.prior,
    }),
    weight: t.exposeFloat('weight', { description: "Share (0–1) of the account's own mean in the value." }),
    peerCount: t.exposeInt('peerCount', {
      description: 'Peers with at least one post in the window, the account included.',
    }),
    peersAsOf: t.field({
      type: 'DateTime',
      description:
        'The instant the peer group was evaluated at: asOf when given; with asOf omitted, when the cached peer group was computed (at most the cache TTL ago).',
      resolve: (r) => r.peersAsOf,
    }),
  }),
});

const PercentilesRef = builder.objectRef<Percentiles>('Percentiles').implement({
  description: 'Percentiles by linear interpolation between closest ranks (numpy and R default, type 7).',
  fields: (t) => ({
    p10: t.float({ nullable: true, description: '10th percentile.', resolve: (p) => p.p10 }),
    p25: t.float({ nullable: true, description: '25th percentile.', resolve: (p) => p.p25 }),
    p50: t.float({ nullable: true, description: 'Median.', resolve: (p) => p.p50 }),
    p75: t.float({ nullable: true, description: '75th percentile.', resolve: (p) => p.p75 }),
    p90: t.float({ nullable: true, description: '90th percentile.', resolve: (p) => p.p90 }),
  }),
});

const AccountBenchmarkRef = builder.objectRef<BenchmarkAnswer>('AccountBenchmark').implement({
  description:
    'Where the account stands among its peers: same platform and tier, at least `metricsConfig.minPostsForBenchmark` posts, the account included.',
  fields: (t) => ({
    percentile: t.float({
      nullable: true,
      description: "Percentile rank (0–100) of the account's rate: 100 × (below + 0.5 × equal) / peers.",
      resolve: (b) => b.percentile,
    }),
    peerCount: t.exposeInt('peerCount', { description: 'Peers in the comparison.' }),
    p10: t.float({ nullable: true, description: "10th percentile of the peers' rates.", resolve: (b) => b.p10 }),
    p25: t.float({ nullable: true, description: "25th percentile of the peers' rates.", resolve: (b) => b.p25 }),
    p50: t.float({ nullable: true, description: "Median of the peers' rates.", resolve: (b) => b.p50 }),
    p75: t.float({ nullable: true, description: "75th percentile of the peers' rates.", resolve: (b) => b.p75 }),
    p90: t.float({ nullable: true, description: "90th percentile of the peers' rates.", resolve: (b) => b.p90 }),
    interactions: t.field({
      type: PercentilesRef,
      description: "The same percentiles of the peers' average interactions per post.",
      resolve: (b) => b.interactions,
    }),
    peersAsOf: t.field({
      type: 'DateTime',
      description: 'The instant the peer group was evaluated at (see ReliableEngagementRate.peersAsOf).',
      resolve: (b) => b.peersAsOf,
    }),
  }),
});

const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'A named number or text behind a flag.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What it is, e.g. `gain` or `peerP50`.' }),
    value: t.float({ nullable: true, description: 'The number, when it is one.', resolve: (e) => e.value }),
    text: t.string({ nullable: true, description: 'The text, when it is one (dates, notes).', resolve: (e) => e.text }),
  }),
});

const AuthenticityFlagRef = builder.objectRef<AuthenticityFlag>('AuthenticityFlag').implement({
  description: 'One raised red flag with its penalty and the evidence for it.',
  fields: (t) => ({
    code: t.field({ type: AuthenticityFlagCodeEnum, description: 'Which flag.', resolve: (f) => f.code }),
    severity: t.field({ type: SeverityEnum, description: 'From the penalty.', resolve: (f) => f.severity }),
    penalty: t.exposeFloat('penalty', { description: 'Share (0–1) taken off the score: score × (1 − penalty).' }),
    message: t.exposeString('message', { description: 'A human-readable explanation with the numbers.' }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The numbers behind the flag.',
      extensions: cost({ listSize: 10 }),
      resolve: (f) => f.evidence,
    }),
  }),
});

const AuthenticityRef = builder.objectRef<AuthenticityAnswer>('Authenticity').implement({
  description:
    'Audience authenticity at asOf: 100 × Π (1 − penalty) over raised flags, from snapshots and posts at or before asOf (default method and window).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: '0–100, higher is more authentic (not rounded).' }),
    authenticFollowers: t.exposeInt('authenticFollowers', {
      description: 'Followers minus the excess of detected follower spikes.',
    }),
    flags: t.field({
      type: [AuthenticityFlagRef],
      description: 'Raised flags.',
      extensions: cost({ listSize: AUTHENTICITY_FLAG_CODES }),
      resolve: (a) => a.flags,
    }),
    peersAsOf: t.field({
      type: 'DateTime',
      description: 'The instant the tier peers (p50, CV p95) were evaluated at.',
      resolve: (a) => a.peersAsOf,
    }),
  }),
});

const FollowerSnapshotRef = builder.objectRef<FollowerHistoryPoint>('FollowerSnapshot').implement({
  description: 'Followers at one instant.',
  fields: (t) => ({
    capturedAt: t.field({ type: 'DateTime', description: 'When it was captured.', resolve: (s) => s.capturedAt }),
    followers: t.exposeInt('followers', { description: 'Followers then.' }),
    following: t.int({ nullable: true, description: 'Accounts followed then.', resolve: (s) => s.following }),
    dailyGain: t.float({
      nullable: true,
      description: 'Followers gained per day since the previous snapshot; null for the first snapshot.',
      resolve: (s) => s.dailyGain,
    }),
  }),
});

const SponsoredVsOrganicRef = builder.objectRef<SponsoredVsOrganic>('SponsoredVsOrganic').implement({
  description: "Sponsored against organic engagement over the same window (the window's posts, split).",
  fields: (t) => ({
    sponsored: t.field({ type: EngagementRateRef, description: 'Sponsored posts.', resolve: (s) => s.sponsored }),
    organic: t.field({ type: EngagementRateRef, description: 'Organic posts.', resolve: (s) => s.organic }),
    liftRatio: t.float({
      nullable: true,
      description: 'sponsored.value / organic.value; null when either is null or organic is 0.',
      resolve: (s) => s.liftRatio,
    }),
  }),
});

const TierBenchmarkRef = builder.objectRef<TierBenchmark>('TierBenchmark').implement({
  description: 'Engagement across the accounts of one platform and tier (optionally one niche).',
  fields: (t) => ({
    platform: t.field({ type: PlatformEnum, description: 'The platform.', resolve: (b) => b.platform }),
    tier: t.field({ type: TierEnum, description: 'The tier, by current followers.', resolve: (b) => b.tier }),
    niche: t.string({ nullable: true, description: 'The niche, when narrowed to one.', resolve: (b) => b.niche }),
    scheme: t.exposeString('scheme', { description: 'The tier scheme, e.g. mediakix-2019.' }),
    minFollowers: t.exposeInt('minFollowers', { description: 'Lowest follower count of the tier (inclusive).' }),
    maxFollowers: t.int({
      nullable: true,
      description: 'First follower count above the tier (exclusive); null for the top tier.',
      resolve: (b) => b.maxFollowers,
    }),
    accountCount: t.exposeInt('accountCount', { description: 'Accounts in the group.' }),
    activeCount: t.exposeInt('activeCount', { description: 'Accounts with at least one post in the window.' }),
    peerCount: t.exposeInt('peerCount', {
      description: 'Accounts with at least `metricsConfig.minPostsForBenchmark` posts: those in the percentiles.',
    }),
    p10: t.float({ nullable: true, description: '10th percentile of account rates.', resolve: (b) => b.p10 }),
    p25: t.float({ nullable: true, description: '25th percentile of account rates.', resolve: (b) => b.p25 }),
    p50: t.float({ nullable: true, description: 'Median account rate.', resolve: (b) => b.p50 }),
    p75: t.float({ nullable: true, description: '75th percentile of account rates.', resolve: (b) => b.p75 }),
    p90: t.float({ nullable: true, description: '90th percentile of account rates.', resolve: (b) => b.p90 }),
    interactions: t.field({
      type: PercentilesRef,
      description: 'Percentiles of average interactions per post.',
      resolve: (b) => b.interactions,
    }),
    prior: t.float({
      nullable: true,
      description: 'μ, the prior of the reliable rate: mean of the per-account mean rates (accounts with posts).',
      resolve: (b) => b.prior,
    }),
    betweenAccountVariance: t.float({
      nullable: true,
      description: 'τ², the spread of true rates between accounts (reliable rate).',
      resolve: (b) => b.betweenAccountVariance,
    }),
    withinAccountVariance: t.float({
      nullable: true,
      description: 'σ²_w, the pooled post-to-post variance (reliable rate).',
      resolve: (b) => b.withinAccountVariance,
    }),
    method: t.field({
      type: EngagementMethodRef,
      description: 'The method, window and instant the group was evaluated with.',
      resolve: (b) => b.method,
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------
// metricsConfig: the defaults the answers use

interface ThresholdShape {
  name: string;
  value: number;
}

const MetricThresholdRef = builder.objectRef<ThresholdShape>('MetricThreshold').implement({
  description: 'One named default of the metric definitions.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Dotted name, e.g. `authenticity.followerSpike.zThreshold`.' }),
    value: t.exposeFloat('value', { description: 'The value in use.' }),
  }),
});

const TierRateRef = builder
  .objectRef<{ tier: (typeof TIERS)[number]; amountMinor: number; currency: string }>('TierRate')
  .implement({
    description: 'Estimated fee per post of one tier (rate-card midpoint).',
    fields: (t) => ({
      tier: t.field({ type: TierEnum, description: 'The tier.', resolve: (r) => r.tier }),
      fee: t.field({
        type: MoneyRef,
        description: 'Fee per photo post.',
        resolve: (r) => ({ amountMinor: r.amountMinor, currency: r.currency }),
      }),
    }),
  });

const KindMultiplierRef = builder
  .objectRef<{ kind: (typeof POST_KINDS)[number]; multiplier: number }>('KindMultiplier')
  .implement({
    description: 'Fee multiplier of a post kind against a photo post.',
    fields: (t) => ({
      kind: t.field({ type: PostKindEnum, description: 'The post kind.', resolve: (k) => k.kind }),
      multiplier: t.exposeFloat('multiplier', { description: 'Fee × this.' }),
    }),
  });

const EngagementMethodDefaultsRef = builder
  .objectRef<EngagementMethod & MetricWindow>('EngagementMethodDefaults')
  .implement({
    description: 'The default engagement method and window.',
    fields: (t) => ({
      interactions: t.field({
        type: InteractionsEnum,
        description: 'Interactions counted.',
        resolve: (m) => m.interactions,
      }),
      base: t.field({ type: RateBaseEnum, description: 'Rate denominator.', resolve: (m) => m.base }),
      aggregate: t.field({ type: AggregateEnum, description: 'Aggregate of post rates.', resolve: (m) => m.aggregate }),
      windowDays: t.exposeInt('days', { description: 'Window length in days.' }),
      windowPosts: t.int({
        nullable: true,
        description: 'Window as the last N posts; null for a days window.',
        resolve: (m) => m.posts,
      }),
    }),
  });

const MetricsConfigRef = builder.objectRef<MetricsConfig>('MetricsConfig').implement({
  description: 'The defaults and thresholds the metric answers use (docs/metrics.md#defaults).',
  fields: (t) => ({
    tierScheme: t.string({
      description: 'Name of the tier scheme (see `tierScheme`).',
      resolve: (c) => c.tierScheme.name,
    }),
    defaultMethod: t.field({
      type: EngagementMethodDefaultsRef,
      description: 'Method and window used when omitted, and by authenticity.',
      resolve: (c) => ({ ...c.defaultMethod, ...c.defaultWindow }),
    }),
    windowLimits: t.string({
      description: 'Allowed window sizes.',
      resolve: () =>
        `days ${WINDOW_LIMITS.minDays}–${WINDOW_LIMITS.maxDays}, posts ${WINDOW_LIMITS.minPosts}–${WINDOW_LIMITS.maxPosts}`,
    }),
    minPeersForPrior: t.exposeInt('minPeersForPrior', {
      description: 'Peers (with posts) a reliable rate needs before it gets a prior.',
    }),
    minPostsForBenchmark: t.exposeInt('minPostsForBenchmark', {
      description: 'Posts an account needs in the window to count in benchmarks and the authenticity peer median.',
    }),
    thresholds: t.field({
      type: [MetricThresholdRef],
      description: 'Every numeric threshold of authenticity, costs, campaigns and the planner, by dotted name.',
      extensions: cost({ listSize: 100 }),
      resolve: (c) =>
        flatten({
          authenticity: c.authenticity,
          campaigns: c.campaigns,
          planner: c.planner,
          costs: { reachFactor: c.costs.reachFactor },
        }),
    }),
    rateCard: t.field({
      type: [TierRateRef],
      description: 'Estimated fee per post by tier, used when no agreed or quoted fee exists.',
      extensions: cost({ listSize: TIERS.length }),
      resolve: (c) =>
        TIERS.map((tier) => ({ tier, amountMinor: c.costs.rateCardMinor[tier], currency: c.costs.rateCardCurrency })),
    }),
    kindMultipliers: t.field({
      type: [KindMultiplierRef],
      description: 'Rate-card multipliers by post kind.',
      extensions: cost({ listSize: POST_KINDS.length }),
      resolve: (c) => POST_KINDS.map((kind) => ({ kind, multiplier: c.costs.kindMultiplier[kind] })),
    }),
    emvCpm: t.field({
      type: [MoneyRef],
      description: 'CPM rates used for earned media value, one per configured currency.',
      extensions: cost({ listSize: 20 }),
      resolve: (c) => Object.entries(c.costs.emvCpmMinor).map(([currency, amountMinor]) => ({ amountMinor, currency })),
    }),
    peerCacheTtlSeconds: t.float({
      description: 'How long a peer group computed for the request time is reused (see `peersAsOf`).',
      resolve: (_c, _a, ctx) => ctx.metrics.cache.ttlMs / 1000,
    }),
  }),
});

function flatten(value: object, prefix = ''): ThresholdShape[] {
  const out: ThresholdShape[] = [];
  for (const [key, v] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'number') out.push({ name, value: v });
    else if (v && typeof v === 'object') out.push(...flatten(v, name));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Fields

type MethodArg =
  | {
      interactions?: EngagementMethod['interactions'] | null;
      base?: EngagementMethod['base'] | null;
      aggregate?: EngagementMethod['aggregate'] | null;
    }
  | null
  | undefined;
type WindowArg = { days?: number | null; posts?: number | null } | null | undefined;

interface MetricArgs {
  method?: MethodArg;
  window?: WindowArg;
  asOf?: Date | null;
}

function parsed(ctx: Context, args: MetricArgs) {
  const method = resolveMethod(args.method, ctx.metrics.config);
  const window = resolveWindow(args.window, ctx.metrics.config);
  const asOf = args.asOf ?? null;
  const key = JSON.stringify([method, window, asOf?.toISOString() ?? null]);
  return { method, window, asOf, key };
}

/** One DataLoader per (metric, arguments): the page's accounts go to the service in one batch. */
function load<V>(
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

const engagement = (ctx: Context, accountId: number, args: MetricArgs) => {
  const p = parsed(ctx, args);
  return load(ctx, 'engagement', p.key, accountId, (ids) => ctx.metrics.engagementFor(ids, p.method, p.window, p.asOf));
};

const reliable = (ctx: Context, accountId: number, args: MetricArgs & { byNiche?: boolean | null }) => {
  const p = parsed(ctx, args);
  const byNiche = args.byNiche ?? false;
  return load(ctx, 'reliable', `${p.key}:${byNiche}`, accountId, (ids) =>
    ctx.metrics.reliableFor(ids, p.method, p.window, p.asOf, byNiche),
  );
};

const authenticity = (ctx: Context, accountId: number, asOf: Date | null | undefined) =>
  load(ctx, 'authenticity', String(asOf?.toISOString() ?? null), accountId, (ids) =>
    ctx.metrics.authenticityFor(ids, asOf ?? null),
  );

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

const AUTHENTICITY_FLAG_CODES = 5;
const DAY_MS = 86_400_000;

/** Days of a followerHistory range (+1), at most ten years: the list estimate at one snapshot a day. */
function historyDays(args: CostArgs): number {
  const to = args.to instanceof Date ? args.to.getTime() : Date.now();
  const from = args.from instanceof Date ? args.from.getTime() : to - 90 * DAY_MS;
  return Math.min(3_653, Math.max(1, Math.floor((to - from) / DAY_MS) + 1));
}

const methodArgDescription = 'How engagement is measured (defaults: ALL, FOLLOWERS, MEAN).';
const windowArgDescription = 'Which posts count (default: the last 90 days).';
const asOfArgDescription = 'The instant to compute at; defaults to the time of the request.';

builder.objectFields(AccountRef, (t) => ({
  engagement: t.field({
    type: EngagementRateRef,
    description: 'Engagement rate over a window, with its method.',
    extensions: cost({ complexity: METRIC_COST.engagement }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (a, args, ctx) => engagement(ctx, a.id, args),
  }),
  reliableEngagement: t.field({
    type: ReliableEngagementRateRef,
    description: 'Engagement rate shrunk toward the peers of the same platform and tier (and niche when asked).',
    extensions: cost({ complexity: METRIC_COST.reliableEngagement }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
      byNiche: t.arg.boolean({
        defaultValue: false,
        description: "Peers must also share a niche with the account's creator.",
      }),
    },
    resolve: (a, args, ctx) => reliable(ctx, a.id, args),
  }),
  benchmark: t.field({
    type: AccountBenchmarkRef,
    description: "Percentile of the account's rate among the peers of its platform and tier.",
    extensions: cost({ complexity: METRIC_COST.benchmark }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (a, args, ctx) => {
      const p = parsed(ctx, args);
      return load(ctx, 'benchmark', p.key, a.id, (ids) => ctx.metrics.benchmarkFor(ids, p.method, p.window, p.asOf));
    },
  }),
  authenticity: t.field({
    type: AuthenticityRef,
    description: 'Authenticity score with its red flags.',
    extensions: cost({ complexity: METRIC_COST.authenticity }),
    args: { asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }) },
    resolve: (a, args, ctx) => authenticity(ctx, a.id, args.asOf),
  }),
  growth: t.float({
    nullable: true,
    extensions: cost({ complexity: METRIC_COST.growth }),
    description:
      'Follower growth over `days` days at asOf: (F(asOf) − F(asOf − days)) / F(asOf − days), from snapshots; null when either is missing.',
    args: {
      days: t.arg.int({
        required: true,
        description: `Horizon in days (${WINDOW_LIMITS.minDays}–${WINDOW_LIMITS.maxDays}).`,
      }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (a, args, ctx) => {
      const asOf = args.asOf ?? null;
      return load(ctx, 'growth', JSON.stringify([args.days, asOf?.toISOString() ?? null]), a.id, (ids) =>
        ctx.metrics.growthFor(ids, args.days, asOf),
      );
    },
  }),
  followerHistory: t.field({
    type: [FollowerSnapshotRef],
    description: 'Follower snapshots in a time range, oldest first, with daily gains.',
    // Reads every snapshot of the account; the list is estimated at one snapshot a day of the range.
    extensions: cost({ complexity: METRIC_COST.followerHistory, listSize: historyDays }),
    args: {
      from: t.arg({ type: 'DateTime', description: 'Start (inclusive); defaults to 90 days before `to`.' }),
      to: t.arg({ type: 'DateTime', description: 'End (inclusive); defaults to the time of the request.' }),
    },
    resolve: (a, args, ctx) => {
      const to = args.to ?? ctx.now;
      const from = args.from ?? new Date(to.getTime() - 90 * 86_400_000);
      if (from.getTime() > to.getTime())
        throw new ValidationError([{ field: 'from', message: 'must not be after `to`' }]);
      return load(ctx, 'followerHistory', `${from.toISOString()}:${to.toISOString()}`, a.id, (ids) =>
        ctx.metrics.followerHistoryFor(ids, from, to),
      );
    },
  }),
  sponsoredVsOrganic: t.field({
    type: SponsoredVsOrganicRef,
    description: 'Engagement of sponsored against organic posts of the same window.',
    extensions: cost({ complexity: METRIC_COST.sponsoredVsOrganic }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (a, args, ctx) => {
      const p = parsed(ctx, args);
      return load(ctx, 'sponsoredVsOrganic', p.key, a.id, (ids) =>
        ctx.metrics.sponsoredVsOrganicFor(ids, p.method, p.window, p.asOf),
      );
    },
  }),
}));

async function primaryAccountId(ctx: Context, creatorId: number): Promise<number | null> {
  return (await accountsOf(ctx, creatorId))[0]?.id ?? null;
}

builder.objectFields(CreatorRef, (t) => ({
  engagement: t.field({
    type: EngagementRateRef,
    nullable: true,
    description: "Engagement of the creator's primary (largest) account; null without accounts.",
    extensions: cost({ complexity: METRIC_COST.engagement }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: async (c, args, ctx) => {
      const id = await primaryAccountId(ctx, c.id);
      return id === null ? null : engagement(ctx, id, args);
    },
  }),
  reliableEngagement: t.field({
    type: ReliableEngagementRateRef,
    nullable: true,
    description: "Reliable engagement of the creator's primary account; null without accounts.",
    extensions: cost({ complexity: METRIC_COST.reliableEngagement }),
    args: {
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
      byNiche: t.arg.boolean({
        defaultValue: false,
        description: 'Peers must also share a niche with the creator.',
      }),
    },
    resolve: async (c, args, ctx) => {
      const id = await primaryAccountId(ctx, c.id);
      return id === null ? null : reliable(ctx, id, args);
    },
  }),
  authenticity: t.field({
    type: AuthenticityRef,
    nullable: true,
    description: "Authenticity of the creator's primary account; null without accounts.",
    extensions: cost({ complexity: METRIC_COST.authenticity }),
    args: { asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }) },
    resolve: async (c, args, ctx) => {
      const id = await primaryAccountId(ctx, c.id);
      return id === null ? null : authenticity(ctx, id, args.asOf);
    },
  }),
}));

builder.queryFields((t) => ({
  benchmarks: t.field({
    type: TierBenchmarkRef,
    authScopes: { read: true },
    description: 'Engagement percentiles of the accounts of one platform and tier, optionally one niche.',
    extensions: cost({ complexity: METRIC_COST.benchmarks }),
    args: {
      platform: t.arg({ type: PlatformEnum, required: true, description: 'The platform.' }),
      tier: t.arg({ type: TierEnum, required: true, description: 'The tier (by current followers).' }),
      niche: t.arg.string({ description: 'Only accounts whose creator works in this niche.' }),
      method: t.arg({ type: EngagementMethodInput, description: methodArgDescription }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (_root, args, ctx) => {
      const p = parsed(ctx, args);
      return ctx.metrics.benchmarks({
        platform: args.platform,
        tier: args.tier,
        niche: args.niche ?? null,
        method: p.method,
        window: p.window,
        asOf: p.asOf,
      });
    },
  }),
  metricsConfig: t.field({
    type: MetricsConfigRef,
    authScopes: { read: true },
    description: 'The defaults and thresholds the metric answers use.',
    resolve: (_root, _args, ctx) => ctx.metrics.config ?? DEFAULT_METRICS_CONFIG,
  }),
}));
