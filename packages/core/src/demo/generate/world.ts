import type { Platform } from '../../metrics/config.js';
import { TIERS, type Tier } from '../../metrics/tiers.js';
import {
  ACCOUNT_COUNT_WEIGHTS,
  BRAND_BURSTS,
  BRANDS,
  COUNTRY_MIX,
  DEMO_PLATFORMS,
  EXTRA_ACCOUNT_FOLLOWERS,
  EXTRA_PLATFORM_MIX,
  FIRST_NAMES,
  FOLLOWER_RANGE,
  GROWTH,
  LAST_NAMES,
  MAIN_PLATFORM_MIX,
  NICHE_COUNT_WEIGHTS,
  NICHE_MIX,
  type Niche,
  PLATFORM_PROFILES,
  TIER_MIX,
  type Weighted,
} from '../parameters/index.js';
import { Random, weyl } from '../random.js';
import type { ResolvedGeneratorOptions } from './options.js';

// World: what every creator shares (time grid, brand bursts, id keys, the post scale)

export const DAY_MS = 86_400_000;
/** Keys of the independent random streams; changing one changes every dataset. */
export const STREAM = { world: 1, creator: 2, campaigns: 3 } as const;

export interface World {
  opts: ResolvedGeneratorOptions;
  endMs: number;
  startMs: number;
  /** Snapshot instants, ascending, every 7 days back from end. */
  snapshotTimes: number[];
  weeks: number;
  postScale: number;
  tierOffset: number;
  anomalyOffset: number;
  followBackOffset: number;
  brandBursts: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  idKeys: Readonly<Record<Platform, { account: number; post: number }>>;
}

export function createWorld(opts: ResolvedGeneratorOptions): World {
  const rng = Random.stream(opts.seed, STREAM.world);
  const endMs = opts.end.getTime();
  const startMs = endMs - opts.days * DAY_MS;
  const step = GROWTH.snapshotEveryDays * DAY_MS;
  const snapshotTimes: number[] = [];
  for (let t = endMs; t >= startMs; t -= step) snapshotTimes.push(t);
  snapshotTimes.reverse();

  const brandBursts = new Map<string, [number, number][]>();
  for (const niche of Object.keys(BRANDS) as Niche[]) {
    for (const brand of BRANDS[niche]) {
      const bursts: [number, number][] = [];
      const count = rng.int(BRAND_BURSTS.minBursts, BRAND_BURSTS.maxBursts);
      for (let i = 0; i < count; i++) {
        const length = rng.int(BRAND_BURSTS.minWeeks, BRAND_BURSTS.maxWeeks) * 7 * DAY_MS;
        const from = rng.uniform(startMs - length / 2, endMs - length / 2);
        bursts.push([from, from + length]);
      }
      brandBursts.set(brand, bursts);
    }
  }

  const idKeys = {} as Record<Platform, { account: number; post: number }>;
  for (const platform of DEMO_PLATFORMS) {
    idKeys[platform] = { account: rng.int(0, 0x7fffffff), post: rng.int(0, 0x7fffffff) };
  }

  const world: World = {
    opts,
    endMs,
    startMs,
    snapshotTimes,
    weeks: opts.days / 7,
    postScale: 1,
    tierOffset: rng.next(),
    anomalyOffset: rng.next(),
    followBackOffset: rng.next(),
    brandBursts,
    idKeys,
  };
  if (opts.postsTarget !== null) {
    // A first pass over the cheap creator plans gives the exact expected post count for this seed.
    let expected = 0;
    for (let i = 0; i < opts.creators; i++) {
      for (const account of planCreator(world, i).accounts) expected += account.postsPerWeek * world.weeks;
    }
    world.postScale = expected > 0 ? opts.postsTarget / expected : 1;
  }
  return world;
}

// ---------------------------------------------------------------------------------------------------
// Creator plans: everything decided from (seed, creator index) alone

export interface AccountPlan {
  platform: Platform;
  followers: number;
  postsPerWeek: number;
}

export interface CreatorPlan {
  index: number;
  rng: Random;
  first: string;
  last: string;
  country: string;
  niches: Niche[];
  accounts: AccountPlan[];
}

function tierAt(u: number): Tier {
  let cumulative = 0;
  for (const tier of TIERS) {
    cumulative += TIER_MIX[tier];
    if (u < cumulative) return tier;
  }
  return 'MEGA';
}

/** Truncated power law on [min, max): inverse CDF of density ∝ x^-(alpha+1). */
function truncatedPareto(rng: Random, min: number, max: number, alpha: number): number {
  const a = min ** -alpha;
  const b = max ** -alpha;
  return (a - rng.next() * (a - b)) ** (-1 / alpha);
}

function weightedDistinct<T>(rng: Random, entries: Weighted<T>, count: number, exclude: readonly T[] = []): T[] {
  const chosen: T[] = [];
  let pool = entries.filter(([value]) => !exclude.includes(value));
  while (chosen.length < count && pool.length > 0) {
    const value = rng.weighted(pool);
    chosen.push(value);
    pool = pool.filter(([v]) => v !== value);
  }
  return chosen;
}

export function planCreator(world: World, index: number): CreatorPlan {
  const rng = Random.stream(world.opts.seed, STREAM.creator, index);
  const tier = tierAt(weyl(index, world.tierOffset));
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const country = rng.weighted(COUNTRY_MIX);
  const niches = weightedDistinct(rng, NICHE_MIX, rng.weighted(NICHE_COUNT_WEIGHTS));
  const countWeights = ACCOUNT_COUNT_WEIGHTS[tier];
  const accountCount = rng.weighted(countWeights.map((w, i) => [i + 1, w] as const));
  const main = rng.weighted(MAIN_PLATFORM_MIX);
  const platforms = [main, ...weightedDistinct(rng, EXTRA_PLATFORM_MIX, accountCount - 1, [main])];
  const range = FOLLOWER_RANGE[tier];
  const mainFollowers = Math.floor(truncatedPareto(rng, range.min, range.max, range.alpha));
  const accounts = platforms.map((platform, i): AccountPlan => {
    const followers =
      i === 0
        ? mainFollowers
        : Math.min(
            mainFollowers,
            Math.max(
              EXTRA_ACCOUNT_FOLLOWERS.min,
              Math.round(
                mainFollowers * rng.lognormalMedian(EXTRA_ACCOUNT_FOLLOWERS.medianRatio, EXTRA_ACCOUNT_FOLLOWERS.sigma),
              ),
            ),
          );
    const frequency = PLATFORM_PROFILES[platform].postsPerWeek;
    return { platform, followers, postsPerWeek: rng.uniform(frequency.min, frequency.max) };
  });
  return { index, rng, first, last, country, niches, accounts };
}
