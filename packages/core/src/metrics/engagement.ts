import type { Aggregate, EngagementMethod, InteractionsKind, MetricWindow, PostKind, RateBase } from './config.js';
import { normalizeSnapshots, type SnapshotInput } from './growth.js';
import { mean, median, sampleStdDev, studentT975, sum } from './stats.js';

/**
 * Engagement of one post and of an account over a window (docs/metrics.md#engagement-of-a-post and
 * "An account over a window"). Pure: `asOf` is always an argument.
 */

/**
 * The counts a platform may report for a post, in column order: the same names in the import format, the
 * `posts` table and the metric inputs. Null is "not reported", never 0.
 */
export const POST_COUNT_FIELDS = ['likes', 'comments', 'shares', 'saves', 'views', 'reach', 'impressions'] as const;
export type PostCountField = (typeof POST_COUNT_FIELDS)[number];
export type PostCounts = Record<PostCountField, number | null>;

export interface PostMetricsInput extends PostCounts {
  postedAt: Date;
  kind: PostKind;
  sponsored: boolean;
}

// Declared with the snapshot math in growth.ts (which engagement uses, not the other way round).
export type { SnapshotInput } from './growth.js';

export interface AccountEngagementInput {
  posts: readonly PostMetricsInput[];
  snapshots: readonly SnapshotInput[];
  /** The account's current (stored) followers, the last fallback for a FOLLOWERS base. */
  followers: number;
}

export type InteractionComponent = 'likes' | 'comments' | 'shares' | 'saves';

export const INTERACTION_COMPONENTS: Readonly<Record<InteractionsKind, readonly InteractionComponent[]>> = {
  ALL: ['likes', 'comments', 'shares', 'saves'],
  LIKES_COMMENTS: ['likes', 'comments'],
};

const MS_PER_DAY = 86_400_000;

/** Interactions of one post; a component the platform did not report (null) counts 0. */
export function postInteractions(
  post: PostMetricsInput,
  interactions: InteractionsKind,
): { total: number; present: InteractionComponent[] } {
  let total = 0;
  const present: InteractionComponent[] = [];
  for (const component of INTERACTION_COMPONENTS[interactions]) {
    const value = post[component];
    if (value === null) continue;
    total += value;
    present.push(component);
  }
  return { total, present };
}

/**
 * Followers at post time: the latest snapshot at or before `postedAt`, else the earliest one after
 * it, else the account's current followers.
 */
export function followersAtPostTime(
  postedAt: Date,
  snapshots: readonly SnapshotInput[],
  currentFollowers: number,
): number {
  return followersInSorted(postedAt, normalizeSnapshots(snapshots), currentFollowers);
}

function followersInSorted(postedAt: Date, sorted: readonly SnapshotInput[], currentFollowers: number): number {
  const t = postedAt.getTime();
  let before: SnapshotInput | undefined;
  for (const s of sorted) {
    if (s.capturedAt.getTime() <= t) before = s;
    else break;
  }
  return (before ?? sorted[0])?.followers ?? currentFollowers;
}

/** The rate denominator of one post, as stored (null or ≤ 0 means the post leaves the sample). */
export function postBase(
  post: PostMetricsInput,
  base: RateBase,
  snapshots: readonly SnapshotInput[],
  currentFollowers: number,
): number | null {
  return baseOfPost(post, base, normalizeSnapshots(snapshots), currentFollowers);
}

function baseOfPost(
  post: PostMetricsInput,
  base: RateBase,
  sortedSnapshots: readonly SnapshotInput[],
  currentFollowers: number,
): number | null {
  switch (base) {
    case 'FOLLOWERS':
      return followersInSorted(post.postedAt, sortedSnapshots, currentFollowers);
    case 'VIEWS':
      return post.views;
    case 'REACH':
      return post.reach;
    case 'IMPRESSIONS':
      return post.impressions;
  }
}

/** A base that can divide: not null, finite and positive (the spec names null and 0; negatives are bad data). */
function isUsableBase(b: number | null): b is number {
  return b !== null && Number.isFinite(b) && b > 0;
}

function compareNullable(a: number | null, b: number | null): number {
  return (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY) || 0;
}

/**
 * Chronological order with a tie-break on the post's own fields, so the selection (and every number
 * computed from it) does not depend on the order rows arrive in.
 */
function comparePosts(a: PostMetricsInput, b: PostMetricsInput): number {
  return (
    a.postedAt.getTime() - b.postedAt.getTime() ||
    Number(a.sponsored) - Number(b.sponsored) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    compareNullable(a.likes, b.likes) ||
    compareNullable(a.comments, b.comments) ||
    compareNullable(a.shares, b.shares) ||
    compareNullable(a.saves, b.saves) ||
    compareNullable(a.views, b.views) ||
    compareNullable(a.reach, b.reach) ||
    compareNullable(a.impressions, b.impressions)
  );
}

