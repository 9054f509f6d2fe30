import type { BenchmarkAnswer, Percentiles, TierBenchmark } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { cost } from '../../http/cost.js';
import { PlatformEnum, TierEnum } from '../common/enums.js';
import { AccountRef } from '../creators.js';
import { load, METRIC_COST, methodArgs, parsed } from './args.js';
import { EngagementMethodRef } from './engagement.js';

/** Where an account stands among its peers, and the percentiles of a whole tier. */

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
      description:
        "Percentile rank (0–100) of the account's rate: 100 × (below + 0.5 × equal) / peers. Null when the account has fewer than `metricsConfig.minPostsForBenchmark` posts in the window (see percentileReason).",
      resolve: (b) => b.percentile,
    }),
    percentileReason: t.string({
      nullable: true,
      description:
        'Why percentile is null, e.g. "2 posts in the window; a percentile needs at least 3"; null when it is answered. The peer percentiles are answered either way.',
      resolve: (b) => b.percentileReason,
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

builder.objectFields(AccountRef, (t) => ({
  benchmark: t.field({
    type: AccountBenchmarkRef,
    description: "Percentile of the account's rate among the peers of its platform and tier.",
    extensions: cost({ complexity: METRIC_COST.benchmark }),
    args: {
      ...methodArgs(t.arg),
    },
    resolve: (a, args, ctx) => {
      const p = parsed(ctx, args);
      return load(ctx, 'benchmark', p.key, a.id, (ids) => ctx.metrics.benchmarkFor(ids, p.method, p.window, p.asOf));
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
      ...methodArgs(t.arg),
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
}));
