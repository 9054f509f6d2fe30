import {
  AmbiguousHandleError,
  type CatalogAccount,
  type CatalogCreator,
  type CreatorFilter,
  NICHES,
  PLATFORMS,
  type Platform,
  SEARCH_LIMITS,
  ValidationError,
  validateFloatRange,
  validateFollowerRange,
} from '@creatorgraph/core';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { type Context, loadExisting, loaders, loadNodes, prime } from '../context.js';
import { type CostArgs, clampInt, cost } from '../http/cost.js';
import { connectionTotalCount, toConnection } from './common/connection.js';
import { describedEnum, PlatformEnum, SortDirectionEnum, TierEnum } from './common/enums.js';
import { encodeGlobalId, idOf } from './common/ids.js';
import { MoneyRef } from './common/money.js';
import { FloatRangeInput, IntRangeInput } from './common/ranges.js';

// Imports may add free-form niches: the list is bounded like any other.
const DEFAULT_NICHES = 50;
const MAX_NICHES = 500;

// Backed by plain rows, not entities: see CreatorService.
export const CreatorRef = builder.objectRef<CatalogCreator>('Creator');
/** Accounts of a creator, for pricing: one per platform. */
export const CREATOR_ACCOUNTS_ESTIMATE = PLATFORMS.length;
export const AccountRef = builder.objectRef<CatalogAccount>('Account');

builder.node(CreatorRef, {
  description: 'A person or brand publishing on one or more platforms.',
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(loaders.creator(ctx), ids, 'Creator'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Display name.' }),
    country: t.field({
      type: 'CountryCode',
      nullable: true,
      description: 'ISO 3166-1 alpha-2 country the creator is based in.',
      resolve: (c) => c.country ?? null,
    }),
    niches: t.stringList({
      description: `Content niches, lower case (e.g. ${NICHES.slice(0, 4).join(', ')}).`,
      resolve: async (c, _args, ctx) =>
        (await ctx
          .loader<number, string[]>('creatorNiches', async (keys) => {
            const map = await ctx.creators.nichesByCreatorIds(keys);
            return keys.map((k) => map.get(k) ?? []);
          })
          .load(c.id)) ?? [],
    }),
    followers: t.exposeInt('maxFollowers', { description: "Followers of the creator's largest account." }),
    tier: t.field({
      type: TierEnum,
      description: "Tier of the creator's largest account (default scheme, see `tierScheme`).",
      resolve: (c, _args, ctx) => ctx.creators.tierOf(c.maxFollowers),
    }),
    accounts: t.field({
      type: [AccountRef],
      description: "The creator's accounts, largest first.",
      // One per platform is typical but not enforced: an estimate, corrected to the real count after execution.
      extensions: cost({ listSize: CREATOR_ACCOUNTS_ESTIMATE }),
      resolve: (c, _args, ctx) => accountsOf(ctx, c.id),
    }),
    primaryAccount: t.field({
      type: AccountRef,
      nullable: true,
      description:
        'The account with the most followers (then the oldest); creator-level metrics come from it when no platform is named.',
      resolve: async (c, _args, ctx) => (await accountsOf(ctx, c.id))[0] ?? null,
    }),
    metricAccount: t.field({
      type: AccountRef,
      nullable: true,
      description:
        "The account the creator's metrics come from: its account on `platform` (the largest, if several), else its primary account. The creator's `engagement`, `reliableEngagement` and `authenticity` with the same `platform`, and the `creators` metric filters and orderings with the same `filter.platform`, use it. Null when the creator has no such account.",
      args: {
        platform: t.arg({
          type: PlatformEnum,
          description: 'The platform named by the request (e.g. `filter.platform`); omitted: the primary account.',
        }),
      },
      resolve: (c, args, ctx) => metricAccountOf(ctx, c.id, args.platform ?? null),
    }),
  }),
});

/** The creator's accounts, largest first (batched per request; primes the account loader). */
export function accountsOf(ctx: Context, creatorId: number) {
  return ctx
    .loader<number, CatalogAccount[]>('creatorAccounts', async (keys) => {
      const accounts = await ctx.creators.accountsByCreatorIds(keys);
      prime(loaders.account(ctx), accounts);
      const map = new Map<number, CatalogAccount[]>(keys.map((k) => [k, []]));
      for (const a of accounts) map.get(a.creatorId)?.push(a);
      return keys.map((k) => map.get(k) ?? []);
    })
    .load(creatorId);
}

/**
 * The account a creator's metrics come from: its largest account on `platform`, or its primary (largest)
 * account without a platform, as discovery's SQL picks it (most followers, then lowest id).
 */
