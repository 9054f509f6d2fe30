import {
  AmountCurrencyMismatchError,
  CampaignCurrencyMismatchError,
  type CampaignStatus,
  type CatalogPost,
  type ICampaign,
  type ICampaignMember,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { byKey, type Context, loadExisting, loaders, loadNodes } from '../../context.js';
import { cost } from '../../http/cost.js';
import { connectionTotalCount, toConnection } from '../common/connection.js';
import { CampaignGoalEnum, CampaignStatusEnum, PostKindEnum } from '../common/enums.js';
import { ErrorInterface } from '../common/errors.js';
import { idOf } from '../common/ids.js';
import { MoneyRef } from '../common/money.js';
import { AccountRef } from '../creators.js';
import { PostRef } from '../posts.js';

/** Campaigns and their members as read: the types, their per-request loaders and the campaign queries. */

export const CampaignRef = builder.objectRef<ICampaign>('Campaign');
export const CampaignMemberRef = builder.objectRef<ICampaignMember>('CampaignMember');

export const loadCampaign = loaders.campaign;

/** A campaign another object references (by database id, or by the text id core's comparisons use). */
export const campaignById = (ctx: Context, id: number | string): Promise<ICampaign> =>
  loadExisting(loadCampaign(ctx), idOf(id), 'campaign');

/**
 * Members and linked posts of a campaign have no hard cap: list estimates for pricing, corrected to the
 * real counts after execution. Only the organization itself can grow them (each write is charged).
 */
export const CAMPAIGN_MEMBERS_ESTIMATE = 10;
export const CAMPAIGN_POSTS_ESTIMATE = 20;

const loadCampaignMembers = (ctx: Context) =>
  ctx.loader<number, ICampaignMember[]>('campaignMembers', async (keys) => {
    const members = await ctx.campaigns.membersByCampaignIds(keys);
    return keys.map((k) => members.filter((m) => (m.campaign as { id: number }).id === k));
  });

const loadCampaignMember = (ctx: Context) =>
  ctx.loader<number, ICampaignMember | null>('campaignMember', async (keys) =>
    byKey(keys, await ctx.campaigns.membersByIds(keys), (m) => m.id),
  );

const loadCampaignPostIds = (ctx: Context) =>
  ctx.loader<number, number[]>('campaignPostIds', async (keys) => {
    const map = await ctx.campaigns.postIdsByCampaignIds(keys);
    return keys.map((k) => map.get(k) ?? []);
  });

export async function loadPosts(ctx: Context, ids: number[]): Promise<CatalogPost[]> {
  const posts = await loaders.post(ctx).loadMany(ids);
  return posts.filter((p): p is CatalogPost => p != null && !(p instanceof Error));
}

/** After a write, reads of the campaign in the same request (or subscription) see the committed state. */
export function forgetCampaign(ctx: Context, id: number): void {
  loadCampaign(ctx).clear(id);
  loadCampaignMembers(ctx).clear(id);
  loadCampaignPostIds(ctx).clear(id);
}

builder.node(CampaignRef, {
  description: "A brand's influencer campaign. Visible only to the organization that owns it.",
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(loaders.campaign(ctx), ids, 'Campaign'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Campaign name.' }),
    brand: t.exposeString('brand', { description: 'The brand promoted.' }),
    goal: t.field({ type: CampaignGoalEnum, description: 'What it is judged on.', resolve: (c) => c.goal }),
    status: t.field({ type: CampaignStatusEnum, description: 'Lifecycle state.', resolve: (c) => c.status }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency of every amount in the campaign.' }),
    budget: t.field({
      type: MoneyRef,
      description: 'Planned budget.',
      resolve: (c) => ({ amountMinor: c.budgetMinor, currency: c.currency }),
    }),
    startsAt: t.field({ type: 'DateTime', description: 'Start.', resolve: (c) => c.startsAt }),
    endsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End, if set.',
      resolve: (c) => c.endsAt ?? null,
    }),
    revenue: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'Revenue attributed to the campaign, when recorded.',
      resolve: (c) => (c.revenueMinor != null ? { amountMinor: c.revenueMinor, currency: c.currency } : null),
    }),
    conversions: t.int({
      nullable: true,
      description: 'Conversions attributed to the campaign, when recorded.',
      resolve: (c) => c.conversions ?? null,
    }),
    members: t.field({
      type: [CampaignMemberRef],
      description: 'Creators hired for the campaign, in the order they were added.',
      // No hard cap: an estimate, corrected to the real count after execution.
      extensions: cost({ listSize: CAMPAIGN_MEMBERS_ESTIMATE }),
      resolve: (c, _args, ctx) => loadCampaignMembers(ctx).load(c.id),
    }),
    posts: t.field({
      type: [PostRef],
      description: 'Posts linked to the campaign.',
      extensions: cost({ listSize: CAMPAIGN_POSTS_ESTIMATE }),
      resolve: async (c, _args, ctx) => {
        const ids = (await loadCampaignPostIds(ctx).load(c.id)) ?? [];
        return loadPosts(ctx, ids);
      },
    }),
  }),
});

