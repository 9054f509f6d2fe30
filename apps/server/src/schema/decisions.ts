import {
  CampaignCurrencyMismatchError,
  CampaignDecisionService,
  type CampaignMetricsAnswer,
  type ComparisonGoal,
  type ComparisonRow,
  type ComparisonVerdict,
  DEFAULT_METRICS_CONFIG,
  type FieldIssue,
  ForbiddenError,
  type ICampaign,
  type MemberFee,
  NotFoundError,
  PLAN_MAX_CREATORS,
  type Plan,
  type PlanAnswer,
  type PlanSelection,
  type PlanTotals,
  type Platform,
  resolveWindow,
  TIERS,
  type TierMixRow,
  type TierStats,
  ValidationError,
} from '@creatorgraph/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { type Context, loaders } from '../context.js';
import { argLength, type CostBounds, clampInt, cost } from '../cost.js';
import { CAMPAIGN_MEMBERS_ESTIMATE, CampaignRef, CurrencyMismatchErrorRef, loadCampaign } from './campaigns.js';
import { CampaignGoalEnum, MoneyInput, MoneyRef, PlatformEnum, TierEnum } from './common.js';
import { AccountRef } from './creators.js';
import { WindowInput } from './metrics.js';

/**
 * Campaign decisions (docs/metrics.md#campaign-metrics and #planner): `Campaign.metrics`,
 * `compareCampaigns`, `compareTiers` and `planCampaign`. Every number comes from CampaignDecisionService,
 * which gathers the inputs in SQL and calls the pure functions of @creatorgraph/core.
 *
 * Units: money amounts (`Money`) are integer minor units; unit costs (`MoneyRate`: CPE, CPM, CPV, median
 * fees) are minor units too but not rounded, since a CPE of 0.37 cents is meaningful.
 */

// Keeps the shared error type registered before the unions below name it.
void CurrencyMismatchErrorRef;

/** Points per resolution of the decision fields (a plain object field costs 1). */
export const DECISION_COST = {
  /** A campaign's metrics: members, fees, linked posts and the members' authenticity, batched per page. */
  campaignMetrics: 5,
  /** compareCampaigns: the metrics of each compared campaign. */
  comparePerCampaign: 10,
  /** compareTiers: engagement, fees and authenticity of every account of the platform. */
  compareTiers: 50,
  /** planCampaign: candidates' authenticity and reliable rates, then an exact or heuristic search. */
  planCampaign: 150,
} as const;

/** Campaigns compareCampaigns accepts. */
const MAX_COMPARED = 10;
/** Rows of a comparison: one per compared metric. */
const COMPARED_METRICS = 18;
/** Lists of compared campaigns: as many as the ids given. */
const compared = (_args: unknown, bounds: CostBounds) => bounds.compared ?? MAX_COMPARED;

const services = new WeakMap<Context, CampaignDecisionService>();

/** One decision service per request (or subscription), on the request's EntityManager and MetricsService. */
function decisions(ctx: Context): CampaignDecisionService {
  let service = services.get(ctx);
  if (!service) {
    service = new CampaignDecisionService(ctx.em, ctx.principal.organization.id, ctx.metrics);
    services.set(ctx, service);
  }
  return service;
}

const asOfKey = (asOf: Date | null | undefined) => asOf?.toISOString() ?? 'now';

/**
 * Campaign metrics through one DataLoader per asOf: a page of campaigns costs one batch (a fixed number of
 * statements), not one per campaign. Keys are the campaign objects themselves, so when a subscription
 * re-reads its campaign after an update (a new object), the metrics are computed afresh: members, fees,
 * linked posts and results are read again; the members' own account rows and authenticity come from the
 * context's MetricsService, which reads each account once per request or subscription (campaign writes
 * never change them).
 */
const campaignMetricsLoader = (ctx: Context, asOf: Date | null | undefined) =>
  ctx.loader<ICampaign, CampaignMetricsAnswer>(`campaignMetrics:${asOfKey(asOf)}`, async (campaigns) => {
    const answers = await decisions(ctx).metricsFor(
      campaigns.map((c) => c.id),
      asOf ?? null,
    );
    return campaigns.map((c) => answers.get(c.id) ?? (new Error(`metrics of campaign ${c.id} missing`) as never));
  });

async function campaignById(ctx: Context, id: number | string): Promise<ICampaign> {
  const campaign = await loadCampaign(ctx).load(Number(id));
  if (!campaign) throw new Error(`campaign ${id} missing`);
  return campaign;
}

