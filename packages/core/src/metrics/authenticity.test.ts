import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuthenticityInput,
  assessAuthenticity,
  coefficientOfVariation,
  cvPeerThreshold,
  detectFollowerSpikes,
  type FollowerSnapshotInput,
  severityFor,
} from './authenticity.js';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import { robustMad, robustMedian, robustPercentileType7, robustSampleSd } from './robust.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const at = (days: number): Date => new Date(T0 + days * DAY);
const ASOF = at(365);

/** Snapshots starting at `start` followers on day `startDay`, adding gains[i] every stepDays[i] (or `step`) days. */
function series(start: number, gains: number[], step: number | number[] = 1, startDay = 0): FollowerSnapshotInput[] {
  const out: FollowerSnapshotInput[] = [{ capturedAt: at(startDay), followers: start, following: null }];
  let f = start;
  let d = startDay;
  gains.forEach((g, i) => {
    f += g;
    d += Array.isArray(step) ? (step[i] as number) : step;
    out.push({ capturedAt: at(d), followers: f, following: null });
  });
  return out;
}

/** A neutral account: no snapshots, no posts, no peers, so no flag can fire unless a test adds data. */
function input(overrides: Partial<AuthenticityInput> = {}): AuthenticityInput {
  return {
    followers: 5_000,
    following: null,
    snapshots: [],
    asOf: ASOF,
    engagement: { sampleSize: 0, value: null, totalLikes: 0, totalComments: 0, postInteractions: [] },
    peer: { p50: null, cvP95: null, cvPeerCount: 0 },
    ...overrides,
  };
}

function engagement(overrides: Partial<AuthenticityInput['engagement']>): AuthenticityInput['engagement'] {
  return { sampleSize: 10, value: 0.03, totalLikes: 10_000, totalComments: 300, postInteractions: [], ...overrides };
}

const codes = (r: { flags: { code: string }[] }): string[] => r.flags.map((f) => f.code);

describe('robust helpers', () => {
  it('median: odd n, even n (mean of the middle two), empty', () => {
    expect(robustMedian([3, 1, 2])).toBe(2);
    expect(robustMedian([10, 20, 10, 20, 10, 2000])).toBe(15); // sorted 10 10 10 | 20 20 2000 → (10 + 20) / 2
    expect(robustMedian([])).toBeNull();
  });

  it('MAD is the median of |x − median|', () => {
    // median 15; |x − 15| = 5 5 5 5 5 1985 → 5
    expect(robustMad([10, 20, 10, 20, 10, 2000])).toBe(5);
    expect(robustMad([7, 7, 7, 9])).toBe(0); // median 7, deviations 0 0 0 2 → 0
  });

  it('sample sd uses n − 1', () => {
    // mean 200; squares 4 × 100² + 400² = 200,000; / 4 = 50,000; √ = 223.6068
    expect(robustSampleSd([100, 100, 100, 100, 600])).toBeCloseTo(Math.sqrt(50_000), 12);
    expect(robustSampleSd([5])).toBeNull();
  });

  it('type-7 percentile interpolates between closest ranks', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1, unsorted on purpose
    // h = 19 × 0.95 = 18.05 → x[18] + 0.05 × (x[19] − x[18]) = 19 + 0.05 = 19.05
    expect(robustPercentileType7(xs, 95)).toBeCloseTo(19.05, 12);
    expect(robustPercentileType7(xs, 0)).toBe(1);
    expect(robustPercentileType7(xs, 100)).toBe(20);
    expect(robustPercentileType7([4], 95)).toBe(4);
    expect(robustPercentileType7([], 50)).toBeNull();
  });
});

describe('severityFor', () => {
  it.each([
    [0.6, 'HIGH'],
    [0.25, 'HIGH'],
    [0.2499, 'MEDIUM'],
    [0.1, 'MEDIUM'],
    [0.0999, 'LOW'],
    [0, 'LOW'],
  ])('penalty %f → %s (HIGH ≥ 0.25, MEDIUM ≥ 0.10)', (penalty, severity) => {
    expect(severityFor(penalty)).toBe(severity);
  });

  it('uses the configured thresholds', () => {
    expect(severityFor(0.2, { high: 0.2, medium: 0.05 })).toBe('HIGH');
    expect(severityFor(0.05, { high: 0.2, medium: 0.05 })).toBe('MEDIUM');
  });
});

