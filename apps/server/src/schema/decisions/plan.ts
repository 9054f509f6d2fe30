import {
  CampaignCurrencyMismatchError,
  DEFAULT_METRICS_CONFIG,
  PLAN_MAX_CREATORS,
  type Plan,
  type PlanAnswer,
  type PlanSelection,
  type PlanTotals,
  ValidationError,
} from '@creatorgraph/core';
import { builder, type Types } from '../../builder.js';
import { loadExisting, loaders } from '../../context.js';
import { clampInt, cost } from '../../http/cost.js';
import { describedEnum, PlanAlgorithmEnum, PlatformEnum, PostKindEnum, TierEnum } from '../common/enums.js';
import { idOf } from '../common/ids.js';
import { MoneyInput, MoneyRef, money, rateFields } from '../common/money.js';
import { AccountRef } from '../creators.js';
import { FxConversionRef } from '../metrics/price.js';
import { DECISION_COST, FeeSourceEnum } from './shared.js';

/** planCampaign: the best roster for a budget (docs/metrics.md#planner), with all-MICRO and all-MACRO beside it. */

const PlanGoalEnum = describedEnum('PlanGoal', 'What a plan maximizes.', {
  ENGAGEMENT: 'Expected interactions: reliable engagement rate × followers × posts.',
  AWARENESS: "Expected impressions: authentic followers × the platform's reach factor × posts.",
});

const { planner } = DEFAULT_METRICS_CONFIG;

const PlanCampaignInput = builder.inputType('PlanCampaignInput', {
  description: 'What to plan: a budget, a goal and the rules creators must meet.',
  fields: (t) => ({
    budget: t.field({
      type: MoneyInput,
      required: true,
      description:
        'Most the plan may cost (fees plus overhead), 0 or more; fees are priced in its currency, quotes in others converted at the configured exchange rate (disclosed per selection).',
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
    kind: t.field({
      type: PostKindEnum,
      defaultValue: 'PHOTO',
      description: 'What each bought post is (default PHOTO): fees are the quoted rate or estimate × its multiplier.',
    }),
    minPosts: t.int({
      defaultValue: planner.minPosts,
      description: `Posts in the default window an account needs to be a candidate (default ${planner.minPosts}, 1–1000): an account without evidence is not bought on its peers' averages.`,
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

/** Fields shared by the main plan (the payload) and the side-by-side alternatives. */
type PlanFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, PlanShape>;

const PlanSelectionRef = builder
  .objectRef<{ selection: PlanSelection; answer: PlanAnswer }>('PlanSelection')
  .implement({
    description: 'One creator account in a plan.',
    fields: (t) => ({
      account: t.field({
        type: AccountRef,
        description: 'The account to hire.',
        resolve: ({ selection }, _args, ctx) =>
          loadExisting(loaders.account(ctx), idOf(selection.accountId), 'account'),
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
          money(answer.candidates.get(idOf(selection.accountId))?.feeMinor ?? 0, answer.currency),
      }),
      feeSource: t.field({
        type: FeeSourceEnum,
        description: 'QUOTED_RATE, or RATE_CARD for an estimate.',
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.feeSource ?? 'RATE_CARD',
      }),
      feeMethod: t.string({
        description: 'How the fee was found, e.g. "rate card MICRO 300 USD × 0.8 (TIKTOK) × 1 (PHOTO)".',
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.feeMethod ?? '',
      }),
      feeConversion: t.field({
        type: FxConversionRef,
        nullable: true,
        description:
          "How a quote or estimate in another currency was converted into the budget's; null when none was needed.",
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.feeConversion ?? null,
      }),
      posts: t.int({
        description: 'Posts of the account in the default window: the evidence behind its numbers (at least minPosts).',
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.posts ?? 0,
      }),
      value: t.float({
        description: 'Expected interactions (ENGAGEMENT) or expected impressions (AWARENESS) it brings.',
        resolve: ({ selection }) => selection.value,
      }),
      authenticityScore: t.float({
        description: 'Its authenticity score (0–100).',
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.authenticityScore ?? 0,
      }),
      reliableRate: t.float({
        nullable: true,
        description: 'Its reliable engagement rate (ENGAGEMENT plans; null for AWARENESS).',
        resolve: ({ selection, answer }) => answer.candidates.get(idOf(selection.accountId))?.reliableRate ?? null,
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
      description:
        'Σ value: expected interactions (ENGAGEMENT) or expected impressions, authentic followers × reach factor × posts (AWARENESS).',
      resolve: ({ totals }) => totals.expectedValue,
    }),
    ...rateFields(t, (p) => p.currency, {
      projectedCpe: [
        'ENGAGEMENT: spend / expected interactions; null otherwise or when nothing is expected.',
        (p) => p.totals.projectedCpe,
      ],
      projectedCpm: [
        'AWARENESS: spend / expected impressions × 1000, on the reach model of campaign metrics (see `reachFactor`); null otherwise or when nothing is expected.',
        (p) => p.totals.projectedCpm,
      ],
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
  algorithm: t.field({
    type: PlanAlgorithmEnum,
    description: 'EXACT_MEET_IN_THE_MIDDLE_PARETO, or HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE above 40 candidates.',
    resolve: (p: PlanShape) => p.plan.algorithm as 'EXACT_MEET_IN_THE_MIDDLE_PARETO',
  }),
  candidateCount: t.int({
    description:
      'Candidates left after every filter (platform, niches, tiers, posts in the window, authenticity, a reliable rate).',
    resolve: (p: PlanShape) => p.plan.candidateCount,
  }),
  tooFewPosts: t.int({
    description: 'Accounts (of the platform, niches and tiers) left out for fewer than minPosts posts in the window.',
    resolve: (p: PlanShape) => p.plan.tooFewPosts,
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
        'Accounts left out because their price cannot be converted into the budget currency (no exchange rate configured).',
      resolve: (p) => p.answer.unpriced,
    }),
    kind: t.field({
      type: PostKindEnum,
      description: 'The kind of post priced.',
      resolve: (p) => p.answer.kind,
    }),
    minPosts: t.int({
      description: 'Posts in the window a candidate needed.',
      resolve: (p) => p.answer.minPosts,
    }),
    reachFactor: t.float({
      description:
        "The platform's reach factor: AWARENESS values are authentic followers × it × posts, the factor campaign metrics estimate impressions with (`CampaignMetrics.reachFactors`).",
      resolve: (p) => p.answer.reachFactor,
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

builder.queryFields((t) => ({
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
      const answer = await ctx.decisions.plan({
        budget: input.budget,
        goal: input.goal,
        platform: input.platform,
        niches: input.niches ?? null,
        tiers: input.tiers ?? null,
        minAuthenticity: input.minAuthenticity ?? null,
        maxCreators: input.maxCreators ?? null,
        postsPerCreator: input.postsPerCreator ?? null,
        minPosts: input.minPosts ?? null,
        kind: input.kind ?? null,
        hourlyOverhead: input.hourlyOverhead ?? null,
        asOf: input.asOf ?? null,
      });
      return { plan: answer, answer };
    },
  }),
}));
