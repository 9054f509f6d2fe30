import type { CampaignGoal, CampaignStatus } from '../enums.js';
import type { Platform, PostKind } from '../metrics/config.js';
import { classifyTier, TIERS, type Tier } from '../metrics/tiers.js';
import {
  ACCOUNT_COUNT_WEIGHTS,
  BRAND_BURSTS,
  BRANDS,
  CAMPAIGNS,
  CAPTION_EXTRAS,
  CAPTION_LINES,
  CAPTIONLESS_SHARE,
  COUNTRY_MIX,
  DEMO_ORGANIZATIONS,
  DEMO_PLATFORMS,
  EXTRA_ACCOUNT_FOLLOWERS,
  EXTRA_PLATFORM_MIX,
  FIRST_NAMES,
  FOLLOW_BACK,
  FOLLOWER_RANGE,
  FOLLOWING,
  GROWTH,
  HASHTAGS,
  INSIGHTS_SHARE,
  KIND_PROFILES,
  LAST_NAMES,
  MAIN_PLATFORM_MIX,
  NICHE_COUNT_WEIGHTS,
  NICHE_MIX,
  NICHE_WORDS,
  type Niche,
  NOISE,
  PLATFORM_PROFILES,
  type PlatformProfile,
  POD,
  type PostMetric,
  QUOTED_RATE,
  REACH,
  SPIKE,
  SPONSORED,
  TIER_MIX,
  type Weighted,
} from './parameters.js';
import { mix32, Random, weyl } from './random.js';

/**
 * Deterministic synthetic creators, accounts, follower snapshots and posts. Pure record generation:
 * no database, no clock (the caller passes `end`), no Math.random. `generateDataset` streams so a
 * million posts never sit in memory; `generateDemo` collects a small dataset for seeding.
 */

export interface CreatorRecord {
  creatorRef: string;
  name: string;
  country: string;
  niches: string[];
}

export interface AccountRecord {
  creatorRef: string;
  platform: Platform;
  handle: string;
  externalId: string;
  followers: number;
  following: number | null;
  ratePerPostMinor: number | null;
  currency: string | null;
}

export interface PostRecord {
  platform: Platform;
  handle: string;
  externalId: string;
  postedAt: Date;
  kind: PostKind;
  sponsored: boolean;
  brand: string | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  caption: string | null;
}

export interface SnapshotRecord {
  platform: Platform;
  handle: string;
  capturedAt: Date;
  followers: number;
  following: number | null;
}

export interface GeneratorOptions {
  seed: number;
  creators: number;
  /** Last instant of the history: snapshots and posts are at or before it. Required: the generator never reads the clock. */
  end: Date;
  /** Approximate total posts; scales every account's posting frequency. Default: the published frequencies as they are. */
  postsTarget?: number | null | undefined;
  /** History length in days (default 120). */
  days?: number | undefined;
  /** Share of accounts with one week of bought followers (default 0.04). */
  spikeShare?: number | undefined;
  /** Share of accounts in engagement pods: likes inflated, few comments (default 0.03). */
  podShare?: number | undefined;
  /** Share of eligible accounts (≥ 10k followers, platform reports following) that follow back en masse (default 0.02). */
  followBackShare?: number | undefined;
}

export interface ResolvedGeneratorOptions {
  seed: number;
  creators: number;
  end: Date;
  postsTarget: number | null;
  days: number;
  spikeShare: number;
  podShare: number;
  followBackShare: number;
}

export const GENERATOR_DEFAULTS = { days: 120, spikeShare: 0.04, podShare: 0.03, followBackShare: 0.02 } as const;

/** The server's first-start dataset: ≈ 500 creators, ≈ 700 accounts, ≈ 20,000 posts over 120 days. */
export const DEMO_OPTIONS = {
  seed: 20_190_401,
  creators: 500,
  postsTarget: 20_000,
  days: 120,
  spikeShare: 0.04,
  podShare: 0.03,
  followBackShare: 0.02,
} as const satisfies Omit<GeneratorOptions, 'end'>;

/** What the generator planted in an account: ground truth for tests of the metrics, never exported to files. */
export interface AccountTruth {
  /** Tier the engagement benchmark came from (organic followers at the end). */
  tier: Tier;
  /** The account's true engagement rate by organic followers, before kind and per-post noise. */
  trueRate: number;
  insights: boolean;
  spike: { capturedAt: Date; boughtFollowers: number; jump: number } | null;
  pod: boolean;
  followBack: boolean;
  expectedPosts: number;
}

export type DatasetEvent =
  | { type: 'creator'; record: CreatorRecord }
  | { type: 'account'; record: AccountRecord; truth: AccountTruth }
  | { type: 'snapshot'; record: SnapshotRecord }
  | { type: 'post'; record: PostRecord };

