import { type CampaignMetricsAnswer, type MemberFee, TIERS, type TierMixRow } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { loadExisting, loaders } from '../../context.js';
import { cost } from '../../http/cost.js';
import { CAMPAIGN_MEMBERS_ESTIMATE, CampaignRef } from '../campaigns/types.js';
import { TierEnum } from '../common/enums.js';
import { MoneyRef, money, rateFields } from '../common/money.js';
import { AccountRef } from '../creators.js';
import { campaignMetricsLoader, DECISION_COST, FeeSourceEnum } from './shared.js';

/** `Campaign.metrics`: spend, reach, unit costs and risk of one campaign (docs/metrics.md#campaign-metrics). */

const CampaignMemberFeeRef = builder.objectRef<MemberFee>('CampaignMemberFee').implement({
  description: "How one member's fee per deliverable was found.",
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      description: 'The member account.',
      resolve: (f, _args, ctx) => loadExisting(loaders.account(ctx), f.accountId, 'account'),
    }),
    deliverables: t.exposeInt('deliverables', { description: 'Posts agreed.' }),
    fee: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Fee per deliverable in the campaign's currency; null when UNPRICED.",
      resolve: (f) => f.fee,
    }),
    source: t.field({ type: FeeSourceEnum, description: 'Where the fee came from.', resolve: (f) => f.source }),
    estimated: t.exposeBoolean('estimated', { description: 'True for a rate-card estimate or an unpriced member.' }),
    method: t.exposeString('method', { description: 'How the fee was found, in words (e.g. the rate-card line).' }),
  }),
});

const TierMixRef = builder.objectRef<TierMixRow & { currency: string }>('CampaignTierMix').implement({
  description: "One tier's share of a campaign's roster.",
  fields: (t) => ({
    tier: t.field({ type: TierEnum, description: 'The tier (by current followers).', resolve: (r) => r.tier }),
    creators: t.exposeInt('creators', { description: 'Members in the tier.' }),
    spend: t.field({
      type: MoneyRef,
      description: 'Σ fee × deliverables of those members.',
      resolve: (r) => money(r.spendMinor, r.currency),
    }),
  }),
});

