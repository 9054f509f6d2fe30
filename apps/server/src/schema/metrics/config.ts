import {
  DEFAULT_METRICS_CONFIG,
  type EngagementMethod,
  type MetricsConfig,
  type MetricWindow,
  PLATFORMS,
  POST_KINDS,
  TIERS,
  WINDOW_LIMITS,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { cost } from '../../http/cost.js';
import { PlatformEnum, PostKindEnum, TierEnum } from '../common/enums.js';
import { MoneyRef } from '../common/money.js';
import { methodFields } from './args.js';

/** metricsConfig: the defaults and thresholds the metric answers use. */

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

const PlatformFactorRef = builder
  .objectRef<{ platform: (typeof PLATFORMS)[number]; value: number }>('PlatformFactor')
  .implement({
    description: 'A number that depends on the platform (a price multiplier or a reach factor).',
    fields: (t) => ({
      platform: t.field({ type: PlatformEnum, description: 'The platform.', resolve: (f) => f.platform }),
      value: t.exposeFloat('value', { description: 'The value in use for it.' }),
    }),
  });

const FxRateRef = builder.objectRef<{ currency: string; usdPerUnit: number }>('FxRate').implement({
  description: 'One row of the exchange-rate table.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: 'ISO 4217 code.' }),
    usdPerUnit: t.exposeFloat('usdPerUnit', { description: 'US dollars per one unit of the currency.' }),
  }),
});

const FxTableRef = builder.objectRef<MetricsConfig['costs']['fx']>('FxTable').implement({
  description:
    'The exchange rates fees, rate-card estimates and the EMV CPM are converted with: dated, sourced and approximate (a fixed table, not live rates). A currency missing here cannot be converted (CURRENCY_MISMATCH).',
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', description: 'Date of the rates.', resolve: (f) => f.asOf }),
    source: t.exposeString('source', { description: 'Where the rates come from.' }),
    rates: t.field({
      type: [FxRateRef],
      description: 'US dollars per unit, one row per configured currency.',
      extensions: cost({ listSize: 50 }),
      resolve: (f) => Object.entries(f.usdPerUnit).map(([currency, usdPerUnit]) => ({ currency, usdPerUnit })),
    }),
  }),
});

const EngagementMethodDefaultsRef = builder
  .objectRef<EngagementMethod & MetricWindow>('EngagementMethodDefaults')
  .implement({
    description: 'The default engagement method and window.',
    fields: (t) => ({
      ...methodFields(t, 'Aggregate of post rates.'),
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
          discovery: c.discovery,
          costs: { reachFactor: c.costs.reachFactor, platformMultiplier: c.costs.platformMultiplier },
        }),
    }),
    rateCard: t.field({
      type: [TierRateRef],
      description:
        'Rate-card midpoints by tier (Instagram photo post), used when no agreed or quoted fee exists; × `platformMultipliers` and `kindMultipliers`.',
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
    platformMultipliers: t.field({
      type: [PlatformFactorRef],
      description: "Rate-card multipliers by platform (the rate card is Instagram's).",
      extensions: cost({ listSize: PLATFORMS.length }),
      resolve: (c) => PLATFORMS.map((platform) => ({ platform, value: c.costs.platformMultiplier[platform] })),
    }),
    reachFactors: t.field({
      type: [PlatformFactorRef],
      description:
        'Share of followers assumed to see a post that reports no impressions, by platform: used by campaign metrics and by AWARENESS plans alike.',
      extensions: cost({ listSize: PLATFORMS.length }),
      resolve: (c) => PLATFORMS.map((platform) => ({ platform, value: c.costs.reachFactor[platform] })),
    }),
    fx: t.field({
      type: FxTableRef,
      description: 'The exchange-rate table, with its date and source.',
      resolve: (c) => c.costs.fx,
    }),
    plannerMinPosts: t.int({
      description: 'Posts in the window an account needs before planCampaign may pick it (the default of `minPosts`).',
      resolve: (c) => c.planner.minPosts,
    }),
    growthDays: t.int({
      description: 'Days of the growth that creator filters and orderings use.',
      resolve: (c) => c.discovery.growthDays,
    }),
    emvCpm: t.field({
      type: [MoneyRef],
      description:
        'CPM rates used for earned media value, one per configured currency; other currencies convert the USD one through `fx`.',
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

builder.queryFields((t) => ({
  metricsConfig: t.field({
    type: MetricsConfigRef,
    authScopes: { read: true },
    description: 'The defaults and thresholds the metric answers use.',
    resolve: (_root, _args, ctx) => ctx.metrics.config ?? DEFAULT_METRICS_CONFIG,
  }),
}));
