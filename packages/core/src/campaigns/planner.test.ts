import fc from 'fast-check';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { TIERS, type Tier } from '../metrics/tiers.js';
import { solveKnapsackExact, solveKnapsackHeuristic } from './knapsack.js';
import {
  EXACT_ALGORITHM,
  HEURISTIC_ALGORITHM,
  type PlanInput,
  type PlannerCandidate,
  planCampaign,
} from './planner.js';
import { PlannerInputError } from './validation.js';

const config = DEFAULT_METRICS_CONFIG;

function candidate(overrides: Partial<PlannerCandidate> & { accountId: string }): PlannerCandidate {
  return {
    tier: 'MICRO',
    followers: 20_000,
    authenticFollowers: 20_000,
    authenticityScore: 90,
    reliableRate: 0.05,
    feeMinor: 10_000,
    niches: ['beauty'],
    platform: 'INSTAGRAM',
    posts: 10,
    ...overrides,
  };
}

/**
 * Greedy by value density picks A (density 1,000 / 60,000 ≈ 0.0167) and then only D fits: 1,200.
 * The optimum is B + C: 800 + 800 = 1,600 for exactly the 100,000 budget.
 */
const classic: PlannerCandidate[] = [
  candidate({ accountId: 'A', feeMinor: 60_000, reliableRate: 0.05, followers: 20_000 }), // 0.05 × 20,000 = 1,000
  candidate({ accountId: 'B', feeMinor: 50_000, reliableRate: 0.04, followers: 20_000 }), // 0.04 × 20,000 = 800
  candidate({ accountId: 'C', feeMinor: 50_000, reliableRate: 0.02, followers: 40_000 }), // 0.02 × 40,000 = 800
  candidate({ accountId: 'D', feeMinor: 30_000, reliableRate: 0.02, followers: 10_000 }), // 0.02 × 10,000 = 200
];

const ids = (plan: { selection: { accountId: string }[] }) => plan.selection.map((s) => s.accountId).sort();

