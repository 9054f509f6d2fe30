import { type Platform, resolveWindow, TIERS, type TierStats } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { cost } from '../../http/cost.js';
import { PlatformEnum, TierEnum } from '../common/enums.js';
import { rateFields } from '../common/money.js';
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
    'One tier of a platform (optionally one niche): engagement (default method, the given window), fee per photo post in USD (the quoted rate, else the rate-card estimate × the platform multiplier, converted at the configured exchange rate) and authenticity. Medians and quartiles by linear interpolation (type 7); each skips accounts where its input is missing.',
  fields: (t) => ({
    tier: t.field({ type: TierEnum, description: 'The tier, by current followers.', resolve: (s) => s.tier }),
    platform: t.field({ type: PlatformEnum, description: 'The platform.', resolve: (s) => s.platform }),
    niche: t.exposeString('niche', { nullable: true, description: 'The niche, when narrowed to one.' }),
    accountCount: t.exposeInt('accountCount', { description: 'Accounts of the platform (and niche) in the tier.' }),
    medianRate: t.exposeFloat('medianRate', { nullable: true, description: 'Median engagement rate.' }),
    p25Rate: t.exposeFloat('p25Rate', { nullable: true, description: '25th percentile engagement rate.' }),
    p75Rate: t.exposeFloat('p75Rate', { nullable: true, description: '75th percentile engagement rate.' }),
    medianAvgInteractions: t.exposeFloat('medianAvgInteractions', {
      nullable: true,
      description: 'Median of average interactions per post.',
    }),
    ...rateFields(t, (s) => s.currency, {
      medianFee: ['Median fee per post.', (s) => s.medianFeeMinor],
      medianCpe: [
        'Median over accounts of fee / average interactions per post (accounts with 0 left out).',
        (s) => s.medianCpe,
      ],
    }),
    medianAuthenticity: t.exposeFloat('medianAuthenticity', {
      nullable: true,
      description: 'Median authenticity score (0–100).',
    }),
    lowAuthenticityShare: t.exposeFloat('lowAuthenticityShare', {
      nullable: true,
      description: 'Share (0–1) of accounts scoring below 70; null when the tier has no account.',
    }),
    windowDays: t.exposeInt('windowDays', {
      description: 'Engagement window in days (unused when windowPosts is set).',
    }),
    windowPosts: t.exposeInt('windowPosts', {
      nullable: true,
      description: 'Engagement window as the last N posts; null for a days window.',
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