/**
 * Posts in the window, oldest first: `asOf − days < postedAt ≤ asOf`, or, when `window.posts` is
 * given, the last `posts` posts at or before `asOf`.
 */
export function selectWindow<T extends PostMetricsInput>(posts: readonly T[], window: MetricWindow, asOf: Date): T[] {
  const end = asOf.getTime();
  const upToAsOf = posts.filter((p) => p.postedAt.getTime() <= end).sort(comparePosts);
  if (window.posts !== null) {
    const count = Math.max(0, Math.floor(window.posts));
    return count === 0 ? [] : upToAsOf.slice(-count);
  }
  const start = end - window.days * MS_PER_DAY;
  return upToAsOf.filter((p) => p.postedAt.getTime() > start);
}

export interface EngagementMethodUsed {
  interactions: InteractionsKind;
  base: RateBase;
  aggregate: Aggregate;
  windowDays: number;
  windowPosts: number | null;
  asOf: Date;
}

export interface EngagementResult {
  /** MEAN or MEDIAN of the sample's post rates; null when the sample is empty. */
  value: number | null;
  /** n: posts in the window with a usable base. */
  sampleSize: number;
  /** Posts in the window left out because their base was null or 0. */
  excluded: number;
  /** Σ interactions over the sample (excluded posts do not count). */
  totalInteractions: number;
  /** totalInteractions / n; null when n = 0. */
  avgInteractionsPerPost: number | null;
  /** MEAN only: the hull of the t-interval (n ≥ 2) and the Wilson interval (Σ base ≥ 1); see `interval95`. */
  interval95: Interval95 | null;
  method: EngagementMethodUsed;
  /** Interaction components reported (non-null) by at least one post of the sample, in canonical order. */
  componentsPresent: InteractionComponent[];
  /** The sample, oldest first: per-post rates, their bases and their interactions. */
  rates: number[];
  bases: number[];
  interactionCounts: number[];
}

/** Which interval a bound of `interval95` came from. */
export type IntervalSource = 'T' | 'WILSON';

/** A 95% interval of a mean rate, each end naming the interval it came from. */
export interface Interval95 {
  low: number;
  high: number;
  lowSource: IntervalSource;
  highSource: IntervalSource;
}

/** The two-sided 95% normal quantile the Wilson and posterior intervals use. */
export const Z95 = 1.959964;

/** mean ± t(0.975, n−1) · s/√n over the post rates, unclamped; null for n < 2. */
export function tInterval(rates: readonly number[]): { low: number; high: number } | null {
  const n = rates.length;
  if (n < 2) return null;
  const m = mean(rates) as number;
  const half = (studentT975(n - 1) * (sampleStdDev(rates) as number)) / Math.sqrt(n);
  return { low: m - half, high: m + half };
}

/**
 * Wilson score interval of x successes in N trials (x clamped to [0, N]): it keeps a width of order z²/N
 * when x is tiny, where a t-interval of a few identical rates collapses to a point. Null for N < 1.
 */
export function wilsonInterval(x: number, trials: number, z = Z95): { low: number; high: number } | null {
  if (!(trials >= 1)) return null;
  const successes = Math.min(Math.max(x, 0), trials);
  const p = successes / trials;
  const z2 = z * z;
  const center = p + z2 / (2 * trials);
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  // The ends are exactly 0 at p̂ = 0 and 1 at p̂ = 1; computed, they would miss by a rounding error.
  return {
    low: successes === 0 ? 0 : Math.max(0, (center - spread) / denominator),
    high: successes === trials ? 1 : Math.min(1, (center + spread) / denominator),
  };
}

/**
 * The hull of the t-interval of the post rates (n ≥ 2) and the Wilson interval of Σ interactions over
 * Σ base: low = min of the lows (clamped at 0), high = max of the highs. Null when neither exists (n = 0, or
 * n = 1 with Σ base < 1). On equal ends the source is WILSON (the interval that is always there when the hull
 * is, so a tie reads the same as a lone Wilson interval); the clamped low compares after clamping.
 */