describe('planCampaign: hand-computed plans', () => {
  it('finds the optimum greedy misses, with its totals', () => {
    const plan = planCampaign(classic, { budgetMinor: 100_000, goal: 'ENGAGEMENT' }, config);
    expect(ids(plan)).toEqual(['B', 'C']);
    expect(plan.selection).toEqual([
      { accountId: 'B', tier: 'MICRO', costMinor: 50_000, value: 800 },
      { accountId: 'C', tier: 'MICRO', costMinor: 50_000, value: 800 },
    ]);
    expect(plan.totals).toEqual({
      creators: 2,
      deliverables: 2,
      spendMinor: 100_000,
      costMinor: 100_000,
      expectedValue: 1_600,
      projectedCpe: 62.5, // 100,000 / 1,600
      projectedCpm: null,
      overheadHours: 8, // 3 × 2 + 1 × 2
      coordinationRisk: expect.closeTo(0.0975, 12), // 1 − 0.95²
    });
    expect(plan.optimal).toBe(true);
    expect(plan.algorithm).toBe(EXACT_ALGORITHM);
    expect(plan.candidateCount).toBe(4);
  });

  it('respects maxCreators', () => {
    const plan = planCampaign(classic, { budgetMinor: 100_000, goal: 'ENGAGEMENT', maxCreators: 1 }, config);
    expect(ids(plan)).toEqual(['A']); // the best single creator: 1,000
  });

  it('adds overhead hours × hourly cost to each creator', () => {
    // 4 h per creator (3 + 1 × 1 post) × 1,000 = 4,000 each: B + C would cost 108,000 > 100,000.
    // A + D: 60,000 + 30,000 + 8,000 = 98,000 for 1,000 + 200 = 1,200 (beats A alone, B + D = 1,000).
    const plan = planCampaign(
      classic,
      { budgetMinor: 100_000, goal: 'ENGAGEMENT', hourlyOverheadMinor: 1_000 },
      config,
    );
    expect(ids(plan)).toEqual(['A', 'D']);
    expect(plan.totals.spendMinor).toBe(90_000);
    expect(plan.totals.costMinor).toBe(98_000);
    expect(plan.totals.expectedValue).toBe(1_200);
    expect(plan.totals.projectedCpe).toBe(75); // 90,000 / 1,200
    expect(plan.selection.find((s) => s.accountId === 'A')?.costMinor).toBe(64_000); // 60,000 + 4 × 1,000
  });

  it('scales fee, value and hours by posts per creator', () => {
    // 2 posts: A 120,000 → 2,000; B, C 100,000 → 1,600; D 60,000 → 400. Budget 200,000: B + C = 3,200.
    const plan = planCampaign(classic, { budgetMinor: 200_000, goal: 'ENGAGEMENT', postsPerCreator: 2 }, config);
    expect(ids(plan)).toEqual(['B', 'C']);
    expect(plan.totals.spendMinor).toBe(200_000);
    expect(plan.totals.expectedValue).toBe(3_200);
    expect(plan.totals.deliverables).toBe(4);
    expect(plan.totals.overheadHours).toBe(10); // 3 × 2 creators + 1 × 4 posts
  });

  it('breaks value ties toward the cheaper plan', () => {
    // X + Y and Z both give 1,000; Z costs 70,000 against 80,000.
    const plan = planCampaign(
      [
        candidate({ accountId: 'X', feeMinor: 40_000, reliableRate: 0.025, followers: 20_000 }), // 500
        candidate({ accountId: 'Y', feeMinor: 40_000, reliableRate: 0.025, followers: 20_000 }), // 500
        candidate({ accountId: 'Z', feeMinor: 70_000, reliableRate: 0.05, followers: 20_000 }), // 1,000
      ],
      { budgetMinor: 100_000, goal: 'ENGAGEMENT' },
      config,
    );
    expect(ids(plan)).toEqual(['Z']);
  });

  it('AWARENESS values authentic followers × the reach factor and projects CPM from those impressions', () => {
    const plan = planCampaign(
      [
        candidate({ accountId: 'big', feeMinor: 90_000, authenticFollowers: 100_000, reliableRate: null }),
        candidate({ accountId: 'small1', feeMinor: 40_000, authenticFollowers: 60_000 }),
        candidate({ accountId: 'small2', feeMinor: 50_000, authenticFollowers: 50_000 }),
      ],
      { budgetMinor: 100_000, goal: 'AWARENESS' },
      config,
    );
    // small1 + small2: (60,000 + 50,000) × 0.25 = 27,500 impressions for 90,000 > big alone (25,000)
    expect(ids(plan)).toEqual(['small1', 'small2']);
    expect(plan.selection.map((s) => s.value)).toEqual([15_000, 12_500]); // 60,000 × 0.25, 50,000 × 0.25
    expect(plan.totals.expectedValue).toBe(27_500);
    expect(plan.totals.projectedCpm).toBeCloseTo(3_272.727273, 5); // 90,000 / 27,500 × 1000
    expect(plan.totals.projectedCpe).toBeNull();
    expect(plan.candidateCount).toBe(3); // a null reliable rate does not matter for AWARENESS
  });

  it("uses each candidate's platform reach factor", () => {
    const custom = { ...config, costs: { ...config.costs, reachFactor: { ...config.costs.reachFactor, TIKTOK: 0.4 } } };
    const plan = planCampaign(
      [
        candidate({ accountId: 'ig', authenticFollowers: 100_000, platform: 'INSTAGRAM' }), // × 0.25 = 25,000
        candidate({ accountId: 'tt', authenticFollowers: 100_000, platform: 'TIKTOK' }), // × 0.4 = 40,000
      ],
      { budgetMinor: 1_000_000, goal: 'AWARENESS', postsPerCreator: 2 },
      custom,
    );
    // × 2 posts each: 80,000 and 50,000
    expect(plan.selection.map((s) => [s.accountId, s.value])).toEqual([
      ['tt', 80_000],
      ['ig', 50_000],
    ]);
  });

  it('needs minPosts posts in the window and counts the accounts left out for too few', () => {
    const pool = [
      candidate({ accountId: 'none', posts: 0, authenticFollowers: 1_000_000, feeMinor: 1 }),
      candidate({ accountId: 'two', posts: 2, authenticFollowers: 500_000, feeMinor: 1 }),
      candidate({ accountId: 'three', posts: 3 }),
      candidate({ accountId: 'tt-none', posts: 0, platform: 'TIKTOK' }),
    ];
    const plan = planCampaign(pool, { budgetMinor: 1_000_000, goal: 'AWARENESS', platform: 'INSTAGRAM' }, config);
    expect(ids(plan)).toEqual(['three']); // default minPosts 3
    expect(plan.tooFewPosts).toBe(2); // none and two (tt-none is on another platform)
    expect(plan.candidateCount).toBe(1);
    const loose = planCampaign(pool, { budgetMinor: 1_000_000, goal: 'AWARENESS', minPosts: 2 }, config);
    expect(ids(loose)).toEqual(['three', 'two']);
    expect(loose.tooFewPosts).toBe(2); // none and tt-none
  });

  it('returns an empty plan when nothing qualifies or fits', () => {
    const plan = planCampaign(classic, { budgetMinor: 10_000, goal: 'ENGAGEMENT' }, config);
    expect(plan.selection).toEqual([]);
    expect(plan.totals).toMatchObject({
      creators: 0,
      spendMinor: 0,
      expectedValue: 0,
      projectedCpe: null,
      overheadHours: 0,
      coordinationRisk: 0,
    });
    expect(plan.optimal).toBe(true);
    expect(planCampaign([], { budgetMinor: 10_000, goal: 'AWARENESS' }, config).candidateCount).toBe(0);
  });

  it('does not depend on the order of the candidates', () => {
    const input: PlanInput = { budgetMinor: 100_000, goal: 'ENGAGEMENT', hourlyOverheadMinor: 1_000 };
    const forward = planCampaign(classic, input, config);
    const backward = planCampaign([...classic].reverse(), input, config);
    expect(backward).toEqual(forward);
  });
});

