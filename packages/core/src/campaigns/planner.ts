import type { MetricsConfig, Platform } from '../metrics/config.js';
import type { Tier } from '../metrics/tiers.js';
import { solveKnapsackExact, solveKnapsackHeuristic } from './knapsack.js';
import { coordinationRisk, overheadHours } from './metrics.js';
import { checkPlannerCandidates, normalizeCampaignNiche, planRules } from './validation.js';

/**
 * planCampaign (docs/metrics.md#planner): choose creators that maximize Σ value subject to
 * Σ cost ≤ budget and count ≤ maxCreators, a 0/1 knapsack with a cardinality constraint (knapsack.ts).
 *
 * Candidates pass the filters (platform, niches "any of", tiers, at least minPosts posts in the window —
 * an account without evidence is not valued at its peers' prior —, authenticity ≥ minAuthenticity and,
 * for ENGAGEMENT, a reliable rate), then are put in a canonical order (accountId ascending) so the
 * answer never depends on the order the caller listed them in. Per candidate with P posts:
 *   value = reliableRate × followers × P (ENGAGEMENT)
 *         = authenticFollowers × reachFactor[platform] × P (AWARENESS: expected impressions, the reach model
 *           campaign metrics use for posts without impressions, so projected and realised CPM agree)
 *   cost  = fee × P + (hoursPerCreator + hoursPerDeliverable × P) × hourlyOverheadMinor
 * Candidates with value ≤ 0 or cost > budget can never improve a plan and are skipped by both solvers.
 * Tie-break between plans of equal value: lower cost, then the first found in the canonical order.
 *
 * Up to config.planner.exactCandidateLimit candidates (default 40) the exact meet-in-the-middle solver
 * answers (optimal: true); above it the heuristic (greedy fills, local search, an exact core) does, and
 * the answer says optimal: false. Both are described in knapsack.ts.
 */

export type PlannerGoal = 'ENGAGEMENT' | 'AWARENESS';

export interface PlannerCandidate {
  accountId: string;
  tier: Tier;
  followers: number;
  authenticFollowers: number;
  /** 0–100. */
  authenticityScore: number;
  /** Reliable engagement rate (fraction); null leaves the account out of ENGAGEMENT plans. */
  reliableRate: number | null;
  /** Fee per post, minor units. */
  feeMinor: number;
  niches: string[];
  platform: Platform;
  /** Posts in the window behind its numbers (the engagement sample size). */
  posts: number;
}

/** The plan's filters and limits; the API's PlanRequest (decisions.ts) takes the same, nullable. */
export interface PlanLimits {
  /** Any of; empty or absent means every niche. */
  niches?: readonly string[];
  /** Empty or absent means every tier. */
  tiers?: readonly Tier[];
  /** Inclusive; default config.planner.minAuthenticity (70). */
  minAuthenticity?: number;
  /** Default config.planner.maxCreators (20). */
  maxCreators?: number;
  /** Default config.planner.postsPerCreator (1). */
  postsPerCreator?: number;
  /** Posts in the window a candidate needs, ≥ 1; default config.planner.minPosts (3). */
  minPosts?: number;
}

export interface PlanInput extends PlanLimits {
  budgetMinor: number;
  goal: PlannerGoal;
  platform?: string;
  /** Minor units per overhead hour; absent or null means overhead hours cost nothing. */
  hourlyOverheadMinor?: number | null;
}

export interface PlanSelection {
  accountId: string;
  tier: Tier;
  /** fee × posts + overhead cost. */
  costMinor: number;
  /** Expected interactions (ENGAGEMENT) or expected impressions (AWARENESS). */
  value: number;
}

export interface PlanTotals {
  creators: number;
  deliverables: number;
  /** Σ fee × posts. */
  spendMinor: number;
  /** Spend plus overhead cost; this is what the budget bounds. */
  costMinor: number;
  expectedValue: number;
  /** ENGAGEMENT only: spend / expected interactions; null otherwise or when nothing is expected. */
  projectedCpe: number | null;
  /**
   * AWARENESS only: spend / expected impressions × 1000 (impressions = authenticFollowers × reach factor ×
   * posts); null otherwise or when nothing is expected.
   */
  projectedCpm: number | null;
  overheadHours: number;
  coordinationRisk: number;
}

export interface Plan {
  selection: PlanSelection[];
  totals: PlanTotals;
  optimal: boolean;
  algorithm: string;
  /** Candidates left after the filters; the exact/heuristic switch looks at this number. */
  candidateCount: number;
  /** Candidates of the platform (and tiers) left out because they have fewer than minPosts posts in the window. */
  tooFewPosts: number;
}

export interface CampaignPlan extends Plan {
  alternatives: { allMicro: Plan; allMacro: Plan };
}

export const EXACT_ALGORITHM = 'EXACT_MEET_IN_THE_MIDDLE_PARETO';
export const HEURISTIC_ALGORITHM = 'HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE';

