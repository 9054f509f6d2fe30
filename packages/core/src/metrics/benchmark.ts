import { percentileRank, percentileType7 } from './stats.js';

/** Benchmarks and percentiles against a peer group (docs/metrics.md#benchmarks-and-percentiles). */

export interface BenchmarkPeer {
  /** The peer's engagement value under the method; null when it has no sample. */
  rate: number | null;
  avgInteractionsPerPost: number | null;
  /** Sample size behind `rate`. */
  n: number;
}

export interface Percentiles {
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
}

export interface Benchmark extends Percentiles {
  /** Percentile rank (0–100) of the account's rate among the peers; null without a rate or peers. */
  percentile: number | null;
  /** Peers with n ≥ minPosts (and a rate). */
  peerCount: number;
  /** The same percentiles of avgInteractionsPerPost. */
  interactions: Percentiles;
}

/** p10, p25, p50, p75, p90 by type 7 interpolation; all null for no values. */
export function percentileSummary(values: readonly number[]): Percentiles {
  return {
    p10: percentileType7(values, 10),
    p25: percentileType7(values, 25),
    p50: percentileType7(values, 50),
    p75: percentileType7(values, 75),
    p90: percentileType7(values, 90),
  };
}

/**
 * Benchmark of an account against `peers` (the account itself included by the caller). Only peers
 * with n ≥ minPosts count.
 */
export function benchmarkPeers(peers: readonly BenchmarkPeer[], accountRate: number | null, minPosts = 3): Benchmark {
  const eligible = peers.filter((p): p is BenchmarkPeer & { rate: number } => p.n >= minPosts && p.rate !== null);
  const rates = eligible.map((p) => p.rate);
  const interactions = eligible.flatMap((p) => (p.avgInteractionsPerPost === null ? [] : [p.avgInteractionsPerPost]));
  return {
    percentile: accountRate === null ? null : percentileRank(accountRate, rates),
    peerCount: eligible.length,
    ...percentileSummary(rates),
    interactions: percentileSummary(interactions),
  };
}