describe('coefficientOfVariation', () => {
  it('is sample sd / mean', () => {
    // sd √50,000 = 223.6068, mean 200 → 1.118034
    expect(coefficientOfVariation([100, 100, 100, 100, 600])).toBeCloseTo(Math.sqrt(50_000) / 200, 12);
    expect(coefficientOfVariation([50, 50, 50])).toBe(0);
  });

  it('is null for n < 2 or a zero mean', () => {
    expect(coefficientOfVariation([])).toBeNull();
    expect(coefficientOfVariation([42])).toBeNull();
    expect(coefficientOfVariation([0, 0, 0])).toBeNull();
  });
});

describe('cvPeerThreshold', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20

  it('gives the type-7 p95 with 20 peers', () => {
    // h = 19 × 0.95 = 18.05 → 19 + 0.05 × (20 − 19) = 19.05
    const r = cvPeerThreshold(twenty);
    expect(r.peerCount).toBe(20);
    expect(r.p95).toBeCloseTo(19.05, 12);
  });

  it('is null with 19 peers', () => {
    expect(cvPeerThreshold(twenty.slice(1))).toEqual({ p95: null, peerCount: 19 });
  });

  it('drops non-finite CVs before counting', () => {
    expect(cvPeerThreshold([...twenty.slice(1), Number.NaN])).toEqual({ p95: null, peerCount: 19 });
  });

  it('follows the configured percentile and minimum', () => {
    const config = {
      ...DEFAULT_METRICS_CONFIG.authenticity,
      erratic: { ...DEFAULT_METRICS_CONFIG.authenticity.erratic, peerPercentile: 50, minPeers: 3 },
    };
    expect(cvPeerThreshold([3, 1, 2], config)).toEqual({ p95: 2, peerCount: 3 });
  });
});

