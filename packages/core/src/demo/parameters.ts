import type { CampaignGoal, NICHES } from '../enums.js';
import { DEFAULT_METRICS_CONFIG, type Platform, type PostKind } from '../metrics/config.js';
import type { Tier } from '../metrics/tiers.js';

/**
 * Every distribution the synthetic generator draws from, with where the number comes from. Published
 * figures differ between vendors, years and definitions (likes + comments versus all interactions),
 * so each value is "inside the published range", rounded, and says when it is our own assumption.
 * Rates are fractions (0.03 = 3%).
 */

export type Niche = (typeof NICHES)[number];
export type PostMetric = 'likes' | 'comments' | 'shares' | 'saves' | 'views' | 'reach' | 'impressions';
export type Weighted<T> = readonly (readonly [T, number])[];

export const DEMO_PLATFORMS: readonly Platform[] = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'];

// ---------------------------------------------------------------------------------------------------
// Who the creators are

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

// ---------------------------------------------------------------------------------------------------
// How they post

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
 */
export const REACH = {
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

// ---------------------------------------------------------------------------------------------------
// Followers over time and planted anomalies

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

// ---------------------------------------------------------------------------------------------------
// Money

/**
 * Quoted rate per post for ≈ 60% of accounts: the spec's rate card (USD midpoints, DEFAULT_METRICS_CONFIG)
 * × a platform factor × lognormal noise (sigma 0.35 keeps most quotes inside the published band of the
 * tier) × (own rate / benchmark)^0.3, since creators with better engagement charge more. Platform
 * factors are our assumption: YouTube integrations cost more per post, X posts less.
 */
export const QUOTED_RATE = {
  share: 0.6,
  currency: DEFAULT_METRICS_CONFIG.costs.rateCardCurrency,
  rateCardMinor: DEFAULT_METRICS_CONFIG.costs.rateCardMinor,
  platformFactor: { INSTAGRAM: 1, TIKTOK: 0.9, YOUTUBE: 1.6, X: 0.4 } as Readonly<Record<Platform, number>>,
  sigma: 0.35,
  engagementElasticity: 0.3,
} as const;

// ---------------------------------------------------------------------------------------------------
// Brands and campaigns (all brand and organisation names are fictional)

export const BRANDS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['Wayfarer Luggage', 'Northwind Outdoor', 'Atlas Stays', 'Skylark Air'],
  fashion: ['Maison Verre', 'Loom & Thread', 'Pallas Denim', 'Cobalt Street'],
  beauty: ['Lumen Skincare', 'Petal Lab', 'Aurora Cosmetics', 'Glow Theory'],
  photography: ['Aperture Works', 'Prism Optics', 'Darkroom Presets', 'Fieldframe'],
  food: ['Olive & Ember', 'Crumb Bakery Co.', 'Spoonful Kitchen', 'Greenleaf Farms'],
  lifestyle: ['Hearth Home', 'Daybreak Coffee', 'Calm Nest', 'Juniper Candles'],
  fitness: ['Stride Athletics', 'Peak Fuel', 'Corefit', 'Tempo Bands'],
  gaming: ['Pixel Forge', 'Respawn Energy', 'Nebula Headsets', 'Critical Hit Chairs'],
  tech: ['Voltline', 'Nimbus Cloud', 'Orbit Phones', 'Quanta Labs'],
  parenting: ['Little Sprout', 'Cradle & Co.', 'Tiny Trails', 'Kinder Meals'],
};

/**
 * Brands run bursts of 3–6 weeks (1–2 per brand over the history); during a burst a sponsored post is
 * `activeWeight` times likelier to be theirs. Concentrates a brand's posts in time, as real campaigns do.
 */
export const BRAND_BURSTS = { minBursts: 1, maxBursts: 2, minWeeks: 3, maxWeeks: 6, activeWeight: 8 } as const;

/**
 * Demo campaigns: all-MICRO squads of 10–15 creators against all-MACRO line-ups of 2–3, the comparison
 * the spec's planner makes. Fees: the account's quote (or the rate card) × 0.85–1.1 negotiated.
 * Return on ad spend for conversion campaigns: micro 1.5–3×, macro 0.8–2× (assumption, in line with
 * Later × Fohr's finding that smaller creators convert better); average order value 35–90 USD.
 */
export const CAMPAIGNS = {
  microMembers: { min: 10, max: 15 },
  macroMembers: { min: 2, max: 3 },
  microDeliverables: { min: 1, max: 3 },
  macroDeliverables: { min: 1, max: 2 },
  windowDays: 35,
  feeNegotiation: { min: 0.85, max: 1.1 },
  budgetHeadroom: { min: 1, max: 1.2 },
  roas: { MICRO: { min: 1.5, max: 3 }, MACRO: { min: 0.8, max: 2 } },
  averageOrderMinor: { min: 3_500, max: 9_000 },
} as const;

export const DEMO_ORGANIZATIONS: readonly { name: string; slug: string; goal: CampaignGoal }[] = [
  { name: 'Brightline Agency', slug: 'brightline', goal: 'AWARENESS' },
  { name: 'Harbor & Pine Media', slug: 'harbor-pine', goal: 'ENGAGEMENT' },
  { name: 'Kitefly Collective', slug: 'kitefly', goal: 'CONVERSION' },
];

