import { describe, expect, it } from 'vitest';
import type { SnapshotInput } from './engagement.js';
import { dailyGains, followerHistory, followersAt, growth, normalizeSnapshots } from './growth.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const snap = (iso: string, followers: number, following: number | null = null): SnapshotInput => ({
  capturedAt: d(iso),
  followers,
  following,
});

// Deliberately unsorted. 2024 is a leap year: Jan 1 → Jan 31 is 30 days, Jan 31 → Mar 1 is 30 days.
const snapshots = [snap('2024-03-01', 1210), snap('2024-01-01', 1000), snap('2024-01-31', 1100)];

describe('followersAt', () => {
  it('is the latest snapshot at or before t', () => {
    expect(followersAt(snapshots, d('2024-01-31'))).toBe(1100);
    expect(followersAt(snapshots, d('2024-02-15'))).toBe(1100);
    expect(followersAt(snapshots, d('2025-01-01'))).toBe(1210);
  });

  it('is null before the first snapshot or without snapshots', () => {
    expect(followersAt(snapshots, d('2023-12-31'))).toBeNull();
    expect(followersAt([], d('2024-01-01'))).toBeNull();
  });
});

describe('growth', () => {
  it('(F(asOf) − F(asOf − d)) / F(asOf − d)', () => {
    // 30 days before Mar 1 is Jan 31: (1210 − 1100) / 1100 = 0.1
    expect(growth(snapshots, 30, d('2024-03-01'))).toBeCloseTo(0.1, 15);
    // 60 days before Mar 1 is Jan 1: (1210 − 1000) / 1000 = 0.21
    expect(growth(snapshots, 60, d('2024-03-01'))).toBeCloseTo(0.21, 15);
    // asOf Feb 15, 45 days → Jan 1: (1100 − 1000) / 1000 = 0.1
    expect(growth(snapshots, 45, d('2024-02-15'))).toBeCloseTo(0.1, 15);
  });

  it('is 0 when nothing changed between the two snapshots used', () => {
    // asOf Feb 20 and 10 days → both resolve to the Jan 31 snapshot
    expect(growth(snapshots, 10, d('2024-02-20'))).toBe(0);
  });

  it('is null when the earlier snapshot is missing or zero', () => {
    expect(growth(snapshots, 90, d('2024-03-01'))).toBeNull();
    expect(growth([], 30, d('2024-03-01'))).toBeNull();
    expect(growth([snap('2024-01-01', 0), snap('2024-02-01', 50)], 31, d('2024-02-01'))).toBeNull();
  });

  it('can be negative', () => {
    // (900 − 1000) / 1000 = −0.1
    expect(growth([snap('2024-01-01', 1000), snap('2024-01-11', 900)], 10, d('2024-01-11'))).toBeCloseTo(-0.1, 15);
  });
});

describe('dailyGains', () => {
  it('g_j = (F_j − F_{j−1}) / Δdays between consecutive snapshots, oldest first', () => {
    expect(dailyGains(snapshots)).toEqual([
      // 100 over 30 days
      { from: d('2024-01-01'), to: d('2024-01-31'), days: 30, gain: 100, perDay: 100 / 30 },
      // 110 over 30 days
      { from: d('2024-01-31'), to: d('2024-03-01'), days: 30, gain: 110, perDay: 110 / 30 },
    ]);
  });

  it('handles fractional days and losses', () => {
    const g = dailyGains([
      snap('2024-01-01', 1000),
      { capturedAt: new Date('2024-01-01T12:00:00Z'), followers: 990, following: null },
    ]);
    // −10 over 0.5 days = −20 per day
    expect(g).toEqual([
      { from: d('2024-01-01'), to: new Date('2024-01-01T12:00:00Z'), days: 0.5, gain: -10, perDay: -20 },
    ]);
  });

  it('only counts snapshots at or before asOf', () => {
    expect(dailyGains(snapshots, d('2024-02-15'))).toHaveLength(1);
    expect(dailyGains(snapshots, d('2024-01-15'))).toEqual([]);
  });

  it('no or one snapshot: no gains', () => {
    expect(dailyGains([])).toEqual([]);
    expect(dailyGains([snap('2024-01-01', 5)])).toEqual([]);
  });

  it('collapses snapshots at the same instant (the last given wins) instead of dividing by zero', () => {
    const dup = [snap('2024-01-01', 100), snap('2024-01-01', 120), snap('2024-01-03', 140)];
    // 120 → 140 over 2 days
    expect(dailyGains(dup)).toEqual([{ from: d('2024-01-01'), to: d('2024-01-03'), days: 2, gain: 20, perDay: 10 }]);
  });
});

describe('followerHistory and normalizeSnapshots', () => {
  it('returns snapshots within [from, to], oldest first', () => {
    expect(followerHistory(snapshots, d('2024-01-01'), d('2024-01-31')).map((s) => s.followers)).toEqual([1000, 1100]);
    expect(followerHistory(snapshots, d('2024-01-02'), d('2024-12-31')).map((s) => s.followers)).toEqual([1100, 1210]);
    expect(followerHistory(snapshots, d('2025-01-01'), d('2025-12-31'))).toEqual([]);
  });

  it('sorts without mutating the input', () => {
    const copy = [...snapshots];
    expect(normalizeSnapshots(snapshots).map((s) => s.followers)).toEqual([1000, 1100, 1210]);
    expect(snapshots).toEqual(copy);
  });
});