export async function metricAccountOf(
  ctx: Context,
  creatorId: number,
  platform: Platform | null,
): Promise<CatalogAccount | null> {
  const accounts = await accountsOf(ctx, creatorId);
  return (platform ? accounts.find((a) => a.platform === platform) : accounts[0]) ?? null;
}

builder.node(AccountRef, {
  description: "A creator's presence on one platform.",
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => loadNodes(loaders.account(ctx), ids, 'Account'),
  fields: (t) => ({
    platform: t.field({ type: PlatformEnum, description: 'Where the account lives.', resolve: (a) => a.platform }),
    handle: t.exposeString('handle', { description: 'Handle without the leading @, lower case.' }),
    externalId: t.exposeString('externalId', { description: "The platform's own id for the account." }),
    followers: t.exposeInt('followers', { description: 'Current followers.' }),
    following: t.int({
      nullable: true,
      description: 'Accounts this account follows, where the platform reports it.',
      resolve: (a) => a.following ?? null,
    }),
    tier: t.field({
      type: TierEnum,
      description: 'Tier by current followers (default scheme, see `tierScheme`).',
      resolve: (a, _args, ctx) => ctx.creators.tierOf(a.followers),
    }),
    quotedRate: t.field({
      type: MoneyRef,
      nullable: true,
      description: "The creator's quoted price per post, when known.",
      resolve: (a) =>
        a.ratePerPostMinor != null && a.rateCurrency
          ? { amountMinor: a.ratePerPostMinor, currency: a.rateCurrency }
          : null,
    }),
    creator: t.field({
      type: CreatorRef,
      description: 'Who owns the account.',
      resolve: (a, _args, ctx) => loadExisting(loaders.creator(ctx), a.creatorId, 'creator'),
    }),
  }),
});

const CreatorFilterInput = builder.inputType('CreatorFilter', {
  description: 'Narrows the creators list. All given conditions must hold.',
  fields: (t) => ({
    platform: t.field({ type: PlatformEnum, description: 'Has an account on this platform.' }),
    tier: t.field({
      type: TierEnum,
      description: 'Creator tier (largest account); with `platform`, the tier of the account on that platform.',
    }),
    niches: t.stringList({ description: 'Works in any of these niches.' }),
    country: t.field({ type: 'CountryCode', description: 'Based in this country.' }),
    followers: t.field({
      type: IntRangeInput,
      description: 'Followers of the largest account; with `platform`, of the account on that platform.',
    }),
    nameContains: t.string({ description: 'Name contains this text (case-insensitive).' }),
    engagementRate: t.field({
      type: FloatRangeInput,
      description:
        'Engagement rate (a fraction) of the metric account (on `platform` when given, else the primary account; see `Creator.metricAccount`), default method and window, at the request time.',
    }),
    reliableEngagementRate: t.field({
      type: FloatRangeInput,
      description: 'Reliable engagement rate (a fraction) of the metric account, default method and window.',
    }),
    minAuthenticity: t.float({ description: 'Authenticity score (0–100) of the metric account at least this.' }),
    growth: t.field({
      type: FloatRangeInput,
      description: `Follower growth (a fraction, 0.05 = +5%) of the metric account over the last ${'`metricsConfig`'} discovery growth days (30 by default); accounts without enough follower history never match.`,
    }),
    sponsoredShare: t.field({
      type: FloatRangeInput,
      description:
        "Share (0–1) of sponsored posts among the metric account's posts of the default window; accounts without posts never match.",
    }),
    brand: t.string({
      description:
        'Has a sponsored post naming this brand (case-insensitive, any date): on the metric account when `platform` is given, else on any account.',
    }),
    minSampleSize: t.int({
      description:
        "At least this many posts in the metric account's default-window sample (n): rates from fewer posts are noise.",
    }),
    engagementLowerBound: t.field({
      type: FloatRangeInput,
      description:
        "Low end of the metric account's reliable-rate 95% interval (see `ENGAGEMENT_LOWER_BOUND`); accounts without posts never match.",
    }),
  }),
});

const CreatorOrderFieldEnum = describedEnum(
  'CreatorOrderField',
  "What to sort creators by. Metric orderings use the creator's metric account (its account on `filter.platform`, else its primary account; see `Creator.metricAccount`), default method and window, now; creators without a value come last in either direction.",
  {
    FOLLOWERS: "Followers of the creator's largest account.",
    NAME: 'Name, alphabetically.',
    CREATED_AT: 'When the creator was added.',
    ENGAGEMENT_RATE:
      'Engagement rate of the metric account. A high rate from a handful of posts or a tiny audience is mostly luck: prefer ENGAGEMENT_LOWER_BOUND.',
    RELIABLE_ENGAGEMENT_RATE: 'Reliable (shrunk toward the tier peers) engagement rate of the metric account.',
    AUTHENTICITY_SCORE: 'Authenticity score of the metric account.',
    ENGAGEMENT_LOWER_BOUND:
      'Low end of the reliable rate\'s 95% interval (the account\'s own interval95 where it has fewer than 3 peers): a rate that is high and well-evidenced. Answers "who reliably engages well".',
    EXPECTED_INTERACTIONS:
      'Reliable rate × current followers: interactions to expect per post. Answers "who brings the most engagement per post".',
    ESTIMATED_CPE:
      'Price of a PHOTO post in USD minor units (the quoted rate converted, else the rate-card estimate) / expected interactions: cost per expected interaction. Use ASC for the cheapest engagement.',
    AVG_INTERACTIONS: 'Mean interactions per post over the window.',
    GROWTH: 'Follower growth over the discovery growth days (30 by default).',
  },
);

