import type { Platform, PostKind } from '../enums.js';
import { MEDIAKIX_2019, type Tier, type TierScheme } from './tiers.js';

// Derived from the enumerations; re-exported because many modules import them from here.
export type { Platform, PostKind } from '../enums.js';

/**
 * Every default the metric definitions (docs/metrics.md) name, in one object. The API reports the
 * values it used, so change them here and the answers say so.
 */
export type InteractionsKind = 'ALL' | 'LIKES_COMMENTS';
export type RateBase = 'FOLLOWERS' | 'VIEWS' | 'REACH' | 'IMPRESSIONS';
export type Aggregate = 'MEAN' | 'MEDIAN';

export interface EngagementMethod {
  interactions: InteractionsKind;
  base: RateBase;
  aggregate: Aggregate;
}

/** `posts`, when given, wins over `days`. */
export interface MetricWindow {
  days: number;
  posts: number | null;
}

export interface MetricsConfig {
  tierScheme: TierScheme;
  defaultMethod: EngagementMethod;
  defaultWindow: MetricWindow;
  /** Peers needed before a reliable rate gets a prior. */
  minPeersForPrior: number;
  /** Posts an account needs to count in a benchmark peer group. */
  minPostsForBenchmark: number;
  authenticity: {
    followerSpike: {
      minGains: number;
      zThreshold: number;
      /** 1.4826 · MAD estimates σ for normal data. */
      madScale: number;
      minAbsoluteGain: number;
      minRelativeGain: number;
      maxPenalty: number;
    };
    lowEngagement: { minPosts: number; ratioToPeerP50: number; penalty: number };
    likesWithoutConversation: { minPosts: number; ratioToPeerP50: number; maxCommentsPerLike: number; penalty: number };
    followBack: { minFollowers: number; maxFollowingRatio: number; penalty: number };
    erratic: { minPosts: number; peerPercentile: number; minPeers: number; penalty: number };
    severity: { high: number; medium: number };
  };
  costs: {
    /** USD midpoints of published Instagram rate cards, in minor units (cents). */
    rateCardMinor: Record<Tier, number>;
    rateCardCurrency: string;
    kindMultiplier: Record<PostKind, number>;
    /** Rate cards are Instagram's; other platforms' prices are this multiple of them. */
    platformMultiplier: Record<Platform, number>;
    /** Share of followers assumed to see a post that reports no impressions, per platform (one reach model). */
    reachFactor: Record<Platform, number>;
    /** CPM used for EMV, minor units per 1000 impressions, by currency. */
    emvCpmMinor: Record<string, number>;
    /**
     * Exchange rates as USD per one unit of each currency, dated and sourced: fees, rate-card estimates and
     * the EMV CPM convert through them, each conversion disclosed.
     */
    fx: { asOf: Date; source: string; usdPerUnit: Record<string, number> };
  };
  discovery: {
    /** Days of the growth that discovery filters and orders by (precomputed per account). */
    growthDays: number;
  };
  campaigns: {
    hoursPerCreator: number;
    hoursPerDeliverable: number;
    /** Chance that one creator relationship goes wrong. */
    relationshipFailureRate: number;
    /** Authenticity below this counts as a low score in compareTiers. */
    lowAuthenticityScore: number;
  };
  planner: {
    minAuthenticity: number;
    maxCreators: number;
    postsPerCreator: number;
    /** Posts in the window an account needs before the planner may buy it. */
    minPosts: number;
    /** Above this many candidates the planner switches from the exact algorithm to the heuristic. */
    exactCandidateLimit: number;
  };
}

export const DEFAULT_METRICS_CONFIG: MetricsConfig = {
  tierScheme: MEDIAKIX_2019,
  defaultMethod: { interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEAN' },
  defaultWindow: { days: 90, posts: null },
  minPeersForPrior: 3,
  minPostsForBenchmark: 3,
  authenticity: {
    followerSpike: {
      minGains: 5,
      zThreshold: 6,
      madScale: 1.4826,
      minAbsoluteGain: 100,
      minRelativeGain: 0.02,
      maxPenalty: 0.6,
    },
    lowEngagement: { minPosts: 5, ratioToPeerP50: 0.25, penalty: 0.3 },
    likesWithoutConversation: { minPosts: 5, ratioToPeerP50: 3, maxCommentsPerLike: 0.002, penalty: 0.25 },
    followBack: { minFollowers: 10_000, maxFollowingRatio: 0.5, penalty: 0.15 },
    erratic: { minPosts: 5, peerPercentile: 95, minPeers: 20, penalty: 0.1 },
    severity: { high: 0.25, medium: 0.1 },
  },
  costs: {
    rateCardMinor: { NANO: 5_500, MICRO: 30_000, MID: 275_000, MACRO: 750_000, MEGA: 1_500_000 },
    rateCardCurrency: 'USD',
    kindMultiplier: { PHOTO: 1, CAROUSEL: 1.25, VIDEO: 1.45, REEL: 1.45, STORY: 0.5, SHORT: 1.45, LIVE: 1.45 },
    platformMultiplier: { INSTAGRAM: 1, TIKTOK: 0.8, YOUTUBE: 2, X: 0.4 },
    reachFactor: { INSTAGRAM: 0.25, TIKTOK: 0.25, YOUTUBE: 0.25, X: 0.25 },
    emvCpmMinor: { USD: 650 },
    // European Central Bank euro foreign exchange reference rates of 2026-11-27, restated as USD per unit
    // (through EUR) and rounded to about three significant figures: approximate, not live (decision 0021).
    fx: {
      asOf: new Date('2026-11-27T00:00:00Z'),
      source:
        'ECB euro foreign exchange reference rates of 2026-11-27, restated as USD per unit and rounded (approximate)',
      usdPerUnit: {
        USD: 1,
        EUR: 1.16,
        GBP: 1.32,
        CAD: 0.715,
        AUD: 0.652,
        JPY: 0.0064,
        CHF: 1.245,
        SEK: 0.106,
        BRL: 0.187,
        INR: 0.0112,
        MXN: 0.0545,
      },
    },
  },
  discovery: { growthDays: 30 },
  campaigns: {
    hoursPerCreator: 3,
    hoursPerDeliverable: 1,
    relationshipFailureRate: 0.05,
    lowAuthenticityScore: 70,
  },
  planner: { minAuthenticity: 70, maxCreators: 20, postsPerCreator: 1, minPosts: 3, exactCandidateLimit: 40 },
};
