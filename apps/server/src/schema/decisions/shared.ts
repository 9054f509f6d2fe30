import type { CampaignMetricsAnswer, ICampaign } from '@creatorgraph/core';
import type { Context } from '../../context.js';
import type { CostBounds } from '../../http/cost.js';
import { describedEnum } from '../common/enums.js';

/** What the decision fields share: prices, the batched campaign metrics and the fee source. */

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
export const MAX_COMPARED = 10;
/** Rows of a comparison: one per compared metric. */
export const COMPARED_METRICS = 18;
/** Lists of compared campaigns: as many as the ids given. */
export const compared = (_args: unknown, bounds: CostBounds) => bounds.compared ?? MAX_COMPARED;

const asOfKey = (asOf: Date | null | undefined) => asOf?.toISOString() ?? 'now';

/**
 * Campaign metrics through one DataLoader per asOf: a page of campaigns costs one batch (a fixed number of
 * statements), not one per campaign. Keys are the campaign objects themselves, so when a subscription
 * re-reads its campaign after an update (a new object), the metrics are computed afresh: members, fees,
 * linked posts and results are read again; the members' own account rows and authenticity come from the
 * context's MetricsService, which reads each account once per request or subscription (campaign writes
 * never change them).
 */
export const campaignMetricsLoader = (ctx: Context, asOf: Date | null | undefined) =>
  ctx.loader<ICampaign, CampaignMetricsAnswer>(`campaignMetrics:${asOfKey(asOf)}`, async (campaigns) => {
    const answers = await ctx.decisions.metricsFor(
      campaigns.map((c) => c.id),
      asOf ?? null,
    );
    return campaigns.map((c) => answers.get(c.id) ?? (new Error(`metrics of campaign ${c.id} missing`) as never));
  });

export const FeeSourceEnum = describedEnum('FeeSource', "Where a creator's fee per post or deliverable came from.", {
  MEMBER_FEE: 'The fee agreed with the campaign member.',
  QUOTED_RATE:
    "The account's quoted rate per post × the kind multiplier, converted into the currency asked for when needed.",
  RATE_CARD:
    'An estimate: the rate-card midpoint of the tier × the platform and kind multipliers (see `metricsConfig`), converted when needed.',
  UNPRICED:
    "No agreed fee, and the price cannot be converted into the campaign's currency (no exchange rate): counted 0.",
});
