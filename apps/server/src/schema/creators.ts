import {
  type CatalogAccount,
  type CatalogCreator,
  type CreatorFilter,
  NICHES,
  PLATFORMS,
  ValidationError,
  validateFloatRange,
  validateFollowerRange,
} from '@creatorgraph/core';
import { builder } from '../builder.js';
import { type Context, loadExisting, loaders, loadNodes, prime } from '../context.js';
import { type CostArgs, cost } from '../http/cost.js';
import { connectionTotalCount, toConnection } from './common/connection.js';
import { describedEnum, PlatformEnum, SortDirectionEnum, TierEnum } from './common/enums.js';
import { idOf } from './common/ids.js';
import { MoneyRef } from './common/money.js';
import { FloatRangeInput, IntRangeInput } from './common/ranges.js';

// Backed by plain rows, not entities: see CreatorService.
export const CreatorRef = builder.objectRef<CatalogCreator>('Creator');
/** Accounts of a creator, for pricing: one per platform. */
export const CREATOR_ACCOUNTS_ESTIMATE = PLATFORMS.length;
export const AccountRef = builder.objectRef<CatalogAccount>('Account');

builder.node(CreatorRef, {
  description: 'A person or brand publishing on one or more platforms.',
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(loaders.creator(ctx), ids),
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
      description: 'The account with the most followers; creator-level metrics come from it.',
      resolve: async (c, _args, ctx) => (await accountsOf(ctx, c.id))[0] ?? null,
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

builder.node(AccountRef, {
  description: "A creator's presence on one platform.",
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => loadNodes(loaders.account(ctx), ids),
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
        'Engagement rate (a fraction) of the primary account, default method and window, at the request time. Computed per request: see `CreatorOrderField`.',
    }),
    reliableEngagementRate: t.field({
      type: FloatRangeInput,
      description: 'Reliable engagement rate (a fraction) of the primary account, default method and window.',
    }),
    minAuthenticity: t.float({ description: 'Authenticity score (0–100) of the primary account at least this.' }),
  }),
});

const CreatorOrderFieldEnum = describedEnum('CreatorOrderField', 'What to sort creators by.', {
  FOLLOWERS: "Followers of the creator's largest account.",
  NAME: 'Name, alphabetically.',
  CREATED_AT: 'When the creator was added.',
  ENGAGEMENT_RATE:
    'Engagement rate of the primary account (default method and window, now); creators without one last. Computed for every creator matching the filter, then paged in memory.',
  RELIABLE_ENGAGEMENT_RATE:
    'Reliable engagement rate of the primary account (default method and window, now); nulls last.',
  AUTHENTICITY_SCORE: 'Authenticity score of the primary account (now); nulls last.',
});

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
const METRIC_ORDERS = new Set(['ENGAGEMENT_RATE', 'RELIABLE_ENGAGEMENT_RATE', 'AUTHENTICITY_SCORE']);

function creatorsCost(args: CostArgs): number {
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  const order = (args.orderBy ?? {}) as { field?: string };
  const byMetric =
    METRIC_ORDERS.has(order.field ?? '') ||
    filter.engagementRate != null ||
    filter.reliableEngagementRate != null ||
    filter.minAuthenticity != null;
  return byMetric ? METRIC_SCAN_COST : 1;
}

builder.queryFields((t) => ({
  creator: t.field({
    type: CreatorRef,
    nullable: true,
    authScopes: { read: true },
    description: 'One creator by global `id`, or by `handle` (optionally on `platform`). Null when not found.',
    args: {
      id: t.arg.globalID({ for: CreatorRef, description: 'Global ID of the creator.' }),
      handle: t.arg.string({ description: 'A handle of one of its accounts, with or without @.' }),
      platform: t.arg({ type: PlatformEnum, description: 'Restricts `handle` to this platform.' }),
    },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.handle == null)) {
        throw new ValidationError([{ field: 'id', message: 'give exactly one of id or handle' }]);
      }
      if (args.id) {
        return loaders.creator(ctx).load(idOf(args.id));
      }
      const creator = await ctx.creators.byHandle(args.handle as string, args.platform ?? null);
      if (creator) prime(loaders.creator(ctx), [creator]);
      return creator;
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
        };
        const issues = [
          ...validateFollowerRange(filter.followers, 'filter.followers'),
          ...validateFloatRange(filter.engagementRate, 'filter.engagementRate'),
          ...validateFloatRange(filter.reliableEngagementRate, 'filter.reliableEngagementRate'),
        ];
        if (issues.length) throw new ValidationError(issues);
        const order = args.orderBy ?? { field: 'FOLLOWERS', direction: 'DESC' };
        const page = await ctx.creators.list(filter, order, args, ctx.metrics);
        prime(loaders.creator(ctx), page.items);
        return toConnection(page);
      },
    },
    { name: 'CreatorConnection', description: 'A page of creators.', ...connectionTotalCount },
    { name: 'CreatorEdge', description: 'A creator and its cursor.' },
  ),
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
