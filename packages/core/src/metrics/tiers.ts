/** Follower tiers. A scheme is an ordered list of lower bounds; the first tier starts at 0. */

export const TIERS = ['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierBound {
  tier: Tier;
  /** Inclusive lower bound on followers. */
  minFollowers: number;
}

export interface TierScheme {
  name: string;
  description: string;
  /** Ascending by minFollowers; the first bound is 0. */
  bounds: readonly TierBound[];
}

export const MEDIAKIX_2019: TierScheme = {
  name: 'mediakix-2019',
  description:
    'Mediakix (2019) tiers by current followers, lower bound inclusive: NANO < 10k ≤ MICRO < 50k ≤ MID < 500k ≤ MACRO < 1M ≤ MEGA.',
  bounds: [
    { tier: 'NANO', minFollowers: 0 },
    { tier: 'MICRO', minFollowers: 10_000 },
    { tier: 'MID', minFollowers: 50_000 },
    { tier: 'MACRO', minFollowers: 500_000 },
    { tier: 'MEGA', minFollowers: 1_000_000 },
  ],
};

export const TIER_SCHEMES: Readonly<Record<string, TierScheme>> = { [MEDIAKIX_2019.name]: MEDIAKIX_2019 };

export function classifyTier(followers: number, scheme: TierScheme = MEDIAKIX_2019): Tier {
  let tier: Tier = scheme.bounds[0]?.tier ?? 'NANO';
  for (const bound of scheme.bounds) {
    if (followers >= bound.minFollowers) tier = bound.tier;
    else break;
  }
  return tier;
}

/** Follower range [min, max) of a tier in a scheme; max is null for the top tier. */
export function tierRange(tier: Tier, scheme: TierScheme = MEDIAKIX_2019): { min: number; max: number | null } {
  const index = scheme.bounds.findIndex((b) => b.tier === tier);
  if (index < 0) throw new Error(`Tier ${tier} is not part of scheme ${scheme.name}`);
  const bound = scheme.bounds[index] as TierBound;
  const next = scheme.bounds[index + 1];
  return { min: bound.minFollowers, max: next ? next.minFollowers : null };
}

/** A creator's tier is the tier of its account with the most followers. */
export function creatorTier(accountFollowers: readonly number[], scheme: TierScheme = MEDIAKIX_2019): Tier | null {
  if (accountFollowers.length === 0) return null;
  return classifyTier(Math.max(...accountFollowers), scheme);
}
