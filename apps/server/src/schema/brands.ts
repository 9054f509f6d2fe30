import {
  type BrandCreatorResult,
  type BrandPerformanceAnswer,
  BrandService,
  DEFAULT_BRAND_TOP,
  MAX_BRAND_TOP,
  type RateSummary,
} from '@creatorgraph/core';
import { builder } from '../builder.js';
import { loadExisting, loaders } from '../context.js';
import { cost } from '../http/cost.js';
import { PlatformEnum } from './common/enums.js';
import { CreatorRef } from './creators.js';
import { WindowInput, windowArgDescription } from './metrics/args.js';
import { EngagementMethodRef } from './metrics/engagement.js';

/** brandPerformance: a brand's sponsored posts against the same creators' organic posts. */

/** Points per resolution: one statement for the brand's posts, one for the organic sums, snapshots. */
export const BRAND_PERFORMANCE_COST = 10;

const rateFields = {
  posts: 'Posts counted.',
  interactions: 'Σ interactions (likes + comments + shares + saves; a component not reported counts 0).',
  rate: 'Mean post rate (interactions / followers at post time) over the posts with a usable base; null when none has one.',
  excluded: 'Posts left out of the rate because their base was null or 0 (their interactions still count).',
};

const OrganicRef = builder.objectRef<RateSummary>('OrganicComparison').implement({
  description:
    "The same creators' organic (not sponsored) posts in the same window, on the accounts that posted for the brand: the baseline of the lift.",
  fields: (t) => ({
    posts: t.exposeInt('posts', { description: rateFields.posts }),
    interactions: t.exposeInt('interactions', { description: rateFields.interactions }),
    rate: t.exposeFloat('rate', { nullable: true, description: rateFields.rate }),
    excluded: t.exposeInt('excluded', { description: rateFields.excluded }),
  }),
});

const BrandCreatorRef = builder.objectRef<BrandCreatorResult>('BrandCreatorPerformance').implement({
  description: "One creator's posts for the brand in the window, beside its own organic posts.",
  fields: (t) => ({
    creator: t.field({
      type: CreatorRef,
      description: 'The creator.',
      resolve: (c, _args, ctx) => loadExisting(loaders.creator(ctx), c.creatorId, 'creator'),
    }),
    posts: t.exposeInt('posts', { description: "The creator's sponsored posts naming the brand." }),
    interactions: t.exposeInt('interactions', { description: rateFields.interactions }),
    rate: t.exposeFloat('rate', { nullable: true, description: rateFields.rate }),
    excluded: t.exposeInt('excluded', { description: rateFields.excluded }),
    organic: t.field({
      type: OrganicRef,
      description: "The creator's own organic posts in the window (its accounts that posted for the brand).",
      resolve: (c) => c.organic,
    }),
    lift: t.exposeFloat('lift', {
      nullable: true,
      description:
        'rate / organic.rate − 1 (0.25 = 25% more engagement on the brand’s posts); null without an organic rate.',
    }),
  }),
});

const BrandPerformanceRef = builder.objectRef<BrandPerformanceAnswer>('BrandPerformance').implement({
  description:
    'How a brand’s sponsored posts performed in a window: volume, the mean post rate, the same creators’ organic rate beside it (the lift), and the creators with the most interactions. Rates are fractions.',
  fields: (t) => ({
    brand: t.exposeString('brand', {
      description: 'The brand as asked (trimmed); posts match it ignoring case, exactly otherwise.',
    }),
    platform: t.field({
      type: PlatformEnum,
      nullable: true,
      description: 'The platform asked for; null for every platform.',
      resolve: (b) => b.platform,
    }),
    posts: t.exposeInt('posts', { description: 'Sponsored posts naming the brand in the window.' }),
    creators: t.exposeInt('creators', { description: 'Distinct creators of those posts.' }),
    accounts: t.exposeInt('accounts', { description: 'Distinct accounts of those posts.' }),
    interactions: t.exposeInt('interactions', { description: rateFields.interactions }),
    rate: t.exposeFloat('rate', { nullable: true, description: rateFields.rate }),
    excluded: t.exposeInt('excluded', { description: rateFields.excluded }),
    organic: t.field({
      type: OrganicRef,
      description: "The same creators' organic posts in the window (on the accounts that posted for the brand).",
      resolve: (b) => b.organic,
    }),
    lift: t.exposeFloat('lift', {
      nullable: true,
      description:
        'rate / organic.rate − 1: how much more (or, negative, less) the brand’s posts engaged than the same creators’ own posts; null without organic posts with a rate.',
    }),
    topCreators: t.field({
      type: [BrandCreatorRef],
      description:
        'The creators with the most interactions on the brand’s posts (ties: more posts, then the older creator), at most `top`.',
      extensions: cost({ listSize: (_args, bounds) => bounds.brandTop ?? MAX_BRAND_TOP }),
      resolve: (b) => b.topCreators,
    }),
    method: t.field({
      type: EngagementMethodRef,
      description:
        'How the rates were computed: ALL interactions, FOLLOWERS base, MEAN over posts; the window and asOf.',
      resolve: (b) => ({ ...b.method, componentsPresent: b.componentsPresent }),
    }),
  }),
});

builder.queryFields((t) => ({
  brandPerformance: t.field({
    type: BrandPerformanceRef,
    authScopes: { read: true },
    description:
      'A brand’s sponsored posts (those naming it, ignoring case) in a window up to now: posts, creators, interactions and mean rate, beside the same creators’ organic rate (the lift), and the top creators by interactions. VALIDATION error for an empty brand, a window or `top` out of range.',
    extensions: cost({
      complexity: BRAND_PERFORMANCE_COST,
      provides: (args) => ({ brandTop: typeof args.top === 'number' ? args.top : DEFAULT_BRAND_TOP }),
    }),
    args: {
      brand: t.arg.string({ required: true, description: 'The brand, as posts name it (case does not matter).' }),
      platform: t.arg({ type: PlatformEnum, description: 'Only posts on this platform; every platform when omitted.' }),
      window: t.arg({ type: WindowInput, description: windowArgDescription }),
      top: t.arg.int({
        defaultValue: DEFAULT_BRAND_TOP,
        description: `How many top creators to return, 1–${MAX_BRAND_TOP}.`,
      }),
    },
    resolve: (_root, args, ctx) =>
      new BrandService(ctx.em, ctx.metrics.config, { now: ctx.now }).performance({
        brand: args.brand,
        platform: args.platform ?? null,
        window: args.window ?? null,
        top: args.top ?? DEFAULT_BRAND_TOP,
      }),
  }),
}));