// A node of its own, so normalized client caches (Apollo, urql Graphcache, Relay) key it by id rather than
// by its position in `members`.
builder.node(CampaignMemberRef, {
  description: 'A creator account hired for a campaign. Visible only to the organization that owns the campaign.',
  id: { resolve: (m) => m.id },
  loadMany: (ids, ctx) => loadNodes(loadCampaignMember(ctx), ids, 'CampaignMember'),
  fields: (t) => ({
    campaign: t.field({
      type: CampaignRef,
      description: 'The campaign the account is hired for.',
      resolve: (m, _args, ctx) => campaignById(ctx, (m.campaign as { id: number }).id),
    }),
    account: t.field({
      type: AccountRef,
      description: 'The hired account.',
      resolve: (m, _args, ctx) => loadExisting(loaders.account(ctx), (m.account as { id: number }).id, 'account'),
    }),
    fee: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Agreed fee per deliverable in the campaign's currency; null when not agreed yet.",
      resolve: async (m, _args, ctx) => {
        if (m.feeMinor == null) return null;
        const campaign = await loadCampaign(ctx).load((m.campaign as { id: number }).id);
        return campaign ? { amountMinor: m.feeMinor, currency: campaign.currency } : null;
      },
    }),
    deliverables: t.exposeInt('deliverables', { description: 'Number of posts agreed.' }),
    kind: t.field({
      type: PostKindEnum,
      description:
        'What each deliverable is (PHOTO unless set): without an agreed fee, the quoted rate or rate-card estimate is × its multiplier (see `metricsConfig.kindMultipliers`).',
      resolve: (m) => m.kind,
    }),
  }),
});

builder.queryFields((t) => ({
  campaign: t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { read: true },
    description: "One of your organization's campaigns; null when it does not exist or is not yours.",
    args: { id: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of the campaign.' }) },
    resolve: (_root, args, ctx) => loadCampaign(ctx).load(idOf(args.id)),
  }),
  campaigns: t.connection(
    {
      type: CampaignRef,
      authScopes: { read: true },
      description: "Your organization's campaigns, newest first. `first` is 1–100 (default 20).",
      args: {
        statuses: t.arg({ type: [CampaignStatusEnum], description: 'Only campaigns in these states.' }),
      },
      resolve: async (_root, args, ctx) =>
        toConnection(await ctx.campaigns.list({ statuses: (args.statuses as CampaignStatus[] | null) ?? null }, args)),
    },
    { name: 'CampaignConnection', description: 'A page of campaigns.', ...connectionTotalCount },
    { name: 'CampaignEdge', description: 'A campaign and its cursor.' },
  ),
}));

/**
 * Any currency clash of campaign amounts. Writes raise AmountCurrencyMismatchError (one amount against
 * the campaign's currency); comparisons raise the base class (several campaigns' currencies).
 */
export const CurrencyMismatchErrorRef = builder.objectType(CampaignCurrencyMismatchError, {
  name: 'CurrencyMismatchError',
  description: 'Amounts in different currencies were combined; currencies never mix. Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof CampaignCurrencyMismatchError,
  fields: (t) => ({
    expected: t.string({
      description: "The currency required: the campaign's currency for an amount given to it.",
      resolve: (e) => (e instanceof AmountCurrencyMismatchError ? e.expected : (e.currencies[0] ?? '')),
    }),
    actual: t.string({
      description: 'The currency given instead.',
      resolve: (e) =>
        e instanceof AmountCurrencyMismatchError ? e.actual : (e.currencies[1] ?? e.currencies[0] ?? ''),
    }),
    field: t.string({
      nullable: true,
      description: 'The input field holding the amount, e.g. `input.fee`; null when no single field is at fault.',
      resolve: (e) => (e instanceof AmountCurrencyMismatchError ? e.field : null),
    }),
  }),
});
