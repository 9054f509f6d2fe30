import {
  type CampaignMetricsAnswer,
  type MemberFee,
  PLATFORMS as PLATFORM_VALUES,
  TIERS,
  type TierMixRow,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { loadExisting, loaders } from '../../context.js';
import { cost } from '../../http/cost.js';
import { CAMPAIGN_MEMBERS_ESTIMATE, CampaignRef } from '../campaigns/types.js';
import { CampaignWarningCodeEnum, PlatformEnum, PostKindEnum, TierEnum } from '../common/enums.js';
import { MoneyRef, money, rateFields } from '../common/money.js';
import { AccountRef } from '../creators.js';
import { FxConversionRef } from '../metrics/price.js';
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
    kind: t.field({
      type: PostKindEnum,
      description: 'What each deliverable is; a quoted rate or estimate is × its multiplier.',
      resolve: (f) => f.kind,
    }),
    fee: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Fee per deliverable in the campaign's currency; null when UNPRICED.",
      resolve: (f) => f.fee,
    }),
    conversion: t.field({
      type: FxConversionRef,
      nullable: true,
      description:
        "How a quoted rate or estimate in another currency was converted into the campaign's (rate, date, source); null when none was needed.",
      resolve: (f) => f.conversion,
    }),
    source: t.field({ type: FeeSourceEnum, description: 'Where the fee came from.', resolve: (f) => f.source }),
    estimated: t.exposeBoolean('estimated', { description: 'True for a rate-card estimate or an unpriced member.' }),
    method: t.exposeString('method', { description: 'How the fee was found, in words (e.g. the rate-card line).' }),
  }),
});

const CampaignWarningRef = builder.objectRef<{ code: string; message: string }>('CampaignWarning').implement({
  description: "Something about a campaign's numbers its owner should act on.",
  fields: (t) => ({
    code: t.field({
      type: CampaignWarningCodeEnum,
      description: 'What the warning is about.',
      resolve: (w) => w.code as 'OVER_BUDGET',
    }),
    message: t.exposeString('message', {
      description:
        'In words, money in major units with the currency, e.g. "spend 6,950.00 USD exceeds the budget of 3,000.00 USD".',
    }),
  }),
});

const ReachFactorRef = builder
  .objectRef<{ platform: (typeof PLATFORM_VALUES)[number]; factor: number }>('ReachFactor')
  .implement({
    description:
      'The share of followers assumed to see a post that reports no impressions, on one platform: estimated impressions = followers at post time × factor.',
    fields: (t) => ({
      platform: t.field({ type: PlatformEnum, description: 'The platform.', resolve: (r) => r.platform }),
      factor: t.exposeFloat('factor', { description: 'The reach factor (0–1).' }),
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
    "A campaign's numbers (docs/metrics.md#campaign-metrics): fees are the agreed member fee, else the account's price for the deliverable's kind (quoted rate, else a rate-card estimate by platform and kind, marked) converted into the campaign's currency (disclosed); a post without impressions counts followers at post time × its platform's reach factor (marked, see `reachFactors`).",
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
    budget: t.field({
      type: MoneyRef,
      nullable: true,
      description: "The campaign's budget; spend above it raises an OVER_BUDGET warning.",
      resolve: (m) => (m.budgetMinor === null ? null : money(m.budgetMinor, m.currency)),
    }),
    warnings: t.field({
      type: [CampaignWarningRef],
      description: 'What to act on, e.g. OVER_BUDGET when spend exceeds the budget; empty when nothing.',
      extensions: cost({ listSize: 1 }),
      resolve: (m) => m.warnings,
    }),
    reachFactors: t.field({
      type: [ReachFactorRef],
      description:
        "The reach factor of each platform of the roster and its posts: estimated impressions are followers at post time × it — the same factor `planCampaign` values AWARENESS with, so a plan's projected CPM and this realised CPM rest on one assumption.",
      extensions: cost({ listSize: PLATFORM_VALUES.length }),
      resolve: (m) => m.reachFactors,
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
      description:
        "Members without an agreed fee whose price cannot be converted into the campaign's currency (no exchange rate configured), counted 0 (spend is then a lower bound).",
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
        "Earned media value: impressions / 1000 × the CPM of the campaign's currency (`emvCpm`), rounded; null when there is none (see `emvReason`).",
      resolve: (m) => (m.emv === null ? null : money(m.emv, m.currency)),
    }),
    emvCpm: t.field({
      type: MoneyRef,
      nullable: true,
      description:
        'The CPM EMV used: the one configured for the currency, else 6.50 USD converted at the configured exchange rate (see `emvCpmConversion`); null when neither exists.',
      resolve: (m) => (m.emvCpmMinor === null ? null : money(m.emvCpmMinor, m.currency)),
    }),
    emvCpmConversion: t.field({
      type: FxConversionRef,
      nullable: true,
      description: 'How the USD CPM was converted into the campaign currency; null when none was needed.',
      resolve: (m) => m.emvCpmConversion,
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