interface Rules {
  budget: number;
  goal: PlannerGoal;
  platform: string | undefined;
  niches: Set<string> | null;
  tiers: Set<Tier> | null;
  minAuthenticity: number;
  maxCreators: number;
  posts: number;
  minPosts: number;
  hourly: number;
}

function resolveRules(input: PlanInput, config: MetricsConfig): Rules {
  const rules = planRules(input, config);
  // Niche labels are free text from imports, so match them case-insensitively.
  const niches = input.niches && input.niches.length > 0 ? new Set(input.niches.map(normalizeCampaignNiche)) : null;
  const tiers = input.tiers && input.tiers.length > 0 ? new Set(input.tiers) : null;
  return {
    budget: rules.budgetMinor,
    goal: rules.goal,
    platform: input.platform,
    niches,
    tiers,
    minAuthenticity: rules.minAuthenticity,
    maxCreators: rules.maxCreators,
    posts: rules.postsPerCreator,
    minPosts: rules.minPosts,
    hourly: rules.hourlyOverheadMinor,
  };
}

/** The platform and tier filters: who the plan could consider at all. */
function inScope(c: PlannerCandidate, rules: Rules, tiers: Set<Tier> | null): boolean {
  if (rules.platform !== undefined && c.platform !== rules.platform) return false;
  return !tiers || tiers.has(c.tier);
}

function eligible(c: PlannerCandidate, rules: Rules, tiers: Set<Tier> | null): boolean {
  if (!inScope(c, rules, tiers)) return false;
  if (c.posts < rules.minPosts) return false;
  if (c.authenticityScore < rules.minAuthenticity) return false;
  if (rules.goal === 'ENGAGEMENT' && c.reliableRate === null) return false;
  const wanted = rules.niches;
  if (wanted && !c.niches.some((n) => wanted.has(normalizeCampaignNiche(n)))) return false;
  return true;
}

function buildPlan(
  candidates: readonly PlannerCandidate[],
  rules: Rules,
  tiers: Set<Tier> | null,
  config: MetricsConfig,
): Plan {
  const pool = candidates
    .filter((c) => eligible(c, rules, tiers))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const hoursEach = overheadHours(1, rules.posts, config);
  const value = pool.map((c) =>
    rules.goal === 'ENGAGEMENT'
      ? (c.reliableRate ?? 0) * c.followers * rules.posts
      : c.authenticFollowers * config.costs.reachFactor[c.platform] * rules.posts,
  );
  const cost = pool.map((c) => c.feeMinor * rules.posts + hoursEach * rules.hourly);
  const exact = pool.length <= config.planner.exactCandidateLimit;
  const solution = exact
    ? solveKnapsackExact(value, cost, rules.budget, rules.maxCreators)
    : solveKnapsackHeuristic(value, cost, rules.budget, rules.maxCreators);

  const selection = solution.indices
    .map((i) => {
      const c = pool[i] as PlannerCandidate;
      return { accountId: c.accountId, tier: c.tier, costMinor: cost[i] as number, value: value[i] as number };
    })
    .sort((a, b) => b.value - a.value || (a.accountId < b.accountId ? -1 : 1));
  let spendMinor = 0;
  for (const i of solution.indices) spendMinor += (pool[i] as PlannerCandidate).feeMinor * rules.posts;
  const creators = selection.length;
  const expected = solution.value;
  return {
    selection,
    totals: {
      creators,
      deliverables: creators * rules.posts,
      spendMinor,
      costMinor: solution.cost,
      expectedValue: expected,
      projectedCpe: rules.goal === 'ENGAGEMENT' && expected > 0 ? spendMinor / expected : null,
      projectedCpm: rules.goal === 'AWARENESS' && expected > 0 ? (spendMinor / expected) * 1000 : null,
      overheadHours: overheadHours(creators, creators * rules.posts, config),
      coordinationRisk: coordinationRisk(creators, config),
    },
    optimal: exact,
    algorithm: exact ? EXACT_ALGORITHM : HEURISTIC_ALGORITHM,
    candidateCount: pool.length,
    tooFewPosts: candidates.filter((c) => inScope(c, rules, tiers) && c.posts < rules.minPosts).length,
  };
}

/**
 * The alternatives keep every rule but replace the tier filter with the single tier, so they show
 * what an all-MICRO or all-MACRO roster would deliver even when the main plan excludes that tier.
 */
export function planCampaign(
  candidates: readonly PlannerCandidate[],
  input: PlanInput,
  config: MetricsConfig,
): CampaignPlan {
  const rules = resolveRules(input, config);
  checkPlannerCandidates(candidates);
  return {
    ...buildPlan(candidates, rules, rules.tiers, config),
    alternatives: {
      allMicro: buildPlan(candidates, rules, new Set<Tier>(['MICRO']), config),
      allMacro: buildPlan(candidates, rules, new Set<Tier>(['MACRO']), config),
    },
  };
}
