/**
 * Planner timings: node --import tsx packages/core/bench/planner.bench.ts
 * Prints the median and worst of several runs, in ms, for 40 candidates (exact) and 2,000 (heuristic),
 * plus the exact solver's hard case (value ∝ cost, so every subset is on the Pareto frontier).
 */
import { performance } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { solveKnapsackExact } from '../src/campaigns/knapsack.js';
import { type PlanInput, type PlannerCandidate, planCampaign } from '../src/campaigns/planner.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { TIERS } from '../src/metrics/tiers.js';

type Rng = ReturnType<typeof xoroshiro128plus>;

function candidates(rng: Rng, n: number): PlannerCandidate[] {
  return Array.from({ length: n }, (_, i) => {
    const followers = uniformInt(rng, 1_000, 2_000_000);
    return {
      accountId: `acc-${i}`,
      tier: TIERS[uniformInt(rng, 0, TIERS.length - 1)] ?? 'MICRO',
      followers,
      authenticFollowers: uniformInt(rng, Math.floor(followers / 2), followers),
      authenticityScore: uniformInt(rng, 70, 100),
      reliableRate: uniformInt(rng, 1, 1_000) / 10_000,
      feeMinor: uniformInt(rng, 1_000, 800_000),
      niches: ['beauty'],
      platform: 'INSTAGRAM',
      posts: 10,
    };
  });
}

function time(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  const worst = samples[samples.length - 1] ?? Number.NaN;
  console.log(`${label.padEnd(64)} median ${median.toFixed(2)} ms   max ${worst.toFixed(2)} ms`);
}

const rng = xoroshiro128plus(2024);
const config = DEFAULT_METRICS_CONFIG;
const inputs: PlanInput[] = [
  { budgetMinor: 3_000_000, goal: 'ENGAGEMENT', hourlyOverheadMinor: 5_000 },
  { budgetMinor: 3_000_000, goal: 'AWARENESS', maxCreators: 8 },
];

const forty = candidates(rng, 40);
const twoThousand = candidates(rng, 2_000);
for (const input of inputs) {
  const tag = `${input.goal}, max ${input.maxCreators ?? 20}`;
  const exact = planCampaign(forty, input, config);
  time(`planCampaign 40 candidates (optimal: ${exact.optimal}) ${tag}`, 20, () => planCampaign(forty, input, config));
  const heuristic = planCampaign(twoThousand, input, config);
  time(`planCampaign 2,000 candidates (optimal: ${heuristic.optimal}) ${tag}`, 20, () =>
    planCampaign(twoThousand, input, config),
  );
}
// planCampaign also builds the all-MICRO and all-MACRO alternatives; this times the exact core alone.
const hardCost = Array.from({ length: 40 }, () => uniformInt(rng, 1_000_000, 9_000_000));
const hardValue = hardCost.map((c) => c * 3);
const hardBudget = Math.floor(hardCost.reduce((s, c) => s + c, 0) / 2);
time('solveKnapsackExact 40 items, value ∝ cost (worst case)', 5, () =>
  solveKnapsackExact(hardValue, hardCost, hardBudget, 20),
);
