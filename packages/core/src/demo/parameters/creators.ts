import type { Platform } from '../../metrics/config.js';
import type { Tier } from '../../metrics/tiers.js';
import type { Niche, Weighted } from './common.js';

// Who the creators are: tiers, audiences, platforms, countries and niches.

/**
 * Tier of each creator's main account. HypeAuditor, "State of Influencer Marketing" (2021–2023):
 * about 65% of Instagram influencer accounts are nano (1k–10k), 27–28% micro, 6% mid-tier and under 1%
 * macro and mega. Macro and mega are rounded up (1.5%, 0.5%) so a 500-creator demo has several of each;
 * creators are assigned along a low-discrepancy sequence so every prefix keeps these shares.
 */
export const TIER_MIX: Readonly<Record<Tier, number>> = {
  NANO: 0.65,
  MICRO: 0.27,
  MID: 0.06,
  MACRO: 0.015,
  MEGA: 0.005,
};

/**
 * Current followers of a main account inside its tier: a truncated power law, density ∝ x^-(alpha+1).
 * Follower counts are heavy-tailed (Kwak et al. 2010 found a power law over Twitter's follower counts,
 * CCDF exponent ≈ 1.3); a smaller alpha in the wide nano range keeps it from piling up at its floor. Bounds
 * follow the mediakix-2019 tiers; 500 is our floor for someone listed as a creator at all.
 */
export const FOLLOWER_RANGE: Readonly<Record<Tier, { min: number; max: number; alpha: number }>> = {
  NANO: { min: 500, max: 10_000, alpha: 0.6 },
  MICRO: { min: 10_000, max: 50_000, alpha: 0.9 },
  MID: { min: 50_000, max: 500_000, alpha: 0.9 },
  MACRO: { min: 500_000, max: 1_000_000, alpha: 1 },
  MEGA: { min: 1_000_000, max: 25_000_000, alpha: 1 },
};

/**
 * Accounts per creator (1, 2, 3, 4), by the main account's tier. Assumption calibrated to ≈1.4 accounts
 * per creator overall: most small creators are on one platform, big ones almost always on several.
 */
export const ACCOUNT_COUNT_WEIGHTS: Readonly<Record<Tier, readonly [number, number, number, number]>> = {
  NANO: [0.74, 0.21, 0.04, 0.01],
  MICRO: [0.6, 0.28, 0.09, 0.03],
  MID: [0.45, 0.33, 0.15, 0.07],
  MACRO: [0.3, 0.35, 0.22, 0.13],
  MEGA: [0.15, 0.3, 0.3, 0.25],
};

/**
 * Platform of the main account, and of further accounts (drawn without repeating a platform).
 * Instagram is the main channel of most creators in influencer-platform surveys (Influencer Marketing
 * Hub Benchmark Report 2024: Instagram first, TikTok second, then YouTube; X far behind); exact shares
 * are our assumption.
 */
export const MAIN_PLATFORM_MIX: Weighted<Platform> = [
  ['INSTAGRAM', 0.62],
  ['TIKTOK', 0.22],
  ['YOUTUBE', 0.1],
  ['X', 0.06],
];
export const EXTRA_PLATFORM_MIX: Weighted<Platform> = [
  ['INSTAGRAM', 0.35],
  ['TIKTOK', 0.35],
  ['YOUTUBE', 0.18],
  ['X', 0.12],
];

/** Followers of a further account relative to the main one: lognormal (median, sigma), assumption. */
export const EXTRA_ACCOUNT_FOLLOWERS = { medianRatio: 0.3, sigma: 1, min: 100 } as const;

/**
 * Creators' home countries, ISO 3166-1 alpha-2: Instagram's largest audiences (India, the US, Brazil,
 * Indonesia in DataReportal 2024) plus the largest influencer-marketing spenders (US, UK, western
 * Europe), the US weighted highest. Weights are rounded assumptions.
 */
export const COUNTRY_MIX: Weighted<string> = [
  ['US', 0.28],
  ['BR', 0.08],
  ['IN', 0.08],
  ['GB', 0.07],
  ['ID', 0.05],
  ['MX', 0.04],
  ['DE', 0.04],
  ['FR', 0.04],
  ['ES', 0.04],
  ['IT', 0.04],
  ['CA', 0.04],
  ['TR', 0.03],
  ['AU', 0.03],
  ['PH', 0.03],
  ['JP', 0.02],
  ['NL', 0.02],
  ['PL', 0.02],
  ['NG', 0.02],
  ['ZA', 0.02],
  ['SE', 0.01],
];

/**
 * Niche weights: lifestyle, fashion and beauty lead the topic rankings in HypeAuditor's Instagram
 * reports; the rest is our assumption. A creator has 1–3 niches.
 */
export const NICHE_MIX: Weighted<Niche> = [
  ['lifestyle', 0.16],
  ['fashion', 0.13],
  ['beauty', 0.12],
  ['fitness', 0.1],
  ['food', 0.1],
  ['travel', 0.1],
  ['gaming', 0.08],
  ['tech', 0.07],
  ['photography', 0.07],
  ['parenting', 0.07],
];
export const NICHE_COUNT_WEIGHTS: Weighted<number> = [
  [1, 0.55],
  [2, 0.35],
  [3, 0.1],
];
