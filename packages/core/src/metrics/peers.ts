import type { Platform } from '../enums.js';
import { coefficientOfVariation } from './authenticity.js';
import type { MetricsCache } from './cache.js';
import type { EngagementMethod, MetricsConfig, MetricWindow } from './config.js';
import { accountEngagement, type EngagementResult, type InteractionComponent } from './engagement.js';
import { type PeerStats, peerStatsFromEngagement } from './reliable.js';
import { groupByAccount, type MetricsRepository, type PeerGroupSpec } from './repository.js';
import { memberFromSummary } from './summary.js';
import type { AccountSummaryStore } from './summary-store.js';
import { classifyTier, type Tier } from './tiers.js';

/**
 * Peer groups: every account of one platform and tier, evaluated under one method, window and asOf, loaded
 * with one set of ≤ 4 statements (group accounts, their niches, their windowed posts, their snapshots) per
 * batch of missing groups and then kept in the process-wide MetricsCache, so warm requests read no peer data.
 */

/** What a peer group keeps of one account: its numbers under the group's method, window and asOf. */
export interface PeerMember {
  accountId: number;
  creatorId: number;
  niches: readonly string[];
  /** Sample size n. */
  n: number;
  /** The engagement value under the method's aggregate; null when n = 0. */
  value: number | null;
  avgInteractionsPerPost: number | null;
  /** What the reliable rate's shrinkage needs. */
  stats: PeerStats;
  /** Coefficient of variation of interactions per post (ERRATIC_ENGAGEMENT); null when undefined. */
  cv: number | null;
  componentsPresent: readonly InteractionComponent[];
}

/** Every account of one platform and tier (by current followers), evaluated once and cached. */
export interface PeerGroup {
  platform: Platform;
  tier: Tier;
  method: EngagementMethod;
  window: MetricWindow;
  /** The instant the members were evaluated at. */
  asOf: Date;
  members: PeerMember[];
}

/** The instant metrics are computed at. */
export interface Instant {
  date: Date;
  /** The caller passed asOf (peer groups are keyed by it exactly); else it is the request time. */
  explicit: boolean;
}

/** A peer group's numbers, cached or not, with the caller's own account as the peer it is. */
export function memberOf(
  account: { id: number; creatorId: number },
  niches: readonly string[],
  r: EngagementResult,
): PeerMember {
  return {
    accountId: account.id,
    creatorId: account.creatorId,
    niches,
    n: r.sampleSize,
    value: r.value,
    avgInteractionsPerPost: r.avgInteractionsPerPost,
    stats: peerStatsFromEngagement(r),
    cv: coefficientOfVariation(r.interactionCounts),
    componentsPresent: r.componentsPresent,
  };
}

/** The key of a (platform, tier) pair in the maps below. */
export const groupId = (platform: Platform, tier: Tier): string => `${platform}|${tier}`;