describe('planCampaign: filters', () => {
  const pool: PlannerCandidate[] = [
    candidate({ accountId: 'ig-beauty', niches: ['Beauty'], platform: 'INSTAGRAM' }),
    candidate({ accountId: 'ig-food', niches: ['food'], platform: 'INSTAGRAM' }),
    candidate({ accountId: 'tt-beauty', niches: ['beauty'], platform: 'TIKTOK' }),
    candidate({ accountId: 'ig-fake', niches: ['beauty'], authenticityScore: 69.9 }),
    candidate({ accountId: 'ig-edge', niches: ['travel', 'beauty'], authenticityScore: 70 }),
    candidate({ accountId: 'ig-macro', tier: 'MACRO', niches: ['beauty'] }),
    candidate({ accountId: 'ig-norate', niches: ['beauty'], reliableRate: null }),
  ];
  const roomy = { budgetMinor: 10_000_000, goal: 'ENGAGEMENT' as const };

  it('keeps platform, niche (any of, case-insensitive), tier and authenticity ≥ 70 (inclusive)', () => {
    const plan = planCampaign(pool, { ...roomy, platform: 'INSTAGRAM', niches: ['beauty'], tiers: ['MICRO'] }, config);
    expect(ids(plan)).toEqual(['ig-beauty', 'ig-edge']);
    expect(plan.candidateCount).toBe(2);
  });

  it('drops accounts without a reliable rate from ENGAGEMENT plans only', () => {
    expect(ids(planCampaign(pool, roomy, config))).not.toContain('ig-norate');
    expect(ids(planCampaign(pool, { ...roomy, goal: 'AWARENESS' }, config))).toContain('ig-norate');
  });

  it('takes minAuthenticity from the input, else from the configuration', () => {
    expect(ids(planCampaign(pool, { ...roomy, minAuthenticity: 60 }, config))).toContain('ig-fake');
    const strict = { ...config, planner: { ...config.planner, minAuthenticity: 80 } };
    const plan = planCampaign([candidate({ accountId: 'a', authenticityScore: 75 })], roomy, strict);
    expect(plan.candidateCount).toBe(0);
  });

  it('treats empty niche and tier lists as no filter', () => {
    const plan = planCampaign(pool, { ...roomy, niches: [], tiers: [] }, config);
    expect(plan.candidateCount).toBe(5); // all but ig-fake (< 70) and ig-norate (no rate)
  });

  it('builds the all-MICRO and all-MACRO alternatives under the same rules, whatever the tier filter', () => {
    const plan = planCampaign(pool, { ...roomy, platform: 'INSTAGRAM', tiers: ['MACRO'] }, config);
    expect(ids(plan)).toEqual(['ig-macro']);
    expect(ids(plan.alternatives.allMicro)).toEqual(['ig-beauty', 'ig-edge', 'ig-food']);
    expect(ids(plan.alternatives.allMacro)).toEqual(['ig-macro']);
    expect(plan.alternatives.allMicro.optimal).toBe(true);
  });
});

