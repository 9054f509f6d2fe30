import { describe, expect, it } from 'vitest';
import { postMetricsInput } from '../testing/inputs.js';
import { intBetween, mulberry32, standardNormal as normal } from '../testing/random.js';
import type { EngagementMethod, MetricWindow } from './config.js';
import { accountEngagement, type SnapshotInput } from './engagement.js';
import { type PeerStats, peerStatsFromEngagement, reliableEngagement } from './reliable.js';

/**
 * Simulated accounts with known true rates, run through the real pipeline (posts → accountEngagement →
 * peerStats → reliableEngagement). Fixed seeds keep the run reproducible.
 */

const DAY = 86_400_000;
const ASOF = new Date('2024-06-30T00:00:00Z');
const METHOD: EngagementMethod = { interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEAN' };
const WINDOW: MetricWindow = { days: 90, posts: null };

function account(likes: readonly number[], followers: number) {
  const posts = likes.map((l, j) =>
    postMetricsInput({ postedAt: new Date(ASOF.getTime() - (j + 1) * 2 * DAY), kind: 'PHOTO', likes: l }),
  );
  const snapshots: SnapshotInput[] = [{ capturedAt: new Date('2023-01-01T00:00:00Z'), followers, following: null }];
  return accountEngagement({ posts, snapshots, followers }, METHOD, WINDOW, ASOF);
}

describe('engagement simulation', () => {
  it('interval95 covers the true rate in ≥ 93% of 2,000 accounts', () => {
    const rand = mulberry32(20240630);
    const accounts = 2000;
    const followers = 100_000;
    let covered = 0;
    for (let i = 0; i < accounts; i++) {
      const truth = 0.01 + 0.07 * rand();
      // sd ≤ truth / 3 keeps negative post rates (clamped to 0) too rare to bias the mean.
      const sd = truth * (0.05 + 0.28 * rand());
      const n = intBetween(rand, 5, 30);
      const likes = Array.from({ length: n }, () => Math.round(Math.max(0, truth + sd * normal(rand)) * followers));
      const r = account(likes, followers);
      expect(r.sampleSize).toBe(n);
      const ci = r.interval95;
      if (ci && ci.low <= truth && truth <= ci.high) covered += 1;
    }
    const coverage = covered / accounts;
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    // and not trivially wide
    expect(coverage).toBeLessThanOrEqual(0.98);
  });

  it('the reliable rate has lower squared error than the raw mean for accounts with 1–5 posts', () => {
    const rand = mulberry32(42);
    const groups = 40;
    const perGroup = 100;
    const logitCenter = Math.log(0.045 / 0.955);
    let rawSse = 0;
    let reliableSse = 0;
    let few = 0;

    for (let g = 0; g < groups; g++) {
      const members: { truth: number; stats: PeerStats; raw: number }[] = [];
      for (let i = 0; i < perGroup; i++) {
        // Beta-like population of true rates (logit-normal around 4.5%, mostly 2–9%).
        const truth = 1 / (1 + Math.exp(-(logitCenter + 0.35 * normal(rand))));
        const followers = Math.round(Math.exp(Math.log(300) + rand() * Math.log(100)));
        const n = i % 2 === 0 ? intBetween(rand, 1, 5) : intBetween(rand, 6, 30);
        const likes = Array.from({ length: n }, () => {
          // mean-preserving post-to-post variation, then binomial noise from the audience (normal approximation)
          const p = Math.min(1, truth * Math.exp(0.15 * normal(rand) - 0.15 ** 2 / 2));
          const k = followers * p + Math.sqrt(followers * p * (1 - p)) * normal(rand);
          return Math.min(followers, Math.max(0, Math.round(k)));
        });
        const r = account(likes, followers);
        members.push({ truth, stats: peerStatsFromEngagement(r), raw: r.value as number });
      }
      const peers = members.map((m) => m.stats);
      for (const m of members) {
        if (m.stats.n > 5) continue;
        const reliable = reliableEngagement(m.stats, peers);
        expect(reliable.prior).not.toBeNull();
        few += 1;
        rawSse += (m.raw - m.truth) ** 2;
        reliableSse += ((reliable.value as number) - m.truth) ** 2;
      }
    }

    expect(few).toBeGreaterThanOrEqual(2000);
    const rawMse = rawSse / few;
    const reliableMse = reliableSse / few;
    expect(reliableMse).toBeLessThan(rawMse);
  });
});
