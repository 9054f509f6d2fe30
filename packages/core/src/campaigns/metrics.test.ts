import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG, type MetricsConfig } from '../metrics/config.js';
import { TIERS } from '../metrics/tiers.js';
import { intBetween, mulberry32, type Uniform } from '../testing/random.js';
import {
  type CampaignMemberInput,
  type CampaignMetrics,
  type CampaignMetricsInput,
  type CampaignPostInput,
  campaignPostTotals,
  computeCampaignMetrics,
  coordinationRisk,
  overheadHours,
} from './metrics.js';

const config = DEFAULT_METRICS_CONFIG;

function member(overrides: Partial<CampaignMemberInput> & { accountId: string }): CampaignMemberInput {
  return {
    platform: 'INSTAGRAM',
    tier: 'MICRO',
    followers: 0,
    authenticFollowers: 0,
    authenticityScore: 100,
    feeMinor: 0,
    feeEstimated: false,
    deliverables: 1,
    ...overrides,
  };
}

function post(overrides: Partial<CampaignPostInput> & { accountId: string }): CampaignPostInput {
  return { interactions: 0, rate: null, views: null, impressions: 0, impressionsEstimated: false, ...overrides };
}

/** Three members, four posts; the arithmetic is spelled out beside each expectation. */
const campaign: CampaignMetricsInput = {
  currency: 'USD',
  members: [
    // 30,000 × 2 = 60,000
    member({
      accountId: 'a',
      tier: 'MICRO',
      followers: 20_000,
      authenticFollowers: 18_000,
      authenticityScore: 90,
      feeMinor: 30_000,
      deliverables: 2,
    }),
    // 5,500 × 1 = 5,500 (rate-card estimate)
    member({
      accountId: 'b',
      tier: 'NANO',
      followers: 5_000,
      authenticFollowers: 4_000,
      authenticityScore: 60,
      feeMinor: 5_500,
      feeEstimated: true,
      deliverables: 1,
    }),
    // 750,000 × 1 = 750,000
    member({
      accountId: 'c',
      tier: 'MACRO',
      followers: 600_000,
      authenticFollowers: 540_000,
      authenticityScore: 75,
      feeMinor: 750_000,
      deliverables: 1,
    }),
  ],
  posts: [
    post({ accountId: 'a', interactions: 1_000, rate: 0.05, impressions: 10_000 }),
    post({ accountId: 'a', interactions: 600, rate: 0.03, views: 13_100, impressions: 1_850 }),
    // 5,000 followers × 0.25 reach factor = 1,250 estimated impressions
    post({ accountId: 'b', interactions: 250, rate: 0.05, impressions: 1_250, impressionsEstimated: true }),
    // 600,000 × 0.25 = 150,000 estimated impressions; no follower base → rate null
    post({
      accountId: 'c',
      interactions: 6_150,
      rate: null,
      views: 150_000,
      impressions: 150_000,
      impressionsEstimated: true,
    }),
  ],
  revenueMinor: 1_631_000,
  conversions: 100,
  emvCpmMinor: null,
};