describe('FOLLOWER_SPIKE', () => {
  it('raises nothing for steady growth', () => {
    const r = assessAuthenticity(input({ followers: 10_070, snapshots: series(10_000, [10, 20, 10, 20, 10]) }));
    expect(r).toEqual({ score: 100, authenticFollowers: 10_070, flags: [], spikes: [] });
  });

  it('flags a one-day jump with a robust z (MAD > 0)', () => {
    // F: 10,000 10,010 10,030 10,040 10,060 10,070 12,070 daily → g = 10 20 10 20 10 2000
    // median g = 15; MAD = median(5 5 5 5 5 1985) = 5; σ̂ = 1.4826 × 5 = 7.413
    // z(2000) = 1985 / 7.413 = 267.77 > 6; z(20) = 0.67
    // gain 2000 ≥ max(100, 0.02 × 10,070 = 201.4) → spike; excess = 2000 − 15 × 1 = 1985
    // penalty = 1985 / 12,070 = 0.16446 (MEDIUM); score = 100 × (1 − 0.16446) = 83.554
    // authenticFollowers = round(12,070 − 1985) = 10,085
    const r = assessAuthenticity(input({ followers: 12_070, snapshots: series(10_000, [10, 20, 10, 20, 10, 2000]) }));
    expect(codes(r)).toEqual(['FOLLOWER_SPIKE']);
    const f = r.flags[0]!;
    expect(f.penalty).toBeCloseTo(1985 / 12_070, 12);
    expect(f.severity).toBe('MEDIUM');
    expect(r.score).toBeCloseTo(100 * (1 - 1985 / 12_070), 10);
    expect(r.score).toBeCloseTo(83.5543, 4);
    expect(r.authenticFollowers).toBe(10_085);
    expect(f.evidence).toEqual([
      { name: 'date', value: null, text: '2024-01-07T00:00:00.000Z' },
      { name: 'gain', value: 2000, text: null },
      { name: 'z', value: expect.closeTo(1985 / 7.413, 9), text: null },
    ]);
    expect(f.message).toContain('+2,000 by 2024-01-07');
    expect(f.message).toContain('robust z 267.8');
    expect(f.message).toContain('16.4% of the current 12,070 followers');
    expect(r.spikes).toEqual([
      {
        capturedAt: at(6),
        previousCapturedAt: at(5),
        previousFollowers: 10_070,
        followers: 12_070,
        gain: 2000,
        days: 1,
        dailyGain: 2000,
        z: expect.closeTo(267.77, 2),
        excess: 1985,
      },
    ]);
  });

  it('divides by Δdays for irregular snapshots and scales the excess by them', () => {
    // days 0 7 14 21 28 30 37; F 50,000 50,700 51,330 52,100 52,800 55,200 55,900
    // g = 700/7 630/7 770/7 700/7 2400/2 700/7 = 100 90 110 100 1200 100
    // median = 100; |g − 100| = 0 10 10 0 1100 0 → MAD = (0 + 10) / 2 = 5; z(1200) = 1100 / 7.413 = 148.39
    // gain 2400 ≥ max(100, 0.02 × 52,800 = 1056) → spike; excess = 2400 − 100 × 2 days = 2200
    // penalty = 2200 / 56,000 = 0.039286 (LOW); authenticFollowers = 53,800
    const snapshots = series(50_000, [700, 630, 770, 700, 2400, 700], [7, 7, 7, 7, 2, 7]);
    const r = assessAuthenticity(input({ followers: 56_000, snapshots }));
    expect(r.spikes).toHaveLength(1);
    expect(r.spikes[0]).toMatchObject({ gain: 2400, days: 2, dailyGain: 1200, excess: 2200, capturedAt: at(30) });
    expect(r.spikes[0]!.z).toBeCloseTo(1100 / 7.413, 9);
    expect(r.flags[0]!.penalty).toBeCloseTo(2200 / 56_000, 12);
    expect(r.flags[0]!.severity).toBe('LOW');
    expect(r.score).toBeCloseTo(100 * (1 - 2200 / 56_000), 10);
    expect(r.authenticFollowers).toBe(53_800);
  });

  it('when MAD is 0 counts every gain above the median as z > 6 (z evidence is text)', () => {
    // g = 50 50 50 50 50 300: median 50, MAD 0 → 300 counts; 300 ≥ max(100, 0.02 × 1250 = 25)
    // excess = 300 − 50 = 250; penalty = 250 / 1550 = 0.16129
    const r = assessAuthenticity(input({ followers: 1_550, snapshots: series(1_000, [50, 50, 50, 50, 50, 300]) }));
    expect(r.spikes).toHaveLength(1);
    expect(r.spikes[0]!.z).toBeNull();
    expect(r.spikes[0]!.excess).toBe(250);
    expect(r.flags[0]!.penalty).toBeCloseTo(250 / 1_550, 12);
    expect(r.flags[0]!.evidence[2]).toEqual({
      name: 'z',
      value: null,
      text: 'MAD of daily gains is 0; counted as above 6',
    });
    expect(r.flags[0]!.message).toContain('z > 6, MAD 0');
    expect(r.authenticFollowers).toBe(1_300);
  });

  it('needs at least 100 added followers (99 is not a spike, 100 is)', () => {
    // MAD 0, median 10; F_{j−1} = 1050 → relative floor 21, so only the absolute 100 binds
    const r99 = detectFollowerSpikes(series(1_000, [10, 10, 10, 10, 10, 99]), ASOF);
    const r100 = detectFollowerSpikes(series(1_000, [10, 10, 10, 10, 10, 100]), ASOF);
    expect(r99.spikes).toEqual([]);
    expect(r100.spikes.map((s) => s.excess)).toEqual([90]); // 100 − 10
  });

  it('needs at least 2% of the previous followers (1,999 of 100,000 is not a spike, 2,000 is)', () => {
    // 99,950 + 5 × 10 = 100,000 → floor max(100, 0.02 × 100,000) = 2,000
    const below = detectFollowerSpikes(series(99_950, [10, 10, 10, 10, 10, 1_999]), ASOF);
    const exact = detectFollowerSpikes(series(99_950, [10, 10, 10, 10, 10, 2_000]), ASOF);
    expect(below.spikes).toEqual([]);
    expect(exact.spikes.map((s) => s.excess)).toEqual([1_990]);
  });

  it('needs z strictly above 6', () => {
    // g = 90 110 90 110 100 100 x: median 100; |g − 100| = 10 10 10 10 0 0 … → MAD 10, σ̂ = 14.826
    // x = 188: z = 88 / 14.826 = 5.9355 → no; x = 189: z = 89 / 14.826 = 6.0030 → spike
    // (gain floor: max(100, 0.02 × 5,600 = 112) ≤ 188)
    const gains = [90, 110, 90, 110, 100, 100];
    const r188 = detectFollowerSpikes(series(5_000, [...gains, 188]), ASOF);
    const r189 = detectFollowerSpikes(series(5_000, [...gains, 189]), ASOF);
    expect(r188.mad).toBe(10);
    expect(r188.spikes).toEqual([]);
    expect(r189.spikes).toHaveLength(1);
    expect(r189.spikes[0]!.z).toBeCloseTo(89 / 14.826, 12);
    expect(r189.spikes[0]!.excess).toBe(89);
  });

  it('needs 5 gains: 4 are not evaluated, 5 are', () => {
    // 4 gains 10 10 10 5000: not evaluated
    const four = assessAuthenticity(input({ followers: 6_030, snapshots: series(1_000, [10, 10, 10, 5_000]) }));
    expect(four.flags).toEqual([]);
    expect(four.authenticFollowers).toBe(6_030);
    expect(detectFollowerSpikes(series(1_000, [10, 10, 10, 5_000]), ASOF).evaluated).toBe(false);
    // 5 gains 10 10 10 10 5000: median 10, MAD 0 → spike; excess = 5000 − 10 = 4990
    // penalty = min(0.6, 4990 / 6040 = 0.8262) = 0.6 → score 40; authenticFollowers = 6040 − 4990 = 1050
    const five = assessAuthenticity(input({ followers: 6_040, snapshots: series(1_000, [10, 10, 10, 10, 5_000]) }));
    expect(codes(five)).toEqual(['FOLLOWER_SPIKE']);
    expect(five.flags[0]!.penalty).toBe(0.6);
    expect(five.flags[0]!.severity).toBe('HIGH');
    expect(five.flags[0]!.message).toContain('penalty capped at 60%');
    expect(five.score).toBeCloseTo(40, 12);
    expect(five.authenticFollowers).toBe(1_050);
  });

  it('ignores snapshots after asOf and keeps the one exactly at asOf', () => {
    const snapshots = series(1_000, [10, 10, 10, 10, 10, 5_000]); // days 0 … 6, jump on day 6
    const before = assessAuthenticity(input({ followers: 6_050, snapshots, asOf: at(5) }));
    expect(before.flags).toEqual([]); // day 6 is after asOf → 5 steady gains
    const exact = assessAuthenticity(input({ followers: 6_050, snapshots, asOf: at(6) }));
    expect(codes(exact)).toEqual(['FOLLOWER_SPIKE']);
    const justBefore = assessAuthenticity(input({ followers: 6_050, snapshots, asOf: new Date(at(6).getTime() - 1) }));
    expect(justBefore.flags).toEqual([]);
  });

  it('adds the excess of several spikes, lists date/gain/z for each, and caps the penalty at 0.6', () => {
    // weekly F: 20,000 20,700 21,470 22,100 28,100 28,800 29,640 38,640 39,200 39,900
    // g = 100 110 90 857.14 100 120 1285.71 80 100 → median 100
    // |g − 100| = 0 10 10 757.14 0 20 1185.71 20 0 → MAD 10, σ̂ 14.826
    // z = 757.14 / 14.826 = 51.07 and 1185.71 / 14.826 = 79.98
    // gains 6,000 ≥ max(100, 442) and 9,000 ≥ max(100, 592.8)
    // excess = 6000 − 700 = 5300 and 9000 − 700 = 8300; Σ = 13,600
    // penalty = 13,600 / 39,900 = 0.34085 (HIGH); authenticFollowers = 26,300
    const snapshots = series(20_000, [700, 770, 630, 6_000, 700, 840, 9_000, 560, 700], 7);
    const r = assessAuthenticity(input({ followers: 39_900, snapshots }));
    expect(r.spikes.map((s) => s.excess)).toEqual([5_300, 8_300]);
    const f = r.flags[0]!;
    expect(f.penalty).toBeCloseTo(13_600 / 39_900, 12);
    expect(f.severity).toBe('HIGH');
    expect(r.score).toBeCloseTo(100 * (26_300 / 39_900), 10);
    expect(r.authenticFollowers).toBe(26_300);
    expect(f.evidence.map((e) => e.name)).toEqual(['date', 'gain', 'z', 'date', 'gain', 'z']);
    expect(f.evidence.map((e) => e.text ?? e.value)).toEqual([
      at(28).toISOString(),
      6_000,
      expect.closeTo(5_300 / 7 / 14.826, 9),
      at(49).toISOString(),
      9_000,
      expect.closeTo(8_300 / 7 / 14.826, 9),
    ]);
    expect(f.message).toMatch(/^2 follower spikes: /);

    // After a purge the stored count (1,000) is below the excess: penalty capped, authentic clamped to 0.
    const purged = assessAuthenticity(input({ followers: 1_000, snapshots }));
    expect(purged.flags[0]!.penalty).toBe(0.6);
    expect(purged.authenticFollowers).toBe(0);
    expect(purged.score).toBeCloseTo(40, 12);
  });

  it('keeps one snapshot per timestamp (the larger count) instead of dividing by zero days', () => {
    const snapshots = series(1_000, [10, 10, 10, 10, 10]);
    const dup = { capturedAt: at(5), followers: 1_049, following: null };
    const r = detectFollowerSpikes([dup, ...snapshots], ASOF);
    expect(r.gains).toEqual([10, 10, 10, 10, 10]);
    expect(r.spikes).toEqual([]);
  });
});