describe('planCampaign: validation', () => {
  it.each<[string, Partial<PlanInput>]>([
    ['budgetMinor', { budgetMinor: -1 }],
    ['budgetMinor', { budgetMinor: Number.NaN }],
    ['goal', { goal: 'CONVERSION' as never }],
    ['minAuthenticity', { minAuthenticity: 101 }],
    ['maxCreators', { maxCreators: 1.5 }],
    ['maxCreators', { maxCreators: 0 }],
    ['postsPerCreator', { postsPerCreator: 0 }],
    ['minPosts', { minPosts: 0 }],
    ['minPosts', { minPosts: 2.5 }],
    ['hourlyOverheadMinor', { hourlyOverheadMinor: -5 }],
  ])('rejects a bad %s', (field, patch) => {
    const run = () => planCampaign(classic, { budgetMinor: 1_000, goal: 'ENGAGEMENT', ...patch }, config);
    expect(run).toThrow(PlannerInputError);
    try {
      run();
    } catch (error) {
      expect((error as PlannerInputError).code).toBe('VALIDATION');
      expect((error as PlannerInputError).field).toBe(field);
    }
  });

  it('rejects duplicate accounts and negative fees', () => {
    const dup = [candidate({ accountId: 'a' }), candidate({ accountId: 'a' })];
    expect(() => planCampaign(dup, { budgetMinor: 1, goal: 'AWARENESS' }, config)).toThrow(PlannerInputError);
    const negative = [candidate({ accountId: 'a', feeMinor: -1 })];
    expect(() => planCampaign(negative, { budgetMinor: 1, goal: 'AWARENESS' }, config)).toThrow(PlannerInputError);
  });
});

/* ------------------------------------------------------------------------------------------------ */
/* Randomized checks against independent references                                                 */
/* ------------------------------------------------------------------------------------------------ */

type Rng = ReturnType<typeof xoroshiro128plus>;
const NICHES = ['beauty', 'fitness', 'food', 'travel'];
const PLATFORMS = ['INSTAGRAM', 'TIKTOK'] as const;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)] as T;
}

/** Fees come from a short list now and then so equal costs (and equal densities) occur. */
function randomCandidate(rng: Rng, index: number): PlannerCandidate {
  const followers = uniformInt(rng, 1_000, 2_000_000);
  return {
    accountId: `acc-${String(index).padStart(4, '0')}`,
    tier: pick(rng, TIERS),
    followers,
    authenticFollowers: uniformInt(rng, 0, followers),
    authenticityScore: uniformInt(rng, 40, 100),
    reliableRate: uniformInt(rng, 0, 9) === 0 ? null : uniformInt(rng, 1, 1_000) / 10_000,
    feeMinor: uniformInt(rng, 0, 2) === 0 ? pick(rng, [5_500, 30_000, 275_000]) : uniformInt(rng, 1_000, 800_000),
    niches: NICHES.filter(() => uniformInt(rng, 0, 1) === 1),
    platform: pick(rng, PLATFORMS),
    posts: uniformInt(rng, 0, 6),
  };
}

