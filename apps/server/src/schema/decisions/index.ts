/**
 * Campaign decisions (docs/metrics.md#campaign-metrics and #planner): `Campaign.metrics`,
 * `compareCampaigns`, `compareTiers` and `planCampaign`. Every number comes from CampaignDecisionService,
 * which gathers the inputs in SQL and calls the pure functions of @creatorgraph/core.
 *
 * Units: money amounts (`Money`) are integer minor units; unit costs (`MoneyRate`: CPE, CPM, CPV, median
 * fees) are minor units too but not rounded, since a CPE of 0.37 cents is meaningful.
 */

import './campaign-metrics.js';
import './compare.js';
import './tiers.js';
import './plan.js';

export { DECISION_COST } from './shared.js';