describe('LOW_ENGAGEMENT_FOR_TIER', () => {
  const p50 = 0.04; // threshold 0.25 × 0.04 = 0.01 (exact: × 0.25 only shifts the exponent)

  it('raises below 0.25 × peer p50 with penalty 0.30 (HIGH)', () => {
    const r = assessAuthenticity(
      input({ engagement: engagement({ value: 0.0099, sampleSize: 12 }), peer: { p50, cvP95: null, cvPeerCount: 0 } }),
    );
    expect(codes(r)).toEqual(['LOW_ENGAGEMENT_FOR_TIER']);
    const f = r.flags[0]!;
    expect(f.penalty).toBe(0.3);
    expect(f.severity).toBe('HIGH');
    expect(r.score).toBeCloseTo(70, 12); // 100 × (1 − 0.30)
    expect(f.evidence).toEqual([
      { name: 'rate', value: 0.0099, text: null },
      { name: 'peerP50', value: 0.04, text: null },
      { name: 'threshold', value: 0.01, text: null },
      { name: 'sampleSize', value: 12, text: null },
    ]);
    expect(f.message).toBe(
      'Engagement rate 0.99% over 12 posts is below 0.25 × the tier peer median of 4.00% (threshold 1.000%).',
    );
  });

  it('does not raise exactly at 0.25 × peer p50', () => {
    const rate = 0.25 * p50;
    expect(rate).toBe(0.01);
    const r = assessAuthenticity(
      input({ engagement: engagement({ value: rate }), peer: { p50, cvP95: null, cvPeerCount: 0 } }),
    );
    expect(r.flags).toEqual([]);
  });

  it('needs n ≥ 5 and a peer p50', () => {
    const low = { value: 0.001 };
    const peer = { p50, cvP95: null, cvPeerCount: 0 };
    expect(assessAuthenticity(input({ engagement: engagement({ ...low, sampleSize: 4 }), peer })).flags).toEqual([]);
    expect(codes(assessAuthenticity(input({ engagement: engagement({ ...low, sampleSize: 5 }), peer })))).toEqual([
      'LOW_ENGAGEMENT_FOR_TIER',
    ]);
    expect(assessAuthenticity(input({ engagement: engagement(low), peer: { ...peer, p50: null } })).flags).toEqual([]);
    expect(assessAuthenticity(input({ engagement: engagement({ value: null }), peer })).flags).toEqual([]);
  });
});