function randomInput(rng: Rng): PlanInput {
  const input: PlanInput = {
    budgetMinor: uniformInt(rng, 0, 3_000_000),
    goal: uniformInt(rng, 0, 1) === 0 ? 'ENGAGEMENT' : 'AWARENESS',
    maxCreators: uniformInt(rng, 1, 8),
    postsPerCreator: uniformInt(rng, 1, 3),
    minAuthenticity: uniformInt(rng, 40, 80),
  };
  if (uniformInt(rng, 0, 1) === 1) input.hourlyOverheadMinor = uniformInt(rng, 0, 20_000);
  if (uniformInt(rng, 0, 3) === 0) input.platform = pick(rng, PLATFORMS);
  if (uniformInt(rng, 0, 3) === 0) input.minPosts = uniformInt(rng, 1, 5);
  if (uniformInt(rng, 0, 3) === 0) input.niches = NICHES.filter(() => uniformInt(rng, 0, 1) === 1);
  if (uniformInt(rng, 0, 3) === 0) input.tiers = TIERS.filter(() => uniformInt(rng, 0, 1) === 1);
  return input;
}

/** The spec's filters and value/cost formulas, restated independently of planner.ts. */
function reference(candidates: readonly PlannerCandidate[], input: PlanInput, tiersOverride?: Tier[]) {
  const posts = input.postsPerCreator ?? config.planner.postsPerCreator;
  const minAuth = input.minAuthenticity ?? config.planner.minAuthenticity;
  const minPosts = input.minPosts ?? config.planner.minPosts;
  const tiers = tiersOverride ?? (input.tiers?.length ? input.tiers : null);
  const niches = input.niches?.length ? input.niches : null;
  const pool = candidates.filter(
    (c) =>
      (input.platform === undefined || c.platform === input.platform) &&
      (tiers === null || tiers.includes(c.tier)) &&
      c.posts >= minPosts &&
      c.authenticityScore >= minAuth &&
      (input.goal === 'AWARENESS' || c.reliableRate !== null) &&
      (niches === null || c.niches.some((n) => niches.includes(n))),
  );
  const hours = 3 + 1 * posts;
  return pool.map((c) => ({
    accountId: c.accountId,
    tier: c.tier,
    value:
      input.goal === 'ENGAGEMENT'
        ? (c.reliableRate ?? 0) * c.followers * posts
        : c.authenticFollowers * config.costs.reachFactor[c.platform] * posts,
    cost: c.feeMinor * posts + hours * (input.hourlyOverheadMinor ?? 0),
  }));
}

/** Every subset, walked in Gray-code order so each step adds or removes one item. */
function bruteForce(value: readonly number[], cost: readonly number[], budget: number, maxCount: number): number {
  const n = value.length;
  let best = 0;
  let v = 0;
  let c = 0;
  let count = 0;
  const inSet = new Array<boolean>(n).fill(false);
  for (let step = 1; step < 2 ** n; step++) {
    const bit = Math.log2(step & -step);
    if (inSet[bit]) {
      inSet[bit] = false;
      v -= value[bit] as number;
      c -= cost[bit] as number;
      count--;
    } else {
      inSet[bit] = true;
      v += value[bit] as number;
      c += cost[bit] as number;
      count++;
    }
    if (c <= budget && count <= maxCount && v > best) best = v;
  }
  return best;
}

/** Independent exact check for integer costs: DP over (count, budget), only for small budgets. */
function dpOptimum(value: readonly number[], cost: readonly number[], budget: number, maxCount: number): number {
  // best[k][b] = max value using ≤ k items and cost ≤ b
  const best = Array.from({ length: maxCount + 1 }, () => new Float64Array(budget + 1));
  value.forEach((v, i) => {
    const c = cost[i] as number;
    for (let k = maxCount; k >= 1; k--) {
      const row = best[k] as Float64Array;
      const prev = best[k - 1] as Float64Array;
      for (let b = budget; b >= c; b--) {
        const candidateValue = (prev[b - c] as number) + v;
        if (candidateValue > (row[b] as number)) row[b] = candidateValue;
      }
    }
  });
  return (best[maxCount] as Float64Array)[budget] as number;
}

