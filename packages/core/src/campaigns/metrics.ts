import { PLATFORMS } from '../enums.js';
import type { MetricsConfig, Platform } from '../metrics/config.js';
import { emvCpmFor, type FxConversion, formatMoney } from '../metrics/costs.js';
import { TIERS, type Tier } from '../metrics/tiers.js';
// Shared with the comparison (which surfaces these warnings per campaign): code OVER_BUDGET, message in words.
import type { CampaignWarning } from './compare.js';

/**
 * Campaign metrics (docs/metrics.md#money and #campaign-metrics). Pure: the caller has
 * already resolved fees (agreed, quoted or rate-card estimate), post rates (FOLLOWERS base) and
 * impressions (reported, or followers × the reach factor of the post's platform, marked estimated) and
 * converted every fee into the campaign's currency.
 *
 * Posts only ever enter as sums and counts (the engagement rate is a mean), so they may come one by one
 * (`posts`) or already summed per account (`postTotals`, what the database aggregates for a campaign).
 *
 * Units: every `…Minor` amount is integer minor units of `currency`. CPE, CPM and CPV are minor units
 * too but not rounded (a CPE of 0.37 cents is meaningful); EMV is money, so it is rounded to an integer.
 */

export interface CampaignMemberInput {
  accountId: string;
  platform: Platform;
  tier: Tier;
  followers: number;
  authenticFollowers: number;
  authenticityScore: number;
  /** Fee per deliverable, minor units. */
  feeMinor: number;
  /** True when the fee is a rate-card estimate rather than an agreed or quoted price. */
  feeEstimated: boolean;
  deliverables: number;
}

export interface CampaignPostInput {
  accountId: string;
  /** The post's platform, whose reach factor estimated missing impressions (disclosed in `reachFactors`). */
  platform?: Platform;
  interactions: number;
  /** Engagement rate of the post on the FOLLOWERS base; null when the base was null or 0. */
  rate: number | null;
  views: number | null;
  impressions: number;
  impressionsEstimated: boolean;
}

/** The sums over some posts (one account's linked posts in a campaign) that the campaign metrics need. */
export interface CampaignPostTotals {
  accountId: string;
  /** The account's platform, whose reach factor estimated missing impressions (disclosed in `reachFactors`). */
  platform?: Platform;
  posts: number;
  interactions: number;
  /** Σ of the post rates that are not null, and how many there are. */
  rateSum: number;
  rated: number;
  /** Σ views, a post without views counting 0. */
  views: number;
  impressions: number;
  /** Posts whose impressions are estimated. */
  impressionsEstimated: number;
}

export interface CampaignMetricsInput {
  currency: string;
  members: readonly CampaignMemberInput[];
  /** Posts one by one; added to `postTotals`. */
  posts?: readonly CampaignPostInput[];
  /** Posts already summed (per account); added to `posts`. */
  postTotals?: readonly CampaignPostTotals[];
  revenueMinor: number | null;
  conversions: number | null;
  /**
   * CPM for EMV in minor units; null falls back to `config.costs.emvCpmMinor[currency]`, else the USD one
   * converted at the FX table's rate.
   */
  emvCpmMinor: number | null;
  /** The campaign's budget in minor units; spend above it raises an OVER_BUDGET warning. */
  budgetMinor?: number | null;
}

/** The share of followers assumed to see a post that reports no impressions, on one platform. */
export interface ReachFactorUsed {
  platform: Platform;
  factor: number;
}

export interface TierMixRow {
  tier: Tier;
  creators: number;
  spendMinor: number;
}

export interface CampaignMetrics {
  currency: string;
  spendMinor: number;
  /** True when at least one member fee is a rate-card estimate. */
  spendEstimated: boolean;
  creators: number;
  deliverables: number;
  posts: number;
  reachPotential: number;
  authenticReach: number;
  impressions: number;
  /** Number of posts whose impressions are estimated. */
  impressionsEstimated: number;
  interactions: number;
  views: number;
  engagementRate: number | null;
  cpe: number | null;
  cpm: number | null;
  cpv: number | null;
  emv: number | null;
  /** Why `emv` is null; null when it has a value. */
  emvReason: string | null;
  /** The CPM EMV used, minor units of `currency` per 1000 impressions; null when none. */
  emvCpmMinor: number | null;
  /** How that CPM was converted from the USD one; null when configured in the currency (or given). */
  emvCpmConversion: FxConversion | null;
  /**
   * The reach factor of each platform of the roster and its posts (scheme order): estimated impressions are
   * followers at post time × it, the same factor the planner's AWARENESS value uses.
   */
  reachFactors: ReachFactorUsed[];
  budgetMinor: number | null;
  /**
   * OVER_BUDGET when spend exceeds the budget, with money in major units and the currency ("spend 6,950.00
   * USD exceeds the budget of 3,000.00 USD"); empty otherwise.
   */
  warnings: CampaignWarning[];
  revenueMinor: number | null;
  conversions: number | null;
  /** spend / conversions; null without conversions or when there are none. */
  costPerConversion: number | null;
  roi: number | null;
  overheadHours: number;
  coordinationRisk: number;
  averageAuthenticity: number | null;
  /** All five tiers in scheme order, zero rows included, so the shape never depends on the roster. */
  tierMix: TierMixRow[];
}

/** Divisor 0 (or nothing to divide by) means the ratio is undefined, not infinite. */
function ratio(numerator: number, divisor: number): number | null {
  return divisor === 0 ? null : numerator / divisor;
}