// ---------------------------------------------------------------------------------------------------
// Text

export const FIRST_NAMES: readonly string[] = (
  'Maya Liam Sofia Noah Aisha Lucas Emma Mateo Chloe Arjun Zoe Kenji Lena Omar Isla Diego Nora Felix ' +
  'Amara Leo Hana Gabriel Priya Jonas Camila Ethan Yara Hugo Ines Samuel Freya Rafael Mei Oscar Zara ' +
  'Tomas Ava Kofi Elena Ravi Lucia Finn Nadia Marco Julia Malik Alma Theo'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Okafor Silva Nguyen Schmidt Rossi Garcia Kowalski Tanaka Patel Dubois Moreau Jensen Haddad Costa ' +
  'Reyes Novak Fischer Santos Kim Ahmed Larsen Bianchi Lopez Mensah Sato Weber Ortiz Khan Berg Alvarez ' +
  'Ivanova Murphy Cohen Yilmaz Lindqvist Fernandes Walker Morales Singh Hughes Park Romero'
).split(' ');

export const NICHE_WORDS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['travels', 'wanders', 'roams', 'abroad'],
  fashion: ['style', 'wears', 'closet', 'looks'],
  beauty: ['beauty', 'glow', 'makeup', 'skin'],
  photography: ['shoots', 'frames', 'lens', 'photo'],
  food: ['eats', 'cooks', 'kitchen', 'bakes'],
  lifestyle: ['daily', 'life', 'home', 'days'],
  fitness: ['fit', 'lifts', 'runs', 'moves'],
  gaming: ['plays', 'gg', 'games', 'live'],
  tech: ['tech', 'codes', 'builds', 'reviews'],
  parenting: ['mama', 'papa', 'family', 'littles'],
};

/** Caption openers per niche; some carry commas, quotes and line breaks on purpose (CSV round trips). */
export const CAPTION_LINES: Readonly<Record<Niche, readonly string[]>> = {
  travel: [
    'Golden hour over the old harbour, worth every early alarm',
    'Packing list for 10 days, one carry-on: yes, really',
    'Found a "secret" beach the locals told us about',
    'Night train, window seat, no plans',
  ],
  fashion: [
    'Three ways to wear one linen shirt',
    'Thrifted the whole look, total under 40 bucks',
    'Autumn layers, done properly',
    'The "quiet luxury" trend, explained in one outfit',
  ],
  beauty: [
    'My 5-minute morning routine, step by step',
    'Testing the viral serum for two weeks: honest review',
    'No-makeup makeup, but make it last all day',
    'Sunscreen is not optional, friends',
  ],
  photography: [
    'Shot on a 35mm, no edits',
    'Fog, a bridge, and exactly one minute of good light',
    'Before / after: how I colour-grade street shots',
    'Settings for this one: f/1.8, 1/250, ISO 400',
  ],
  food: [
    'Sunday sourdough, 36 hours in the making',
    'One-pan dinner, 20 minutes, zero regrets',
    "Grandma's recipe, finally written down",
    'Rating every pastry on this street, 1 to 10',
  ],
  lifestyle: [
    'Slow morning, coffee, and a to-do list I will ignore',
    'Reset day: laundry, plants, playlist',
    'Small things that made this week better',
    'Desk tour, because you asked',
  ],
  fitness: [
    'Leg day, no excuses',
    'Full-body workout, no equipment, 25 minutes',
    'Training for my first half marathon: week 6',
    'Form check: deadlifts, the slow way',
  ],
  gaming: [
    'Clutched it with 1 HP, chat went wild',
    'Ranking every boss in the new expansion',
    'Setup upgrade, finally',
    'Speedrun attempt #47, "this is the one"',
  ],
  tech: [
    'Two weeks with the new phone: the good, the bad',
    'Building a home server on a budget',
    'Five apps I actually use every day',
    'Unboxing, setup, first impressions',
  ],
  parenting: [
    'Toddler-approved lunch ideas, round 3',
    'Bedtime routine that finally works (for now)',
    'Rainy day activities, no screens',
    'What is in our diaper bag, honestly',
  ],
};

export const HASHTAGS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['#travel', '#wanderlust', '#travelgram', '#explore'],
  fashion: ['#ootd', '#style', '#fashion', '#outfit'],
  beauty: ['#skincare', '#makeup', '#beauty', '#glowup'],
  photography: ['#photography', '#35mm', '#streetphotography', '#photooftheday'],
  food: ['#foodie', '#homecooking', '#recipe', '#baking'],
  lifestyle: ['#lifestyle', '#dailyvlog', '#homedecor', '#selfcare'],
  fitness: ['#fitness', '#workout', '#gym', '#running'],
  gaming: ['#gaming', '#gamer', '#twitch', '#esports'],
  tech: ['#tech', '#gadgets', '#review', '#setup'],
  parenting: ['#parenting', '#momlife', '#dadlife', '#familytime'],
};

export const CAPTION_EXTRAS: readonly string[] = [
  'Save this for later ✨',
  'What would you add? Tell me below 👇',
  'Link in bio',
  'Thoughts, anyone?',
  '',
];

/** Share of non-story posts without a caption. Stories never carry one. */
export const CAPTIONLESS_SHARE = 0.03;