const closeTo = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

function assertPlanRespectsRules(
  candidates: readonly PlannerCandidate[],
  input: PlanInput,
  plan: { selection: { accountId: string; costMinor: number; value: number }[]; totals: { costMinor: number } },
  tiersOverride?: Tier[],
) {
  const allowed = new Map(reference(candidates, input, tiersOverride).map((r) => [r.accountId, r]));
  expect(plan.selection.length).toBeLessThanOrEqual(input.maxCreators ?? config.planner.maxCreators);
  expect(plan.totals.costMinor).toBeLessThanOrEqual(input.budgetMinor);
  expect(new Set(plan.selection.map((s) => s.accountId)).size).toBe(plan.selection.length);
  let cost = 0;
  for (const s of plan.selection) {
    const ref = allowed.get(s.accountId);
    expect(ref, `${s.accountId} breaks a filter`).toBeDefined();
    expect(s.costMinor).toBe(ref?.cost);
    closeTo(s.value, ref?.value ?? Number.NaN);
    cost += s.costMinor;
  }
  expect(cost).toBeLessThanOrEqual(input.budgetMinor);
}

describe('planCampaign: exact mode equals brute force', () => {
  it('on 300 seeded random instances of up to 15 candidates (plan and both alternatives)', () => {
    const rng = xoroshiro128plus(20_240_601);
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const n = uniformInt(rng, 0, 15);
      const candidates = Array.from({ length: n }, (_, i) => randomCandidate(rng, i));
      const input = randomInput(rng);
      const plan = planCampaign(candidates, input, config);
      const maxCount = input.maxCreators ?? 20;
      const checks: [typeof plan | typeof plan.alternatives.allMicro, Tier[] | undefined][] = [
        [plan, undefined],
        [plan.alternatives.allMicro, ['MICRO']],
        [plan.alternatives.allMacro, ['MACRO']],
      ];
      for (const [p, tiers] of checks) {
        const ref = reference(candidates, input, tiers);
        const optimum = bruteForce(
          ref.map((r) => r.value),
          ref.map((r) => r.cost),
          input.budgetMinor,
          maxCount,
        );
        expect(p.optimal).toBe(true);
        expect(p.candidateCount).toBe(ref.length);
        closeTo(p.totals.expectedValue, optimum);
        assertPlanRespectsRules(candidates, input, p, tiers);
      }
      if (plan.selection.length > 0) nonEmpty++;
    }
    // The generator must exercise real selections, not only empty plans.
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it('solveKnapsackExact matches brute force on 500 instances with ties, zero costs and zero values', () => {
    const rng = xoroshiro128plus(7);
    for (let round = 0; round < 500; round++) {
      const n = uniformInt(rng, 0, 14);
      const value = Array.from({ length: n }, () => uniformInt(rng, 0, 12));
      const cost = Array.from({ length: n }, () => uniformInt(rng, 0, 12));
      const budget = uniformInt(rng, 0, 40);
      const maxCount = uniformInt(rng, 0, 6);
      const solution = solveKnapsackExact(value, cost, budget, maxCount);
      expect(solution.value).toBe(bruteForce(value, cost, budget, maxCount));
      expect(solution.cost).toBeLessThanOrEqual(budget);
      expect(solution.indices.length).toBeLessThanOrEqual(maxCount);
      expect(solution.value).toBe(solution.indices.reduce((s, i) => s + (value[i] as number), 0));
    }
  });

  it('40 candidates are solved exactly (checked against a DP over the budget)', () => {
    const rng = xoroshiro128plus(40);
    for (let round = 0; round < 8; round++) {
      // Rounds 0–3 random; 4–7 value ∝ cost (every subset on the Pareto frontier: the hard case).
      const cost = Array.from({ length: 40 }, () => uniformInt(rng, 1, 500));
      const value = round < 4 ? cost.map(() => uniformInt(rng, 1, 1_000)) : cost.map((c) => 3 * c);
      const budget = uniformInt(rng, 1_000, 6_000);
      const maxCount = round % 2 === 0 ? 20 : 8;
      const solution = solveKnapsackExact(value, cost, budget, maxCount);
      expect(solution.value).toBe(dpOptimum(value, cost, budget, maxCount));
      expect(solution.cost).toBeLessThanOrEqual(budget);
      expect(solution.indices.length).toBeLessThanOrEqual(maxCount);
    }
  });

  it('switches to the heuristic above 40 candidates after the filters', () => {
    const rng = xoroshiro128plus(41);
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...randomCandidate(rng, i), authenticityScore: 90, posts: 5 }));
    const input: PlanInput = { budgetMinor: 2_000_000, goal: 'AWARENESS' };
    const at40 = planCampaign(make(40), input, config);
    expect([at40.optimal, at40.algorithm, at40.candidateCount]).toEqual([true, EXACT_ALGORITHM, 40]);
    const at41 = planCampaign(make(41), input, config);
    expect([at41.optimal, at41.algorithm, at41.candidateCount]).toEqual([false, HEURISTIC_ALGORITHM, 41]);
    // 41 filtered down to 40 is exact again.
    const filtered = make(41).map((c, i) => (i === 0 ? { ...c, authenticityScore: 10 } : c));
    expect(planCampaign(filtered, input, config).optimal).toBe(true);
  });
});