/** Loads peer groups through the cache: cached ones as they are, the missing ones in one load. */
export class PeerGroupLoader {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly cache: MetricsCache,
    private readonly config: MetricsConfig,
    /** Precomputed summaries: live groups under the default method and window read them instead of posts. */
    private readonly summaries: AccountSummaryStore | null = null,
  ) {}

  /**
   * The cache key of a peer group. With an explicit asOf the group is evaluated at exactly that instant
   * (reproducible, and equal to the pure functions on the same rows). With asOf left to the request time,
   * the key is the UTC day of that time and the group is evaluated at the time of the request that loaded
   * it: every request of the day shares it until the TTL expires, so peer norms are at most one TTL old
   * (the answer's `peersAsOf` says when). The account's own numbers are always computed at asOf.
   */
  private groupKey(platform: Platform, tier: Tier, method: EngagementMethod, window: MetricWindow, at: Instant) {
    const w = window.posts !== null ? `posts:${window.posts}` : `days:${window.days}`;
    const when = at.explicit ? `at:${at.date.toISOString()}` : `live:${at.date.toISOString().slice(0, 10)}`;
    return `peers|${this.config.tierScheme.name}|${platform}|${tier}|${method.interactions}|${method.base}|${method.aggregate}|${w}|${when}`;
  }

  /** The peer groups of these (platform, tier) pairs, by groupId. */
  async load(
    specs: readonly PeerGroupSpec[],
    method: EngagementMethod,
    window: MetricWindow,
    at: Instant,
  ): Promise<Map<string, PeerGroup>> {
    const pending = new Map<string, Promise<PeerGroup>>();
    const missing: (PeerGroupSpec & { key: string })[] = [];
    for (const spec of specs) {
      const id = groupId(spec.platform, spec.tier);
      if (pending.has(id) || missing.some((m) => m.platform === spec.platform && m.tier === spec.tier)) continue;
      const key = this.groupKey(spec.platform, spec.tier, method, window, at);
      const cached = this.cache.get<Promise<PeerGroup>>(key);
      if (cached) pending.set(id, cached);
      else missing.push({ ...spec, key });
    }
    if (missing.length) {
      const load =
        this.summaries && !at.explicit && sameMethod(method, this.config) && sameWindow(window, this.config)
          ? this.loadFromSummaries(this.summaries, missing, method, window, at.date)
          : this.loadGroups(missing, method, window, at.date);
      for (const m of missing) {
        const group = load.then((groups) => groups.get(groupId(m.platform, m.tier)) as PeerGroup);
        // A failed load must not stay cached; the caller still sees the error through `group`.
        group.catch(() => this.cache.delete(m.key));
        this.cache.set(m.key, group);
        pending.set(groupId(m.platform, m.tier), group);
      }
    }
    const out = new Map<string, PeerGroup>();
    for (const [id, promise] of pending) out.set(id, await promise);
    return out;
  }

  /**
   * Loads several live peer groups from the precomputed summaries: two statements (accounts with their
   * summaries, niches) plus a recompute of the summaries that expired. The members' numbers are the ones
   * loadGroups would compute from rows at the same instant.
   */
  private async loadFromSummaries(
    summaries: AccountSummaryStore,
    specs: readonly PeerGroupSpec[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf: Date,
  ): Promise<Map<string, PeerGroup>> {
    const members = (column: 'id' | 'creator') =>
      this.repository.peerGroupMembers(specs, this.config.tierScheme, column);
    const [accounts, niches] = await Promise.all([
      summaries.read(members('id'), asOf),
      this.repository.niches(members('creator')),
    ]);
    const groups = new Map<string, PeerGroup>(
      specs.map((s) => [groupId(s.platform, s.tier), { ...s, method, window, asOf, members: [] }]),
    );
    // Account id order, as loadGroups reads them: percentiles and priors do not depend on it, float sums do.
    for (const { account, summary } of [...accounts.values()].sort((a, b) => a.account.id - b.account.id)) {
      const group = groups.get(groupId(account.platform, classifyTier(account.followers, this.config.tierScheme)));
      group?.members.push(memberFromSummary(account, niches.get(account.creatorId) ?? [], summary));
    }
    return groups;
  }

  /** Loads several peer groups with one set of statements (accounts, niches, posts, snapshots). */
  private async loadGroups(
    specs: readonly PeerGroupSpec[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf: Date,
  ): Promise<Map<string, PeerGroup>> {
    const members = (column: 'id' | 'creator') =>
      this.repository.peerGroupMembers(specs, this.config.tierScheme, column);
    const [accounts, niches, posts, snapshots] = await Promise.all([
      this.repository.accounts(members('id')),
      this.repository.niches(members('creator')),
      this.repository.posts(members('id'), window, asOf),
      // Only a FOLLOWERS base reads snapshots.
      method.base === 'FOLLOWERS' ? this.repository.snapshots(members('id'), asOf) : Promise.resolve([]),
    ]);
    const postsBy = groupByAccount(posts);
    const snapshotsBy = groupByAccount(snapshots);
    const groups = new Map<string, PeerGroup>(
      specs.map((s) => [groupId(s.platform, s.tier), { ...s, method, window, asOf, members: [] }]),
    );
    for (const account of accounts) {
      const group = groups.get(groupId(account.platform, classifyTier(account.followers, this.config.tierScheme)));
      if (!group) continue;
      const result = accountEngagement(
        {
          posts: postsBy.get(account.id) ?? [],
          snapshots: snapshotsBy.get(account.id) ?? [],
          followers: account.followers,
        },
        method,
        window,
        asOf,
      );
      group.members.push(memberOf(account, niches.get(account.creatorId) ?? [], result));
    }
    return groups;
  }
}

export function sameMethod(method: EngagementMethod, config: MetricsConfig): boolean {
  const d = config.defaultMethod;
  return method.interactions === d.interactions && method.base === d.base && method.aggregate === d.aggregate;
}

export function sameWindow(window: MetricWindow, config: MetricsConfig): boolean {
  return window.days === config.defaultWindow.days && window.posts === config.defaultWindow.posts;
}