describe('LIKES_WITHOUT_CONVERSATION', () => {
  const peer = { p50: 0.02, cvP95: null, cvPeerCount: 0 }; // threshold 3 × 0.02 = 0.06

  it('raises above 3 × p50 with fewer than 0.002 comments per like; penalty 0.25 (HIGH)', () => {
    // 15 comments / 10,000 likes = 0.0015 < 0.002; rate 0.09 > 0.06
    const r = assessAuthenticity(
      input({ engagement: engagement({ value: 0.09, totalLikes: 10_000, totalComments: 15 }), peer }),
    );
    expect(codes(r)).toEqual(['LIKES_WITHOUT_CONVERSATION']);
    const f = r.flags[0]!;
    expect(f.penalty).toBe(0.25);
    expect(f.severity).toBe('HIGH');
    expect(r.score).toBeCloseTo(75, 12);
    expect(f.evidence.find((e) => e.name === 'commentsPerLike')?.value).toBe(0.0015);
    expect(f.evidence.find((e) => e.name === 'threshold')?.value).toBeCloseTo(0.06, 15);
    expect(f.message).toContain('10,000 likes drew only 15 comments (0.0015 per like, below 0.002)');
  });

  it('does not raise exactly at 3 × p50 or exactly at 0.002 comments per like', () => {
    const atRate = assessAuthenticity(
      input({ engagement: engagement({ value: 3 * 0.02, totalLikes: 10_000, totalComments: 0 }), peer }),
    );
    expect(atRate.flags).toEqual([]);
    // 20 / 10,000 = 0.002 → not < 0.002
    const atRatio = assessAuthenticity(
      input({ engagement: engagement({ value: 0.09, totalLikes: 10_000, totalComments: 20 }), peer }),
    );
    expect(atRatio.flags).toEqual([]);
    // 19 / 10,000 = 0.0019 → raised
    const below = assessAuthenticity(
      input({ engagement: engagement({ value: 0.09, totalLikes: 10_000, totalComments: 19 }), peer }),
    );
    expect(codes(below)).toEqual(['LIKES_WITHOUT_CONVERSATION']);
  });

  it('needs n ≥ 5 and at least one like', () => {
    const hot = { value: 0.09, totalLikes: 10_000, totalComments: 0 };
    expect(assessAuthenticity(input({ engagement: engagement({ ...hot, sampleSize: 4 }), peer })).flags).toEqual([]);
    expect(assessAuthenticity(input({ engagement: engagement({ ...hot, totalLikes: 0 }), peer })).flags).toEqual([]);
  });
});