// ---------------------------------------------------------------------------------------------------
// Shared output types

interface RateShape {
  amountMinor: number;
  currency: string;
}

const MoneyRateRef = builder.objectRef<RateShape>('MoneyRate').implement({
  description:
    'A unit cost (per engagement, per thousand impressions, per view) or a median of amounts: minor units of `currency`, not rounded (0.37 = 0.37 cents for USD).',
  fields: (t) => ({
    amountMinor: t.exposeFloat('amountMinor', { description: 'Minor units, fractional.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code.' }),
  }),
});

const rate = (amountMinor: number | null, currency: string): RateShape | null =>
  amountMinor === null ? null : { amountMinor, currency };

const money = (amountMinor: number, currency: string) => ({ amountMinor: Math.round(amountMinor), currency });

const FeeSourceEnum = builder.enumType('FeeSource', {
  description: "Where a creator's fee per post or deliverable came from.",
  values: {
    MEMBER_FEE: { description: 'The fee agreed with the campaign member.' },
    QUOTED_RATE: { description: "The account's quoted rate per post, in the same currency." },
    RATE_CARD: {
      description: 'An estimate: the rate-card midpoint of the tier for a photo post (see `metricsConfig.rateCard`).',
    },
    UNPRICED: {
      description:
        "No fee in the campaign's currency (no agreed fee or quoted rate in it, and the rate card is in another): counted 0.",
    },
  } as const,
});

// ---------------------------------------------------------------------------------------------------
// Campaign.metrics

