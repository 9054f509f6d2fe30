import quantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * Small numeric helpers for the metric engine. Every function is pure and returns null (never NaN)
 * when its input is too small to define the statistic, so callers must decide what "undefined" means.
 */

export function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

/** Arithmetic mean; null for no values. */
export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return sum(xs) / xs.length;
}

/** Sample variance with the n − 1 denominator; null for fewer than 2 values. */
export function sampleVariance(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const m = sum(xs) / n;
  let ss = 0;
  for (const x of xs) ss += (x - m) * (x - m);
  return ss / (n - 1);
}

/** Sample standard deviation (n − 1 denominator); null for fewer than 2 values. */
export function sampleStdDev(xs: readonly number[]): number | null {
  const v = sampleVariance(xs);
  return v === null ? null : Math.sqrt(v);
}

function sortedCopy(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Middle value; the mean of the two middle values for an even count; null for no values. */
export function median(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n === 0) return null;
  const s = sortedCopy(xs);
  const mid = Math.floor(n / 2);
  const upper = s[mid] as number;
  return n % 2 === 1 ? upper : ((s[mid - 1] as number) + upper) / 2;
}

/**
 * Median absolute deviation from the median, unscaled (multiply by 1.4826 to estimate σ for normal
 * data; the scale lives in the config). Null for no values.
 */
export function mad(xs: readonly number[]): number | null {
  const center = median(xs);
  if (center === null) return null;
  return median(xs.map((x) => Math.abs(x - center)));
}

/** Median and MAD together, plus the scaled MAD used as a robust σ. */
export function robustCenterScale(
  xs: readonly number[],
  madScale = 1.4826,
): { median: number; mad: number; sigma: number } | null {
  const center = median(xs);
  const spread = mad(xs);
  if (center === null || spread === null) return null;
  return { median: center, mad: spread, sigma: madScale * spread };
}

/**
 * Percentile `p` (0–100) by linear interpolation between closest ranks: R type 7, the default of
 * numpy.percentile and R's quantile(). Null for no values.
 */
export function percentileType7(xs: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within [0, 100], got ${p}`);
  const n = xs.length;
  if (n === 0) return null;
  const s = sortedCopy(xs);
  // Multiply before dividing so whole-number positions (e.g. p25 of 5 values) come out exact.
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const low = s[lo] as number;
  const high = s[Math.min(lo + 1, n - 1)] as number;
  return low + (h - lo) * (high - low);
}

/** Percentile rank of `value` among `peers`: 100 × (#below + 0.5 × #equal) / #peers; null without peers. */
export function percentileRank(value: number, peers: readonly number[]): number | null {
  if (peers.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const x of peers) {
    if (x < value) below += 1;
    else if (x === value) equal += 1;
  }
  return (100 * (below + 0.5 * equal)) / peers.length;
}

/** Quantile p of Student's t distribution with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be within (0, 1), got ${p}`);
  return quantile(p, df);
}

/** t(0.975, df): the two-sided 95% critical value. */
export function studentT975(df: number): number {
  return studentTQuantile(0.975, df);
}
