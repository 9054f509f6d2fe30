import { describe, expect, it } from 'vitest';
import type { PostMetricsInput } from '../metrics/engagement.js';
import {
  type BrandAccountInput,
  type BrandPostInput,
  brandPerformance,
  lift,
  postRateTotals,
  summarize,
} from './performance.js';

const METHOD = { interactions: 'ALL', base: 'FOLLOWERS' } as const;
const day = (d: number) => new Date(Date.UTC(2026, 5, d));

function post(accountId: number, creatorId: number, d: number, counts: Partial<PostMetricsInput>): BrandPostInput {
  return {
    accountId,
    creatorId,
    postedAt: day(d),
    kind: 'PHOTO',
    sponsored: true,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    views: null,
    reach: null,
    impressions: null,
    ...counts,
  };
}

describe('postRateTotals', () => {
  it('rates each post on the followers at post time, counting null components 0', () => {
    const accounts = new Map([
      // Snapshot of 1,000 on day 1 and 2,000 on day 10: a post on day 5 has base 1,000, on day 12 base 2,000.
      [
        1,
        {
          followers: 5_000,
          snapshots: [
            { capturedAt: day(1), followers: 1_000, following: null },
            { capturedAt: day(10), followers: 2_000, following: null },
          ],
        },
      ],
    ]);
    const totals = postRateTotals(
      [
        post(1, 7, 5, { likes: 40, comments: 10 }), // 50 / 1,000 = 0.05
        post(1, 7, 12, { likes: 90, comments: null, shares: 5, saves: 5 }), // 100 / 2,000 = 0.05
      ],
      accounts,
      METHOD,
    );
    expect(totals).toEqual([{ accountId: 1, posts: 2, interactions: 150, rateSum: 0.1, rated: 2 }]);
  });

  it('leaves a post without a usable base out of the rate but not out of the interactions', () => {
    const accounts = new Map([[1, { followers: 0, snapshots: [] }]]);
    const totals = postRateTotals([post(1, 7, 5, { likes: 10 })], accounts, METHOD);
    expect(totals).toEqual([{ accountId: 1, posts: 1, interactions: 10, rateSum: 0, rated: 0 }]);
    expect(summarize(totals)).toEqual({ posts: 1, interactions: 10, rate: null, excluded: 1 });
  });
});

describe('lift', () => {
  it('is sponsored / organic − 1, null without an organic rate', () => {
    expect(lift(0.03, 0.02)).toBeCloseTo(0.5, 12);
    expect(lift(0.01, 0.02)).toBeCloseTo(-0.5, 12);
    expect(lift(0.03, null)).toBeNull();
    expect(lift(0.03, 0)).toBeNull();
    expect(lift(null, 0.02)).toBeNull();
  });
});

describe('brandPerformance', () => {
  // Creator 7 has two accounts (1 and 2), creator 8 one (3); account 4 (creator 9) posted nothing for the brand.
  const accounts = new Map<number, BrandAccountInput>([
    [1, { creatorId: 7, followers: 1_000, snapshots: [] }],
    [2, { creatorId: 7, followers: 4_000, snapshots: [] }],
    [3, { creatorId: 8, followers: 10_000, snapshots: [] }],
    [4, { creatorId: 9, followers: 500, snapshots: [] }],
  ]);
  const posts = [
    post(1, 7, 3, { likes: 30 }), // 0.03
    post(1, 7, 4, { likes: 50 }), // 0.05
    post(2, 7, 5, { likes: 160, comments: 40 }), // 0.05
    post(3, 8, 6, { likes: 900 }), // 0.09
  ];
  const organic = [
    { accountId: 1, posts: 4, interactions: 80, rateSum: 0.08, rated: 4 }, // 0.02 each
    { accountId: 3, posts: 2, interactions: 1_200, rateSum: 0.12, rated: 2 }, // 0.06 each
    { accountId: 4, posts: 9, interactions: 900, rateSum: 1.8, rated: 9 }, // not a brand account: ignored
  ];
  const result = brandPerformance({ posts, accounts, organic, method: METHOD, top: 10 });

  it('counts posts, creators, accounts and interactions of the brand', () => {
    expect(result.posts).toBe(4);
    expect(result.creators).toBe(2);
    expect(result.accounts).toBe(3);
    expect(result.interactions).toBe(30 + 50 + 200 + 900);
    expect(result.excluded).toBe(0);
    expect(result.componentsPresent).toEqual(['likes', 'comments']);
  });

  it('means post rates over the pooled posts, beside the same accounts’ organic rate, and the lift', () => {
    // (0.03 + 0.05 + 0.05 + 0.09) / 4 = 0.055; organic (0.08 + 0.12) / 6 = 0.0333…
    expect(result.rate).toBeCloseTo(0.055, 12);
    expect(result.organic).toEqual({ posts: 6, interactions: 1_280, rate: expect.any(Number), excluded: 0 });
    expect(result.organic.rate).toBeCloseTo(0.2 / 6, 12);
    expect(result.lift).toBeCloseTo(0.055 / (0.2 / 6) - 1, 12); // 0.65
  });

  it('ranks creators by interactions with their own organic rate and lift', () => {
    expect(result.topCreators.map((c) => c.creatorId)).toEqual([8, 7]);
    const [first, second] = result.topCreators;
    expect(first).toMatchObject({ creatorId: 8, posts: 1, interactions: 900, excluded: 0 });
    expect(first?.rate).toBeCloseTo(0.09, 12);
    expect(first?.organic.rate).toBeCloseTo(0.06, 12);
    expect(first?.lift).toBeCloseTo(0.5, 12);
    // Creator 7: (0.03 + 0.05 + 0.05) / 3; organic only account 1's 0.02 (account 2 had none).
    expect(second?.rate).toBeCloseTo(0.13 / 3, 12);
    expect(second?.organic).toMatchObject({ posts: 4, interactions: 80 });
    expect(second?.lift).toBeCloseTo(0.13 / 3 / 0.02 - 1, 12);
  });

  it('bounds the top creators, ties by posts then id, and has no lift without organic posts', () => {
    const tied = brandPerformance({
      posts: [post(1, 7, 3, { likes: 10 }), post(3, 8, 3, { likes: 5 }), post(3, 8, 4, { likes: 5 })],
      accounts,
      organic: [],
      method: METHOD,
      top: 1,
    });
    expect(tied.topCreators.map((c) => c.creatorId)).toEqual([8]); // 10 interactions each, 8 has more posts
    expect(tied.organic).toEqual({ posts: 0, interactions: 0, rate: null, excluded: 0 });
    expect(tied.lift).toBeNull();
    expect(tied.topCreators[0]?.lift).toBeNull();
  });

  it('answers zeros and nulls for a brand without posts', () => {
    const none = brandPerformance({ posts: [], accounts, organic, method: METHOD, top: 10 });
    expect(none).toEqual({
      posts: 0,
      interactions: 0,
      rate: null,
      excluded: 0,
      creators: 0,
      accounts: 0,
      organic: { posts: 0, interactions: 0, rate: null, excluded: 0 },
      lift: null,
      topCreators: [],
      componentsPresent: [],
    });
  });
});
