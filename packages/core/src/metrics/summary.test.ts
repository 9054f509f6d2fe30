import { describe, expect, it } from 'vitest';
import { postMetricsInput } from '../testing/inputs.js';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import { summariesServe, summarizeAccount } from './summary.js';

/** The revision-2 columns of a summary, by hand: growth, sponsored share, the interval sources, validity. */

const DAY = 86_400_000;
const ASOF = new Date('2026-06-30T00:00:00Z');
const ago = (days: number) => new Date(ASOF.getTime() - days * DAY);
const snap = (daysAgo: number, followers: number) => ({ capturedAt: ago(daysAgo), followers, following: null });

describe('summarizeAccount (revision 2 columns)', () => {
  const base = { followers: 1000, following: null, nextPostAt: null, nextSnapshotAt: null };

  it('growth over 30 days, the sponsored share of the window, and the interval with its sources', () => {
    const s = summarizeAccount(
      {
        ...base,
        // F(asOf) = 1100, F(asOf − 30 d) = the 45-days-ago 1000 → growth 0.1.
        snapshots: [snap(45, 1000), snap(25, 1050), snap(2, 1100)],
        posts: [
          postMetricsInput({ postedAt: ago(10), kind: 'PHOTO', likes: 1, sponsored: true }),
          postMetricsInput({ postedAt: ago(5), kind: 'PHOTO', likes: 1 }),
          postMetricsInput({ postedAt: ago(1), kind: 'PHOTO', likes: 1 }),
          // Outside the 90-day window: neither in the share nor in the sample.
          postMetricsInput({ postedAt: ago(120), kind: 'PHOTO', likes: 500, sponsored: true }),
        ],
      },
      ASOF,
    );
    expect(s.growth).toBeCloseTo(0.1, 15);
    // 1 sponsored of 3 posts in the window.
    expect(s.sponsoredShare).toBeCloseTo(1 / 3, 15);
    // Three single likes on ~1,000–1,100 followers: the Wilson interval is wider than the t-interval.
    expect(s.interval95).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
    // The window changes first when the 10-days-ago post leaves it (80 days on), but growth's start reaches
    // the 25-days-ago snapshot in 5 days.
    expect(s.validUntil?.getTime()).toBe(ASOF.getTime() + 5 * DAY);
  });

  it('no posts: no share and no interval; no snapshot before the start: no growth', () => {
    const s = summarizeAccount({ ...base, snapshots: [snap(10, 900), snap(1, 1000)], posts: [] }, ASOF);
    expect(s.sponsoredShare).toBeNull();
    expect(s.interval95).toBeNull();
    expect(s.growth).toBeNull();
    // Growth becomes defined when asOf − 30 d reaches the 10-days-ago snapshot: 20 days on.
    expect(s.validUntil?.getTime()).toBe(ASOF.getTime() + 20 * DAY);
  });

  it('excluded posts count in the share', () => {
    const s = summarizeAccount(
      {
        ...base,
        followers: 0,
        snapshots: [],
        posts: [postMetricsInput({ postedAt: ago(3), kind: 'PHOTO', likes: 5, sponsored: true })],
      },
      ASOF,
    );
    expect(s.sampleSize).toBe(0);
    expect(s.excluded).toBe(1);
    expect(s.sponsoredShare).toBe(1);
  });
});

describe('summariesServe', () => {
  it('serves the shipped config only: another growth horizon reads rows', () => {
    expect(summariesServe(DEFAULT_METRICS_CONFIG)).toBe(true);
    expect(summariesServe({ ...DEFAULT_METRICS_CONFIG, discovery: { growthDays: 7 } })).toBe(false);
    expect(summariesServe({ ...DEFAULT_METRICS_CONFIG, discovery: { ...DEFAULT_METRICS_CONFIG.discovery } })).toBe(
      true,
    );
  });
});
