import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BenchmarkPeer, benchmarkPeers, percentileSummary } from './benchmark.js';

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
    const b = benchmarkPeers(peers, 0.03);
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
  });

  it('ranks an account outside the peer set too', () => {
    // 0.045: 4 below → 100 · 4 / 5 = 80; 0.001: none below → 0
    expect(benchmarkPeers(peers, 0.045).percentile).toBe(80);
    expect(benchmarkPeers(peers, 0.001).percentile).toBe(0);
  });

  it('honours minPosts', () => {
    // with minPosts 2 the 0.9 peer joins: 6 peers, 0.03 has 2 below, 1 equal → 100 · 2.5 / 6
    const b = benchmarkPeers(peers, 0.03, 2);
    expect(b.peerCount).toBe(6);
    expect(b.percentile).toBeCloseTo(250 / 6, 12);
    // sorted 0.01 0.02 0.03 0.04 0.05 0.9, p50 h 2.5 → (0.03 + 0.04) / 2
    expect(b.p50).toBeCloseTo(0.035, 15);
  });

  it('no peers: nulls; no account rate: null percentile', () => {
    const none = benchmarkPeers([peer(0.05, 10, 2)], 0.05);
    expect(none).toEqual({
      percentile: null,
      peerCount: 0,
      p10: null,
      p25: null,
      p50: null,
      p75: null,
      p90: null,
      interactions: { p10: null, p25: null, p50: null, p75: null, p90: null },
    });
    expect(benchmarkPeers(peers, null).percentile).toBeNull();
  });

  it('one peer: every percentile is its value', () => {
    const b = benchmarkPeers([peer(0.02, 50, 3)], 0.02);
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
        (ps, rate) => {
          const b = benchmarkPeers(ps, rate);
          if (b.peerCount === 0) {
            expect(b.percentile).toBeNull();
            return;
          }
          const qs = [b.p10, b.p25, b.p50, b.p75, b.p90] as number[];
          for (let i = 1; i < qs.length; i++) expect(qs[i - 1]).toBeLessThanOrEqual(qs[i] as number);
          expect(b.percentile).toBeGreaterThanOrEqual(0);
          expect(b.percentile).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
