/**
 * Small order statistics for the authenticity checks. Kept private to this folder so authenticity.ts
 * does not depend on work in progress elsewhere; every function is pure and returns null where the
 * statistic is undefined instead of NaN.
 */

export function robustMean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let total = 0;
  for (const x of xs) total += x;
  return total / xs.length;
}

function sortedCopy(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/** Middle value; the mean of the two middle values for even n. */
export function robustMedian(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n === 0) return null;
  const s = sortedCopy(xs);
  const mid = Math.floor(n / 2);
  if (n % 2 === 1) return s[mid] as number;
  return ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function robustMad(xs: readonly number[]): number | null {
  const center = robustMedian(xs);
  if (center === null) return null;
  return robustMedian(xs.map((x) => Math.abs(x - center)));
}

/** Sample standard deviation (n − 1 denominator); two passes for numerical stability. */
export function robustSampleSd(xs: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const m = robustMean(xs) as number;
  let squares = 0;
  for (const x of xs) squares += (x - m) ** 2;
  return Math.sqrt(squares / (n - 1));
}

/**
 * Percentile p (0–100) by linear interpolation between closest ranks, Hyndman–Fan type 7 (the
 * default of numpy and R): h = (n − 1) · p / 100, x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
export function robustPercentileType7(xs: readonly number[], p: number): number | null {
  const n = xs.length;
  if (n === 0 || !Number.isFinite(p)) return null;
  const s = sortedCopy(xs);
  const h = ((n - 1) * Math.min(100, Math.max(0, p))) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const low = s[lo] as number;
  const high = s[hi] as number;
  return low + (h - lo) * (high - low);
}
