import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mad,
  mean,
  median,
  percentileRank,
  percentileType7,
  robustCenterScale,
  sampleStdDev,
  sampleVariance,
  studentT975,
  studentTQuantile,
  sum,
} from './stats.js';

describe('mean and sum', () => {
  it('computes the arithmetic mean', () => {
    // (1 + 2 + 3 + 4) / 4 = 10 / 4 = 2.5
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sum([1, 2, 3, 4])).toBe(10);
  });

  it('is null for no values', () => {
    expect(mean([])).toBeNull();
    expect(sum([])).toBe(0);
  });
});

describe('sampleVariance / sampleStdDev (n − 1)', () => {
  it('uses the n − 1 denominator', () => {
    // mean 5; squared deviations 9,1,1,1,0,0,4,16 → 32; 32 / (8 − 1) = 4.571428…
    expect(sampleVariance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 12);
    expect(sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('two values: (a − b)² / 2', () => {
    // 0.1 and 0.2: mean 0.15, deviations ±0.05 → 2 · 0.0025 / 1 = 0.005
    expect(sampleVariance([0.1, 0.2])).toBeCloseTo(0.005, 15);
  });

  it('is null for fewer than two values, 0 for equal values', () => {
    expect(sampleVariance([])).toBeNull();
    expect(sampleVariance([5])).toBeNull();
    expect(sampleStdDev([5])).toBeNull();
    expect(sampleVariance([3, 3, 3])).toBe(0);
  });
});

describe('median', () => {
  it('odd count: the middle value', () => {
    // sorted 1,2,3 → 2
    expect(median([3, 1, 2])).toBe(2);
  });

  it('even count: mean of the two middle values', () => {
    // sorted 1,2,3,4 → (2 + 3) / 2 = 2.5
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('one value and none', () => {
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('does not mutate its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('mad', () => {
  it('is the median of absolute deviations from the median (unscaled)', () => {
    // median 2; |x − 2| = 1,1,0,0,2,4,7 → sorted 0,0,1,1,2,4,7 → 1
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    expect(mad([])).toBeNull();
    expect(mad([5, 5, 5])).toBe(0);
  });

  it('robustCenterScale scales MAD by 1.4826 by default', () => {
    // median 2, MAD 1 → σ = 1.4826
    expect(robustCenterScale([1, 1, 2, 2, 4, 6, 9])).toEqual({ median: 2, mad: 1, sigma: 1.4826 });
    expect(robustCenterScale([1, 3], 2)).toEqual({ median: 2, mad: 1, sigma: 2 });
    expect(robustCenterScale([])).toBeNull();
  });
});

describe('percentileType7 (numpy / R default)', () => {
  it('interpolates between closest ranks, h = (n − 1) p / 100', () => {
    const xs = [5, 1, 4, 2, 3];
    // n = 5: p10 → h = 0.4 → 1 + 0.4 · (2 − 1) = 1.4
    expect(percentileType7(xs, 10)).toBeCloseTo(1.4, 12);
    // p25 → h = 1 → x[1] = 2
    expect(percentileType7(xs, 25)).toBe(2);
    // p50 → h = 2 → 3
    expect(percentileType7(xs, 50)).toBe(3);
    // p90 → h = 3.6 → 4 + 0.6 · 1 = 4.6
    expect(percentileType7(xs, 90)).toBeCloseTo(4.6, 12);
  });

  it('even count', () => {
    const xs = [10, 20, 30, 40];
    // n = 4: p25 → h = 0.75 → 10 + 0.75 · 10 = 17.5 (numpy.percentile gives 17.5)
    expect(percentileType7(xs, 25)).toBeCloseTo(17.5, 12);
    // p50 → h = 1.5 → 25
    expect(percentileType7(xs, 50)).toBe(25);
    // p90 → h = 2.7 → 30 + 0.7 · 10 = 37
    expect(percentileType7(xs, 90)).toBeCloseTo(37, 12);
  });

  it('ends, one value and none', () => {
    expect(percentileType7([3, 1, 2], 0)).toBe(1);
    expect(percentileType7([3, 1, 2], 100)).toBe(3);
    expect(percentileType7([42], 75)).toBe(42);
    expect(percentileType7([], 50)).toBeNull();
  });

  it('rejects p outside [0, 100]', () => {
    expect(() => percentileType7([1], 101)).toThrow(RangeError);
    expect(() => percentileType7([1], -1)).toThrow(RangeError);
    expect(() => percentileType7([1], Number.NaN)).toThrow(RangeError);
  });

  it('p50 equals the median (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (xs) => {
        expect(percentileType7(xs, 50)).toBeCloseTo(median(xs) as number, 6);
      }),
    );
  });

  it('is monotone in p and within [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const qlo = percentileType7(xs, lo) as number;
          const qhi = percentileType7(xs, hi) as number;
          expect(qlo).toBeLessThanOrEqual(qhi + 1e-9);
          expect(qlo).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
          expect(qhi).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
        },
      ),
    );
  });
});

describe('percentileRank', () => {
  it('is 100 × (#below + 0.5 × #equal) / #peers', () => {
    const peers = [1, 2, 3, 3, 5];
    // 3: below 2, equal 2 → 100 · (2 + 1) / 5 = 60
    expect(percentileRank(3, peers)).toBe(60);
    // 0: nothing below or equal → 0
    expect(percentileRank(0, peers)).toBe(0);
    // 6: all five below → 100
    expect(percentileRank(6, peers)).toBe(100);
    // 4: below 4, equal 0 → 80
    expect(percentileRank(4, peers)).toBe(80);
  });

  it('a lone peer equal to the account is the 50th percentile', () => {
    // 100 · (0 + 0.5) / 1 = 50
    expect(percentileRank(0.03, [0.03])).toBe(50);
  });

  it('is null without peers', () => {
    expect(percentileRank(1, [])).toBeNull();
  });
});

describe('Student t quantile', () => {
  it('matches the tables', () => {
    expect(studentT975(1)).toBeCloseTo(12.7062, 4);
    expect(studentT975(2)).toBeCloseTo(4.3027, 4);
    expect(studentT975(4)).toBeCloseTo(2.7764, 4);
    expect(studentT975(29)).toBeCloseTo(2.0452, 4);
    // approaches the normal 1.95996 as df grows
    expect(studentT975(1e7)).toBeCloseTo(1.96, 3);
    expect(studentTQuantile(0.5, 3)).toBeCloseTo(0, 12);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.7764, 4);
  });

  it('rejects invalid arguments instead of returning NaN', () => {
    expect(() => studentT975(0)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
  });
});
