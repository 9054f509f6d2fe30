import type { Platform, PostKind } from '../../metrics/config.js';
import type { Tier } from '../../metrics/tiers.js';
import type { PostMetric, Weighted } from './common.js';

// How they post: frequency, kinds, engagement, views, reach, noise and sponsorship.

export interface PlatformProfile {
  /** Each account posts uniformly between min and max posts a week (before the dataset's scale factor). */
  postsPerWeek: { min: number; max: number };
  kindMix: Weighted<PostKind>;
  /**
   * Mean account engagement rate by followers in the tier, (likes + comments + shares + saves) /
   * followers over all components, reported or not: what the benchmarks below publish. The generator
   * keeps this mean (mean-one noise, kind multipliers normalised over the account's kind mix); measured
   * rates come out ≈ 5–10% lower where shares and saves go unreported.
   */
  engagementRate: Readonly<Record<Tier, number>>;
  /** Median views per follower of the platform's main video kind (kind multipliers adjust). */
  viewsPerFollower: Readonly<Record<Tier, number>>;
  /** How interactions split into likes, comments, shares and saves (sums to 1). */
  split: { likes: number; comments: number; shares: number; saves: number };
  /** Metrics anyone can read off a public post (views only on video kinds). */
  publicMetrics: readonly PostMetric[];
  /** Metrics the platform adds when the creator shares insights (API access). */
  insightMetrics: readonly PostMetric[];
}

/**
 * Sources per platform:
 * - Instagram engagement by tier: Later × Fohr Influencer Marketing Report 2021 (3.5M posts; ER falls
 *   steadily with followers), HypeAuditor 2023 (nano ≈ 2–5% by likes + comments), Social Cat's
 *   benchmark bands (1k–5k average 3.4–4.4%). With shares and saves counted we sit at the top of those
 *   ranges: nano 4.5%, micro 3%, mid 1.8%, macro 1.2%, mega 1%. Micro is above macro in rate and far
 *   below it in absolute interactions, the point of the spec's "20% engagement on 10 likes".
 * - Instagram kinds: Socialinsider Instagram benchmarks 2024 (roughly a third each of photos, carousels
 *   and reels in the feed; carousels engage most). Stories only for creators sharing insights.
 * - Posting frequency 2–5 a week on Instagram (the brief; Socialinsider reports ≈ 3–4 feed posts/week).
 * - TikTok: HypeAuditor and Influencer Marketing Hub TikTok benchmarks put ER by followers at 2–4× the
 *   Instagram figure, also falling with size; views per follower > 1 for small accounts (the For You feed).
 * - YouTube: engagement is best measured on views; views per subscriber 5–30% for long videos and
 *   interactions ≈ 4–5% of views (the like-to-view ratios commonly quoted by YouTube analytics vendors),
 *   hence ER by followers ≈ views per subscriber × 4.5%.
 * - X: likes dominate, reposts ≈ a fifth, replies the rest; ER by followers well under 1% (Rival IQ
 *   Social Media Industry Benchmark 2024 for brands ≈ 0.03–0.05%; creators run higher). No saves (X does
 *   not report bookmarks per post to third parties); the public view count is impressions.
 */
export const PLATFORM_PROFILES: Readonly<Record<Platform, PlatformProfile>> = {
  INSTAGRAM: {
    postsPerWeek: { min: 2, max: 5 },
    kindMix: [
      ['PHOTO', 0.32],
      ['CAROUSEL', 0.25],
      ['REEL', 0.33],
      ['STORY', 0.1],
    ],
    engagementRate: { NANO: 0.045, MICRO: 0.03, MID: 0.018, MACRO: 0.012, MEGA: 0.01 },
    viewsPerFollower: { NANO: 0.8, MICRO: 0.6, MID: 0.45, MACRO: 0.35, MEGA: 0.3 },
    split: { likes: 0.88, comments: 0.035, shares: 0.04, saves: 0.045 },
    publicMetrics: ['likes', 'comments', 'views'],
    insightMetrics: ['shares', 'saves', 'reach', 'impressions'],
  },
  TIKTOK: {
    postsPerWeek: { min: 3, max: 7 },
    kindMix: [['VIDEO', 1]],
    engagementRate: { NANO: 0.1, MICRO: 0.075, MID: 0.055, MACRO: 0.045, MEGA: 0.04 },
    viewsPerFollower: { NANO: 1.5, MICRO: 0.9, MID: 0.6, MACRO: 0.4, MEGA: 0.3 },
    split: { likes: 0.86, comments: 0.02, shares: 0.07, saves: 0.05 },
    publicMetrics: ['likes', 'comments', 'shares', 'saves', 'views'],
    insightMetrics: ['reach'],
  },
  YOUTUBE: {
    postsPerWeek: { min: 1, max: 3 },
    kindMix: [
      ['VIDEO', 0.55],
      ['SHORT', 0.4],
      ['LIVE', 0.05],
    ],
    engagementRate: { NANO: 0.014, MICRO: 0.009, MID: 0.0055, MACRO: 0.0036, MEGA: 0.0027 },
    viewsPerFollower: { NANO: 0.3, MICRO: 0.2, MID: 0.12, MACRO: 0.08, MEGA: 0.06 },
    split: { likes: 0.9, comments: 0.06, shares: 0.04, saves: 0 },
    publicMetrics: ['likes', 'comments', 'views'],
    insightMetrics: ['shares', 'reach', 'impressions'],
  },
  X: {
    postsPerWeek: { min: 3, max: 10 },
    kindMix: [
      ['PHOTO', 0.7],
      ['VIDEO', 0.3],
    ],
    engagementRate: { NANO: 0.012, MICRO: 0.007, MID: 0.004, MACRO: 0.0025, MEGA: 0.002 },
    viewsPerFollower: { NANO: 0.15, MICRO: 0.1, MID: 0.07, MACRO: 0.05, MEGA: 0.04 },
    split: { likes: 0.72, comments: 0.1, shares: 0.18, saves: 0 },
    publicMetrics: ['likes', 'comments', 'shares', 'views', 'impressions'],
    insightMetrics: [],
  },
};