export interface DatasetCounts {
  creators: number;
  accounts: number;
  snapshots: number;
  posts: number;
}

export interface AccountRef {
  platform: Platform;
  handle: string;
}

export interface DatasetLabels {
  spikeAccounts: AccountRef[];
  podAccounts: AccountRef[];
  followBackAccounts: AccountRef[];
}

export interface GeneratedDataset {
  creators: CreatorRecord[];
  accounts: AccountRecord[];
  posts: PostRecord[];
  snapshots: SnapshotRecord[];
  labels: DatasetLabels;
}

const DAY_MS = 86_400_000;
const STREAM = { world: 1, creator: 2, campaigns: 3 } as const;
/** √2 − 1: a second Weyl step, independent enough of the golden ratio used for tiers. */
const ANOMALY_STEP = Math.SQRT2 - 1;
const VIDEO_KINDS: ReadonlySet<PostKind> = new Set(['REEL', 'VIDEO', 'SHORT', 'LIVE', 'STORY']);
const HANDLE_MAX_LENGTH: Readonly<Record<Platform, number>> = { INSTAGRAM: 30, TIKTOK: 24, YOUTUBE: 30, X: 15 };

export function resolveGeneratorOptions(options: GeneratorOptions): ResolvedGeneratorOptions {
  const resolved: ResolvedGeneratorOptions = {
    seed: options.seed,
    creators: options.creators,
    end: options.end,
    postsTarget: options.postsTarget ?? null,
    days: options.days ?? GENERATOR_DEFAULTS.days,
    spikeShare: options.spikeShare ?? GENERATOR_DEFAULTS.spikeShare,
    podShare: options.podShare ?? GENERATOR_DEFAULTS.podShare,
    followBackShare: options.followBackShare ?? GENERATOR_DEFAULTS.followBackShare,
  };
  if (!Number.isSafeInteger(resolved.seed)) throw new RangeError(`seed must be a safe integer, got ${resolved.seed}`);
  if (!Number.isInteger(resolved.creators) || resolved.creators < 0) {
    throw new RangeError(`creators must be a non-negative integer, got ${resolved.creators}`);
  }
  if (!(resolved.end instanceof Date) || Number.isNaN(resolved.end.getTime())) {
    throw new RangeError('end must be a valid Date');
  }
  if (!Number.isInteger(resolved.days) || resolved.days < 1) {
    throw new RangeError(`days must be a positive integer, got ${resolved.days}`);
  }
  if (resolved.postsTarget !== null && !(resolved.postsTarget >= 0 && Number.isFinite(resolved.postsTarget))) {
    throw new RangeError(`postsTarget must be a non-negative number, got ${resolved.postsTarget}`);
  }
  for (const key of ['spikeShare', 'podShare', 'followBackShare'] as const) {
    const share = resolved[key];
    if (!(share >= 0 && share <= 1)) throw new RangeError(`${key} must be in [0, 1], got ${share}`);
  }
  if (resolved.spikeShare + resolved.podShare > 1) throw new RangeError('spikeShare + podShare must not exceed 1');
  return resolved;
}

// ---------------------------------------------------------------------------------------------------
// World: what every creator shares (time grid, brand bursts, id keys, the post scale)