/** Zero sums, to add posts or totals to. */
function emptyTotals(accountId: string): CampaignPostTotals {
  return {
    accountId,
    posts: 0,
    interactions: 0,
    rateSum: 0,
    rated: 0,
    views: 0,
    impressions: 0,
    impressionsEstimated: 0,
  };
}

function addPost(t: CampaignPostTotals, p: CampaignPostInput): void {
  t.posts += 1;
  t.interactions += p.interactions;
  if (p.rate !== null) {
    t.rateSum += p.rate;
    t.rated += 1;
  }
  t.views += p.views ?? 0;
  t.impressions += p.impressions;
  if (p.impressionsEstimated) t.impressionsEstimated += 1;
}

/** Per-post inputs summed per account, accounts in order of their first post: the reference of postTotals. */
export function campaignPostTotals(posts: readonly CampaignPostInput[]): CampaignPostTotals[] {
  const out = new Map<string, CampaignPostTotals>();
  for (const p of posts) {
    let t = out.get(p.accountId);
    if (!t) {
      t = emptyTotals(p.accountId);
      if (p.platform) t.platform = p.platform;
      out.set(p.accountId, t);
    }
    addPost(t, p);
  }
  return [...out.values()];
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** 1 − (1 − p)^n: the chance that at least one of n independent relationships goes wrong. */
export function coordinationRisk(creators: number, config: MetricsConfig): number {
  return 1 - (1 - config.campaigns.relationshipFailureRate) ** creators;
}

/** hoursPerCreator × creators + hoursPerDeliverable × deliverables (3 × creators + 1 × deliverables). */
export function overheadHours(creators: number, deliverables: number, config: MetricsConfig): number {
  return config.campaigns.hoursPerCreator * creators + config.campaigns.hoursPerDeliverable * deliverables;
}

export function computeCampaignMetrics(input: CampaignMetricsInput, config: MetricsConfig): CampaignMetrics {
  const mix = new Map<Tier, TierMixRow>(TIERS.map((tier) => [tier, { tier, creators: 0, spendMinor: 0 }]));
  let spendMinor = 0;
  let spendEstimated = false;
  let deliverables = 0;
  let reachPotential = 0;
  let authenticReach = 0;
  for (const m of input.members) {
    const memberSpend = m.feeMinor * m.deliverables;
    spendMinor += memberSpend;
    spendEstimated ||= m.feeEstimated;
    deliverables += m.deliverables;
    reachPotential += m.followers;
    authenticReach += m.authenticFollowers;
    const row = mix.get(m.tier);
    if (row) {
      row.creators += 1;
      row.spendMinor += memberSpend;
    }
  }
  // One member per account, so members are the creators on the roster.
  const creators = input.members.length;

  // Posts one by one first, in order, so per-post inputs sum exactly as a plain loop over them would.
  const totals = emptyTotals('');
  for (const p of input.posts ?? []) addPost(totals, p);
  for (const t of input.postTotals ?? []) {
    totals.posts += t.posts;
    totals.interactions += t.interactions;
    totals.rateSum += t.rateSum;
    totals.rated += t.rated;
    totals.views += t.views;
    totals.impressions += t.impressions;
    totals.impressionsEstimated += t.impressionsEstimated;
  }
  const { impressions, impressionsEstimated, interactions, views } = totals;

  const cpm = ratio(spendMinor, impressions);
  const emvCpm =
    input.emvCpmMinor !== null
      ? { cpmMinor: input.emvCpmMinor, conversion: null, reason: null }
      : emvCpmFor(input.currency, config.costs);
  const emv = emvCpm.cpmMinor === null ? null : Math.round((impressions / 1000) * emvCpm.cpmMinor);

  const platforms = new Set<Platform>(input.members.map((m) => m.platform));
  for (const t of [...(input.posts ?? []), ...(input.postTotals ?? [])]) if (t.platform) platforms.add(t.platform);
  const reachFactors = PLATFORMS.filter((p) => platforms.has(p)).map((platform) => ({
    platform,
    factor: config.costs.reachFactor[platform],
  }));

  const budgetMinor = input.budgetMinor ?? null;
  const warnings: CampaignWarning[] = [];
  if (budgetMinor !== null && spendMinor > budgetMinor) {
    const estimated = spendEstimated ? ' (partly estimated)' : '';
    warnings.push({
      code: 'OVER_BUDGET',
      message: `spend ${formatMoney(spendMinor, input.currency)}${estimated} exceeds the budget of ${formatMoney(budgetMinor, input.currency)}`,
    });
  }

  return {
    currency: input.currency,
    spendMinor,
    spendEstimated,
    creators,
    deliverables,
    posts: totals.posts,
    reachPotential,
    authenticReach,
    impressions,
    impressionsEstimated,
    interactions,
    views,
    engagementRate: ratio(totals.rateSum, totals.rated),
    cpe: ratio(spendMinor, interactions),
    cpm: cpm === null ? null : cpm * 1000,
    cpv: ratio(spendMinor, views),
    emv,
    emvReason: emvCpm.reason,
    emvCpmMinor: emvCpm.cpmMinor,
    emvCpmConversion: emvCpm.conversion,
    reachFactors,
    budgetMinor,
    warnings,
    revenueMinor: input.revenueMinor,
    conversions: input.conversions,
    costPerConversion: input.conversions === null ? null : ratio(spendMinor, input.conversions),
    roi: input.revenueMinor === null ? null : ratio(input.revenueMinor - spendMinor, spendMinor),
    overheadHours: overheadHours(creators, deliverables, config),
    coordinationRisk: coordinationRisk(creators, config),
    averageAuthenticity: mean(input.members.map((m) => m.authenticityScore)),
    tierMix: TIERS.map((tier) => mix.get(tier) as TierMixRow),
  };
}
