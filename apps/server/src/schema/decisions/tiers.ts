import { type Platform, resolveWindow, TIERS, type TierStats } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { cost } from '../../http/cost.js';
import { PlatformEnum, TierEnum } from '../common/enums.js';
import { MoneyRateRef, rate } from '../common/money.js';
import { WindowInput } from '../metrics/args.js';
import { DECISION_COST } from './shared.js';

/** compareTiers: engagement, fees and authenticity per tier of a platform. */

type TierShape = TierStats & {
  platform: Platform;
  niche: string | null;
  windowDays: number;
  windowPosts: number | null;
  asOf: Date;
  currency: string;
};

const TierComparisonRef = builder.objectRef<TierShape>('TierComparison').implement({
  description:
    'One tier of a platform (optionally one niche): engagement (default method, the given window), fee per post (quoted rate in USD, else the rate-card estimate for a photo post) and authenticity. Medians and quartiles by linear interpolation (type 7); each skips accounts where its input is missing.',
  fields: (t) => ({
    tier: t.field({ type: TierEnum, description: 'The tier, by current followers.', resolve: (s) => s.tier }),
    platform: t.field({ type: PlatformEnum, description: 'The platform.', resolve: (s) => s.platform }),
    niche: t.string({ nullable: true, description: 'The niche, when narrowed to one.', resolve: (s) => s.niche }),
    accountCount: t.exposeInt('accountCount', { description: 'Accounts of the platform (and niche) in the tier.' }),
    medianRate: t.float({ nullable: true, description: 'Median engagement rate.', resolve: (s) => s.medianRate }),
    p25Rate: t.float({ nullable: true, description: '25th percentile engagement rate.', resolve: (s) => s.p25Rate }),
    p75Rate: t.float({ nullable: true, description: '75th percentile engagement rate.', resolve: (s) => s.p75Rate }),
    medianAvgInteractions: t.float({
      nullable: true,
      description: 'Median of average interactions per post.',
      resolve: (s) => s.medianAvgInteractions,
    }),
    medianFee: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'Median fee per post.',
      resolve: (s) => rate(s.medianFeeMinor, s.currency),
    }),
    medianCpe: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'Median over accounts of fee / average interactions per post (accounts with 0 left out).',
      resolve: (s) => rate(s.medianCpe, s.currency),
    }),
    medianAuthenticity: t.float({
      nullable: true,
      description: 'Median authenticity score (0–100).',
      resolve: (s) => s.medianAuthenticity,
    }),
    lowAuthenticityShare: t.float({
      nullable: true,
      description: 'Share (0–1) of accounts scoring below 70; null when the tier has no account.',
      resolve: (s) => s.lowAuthenticityShare,
    }),
    windowDays: t.exposeInt('windowDays', {
      description: 'Engagement window in days (unused when windowPosts is set).',
    }),
    windowPosts: t.int({
      nullable: true,
      description: 'Engagement window as the last N posts; null for a days window.',
      resolve: (s) => s.windowPosts,
    }),
    asOf: t.field({
      type: 'DateTime',
      description: 'The instant the numbers were computed at.',
      resolve: (s) => s.asOf,
    }),
  }),
});

builder.queryFields((t) => ({
  compareTiers: t.field({
    type: [TierComparisonRef],
    authScopes: { read: true },
    description:
      'Per tier of a platform (optionally one niche): account count, engagement quartiles, interactions, fees, CPE and authenticity. VALIDATION error for a window out of range.',
    extensions: cost({ complexity: DECISION_COST.compareTiers, listSize: TIERS.length }),
    args: {
      platform: t.arg({ type: PlatformEnum, required: true, description: 'The platform.' }),
      niche: t.arg.string({ description: 'Only accounts whose creator works in this niche.' }),
      window: t.arg({
        type: WindowInput,
        description: 'Which posts count for engagement (default: the last 90 days).',
      }),
      asOf: t.arg({ type: 'DateTime', description: 'The instant to compute at; defaults to now.' }),
    },
    resolve: async (_root, args, ctx) => {
      const window = resolveWindow(args.window, ctx.metrics.config);
      const answer = await ctx.decisions.compareTiers({
        platform: args.platform,
        niche: args.niche ?? null,
        window,
        asOf: args.asOf ?? null,
      });
      return answer.tiers.map((s) => ({
        ...s,
        platform: answer.platform,
        niche: answer.niche,
        windowDays: answer.window.days,
        windowPosts: answer.window.posts,
        asOf: answer.asOf,
        currency: answer.feeCurrency,
      }));
    },
  }),
}));