interface World {
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

function createWorld(opts: ResolvedGeneratorOptions): World {
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

interface AccountPlan {
  platform: Platform;
  followers: number;
  postsPerWeek: number;
}

interface CreatorPlan {
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

function planCreator(world: World, index: number): CreatorPlan {
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

// ---------------------------------------------------------------------------------------------------
// Identifiers

interface GeneratorState {
  handles: Record<Platform, Set<string>>;
  accountIds: Record<Platform, number>;
  postIds: Record<Platform, number>;
  accountIndex: number;
  /** Running count of accounts eligible for the follow-back pattern. */
  followBackIndex: number;
}

function newState(): GeneratorState {
  const perPlatform = <T>(make: () => T): Record<Platform, T> => ({
    INSTAGRAM: make(),
    TIKTOK: make(),
    YOUTUBE: make(),
    X: make(),
  });
  return {
    handles: perPlatform(() => new Set<string>()),
    accountIds: perPlatform(() => 0),
    postIds: perPlatform(() => 0),
    accountIndex: 0,
    followBackIndex: 0,
  };
}

/** A 4-round Feistel permutation of [0, 2^40): counters become random-looking ids that never collide. */
function permute40(value: number, key: number): number {
  let left = Math.floor(value / 0x100000);
  let right = value % 0x100000;
  for (let round = 0; round < 4; round++) {
    const f = mix32(right ^ mix32(key + round)) & 0xfffff;
    const next = left ^ f;
    left = right;
    right = next;
  }
  return left * 0x100000 + right;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64url(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = BASE64URL[rest % 64] + out;
    rest = Math.floor(rest / 64);
  }
  return out;
}

function randomBase64url(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE64URL[rng.int(0, 63)];
  return out;
}

/** Platform-shaped ids; uniqueness comes from the permuted per-platform counter in each. */
function externalId(world: World, rng: Random, platform: Platform, kind: 'account' | 'post', counter: number): string {
  const permuted = permute40(counter, world.idKeys[platform][kind]);
  const digits = String(permuted).padStart(13, '0');
  switch (platform) {
    case 'INSTAGRAM':
      return kind === 'account' ? `1784${digits}` : `18${digits}${rng.int(10, 99)}`;
    case 'TIKTOK':
      return `${kind === 'account' ? 6 : 7}${rng.int(10_000, 99_999)}${digits}`;
    case 'YOUTUBE':
      return kind === 'account'
        ? `UC${base64url(permuted, 7)}${randomBase64url(rng, 15)}`
        : `${base64url(permuted, 7)}${randomBase64url(rng, 4)}`;
    case 'X':
      return `1${rng.int(10_000, 99_999)}${digits}`;
  }
}

function sanitizeHandle(raw: string, platform: Platform): string {
  let handle = raw.toLowerCase().replace(/[^a-z0-9._]/g, '');
  // X allows only letters, digits and underscores.
  if (platform === 'X') handle = handle.replace(/\./g, '_');
  return handle;
}

function withSuffix(base: string, suffix: string, platform: Platform): string {
  return base.slice(0, HANDLE_MAX_LENGTH[platform] - suffix.length) + suffix;
}

function assignHandle(
  state: GeneratorState,
  rng: Random,
  plan: CreatorPlan,
  style: number,
  platform: Platform,
): string {
  const used = state.handles[platform];
  const first = plan.first.toLowerCase();
  const last = plan.last.toLowerCase();
  const word = NICHE_WORDS[plan.niches[0] ?? 'lifestyle'][plan.index % 4] ?? 'daily';
  const variants = [
    `${first}${last}`,
    `${first}.${last}`,
    `${first}_${last}`,
    `${first}.${word}`,
    `${first}${last.slice(0, 1)}`,
    `the${first}${last}`,
    `${first}${word}`,
  ];
  const rotated = variants.map((_, i) => variants[(i + style) % variants.length] as string);
  const bases = rotated.map((v) => sanitizeHandle(v, platform));
  let handle: string | undefined = bases.find((b) => b.length <= HANDLE_MAX_LENGTH[platform] && !used.has(b));
  const base = bases[0] as string;
  for (let attempt = 0; handle === undefined && attempt < 20; attempt++) {
    const candidate = withSuffix(base, String(rng.int(attempt < 10 ? 1 : 100, attempt < 10 ? 99 : 99_999)), platform);
    if (!used.has(candidate)) handle = candidate;
  }
  // Dense name spaces (millions of creators) end here: the running account index is unique.
  handle ??= withSuffix(base, `_${state.accountIndex.toString(36)}`, platform);
  used.add(handle);
  return handle;
}

// ---------------------------------------------------------------------------------------------------
// Accounts and their follower history

interface AccountState {
  record: AccountRecord;
  truth: AccountTruth;
  profile: PlatformProfile;
  /** Followers (all) and organic followers (who engage) at each snapshot time. */
  followers: number[];
  organic: number[];
  following: (number | null)[];
  postsPerWeek: number;
  viewFactor: number;
  sponsoredShare: number;
  reported: ReadonlySet<PostMetric>;
  kindMix: Weighted<PostKind>;
  /** Mean kind multiplier of the account's mix: dividing by it keeps the account's mean rate at its true rate. */
  kindNorm: number;
}

function buildFollowerSeries(
  world: World,
  rng: Random,
  followersEnd: number,
  spike: boolean,
): { followers: number[]; bought: number; spikeAt: number | null; jump: number } {
  const k = world.snapshotTimes.length - 1;
  const declining = rng.bool(GROWTH.decliningShare);
  const base = declining
    ? rng.uniform(GROWTH.decliningMin, GROWTH.decliningMax)
    : rng.uniform(GROWTH.weeklyMin, GROWTH.weeklyMax);
  const noiseSd = GROWTH.weeklyRelativeNoise * Math.max(Math.abs(base), GROWTH.weeklyMin);
  const spikeAt = spike ? rng.int(3, k - 2) : null;
  const jump = spike ? rng.uniform(SPIKE.minJump, SPIKE.maxJump) : 0;
  const values = new Array<number>(k + 1);
  values[k] = followersEnd;
  let bought = 0;
  let realizedJump = 0;
  // Built backwards from the end so the account's current followers (and tier) are exactly as planned.
  for (let i = k; i >= 1; i--) {
    const after = values[i] as number;
    const growth = base + rng.normal(0, noiseSd);
    if (i === spikeAt) {
      let before = Math.floor(after / (1 + jump));
      if (after - before < SPIKE.minBought) before = after - SPIKE.minBought;
      realizedJump = (after - before) / before;
      bought = Math.max(0, after - Math.round(before * (1 + growth)));
      values[i - 1] = before;
    } else {
      values[i - 1] = Math.max(1, Math.round(after / (1 + growth)));
    }
  }
  return { followers: values, bought, spikeAt, jump: realizedJump };
}

function niceRate(minor: number): number {
  const step = minor < 10_000 ? 500 : minor < 100_000 ? 2_500 : 10_000;
  return Math.max(step, Math.round(minor / step) * step);
}

function buildAccount(
  world: World,
  state: GeneratorState,
  plan: CreatorPlan,
  creatorRef: string,
  handleStyle: number,
  accountPlan: AccountPlan,
): AccountState {
  const { rng } = plan;
  const { platform, followers: followersEnd } = accountPlan;
  const profile = PLATFORM_PROFILES[platform];
  const accountIndex = state.accountIndex++;
  const handle = assignHandle(state, rng, plan, handleStyle, platform);
  const id = externalId(world, rng, platform, 'account', state.accountIds[platform]++);

  const u = weyl(accountIndex, world.anomalyOffset, ANOMALY_STEP);
  const canSpike = world.snapshotTimes.length >= SPIKE.minSnapshots && followersEnd >= 3 * SPIKE.minBought;
  const spike = u < world.opts.spikeShare && canSpike;
  const pod = !spike && u >= world.opts.spikeShare && u < world.opts.spikeShare + world.opts.podShare;
  const hasFollowing = FOLLOWING.cap[platform] > 0;
  const followBackEligible = !spike && !pod && hasFollowing && followersEnd >= FOLLOW_BACK.minFollowers;
  const followBack =
    followBackEligible &&
    weyl(state.followBackIndex++, world.followBackOffset, ANOMALY_STEP) < world.opts.followBackShare;

  const series = buildFollowerSeries(world, rng, followersEnd, spike);
  const spikeAt = series.spikeAt;
  const organic = series.followers.map((f, i) => (spikeAt !== null && i >= spikeAt ? f - series.bought : f));
  const tier = classifyTier(organic[organic.length - 1] as number);

  // Mean-one lognormal, so the tier's mean rate is the benchmark. Pods are drawn above the mean so
  // that × 4 likes clears the 3 × peer p50 test.
  const rateSigma = NOISE.accountRateSigma;
  const rateDraw = rng.normal(0, rateSigma);
  const rateMultiplier = pod ? Math.exp(Math.abs(rateDraw)) : Math.exp(rateDraw - (rateSigma * rateSigma) / 2);
  const trueRate = profile.engagementRate[tier] * rateMultiplier;
  const viewFactor = Math.sqrt(rateMultiplier) * rng.lognormalMedian(1, NOISE.accountViewsSigma);
  const insights = rng.bool(INSIGHTS_SHARE);
  const sponsoredShare = rng.betaMean(SPONSORED.mean, SPONSORED.concentration);

  let followingEnd: number | null = null;
  let following: (number | null)[] = series.followers.map(() => null);
  if (hasFollowing) {
    if (followBack) {
      const ratio = rng.uniform(FOLLOW_BACK.minRatio, FOLLOW_BACK.maxRatio);
      following = series.followers.map((f) => Math.round(f * ratio));
    } else {
      const end = Math.min(
        FOLLOWING.cap[platform],
        Math.round(rng.lognormalMedian(FOLLOWING.median[tier], FOLLOWING.sigma)),
      );
      const drift = rng.normal(FOLLOWING.weeklyDriftMean, FOLLOWING.weeklyDriftSd);
      const last = series.followers.length - 1;
      following = series.followers.map((_, i) => Math.max(0, Math.round(end - drift * (last - i))));
    }
    followingEnd = following[following.length - 1] ?? null;
  }

  let ratePerPostMinor: number | null = null;
  if (rng.bool(QUOTED_RATE.share)) {
    // Quotes follow the advertised (current) followers, bought ones included.
    const advertisedTier = classifyTier(followersEnd);
    ratePerPostMinor = niceRate(
      QUOTED_RATE.rateCardMinor[advertisedTier] *
        QUOTED_RATE.platformFactor[platform] *
        rng.lognormalMedian(1, QUOTED_RATE.sigma) *
        rateMultiplier ** QUOTED_RATE.engagementElasticity,
    );
  }

  const reported = new Set<PostMetric>([...profile.publicMetrics, ...(insights ? profile.insightMetrics : [])]);
  // Story metrics are private: only creators sharing insights have stories in the data.
  const kindMix = insights ? profile.kindMix : profile.kindMix.filter(([kind]) => kind !== 'STORY');
  let weightSum = 0;
  let engagementSum = 0;
  for (const [kind, weight] of kindMix) {
    weightSum += weight;
    engagementSum += weight * KIND_PROFILES[kind].engagement;
  }
  const expectedPosts = accountPlan.postsPerWeek * world.weeks * world.postScale;

  return {
    record: {
      creatorRef,
      platform,
      handle,
      externalId: id,
      followers: followersEnd,
      following: followingEnd,
      ratePerPostMinor,
      currency: ratePerPostMinor === null ? null : QUOTED_RATE.currency,
    },
    truth: {
      tier,
      trueRate,
      insights,
      spike:
        spikeAt === null
          ? null
          : {
              capturedAt: new Date(world.snapshotTimes[spikeAt] as number),
              boughtFollowers: series.bought,
              jump: series.jump,
            },
      pod,
      followBack,
      expectedPosts,
    },
    profile,
    followers: series.followers,
    organic,
    following,
    postsPerWeek: accountPlan.postsPerWeek,
    viewFactor,
    sponsoredShare,
    reported,
    kindMix,
    kindNorm: engagementSum / weightSum,
  };
}

// ---------------------------------------------------------------------------------------------------
// Posts

function chooseBrand(world: World, rng: Random, niches: readonly Niche[], t: number): string {
  const entries: [string, number][] = [];
  for (const niche of niches) {
    for (const brand of BRANDS[niche]) {
      const active = world.brandBursts.get(brand)?.some(([from, to]) => t >= from && t < to) ?? false;
      entries.push([brand, active ? BRAND_BURSTS.activeWeight : 1]);
    }
  }
  return rng.weighted(entries);
}

function makeCaption(rng: Random, niches: readonly Niche[], kind: PostKind, brand: string | null): string | null {
  if (kind === 'STORY' || rng.bool(CAPTIONLESS_SHARE)) return null;
  const niche = rng.pick(niches);
  let text = rng.pick(CAPTION_LINES[niche]);
  if (brand !== null) text += rng.bool(0.5) ? `, with ${brand} #ad` : ` (paid partnership with ${brand})`;
  const extra = rng.pick(CAPTION_EXTRAS);
  if (extra !== '') text += `. ${extra}`;
  const tags = rng.sample(HASHTAGS[niche], rng.int(1, 3)).join(' ');
  // Multi-line captions are common on Instagram; they also exercise CSV quoting.
  return `${text}${rng.bool(0.4) ? '\n\n' : ' '}${tags}`;
}

function* generatePosts(
  world: World,
  state: GeneratorState,
  plan: CreatorPlan,
  account: AccountState,
): Generator<PostRecord, number> {
  const { rng } = plan;
  const { record, truth, profile } = account;
  const platform = record.platform;
  const count = rng.poisson(truth.expectedPosts);
  if (count === 0) return 0;
  // Whole seconds in (end − days, end]: offsets from the end, sorted so posts come out in time order.
  const spanSeconds = Math.floor((world.endMs - world.startMs) / 1000);
  const offsets = new Float64Array(count);
  for (let i = 0; i < count; i++) offsets[i] = Math.floor(rng.next() * spanSeconds);
  offsets.sort();

  const times = world.snapshotTimes;
  const reported = account.reported;
  const split = profile.split;
  let segment = 0;
  for (let i = count - 1; i >= 0; i--) {
    const t = world.endMs - (offsets[i] as number) * 1000;
    while (segment < times.length - 2 && t >= (times[segment + 1] as number)) segment++;
    const t0 = times[segment] as number;
    const t1 = times[segment + 1] ?? t0;
    const f = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
    const o0 = account.organic[segment] as number;
    const o1 = account.organic[segment + 1] ?? o0;
    // Organic followers only: bought ones inflate the count but never engage.
    const organicAt = o0 + (o1 - o0) * f;

    const kind = rng.weighted(account.kindMix);
    const kindProfile = KIND_PROFILES[kind];
    const sponsored = rng.bool(account.sponsoredShare);
    const brand = sponsored ? chooseBrand(world, rng, plan.niches, t) : null;
    let noise = rng.lognormal(-(NOISE.postSigma * NOISE.postSigma) / 2, NOISE.postSigma);
    if (rng.bool(NOISE.viralChance)) noise *= rng.lognormalMedian(NOISE.viralMedian, NOISE.viralSigma);
    const interactions =
      ((truth.trueRate * kindProfile.engagement) / account.kindNorm) *
      noise *
      (sponsored ? SPONSORED.engagementMultiplier : 1) *
      organicAt;

    const wLikes = split.likes * rng.lognormalMedian(1, NOISE.splitSigma);
    const wComments = split.comments * rng.lognormalMedian(1, NOISE.splitSigma);
    const wShares = split.shares * rng.lognormalMedian(1, NOISE.splitSigma);
    // Stories cannot be saved.
    const wSaves = kind === 'STORY' ? 0 : split.saves * rng.lognormalMedian(1, NOISE.splitSigma);
    const wTotal = wLikes + wComments + wShares + wSaves;
    let likes = Math.round((interactions * wLikes) / wTotal);
    let comments = Math.round((interactions * wComments) / wTotal);
    const shares = Math.round((interactions * wShares) / wTotal);
    const saves = Math.round((interactions * wSaves) / wTotal);
    if (truth.pod) {
      likes = Math.round(likes * POD.likesMultiplier);
      comments = Math.floor(likes * rng.uniform(0, POD.maxCommentsPerLike));
    }

    let views: number | null = null;
    if (kindProfile.views > 0 && (reported.has('views') || kind === 'STORY')) {
      const raw =
        organicAt *
        profile.viewsPerFollower[truth.tier] *
        account.viewFactor *
        kindProfile.views *
        noise ** 0.7 *
        rng.lognormalMedian(1, NOISE.viewsSigma);
      views = Math.max(Math.round(raw), likes + comments + shares);
    }

    let reach: number | null = null;
    let impressions: number | null = null;
    const noiseFactor = noise ** 0.5 * rng.lognormalMedian(1, 0.3);
    if (reported.has('reach')) {
      reach =
        views !== null && VIDEO_KINDS.has(kind)
          ? Math.round(views * rng.uniform(REACH.ofVideoViews.min, REACH.ofVideoViews.max))
          : Math.round(organicAt * REACH.perFollower[truth.tier] * noiseFactor);
      reach = Math.max(reach, likes + comments);
    }
    if (reported.has('impressions')) {
      if (platform === 'YOUTUBE' && views !== null) {
        impressions = Math.round(views / rng.uniform(REACH.youtubeClickThrough.min, REACH.youtubeClickThrough.max));
      } else if (platform === 'X') {
        impressions = Math.round(organicAt * REACH.xImpressionsPerFollower[truth.tier] * noiseFactor);
      } else if (reach !== null) {
        impressions = Math.round(reach * rng.uniform(REACH.impressionsPerReach.min, REACH.impressionsPerReach.max));
      }
      if (impressions !== null) impressions = Math.max(impressions, reach ?? 0, views ?? 0, likes + comments + shares);
    }

    yield {
      platform,
      handle: record.handle,
      externalId: externalId(world, rng, platform, 'post', state.postIds[platform]++),
      postedAt: new Date(t),
      kind,
      sponsored,
      brand,
      likes: reported.has('likes') ? likes : null,
      comments: reported.has('comments') ? comments : null,
      shares: reported.has('shares') ? shares : null,
      saves: reported.has('saves') && kind !== 'STORY' ? saves : null,
      views,
      reach,
      impressions,
      caption: makeCaption(rng, plan.niches, kind, brand),
    };
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------
// Public entry points

/**
 * Streams the dataset: a creator, then its accounts, then each account's weekly snapshots and its posts
 * (oldest first), then the next creator. Only one creator's accounts are held at a time. Returns the
 * counts when exhausted.
 */
export function* generateDataset(options: GeneratorOptions): Generator<DatasetEvent, DatasetCounts, undefined> {
  const opts = resolveGeneratorOptions(options);
  const world = createWorld(opts);
  const state = newState();
  const counts: DatasetCounts = { creators: 0, accounts: 0, snapshots: 0, posts: 0 };
  const width = Math.max(6, String(opts.creators).length);
  for (let index = 0; index < opts.creators; index++) {
    const plan = planCreator(world, index);
    const creatorRef = `cr-${String(index + 1).padStart(width, '0')}`;
    const creator: CreatorRecord = {
      creatorRef,
      name: `${plan.first} ${plan.last}`,
      country: plan.country,
      niches: [...plan.niches],
    };
    counts.creators++;
    yield { type: 'creator', record: creator };

    const handleStyle = plan.rng.int(0, 6);
    const accounts = plan.accounts.map((a) => buildAccount(world, state, plan, creatorRef, handleStyle, a));
    for (const account of accounts) {
      counts.accounts++;
      yield { type: 'account', record: account.record, truth: account.truth };
    }
    for (const account of accounts) {
      const { platform, handle } = account.record;
      for (let i = 0; i < world.snapshotTimes.length; i++) {
        counts.snapshots++;
        yield {
          type: 'snapshot',
          record: {
            platform,
            handle,
            capturedAt: new Date(world.snapshotTimes[i] as number),
            followers: account.followers[i] as number,
            following: account.following[i] ?? null,
          },
        };
      }
      for (const post of generatePosts(world, state, plan, account)) {
        counts.posts++;
        yield { type: 'post', record: post };
      }
    }
  }
  return counts;
}

/** Collects a whole (small) dataset with its planted anomalies. Defaults to DEMO_OPTIONS. */
export function generateDemo(options: Partial<GeneratorOptions> & { end: Date }): GeneratedDataset {
  const dataset: GeneratedDataset = {
    creators: [],
    accounts: [],
    posts: [],
    snapshots: [],
    labels: { spikeAccounts: [], podAccounts: [], followBackAccounts: [] },
  };
  // Explicit undefineds fall back to the demo values, not to the generator's defaults.
  const merged: GeneratorOptions = { ...DEMO_OPTIONS, end: options.end };
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(merged, { [name]: value });
  }
  for (const event of generateDataset(merged)) {
    switch (event.type) {
      case 'creator':
        dataset.creators.push(event.record);
        break;
      case 'account': {
        dataset.accounts.push(event.record);
        const ref = { platform: event.record.platform, handle: event.record.handle };
        if (event.truth.spike) dataset.labels.spikeAccounts.push(ref);
        if (event.truth.pod) dataset.labels.podAccounts.push(ref);
        if (event.truth.followBack) dataset.labels.followBackAccounts.push(ref);
        break;
      }
      case 'snapshot':
        dataset.snapshots.push(event.record);
        break;
      case 'post':
        dataset.posts.push(event.record);
        break;
    }
  }
  return dataset;
}

// ---------------------------------------------------------------------------------------------------
// Organizations and campaigns for the demo

export interface DemoOrganization {
  name: string;
  slug: string;
}

export interface DemoCampaignMember {
  platform: Platform;
  handle: string;
  feeMinor: number;
  deliverables: number;
}

export interface DemoCampaign {
  organizationSlug: string;
  name: string;
  brand: string;
  goal: CampaignGoal;
  status: CampaignStatus;
  currency: 'USD';
  budgetMinor: number;
  startsAt: Date;
  endsAt: Date;
  revenueMinor: number | null;
  conversions: number | null;
  members: DemoCampaignMember[];
  posts: { platform: Platform; externalId: string }[];
}

export function demoOrganizations(): DemoOrganization[] {
  return DEMO_ORGANIZATIONS.map(({ name, slug }) => ({ name, slug }));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface CampaignCandidate {
  account: AccountRecord;
  tier: Tier;
  posts: PostRecord[];
}

/**
 * Two campaigns per demo organization, one brand each: an all-MICRO squad (10–15 creators) and an
 * all-MACRO line-up (2–3), in the same window, so the API's campaign and tier comparisons have
 * something to say. The brand is the one most present in those tiers' sponsored posts inside the
 * window; members are the accounts with most such posts, and their linked posts are their sponsored
 * posts of that brand, then other sponsored posts, then other posts inside the window.
 */
export function demoCampaigns(dataset: GeneratedDataset, seed: number): DemoCampaign[] {
  const rng = Random.stream(seed, STREAM.campaigns);
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (const s of dataset.snapshots) {
    startMs = Math.min(startMs, s.capturedAt.getTime());
    endMs = Math.max(endMs, s.capturedAt.getTime());
  }
  if (!Number.isFinite(endMs)) return [];

  const byAccount = new Map<string, CampaignCandidate>();
  for (const account of dataset.accounts) {
    byAccount.set(`${account.platform}:${account.handle}`, {
      account,
      tier: classifyTier(account.followers),
      posts: [],
    });
  }
  for (const post of dataset.posts) byAccount.get(`${post.platform}:${post.handle}`)?.posts.push(post);
  const candidates = [...byAccount.values()];

  const windowMs = CAMPAIGNS.windowDays * DAY_MS;
  const span = Math.max(0, endMs - startMs);
  const windows: { from: number; to: number; status: CampaignStatus }[] = [
    { from: startMs + 0.12 * span, to: startMs + 0.12 * span + windowMs, status: 'COMPLETED' },
    { from: endMs - 21 * DAY_MS, to: endMs - 21 * DAY_MS + windowMs, status: 'ACTIVE' },
    { from: startMs + 0.45 * span, to: startMs + 0.45 * span + windowMs, status: 'COMPLETED' },
  ];

  const allBrands = (Object.keys(BRANDS) as Niche[]).flatMap((n) => [...BRANDS[n]]);
  const usedBrands = new Set<string>();
  const campaigns: DemoCampaign[] = [];

  for (const [orgIndex, org] of DEMO_ORGANIZATIONS.entries()) {
    const window = windows[orgIndex % windows.length] as (typeof windows)[number];
    const inWindow = (p: PostRecord) => p.postedAt.getTime() >= window.from && p.postedAt.getTime() < window.to;

    // Macro matches count triple: there are few macro accounts to go round.
    const scores = new Map<string, number>();
    for (const c of candidates) {
      if (c.tier !== 'MICRO' && c.tier !== 'MACRO') continue;
      const brands = new Set(c.posts.filter((p) => p.sponsored && p.brand !== null && inWindow(p)).map((p) => p.brand));
      for (const brand of brands) {
        if (brand !== null) scores.set(brand, (scores.get(brand) ?? 0) + (c.tier === 'MACRO' ? 3 : 1));
      }
    }
    let brand: string | undefined;
    let best = 0;
    for (const b of allBrands) {
      const score = scores.get(b) ?? 0;
      if (!usedBrands.has(b) && score > best) {
        brand = b;
        best = score;
      }
    }
    brand ??= rng.pick(allBrands.filter((b) => !usedBrands.has(b)));
    usedBrands.add(brand);

    for (const tier of ['MICRO', 'MACRO'] as const) {
      const sizes = tier === 'MICRO' ? CAMPAIGNS.microMembers : CAMPAIGNS.macroMembers;
      const deliverableRange = tier === 'MICRO' ? CAMPAIGNS.microDeliverables : CAMPAIGNS.macroDeliverables;
      const ranked = rng
        .shuffle(candidates.filter((c) => c.tier === tier))
        .map((c) => {
          const windowPosts = c.posts.filter((p) => inWindow(p) && p.kind !== 'STORY');
          const branded = windowPosts.filter((p) => p.sponsored && p.brand === brand);
          const otherSponsored = windowPosts.filter((p) => p.sponsored && p.brand !== brand);
          const organic = windowPosts.filter((p) => !p.sponsored);
          return { c, ordered: [...branded, ...otherSponsored, ...organic], branded, otherSponsored };
        })
        .filter((r) => r.ordered.length > 0)
        // Stable sort keeps the shuffled order among equals.
        .sort(
          (a, b) =>
            b.branded.length - a.branded.length ||
            b.otherSponsored.length - a.otherSponsored.length ||
            b.ordered.length - a.ordered.length,
        );
      const chosen = ranked.slice(0, rng.int(sizes.min, sizes.max));

      const members: DemoCampaignMember[] = [];
      const posts: DemoCampaign['posts'] = [];
      let spend = 0;
      for (const { c, ordered } of chosen) {
        const deliverables = rng.int(deliverableRange.min, deliverableRange.max);
        const quoted =
          c.account.ratePerPostMinor ??
          QUOTED_RATE.rateCardMinor[tier] * QUOTED_RATE.platformFactor[c.account.platform];
        const feeMinor = Math.max(
          1_000,
          Math.round((quoted * rng.uniform(CAMPAIGNS.feeNegotiation.min, CAMPAIGNS.feeNegotiation.max)) / 1_000) *
            1_000,
        );
        members.push({ platform: c.account.platform, handle: c.account.handle, feeMinor, deliverables });
        spend += feeMinor * deliverables;
        for (const p of ordered.slice(0, deliverables)) posts.push({ platform: p.platform, externalId: p.externalId });
      }

      const budgetMinor =
        Math.ceil((spend * rng.uniform(CAMPAIGNS.budgetHeadroom.min, CAMPAIGNS.budgetHeadroom.max)) / 50_000) * 50_000;
      let revenueMinor: number | null = null;
      let conversions: number | null = null;
      if (org.goal === 'CONVERSION') {
        const roas = CAMPAIGNS.roas[tier];
        revenueMinor = Math.round(spend * rng.uniform(roas.min, roas.max));
        const order = rng.uniform(CAMPAIGNS.averageOrderMinor.min, CAMPAIGNS.averageOrderMinor.max);
        conversions = Math.round(revenueMinor / order);
      }
      const month = MONTHS[new Date(window.from).getUTCMonth()] as string;
      campaigns.push({
        organizationSlug: org.slug,
        name: `${brand} ${month} ${tier === 'MICRO' ? 'micro squad' : 'macro spotlight'}`,
        brand,
        goal: org.goal,
        status: window.status,
        currency: 'USD',
        budgetMinor: Math.max(budgetMinor, 50_000),
        startsAt: new Date(Math.round(window.from)),
        endsAt: new Date(Math.round(window.to)),
        revenueMinor,
        conversions,
        members,
        posts,
      });
    }
  }
  return campaigns;
}
