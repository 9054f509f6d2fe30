import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngagementMethod, MetricWindow, PostKind } from './config.js';
import {
  accountEngagement,
  followersAtPostTime,
  meanInterval95,
  type PostMetricsInput,
  postBase,
  postInteractions,
  type SnapshotInput,
  sampleLikesAndComments,
  selectWindow,
  sponsoredVsOrganic,
  tInterval,
  wilsonInterval,
} from './engagement.js';

const DAY = 86_400_000;
const ASOF = new Date('2024-06-30T00:00:00Z');
const daysBefore = (d: number, from: Date = ASOF) => new Date(from.getTime() - d * DAY);

const DEFAULT: EngagementMethod = { interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEAN' };
const MEDIAN: EngagementMethod = { ...DEFAULT, aggregate: 'MEDIAN' };
const W90: MetricWindow = { days: 90, posts: null };

function post(overrides: Partial<PostMetricsInput> = {}): PostMetricsInput {
  return {
    postedAt: daysBefore(1),
    kind: 'PHOTO',
    sponsored: false,
    likes: 0,
    comments: 0,
    shares: null,
    saves: null,
    views: null,
    reach: null,
    impressions: null,
    ...overrides,
  };
}

function snap(capturedAt: Date, followers: number): SnapshotInput {
  return { capturedAt, followers, following: null };
}

/** Posts with `likes` interactions each, on consecutive days before ASOF. */
function likesPosts(likes: number[]): PostMetricsInput[] {
  return likes.map((l, i) => post({ likes: l, postedAt: daysBefore(i + 1) }));
}

describe('postInteractions', () => {
  const p = post({ likes: 100, comments: 10, shares: null, saves: 5 });

  it('ALL sums likes, comments, shares, saves; null counts 0 and is not listed', () => {
    // 100 + 10 + 0 + 5 = 115
    expect(postInteractions(p, 'ALL')).toEqual({ total: 115, present: ['likes', 'comments', 'saves'] });
  });

  it('LIKES_COMMENTS sums likes and comments only', () => {
    // 100 + 10 = 110
    expect(postInteractions(p, 'LIKES_COMMENTS')).toEqual({ total: 110, present: ['likes', 'comments'] });
  });

  it('a post with nothing reported has 0 interactions and no components', () => {
    const empty = post({ likes: null, comments: null });
    expect(postInteractions(empty, 'ALL')).toEqual({ total: 0, present: [] });
  });
});

describe('followersAtPostTime', () => {
  // Deliberately unsorted.
  const snapshots = [
    snap(new Date('2024-03-01T00:00:00Z'), 1200),
    snap(new Date('2024-01-01T00:00:00Z'), 1000),
    snap(new Date('2024-02-01T00:00:00Z'), 1100),
  ];

  it('uses the latest snapshot at or before the post', () => {
    expect(followersAtPostTime(new Date('2024-02-15T00:00:00Z'), snapshots, 9999)).toBe(1100);
    expect(followersAtPostTime(new Date('2024-02-01T00:00:00Z'), snapshots, 9999)).toBe(1100);
    expect(followersAtPostTime(new Date('2024-05-01T00:00:00Z'), snapshots, 9999)).toBe(1200);
  });

  it('with only snapshots after the post, uses the earliest one after it', () => {
    expect(followersAtPostTime(new Date('2023-12-01T00:00:00Z'), snapshots, 9999)).toBe(1000);
  });

  it('without snapshots, uses the current followers', () => {
    expect(followersAtPostTime(new Date('2024-02-15T00:00:00Z'), [], 9999)).toBe(9999);
  });

  it('two snapshots at the same instant: the one given last wins', () => {
    const t = new Date('2024-01-01T00:00:00Z');
    expect(followersAtPostTime(new Date('2024-01-02T00:00:00Z'), [snap(t, 1), snap(t, 2)], 0)).toBe(2);
  });
});

describe('postBase', () => {
  const p = post({ postedAt: new Date('2024-02-15T00:00:00Z'), views: 5000, reach: 3000, impressions: null });
  const snapshots = [snap(new Date('2024-01-01T00:00:00Z'), 1000)];

  it('FOLLOWERS is followers at post time; the others are the post field', () => {
    expect(postBase(p, 'FOLLOWERS', snapshots, 2000)).toBe(1000);
    expect(postBase(p, 'VIEWS', snapshots, 2000)).toBe(5000);
    expect(postBase(p, 'REACH', snapshots, 2000)).toBe(3000);
    expect(postBase(p, 'IMPRESSIONS', snapshots, 2000)).toBeNull();
  });
});

describe('selectWindow', () => {
  const at = (d: number) => post({ postedAt: daysBefore(d), likes: d });

  it('keeps asOf − days < postedAt ≤ asOf, oldest first', () => {
    const posts = [at(0), at(-1), at(90), at(89.999), at(30), at(120)];
    // day 0 is asOf itself (in), day −1 is after asOf (out), day 90 is exactly asOf − 90d (out).
    expect(selectWindow(posts, W90, ASOF).map((p) => p.likes)).toEqual([89.999, 30, 0]);
  });

  it('with `posts`, keeps the last N at or before asOf, whatever their age', () => {
    const posts = [at(400), at(5), at(-3), at(200), at(1)];
    expect(selectWindow(posts, { days: 90, posts: 3 }, ASOF).map((p) => p.likes)).toEqual([200, 5, 1]);
    expect(selectWindow(posts, { days: 90, posts: 10 }, ASOF).map((p) => p.likes)).toEqual([400, 200, 5, 1]);
    expect(selectWindow(posts, { days: 90, posts: 0 }, ASOF)).toEqual([]);
  });

  it('returns the caller’s own objects', () => {
    const posts = [{ ...at(1), id: 'a' }];
    expect(selectWindow(posts, W90, ASOF)[0]?.id).toBe('a');
  });
});

describe('accountEngagement', () => {
  const snapshots = [snap(new Date('2024-01-01T00:00:00Z'), 1000)];
  /** An account with `snapshots`, by default the DEFAULT method over W90 at ASOF. */
  const engagement = (posts: PostMetricsInput[], followers: number, method = DEFAULT, window = W90) =>
    accountEngagement({ posts, snapshots, followers }, method, window, ASOF);

  it('no posts: empty sample, nulls', () => {
    const r = engagement([], 1000);
    expect(r).toMatchObject({
      value: null,
      sampleSize: 0,
      excluded: 0,
      totalInteractions: 0,
      avgInteractionsPerPost: null,
      interval95: null,
      componentsPresent: [],
      rates: [],
      bases: [],
    });
  });

  it('one post: its rate, and the Wilson interval alone', () => {
    // (40 + 10) / 1000 = 0.05. Wilson, x = 50, N = 1000, z² = 3.8414589: center 0.05 + 0.0019207 = 0.0519207,
    // spread z · √(0.0000475 + 0.00000096) = 0.0136054, ÷ 1.0038415 → [0.0381303, 0.0653138]
    const r = engagement([post({ likes: 40, comments: 10 })], 5000);
    expect(r.value).toBeCloseTo(0.05, 15);
    expect(r.sampleSize).toBe(1);
    expect(r.totalInteractions).toBe(50);
    expect(r.avgInteractionsPerPost).toBe(50);
    expect(r.interval95?.low).toBeCloseTo(0.0381303, 7);
    expect(r.interval95?.high).toBeCloseTo(0.0653138, 7);
    expect(r.interval95).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
  });

  it('MEAN over five posts with a t(0.975, 4) interval', () => {
    // rates 30,40,40,40,50 / 1000 = 0.03, 0.04, 0.04, 0.04, 0.05 → mean 0.04
    // s² = (0.01² + 0 + 0 + 0 + 0.01²) / 4 = 0.00005, s = 0.0070711, s/√5 = 0.0031623
    // half = 2.7764451 · 0.0031623 = 0.0087799 → [0.0312201, 0.0487799]
    const r = engagement(likesPosts([30, 40, 40, 40, 50]), 1000);
    expect(r.value).toBeCloseTo(0.04, 15);
    expect(r.sampleSize).toBe(5);
    expect(r.totalInteractions).toBe(200);
    expect(r.avgInteractionsPerPost).toBe(40);
    // Wilson over x = 200, N = 5000 is [0.0349121, 0.0457941], inside the t-interval: both ends from T.
    expect(r.interval95?.low).toBeCloseTo(0.0312201, 7);
    expect(r.interval95?.high).toBeCloseTo(0.0487799, 7);
    expect(r.interval95).toMatchObject({ lowSource: 'T', highSource: 'T' });
  });

  it('clamps the low end of the interval at 0', () => {
    // rates 0.02, 0.04, 0.06: mean 0.04, s = 0.02, half = 4.3026527 · 0.02 / √3 = 0.0496828
    // low = max(0, 0.04 − 0.0496828) = 0, high = 0.0896828
    // (Wilson over x = 120, N = 3000 is [0.0335559, 0.0476206]: the t-interval holds both ends.)
    const r = engagement(likesPosts([20, 40, 60]), 1000);
    expect(r.interval95?.low).toBe(0);
    expect(r.interval95?.high).toBeCloseTo(0.0896828, 7);
    expect(r.interval95).toMatchObject({ lowSource: 'T', highSource: 'T' });
  });

  it('equal rates on small counts no longer give a zero-width interval: the Wilson interval holds', () => {
    // Two posts with one like each on 100 followers: rates 0.01, 0.01, t-interval [0.01, 0.01] (s = 0).
    // Wilson, x = 2, N = 200: center 0.01 + 3.8414589/400 = 0.0196037; spread
    // z · √(0.0099/200 + 3.8414589/160000) = 1.959964 · 0.0085738 = 0.0168043; ÷ (1 + 3.8414589/200) = 1.0192073
    // → [0.0027467, 0.0357218]
    const snapshots100 = [snap(new Date('2024-01-01T00:00:00Z'), 100)];
    const r = accountEngagement(
      { posts: likesPosts([1, 1]), snapshots: snapshots100, followers: 100 },
      DEFAULT,
      W90,
      ASOF,
    );
    expect(r.value).toBeCloseTo(0.01, 15);
    expect(r.interval95?.low).toBeCloseTo(0.0027467, 7);
    expect(r.interval95?.high).toBeCloseTo(0.0357218, 7);
    expect(r.interval95).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
  });

  it('no interactions at all: low 0 from both intervals, reported as WILSON; high from Wilson', () => {
    // t: [0, 0]. Wilson, x = 0, N = 2000: [0, z²/N / (1 + z²/N)] = [0, 0.0019170]
    const r = engagement(likesPosts([0, 0]), 1000);
    expect(r.interval95?.low).toBe(0);
    expect(r.interval95?.high).toBeCloseTo(0.001917, 7);
    expect(r.interval95).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
  });

  it('MEDIAN: middle value, mean of the two middle ones for even n, and no interval', () => {
    // rates 0.01, 0.02, 0.04, 0.10 → (0.02 + 0.04) / 2 = 0.03
    const even = engagement(likesPosts([10, 20, 40, 100]), 1, MEDIAN);
    expect(even.value).toBeCloseTo(0.03, 15);
    expect(even.interval95).toBeNull();
    // rates 0.01, 0.02, 0.10 → 0.02
    const odd = engagement(likesPosts([10, 20, 100]), 1, MEDIAN);
    expect(odd.value).toBeCloseTo(0.02, 15);
    // avgInteractionsPerPost is still a mean: 130 / 3
    expect(odd.avgInteractionsPerPost).toBeCloseTo(130 / 3, 12);
  });

  it('posts with a null or zero base are excluded and counted', () => {
    const posts = [
      post({ postedAt: daysBefore(1), likes: 10, views: 100 }), // 10 / 100 = 0.1
      post({ postedAt: daysBefore(2), likes: 30, views: 200 }), // 30 / 200 = 0.15
      post({ postedAt: daysBefore(3), likes: 50, views: 0 }), // excluded
      post({ postedAt: daysBefore(4), likes: 70, views: null }), // excluded
    ];
    const r = engagement(posts, 1000, { ...DEFAULT, base: 'VIEWS' });
    // sample oldest first: 0.15, 0.1 → mean 0.125; interactions 30 + 10 = 40 over 2 posts
    expect(r.sampleSize).toBe(2);
    expect(r.excluded).toBe(2);
    expect(r.value).toBeCloseTo(0.125, 15);
    expect(r.totalInteractions).toBe(40);
    expect(r.avgInteractionsPerPost).toBe(20);
    expect(r.rates).toEqual([0.15, 0.1]);
    expect(r.bases).toEqual([200, 100]);
  });

  it('zero followers at post time excludes the post', () => {
    const r = accountEngagement({ posts: [post({ likes: 5 })], snapshots: [], followers: 0 }, DEFAULT, W90, ASOF);
    expect(r).toMatchObject({ value: null, sampleSize: 0, excluded: 1, totalInteractions: 0 });
  });

  it('uses followers at each post’s time, including a snapshot only after the post', () => {
    const snaps = [snap(new Date('2024-05-01T00:00:00Z'), 2000), snap(new Date('2024-06-01T00:00:00Z'), 4000)];
    const posts = [
      post({ postedAt: new Date('2024-04-15T00:00:00Z'), likes: 100 }), // before any snapshot → 2000 → 0.05
      post({ postedAt: new Date('2024-05-15T00:00:00Z'), likes: 100 }), // → 2000 → 0.05
      post({ postedAt: new Date('2024-06-15T00:00:00Z'), likes: 100 }), // → 4000 → 0.025
    ];
    const r = accountEngagement({ posts, snapshots: snaps, followers: 10_000 }, DEFAULT, W90, ASOF);
    // (0.05 + 0.05 + 0.025) / 3 = 0.041666…
    expect(r.bases).toEqual([2000, 2000, 4000]);
    expect(r.value).toBeCloseTo(0.125 / 3, 15);
  });

  it('lists the components present in the sample and honours LIKES_COMMENTS', () => {
    const posts = [
      post({ postedAt: daysBefore(1), likes: 10, comments: null, shares: 5, saves: null }),
      post({ postedAt: daysBefore(2), likes: 20, comments: 2, shares: null, saves: null }),
    ];
    const all = engagement(posts, 1000);
    // 15 and 22 interactions
    expect(all.componentsPresent).toEqual(['likes', 'comments', 'shares']);
    expect(all.totalInteractions).toBe(37);
    const lc = engagement(posts, 1000, { ...DEFAULT, interactions: 'LIKES_COMMENTS' });
    // 10 and 22
    expect(lc.componentsPresent).toEqual(['likes', 'comments']);
    expect(lc.totalInteractions).toBe(32);
    expect(lc.value).toBeCloseTo((0.01 + 0.022) / 2, 15);
  });

  it('respects the window and reports the method used', () => {
    const posts = [post({ postedAt: daysBefore(100), likes: 999 }), post({ postedAt: daysBefore(10), likes: 20 })];
    const r = engagement(posts, 1000);
    expect(r.value).toBeCloseTo(0.02, 15);
    expect(r.method).toEqual({
      interactions: 'ALL',
      base: 'FOLLOWERS',
      aggregate: 'MEAN',
      windowDays: 90,
      windowPosts: null,
      asOf: ASOF,
    });
    const last = engagement(posts, 1000, DEFAULT, { days: 90, posts: 2 });
    // (0.999 + 0.02) / 2
    expect(last.value).toBeCloseTo(1.019 / 2, 15);
    expect(last.method.windowPosts).toBe(2);
  });
});

describe('sponsoredVsOrganic', () => {
  const snapshots = [snap(new Date('2024-01-01T00:00:00Z'), 1000)];

  it('splits the window and divides the values', () => {
    const posts = [
      post({ postedAt: daysBefore(1), likes: 20 }), // organic 0.02
      post({ postedAt: daysBefore(2), likes: 40 }), // organic 0.04
      post({ postedAt: daysBefore(3), likes: 60, sponsored: true }), // sponsored 0.06
      post({ postedAt: daysBefore(200), likes: 900, sponsored: true }), // outside the window
    ];
    const r = sponsoredVsOrganic({ posts, snapshots, followers: 1000 }, DEFAULT, W90, ASOF);
    // organic mean 0.03, sponsored 0.06 → lift 2
    expect(r.organic.value).toBeCloseTo(0.03, 15);
    expect(r.organic.sampleSize).toBe(2);
    expect(r.sponsored.value).toBeCloseTo(0.06, 15);
    expect(r.sponsored.sampleSize).toBe(1);
    expect(r.liftRatio).toBeCloseTo(2, 12);
  });

  it('applies a post-count window before splitting', () => {
    const posts = [
      post({ postedAt: daysBefore(1), likes: 20 }),
      post({ postedAt: daysBefore(2), likes: 60, sponsored: true }),
      post({ postedAt: daysBefore(3), likes: 90, sponsored: true }), // not among the last 2
    ];
    const r = sponsoredVsOrganic({ posts, snapshots, followers: 1000 }, DEFAULT, { days: 90, posts: 2 }, ASOF);
    expect(r.sponsored.sampleSize).toBe(1);
    expect(r.sponsored.value).toBeCloseTo(0.06, 15);
    // 0.06 / 0.02 = 3
    expect(r.liftRatio).toBeCloseTo(3, 12);
  });

  it('lift is null without organic posts or with an organic rate of 0', () => {
    const onlySponsored = [post({ likes: 10, sponsored: true })];
    expect(
      sponsoredVsOrganic({ posts: onlySponsored, snapshots, followers: 1 }, DEFAULT, W90, ASOF).liftRatio,
    ).toBeNull();
    const zeroOrganic = [post({ likes: 10, sponsored: true }), post({ likes: 0, postedAt: daysBefore(2) })];
    const r = sponsoredVsOrganic({ posts: zeroOrganic, snapshots, followers: 1 }, DEFAULT, W90, ASOF);
    expect(r.organic.value).toBe(0);
    expect(r.liftRatio).toBeNull();
  });
});

describe('properties', () => {
  const count = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null, freq: 4 });
  // Whole days so posts often share a timestamp (exercises the tie-break under `posts` windows).
  const arbPost: fc.Arbitrary<PostMetricsInput> = fc.record({
    postedAt: fc.integer({ min: -10, max: 130 }).map((d) => daysBefore(d)),
    kind: fc.constantFrom<PostKind>('PHOTO', 'CAROUSEL', 'VIDEO', 'REEL'),
    sponsored: fc.boolean(),
    likes: count,
    comments: count,
    shares: count,
    saves: count,
    views: count,
    reach: count,
    impressions: count,
  });
  const arbSnapshots = fc
    .uniqueArray(fc.integer({ min: -10, max: 200 }), { maxLength: 6 })
    .chain((days) =>
      fc.tuple(...days.map((d) => fc.integer({ min: 0, max: 1_000_000 }).map((f) => snap(daysBefore(d), f)))),
    );
  const arbMethod: fc.Arbitrary<EngagementMethod> = fc.record({
    interactions: fc.constantFrom('ALL', 'LIKES_COMMENTS'),
    base: fc.constantFrom('FOLLOWERS', 'VIEWS', 'REACH', 'IMPRESSIONS'),
    aggregate: fc.constantFrom('MEAN', 'MEDIAN'),
  });
  const arbWindow: fc.Arbitrary<MetricWindow> = fc.record({
    days: fc.integer({ min: 1, max: 120 }),
    posts: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  });

  it('the interval contains the mean', () => {
    fc.assert(
      fc.property(fc.array(arbPost, { maxLength: 30 }), arbSnapshots, (posts, snapshots) => {
        const r = accountEngagement({ posts, snapshots, followers: 5000 }, DEFAULT, W90, ASOF);
        if (r.sampleSize === 0) {
          expect(r.interval95).toBeNull();
          return;
        }
        // Bases are whole counts, so Σ base ≥ 1 and the Wilson interval exists from one post on.
        expect(r.interval95).not.toBeNull();
        if (r.sampleSize < 2) return;
        const value = r.value as number;
        expect(r.interval95).not.toBeNull();
        expect(r.interval95?.low).toBeLessThanOrEqual(value);
        expect(r.interval95?.high).toBeGreaterThanOrEqual(value);
        expect(r.interval95?.low).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('results do not depend on the order of posts or snapshots', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbPost, { maxLength: 25 })
          .chain((posts) =>
            fc.tuple(
              fc.constant(posts),
              fc.shuffledSubarray(posts, { minLength: posts.length, maxLength: posts.length }),
            ),
          ),
        arbSnapshots.chain((s) =>
          fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length })),
        ),
        arbMethod,
        arbWindow,
        ([posts, shuffled], [snapshots, shuffledSnapshots], method, window) => {
          for (const metric of [accountEngagement, sponsoredVsOrganic]) {
            const a = metric({ posts, snapshots, followers: 777 }, method, window, ASOF);
            const b = metric({ posts: shuffled, snapshots: shuffledSnapshots, followers: 777 }, method, window, ASOF);
            expect(b).toEqual(a);
          }
        },
      ),
    );
  });

  it('accounts for every post in the window and keeps the value within the sample’s range', () => {
    fc.assert(
      fc.property(
        fc.array(arbPost, { maxLength: 30 }),
        arbSnapshots,
        arbMethod,
        arbWindow,
        (posts, snapshots, method, window) => {
          const r = accountEngagement({ posts, snapshots, followers: 1000 }, method, window, ASOF);
          expect(r.sampleSize + r.excluded).toBe(selectWindow(posts, window, ASOF).length);
          expect(r.rates).toHaveLength(r.sampleSize);
          expect(r.bases.every((b) => b > 0)).toBe(true);
          if (r.sampleSize === 0) {
            expect(r.value).toBeNull();
            return;
          }
          expect(r.value as number).toBeGreaterThanOrEqual(Math.min(...r.rates) - 1e-12);
          expect(r.value as number).toBeLessThanOrEqual(Math.max(...r.rates) + 1e-12);
          expect(r.avgInteractionsPerPost).toBeCloseTo(r.totalInteractions / r.sampleSize, 9);
        },
      ),
    );
  });
});

