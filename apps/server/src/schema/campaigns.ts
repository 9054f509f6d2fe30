import type { CampaignStatus, ICampaign, ICampaignMember, IPost } from '@creatorgraph/core';
import { builder } from '../builder.js';
import { loaders, loadNodes } from '../context.js';
import { CampaignGoalEnum, CampaignStatusEnum, connectionTotalCount, MoneyRef, toConnection } from './common.js';
import { AccountRef } from './creators.js';
import { PostRef } from './posts.js';

export const CampaignRef = builder.objectRef<ICampaign>('Campaign');
export const CampaignMemberRef = builder.objectRef<ICampaignMember>('CampaignMember');

export const loadCampaign = loaders.campaign;

builder.node(CampaignRef, {
  description: "A brand's influencer campaign. Visible only to the organization that owns it.",
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(loaders.campaign(ctx), ids),
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
      resolve: (c, _args, ctx) =>
        ctx
          .loader<number, ICampaignMember[]>('campaignMembers', async (keys) => {
            const members = await ctx.campaigns.membersByCampaignIds(keys);
            return keys.map((k) => members.filter((m) => (m.campaign as { id: number }).id === k));
          })
          .load(c.id),
    }),
    posts: t.field({
      type: [PostRef],
      description: 'Posts linked to the campaign.',
      resolve: async (c, _args, ctx) => {
        const ids =
          (await ctx
            .loader<number, number[]>('campaignPostIds', async (keys) => {
              const map = await ctx.campaigns.postIdsByCampaignIds(keys);
              return keys.map((k) => map.get(k) ?? []);
            })
            .load(c.id)) ?? [];
        const posts = await loaders.post(ctx).loadMany(ids);
        return posts.filter((p): p is IPost => p != null && !(p instanceof Error));
      },
    }),
  }),
});

builder.objectType(CampaignMemberRef, {
  description: 'A creator account hired for a campaign.',
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      description: 'The hired account.',
      resolve: async (m, _args, ctx) => {
        const id = (m.account as { id: number }).id;
        const a = await loaders.account(ctx).load(id);
        if (!a) throw new Error(`account ${id} missing`);
        return a;
      },
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
  }),
});

builder.queryFields((t) => ({
  campaign: t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { read: true },
    description: "One of your organization's campaigns; null when it does not exist or is not yours.",
    args: { id: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of the campaign.' }) },
    resolve: (_root, args, ctx) => loadCampaign(ctx).load(Number(args.id.id)),
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