describe('FOLLOW_BACK_PATTERN', () => {
  it('raises above 0.5 following per follower at 10,000 followers; penalty 0.15 (MEDIUM)', () => {
    // 5,001 / 10,000 = 0.5001 > 0.5
    const r = assessAuthenticity(input({ followers: 10_000, following: 5_001 }));
    expect(codes(r)).toEqual(['FOLLOW_BACK_PATTERN']);
    const f = r.flags[0]!;
    expect(f.penalty).toBe(0.15);
    expect(f.severity).toBe('MEDIUM');
    expect(r.score).toBeCloseTo(85, 12);
    expect(f.evidence).toEqual([
      { name: 'followers', value: 10_000, text: null },
      { name: 'following', value: 5_001, text: null },
      { name: 'followingRatio', value: 0.5001, text: null },
      { name: 'threshold', value: 0.5, text: null },
      { name: 'followingSource', value: null, text: 'account' },
    ]);
    expect(f.message).toBe(
      'Follows 5,001 accounts with 10,000 followers, a following/followers ratio of 0.5001, above 0.5.',
    );
  });

  it('does not raise at exactly 0.5 or below 10,000 followers', () => {
    expect(assessAuthenticity(input({ followers: 10_000, following: 5_000 })).flags).toEqual([]);
    expect(assessAuthenticity(input({ followers: 9_999, following: 9_999 })).flags).toEqual([]);
    expect(codes(assessAuthenticity(input({ followers: 10_000, following: 10_000 })))).toEqual(['FOLLOW_BACK_PATTERN']);
  });

  it('falls back to the latest snapshot at or before asOf when the account has no following count', () => {
    const snapshots: FollowerSnapshotInput[] = [
      { capturedAt: at(1), followers: 20_000, following: 15_000 },
      { capturedAt: at(2), followers: 20_000, following: 2_000 },
      { capturedAt: at(3), followers: 20_000, following: null },
      { capturedAt: at(400), followers: 20_000, following: 19_000 }, // after asOf
    ];
    expect(assessAuthenticity(input({ followers: 20_000, following: null, snapshots })).flags).toEqual([]);
    const r = assessAuthenticity(input({ followers: 20_000, following: null, snapshots, asOf: at(1) }));
    expect(codes(r)).toEqual(['FOLLOW_BACK_PATTERN']);
    expect(r.flags[0]!.evidence.at(-1)?.text).toBe(`snapshot ${at(1).toISOString()}`);
    expect(assessAuthenticity(input({ followers: 20_000, following: null })).flags).toEqual([]);
  });
});

