import { raw } from '@mikro-orm/core';
import { Account, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import type { CreatorMetricField, CreatorMetricSource } from '../creators/service.js';
import type { EntityManager } from '../db/orm.js';
import { type FieldIssue, ValidationError } from '../errors.js';
import { Post } from '../posts/entity.js';
import { rowDate, rowNumber } from '../shared/rows.js';
import {
  type AuthenticityAssessment,
  assessAuthenticity,
  coefficientOfVariation,
  cvPeerThreshold,
} from './authenticity.js';
import { type Benchmark, type BenchmarkPeer, benchmarkPeers, type Percentiles } from './benchmark.js';
import {
  type Aggregate,
  DEFAULT_METRICS_CONFIG,
  type EngagementMethod,
  type InteractionsKind,
  type MetricsConfig,
  type MetricWindow,
  type Platform,
  type PostKind,
  type RateBase,
} from './config.js';
import {
  accountEngagement,
  type EngagementMethodUsed,
  type EngagementResult,
  INTERACTION_COMPONENTS,
  type InteractionComponent,
  type PostMetricsInput,
  postBase,
  type SnapshotInput,
  type SponsoredVsOrganic,
  selectWindow,
  sponsoredVsOrganic,
} from './engagement.js';
import { dailyGains, followerHistory, growth, normalizeSnapshots } from './growth.js';
import {
  type PeerStats,
  peerStatsFromEngagement,
  type ReliableEngagement,
  type ReliablePrior,
  reliableEngagement,
  reliableFromPrior,
  reliablePrior,
} from './reliable.js';
import { percentileRank } from './stats.js';
import { classifyTier, type Tier, tierRange } from './tiers.js';

/**
 * MetricsService: loads what the pure metric functions need with a bounded number of SQL statements
 * and calls them. Every batch API takes account ids (so a GraphQL DataLoader can hand it a whole page)
 * and answers a Map keyed by account id; ids that do not exist are absent from the Map.
 *
 * Statements per call, whatever the number of accounts (up to ACCOUNT_CHUNK ids per statement):
 * - the accounts' own data: accounts, windowed posts, snapshots (≤ 3, shared by every call of the same
 *   service instance, i.e. of one request, through small per-request batchers);
 * - peer groups (reliable, benchmark, authenticity): per batch of missing (platform, tier) groups, one set
 *   of ≤ 4 statements (group accounts, their niches, their windowed posts, their snapshots); a group is
 *   then kept in the process-wide MetricsCache, so warm requests read no peer data at all.
 */

const MS_PER_DAY = 86_400_000;
/** Ids per `in (…)` list: far below the parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
export const ACCOUNT_CHUNK = 1000;

export const WINDOW_LIMITS = { minDays: 1, maxDays: 3650, minPosts: 1, maxPosts: 1000 } as const;

// ---------------------------------------------------------------------------------------------------
// Arguments

export interface EngagementMethodArgs {
  interactions?: InteractionsKind | null;
  base?: RateBase | null;
  aggregate?: Aggregate | null;
}

export interface WindowArgs {
  days?: number | null;
  posts?: number | null;
}

/** The method with the config's defaults filled in. */
export function resolveMethod(
  args: EngagementMethodArgs | null | undefined,
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
): EngagementMethod {
  return {
    interactions: args?.interactions ?? config.defaultMethod.interactions,
    base: args?.base ?? config.defaultMethod.base,
    aggregate: args?.aggregate ?? config.defaultMethod.aggregate,
  };
}

function intInRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** The window with the config's defaults filled in; days 1–3650 and posts 1–1000, else a ValidationError. */
export function resolveWindow(
  args: WindowArgs | null | undefined,
  config: MetricsConfig = DEFAULT_METRICS_CONFIG,
  field = 'window',
): MetricWindow {
  const days = args?.days ?? config.defaultWindow.days;
  const posts = args?.posts ?? config.defaultWindow.posts;
  const issues: FieldIssue[] = [];
  const { minDays, maxDays, minPosts, maxPosts } = WINDOW_LIMITS;
  if (!intInRange(days, minDays, maxDays)) {
    issues.push({ field: `${field}.days`, message: `must be a whole number of days from ${minDays} to ${maxDays}` });
  }
  if (posts !== null && !intInRange(posts, minPosts, maxPosts)) {
    issues.push({
      field: `${field}.posts`,
      message: `must be a whole number of posts from ${minPosts} to ${maxPosts}`,
    });
  }
  if (issues.length) throw new ValidationError(issues);
  return { days, posts };
}

/** Growth horizon in days: 1–3650. */
export function validateDays(days: number, field = 'days'): number {
  if (!intInRange(days, WINDOW_LIMITS.minDays, WINDOW_LIMITS.maxDays)) {
    throw new ValidationError([
      { field, message: `must be a whole number of days from ${WINDOW_LIMITS.minDays} to ${WINDOW_LIMITS.maxDays}` },
    ]);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------------
// Process-wide cache of peer groups

export interface MetricsCacheOptions {
  /** Peer groups kept (least recently used are dropped first). Default 256. */
  maxEntries?: number;
  /** How long a peer group stays valid. Default 10 minutes. */
  ttlMs?: number;
  /** Clock for expiry; tests pass their own. */
  clock?: () => number;
}

/**
 * A small LRU cache with a TTL, shared by every request of one server (create it at start and pass it to
 * each request's MetricsService). It holds promises, so concurrent requests that need the same peer group
 * share one load. Call `clear()` after an import changes the catalog.
 */
export class MetricsCache {
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly stats = { hits: 0, misses: 0 };
  private readonly clock: () => number;
  private readonly entries = new Map<string, { value: unknown; expires: number }>();

  constructor(options: MetricsCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 256;
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.clock = options.clock ?? Date.now;
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= this.clock()) {
      if (entry) this.entries.delete(key);
      this.stats.misses++;
      return undefined;
    }
    // Re-insert: Map iteration order is insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry.value as T;
  }

  set<T>(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.clock() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

// ---------------------------------------------------------------------------------------------------
// Rows and peer groups

interface AccountRow {
  id: number;
  creatorId: number;
  platform: Platform;
  followers: number;
  following: number | null;
}

interface PostRow extends PostMetricsInput {
  accountId: number;
}

interface SnapshotRow extends SnapshotInput {
  accountId: number;
}

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

/** A peer group's numbers, cached or not, with the caller's own account as the peer it is. */
function memberOf(account: { id: number; creatorId: number }, niches: readonly string[], r: EngagementResult) {
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
  } satisfies PeerMember;
}

/**
 * The peers of `own` in `group`: the group's members with the account itself replaced by its own,
 * freshly computed numbers (and added when the cached group predates it), optionally only those sharing
 * a niche with it. "The account itself is one of its peers."
 */
export function peersOf(group: PeerGroup | undefined, own: PeerMember, niches: readonly string[] | null): PeerMember[] {
  const wanted = niches === null ? null : new Set(niches);
  const others = (group?.members ?? []).filter(
    (m) => m.accountId !== own.accountId && (wanted === null || m.niches.some((n) => wanted.has(n))),
  );
  return [...others, own];
}

function benchmarkPeerOf(m: PeerMember): BenchmarkPeer {
  return { rate: m.value, avgInteractionsPerPost: m.avgInteractionsPerPost, n: m.n };
}

/** What every member of a peer group compares against: the benchmark (without a percentile) and the CV p95. */
export interface PeerSummary {
  /** benchmarkPeers over the peers, percentile null (it depends on the asking account). */
  benchmark: Benchmark;
  /** The benchmark's eligible rates (n ≥ minPostsForBenchmark): an account's percentile rank is among these. */
  rates: number[];
  /** cvPeerThreshold over the peers with n ≥ erratic.minPosts. */
  cv: { p95: number | null; peerCount: number };
}

export function peerSummary(peers: readonly PeerMember[], config: MetricsConfig): PeerSummary {
  const minPosts = config.minPostsForBenchmark;
  const rules = config.authenticity;
  const cvs = peers.filter((m) => m.n >= rules.erratic.minPosts && m.cv !== null).map((m) => m.cv as number);
  return {
    benchmark: benchmarkPeers(peers.map(benchmarkPeerOf), null, minPosts),
    rates: peers.filter((m) => m.n >= minPosts && m.value !== null).map((m) => m.value as number),
    cv: cvPeerThreshold(cvs, rules),
  };
}

/** Whether two members carry the same numbers (then the cached group is the account's peer set as it is). */
function sameNumbers(a: PeerMember, b: PeerMember): boolean {
  return (
    a.n === b.n &&
    a.value === b.value &&
    a.avgInteractionsPerPost === b.avgInteractionsPerPost &&
    a.cv === b.cv &&
    a.stats.mean === b.stats.mean &&
    a.stats.variance === b.stats.variance &&
    a.stats.h === b.stats.h
  );
}

/** Per cached group (and config): its member index and summary, computed once and shared across requests. */
const groupMemo = new WeakMap<
  PeerGroup,
  {
    index: Map<number, PeerMember>;
    summaries: WeakMap<MetricsConfig, PeerSummary>;
    /** reliablePrior over the whole group, by minPeers. */
    priors: Map<number, ReliablePrior>;
  }
>();

function memoOf(group: PeerGroup) {
  let memo = groupMemo.get(group);
  if (!memo) {
    memo = {
      index: new Map(group.members.map((m) => [m.accountId, m])),
      summaries: new WeakMap(),
      priors: new Map(),
    };
    groupMemo.set(group, memo);
  }
  return memo;
}

/**
 * The reliable rate's prior over `own`'s tier peers (no niche filter). Like summaryFor: when the group
 * holds the account with the same numbers, the peer set is the group itself and its prior is computed
 * once (the same value up to the order of float sums); otherwise it is computed for this peer set.
 */
function priorFor(group: PeerGroup | undefined, own: PeerMember, minPeers: number): ReliablePrior {
  if (group) {
    const memo = memoOf(group);
    const cached = memo.index.get(own.accountId);
    if (cached && sameNumbers(cached, own)) {
      let prior = memo.priors.get(minPeers);
      if (!prior) {
        prior = reliablePrior(
          group.members.map((m) => m.stats),
          minPeers,
        );
        memo.priors.set(minPeers, prior);
      }
      return prior;
    }
  }
  return reliablePrior(
    peersOf(group, own, null).map((m) => m.stats),
    minPeers,
  );
}

/**
 * The summary of `own`'s peers. When the group holds the account with the same numbers (the usual case)
 * it is the group's own summary, sorted once; otherwise (a live group computed at another instant, or one
 * that predates the account) it is computed for this account's peer set.
 */
function summaryFor(group: PeerGroup | undefined, own: PeerMember, config: MetricsConfig): PeerSummary {
  if (group) {
    const memo = memoOf(group);
    const cached = memo.index.get(own.accountId);
    if (cached && sameNumbers(cached, own)) {
      let summary = memo.summaries.get(config);
      if (!summary) {
        summary = peerSummary(group.members, config);
        memo.summaries.set(config, summary);
      }
      return summary;
    }
  }
  return peerSummary(peersOf(group, own, null), config);
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

// ---------------------------------------------------------------------------------------------------
// Answers

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

// ---------------------------------------------------------------------------------------------------
// Per-request batching of the accounts' own rows

/**
 * Collects ids asked for in the same tick and fetches them together (the DataLoader scheduling, without
 * the dependency), remembering answers for the rest of the request.
 */
class Batcher<V> {
  private readonly results = new Map<number, Promise<V>>();
  private queue: { id: number; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly fetch: (ids: number[]) => Promise<Map<number, V>>,
    private readonly missing: () => V,
  ) {}

  loadMany(ids: readonly number[]): Promise<V[]> {
    return Promise.all(ids.map((id) => this.load(id)));
  }

  load(id: number): Promise<V> {
    const known = this.results.get(id);
    if (known) return known;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.queue.length === 0) Promise.resolve().then(() => process.nextTick(() => void this.flush()));
      this.queue.push({ id, resolve, reject });
    });
    this.results.set(id, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const ids = [...new Set(queue.map((q) => q.id))];
    try {
      const found = new Map<number, V>();
      for (let i = 0; i < ids.length; i += ACCOUNT_CHUNK) {
        for (const [k, v] of await this.fetch(ids.slice(i, i + ACCOUNT_CHUNK))) found.set(k, v);
      }
      for (const q of queue) q.resolve(found.has(q.id) ? (found.get(q.id) as V) : this.missing());
    } catch (error) {
      for (const q of queue) {
        this.results.delete(q.id);
        q.reject(error);
      }
    }
  }
}

function groupBy<T extends { accountId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

interface OwnData {
  account: AccountRow;
  posts: PostRow[];
  snapshots: SnapshotRow[];
  niches: string[];
}

interface Instant {
  date: Date;
  /** The caller passed asOf (peer groups are keyed by it exactly); else it is the request time. */
  explicit: boolean;
}

type SubQuery = ReturnType<ReturnType<EntityManager['createQueryBuilder']>['getKnexQuery']>;

export interface MetricsServiceOptions {
  /** The process-wide peer-group cache; a private one (no sharing across requests) when omitted. */
  cache?: MetricsCache;
  /** The request time: `asOf` defaults to it. */
  now?: Date;
}

export class MetricsService implements CreatorMetricSource {
  readonly cache: MetricsCache;
  readonly now: Date;
  private readonly accounts: Batcher<AccountRow | null>;
  private readonly niches: Batcher<string[]>;
  private readonly postBatchers = new Map<string, Batcher<PostRow[]>>();
  private readonly snapshotBatchers = new Map<number, Batcher<SnapshotRow[]>>();
  /** Own engagement per (method, window, asOf) and account, so calls of one request compute it once. */
  private readonly ownEngagement = new Map<string, Map<number, EngagementResult>>();

  constructor(
    private readonly em: EntityManager,
    readonly config: MetricsConfig = DEFAULT_METRICS_CONFIG,
    options: MetricsServiceOptions = {},
  ) {
    this.cache = options.cache ?? new MetricsCache();
    this.now = options.now ?? new Date();
    this.accounts = new Batcher(
      async (ids) => {
        const rows = await this.accountRows({ $in: ids });
        return new Map(rows.map((r) => [r.id, r]));
      },
      () => null,
    );
    this.niches = new Batcher(
      (creatorIds) => this.nicheRows({ $in: creatorIds }),
      () => [],
    );
  }

  // ---- Loading ------------------------------------------------------------------------------------

  private async accountRows(ids: { $in: number[] | SubQuery }): Promise<AccountRow[]> {
    const rows = await this.em
      .createQueryBuilder(Account, 'ma')
      .select(['id', 'creator', 'platform', 'followers', 'following'])
      .where({ id: ids })
      .execute<{ id: number; creator: number; platform: Platform; followers: number; following: number | null }[]>(
        'all',
      );
    return rows.map((r) => ({
      id: Number(r.id),
      creatorId: Number(r.creator),
      platform: r.platform,
      followers: Number(r.followers),
      following: r.following === null ? null : Number(r.following),
    }));
  }

  private async nicheRows(creatorIds: { $in: number[] | SubQuery }): Promise<Map<number, string[]>> {
    const rows = await this.em
      .createQueryBuilder(CreatorNiche, 'mn')
      .select(['creator', 'niche'])
      .where({ creator: creatorIds })
      .orderBy({ id: 'asc' })
      .execute<{ creator: number; niche: string }[]>('all');
    const out = new Map<number, string[]>();
    for (const r of rows) {
      const id = Number(r.creator);
      out.set(id, [...(out.get(id) ?? []), r.niche]);
    }
    return out;
  }

  /**
   * Posts of the accounts in the window, one statement: `asOf − days < posted_at ≤ asOf`, or for a
   * `posts` window every post ranked ≤ N by posted_at (rank(), so posts tied at the boundary all come and
   * selectWindow picks among them exactly as the pure functions do).
   */
  private async postRows(accounts: number[] | SubQuery, window: MetricWindow, asOf: Date): Promise<PostRow[]> {
    const qb = this.em
      .createQueryBuilder(Post, 'mp')
      .select(['account', 'postedAt', 'kind', 'sponsored', 'likes', 'comments', 'shares', 'saves'])
      .addSelect(['views', 'reach', 'impressions']);
    if (window.posts !== null) {
      const ranked = this.em
        .createQueryBuilder(Post, 'mr')
        .select(['mr.id', raw('rank() over (partition by mr.account_id order by mr.posted_at desc) as rn')])
        .where({ account: { $in: accounts }, postedAt: { $lte: asOf } })
        .getKnexQuery();
      const ids = this.em.getKnex().select('id').from(ranked.as('ranked')).where('rn', '<=', window.posts);
      qb.where({ id: { $in: ids } });
    } else {
      const start = new Date(asOf.getTime() - window.days * MS_PER_DAY);
      qb.where({ account: { $in: accounts }, postedAt: { $lte: asOf, $gt: start } });
    }
    // Raw rows (execute(…, false)) converted here: about twice as fast as the ORM's mapping on large groups.
    const rows = await qb.execute<Record<string, unknown>[]>('all', false);
    return rows.map((r) => ({
      accountId: Number(r.account_id),
      postedAt: rowDate(r.posted_at),
      kind: r.kind as PostKind,
      sponsored: Boolean(r.sponsored),
      likes: rowNumber(r.likes),
      comments: rowNumber(r.comments),
      shares: rowNumber(r.shares),
      saves: rowNumber(r.saves),
      views: rowNumber(r.views),
      reach: rowNumber(r.reach),
      impressions: rowNumber(r.impressions),
    }));
  }

  /**
   * Snapshots at or before `upTo`, plus each account's first snapshot: with none at or before a post,
   * the earliest after it is the base, and when it is past `upTo` it can only be the first.
   */
  private async snapshotRows(accounts: number[] | SubQuery, upTo: Date): Promise<SnapshotRow[]> {
    const rows = await this.em
      .createQueryBuilder(FollowerSnapshot, 'ms')
      .select(['account', 'capturedAt', 'followers', 'following'])
      .where({ account: { $in: accounts } })
      .andWhere(
        '(ms.captured_at <= ? or ms.captured_at = (select min(ms2.captured_at) from follower_snapshots ms2 where ms2.account_id = ms.account_id))',
        [this.em.getPlatform().processDateProperty(upTo)],
      )
      .execute<Record<string, unknown>[]>('all', false);
    return (
      rows
        .map((r) => ({
          accountId: Number(r.account_id),
          capturedAt: rowDate(r.captured_at),
          followers: Number(r.followers),
          following: rowNumber(r.following),
        }))
        // Each account's snapshots in time order: normalizeSnapshots then takes its fast path (batch metrics
        // call it several times per account).
        .sort((a, b) => a.accountId - b.accountId || a.capturedAt.getTime() - b.capturedAt.getTime())
    );
  }

  private postsBatcher(window: MetricWindow, asOf: Date): Batcher<PostRow[]> {
    const key = `${window.posts !== null ? `p${window.posts}` : `d${window.days}`}@${asOf.getTime()}`;
    let batcher = this.postBatchers.get(key);
    if (!batcher) {
      batcher = new Batcher(
        async (ids) => groupBy(await this.postRows(ids, window, asOf)),
        () => [],
      );
      this.postBatchers.set(key, batcher);
    }
    return batcher;
  }

  private snapshotsBatcher(upTo: Date): Batcher<SnapshotRow[]> {
    let batcher = this.snapshotBatchers.get(upTo.getTime());
    if (!batcher) {
      batcher = new Batcher(
        async (ids) => groupBy(await this.snapshotRows(ids, upTo)),
        () => [],
      );
      this.snapshotBatchers.set(upTo.getTime(), batcher);
    }
    return batcher;
  }

  /** The accounts' rows, windowed posts and snapshots (≤ 3 statements, shared within the request). */
  private async ownData(
    ids: readonly number[],
    window: MetricWindow | null,
    asOf: Date,
    withNiches = false,
  ): Promise<Map<number, OwnData>> {
    const unique = [...new Set(ids)];
    const [accounts, posts, snapshots] = await Promise.all([
      this.accounts.loadMany(unique),
      window ? this.postsBatcher(window, asOf).loadMany(unique) : Promise.resolve(unique.map(() => [])),
      this.snapshotsBatcher(asOf).loadMany(unique),
    ]);
    const niches = withNiches
      ? await this.niches.loadMany(accounts.map((a) => a?.creatorId ?? 0))
      : accounts.map(() => []);
    const out = new Map<number, OwnData>();
    unique.forEach((id, i) => {
      const account = accounts[i];
      if (!account) return;
      out.set(id, {
        account,
        posts: posts[i] ?? [],
        snapshots: snapshots[i] ?? [],
        niches: niches[i] ?? [],
      });
    });
    return out;
  }

  private instant(asOf: Date | null | undefined): Instant {
    return asOf ? { date: asOf, explicit: true } : { date: this.now, explicit: false };
  }

  private tierOf(followers: number): Tier {
    return classifyTier(followers, this.config.tierScheme);
  }

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

  /** The peer groups of these (platform, tier) pairs: cached ones as they are, the missing ones in one load. */
  private async peerGroups(
    specs: readonly { platform: Platform; tier: Tier }[],
    method: EngagementMethod,
    window: MetricWindow,
    at: Instant,
  ): Promise<Map<string, PeerGroup>> {
    const pending = new Map<string, Promise<PeerGroup>>();
    const missing: { platform: Platform; tier: Tier; key: string }[] = [];
    for (const spec of specs) {
      const id = `${spec.platform}|${spec.tier}`;
      if (pending.has(id) || missing.some((m) => m.platform === spec.platform && m.tier === spec.tier)) continue;
      const key = this.groupKey(spec.platform, spec.tier, method, window, at);
      const cached = this.cache.get<Promise<PeerGroup>>(key);
      if (cached) pending.set(id, cached);
      else missing.push({ ...spec, key });
    }
    if (missing.length) {
      const load = this.loadGroups(missing, method, window, at.date);
      for (const m of missing) {
        const group = load.then((groups) => groups.get(`${m.platform}|${m.tier}`) as PeerGroup);
        // A failed load must not stay cached; the caller still sees the error through `group`.
        group.catch(() => this.cache.delete(m.key));
        this.cache.set(m.key, group);
        pending.set(`${m.platform}|${m.tier}`, group);
      }
    }
    const out = new Map<string, PeerGroup>();
    for (const [id, promise] of pending) out.set(id, await promise);
    return out;
  }

  /** Loads several peer groups with one set of statements (accounts, niches, posts, snapshots). */
  private async loadGroups(
    specs: readonly { platform: Platform; tier: Tier }[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf: Date,
  ): Promise<Map<string, PeerGroup>> {
    const where = {
      $or: specs.map((s) => {
        const r = tierRange(s.tier, this.config.tierScheme);
        return { platform: s.platform, followers: r.max === null ? { $gte: r.min } : { $gte: r.min, $lt: r.max } };
      }),
    };
    const sub = (column: 'id' | 'creator') =>
      this.em.createQueryBuilder(Account, 'ga').select(`ga.${column}`).where(where).getKnexQuery();
    const [accounts, niches, posts, snapshots] = await Promise.all([
      this.accountRows({ $in: sub('id') }),
      this.nicheRows({ $in: sub('creator') }),
      this.postRows(sub('id'), window, asOf),
      // Only a FOLLOWERS base reads snapshots.
      method.base === 'FOLLOWERS' ? this.snapshotRows(sub('id'), asOf) : Promise.resolve([]),
    ]);
    const postsBy = groupBy(posts);
    const snapshotsBy = groupBy(snapshots);
    const groups = new Map<string, PeerGroup>(
      specs.map((s) => [`${s.platform}|${s.tier}`, { ...s, method, window, asOf, members: [] }]),
    );
    for (const account of accounts) {
      const group = groups.get(`${account.platform}|${this.tierOf(account.followers)}`);
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

  // ---- Batch APIs ---------------------------------------------------------------------------------

  /** Engagement of each account over the window (docs/metrics.md#engagement-of-an-account). */
  async engagementFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
  ): Promise<Map<number, EngagementResult>> {
    const at = this.instant(asOf);
    const data = await this.ownData(accountIds, window, at.date);
    const out = new Map<number, EngagementResult>();
    for (const [id, d] of data) out.set(id, this.engagementOf(id, d, method, window, at.date));
    return out;
  }

  async sponsoredVsOrganicFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
  ): Promise<Map<number, SponsoredVsOrganic>> {
    const at = this.instant(asOf);
    const data = await this.ownData(accountIds, window, at.date);
    const out = new Map<number, SponsoredVsOrganic>();
    for (const [id, d] of data) out.set(id, sponsoredVsOrganic(this.input(d), method, window, at.date));
    return out;
  }

  /** accountEngagement of the account's own rows, once per request for each (method, window, asOf). */
  private engagementOf(
    id: number,
    d: OwnData,
    method: EngagementMethod,
    window: MetricWindow,
    asOf: Date,
  ): EngagementResult {
    const key = `${method.interactions}|${method.base}|${method.aggregate}|${window.days}|${window.posts}|${asOf.getTime()}`;
    let memo = this.ownEngagement.get(key);
    if (!memo) {
      memo = new Map();
      this.ownEngagement.set(key, memo);
    }
    let result = memo.get(id);
    if (!result) {
      result = accountEngagement(this.input(d), method, window, asOf);
      memo.set(id, result);
    }
    return result;
  }

  private input(d: OwnData) {
    return { posts: d.posts, snapshots: d.snapshots, followers: d.account.followers };
  }

  /** Own numbers and the peer group of each account, under one method, window and asOf. */
  private async withPeers(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    at: Instant,
    withNiches: boolean,
  ) {
    const data = await this.ownData(accountIds, window, at.date, withNiches);
    const groups = await this.peerGroups(
      [...data.values()].map((d) => ({ platform: d.account.platform, tier: this.tierOf(d.account.followers) })),
      method,
      window,
      at,
    );
    return [...data].map(([id, d]) => {
      const result = this.engagementOf(id, d, method, window, at.date);
      const group = groups.get(`${d.account.platform}|${this.tierOf(d.account.followers)}`);
      return { id, data: d, result, own: memberOf(d.account, d.niches, result), group };
    });
  }

  /**
   * Reliable (empirical-Bayes) engagement: peers are the accounts of the same platform and tier (and, with
   * `byNiche`, sharing at least one niche with the account's creator), the account included.
   */
  async reliableFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
    byNiche = false,
  ): Promise<Map<number, ReliableAnswer>> {
    const at = this.instant(asOf);
    const out = new Map<number, ReliableAnswer>();
    for (const { id, own, group } of await this.withPeers(accountIds, method, window, at, byNiche)) {
      const minPeers = this.config.minPeersForPrior;
      const answer = byNiche
        ? reliableEngagement(
            own.stats,
            peersOf(group, own, own.niches).map((m) => m.stats),
            minPeers,
          )
        : reliableFromPrior(own.stats, priorFor(group, own, minPeers));
      out.set(id, { ...answer, peersAsOf: group?.asOf ?? at.date });
    }
    return out;
  }

  /** Percentile of the account's rate among its tier peers (n ≥ minPostsForBenchmark), with p10–p90. */
  async benchmarkFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
  ): Promise<Map<number, BenchmarkAnswer>> {
    const at = this.instant(asOf);
    const out = new Map<number, BenchmarkAnswer>();
    for (const { id, own, group } of await this.withPeers(accountIds, method, window, at, false)) {
      // = benchmarkPeers(peers, own.value, minPosts), with the peer-only part computed once per group.
      const summary = summaryFor(group, own, this.config);
      const percentile = own.value === null ? null : percentileRank(own.value, summary.rates);
      out.set(id, { ...summary.benchmark, percentile, peersAsOf: group?.asOf ?? at.date });
    }
    return out;
  }

  /**
   * Authenticity at asOf: engagement under the default method and window, the tier peers' benchmark p50
   * and CV p95 (peers with n ≥ erratic.minPosts), and every snapshot at or before asOf.
   */
  async authenticityFor(accountIds: readonly number[], asOf?: Date | null): Promise<Map<number, AuthenticityAnswer>> {
    const at = this.instant(asOf);
    const { defaultMethod: method, defaultWindow: window, authenticity: rules } = this.config;
    const out = new Map<number, AuthenticityAnswer>();
    for (const { id, data, result, own, group } of await this.withPeers(accountIds, method, window, at, false)) {
      const summary = summaryFor(group, own, this.config);
      const peer = { p50: summary.benchmark.p50, cvP95: summary.cv.p95, cvPeerCount: summary.cv.peerCount };
      const totals = sampleLikesAndComments(
        data.posts,
        data.snapshots,
        data.account.followers,
        method,
        window,
        at.date,
      );
      const assessment = assessAuthenticity(
        {
          followers: data.account.followers,
          following: data.account.following,
          snapshots: data.snapshots,
          asOf: at.date,
          engagement: {
            sampleSize: result.sampleSize,
            value: result.value,
            ...totals,
            postInteractions: result.interactionCounts,
          },
          peer,
        },
        rules,
      );
      out.set(id, { ...assessment, peer, peersAsOf: group?.asOf ?? at.date });
    }
    return out;
  }

  /** Follower growth over `days` days at asOf (null when a snapshot is missing or the start is 0). */
  async growthFor(
    accountIds: readonly number[],
    days: number,
    asOf?: Date | null,
  ): Promise<Map<number, number | null>> {
    validateDays(days);
    const at = this.instant(asOf);
    const data = await this.ownData(accountIds, null, at.date);
    const out = new Map<number, number | null>();
    for (const [id, d] of data) out.set(id, growth(d.snapshots, days, at.date));
    return out;
  }

  /** Snapshots with from ≤ capturedAt ≤ to, oldest first, each with its daily gain. */
  async followerHistoryFor(
    accountIds: readonly number[],
    from: Date,
    to: Date,
  ): Promise<Map<number, FollowerHistoryPoint[]>> {
    if (from.getTime() > to.getTime()) {
      throw new ValidationError([{ field: 'from', message: 'must not be after `to`' }]);
    }
    const data = await this.ownData(accountIds, null, to);
    const out = new Map<number, FollowerHistoryPoint[]>();
    for (const [id, d] of data) {
      const gains = new Map(dailyGains(d.snapshots, to).map((g) => [g.to.getTime(), g.perDay]));
      out.set(
        id,
        followerHistory(d.snapshots, from, to).map((s) => ({
          capturedAt: s.capturedAt,
          followers: s.followers,
          following: s.following,
          dailyGain: gains.get(s.capturedAt.getTime()) ?? null,
        })),
      );
    }
    return out;
  }

  /** The distribution of engagement in one platform and tier (optionally one niche). */
  async benchmarks(args: BenchmarksArgs): Promise<TierBenchmark> {
    const at = this.instant(args.asOf);
    const groups = await this.peerGroups([{ platform: args.platform, tier: args.tier }], args.method, args.window, at);
    const group = groups.get(`${args.platform}|${args.tier}`);
    const niche = args.niche?.trim().toLowerCase() || null;
    const members = (group?.members ?? []).filter((m) => niche === null || m.niches.includes(niche));
    const summary = benchmarkPeers(members.map(benchmarkPeerOf), null, this.config.minPostsForBenchmark);
    const prior = reliableEngagement(
      { n: 0, mean: null, variance: null, h: null },
      members.map((m) => m.stats),
      this.config.minPeersForPrior,
    );
    const present = new Set(members.flatMap((m) => m.componentsPresent));
    const range = tierRange(args.tier, this.config.tierScheme);
    return {
      platform: args.platform,
      tier: args.tier,
      niche,
      scheme: this.config.tierScheme.name,
      minFollowers: range.min,
      maxFollowers: range.max,
      accountCount: members.length,
      activeCount: members.filter((m) => m.n >= 1).length,
      peerCount: summary.peerCount,
      p10: summary.p10,
      p25: summary.p25,
      p50: summary.p50,
      p75: summary.p75,
      p90: summary.p90,
      interactions: summary.interactions,
      prior: prior.prior,
      betweenAccountVariance: prior.tau2,
      withinAccountVariance: prior.sigma2Within,
      method: {
        ...args.method,
        windowDays: args.window.days,
        windowPosts: args.window.posts,
        asOf: group?.asOf ?? at.date,
        componentsPresent: INTERACTION_COMPONENTS.ALL.filter((c) => present.has(c)),
      },
    };
  }

  /**
   * Creator-list filters and orderings (CreatorService): the default-method, default-window numbers of
   * the given (primary) accounts at the request time.
   */
  async creatorMetricValues(
    accountIds: readonly number[],
    fields: ReadonlySet<CreatorMetricField>,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>> {
    const { defaultMethod: method, defaultWindow: window } = this.config;
    const [engagement, reliable, authenticity] = await Promise.all([
      fields.has('ENGAGEMENT_RATE') ? this.engagementFor(accountIds, method, window) : null,
      fields.has('RELIABLE_ENGAGEMENT_RATE') ? this.reliableFor(accountIds, method, window) : null,
      fields.has('AUTHENTICITY_SCORE') ? this.authenticityFor(accountIds) : null,
    ]);
    const out = new Map<number, Partial<Record<CreatorMetricField, number | null>>>();
    for (const id of accountIds) {
      const values: Partial<Record<CreatorMetricField, number | null>> = {};
      if (engagement) values.ENGAGEMENT_RATE = engagement.get(id)?.value ?? null;
      if (reliable) values.RELIABLE_ENGAGEMENT_RATE = reliable.get(id)?.value ?? null;
      if (authenticity) values.AUTHENTICITY_SCORE = authenticity.get(id)?.score ?? null;
      out.set(id, values);
    }
    return out;
  }
}
