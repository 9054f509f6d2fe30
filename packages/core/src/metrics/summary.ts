import { authenticityScoreOf, coefficientOfVariation, type OwnAuthenticity, ownAuthenticity } from './authenticity.js';
import { DEFAULT_METRICS_CONFIG, type MetricsConfig } from './config.js';
import {
  accountEngagement,
  type EngagementResult,
  INTERACTION_COMPONENTS,
  type InteractionComponent,
  type Interval95,
  type PostMetricsInput,
  sampleLikesAndComments,
  selectWindow,
} from './engagement.js';
import { growth, normalizeSnapshots, type SnapshotInput } from './growth.js';
import type { PeerMember } from './peers.js';
import { peerStatsFromEngagement } from './reliable.js';

/**
 * Per-account summaries (docs/decisions/0015-precomputed-account-metrics.md): everything peer groups,
 * benchmarks, discovery, tier comparisons and the planner read of one account, under the default method
 * and window, computed from the same rows by the same pure functions as the row-based answers, so the
 * numbers are identical. Pure: the instant is an argument.
 */

const MS_PER_DAY = 86_400_000;

/** The numbers one account_metrics row holds. */
export interface AccountSummary extends OwnAuthenticity {
  sampleSize: number;
  excluded: number;
  /** The engagement value (mean post rate); null when n = 0. */
  engagement: number | null;
  rateVariance: number | null;
  inverseBaseMean: number | null;
  /** The engagement answer's interval95, with which interval each end came from. */
  interval95: Interval95 | null;
  totalInteractions: number;
  avgInteractions: number | null;
  interactionCv: number | null;
  componentsPresent: InteractionComponent[];
  totalLikes: number;
  totalComments: number;
  /** Follower growth over `config.discovery.growthDays` days at the compute instant (null when undefined). */
  growth: number | null;
  /** Sponsored posts / posts in the default window (sample and excluded alike); null when it has no posts. */
  sponsoredShare: number | null;
}

/** A freshly computed summary with how long it holds. */
export interface ComputedSummary extends AccountSummary {
  /** The earliest instant time alone changes these numbers; null when only a write can. */
  validUntil: Date | null;
}

export interface SummaryInput {
  followers: number;
  following: number | null;
  /** The account's posts at or before asOf (at least those in the window). */
  posts: readonly PostMetricsInput[];
  /** Snapshots at or before asOf, plus the first one (as MetricsRepository.snapshots reads them). */
  snapshots: readonly SnapshotInput[];
  /** The first post and snapshot after asOf, if any: they enter the numbers when asOf reaches them. */
  nextPostAt: Date | null;
  nextSnapshotAt: Date | null;
}

/**
 * Whether a config computes what the summaries hold: they are kept for the shipped defaults (mean of
 * ALL interactions over FOLLOWERS, 90-day window, the shipped authenticity rules and growth days); any other
 * config reads rows (the bounded fallback).
 */
export function summariesServe(config: MetricsConfig): boolean {
  if (config === DEFAULT_METRICS_CONFIG) return true;
  const d = DEFAULT_METRICS_CONFIG;
  return (
    JSON.stringify([config.defaultMethod, config.defaultWindow, config.authenticity, config.discovery]) ===
    JSON.stringify([d.defaultMethod, d.defaultWindow, d.authenticity, d.discovery])
  );
}

const COMPONENT_BITS: Record<InteractionComponent, number> = { likes: 1, comments: 2, shares: 4, saves: 8 };

export function componentsToBits(components: readonly InteractionComponent[]): number {
  return components.reduce((bits, c) => bits | COMPONENT_BITS[c], 0);
}

export function componentsFromBits(bits: number): InteractionComponent[] {
  return INTERACTION_COMPONENTS.ALL.filter((c) => (bits & COMPONENT_BITS[c]) !== 0);
}

/** The summary of one account at asOf, under the config's default method and window. */
export function summarizeAccount(
  input: SummaryInput,
  asOf: Date,
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
): ComputedSummary {
  const { defaultMethod: method, defaultWindow: window } = config;
  const r: EngagementResult = accountEngagement(input, method, window, asOf);
  const stats = peerStatsFromEngagement(r);
  const totals = sampleLikesAndComments(input.posts, input.snapshots, input.followers, method, window, asOf);
  const own = ownAuthenticity(
    { followers: input.followers, following: input.following, snapshots: input.snapshots, asOf },
    config.authenticity,
  );
  const windowPosts = selectWindow(input.posts, window, asOf);
  const growthDays = config.discovery.growthDays;
  // A days window changes when its oldest post leaves it (at postedAt + days); a posts window only by writes.
  let validUntil: number | null = null;
  if (window.posts === null) {
    const oldest = windowPosts[0];
    if (oldest) validUntil = oldest.postedAt.getTime() + window.days * MS_PER_DAY;
  }
  const candidates = [input.nextPostAt, input.nextSnapshotAt, growthStartMoves(input.snapshots, growthDays, asOf)];
  for (const next of candidates) {
    if (next && (validUntil === null || next.getTime() < validUntil)) validUntil = next.getTime();
  }
  return {
    ...own,
    sampleSize: r.sampleSize,
    excluded: r.excluded,
    engagement: r.value,
    rateVariance: stats.variance,
    inverseBaseMean: stats.h,
    interval95: r.interval95,
    totalInteractions: r.totalInteractions,
    avgInteractions: r.avgInteractionsPerPost,
    interactionCv: coefficientOfVariation(r.interactionCounts),
    componentsPresent: r.componentsPresent,
    totalLikes: totals.totalLikes,
    totalComments: totals.totalComments,
    growth: growth(input.snapshots, growthDays, asOf),
    sponsoredShare:
      windowPosts.length === 0 ? null : windowPosts.filter((p) => p.sponsored).length / windowPosts.length,
    validUntil: validUntil === null ? null : new Date(validUntil),
  };
}

/**
 * When growth's start F(asOf − d) next changes by time alone: asOf − d reaches the first snapshot after it,
 * i.e. at that snapshot's capturedAt + d. (Snapshots after asOf, which also move F(asOf), are `nextSnapshotAt`.)
 */
function growthStartMoves(snapshots: readonly SnapshotInput[], days: number, asOf: Date): Date | null {
  const start = asOf.getTime() - days * MS_PER_DAY;
  const next = normalizeSnapshots(snapshots).find((s) => s.capturedAt.getTime() > start);
  return next ? new Date(next.capturedAt.getTime() + days * MS_PER_DAY) : null;
}

/** The peer-group member a summary stands for (what memberOf builds from an EngagementResult). */
export function memberFromSummary(
  account: { id: number; creatorId: number },
  niches: readonly string[],
  s: AccountSummary,
): PeerMember {
  return {
    accountId: account.id,
    creatorId: account.creatorId,
    niches,
    n: s.sampleSize,
    value: s.engagement,
    avgInteractionsPerPost: s.avgInteractions,
    stats: { n: s.sampleSize, mean: s.engagement, variance: s.rateVariance, h: s.inverseBaseMean },
    cv: s.interactionCv,
    componentsPresent: s.componentsPresent,
  };
}

/** The authenticity score of a summarized account against its peers' p50 and CV threshold. */
export function summaryAuthenticityScore(
  s: AccountSummary,
  peer: { p50: number | null; cvP95: number | null; cvPeerCount: number },
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
): number {
  return authenticityScoreOf(
    s,
    {
      sampleSize: s.sampleSize,
      value: s.engagement,
      totalLikes: s.totalLikes,
      totalComments: s.totalComments,
      cv: s.interactionCv,
    },
    peer,
    config.authenticity,
  );
}