describe('ERRATIC_ENGAGEMENT', () => {
  // CV = √50,000 / 200 = 1.1180
  const spiky = [100, 100, 100, 100, 600];

  it('raises when the CV exceeds the peer p95; penalty 0.10 (MEDIUM)', () => {
    const r = assessAuthenticity(
      input({
        engagement: engagement({ sampleSize: 5, postInteractions: spiky }),
        peer: { p50: null, cvP95: 1, cvPeerCount: 20 },
      }),
    );
    expect(codes(r)).toEqual(['ERRATIC_ENGAGEMENT']);
    const f = r.flags[0]!;
    expect(f.penalty).toBe(0.1);
    expect(f.severity).toBe('MEDIUM');
    expect(r.score).toBeCloseTo(90, 12);
    expect(f.evidence[0]).toEqual({ name: 'coefficientOfVariation', value: expect.closeTo(1.118034, 6), text: null });
    expect(f.message).toBe(
      'Interactions per post vary with a coefficient of variation of 1.118 over 5 posts, above the p95 of 1 among 20 peers.',
    );
  });

  it('is not evaluated with 19 CV peers', () => {
    const r = assessAuthenticity(
      input({
        engagement: engagement({ sampleSize: 5, postInteractions: spiky }),
        peer: { p50: null, cvP95: 1, cvPeerCount: 19 },
      }),
    );
    expect(r.flags).toEqual([]);
  });

  it('works end to end with cvPeerThreshold: 19 peers → no threshold, 20 peers → flag', () => {
    const peerCvs = Array.from({ length: 20 }, (_, i) => 0.05 * (i + 1)); // 0.05 … 1.00 → p95 = 0.9525
    const t20 = cvPeerThreshold(peerCvs);
    const t19 = cvPeerThreshold(peerCvs.slice(0, 19));
    expect(t20.p95).toBeCloseTo(0.95 + 0.05 * 0.05, 12);
    const run = (t: { p95: number | null; peerCount: number }) =>
      assessAuthenticity(
        input({
          engagement: engagement({ sampleSize: 5, postInteractions: spiky }),
          peer: { p50: null, cvP95: t.p95, cvPeerCount: t.peerCount },
        }),
      );
    expect(codes(run(t20))).toEqual(['ERRATIC_ENGAGEMENT']);
    expect(run(t19).flags).toEqual([]);
  });

  it('does not raise at or below the p95, or with fewer than 5 posts', () => {
    const cv = coefficientOfVariation(spiky)!;
    const peer = { p50: null, cvP95: cv, cvPeerCount: 25 };
    expect(
      assessAuthenticity(input({ engagement: engagement({ sampleSize: 5, postInteractions: spiky }), peer })).flags,
    ).toEqual([]);
    const four = [100, 100, 100, 600];
    expect(
      assessAuthenticity(
        input({ engagement: engagement({ sampleSize: 4, postInteractions: four }), peer: { ...peer, cvP95: 0.1 } }),
      ).flags,
    ).toEqual([]);
  });
});

