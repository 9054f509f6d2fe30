import {
  CampaignCurrencyMismatchError,
  type ComparisonGoal,
  type ComparisonRow,
  type ComparisonVerdict,
  type ComparisonWarning,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { argLength, cost } from '../../http/cost.js';
import { CampaignRef, campaignById } from '../campaigns/types.js';
import { CampaignGoalEnum, CampaignWarningCodeEnum, ComparedMetricEnum, describedEnum } from '../common/enums.js';
import { idsOf, speakingGlobalIds } from '../common/ids.js';
import { COMPARED_METRICS, campaignMetricsLoader, compared, DECISION_COST, MAX_COMPARED } from './shared.js';

/** compareCampaigns: campaigns side by side, one row per metric and a verdict per goal. */

const MetricDirectionEnum = describedEnum('MetricDirection', 'Which way a metric is better.', {
  HIGHER_IS_BETTER: 'The largest value is best.',
  LOWER_IS_BETTER: 'The smallest value is best (costs, overhead, risk).',
  NEUTRAL:
    'Neither side is better (creators, deliverables: more of them buys reach but costs coordination, which overheadHours and coordinationRisk count): no campaign wins the row.',
});

const ComparisonWarningRef = builder.objectRef<ComparisonWarning>('CampaignComparisonWarning').implement({
  description: 'Something to know about one compared campaign before trusting its numbers.',
  fields: (t) => ({
    campaign: t.field({
      type: CampaignRef,
      description: 'The campaign warned about.',
      resolve: (w, _args, ctx) => campaignById(ctx, w.campaignId),
    }),
    code: t.field({
      type: CampaignWarningCodeEnum,
      description: 'What the warning is about.',
      resolve: (w) => w.code as 'OVER_BUDGET',
    }),
    message: t.exposeString('message', { description: 'The warning, with the amounts in major units.' }),
  }),
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
    metric: t.field({
      type: ComparedMetricEnum,
      description: 'The CampaignMetrics field compared (SPEND for `spend`, REACH_POTENTIAL for `reachPotential`, …).',
      resolve: (r) => r.metric,
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
      description:
        'The campaign(s) with the best value, ties included; empty when every value is null or the direction is NEUTRAL.',
      extensions: cost({ listSize: compared }),
      resolve: (r, _args, ctx) => Promise.all(r.best.map((id) => campaignById(ctx, id))),
    }),
  }),
});

const VerdictRef = builder.objectRef<ComparisonVerdict>('CampaignVerdict').implement({
  description:
    'The winner for one goal: AWARENESS → lowest CPM (tie: larger authentic reach); ENGAGEMENT → lowest CPE (tie: more interactions); CONVERSION → highest ROI. Money in the reason is in major units with the currency code (e.g. "lowest CPM: 46.67 USD").',
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
  warnings: ComparisonWarning[];
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
    warnings: t.field({
      type: [ComparisonWarningRef],
      description: 'Warnings per campaign, in the order given (e.g. OVER_BUDGET); empty when there are none.',
      // At most one OVER_BUDGET per campaign, plus what the campaign metrics carry.
      extensions: cost({ listSize: (args, bounds) => 2 * compared(args, bounds) }),
      resolve: (c) => c.warnings,
    }),
  }),
});

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
      const ids = idsOf(args.ids);
      const answer = await speakingGlobalIds(() =>
        ctx.decisions.compare(ids, (args.goal as ComparisonGoal | null | undefined) ?? null, args.asOf ?? null),
      );
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
        warnings: answer.comparison.warnings,
      };
    },
  }),
}));