describe('computeCampaignMetrics', () => {
  const m = computeCampaignMetrics(campaign, config);

  it('sums spend as fee × deliverables and flags estimated fees', () => {
    // 60,000 + 5,500 + 750,000
    expect(m.spendMinor).toBe(815_500);
    expect(m.spendEstimated).toBe(true);
    expect(m.currency).toBe('USD');
  });

  it('counts creators, deliverables, posts and reach', () => {
    expect(m.creators).toBe(3);
    expect(m.deliverables).toBe(4); // 2 + 1 + 1
    expect(m.posts).toBe(4);
    expect(m.reachPotential).toBe(625_000); // 20,000 + 5,000 + 600,000
    expect(m.authenticReach).toBe(562_000); // 18,000 + 4,000 + 540,000
  });

  it('sums post metrics and counts estimated impressions', () => {
    expect(m.impressions).toBe(163_100); // 10,000 + 1,850 + 1,250 + 150,000
    expect(m.impressionsEstimated).toBe(2);
    expect(m.interactions).toBe(8_000); // 1,000 + 600 + 250 + 6,150
    expect(m.views).toBe(163_100); // 13,100 + 150,000 (nulls count 0)
  });

  it('averages post rates, skipping posts without a rate', () => {
    // (0.05 + 0.03 + 0.05) / 3
    expect(m.engagementRate).toBeCloseTo(0.13 / 3, 12);
  });

  it('derives CPE, CPM, CPV, EMV and ROI', () => {
    expect(m.cpe).toBeCloseTo(101.9375, 10); // 815,500 / 8,000
    expect(m.cpm).toBeCloseTo(5_000, 9); // 815,500 / 163,100 × 1000
    expect(m.cpv).toBeCloseTo(5, 12); // 815,500 / 163,100
    expect(m.emv).toBe(106_015); // 163,100 / 1000 × 650 (default USD CPM 6.50)
    expect(m.emvReason).toBeNull();
    expect(m.roi).toBeCloseTo(1, 12); // (1,631,000 − 815,500) / 815,500
    expect(m.costPerConversion).toBe(8_155); // 815,500 / 100
  });

  it('computes overhead hours and coordination risk', () => {
    expect(m.overheadHours).toBe(13); // 3 × 3 creators + 1 × 4 deliverables
    expect(m.coordinationRisk).toBeCloseTo(0.142625, 12); // 1 − 0.95³ = 1 − 0.857375
  });

  it('averages member authenticity', () => {
    expect(m.averageAuthenticity).toBe(75); // (90 + 60 + 75) / 3
  });

  it('breaks creators and spend down by tier, all five tiers in order', () => {
    expect(m.tierMix).toEqual([
      { tier: 'NANO', creators: 1, spendMinor: 5_500 },
      { tier: 'MICRO', creators: 1, spendMinor: 60_000 },
      { tier: 'MID', creators: 0, spendMinor: 0 },
      { tier: 'MACRO', creators: 1, spendMinor: 750_000 },
      { tier: 'MEGA', creators: 0, spendMinor: 0 },
    ]);
  });
});

describe('computeCampaignMetrics: undefined values are null, never Infinity or NaN', () => {
  it('an empty campaign', () => {
    const m = computeCampaignMetrics(
      { currency: 'USD', members: [], posts: [], revenueMinor: null, conversions: null, emvCpmMinor: null },
      config,
    );
    expect(m).toMatchObject({
      spendMinor: 0,
      spendEstimated: false,
      creators: 0,
      deliverables: 0,
      posts: 0,
      impressions: 0,
      interactions: 0,
      views: 0,
      engagementRate: null,
      cpe: null,
      cpm: null,
      cpv: null,
      emv: 0, // 0 impressions / 1000 × 650
      roi: null,
      costPerConversion: null,
      overheadHours: 0,
      coordinationRisk: 0, // 1 − 0.95⁰
      averageAuthenticity: null,
    });
  });

  it('members but no posts: no divisor for CPE/CPM/CPV; ROI still defined', () => {
    const m = computeCampaignMetrics(
      {
        currency: 'USD',
        members: [member({ accountId: 'a', feeMinor: 10_000, deliverables: 3 })],
        posts: [],
        revenueMinor: 15_000,
        conversions: 0,
        emvCpmMinor: null,
      },
      config,
    );
    expect(m.spendMinor).toBe(30_000); // 10,000 × 3
    expect(m.cpe).toBeNull();
    expect(m.cpm).toBeNull();
    expect(m.cpv).toBeNull();
    expect(m.roi).toBeCloseTo(-0.5, 12); // (15,000 − 30,000) / 30,000
    expect(m.costPerConversion).toBeNull(); // 0 conversions
    expect(m.overheadHours).toBe(6); // 3 × 1 + 1 × 3
  });

  it('revenue with zero spend has no ROI; posts without views have no CPV', () => {
    const m = computeCampaignMetrics(
      {
        currency: 'USD',
        members: [member({ accountId: 'a', feeMinor: 0 })],
        posts: [post({ accountId: 'a', interactions: 10, impressions: 100 })],
        revenueMinor: 5_000,
        conversions: null,
        emvCpmMinor: null,
      },
      config,
    );
    expect(m.roi).toBeNull();
    expect(m.cpe).toBe(0); // 0 / 10
    expect(m.cpm).toBe(0);
    expect(m.cpv).toBeNull();
  });

  it('EMV converts the USD CPM into a currency without its own, is null without a rate, and an explicit CPM wins', () => {
    const base: CampaignMetricsInput = {
      currency: 'EUR',
      members: [],
      posts: [post({ accountId: 'a', impressions: 2_500 })],
      revenueMinor: null,
      conversions: null,
      emvCpmMinor: null,
    };
    // 650 US cents ÷ 1.16 (USD per EUR) = 560.34 → 560 euro cents; 2,500 / 1000 × 560 = 1,400
    const converted = computeCampaignMetrics(base, config);
    expect(converted.emv).toBe(1_400);
    expect(converted.emvCpmMinor).toBe(560);
    expect(converted.emvCpmConversion).toMatchObject({ from: 'USD', to: 'EUR', source: config.costs.fx.source });
    expect(converted.emvCpmConversion?.rate).toBeCloseTo(1 / 1.16, 12);
    expect(converted.emvReason).toBeNull();
    const none = computeCampaignMetrics({ ...base, currency: 'NOK' }, config);
    expect(none.emv).toBeNull();
    expect(none.emvCpmConversion).toBeNull();
    expect(none.emvReason).toContain('NOK');
    // 2,500 / 1000 × 401 = 1,002.5 → rounded to whole minor units
    expect(computeCampaignMetrics({ ...base, emvCpmMinor: 401 }, config).emv).toBe(1_003);
    expect(computeCampaignMetrics({ ...base, emvCpmMinor: 401 }, config).emvReason).toBeNull();
  });
});