export interface KindProfile {
  /** Engagement relative to the platform's baseline rate. */
  engagement: number;
  /** Views relative to the platform's viewsPerFollower; 0 = the kind has no view count. */
  views: number;
}

/**
 * Carousels engage most and stories least on Instagram (Socialinsider 2024: carousel ER ≈ 1.3× photo,
 * reels ≈ 1.1–1.2× with far more views; story view rates ≈ 5% of followers). YouTube Shorts draw more
 * views per subscriber with fewer interactions per view; lives few views. Rounded assumptions.
 */
export const KIND_PROFILES: Readonly<Record<PostKind, KindProfile>> = {
  PHOTO: { engagement: 1, views: 0 },
  CAROUSEL: { engagement: 1.3, views: 0 },
  REEL: { engagement: 1.15, views: 1 },
  STORY: { engagement: 0.25, views: 0.1 },
  VIDEO: { engagement: 1, views: 1 },
  SHORT: { engagement: 1.2, views: 2.5 },
  LIVE: { engagement: 0.4, views: 0.15 },
};

/**
 * Reach per follower of non-video posts (creators sharing insights): Later × Fohr 2021 reach rates fall
 * from ≈ 30% of followers for nano to ≈ 10% for mega. Video reach ≈ 70–90% of views. Impressions are
 * reach × 1.1–1.6 (repeat views); YouTube impressions are thumbnail impressions, views / CTR with CTR
 * 4–10% (YouTube Help: half of channels sit between 2% and 10%). X impressions per follower: assumption.
 *
 * Everyone who interacts with a post was reached by it, so reach is never below a post's interactions. It is
 * held higher still: reach-based engagement rates run ≈ 3–15% in published benchmarks (Later × Fohr 2021,
 * Socialinsider 2024), so a post reaching fewer than interactions / `maxInteractionsPerReach` people (30%,
 * a generous ceiling; pods and viral posts hit it) is given that reach instead. Assumption.
 */
export const REACH = {
  maxInteractionsPerReach: 0.3,
  perFollower: { NANO: 0.3, MICRO: 0.22, MID: 0.16, MACRO: 0.12, MEGA: 0.1 } as Readonly<Record<Tier, number>>,
  ofVideoViews: { min: 0.7, max: 0.9 },
  impressionsPerReach: { min: 1.1, max: 1.6 },
  youtubeClickThrough: { min: 0.04, max: 0.1 },
  xImpressionsPerFollower: { NANO: 0.3, MICRO: 0.2, MID: 0.12, MACRO: 0.08, MEGA: 0.06 } as Readonly<
    Record<Tier, number>
  >,
} as const;

/** Share of accounts that connect their insights (reach, impressions, Instagram shares/saves). Assumption. */
export const INSIGHTS_SHARE = 0.35;

/**
 * Noise. Between-account spread of the true rate (lognormal sigma 0.45: the p10–p90 band of published
 * per-tier benchmarks spans about 3×); per-post noise, an occasional viral post, jitter of the
 * likes/comments/shares/saves split and of views. Assumptions.
 */
export const NOISE = {
  accountRateSigma: 0.45,
  accountViewsSigma: 0.35,
  postSigma: 0.35,
  viralChance: 0.015,
  viralMedian: 3,
  viralSigma: 0.5,
  splitSigma: 0.25,
  viewsSigma: 0.25,
} as const;

/**
 * Sponsored posts: about 10–15% of creators' posts carry a paid partnership (the brief), varying by
 * account (Beta with mean 0.12, our assumption). Sponsored posts engage less: US Instagram data for
 * Q1 2019 put likes/followers at 1.6% sponsored versus 1.9% organic (as summarised by Wonder's 2020
 * engagement-benchmark research), hence × 0.85.
 */
export const SPONSORED = { mean: 0.12, concentration: 12, engagementMultiplier: 0.85 } as const;
