import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountPercentile, type BenchmarkPeer, benchmarkPeers, percentileSummary } from './benchmark.js';

const peer = (rate: number | null, avgInteractionsPerPost: number | null, n: number): BenchmarkPeer => ({
  rate,
  avgInteractionsPerPost,
  n,
});

describe('benchmarkPeers', () => {
  const peers = [
    peer(0.05, 500, 10),
    peer(0.01, 100, 3),
    peer(0.03, 300, 7),
    peer(0.02, 200, 4),
    peer(0.04, 400, 30),
    peer(0.9, 9000, 2), // too few posts: not a benchmark peer
    peer(null, null, 0),
  ];

  it('type 7 percentiles of rates and of avgInteractionsPerPost over peers with n ≥ 3', () => {
    const b = benchmarkPeers(peers, { rate: 0.03, n: 7 });
    // rates sorted 0.01 … 0.05 (n = 5, h = 4p/100):
    // p10 h 0.4 → 0.01 + 0.4 · 0.01 = 0.014; p25 h 1 → 0.02; p50 → 0.03; p75 h 3 → 0.04; p90 h 3.6 → 0.046
    expect(b.peerCount).toBe(5);
    expect(b.p10).toBeCloseTo(0.014, 15);
    expect(b.p25).toBeCloseTo(0.02, 15);
    expect(b.p50).toBeCloseTo(0.03, 15);
    expect(b.p75).toBeCloseTo(0.04, 15);
    expect(b.p90).toBeCloseTo(0.046, 15);
    // interactions 100 … 500: p10 140, p25 200, p50 300, p75 400, p90 460
    expect(b.interactions.p10).toBeCloseTo(140, 10);
    expect(b.interactions.p25).toBe(200);
    expect(b.interactions.p50).toBe(300);
    expect(b.interactions.p75).toBe(400);
    expect(b.interactions.p90).toBeCloseTo(460, 10);
    // 0.03: 2 below, 1 equal → 100 · (2 + 0.5) / 5 = 50
    expect(b.percentile).toBe(50);
    expect(b.percentileReason).toBeNull();
  });

  it('ranks an account outside the peer set too', () => {
    // 0.045: 4 below → 100 · 4 / 5 = 80; 0.001: none below → 0
    expect(benchmarkPeers(peers, { rate: 0.045, n: 3 }).percentile).toBe(80);
    expect(benchmarkPeers(peers, { rate: 0.001, n: 12 }).percentile).toBe(0);
  });

  it('honours minPosts', () => {
    // with minPosts 2 the 0.9 peer joins: 6 peers, 0.03 has 2 below, 1 equal → 100 · 2.5 / 6
    const b = benchmarkPeers(peers, { rate: 0.03, n: 2 }, 2);
    expect(b.peerCount).toBe(6);
    expect(b.percentile).toBeCloseTo(250 / 6, 12);
    // sorted 0.01 0.02 0.03 0.04 0.05 0.9, p50 h 2.5 → (0.03 + 0.04) / 2
    expect(b.p50).toBeCloseTo(0.035, 15);
  });

  it('no peers: nulls; no account rate: null percentile', () => {
    const none = benchmarkPeers([peer(0.05, 10, 2)], { rate: 0.05, n: 2 });
    expect(none).toEqual({
      percentile: null,
      percentileReason: '2 posts in the window; a percentile needs at least 3',
      peerCount: 0,
      p10: null,
      p25: null,
      p50: null,
      p75: null,
      p90: null,
      interactions: { p10: null, p25: null, p50: null, p75: null, p90: null },
    });
    expect(benchmarkPeers(peers, { rate: null, n: 0 })).toMatchObject({
      percentile: null,
      percentileReason: '0 posts in the window; a percentile needs at least 3',
    });
    // The group alone (no account asked about): no percentile and no reason.
    expect(benchmarkPeers(peers, null)).toMatchObject({ percentile: null, percentileReason: null, peerCount: 5 });
  });

  it('an account with fewer than minPosts posts gets no percentile, with the reason; the group is still answered', () => {
    // The 0.9 account (2 posts) asks: it is outside the distribution, which stays the five peers with n ≥ 3.
    const b = benchmarkPeers(peers, { rate: 0.9, n: 2 });
    expect(b.percentile).toBeNull();
    expect(b.percentileReason).toBe('2 posts in the window; a percentile needs at least 3');
    expect(b.peerCount).toBe(5);
    expect(b.p50).toBeCloseTo(0.03, 15);
    expect(benchmarkPeers(peers, { rate: 0.05, n: 1 }).percentileReason).toBe(
      '1 post in the window; a percentile needs at least 3',
    );
    // minPosts is the config's: with 5, four posts are too few.
    expect(accountPercentile({ rate: 0.02, n: 4 }, [0.01, 0.02], 5)).toEqual({
      percentile: null,
      percentileReason: '4 posts in the window; a percentile needs at least 5',
    });
    expect(accountPercentile({ rate: 0.02, n: 5 }, [0.01, 0.02], 5)).toEqual({
      percentile: 75,
      percentileReason: null,
    });
    expect(accountPercentile({ rate: 0.02, n: 5 }, [], 5)).toEqual({
      percentile: null,
      percentileReason: 'no peers to compare with',
    });
  });

  it('one peer: every percentile is its value', () => {
    const b = benchmarkPeers([peer(0.02, 50, 3)], { rate: 0.02, n: 3 });
    expect(b).toMatchObject({ percentile: 50, peerCount: 1, p10: 0.02, p90: 0.02 });
    expect(b.interactions.p50).toBe(50);
  });

  it('percentileSummary is null throughout for no values', () => {
    expect(percentileSummary([])).toEqual({ p10: null, p25: null, p50: null, p75: null, p90: null });
  });

  it('percentiles are ordered and the rank lies in [0, 100] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
            avgInteractionsPerPost: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
            n: fc.integer({ min: 0, max: 50 }),
          }),
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (ps, rate, n) => {
          const b = benchmarkPeers(ps, { rate, n });
          // Null exactly when the account is too small or nothing compares, and then with a reason.
          expect(b.percentile === null).toBe(n < 3 || b.peerCount === 0);
          expect(b.percentileReason === null).toBe(b.percentile !== null);
          if (b.percentile === null) return;
          const qs = [b.p10, b.p25, b.p50, b.p75, b.p90] as number[];
          for (let i = 1; i < qs.length; i++) expect(qs[i - 1]).toBeLessThanOrEqual(qs[i] as number);
          expect(b.percentile).toBeGreaterThanOrEqual(0);
          expect(b.percentile).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