describe('computeCampaignMetrics: budget warnings and reach factors', () => {
  const spendOf = (feeMinor: number, deliverables: number, budgetMinor: number | null, feeEstimated = false) =>
    computeCampaignMetrics(
      {
        currency: 'USD',
        members: [member({ accountId: 'a', feeMinor, deliverables, feeEstimated })],
        posts: [],
        revenueMinor: null,
        conversions: null,
        emvCpmMinor: null,
        budgetMinor,
      },
      config,
    );

  it('warns OVER_BUDGET with money in major units when spend exceeds the budget', () => {
    // 139,000 × 5 = 695,000 cents = 6,950.00 USD > 3,000.00 USD
    expect(spendOf(139_000, 5, 300_000).warnings).toEqual([
      { code: 'OVER_BUDGET', message: 'spend 6,950.00 USD exceeds the budget of 3,000.00 USD' },
    ]);
    expect(spendOf(139_000, 5, 300_000, true).warnings[0]?.message).toBe(
      'spend 6,950.00 USD (partly estimated) exceeds the budget of 3,000.00 USD',
    );
  });

  it('does not warn at or under the budget, or without one', () => {
    expect(spendOf(100_000, 3, 300_000).warnings).toEqual([]); // exactly the budget
    expect(spendOf(100_000, 2, 300_000).warnings).toEqual([]);
    expect(spendOf(100_000, 9, null).warnings).toEqual([]);
  });

  it("names the reach factor of each platform of the roster and its posts, in the config's order", () => {
    const custom: MetricsConfig = {
      ...config,
      costs: { ...config.costs, reachFactor: { INSTAGRAM: 0.25, TIKTOK: 0.4, YOUTUBE: 0.3, X: 0.1 } },
    };
    const m = computeCampaignMetrics(
      {
        currency: 'USD',
        members: [member({ accountId: 'a', platform: 'TIKTOK' }), member({ accountId: 'b', platform: 'INSTAGRAM' })],
        postTotals: [
          {
            accountId: 'c',
            platform: 'X',
            posts: 1,
            interactions: 0,
            rateSum: 0,
            rated: 0,
            views: 0,
            impressions: 0,
            impressionsEstimated: 0,
          },
        ],
        revenueMinor: null,
        conversions: null,
        emvCpmMinor: null,
      },
      custom,
    );
    expect(m.reachFactors).toEqual([
      { platform: 'INSTAGRAM', factor: 0.25 },
      { platform: 'TIKTOK', factor: 0.4 },
      { platform: 'X', factor: 0.1 },
    ]);
  });
});

describe('overhead and coordination risk helpers', () => {
  it.each([
    [0, 0],
    [1, 0.05], // 1 − 0.95
    [2, 0.0975], // 1 − 0.9025
    [3, 0.142625], // 1 − 0.857375
    [10, 0.40126306076162], // 1 − 0.95¹⁰ = 1 − 0.59873693923838
  ])('%i creators → risk %f', (creators, risk) => {
    expect(coordinationRisk(creators, config)).toBeCloseTo(risk, 12);
  });

  it('reads hours and failure rate from the configuration', () => {
    const custom: MetricsConfig = {
      ...config,
      campaigns: { ...config.campaigns, hoursPerCreator: 5, hoursPerDeliverable: 2, relationshipFailureRate: 0.1 },
    };
    expect(overheadHours(2, 6, custom)).toBe(22); // 5 × 2 + 2 × 6
    expect(coordinationRisk(2, custom)).toBeCloseTo(0.19, 12); // 1 − 0.9²
    const m = computeCampaignMetrics(
      {
        currency: 'USD',
        members: [member({ accountId: 'a', deliverables: 2 }), member({ accountId: 'b', deliverables: 4 })],
        posts: [],
        revenueMinor: null,
        conversions: null,
        emvCpmMinor: null,
      },
      custom,
    );
    expect(m.overheadHours).toBe(22);
    expect(m.coordinationRisk).toBeCloseTo(0.19, 12);
  });
});