const CampaignMemberFeeRef = builder.objectRef<MemberFee>('CampaignMemberFee').implement({
  description: "How one member's fee per deliverable was found.",
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      description: 'The member account.',
      resolve: async (f, _args, ctx) => {
        const account = await loaders.account(ctx).load(f.accountId);
        if (!account) throw new Error(`account ${f.accountId} missing`);
        return account;
      },
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
    engagementRate: t.float({
      nullable: true,
      description: 'Mean post rate over the posts, interactions / followers at post time; null without posts.',
      resolve: (m) => m.engagementRate,
    }),
    cpe: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'Cost per engagement: spend / interactions; null without interactions.',
      resolve: (m) => rate(m.cpe, m.currency),
    }),
    cpm: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'Cost per thousand impressions: spend / impressions × 1000; null without impressions.',
      resolve: (m) => rate(m.cpm, m.currency),
    }),
    cpv: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'Cost per view: spend / views; null without views.',
      resolve: (m) => rate(m.cpv, m.currency),
    }),
    emv: t.field({
      type: MoneyRef,
      nullable: true,
      description:
        'Earned media value: impressions / 1000 × the configured CPM of the currency (6.50 USD), rounded; null without a configured CPM (see `emvReason`).',
      resolve: (m) => (m.emv === null ? null : money(m.emv, m.currency)),
    }),
    emvReason: t.string({
      nullable: true,
      description: 'Why `emv` is null; null when it has a value.',
      resolve: (m) => m.emvReason,
    }),
    revenue: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'Recorded revenue; null when none is recorded.',
      resolve: (m) => (m.revenueMinor === null ? null : money(m.revenueMinor, m.currency)),
    }),
    conversions: t.int({
      nullable: true,
      description: 'Recorded conversions; null when none are recorded.',
      resolve: (m) => m.conversions,
    }),
    costPerConversion: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'spend / conversions; null without conversions.',
      resolve: (m) => rate(m.costPerConversion, m.currency),
    }),
    roi: t.float({
      nullable: true,
      description: '(revenue − spend) / spend; null without recorded revenue or with zero spend.',
      resolve: (m) => m.roi,
    }),
    overheadHours: t.exposeFloat('overheadHours', { description: '3 × creators + 1 × deliverables.' }),
    coordinationRisk: t.exposeFloat('coordinationRisk', {
      description: 'Chance that at least one creator relationship goes wrong: 1 − (1 − 0.05)^creators.',
    }),
    averageAuthenticity: t.float({
      nullable: true,
      description: "Mean of the members' authenticity scores (0–100); null without members.",
      resolve: (m) => m.averageAuthenticity,
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

// ---------------------------------------------------------------------------------------------------
// compareCampaigns

const MetricDirectionEnum = builder.enumType('MetricDirection', {
  description: 'Which way a metric is better.',
  values: {
    HIGHER_IS_BETTER: { description: 'The largest value is best.' },
    LOWER_IS_BETTER: { description: 'The smallest value is best (costs, overhead, risk).' },
  } as const,
});

const ComparisonValueRef = builder
  .objectRef<{ campaignId: string; value: number | null }>('CampaignComparisonValue')
  .implement({
    description: "One campaign's value of a metric.",
    fields: (t) => ({
      campaign: t.field({
        type: CampaignRef,
        description: 'The campaign.',
        resolve: (v, _args, ctx) => campaignById(ctx, v.campaignId),
      }),
      value: t.float({
        nullable: true,
        description: 'The value (money in minor units of the shared currency); null where undefined.',
        resolve: (v) => v.value,
      }),
    }),
  });

const ComparisonRowRef = builder.objectRef<ComparisonRow>('CampaignComparisonRow').implement({
  description: 'One metric across the compared campaigns.',
  fields: (t) => ({
    metric: t.exposeString('metric', {
      description:
        'The CampaignMetrics field compared: spend, creators, deliverables, posts, reachPotential, authenticReach, impressions, views, interactions, engagementRate, cpe, cpm, cpv, emv, roi, overheadHours, coordinationRisk or averageAuthenticity.',
    }),
    direction: t.field({ type: MetricDirectionEnum, description: 'Which way is better.', resolve: (r) => r.direction }),
    values: t.field({
      type: [ComparisonValueRef],
      description: 'Each campaign’s value, in the order the ids were given.',
      extensions: cost({ listSize: compared }),
      resolve: (r) => r.values,
    }),
    best: t.field({
      type: [CampaignRef],
      description: 'The campaign(s) with the best value, ties included; empty when every value is null.',
      extensions: cost({ listSize: compared }),
      resolve: (r, _args, ctx) => Promise.all(r.best.map((id) => campaignById(ctx, id))),
    }),
  }),
});

const VerdictRef = builder.objectRef<ComparisonVerdict>('CampaignVerdict').implement({
  description:
    'The winner for one goal: AWARENESS → lowest CPM (tie: larger authentic reach); ENGAGEMENT → lowest CPE (tie: more interactions); CONVERSION → highest ROI.',
  fields: (t) => ({
    goal: t.field({ type: CampaignGoalEnum, description: 'The goal judged.', resolve: (v) => v.goal }),
    winners: t.field({
      type: [CampaignRef],
      description: 'The winning campaign(s); several when they tie on everything; empty when none qualifies.',
      extensions: cost({ listSize: compared }),
      resolve: (v, _args, ctx) => Promise.all(v.winners.map((id) => campaignById(ctx, id))),
    }),
    reason: t.exposeString('reason', { description: 'Why, with the numbers.' }),
  }),
});

interface CompareShape {
  ids: number[];
  currency: string;
  asOf: Date;
  rows: ComparisonRow[];
  verdicts: ComparisonVerdict[];
}

const CompareCampaignsPayload = builder.objectRef<CompareShape>('CompareCampaignsPayload').implement({
  description: 'Campaigns side by side: one row per metric, and a verdict per goal.',
  fields: (t) => ({
    campaigns: t.field({
      type: [CampaignRef],
      description: 'The compared campaigns, in the order given; their `metrics(asOf)` with the same asOf are free.',
      extensions: cost({ listSize: compared }),
      resolve: (c, _args, ctx) => Promise.all(c.ids.map((id) => campaignById(ctx, id))),
    }),
    currency: t.exposeString('currency', { description: 'The currency shared by every compared campaign.' }),
    asOf: t.field({
      type: 'DateTime',
      description: 'The instant the metrics were evaluated at.',
      resolve: (c) => c.asOf,
    }),
    rows: t.field({
      type: [ComparisonRowRef],
      description: 'One row per metric.',
      extensions: cost({ listSize: COMPARED_METRICS }),
      resolve: (c) => c.rows,
    }),
    verdicts: t.field({
      type: [VerdictRef],
      description: 'One verdict per goal (only the asked goal when `goal` is given).',
      extensions: cost({ listSize: 3 }),
      resolve: (c) => c.verdicts,
    }),
  }),
});

/** Core errors name campaigns by database id; the API speaks global IDs. */
function withGlobalIds(error: unknown): never {
  if (error instanceof NotFoundError && error.entity === 'Campaign') {
    throw new NotFoundError('Campaign', encodeGlobalID('Campaign', error.ref));
  }
  throw error;
}

function campaignIds(globalIds: readonly { id: string }[]): number[] {
  const issues: FieldIssue[] = [];
  const ids = globalIds.map((g, i) => {
    const id = Number(g.id);
    if (!Number.isSafeInteger(id) || id <= 0) issues.push({ field: `ids.${i}`, message: 'is not a valid ID' });
    return id;
  });
  if (issues.length) throw new ValidationError(issues);
  return ids;
}

// ---------------------------------------------------------------------------------------------------
// compareTiers

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

// ---------------------------------------------------------------------------------------------------
// planCampaign

const PlanGoalEnum = builder.enumType('PlanGoal', {
  description: 'What a plan maximizes.',
  values: {
    ENGAGEMENT: { description: 'Expected interactions: reliable engagement rate × followers × posts.' },
    AWARENESS: { description: 'Authentic impressions: authentic followers × posts.' },
  } as const,
});

const { planner } = DEFAULT_METRICS_CONFIG;

const PlanCampaignInput = builder.inputType('PlanCampaignInput', {
  description: 'What to plan: a budget, a goal and the rules creators must meet.',
  fields: (t) => ({
    budget: t.field({
      type: MoneyInput,
      required: true,
      description: 'Most the plan may cost (fees plus overhead), 0 or more; fees are priced in its currency.',
    }),
    goal: t.field({ type: PlanGoalEnum, required: true, description: 'What to maximize.' }),
    platform: t.field({ type: PlatformEnum, required: true, description: 'Accounts of this platform only.' }),
    niches: t.stringList({ description: 'Creators working in any of these niches; all niches when omitted or empty.' }),
    tiers: t.field({ type: [TierEnum], description: 'Allowed tiers; every tier when omitted or empty.' }),
    minAuthenticity: t.float({
      defaultValue: planner.minAuthenticity,
      description: `Lowest authenticity score (0–100) accepted, inclusive (default ${planner.minAuthenticity}).`,
    }),
    maxCreators: t.int({
      defaultValue: planner.maxCreators,
      description: `Most creators in the plan (default ${planner.maxCreators}, at most 1000).`,
    }),
    postsPerCreator: t.int({
      defaultValue: planner.postsPerCreator,
      description: `Posts bought from each creator (default ${planner.postsPerCreator}, 1–1000).`,
    }),
    hourlyOverhead: t.field({
      type: MoneyInput,
      description:
        'Cost of one coordination hour, in the budget currency; adds (3 + posts) hours × this to each creator’s cost. Omitted: overhead costs nothing.',
    }),
    asOf: t.field({
      type: 'DateTime',
      description: 'Evaluate authenticity and engagement at this instant; defaults to now.',
    }),
  }),
});

interface PlanShape {
  plan: Plan;
  answer: PlanAnswer;
}

type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** Fields shared by the main plan (the payload) and the side-by-side alternatives. */
type PlanFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, PlanShape>;

const PlanSelectionRef = builder
  .objectRef<{ selection: PlanSelection; answer: PlanAnswer }>('PlanSelection')
  .implement({
    description: 'One creator account in a plan.',
    fields: (t) => ({
      account: t.field({
        type: AccountRef,
        description: 'The account to hire.',
        resolve: async ({ selection }, _args, ctx) => {
          const account = await loaders.account(ctx).load(Number(selection.accountId));
          if (!account) throw new Error(`account ${selection.accountId} missing`);
          return account;
        },
      }),
      tier: t.field({ type: TierEnum, description: 'Its tier.', resolve: ({ selection }) => selection.tier }),
      cost: t.field({
        type: MoneyRef,
        description: 'fee × posts + overhead hours × hourly overhead: what it takes from the budget.',
        resolve: ({ selection, answer }) => money(selection.costMinor, answer.currency),
      }),
      fee: t.field({
        type: MoneyRef,
        description: 'Fee per post used.',
        resolve: ({ selection, answer }) =>
          money(answer.candidates.get(Number(selection.accountId))?.feeMinor ?? 0, answer.currency),
      }),
      feeSource: t.field({
        type: FeeSourceEnum,
        description: 'QUOTED_RATE, or RATE_CARD for an estimate.',
        resolve: ({ selection, answer }) =>
          answer.candidates.get(Number(selection.accountId))?.feeSource ?? 'RATE_CARD',
      }),
      value: t.float({
        description: 'Expected interactions (ENGAGEMENT) or authentic impressions (AWARENESS) it brings.',
        resolve: ({ selection }) => selection.value,
      }),
      authenticityScore: t.float({
        description: 'Its authenticity score (0–100).',
        resolve: ({ selection, answer }) => answer.candidates.get(Number(selection.accountId))?.authenticityScore ?? 0,
      }),
      reliableRate: t.float({
        nullable: true,
        description: 'Its reliable engagement rate (ENGAGEMENT plans; null for AWARENESS).',
        resolve: ({ selection, answer }) => answer.candidates.get(Number(selection.accountId))?.reliableRate ?? null,
      }),
    }),
  });

const PlanTotalsRef = builder.objectRef<{ totals: PlanTotals; currency: string }>('PlanTotals').implement({
  description: 'What a plan adds up to.',
  fields: (t) => ({
    creators: t.int({ description: 'Creators selected.', resolve: ({ totals }) => totals.creators }),
    deliverables: t.int({ description: 'Posts bought.', resolve: ({ totals }) => totals.deliverables }),
    spend: t.field({
      type: MoneyRef,
      description: 'Σ fee × posts.',
      resolve: ({ totals, currency }) => money(totals.spendMinor, currency),
    }),
    cost: t.field({
      type: MoneyRef,
      description: 'Spend plus overhead cost: what the budget bounds.',
      resolve: ({ totals, currency }) => money(totals.costMinor, currency),
    }),
    expectedValue: t.float({
      description: 'Σ value: expected interactions (ENGAGEMENT) or authentic impressions (AWARENESS).',
      resolve: ({ totals }) => totals.expectedValue,
    }),
    projectedCpe: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'ENGAGEMENT: spend / expected interactions; null otherwise or when nothing is expected.',
      resolve: ({ totals, currency }) => rate(totals.projectedCpe, currency),
    }),
    projectedCpm: t.field({
      type: MoneyRateRef,
      nullable: true,
      description: 'AWARENESS: spend / expected impressions × 1000; null otherwise or when nothing is expected.',
      resolve: ({ totals, currency }) => rate(totals.projectedCpm, currency),
    }),
    overheadHours: t.float({
      description: '3 × creators + 1 × posts.',
      resolve: ({ totals }) => totals.overheadHours,
    }),
    coordinationRisk: t.float({
      description: 'Chance that at least one creator relationship goes wrong: 1 − (1 − 0.05)^creators.',
      resolve: ({ totals }) => totals.coordinationRisk,
    }),
  }),
});