describe('planCampaign: heuristic mode', () => {
  it('on 2,000 candidates stays within budget and maxCreators and says optimal: false', () => {
    const rng = xoroshiro128plus(2_000);
    const candidates = Array.from({ length: 2_000 }, (_, i) => randomCandidate(rng, i));
    for (const input of [
      { budgetMinor: 5_000_000, goal: 'ENGAGEMENT', hourlyOverheadMinor: 5_000 },
      { budgetMinor: 50_000_000, goal: 'AWARENESS', maxCreators: 12, postsPerCreator: 2 },
      { budgetMinor: 300_000, goal: 'AWARENESS', minAuthenticity: 50 },
    ] satisfies PlanInput[]) {
      const plan = planCampaign(candidates, input, config);
      expect(plan.optimal).toBe(false);
      expect(plan.algorithm).toBe(HEURISTIC_ALGORITHM);
      expect(plan.candidateCount).toBeGreaterThan(40);
      expect(plan.selection.length).toBeGreaterThan(0);
      assertPlanRespectsRules(candidates, input, plan);
      // At least as good as filling by value density (the heuristic's first incumbent).
      const ref = reference(candidates, input);
      const byDensity = [...ref].sort((a, b) => b.value / b.cost - a.value / a.cost);
      let spent = 0;
      let greedy = 0;
      let count = 0;
      for (const r of byDensity) {
        if (count < (input.maxCreators ?? 20) && r.value > 0 && spent + r.cost <= input.budgetMinor) {
          spent += r.cost;
          greedy += r.value;
          count++;
        }
      }
      expect(plan.totals.expectedValue).toBeGreaterThanOrEqual(greedy * (1 - 1e-12));
    }
  });

  it('never beats the exact optimum and stays close to it on 100 instances of 40 items', () => {
    const rng = xoroshiro128plus(99);
    let ratioSum = 0;
    for (let round = 0; round < 100; round++) {
      const cost = Array.from({ length: 40 }, () => uniformInt(rng, 1_000, 100_000));
      const value = cost.map((c) => c * (uniformInt(rng, 50, 150) / 100));
      const budget = uniformInt(rng, 50_000, 1_000_000);
      const maxCount = uniformInt(rng, 1, 15);
      const exact = solveKnapsackExact(value, cost, budget, maxCount);
      const heuristic = solveKnapsackHeuristic(value, cost, budget, maxCount);
      expect(heuristic.value).toBeLessThanOrEqual(exact.value * (1 + 1e-12));
      expect(heuristic.cost).toBeLessThanOrEqual(budget);
      expect(heuristic.indices.length).toBeLessThanOrEqual(maxCount);
      ratioSum += exact.value === 0 ? 1 : heuristic.value / exact.value;
    }
    expect(ratioSum / 100).toBeGreaterThan(0.99);
  });

  it('is deterministic and independent of candidate order', () => {
    const rng = xoroshiro128plus(3);
    const candidates = Array.from({ length: 300 }, (_, i) => randomCandidate(rng, i));
    const input: PlanInput = { budgetMinor: 4_000_000, goal: 'ENGAGEMENT', minAuthenticity: 40 };
    const plan = planCampaign(candidates, input, config);
    expect(planCampaign([...candidates].reverse(), input, config)).toEqual(plan);
  });
});

