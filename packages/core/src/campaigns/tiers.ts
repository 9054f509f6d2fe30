import type { MetricsConfig } from '../metrics/config.js';
import { TIERS, type Tier } from '../metrics/tiers.js';

/**
 * compareTiers (docs/metrics.md#comparing-campaigns): per-tier statistics over accounts whose rate,
 * interactions, fee and authenticity the caller has already computed. Every statistic skips the
 * accounts where its input is null, so one missing fee does not hide a tier's rates.
 */

export interface TierStatsAccount {
  tier: Tier;
  rate: number | null;
  avgInteractionsPerPost: number | null;
  /** Fee per post in minor units (agreed, quoted or estimated). */
  feeMinor: number | null;
  authenticityScore: number | null;
}

export interface TierStats {
  tier: Tier;
  accountCount: number;
  medianRate: number | null;
  p25Rate: number | null;
  p75Rate: number | null;
  medianAvgInteractions: number | null;
  medianFeeMinor: number | null;
  /** Median over accounts of fee / avgInteractionsPerPost (accounts with 0 interactions are left out). */
  medianCpe: number | null;
  medianAuthenticity: number | null;
  /** Share (0–1) of scored accounts below `config.campaigns.lowAuthenticityScore`; null when none scored. */
  lowAuthenticityShare: number | null;
}

/**
 * Percentile by linear interpolation between closest ranks (Hyndman–Fan type 7, the numpy and R
 * default): h = (n − 1) · p, x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]). `p` in [0, 1].
 */
function percentileType7(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return low + (h - lo) * (high - low);
}

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

export function compareTiersStats(accounts: readonly TierStatsAccount[], config: MetricsConfig): TierStats[] {
  return TIERS.map((tier) => {
    const group = accounts.filter((a) => a.tier === tier);
    const rates = present(group.map((a) => a.rate));
    const scores = present(group.map((a) => a.authenticityScore));
    const cpes = present(
      group.map((a) =>
        a.feeMinor === null || a.avgInteractionsPerPost === null || a.avgInteractionsPerPost === 0
          ? null
          : a.feeMinor / a.avgInteractionsPerPost,
      ),
    );
    const low = scores.filter((s) => s < config.campaigns.lowAuthenticityScore).length;
    return {
      tier,
      accountCount: group.length,
      medianRate: percentileType7(rates, 0.5),
      p25Rate: percentileType7(rates, 0.25),
      p75Rate: percentileType7(rates, 0.75),
      medianAvgInteractions: percentileType7(present(group.map((a) => a.avgInteractionsPerPost)), 0.5),
      medianFeeMinor: percentileType7(present(group.map((a) => a.feeMinor)), 0.5),
      medianCpe: percentileType7(cpes, 0.5),
      medianAuthenticity: percentileType7(scores, 0.5),
      lowAuthenticityShare: scores.length === 0 ? null : low / scores.length,
    };
  });
}