export function meanInterval95(
  rates: readonly number[],
  interactionCounts: readonly number[],
  bases: readonly number[],
): Interval95 | null {
  const t = tInterval(rates);
  const w = rates.length === 0 ? null : wilsonInterval(sum(interactionCounts), sum(bases));
  if (!t && !w) return null;
  const tLow = t ? Math.max(0, t.low) : Number.POSITIVE_INFINITY;
  const tHigh = t ? t.high : Number.NEGATIVE_INFINITY;
  const wLow = w ? w.low : Number.POSITIVE_INFINITY;
  const wHigh = w ? w.high : Number.NEGATIVE_INFINITY;
  const lowFromT = tLow < wLow;
  const highFromT = tHigh > wHigh;
  return {
    low: lowFromT ? tLow : wLow,
    high: highFromT ? tHigh : wHigh,
    lowSource: lowFromT ? 'T' : 'WILSON',
    highSource: highFromT ? 'T' : 'WILSON',
  };
}

/** Engagement of posts already selected (and ordered) by `selectWindow`. */
function engagementOfSelection(
  selected: readonly PostMetricsInput[],
  snapshots: readonly SnapshotInput[],
  followers: number,
  method: EngagementMethod,
  window: MetricWindow,
  asOf: Date,
): EngagementResult {
  const rates: number[] = [];
  const bases: number[] = [];
  const interactionCounts: number[] = [];
  const present = new Set<InteractionComponent>();
  const sortedSnapshots = normalizeSnapshots(snapshots);
  let excluded = 0;
  for (const post of selected) {
    const base = baseOfPost(post, method.base, sortedSnapshots, followers);
    if (!isUsableBase(base)) {
      excluded += 1;
      continue;
    }
    const { total, present: components } = postInteractions(post, method.interactions);
    for (const c of components) present.add(c);
    rates.push(total / base);
    bases.push(base);
    interactionCounts.push(total);
  }

  const n = rates.length;
  const totalInteractions = sum(interactionCounts);
  const value = method.aggregate === 'MEAN' ? mean(rates) : median(rates);

  const interval95 = method.aggregate === 'MEAN' ? meanInterval95(rates, interactionCounts, bases) : null;

  return {
    value,
    sampleSize: n,
    excluded,
    totalInteractions,
    avgInteractionsPerPost: n === 0 ? null : totalInteractions / n,
    interval95,
    method: {
      interactions: method.interactions,
      base: method.base,
      aggregate: method.aggregate,
      windowDays: window.days,
      windowPosts: window.posts,
      asOf,
    },
    componentsPresent: INTERACTION_COMPONENTS.ALL.filter((c) => present.has(c)),
    rates,
    bases,
    interactionCounts,
  };
}

/** An account's engagement over a window (docs/metrics.md#engagement-of-an-account). */
export function accountEngagement(
  input: AccountEngagementInput,
  method: EngagementMethod,
  window: MetricWindow,
  asOf: Date,
): EngagementResult {
  const selected = selectWindow(input.posts, window, asOf);
  return engagementOfSelection(selected, input.snapshots, input.followers, method, window, asOf);
}

export interface SponsoredVsOrganic {
  sponsored: EngagementResult;
  organic: EngagementResult;
  /** sponsored.value / organic.value; null when either is null or organic is 0. */
  liftRatio: number | null;
}

/**
 * Sponsored against organic engagement. The window is applied to all posts first and then split,
 * so with `window.posts` both halves come from the same last N posts (the same period).
 */
export function sponsoredVsOrganic(
  input: AccountEngagementInput,
  method: EngagementMethod,
  window: MetricWindow,
  asOf: Date,
): SponsoredVsOrganic {
  const selected = selectWindow(input.posts, window, asOf);
  const of = (sponsored: boolean) =>
    engagementOfSelection(
      selected.filter((p) => p.sponsored === sponsored),
      input.snapshots,
      input.followers,
      method,
      window,
      asOf,
    );
  const sponsored = of(true);
  const organic = of(false);
  const liftRatio =
    sponsored.value === null || organic.value === null || organic.value === 0 ? null : sponsored.value / organic.value;
  return { sponsored, organic, liftRatio };
}

/** Σ likes and Σ comments over an engagement sample (the window's posts with a usable base). */
export function sampleLikesAndComments(
  posts: readonly PostMetricsInput[],
  snapshots: readonly SnapshotInput[],
  followers: number,
  method: EngagementMethod,
  window: MetricWindow,
  asOf: Date,
): { totalLikes: number; totalComments: number } {
  const sorted = normalizeSnapshots(snapshots);
  let totalLikes = 0;
  let totalComments = 0;
  for (const post of selectWindow(posts, window, asOf)) {
    const base = postBase(post, method.base, sorted, followers);
    if (base === null || !Number.isFinite(base) || base <= 0) continue;
    totalLikes += post.likes ?? 0;
    totalComments += post.comments ?? 0;
  }
  return { totalLikes, totalComments };
}