const planFields = (t: PlanFieldBuilder) => ({
  optimal: t.boolean({
    description: 'True when the plan is provably optimal (exact algorithm, ≤ 40 candidates after the filters).',
    resolve: (p: PlanShape) => p.plan.optimal,
  }),
  algorithm: t.string({
    description: 'EXACT_MEET_IN_THE_MIDDLE_PARETO, or HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE above 40 candidates.',
    resolve: (p: PlanShape) => p.plan.algorithm,
  }),
  candidateCount: t.int({
    description: 'Candidates left after every filter (platform, niches, tiers, authenticity, a reliable rate).',
    resolve: (p: PlanShape) => p.plan.candidateCount,
  }),
  selection: t.field({
    type: [PlanSelectionRef],
    description: 'The creators chosen, highest value first.',
    extensions: cost({ listSize: (_args, bounds) => bounds.planSize ?? PLAN_MAX_CREATORS }),
    resolve: (p: PlanShape) => p.plan.selection.map((selection) => ({ selection, answer: p.answer })),
  }),
  totals: t.field({
    type: PlanTotalsRef,
    description: 'What the selection adds up to.',
    resolve: (p: PlanShape) => ({ totals: p.plan.totals, currency: p.answer.currency }),
  }),
});

const PlanRef = builder.objectRef<PlanShape>('Plan').implement({
  description: 'A plan under the same rules, restricted to one tier (the side-by-side alternatives).',
  fields: (t) => planFields(t),
});

