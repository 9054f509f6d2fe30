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
  /**
   * Percentile rank (0–100) of the account's rate among the peers; null when the account has fewer than
   * minPosts posts in its sample (it is not part of the distribution it would be ranked in).
   */
  percentile: number | null;
  /** Why `percentile` is null, in words; null when it is answered (or no account was asked about). */
  percentileReason: string | null;
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
 * The account's percentile rank among the eligible peers' rates, or null with the reason: an account with
 * fewer than minPosts posts is not in the distribution, and ranking it anyway would put a one-post rate on
 * the same footing as a measured one.
 */
export function accountPercentile(
  account: { rate: number | null; n: number },
  eligibleRates: readonly number[],
  minPosts = 3,
): { percentile: number | null; percentileReason: string | null } {
  if (account.n < minPosts || account.rate === null) {
    const posts = account.n === 1 ? '1 post' : `${account.n} posts`;
    return { percentile: null, percentileReason: `${posts} in the window; a percentile needs at least ${minPosts}` };
  }
  const percentile = percentileRank(account.rate, eligibleRates);
  return { percentile, percentileReason: percentile === null ? 'no peers to compare with' : null };
}

/**
 * Benchmark of an account against `peers` (the account itself included by the caller); `account` null for
 * the group's distribution alone. Only peers with n ≥ minPosts count.
 */
export function benchmarkPeers(
  peers: readonly BenchmarkPeer[],
  account: { rate: number | null; n: number } | null,
  minPosts = 3,
): Benchmark {
  const eligible = peers.filter((p): p is BenchmarkPeer & { rate: number } => p.n >= minPosts && p.rate !== null);
  const rates = eligible.map((p) => p.rate);
  const interactions = eligible.flatMap((p) => (p.avgInteractionsPerPost === null ? [] : [p.avgInteractionsPerPost]));
  return {
    ...(account === null ? { percentile: null, percentileReason: null } : accountPercentile(account, rates, minPosts)),
    peerCount: eligible.length,
    ...percentileSummary(rates),
    interactions: percentileSummary(interactions),
  };
}
