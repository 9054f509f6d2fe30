import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postMetricsInput } from '../testing/inputs.js';
import { accountEngagement } from './engagement.js';
import { type PeerStats, peerStatsFromEngagement, posteriorInterval, reliableEngagement } from './reliable.js';

const stats = (n: number, mean: number | null, variance: number | null, h: number | null): PeerStats => ({
  n,
  mean,
  variance,
  h,
});

describe('peerStatsFromEngagement', () => {
  it('takes n, mean, sample variance and H = mean(1 / b) from the sample', () => {
    // rates 0.1, 0.2 → mean 0.15, s² = 2 · 0.05² / 1 = 0.005; bases 100, 50 → H = (0.01 + 0.02) / 2 = 0.015
    const s = peerStatsFromEngagement({ rates: [0.1, 0.2], bases: [100, 50] });
    expect(s.n).toBe(2);
    expect(s.mean).toBeCloseTo(0.15, 15);
    expect(s.variance).toBeCloseTo(0.005, 15);
    expect(s.h).toBeCloseTo(0.015, 15);
  });

  it('one post: no variance; no posts: nothing', () => {
    expect(peerStatsFromEngagement({ rates: [0.04], bases: [1000] })).toEqual(stats(1, 0.04, null, 0.001));
    expect(peerStatsFromEngagement({ rates: [], bases: [] })).toEqual(stats(0, null, null, null));
  });

  it('uses the mean of post rates even when the method aggregates by MEDIAN', () => {
    const posts = [10, 20, 100].map((likes, i) =>
      postMetricsInput({ postedAt: new Date(Date.UTC(2024, 0, 10 + i)), kind: 'PHOTO', likes }),
    );
    const r = accountEngagement(
      { posts, snapshots: [], followers: 1000 },
      { interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEDIAN' },
      { days: 90, posts: null },
      new Date(Date.UTC(2024, 1, 1)),
    );
    // median 0.02, but m = (0.01 + 0.02 + 0.10) / 3 = 0.043333…
    expect(r.value).toBeCloseTo(0.02, 15);
    expect(peerStatsFromEngagement(r).mean).toBeCloseTo(0.13 / 3, 15);
  });
});

describe('reliableEngagement', () => {
  // Worked example (three peers, the account A among them):
  //   A: rates 0.10, 0.20 on bases 100, 100   → n 2, m 0.15, s² 0.005,  H 0.01
  //   B: rates 0.02, 0.03, 0.04 on bases 1000 → n 3, m 0.03, s² 0.0001, H 0.001
  //   C: rate 0.05 on base 10000              → n 1, m 0.05,            H 0.0001
  // μ    = (0.15 + 0.03 + 0.05) / 3 = 0.0766667
  // σ²_w = (1 · 0.005 + 2 · 0.0001) / (1 + 2) = 0.0052 / 3 = 0.00173333
  // μ̃(1 − μ̃) = 0.0766667 · 0.9233333 = 0.0707889
  // V_A = (0.00173333 + 0.0707889 · 0.01) / 2    = 0.00122061
  // V_B = (0.00173333 + 0.0707889 · 0.001) / 3   = 0.00060137
  // V_C = (0.00173333 + 0.0707889 · 0.0001) / 1  = 0.00174041
  // mean V = 0.00118747
  // var(m) = (0.0733333² + 0.0466667² + 0.0266667²) / 2 = 0.00826667 / 2 = 0.00413333
  // τ² = 0.00413333 − 0.00118747 = 0.00294587
  // w_A = 0.00294587 / (0.00294587 + 0.00122061) = 0.707040
  // value_A = 0.707040 · 0.15 + 0.292960 · 0.0766667 = 0.1285163
  const A = stats(2, 0.15, 0.005, 0.01);
  const B = stats(3, 0.03, 0.0001, 0.001);
  const C = stats(1, 0.05, null, 0.0001);

  it('shrinks the account toward the peer mean (worked example)', () => {
    const r = reliableEngagement(A, [A, B, C]);
    expect(r.prior).toBeCloseTo(0.0766667, 7);
    expect(r.sigma2Within).toBeCloseTo(0.00173333, 8);
    expect(r.tau2).toBeCloseTo(0.00294587, 8);
    expect(r.weight).toBeCloseTo(0.70704, 5);
    expect(r.value).toBeCloseTo(0.1285163, 7);
    expect(r.peerCount).toBe(3);
    // Posterior interval: w_A · V_A = 0.70704 · 0.00122061 = 0.00086302, √ = 0.0293774, × 1.959964 = 0.0575783
    // → [0.1285163 − 0.0575783, 0.1285163 + 0.0575783] = [0.0709380, 0.1860946]
    expect(r.interval95?.low).toBeCloseTo(0.070938, 6);
    expect(r.interval95?.high).toBeCloseTo(0.1860946, 6);
  });

  it('an account with many posts to a large audience keeps more of its own value', () => {
    // B: V_B = 0.00060137 → w_B = 0.00294587 / (0.00294587 + 0.00060137) = 0.830467
    // value_B = 0.830467 · 0.03 + 0.169533 · 0.0766667 = 0.0379115
    const r = reliableEngagement(B, [A, B, C]);
    expect(r.weight).toBeCloseTo(0.830467, 6);
    expect(r.value).toBeCloseTo(0.0379115, 7);
    // w_B · V_B = 0.830467 · 0.00060137 = 0.00049942, √ = 0.0223479, × 1.959964 = 0.0438010: the low end
    // 0.0379115 − 0.0438010 < 0 clamps at 0, the high end is 0.0817123.
    expect(r.interval95?.low).toBe(0);
    expect(r.interval95?.high).toBeCloseTo(0.0817123, 6);
  });

  it('fewer than 3 peers: weight 1, no prior, the account’s own mean', () => {
    expect(reliableEngagement(A, [A, B])).toEqual({
      value: 0.15,
      prior: null,
      weight: 1,
      peerCount: 2,
      tau2: null,
      sigma2Within: null,
      interval95: null,
    });
  });

  it('peers with n = 0 do not count toward the peer minimum', () => {
    const empty = stats(0, null, null, null);
    const r = reliableEngagement(A, [A, B, empty, empty]);
    expect(r.peerCount).toBe(2);
    expect(r.prior).toBeNull();
  });

  it('n = 0: value μ and weight 0 with a prior, null without one', () => {
    const empty = stats(0, null, null, null);
    const withPrior = reliableEngagement(empty, [A, B, C, empty]);
    expect(withPrior.value).toBeCloseTo(0.23 / 3, 15);
    expect(withPrior.weight).toBe(0);
    expect(withPrior.prior).toBeCloseTo(0.23 / 3, 15);
    expect(withPrior.interval95).toBeNull();
    const without = reliableEngagement(empty, [A, empty]);
    expect(without).toMatchObject({ value: null, prior: null, weight: 1, peerCount: 1 });
  });

  it('zero between-account variance (τ² = 0) gives weight 0 and the prior', () => {
    // three one-post peers on base 100 (H = 0.01), m = 0.04, 0.05, 0.06; no n ≥ 2 so σ²_w = 0
    // μ = 0.05, μ̃(1 − μ̃) = 0.0475, V_i = 0.0475 · 0.01 / 1 = 0.000475
    // var(m) = (0.01² + 0 + 0.01²) / 2 = 0.0001 < 0.000475 → τ² = 0 → w = 0
    const peers = [stats(1, 0.04, null, 0.01), stats(1, 0.05, null, 0.01), stats(1, 0.06, null, 0.01)];
    const r = reliableEngagement(peers[2] as PeerStats, peers);
    expect(r.sigma2Within).toBe(0);
    expect(r.tau2).toBe(0);
    expect(r.weight).toBe(0);
    expect(r.value).toBeCloseTo(0.05, 15);
    // w · V = 0: nothing of the account's own noise is left, a point at the prior.
    expect(r.interval95?.low).toBeCloseTo(0.05, 15);
    expect(r.interval95?.high).toBeCloseTo(0.05, 15);
  });

  it('V = 0 gives weight 1, even when τ² = 0', () => {
    // H = 0 (no binomial noise) and σ²_w = 0 → every V_i = 0
    // m = 0.02, 0.04, 0.06 → τ² = var(m) = (0.02² + 0 + 0.02²) / 2 = 0.0004
    const peers = [stats(1, 0.02, null, 0), stats(1, 0.04, null, 0), stats(1, 0.06, null, 0)];
    const r = reliableEngagement(peers[0] as PeerStats, peers);
    expect(r.tau2).toBeCloseTo(0.0004, 15);
    expect(r.weight).toBe(1);
    expect(r.value).toBe(0.02);
    expect(r.interval95).toEqual({ low: 0.02, high: 0.02 });
    // identical means: τ² = 0 and V = 0 → still w = 1
    const same = [stats(1, 0.03, null, 0), stats(1, 0.03, null, 0), stats(1, 0.03, null, 0)];
    const s = reliableEngagement(same[0] as PeerStats, same);
    expect(s.tau2).toBe(0);
    expect(s.weight).toBe(1);
  });

  it('clamps μ to [0, 1] in the binomial term', () => {
    // rates above 1 (e.g. a VIEWS base): m = 1.5, 2, 2.5 → μ = 2, μ̃ = 1, μ̃(1 − μ̃) = 0
    // σ²_w = 0 → V_i = 0 → τ² = var(m) = (0.5² + 0 + 0.5²) / 2 = 0.25 and w = 1
    // (unclamped, μ(1 − μ) = −2 would make V negative and τ² = 0.27)
    const peers = [stats(1, 1.5, null, 0.01), stats(1, 2, null, 0.01), stats(1, 2.5, null, 0.01)];
    const r = reliableEngagement(peers[0] as PeerStats, peers);
    expect(r.tau2).toBeCloseTo(0.25, 15);
    expect(r.weight).toBe(1);
    expect(r.value).toBe(1.5);
  });

  it('honours a lower peer minimum; a single peer has no spread', () => {
    // one peer: var(m) taken as 0 → τ² = 0; V = (0 + 0.04 · 0.96 · 0.01) / 1 > 0 → w = 0, value μ = m
    const only = stats(1, 0.04, null, 0.01);
    const r = reliableEngagement(only, [only], 1);
    expect(r).toMatchObject({ prior: 0.04, weight: 0, tau2: 0, peerCount: 1 });
    expect(r.value).toBeCloseTo(0.04, 15);
  });

  it('posteriorInterval: value ± z · √(w · V), low clamped at 0', () => {
    // w · V = 0.5 · 0.0002 = 0.0001, √ = 0.01, × 1.959964 = 0.01959964
    expect(posteriorInterval(0.05, 0.5, 0.0002).low).toBeCloseTo(0.03040036, 12);
    expect(posteriorInterval(0.05, 0.5, 0.0002).high).toBeCloseTo(0.06959964, 12);
    expect(posteriorInterval(0.01, 0.5, 0.0002)).toEqual({ low: 0, high: 0.01 + 0.01959964 });
  });

  describe('properties', () => {
    const arbStats: fc.Arbitrary<PeerStats> = fc
      .record({
        rates: fc.array(fc.double({ min: 0, max: 0.5, noNaN: true }), { maxLength: 12 }),
        base: fc.integer({ min: 1, max: 5_000_000 }),
      })
      .map(({ rates, base }) => peerStatsFromEngagement({ rates, bases: rates.map(() => base) }));

    it('weight is in [0, 1] and the value lies between the account mean and the prior', () => {
      fc.assert(
        fc.property(arbStats, fc.array(arbStats, { maxLength: 12 }), (account, others) => {
          const r = reliableEngagement(account, [account, ...others]);
          expect(r.weight).toBeGreaterThanOrEqual(0);
          expect(r.weight).toBeLessThanOrEqual(1);
          if (account.n === 0 || account.mean === null) {
            expect(r.value).toBe(r.prior);
            expect(r.interval95).toBeNull();
            return;
          }
          if (r.prior === null) {
            expect(r.value).toBe(account.mean);
            expect(r.weight).toBe(1);
            expect(r.interval95).toBeNull();
            return;
          }
          // The posterior interval: around the value, low ≥ 0, no wider than the account's own z · √V.
          const i = r.interval95 as { low: number; high: number };
          expect(i.low).toBeGreaterThanOrEqual(0);
          expect(i.low).toBeLessThanOrEqual(r.value as number);
          expect(i.high).toBeGreaterThanOrEqual(r.value as number);
          const mu = Math.min(1, Math.max(0, r.prior));
          const v = ((r.sigma2Within as number) + mu * (1 - mu) * (account.h ?? 0)) / account.n;
          const half = i.high - (r.value as number);
          expect(half).toBeCloseTo(1.959964 * Math.sqrt(r.weight * v), 12);
          expect(half).toBeLessThanOrEqual(1.959964 * Math.sqrt(v) * (1 + 1e-12));
          const lo = Math.min(account.mean, r.prior);
          const hi = Math.max(account.mean, r.prior);
          expect(r.value as number).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(r.value as number).toBeLessThanOrEqual(hi + 1e-12);
          expect(r.tau2 as number).toBeGreaterThanOrEqual(0);
        }),
      );
    });

    it('does not depend on the order of peers', () => {
      fc.assert(
        fc.property(
          arbStats,
          fc
            .array(arbStats, { maxLength: 10 })
            .chain((xs) =>
              fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
            ),
          (account, [peers, shuffled]) => {
            const a = reliableEngagement(account, [account, ...peers]);
            const b = reliableEngagement(account, [...shuffled, account]);
            expect(b.weight).toBeCloseTo(a.weight, 9);
            if (a.value === null) expect(b.value).toBeNull();
            else expect(b.value as number).toBeCloseTo(a.value, 12);
          },
        ),
      );
    });
  });
});