describe('combined score', () => {
  it('multiplies (1 − penalty) over every raised flag, unrounded', () => {
    // spike: weekly g = 100 100 100 100 100 then +6,000 in a week; median 100, MAD 0
    //   excess = 6000 − 100 × 7 = 5300; followers 30,000 → penalty 5300 / 30,000 = 0.176667
    // low engagement 0.30, follow-back (16,000 / 30,000 = 0.533 > 0.5) 0.15, erratic 0.10
    // score = 100 × (1 − 0.176667) × 0.70 × 0.85 × 0.90 = 100 × 0.823333 × 0.5355 = 44.0895
    const r = assessAuthenticity(
      input({
        followers: 30_000,
        following: 16_000,
        snapshots: series(20_000, [700, 700, 700, 700, 700, 6_000], 7),
        engagement: engagement({ sampleSize: 8, value: 0.002, postInteractions: [10, 10, 10, 10, 10, 10, 10, 400] }),
        peer: { p50: 0.03, cvP95: 1.2, cvPeerCount: 40 },
      }),
    );
    expect(codes(r)).toEqual([
      'FOLLOWER_SPIKE',
      'LOW_ENGAGEMENT_FOR_TIER',
      'FOLLOW_BACK_PATTERN',
      'ERRATIC_ENGAGEMENT',
    ]);
    expect(r.flags.map((f) => f.severity)).toEqual(['MEDIUM', 'HIGH', 'MEDIUM', 'MEDIUM']);
    expect(r.score).toBeCloseTo(100 * (1 - 5_300 / 30_000) * 0.7 * 0.85 * 0.9, 10);
    expect(r.score).toBeCloseTo(44.0895, 4);
    expect(r.authenticFollowers).toBe(24_700); // 30,000 − 5,300
  });

  it('honours a custom configuration', () => {
    const config = {
      ...DEFAULT_METRICS_CONFIG.authenticity,
      followBack: { minFollowers: 1_000, maxFollowingRatio: 0.2, penalty: 0.5 },
    };
    const r = assessAuthenticity(input({ followers: 2_000, following: 500 }), config); // 0.25 > 0.2
    expect(r.flags[0]).toMatchObject({ code: 'FOLLOW_BACK_PATTERN', penalty: 0.5, severity: 'HIGH' });
    expect(r.score).toBeCloseTo(50, 12);
  });
});

describe('properties', () => {
  const snapshotArb = fc.record({
    // few distinct days, so duplicate timestamps and unsorted input are common
    capturedAt: fc.integer({ min: 0, max: 60 }).map((d) => at(d)),
    followers: fc.integer({ min: 0, max: 2_000_000 }),
    following: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
  });
  const inputArb = fc.record({
    followers: fc.integer({ min: 0, max: 2_000_000 }),
    following: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    snapshots: fc.array(snapshotArb, { maxLength: 30 }),
    asOf: fc.integer({ min: 0, max: 70 }).map((d) => at(d)),
    engagement: fc.record({
      sampleSize: fc.integer({ min: 0, max: 60 }),
      value: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null }),
      totalLikes: fc.integer({ min: 0, max: 1_000_000 }),
      totalComments: fc.integer({ min: 0, max: 50_000 }),
      postInteractions: fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 60 }),
    }),
    peer: fc.record({
      p50: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
      cvP95: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
      cvPeerCount: fc.integer({ min: 0, max: 100 }),
    }),
  });

  it('score is in [0, 100] and authenticFollowers in [0, followers]', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const r = assessAuthenticity(i);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(r.authenticFollowers)).toBe(true);
        expect(r.authenticFollowers).toBeGreaterThanOrEqual(0);
        expect(r.authenticFollowers).toBeLessThanOrEqual(i.followers);
        for (const f of r.flags) {
          expect(f.penalty).toBeGreaterThan(0);
          expect(f.penalty).toBeLessThanOrEqual(0.6);
          for (const e of f.evidence) if (e.value !== null) expect(Number.isFinite(e.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the snapshots', () => {
    const arb = inputArb.chain((i) =>
      fc.tuple(
        fc.constant(i),
        fc.shuffledSubarray(i.snapshots, { minLength: i.snapshots.length, maxLength: i.snapshots.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([i, shuffled]) => {
        expect(assessAuthenticity({ ...i, snapshots: shuffled })).toEqual(assessAuthenticity(i));
      }),
      { numRuns: 500 },
    );
  });

  it('spikes are found in growth series with one planted jump', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 1_000_000 }),
        fc.array(fc.double({ min: 0.004, max: 0.006, noNaN: true }), { minLength: 8, maxLength: 20 }),
        fc.double({ min: 0.1, max: 0.5, noNaN: true }),
        fc.nat(),
        (start, rates, jump, where) => {
          const gains = rates.map((r) => Math.round(start * r));
          const k = where % gains.length;
          gains[k] = (gains[k] as number) + Math.round(start * jump);
          const r = detectFollowerSpikes(series(start, gains, 7), ASOF);
          expect(r.spikes.map((s) => s.capturedAt.getTime())).toEqual([at(7 * (k + 1)).getTime()]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
