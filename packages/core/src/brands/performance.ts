import type { InteractionsKind, RateBase } from '../metrics/config.js';
import {
  INTERACTION_COMPONENTS,
  type InteractionComponent,
  type PostMetricsInput,
  postBase,
  postInteractions,
  type SnapshotInput,
} from '../metrics/engagement.js';

/**
 * Brand performance (docs/metrics.md#brand-performance). Pure: the brand's sponsored posts come one by
 * one; the same accounts' organic posts come already summed per account (the database aggregates them, so
 * they never cross into JavaScript one by one).
 *
 * Rates are post rates (interactions / base, the method's components and base) averaged over posts: a
 * MEAN over the pooled posts, so a creator with ten posts weighs ten times one with a single post.
 */

/** Sums over some posts of one account that a mean post rate needs. */
export interface PostRateTotals {
  accountId: number;
  /** Posts considered, rated or not. */
  posts: number;
  /** Σ interactions over every post considered (a post without a usable base still had its interactions). */
  interactions: number;
  /** Σ post rates over the posts with a usable base, and how many there are. */
  rateSum: number;
  rated: number;
}

/** A sponsored post of the brand, with the account and creator it belongs to. */
export interface BrandPostInput extends PostMetricsInput {
  accountId: number;
  creatorId: number;
}

/** What a post's FOLLOWERS base needs: the account's snapshots and current followers. */
export interface BrandAccountInput {
  creatorId: number;
  followers: number;
  snapshots: readonly SnapshotInput[];
}

export interface BrandRateMethod {
  interactions: InteractionsKind;
  base: RateBase;
}

/** A mean post rate with its sample. */
export interface RateSummary {
  posts: number;
  interactions: number;
  /** Σ rate / n over the posts with a usable base; null when none has one. */
  rate: number | null;
  /** Posts left out of the rate because their base was null or 0. */
  excluded: number;
}

export interface BrandCreatorResult extends RateSummary {
  creatorId: number;
  /** The same creator's organic posts in the window (its accounts that posted for the brand). */
  organic: RateSummary;
  /** rate / organic.rate − 1; null without an organic rate (or when it is 0). */
  lift: number | null;
}

export interface BrandPerformanceResult extends RateSummary {
  creators: number;
  accounts: number;
  organic: RateSummary;
  lift: number | null;
  /** The creators with the most interactions on the brand's posts (ties: more posts, then lower id). */
  topCreators: BrandCreatorResult[];
  /** Interaction components reported by at least one of the brand's posts; missing ones counted 0. */
  componentsPresent: InteractionComponent[];
}

/** A base that can divide (null, 0 and negatives leave the sample, as in the engagement rate). */
const usable = (base: number | null): base is number => base !== null && Number.isFinite(base) && base > 0;

/** Sums per account of the given posts, through the engagement functions (interactions, base at post time). */
export function postRateTotals(
  posts: readonly (PostMetricsInput & { accountId: number })[],
  accounts: ReadonlyMap<number, Pick<BrandAccountInput, 'followers' | 'snapshots'>>,
  method: BrandRateMethod,
): PostRateTotals[] {
  const out = new Map<number, PostRateTotals>();
  for (const post of posts) {
    const account = accounts.get(post.accountId);
    if (!account) throw new Error(`account ${post.accountId} of a brand post missing`);
    let totals = out.get(post.accountId);
    if (!totals) {
      totals = { accountId: post.accountId, posts: 0, interactions: 0, rateSum: 0, rated: 0 };
      out.set(post.accountId, totals);
    }
    const { total } = postInteractions(post, method.interactions);
    const base = postBase(post, method.base, account.snapshots, account.followers);
    totals.posts += 1;
    totals.interactions += total;
    if (usable(base)) {
      totals.rateSum += total / base;
      totals.rated += 1;
    }
  }
  return [...out.values()];
}

/** Pools per-account totals into one mean post rate. */
export function summarize(totals: readonly PostRateTotals[]): RateSummary {
  let posts = 0;
  let interactions = 0;
  let rateSum = 0;
  let rated = 0;
  for (const t of totals) {
    posts += t.posts;
    interactions += t.interactions;
    rateSum += t.rateSum;
    rated += t.rated;
  }
  return { posts, interactions, rate: rated === 0 ? null : rateSum / rated, excluded: posts - rated };
}

/** sponsored / organic − 1: how much better (or worse) the brand's posts did than the same creators' own. */
export function lift(sponsored: number | null, organic: number | null): number | null {
  if (sponsored === null || organic === null || organic === 0) return null;
  return sponsored / organic - 1;
}

export interface BrandPerformanceInput {
  posts: readonly BrandPostInput[];
  /** Every account of `posts`. */
  accounts: ReadonlyMap<number, BrandAccountInput>;
  /** The same accounts' organic posts in the window, summed per account (accounts without any may be absent). */
  organic: readonly PostRateTotals[];
  method: BrandRateMethod;
  /** How many top creators to return. */
  top: number;
}

export function brandPerformance(input: BrandPerformanceInput): BrandPerformanceResult {
  const sponsored = postRateTotals(input.posts, input.accounts, input.method);
  const creatorOf = (accountId: number) => {
    const account = input.accounts.get(accountId);
    if (!account) throw new Error(`account ${accountId} of a brand post missing`);
    return account.creatorId;
  };
  const byCreator = new Map<number, { sponsored: PostRateTotals[]; organic: PostRateTotals[] }>();
  for (const t of sponsored) {
    const id = creatorOf(t.accountId);
    const entry = byCreator.get(id) ?? { sponsored: [], organic: [] };
    entry.sponsored.push(t);
    byCreator.set(id, entry);
  }
  const brandAccounts = new Set(sponsored.map((t) => t.accountId));
  // Only the accounts that posted for the brand: their organic posts are the comparison.
  const organic = input.organic.filter((t) => brandAccounts.has(t.accountId));
  for (const t of organic) byCreator.get(creatorOf(t.accountId))?.organic.push(t);

  const creators: BrandCreatorResult[] = [...byCreator.entries()].map(([creatorId, totals]) => {
    const own = summarize(totals.sponsored);
    const theirOrganic = summarize(totals.organic);
    return { creatorId, ...own, organic: theirOrganic, lift: lift(own.rate, theirOrganic.rate) };
  });
  creators.sort((a, b) => b.interactions - a.interactions || b.posts - a.posts || a.creatorId - b.creatorId);

  const present = new Set<InteractionComponent>();
  for (const p of input.posts) for (const c of postInteractions(p, input.method.interactions).present) present.add(c);
  const all = summarize(sponsored);
  const organicAll = summarize(organic);
  return {
    ...all,
    creators: byCreator.size,
    accounts: brandAccounts.size,
    organic: organicAll,
    lift: lift(all.rate, organicAll.rate),
    topCreators: creators.slice(0, Math.max(0, input.top)),
    componentsPresent: INTERACTION_COMPONENTS.ALL.filter((c) => present.has(c)),
  };
}