describe('computeCampaignMetrics: posts one by one or summed per account', () => {
  it('sums the posts per account, accounts in order of their first post', () => {
    expect(campaignPostTotals(campaign.posts ?? [])).toEqual([
      {
        accountId: 'a',
        posts: 2,
        interactions: 1_600,
        rateSum: 0.05 + 0.03,
        rated: 2,
        views: 13_100,
        impressions: 11_850,
        impressionsEstimated: 0,
      },
      {
        accountId: 'b',
        posts: 1,
        interactions: 250,
        rateSum: 0.05,
        rated: 1,
        views: 0,
        impressions: 1_250,
        impressionsEstimated: 1,
      },
      {
        accountId: 'c',
        posts: 1,
        interactions: 6_150,
        rateSum: 0,
        rated: 0,
        views: 150_000,
        impressions: 150_000,
        impressionsEstimated: 1,
      },
    ]);
    expect(campaignPostTotals([])).toEqual([]);
  });

  /** A random campaign: members, and posts of members and of other accounts (rates, views, impressions may be absent). */
  function randomCampaign(rand: Uniform): CampaignMetricsInput {
    const accounts = intBetween(rand, 1, 8);
    const members = Array.from({ length: intBetween(rand, 0, accounts) }, (_, i) =>
      member({
        accountId: String(i),
        tier: TIERS[intBetween(rand, 0, TIERS.length - 1)] as CampaignMemberInput['tier'],
        followers: intBetween(rand, 0, 2_000_000),
        authenticityScore: intBetween(rand, 0, 100),
        feeMinor: intBetween(rand, 0, 900_000),
        feeEstimated: rand() < 0.3,
        deliverables: intBetween(rand, 1, 4),
      }),
    );
    const posts = Array.from({ length: intBetween(rand, 0, 80) }, () => {
      const estimated = rand() < 0.4;
      return post({
        accountId: String(intBetween(rand, 0, accounts - 1)),
        interactions: intBetween(rand, 0, 90_000),
        rate: rand() < 0.15 ? null : rand() * 0.2,
        views: rand() < 0.5 ? null : intBetween(rand, 0, 500_000),
        // An estimate is followers × 0.25: a multiple of ¼, as postImpressions makes it.
        impressions: estimated ? intBetween(rand, 0, 4_000_000) * 0.25 : intBetween(rand, 0, 3_000_000),
        impressionsEstimated: estimated,
      });
    });
    return {
      currency: 'USD',
      members,
      posts,
      revenueMinor: rand() < 0.5 ? null : intBetween(rand, 0, 9_000_000),
      conversions: rand() < 0.5 ? null : intBetween(rand, 0, 500),
      emvCpmMinor: null,
    };
  }

  /** Equal, the mean rate up to the order its rates were summed in. */
  function expectSameMetrics(actual: CampaignMetrics, expected: CampaignMetrics) {
    expect({ ...actual, engagementRate: 0 }).toEqual({ ...expected, engagementRate: 0 });
    if (expected.engagementRate === null) expect(actual.engagementRate).toBeNull();
    else expect(Math.abs((actual.engagementRate as number) - expected.engagementRate)).toBeLessThan(1e-15);
  }

  it('gives the same metrics from per-account totals, and from posts and totals together (seeded random campaigns)', () => {
    const rand = mulberry32(31);
    for (let run = 0; run < 200; run++) {
      const input = randomCampaign(rand);
      const posts = input.posts ?? [];
      const byPost = computeCampaignMetrics(input, config);
      expectSameMetrics(
        computeCampaignMetrics({ ...input, posts: undefined, postTotals: campaignPostTotals(posts) }, config),
        byPost,
      );
      const k = intBetween(rand, 0, posts.length);
      expectSameMetrics(
        computeCampaignMetrics(
          { ...input, posts: posts.slice(0, k), postTotals: campaignPostTotals(posts.slice(k)) },
          config,
        ),
        byPost,
      );
    }
  });
});