const PlanCampaignPayload = builder.objectRef<PlanShape>('PlanCampaignPayload').implement({
  description:
    'The best roster for the budget: maximal Σ value with Σ cost ≤ budget and at most maxCreators creators, with the best all-MICRO and all-MACRO rosters under the same rules beside it.',
  fields: (t) => ({
    ...planFields(t),
    currency: t.string({
      description: 'The budget currency: every amount is in it.',
      resolve: (p) => p.answer.currency,
    }),
    asOf: t.field({
      type: 'DateTime',
      description: 'The instant authenticity and engagement were evaluated at.',
      resolve: (p) => p.answer.asOf,
    }),
    accountsConsidered: t.int({
      description:
        'Accounts of the platform matching the niches (and tiers, plus MICRO and MACRO for the alternatives).',
      resolve: (p) => p.answer.accountsConsidered,
    }),
    unpricedAccounts: t.int({
      description:
        'Accounts left out because no fee exists in the budget currency (no quoted rate in it; the rate card is in USD).',
      resolve: (p) => p.answer.unpriced,
    }),
    allMicro: t.field({
      type: PlanRef,
      description: 'The best plan using MICRO creators only.',
      resolve: (p) => ({ plan: p.answer.alternatives.allMicro, answer: p.answer }),
    }),
    allMacro: t.field({
      type: PlanRef,
      description: 'The best plan using MACRO creators only.',
      resolve: (p) => ({ plan: p.answer.alternatives.allMacro, answer: p.answer }),
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Queries

builder.queryFields((t) => ({
  compareCampaigns: t.field({
    type: CompareCampaignsPayload,
    authScopes: { read: true },
    description:
      'Compares 2–10 of your campaigns (all in one currency): each metric side by side with the best campaign(s), and a verdict per goal.',
    // The metrics of every compared campaign, then the rows: priced per campaign.
    extensions: cost({
      complexity: (args) => DECISION_COST.comparePerCampaign * Math.max(1, argLength('ids', MAX_COMPARED)(args)),
      provides: (args) => ({ compared: argLength('ids', MAX_COMPARED)(args) }),
    }),
    errors: { types: [ValidationError, NotFoundError, ForbiddenError, CampaignCurrencyMismatchError] },
    args: {
      ids: t.arg.globalIDList({
        for: CampaignRef,
        required: true,
        description: 'Global IDs of 2–10 of your campaigns.',
      }),
      goal: t.arg({ type: CampaignGoalEnum, description: 'Only the verdict for this goal; all three when omitted.' }),
      asOf: t.arg({ type: 'DateTime', description: 'Evaluate the metrics at this instant; defaults to now.' }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = campaignIds(args.ids);
      const answer = await decisions(ctx)
        .compare(ids, (args.goal as ComparisonGoal | null | undefined) ?? null, args.asOf ?? null)
        .catch(withGlobalIds);
      // The campaigns' `metrics` with the same asOf are already computed: hand them to the loader.
      const campaigns = await Promise.all(ids.map((id) => campaignById(ctx, id)));
      const loader = campaignMetricsLoader(ctx, args.asOf);
      for (const campaign of campaigns) {
        const metrics = answer.metrics.get(campaign.id);
        if (metrics) loader.prime(campaign, metrics);
      }
      return {
        ids: answer.ids,
        currency: answer.currency,
        asOf: answer.metrics.get(ids[0] as number)?.asOf ?? args.asOf ?? ctx.now,
        rows: answer.comparison.rows,
        verdicts: answer.comparison.verdicts,
      };
    },
  }),
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
      const answer = await decisions(ctx).compareTiers({
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
  planCampaign: t.field({
    type: PlanCampaignPayload,
    authScopes: { read: true },
    description:
      'Chooses creators for a budget (docs/metrics.md#planner): provably optimal with ≤ 40 candidates after the filters, a documented heuristic above.',
    // About 0.6 s of work on the demo catalog (authenticity and reliable rates of every candidate, then
    // the search); its selections are bounded by maxCreators.
    extensions: cost({
      complexity: DECISION_COST.planCampaign,
      provides: (args) => ({
        planSize: clampInt(
          (args.input as { maxCreators?: unknown } | undefined)?.maxCreators,
          0,
          PLAN_MAX_CREATORS,
          planner.maxCreators,
        ),
      }),
    }),
    errors: { types: [ValidationError, CampaignCurrencyMismatchError] },
    args: { input: t.arg({ type: PlanCampaignInput, required: true, description: 'Budget, goal and rules.' }) },
    resolve: async (_root, { input }, ctx) => {
      const answer = await decisions(ctx).plan({
        budget: input.budget,
        goal: input.goal,
        platform: input.platform,
        niches: input.niches ?? null,
        tiers: input.tiers ?? null,
        minAuthenticity: input.minAuthenticity ?? null,
        maxCreators: input.maxCreators ?? null,
        postsPerCreator: input.postsPerCreator ?? null,
        hourlyOverhead: input.hourlyOverhead ?? null,
        asOf: input.asOf ?? null,
      });
      return { plan: answer, answer };
    },
  }),
}));