const CreatorOrderInput = builder.inputType('CreatorOrder', {
  description: 'Sort order for creators; ties are broken by creation order.',
  fields: (t) => ({
    field: t.field({ type: CreatorOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

/**
 * Ordering or filtering by a metric computes it for every creator matching the rest of the filter
 * before paging: priced as a scan, not as one page.
 */
export const METRIC_SCAN_COST = 200;
const METRIC_ORDERS = new Set([
  'ENGAGEMENT_RATE',
  'RELIABLE_ENGAGEMENT_RATE',
  'AUTHENTICITY_SCORE',
  'ENGAGEMENT_LOWER_BOUND',
  'EXPECTED_INTERACTIONS',
  'ESTIMATED_CPE',
  'AVG_INTERACTIONS',
  'GROWTH',
]);
const METRIC_FILTERS = [
  'engagementRate',
  'reliableEngagementRate',
  'minAuthenticity',
  'growth',
  'sponsoredShare',
  'minSampleSize',
  'engagementLowerBound',
];

function creatorsCost(args: CostArgs): number {
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const order = (args.orderBy ?? {}) as { field?: string };
  const byMetric = METRIC_ORDERS.has(order.field ?? '') || METRIC_FILTERS.some((f) => filter[f] != null);
  return byMetric ? METRIC_SCAN_COST : 1;
}

/** Longest brand name a filter accepts (posts store at most 200 characters). */
const MAX_BRAND_LENGTH = 200;

const NicheCountRef = builder.objectRef<{ niche: string; creatorCount: number }>('NicheCount').implement({
  description: 'A niche and how many creators work in it.',
  fields: (t) => ({
    niche: t.exposeString('niche', { description: 'The niche, lower case (a value for `CreatorFilter.niches`).' }),
    creatorCount: t.exposeInt('creatorCount', { description: 'Creators with this niche.' }),
  }),
});

/** A page of creators: `creators` and `search` answer the same connection type. */
const CreatorConnectionRef = builder.connectionObject(
  { type: CreatorRef, name: 'CreatorConnection', description: 'A page of creators.', ...connectionTotalCount },
  { name: 'CreatorEdge', description: 'A creator and its cursor.' },
);

builder.queryFields((t) => ({
  creator: t.field({
    type: CreatorRef,
    nullable: true,
    authScopes: { read: true },
    description:
      'One creator by global `id`, or by `handle` (optionally on `platform`). Null when not found. A handle that accounts of several creators use (on different platforms) needs `platform`: without it the field fails with code VALIDATION and `extensions.matches` (platform, handle, creatorId, creatorName of each).',
    args: {
      id: t.arg.globalID({ for: CreatorRef, description: 'Global ID of the creator.' }),
      handle: t.arg.string({ description: 'A handle of one of its accounts, with or without @.' }),
      platform: t.arg({
        type: PlatformEnum,
        description: 'Restricts `handle` to this platform; required when the handle is ambiguous.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.handle == null)) {
        throw new ValidationError([{ field: 'id', message: 'give exactly one of id or handle' }]);
      }
      if (args.id) {
        return loaders.creator(ctx).load(idOf(args.id));
      }
      try {
        const creator = await ctx.creators.byHandle(args.handle as string, args.platform ?? null);
        if (creator) prime(loaders.creator(ctx), [creator]);
        return creator;
      } catch (error) {
        if (!(error instanceof AmbiguousHandleError)) throw error;
        // A caller's mistake with what it needs to fix it: which creators share the handle, where.
        throw new GraphQLError(error.message, {
          extensions: {
            code: error.code,
            issues: error.issues,
            matches: error.matches.map((m) => ({
              platform: m.platform,
              handle: m.handle,
              creatorId: encodeGlobalId('Creator', m.creator.id),
              creatorName: m.creator.name,
            })),
          },
        });
      }
    },
  }),
  creators: t.connection(
    {
      type: CreatorRef,
      authScopes: { read: true },
      description: 'Creators matching a filter. `first` is 1–100 (default 20).',
      extensions: cost({ complexity: creatorsCost }),
      args: {
        filter: t.arg({ type: CreatorFilterInput, description: 'Conditions creators must meet.' }),
        orderBy: t.arg({
          type: CreatorOrderInput,
          description: 'Sort order (default: followers, largest first).',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const filter: CreatorFilter = {
          platform: args.filter?.platform ?? null,
          tier: args.filter?.tier ?? null,
          niches: args.filter?.niches ?? null,
          country: args.filter?.country ?? null,
          followers: args.filter?.followers ?? null,
          nameContains: args.filter?.nameContains ?? null,
          engagementRate: args.filter?.engagementRate ?? null,
          reliableEngagementRate: args.filter?.reliableEngagementRate ?? null,
          minAuthenticity: args.filter?.minAuthenticity ?? null,
          growth: args.filter?.growth ?? null,
          sponsoredShare: args.filter?.sponsoredShare ?? null,
          brand: args.filter?.brand ?? null,
          minSampleSize: args.filter?.minSampleSize ?? null,
          engagementLowerBound: args.filter?.engagementLowerBound ?? null,
        };
        const issues = [
          ...validateFollowerRange(filter.followers, 'filter.followers'),
          ...validateFloatRange(filter.engagementRate, 'filter.engagementRate'),
          ...validateFloatRange(filter.reliableEngagementRate, 'filter.reliableEngagementRate'),
          ...validateFloatRange(filter.growth, 'filter.growth'),
          ...validateFloatRange(filter.sponsoredShare, 'filter.sponsoredShare'),
          ...validateFloatRange(filter.engagementLowerBound, 'filter.engagementLowerBound'),
        ];
        if (filter.minSampleSize != null && filter.minSampleSize < 0) {
          issues.push({ field: 'filter.minSampleSize', message: 'must be ≥ 0' });
        }
        if (filter.brand != null && (filter.brand.trim() === '' || filter.brand.length > MAX_BRAND_LENGTH)) {
          issues.push({ field: 'filter.brand', message: `must have 1–${MAX_BRAND_LENGTH} characters` });
        }
        if (issues.length) throw new ValidationError(issues);
        const order = args.orderBy ?? { field: 'FOLLOWERS', direction: 'DESC' };
        const page = await ctx.creators.list(filter, order, args, ctx.metrics);
        prime(loaders.creator(ctx), page.items);
        return toConnection(page);
      },
    },
    CreatorConnectionRef,
  ),
  search: t.connection(
    {
      type: CreatorRef,
      authScopes: { read: true },
      description: `Creators whose name or any account handle contains \`text\` (case-insensitive): those where it starts the name or a handle first, then by followers (largest first). At most the best ${SEARCH_LIMITS.maxMatches} matches (and \`totalCount\`); pages forward only (\`first\`/\`after\`, \`first\` 1–100, default 20).`,
      args: {
        text: t.arg.string({
          required: true,
          description: `${SEARCH_LIMITS.minLength}–${SEARCH_LIMITS.maxLength} characters, spaces around it and a leading @ ignored.`,
        }),
      },
      resolve: async (_root, args, ctx) => {
        const page = await ctx.creators.search(args.text, args);
        prime(loaders.creator(ctx), page.items);
        return toConnection(page);
      },
    },
    CreatorConnectionRef,
  ),
  niches: t.field({
    type: [NicheCountRef],
    authScopes: { read: true },
    description: 'Niches with their number of creators, most creators first, then by name: the first `first`.',
    extensions: cost({ listSize: (args) => clampInt(args.first, 1, MAX_NICHES, DEFAULT_NICHES) }),
    args: {
      first: t.arg.int({
        defaultValue: DEFAULT_NICHES,
        description: `How many niches to list: 1–${MAX_NICHES} (default ${DEFAULT_NICHES}).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? DEFAULT_NICHES;
      if (!Number.isInteger(first) || first < 1 || first > MAX_NICHES) {
        throw new ValidationError([{ field: 'first', message: `must be between 1 and ${MAX_NICHES}` }]);
      }
      return ctx.creators.niches(first);
    },
  }),
  account: t.field({
    type: AccountRef,
    nullable: true,
    authScopes: { read: true },
    description: 'One account by platform and handle. Null when not found.',
    args: {
      platform: t.arg({ type: PlatformEnum, required: true, description: 'The platform.' }),
      handle: t.arg.string({ required: true, description: 'The handle, with or without @.' }),
    },
    resolve: async (_root, args, ctx) => {
      const account = await ctx.creators.accountByHandle(args.platform, args.handle);
      if (account) prime(loaders.account(ctx), [account]);
      return account;
    },
  }),
}));
