import { describe, expect, it } from 'vitest';
import { mulberry32, standardNormal as normal } from '../testing/random.js';
import { assessAuthenticity, type FollowerSnapshotInput } from './authenticity.js';

/**
 * Monte Carlo check of FOLLOWER_SPIKE with a fixed seed: weekly snapshots of organically growing
 * accounts, half of them with one week of bought followers. The detector must catch ≥ 90% of the
 * planted spikes (at the right snapshot) and flag ≤ 5% of the clean accounts.
 */

const SEED = 0x5eed_2024;
const ACCOUNTS = 2_000;
const WEEKS = 17;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

interface SimAccount {
  snapshots: FollowerSnapshotInput[];
  followers: number;
  /** Index of the snapshot that carries the bought followers; null for a clean account. */
  spikeAt: number | null;
  bought: number;
}

function simulate(rand: () => number, injected: boolean): SimAccount {
  // Audiences from 3k to 3M (log-uniform); each account its own growth pace and noise.
  let f = Math.round(3_000 * 1_000 ** rand());
  const weeklyMean = 0.002 + 0.006 * rand(); // 0.2%–0.8% a week
  const weeklySd = 0.0015 + 0.003 * rand(); // 0.15%–0.45% a week
  const spikeAt = injected ? 1 + Math.floor(rand() * WEEKS) : null;
  let bought = 0;
  // Capture times drift up to ±12 h around the weekly schedule, so Δdays is not always 7.
  const when = (week: number) => T0 + week * 7 * DAY + Math.round((rand() - 0.5) * DAY);
  let t = when(0);
  const snapshots: FollowerSnapshotInput[] = [{ capturedAt: new Date(t), followers: f, following: null }];
  for (let week = 1; week <= WEEKS; week++) {
    const next = when(week);
    const days = (next - t) / DAY;
    let gain = f * (weeklyMean + weeklySd * normal(rand)) * (days / 7);
    if (week === spikeAt) {
      bought = Math.round(f * (0.05 + 0.25 * rand())); // +5%…+30% in one week
      gain += bought;
    }
    f = Math.max(0, Math.round(f + gain));
    t = next;
    snapshots.push({ capturedAt: new Date(t), followers: f, following: null });
  }
  return { snapshots, followers: f, spikeAt, bought };
}

describe('FOLLOWER_SPIKE simulation', () => {
  it(`catches ≥ 90% of bought-follower spikes and flags ≤ 5% of clean accounts (${ACCOUNTS} accounts)`, () => {
    const rand = mulberry32(SEED);
    const asOf = new Date(T0 + (WEEKS + 1) * 7 * DAY);
    let injectedCount = 0;
    let caught = 0;
    let cleanCount = 0;
    let falseAlarms = 0;
    const excessErrors: number[] = [];

    for (let i = 0; i < ACCOUNTS; i++) {
      const account = simulate(rand, i % 2 === 0);
      const result = assessAuthenticity({
        followers: account.followers,
        following: null,
        snapshots: account.snapshots,
        asOf,
        engagement: { sampleSize: 0, value: null, totalLikes: 0, totalComments: 0, postInteractions: [] },
        peer: { p50: null, cvP95: null, cvPeerCount: 0 },
      });
      const flagged = result.flags.some((f) => f.code === 'FOLLOWER_SPIKE');
      if (account.spikeAt === null) {
        cleanCount++;
        if (flagged) falseAlarms++;
        continue;
      }
      injectedCount++;
      const spikeTime = account.snapshots[account.spikeAt]?.capturedAt.getTime();
      const hit = result.spikes.find((s) => s.capturedAt.getTime() === spikeTime);
      if (hit) {
        caught++;
        excessErrors.push(Math.abs(hit.excess - account.bought) / account.bought);
      }
    }

    const catchRate = caught / injectedCount;
    const falsePositiveRate = falseAlarms / cleanCount;
    excessErrors.sort((a, b) => a - b);
    const medianExcessError = excessErrors[Math.floor(excessErrors.length / 2)] ?? 1;

    expect(injectedCount).toBe(ACCOUNTS / 2);
    expect(catchRate).toBeGreaterThanOrEqual(0.9);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.05);
    // The excess (jump beyond the median pace) should recover the bought followers closely.
    expect(medianExcessError).toBeLessThan(0.1);
  });
});