const CampaignMetricsRef = builder.objectRef<CampaignMetricsAnswer>('CampaignMetrics').implement({
  description:
    "A campaign's numbers (docs/metrics.md#campaign-metrics): fees are the agreed member fee, else the account's quoted rate in the campaign's currency, else a rate-card estimate (marked); a post without impressions counts followers at post time × the reach factor (marked).",
  fields: (t) => ({
    asOf: t.field({
      type: 'DateTime',
      description: 'Authenticity is evaluated at this instant, and linked posts published after it do not count.',
      resolve: (m) => m.asOf,
    }),
    currency: t.exposeString('currency', { description: "The campaign's currency: every amount below is in it." }),
    spend: t.field({
      type: MoneyRef,
      description: 'Σ member fee × deliverables.',
      resolve: (m) => money(m.spendMinor, m.currency),
    }),
    spendEstimated: t.exposeBoolean('spendEstimated', {
      description: 'True when at least one fee is a rate-card estimate or unpriced (see `memberFees`).',
    }),
    memberFees: t.field({
      type: [CampaignMemberFeeRef],
      description: "Each member's fee and where it came from, in the order members were added.",
      extensions: cost({ listSize: CAMPAIGN_MEMBERS_ESTIMATE }),
      resolve: (m) => m.memberFees,
    }),
    unpricedMembers: t.exposeInt('unpricedMembers', {
      description: "Members without any fee in the campaign's currency, counted 0 (spend is then a lower bound).",
    }),
    creators: t.exposeInt('creators', { description: 'Members (creator accounts) on the roster.' }),
    deliverables: t.exposeInt('deliverables', { description: 'Σ deliverables agreed.' }),
    posts: t.exposeInt('posts', { description: 'Linked posts published at or before asOf.' }),
    reachPotential: t.exposeFloat('reachPotential', {
      description: "Σ members' current followers (a Float: sums can exceed 32-bit integers).",
    }),
    authenticReach: t.exposeFloat('authenticReach', {
      description: "Σ members' authentic followers (followers minus detected spike excess).",
    }),
    impressions: t.exposeFloat('impressions', {
      description: 'Σ impressions of the posts; estimated ones are followers at post time × the reach factor.',
    }),
    impressionsEstimated: t.exposeInt('impressionsEstimated', {
      description: 'Posts whose impressions are estimated (the platform reported none).',
    }),
    interactions: t.exposeFloat('interactions', {
      description: 'Σ interactions (likes + comments + shares + saves) of the posts.',
    }),
    views: t.exposeFloat('views', { description: 'Σ views of the posts (a missing count is 0).' }),
    engagementRate: t.exposeFloat('engagementRate', {
      nullable: true,
      description: 'Mean post rate over the posts, interactions / followers at post time; null without posts.',
    }),
    ...rateFields(t, (m) => m.currency, {
      cpe: ['Cost per engagement: spend / interactions; null without interactions.', (m) => m.cpe],
      cpm: ['Cost per thousand impressions: spend / impressions × 1000; null without impressions.', (m) => m.cpm],
      cpv: ['Cost per view: spend / views; null without views.', (m) => m.cpv],
    }),
    emv: t.field({
      type: MoneyRef,
      nullable: true,
      description:
        'Earned media value: impressions / 1000 × the configured CPM of the currency (6.50 USD), rounded; null without a configured CPM (see `emvReason`).',
      resolve: (m) => (m.emv === null ? null : money(m.emv, m.currency)),
    }),
    emvReason: t.exposeString('emvReason', {
      nullable: true,
      description: 'Why `emv` is null; null when it has a value.',
    }),
    revenue: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'Recorded revenue; null when none is recorded.',
      resolve: (m) => (m.revenueMinor === null ? null : money(m.revenueMinor, m.currency)),
    }),
    conversions: t.exposeInt('conversions', {
      nullable: true,
      description: 'Recorded conversions; null when none are recorded.',
    }),
    ...rateFields(t, (m) => m.currency, {
      costPerConversion: ['spend / conversions; null without conversions.', (m) => m.costPerConversion],
    }),
    roi: t.exposeFloat('roi', {
      nullable: true,
      description: '(revenue − spend) / spend; null without recorded revenue or with zero spend.',
    }),
    overheadHours: t.exposeFloat('overheadHours', { description: '3 × creators + 1 × deliverables.' }),
    coordinationRisk: t.exposeFloat('coordinationRisk', {
      description: 'Chance that at least one creator relationship goes wrong: 1 − (1 − 0.05)^creators.',
    }),
    averageAuthenticity: t.exposeFloat('averageAuthenticity', {
      nullable: true,
      description: "Mean of the members' authenticity scores (0–100); null without members.",
    }),
    tierMix: t.field({
      type: [TierMixRef],
      description: 'Members and spend per tier, all five tiers in order (zero rows included).',
      extensions: cost({ listSize: TIERS.length }),
      resolve: (m) => m.tierMix.map((r) => ({ ...r, currency: m.currency })),
    }),
  }),
});

builder.objectField(CampaignRef, 'metrics', (t) =>
  t.field({
    type: CampaignMetricsRef,
    description:
      "The campaign's spend, reach, costs and risk. Batched: a page of campaigns with metrics costs a fixed number of statements.",
    extensions: cost({ complexity: DECISION_COST.campaignMetrics }),
    args: {
      asOf: t.arg({
        type: 'DateTime',
        description: 'Evaluate authenticity at this instant and count posts published up to it; defaults to now.',
      }),
    },
    resolve: (campaign, args, ctx) => campaignMetricsLoader(ctx, args.asOf).load(campaign),
  }),
);