describe('sampleLikesAndComments', () => {
  it('sums likes and comments over the posts with a usable base only', () => {
    const posts = [
      post({ postedAt: daysBefore(1), likes: 100, comments: 5, views: 1000 }),
      post({ postedAt: daysBefore(2), likes: 50, comments: null, views: 0 }),
      post({ postedAt: daysBefore(3), likes: null, comments: 7, views: 10 }),
      post({ postedAt: daysBefore(200), likes: 999, comments: 999, views: 10 }),
    ];
    expect(sampleLikesAndComments(posts, [], 1000, { ...DEFAULT, base: 'VIEWS' }, W90, ASOF)).toEqual({
      totalLikes: 100,
      totalComments: 12,
    });
    expect(sampleLikesAndComments(posts, [], 1000, DEFAULT, W90, ASOF)).toEqual({
      totalLikes: 150,
      totalComments: 12,
    });
  });
});

describe('interval95 parts: t, Wilson and their hull', () => {
  it('wilsonInterval: hand-computed ends, x clamped to N, null below one trial', () => {
    // x = 2, N = 200 (see above) → [0.0027467, 0.0357218]
    const w = wilsonInterval(2, 200);
    expect(w?.low).toBeCloseTo(0.0027467, 7);
    expect(w?.high).toBeCloseTo(0.0357218, 7);
    // x = 1, N = 1: p̂ = 1 → low (1 + z²/2 − z²/2) / (1 + z²) = 1 / 4.8414589 = 0.2065493, high 1
    expect(wilsonInterval(1, 1)?.low).toBeCloseTo(0.2065493, 7);
    expect(wilsonInterval(1, 1)?.high).toBe(1);
    // More interactions than base count as N of N.
    expect(wilsonInterval(3, 2)).toEqual(wilsonInterval(2, 2));
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(0, 0.5)).toBeNull();
  });

  it('tInterval: null below two rates, unclamped otherwise', () => {
    expect(tInterval([0.5])).toBeNull();
    // 0.02, 0.04, 0.06 → 0.04 ± 0.0496828
    expect(tInterval([0.02, 0.04, 0.06])?.low).toBeCloseTo(-0.0096828, 7);
  });

  it('meanInterval95: each end from whichever interval reaches further', () => {
    // rates 0.5 and 0.0 on bases 2 and 1000 (x = 1, N = 1002): t = 0.25 ± 12.7062 · 0.3535534 / √2
    // = 0.25 ± 3.1765512 → low −2.93 clamps to 0 < Wilson low 0.0001762, high 3.4265512 > Wilson high 0.0056313.
    const wide = meanInterval95([0.5, 0], [1, 0], [2, 1000]);
    expect(wide?.low).toBe(0);
    expect(wide?.high).toBeCloseTo(3.4265512, 6);
    expect(wide).toMatchObject({ lowSource: 'T', highSource: 'T' });
    // rates 0.01, 0.011 on 1000 each: t = 0.0105 ± 12.7062 · 0.000707107 / √2 = [0.0041469, 0.0168531];
    // Wilson x = 21, N = 2000: [0.0068779, 0.0159989], inside it.
    const narrow = meanInterval95([0.01, 0.011], [10, 11], [1000, 1000]);
    expect(narrow?.low).toBeCloseTo(0.0041469, 7);
    expect(narrow?.high).toBeCloseTo(0.0168531, 7);
    expect(narrow).toMatchObject({ lowSource: 'T', highSource: 'T' });
    // The same rates on 100 each (2 and 2.1 interactions: x = 4.1, N = 200): t = 0.0205 ± 0.0063531 = [0.0141469,
    // 0.0268531]; Wilson [0.0080872, 0.0509855] holds it.
    const small = meanInterval95([0.02, 0.021], [2, 2.1], [100, 100]);
    expect(small?.low).toBeCloseTo(0.0080872, 7);
    expect(small?.high).toBeCloseTo(0.0509855, 7);
    expect(small).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
    // Five posts at 1% on 100 followers and five at 2% on 10,000: mean 0.015, s = 0.0052705, t(0.975, 9) =
    // 2.2621572 → t = [0.0112297, 0.0187703]; pooled x = 1005, N = 50,500, p̂ = 0.0199 → Wilson [0.0187189,
    // 0.0211561]: the low end from T, the high end from WILSON.
    const mixed = meanInterval95(
      [0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.02, 0.02, 0.02, 0.02],
      [1, 1, 1, 1, 1, 200, 200, 200, 200, 200],
      [100, 100, 100, 100, 100, 10_000, 10_000, 10_000, 10_000, 10_000],
    );
    expect(mixed?.low).toBeCloseTo(0.0112297, 7);
    expect(mixed?.high).toBeCloseTo(0.0211561, 7);
    expect(mixed).toMatchObject({ lowSource: 'T', highSource: 'WILSON' });
    expect(meanInterval95([], [], [])).toBeNull();
  });

  it('properties: the hull contains both intervals, low ≥ 0, contains the mean for n ≥ 2, sources name the ends', () => {
    const arbSample = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 100_000 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((pairs) => ({
        interactions: pairs.map(([x]) => x),
        bases: pairs.map(([, b]) => b),
        rates: pairs.map(([x, b]) => x / b),
      }));
    fc.assert(
      fc.property(arbSample, ({ interactions, bases, rates }) => {
        const hull = meanInterval95(rates, interactions, bases);
        const t = tInterval(rates);
        const w = wilsonInterval(
          interactions.reduce((a, b) => a + b, 0),
          bases.reduce((a, b) => a + b, 0),
        );
        expect(hull).not.toBeNull();
        const h = hull as NonNullable<typeof hull>;
        expect(h.low).toBeGreaterThanOrEqual(0);
        expect(h.low).toBeLessThanOrEqual(h.high);
        expect(w).not.toBeNull();
        expect(h.low).toBeLessThanOrEqual((w as { low: number }).low);
        expect(h.high).toBeGreaterThanOrEqual((w as { high: number }).high);
        expect(h.lowSource === 'WILSON' ? (w as { low: number }).low : Math.max(0, (t as { low: number }).low)).toBe(
          h.low,
        );
        expect(h.highSource === 'WILSON' ? (w as { high: number }).high : (t as { high: number }).high).toBe(h.high);
        if (rates.length === 1) {
          expect(h).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
          return;
        }
        const m = rates.reduce((a, b) => a + b, 0) / rates.length;
        expect(h.low).toBeLessThanOrEqual(Math.max(0, (t as { low: number }).low));
        expect(h.high).toBeGreaterThanOrEqual((t as { high: number }).high);
        expect(h.low).toBeLessThanOrEqual(m + 1e-15);
        expect(h.high).toBeGreaterThanOrEqual(m - 1e-15);
      }),
    );
  });
});