type RawCandidate = Omit<PlannerCandidate, 'accountId' | 'authenticFollowers'> & { authenticShare: number };

describe('planCampaign: properties (fast-check)', () => {
  const candidateArb: fc.Arbitrary<RawCandidate> = fc.record({
    tier: fc.constantFrom(...TIERS),
    followers: fc.integer({ min: 0, max: 3_000_000 }),
    authenticShare: fc.double({ min: 0, max: 1, noNaN: true }),
    authenticityScore: fc.double({ min: 0, max: 100, noNaN: true }),
    reliableRate: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
    feeMinor: fc.integer({ min: 0, max: 2_000_000 }),
    niches: fc.subarray(NICHES),
    platform: fc.constantFrom(...PLATFORMS),
    posts: fc.integer({ min: 0, max: 6 }),
  });
  const inputArb = fc.record(
    {
      budgetMinor: fc.integer({ min: 0, max: 10_000_000 }),
      goal: fc.constantFrom<'ENGAGEMENT' | 'AWARENESS'>('ENGAGEMENT', 'AWARENESS'),
      platform: fc.constantFrom(...PLATFORMS),
      niches: fc.subarray(NICHES),
      tiers: fc.subarray([...TIERS]),
      minAuthenticity: fc.integer({ min: 0, max: 100 }),
      maxCreators: fc.integer({ min: 1, max: 25 }),
      minPosts: fc.integer({ min: 1, max: 5 }),
      postsPerCreator: fc.integer({ min: 1, max: 4 }),
      hourlyOverheadMinor: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
    },
    { requiredKeys: ['budgetMinor', 'goal'] },
  );
  const toCandidates = (raw: RawCandidate[]): PlannerCandidate[] =>
    raw.map((r, i) => ({
      accountId: `p${i}`,
      tier: r.tier,
      followers: r.followers,
      authenticFollowers: Math.round(r.followers * r.authenticShare),
      authenticityScore: r.authenticityScore,
      reliableRate: r.reliableRate,
      feeMinor: r.feeMinor,
      niches: r.niches,
      platform: r.platform,
      posts: r.posts,
    }));

  it('every plan (exact or heuristic) and both alternatives respect budget, count and filters', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 70 }), inputArb, (raw, input) => {
        const candidates = toCandidates(raw);
        const plan = planCampaign(candidates, input, config);
        assertPlanRespectsRules(candidates, input, plan);
        assertPlanRespectsRules(candidates, input, plan.alternatives.allMicro, ['MICRO']);
        assertPlanRespectsRules(candidates, input, plan.alternatives.allMacro, ['MACRO']);
        expect(plan.optimal).toBe(plan.candidateCount <= 40);
        expect(plan.alternatives.allMicro.selection.every((s) => s.tier === 'MICRO')).toBe(true);
        expect(plan.alternatives.allMacro.selection.every((s) => s.tier === 'MACRO')).toBe(true);
      }),
      { seed: 424_242, numRuns: 200 },
    );
  });

  it('the exact plan is never worse than any feasible subset (brute force, ≤ 10 candidates)', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 10 }), inputArb, (raw, input) => {
        const candidates = toCandidates(raw);
        const plan = planCampaign(candidates, input, config);
        const ref = reference(candidates, input);
        const optimum = bruteForce(
          ref.map((r) => r.value),
          ref.map((r) => r.cost),
          input.budgetMinor,
          input.maxCreators ?? 20,
        );
        closeTo(plan.totals.expectedValue, optimum);
      }),
      { seed: 1_337, numRuns: 300 },
    );
  });
});
