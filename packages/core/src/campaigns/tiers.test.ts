import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { compareTiersStats, type TierStatsAccount } from './tiers.js';

/** Rates, p25, median and p75 of one MICRO tier holding exactly these rates. */
function rateQuartiles(rates: number[]) {
  const stats = compareTiersStats(
    rates.map((rate) => ({
      tier: 'MICRO',
      rate,
      avgInteractionsPerPost: null,
      feeMinor: null,
      authenticityScore: null,
    })),
    DEFAULT_METRICS_CONFIG,
  );
  const micro = stats[1];
  return [micro?.p25Rate, micro?.medianRate, micro?.p75Rate];
}

describe('type-7 percentiles (linear interpolation between closest ranks, numpy and R default)', () => {
  it('interpolates at h = (n − 1) · p', () => {
    const [p25, p50, p75] = rateQuartiles([4, 1, 3, 2]); // sorted 1 2 3 4, h = 3p
    expect(p25).toBeCloseTo(1.75, 12); // h = 0.75 → 1 + 0.75 × (2 − 1)
    expect(p50).toBeCloseTo(2.5, 12); // h = 1.5 → 2 + 0.5 × (3 − 2)
    expect(p75).toBeCloseTo(3.25, 12); // h = 2.25 → 3 + 0.25 × (4 − 3)
  });

  it('hits the middle value for odd n and exact ranks when h is whole', () => {
    // sorted 10 20 30 40 50, h = 4p: p25 → h = 1 → 20, p50 → h = 2 → 30, p75 → h = 3 → 40
    expect(rateQuartiles([50, 10, 40, 20, 30])).toEqual([20, 30, 40]);
    // n = 3: h = 0.5, 1, 1.5 → 1 + 0.5 × 4 = 3, 5, 5 + 0.5 × 6 = 8
    expect(rateQuartiles([11, 1, 5])).toEqual([3, 5, 8]);
  });

  it('handles one value and none', () => {
    expect(rateQuartiles([7])).toEqual([7, 7, 7]);
    expect(rateQuartiles([])).toEqual([null, null, null]);
  });
});

const account = (overrides: Partial<TierStatsAccount>): TierStatsAccount => ({
  tier: 'MICRO',
  rate: null,
  avgInteractionsPerPost: null,
  feeMinor: null,
  authenticityScore: null,
  ...overrides,
});

const accounts: TierStatsAccount[] = [
  account({ rate: 0.01, avgInteractionsPerPost: 100, feeMinor: 30_000, authenticityScore: 90 }), // CPE 300
  account({ rate: 0.02, avgInteractionsPerPost: 200, feeMinor: 20_000, authenticityScore: 65 }), // CPE 100
  account({ rate: 0.03, avgInteractionsPerPost: 0, feeMinor: 40_000, authenticityScore: 70 }), // no CPE (0 interactions)
  account({ rate: 0.04 }), // nothing else known
  account({ avgInteractionsPerPost: 400, feeMinor: 10_000, authenticityScore: 50 }), // CPE 25
  account({ tier: 'NANO', rate: 0.1, avgInteractionsPerPost: 50, feeMinor: 5_500, authenticityScore: 80 }), // CPE 110
];

describe('compareTiersStats', () => {
  const stats = compareTiersStats(accounts, DEFAULT_METRICS_CONFIG);

  it('returns all five tiers in scheme order, empty tiers included', () => {
    expect(stats.map((s) => [s.tier, s.accountCount])).toEqual([
      ['NANO', 1],
      ['MICRO', 5],
      ['MID', 0],
      ['MACRO', 0],
      ['MEGA', 0],
    ]);
    expect(stats[2]).toEqual({
      tier: 'MID',
      accountCount: 0,
      medianRate: null,
      p25Rate: null,
      p75Rate: null,
      medianAvgInteractions: null,
      medianFeeMinor: null,
      medianCpe: null,
      medianAuthenticity: null,
      lowAuthenticityShare: null,
    });
  });

  it('computes each statistic over the accounts where its input is known', () => {
    const micro = stats[1];
    // rates 0.01 0.02 0.03 0.04 (h = 3p)
    expect(micro?.medianRate).toBeCloseTo(0.025, 12); // 0.02 + 0.5 × 0.01
    expect(micro?.p25Rate).toBeCloseTo(0.0175, 12); // 0.01 + 0.75 × 0.01
    expect(micro?.p75Rate).toBeCloseTo(0.0325, 12); // 0.03 + 0.25 × 0.01
    expect(micro?.medianAvgInteractions).toBe(150); // sorted 0 100 200 400 → (100 + 200) / 2
    expect(micro?.medianFeeMinor).toBe(25_000); // sorted 10k 20k 30k 40k → (20k + 30k) / 2
    expect(micro?.medianCpe).toBe(100); // per account 300, 100, 25 → middle 100
    expect(micro?.medianAuthenticity).toBe(67.5); // sorted 50 65 70 90 → (65 + 70) / 2
    expect(micro?.lowAuthenticityShare).toBe(0.5); // 65 and 50 are < 70; 70 itself is not low → 2 / 4
  });

  it('a single account is its own median and percentiles', () => {
    expect(stats[0]).toEqual({
      tier: 'NANO',
      accountCount: 1,
      medianRate: 0.1,
      p25Rate: 0.1,
      p75Rate: 0.1,
      medianAvgInteractions: 50,
      medianFeeMinor: 5_500,
      medianCpe: 110, // 5,500 / 50
      medianAuthenticity: 80,
      lowAuthenticityShare: 0,
    });
  });

  it('takes the low-authenticity threshold from the configuration', () => {
    const config = {
      ...DEFAULT_METRICS_CONFIG,
      campaigns: { ...DEFAULT_METRICS_CONFIG.campaigns, lowAuthenticityScore: 66 },
    };
    // Below 66: only 65 and 50 → still 2 / 4; at 60 only 50 → 1 / 4
    expect(compareTiersStats(accounts, config)[1]?.lowAuthenticityShare).toBe(0.5);
    const stricter = { ...config, campaigns: { ...config.campaigns, lowAuthenticityScore: 60 } };
    expect(compareTiersStats(accounts, stricter)[1]?.lowAuthenticityShare).toBe(0.25);
  });

  it('no accounts at all still yields five empty rows', () => {
    const empty = compareTiersStats([], DEFAULT_METRICS_CONFIG);
    expect(empty).toHaveLength(5);
    expect(empty.every((s) => s.accountCount === 0 && s.medianRate === null)).toBe(true);
  });
});
