import type { Platform } from '../enums.js';
import type { AuthenticityAssessment } from './authenticity.js';
import type { Benchmark, Percentiles } from './benchmark.js';
import type { EngagementMethod, MetricWindow } from './config.js';
import type { EngagementMethodUsed, InteractionComponent } from './engagement.js';
import type { ReliableEngagement } from './reliable.js';
import type { Tier } from './tiers.js';

/** What MetricsService answers, beyond the pure functions' own result types. */

export interface ReliableAnswer extends ReliableEngagement {
  /** The instant the peer group describes. */
  peersAsOf: Date;
}

export interface BenchmarkAnswer extends Benchmark {
  peersAsOf: Date;
}

export interface AuthenticityAnswer extends AuthenticityAssessment {
  peersAsOf: Date;
  /** The peer numbers the flags compared against. */
  peer: { p50: number | null; cvP95: number | null; cvPeerCount: number };
}

export interface FollowerHistoryPoint {
  capturedAt: Date;
  followers: number;
  following: number | null;
  /** (F_j − F_{j−1}) / Δdays from the previous snapshot (even one before `from`); null for the first. */
  dailyGain: number | null;
}

export interface TierBenchmark extends Percentiles {
  platform: Platform;
  tier: Tier;
  niche: string | null;
  scheme: string;
  minFollowers: number;
  maxFollowers: number | null;
  /** Accounts of the platform in the tier (and niche). */
  accountCount: number;
  /** Accounts with n ≥ 1: the reliable rate's peers. */
  activeCount: number;
  /** Accounts with n ≥ minPostsForBenchmark: the percentiles' peers. */
  peerCount: number;
  interactions: Percentiles;
  /** μ of the reliable rate over these accounts (null below minPeersForPrior). */
  prior: number | null;
  /** τ², between-account variance of true rates (null without a prior). */
  betweenAccountVariance: number | null;
  /** σ²_w, pooled post-to-post variance (null without a prior). */
  withinAccountVariance: number | null;
  method: EngagementMethodUsed & { componentsPresent: InteractionComponent[] };
}

export interface BenchmarksArgs {
  platform: Platform;
  tier: Tier;
  niche?: string | null;
  method: EngagementMethod;
  window: MetricWindow;
  asOf?: Date | null;
}
