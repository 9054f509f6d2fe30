import type { Platform } from '../../metrics/config.js';
import type { Tier } from '../../metrics/tiers.js';

// Followers over time and the planted anomalies (bought followers, pods, follow-for-follow).

/**
 * Weekly snapshots. Organic growth 0.2–1% a week per account (the brief), each week ± 35% around the
 * account's own rate; 8% of accounts are slowly shrinking (assumption: creators lose followers when they
 * post less). Follower counts are integers, so tiny accounts move in
 * whole followers.
 */
export const GROWTH = {
  snapshotEveryDays: 7,
  weeklyMin: 0.002,
  weeklyMax: 0.01,
  weeklyRelativeNoise: 0.35,
  decliningShare: 0.08,
  decliningMin: -0.003,
  decliningMax: 0,
} as const;

/**
 * Bought followers: one week adds 10–40% of the previous count (at least 150, packages start around
 * there). Against weekly noise of ~0.1–0.3% that is a robust z far above 6, and the followers never
 * engage, so the rate by followers drops by F_before / F_after afterwards. Needs ≥ 8 weekly snapshots.
 */
export const SPIKE = { minJump: 0.1, maxJump: 0.4, minBought: 150, minSnapshots: 8 } as const;

/**
 * Engagement pods: members like each other's posts on cue but rarely comment, so likes × 4 and
 * comments/likes below the spec's 0.002 threshold (at most 0.0018). The pod account's own rate is
 * drawn at or above the median so that the inflated rate clears 3 × peer p50.
 */
export const POD = { likesMultiplier: 4, maxCommentsPerLike: 0.0018 } as const;

/**
 * Follow-for-follow: following ≈ 0.6–1.1 × followers. Planted only where the spec's flag can see it
 * (≥ 10k followers, a platform that reports following); followBackShare is a share of those accounts.
 */
export const FOLLOW_BACK = { minFollowers: 10_000, minRatio: 0.6, maxRatio: 1.1 } as const;

/**
 * Accounts followed (YouTube reports none: null). Median by tier with lognormal spread, capped by the
 * platforms' limits (Instagram 7,500; TikTok 10,000; X ≈ 5,000 before ratio limits). Assumption.
 */
export const FOLLOWING = {
  median: { NANO: 700, MICRO: 900, MID: 800, MACRO: 600, MEGA: 450 } as Readonly<Record<Tier, number>>,
  sigma: 0.8,
  cap: { INSTAGRAM: 7_500, TIKTOK: 10_000, YOUTUBE: 0, X: 5_000 } as Readonly<Record<Platform, number>>,
  weeklyDriftMean: 2,
  weeklyDriftSd: 3,
} as const;
