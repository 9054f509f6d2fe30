import DataLoader from 'dataloader';
import { CreatorRepository } from '../creators/repository.js';
import type { CreatorMetricField, CreatorMetricSource } from '../creators/service.js';
import type { EntityManager } from '../db/orm.js';
import { PLATFORMS, type Platform } from '../enums.js';
import { validateDays, validateHistoryRange } from './args.js';
import { assessAuthenticity } from './authenticity.js';
import { accountPercentile, benchmarkPeers } from './benchmark.js';
import { MetricsCache } from './cache.js';
import { DEFAULT_METRICS_CONFIG, type EngagementMethod, type MetricsConfig, type MetricWindow } from './config.js';
import {
  accountEngagement,
  type EngagementResult,
  INTERACTION_COMPONENTS,
  type SponsoredVsOrganic,
  sampleLikesAndComments,
  selectWindow,
  sponsoredVsOrganic,
} from './engagement.js';
import { dailyGains, followerHistory, growth } from './growth.js';
import { ACCOUNT_CHUNK, type OwnData, OwnRowLoaders } from './loaders.js';
import { benchmarkPeerOf, groupPrior, groupSummary, peersOf, priorFor, summaryFor } from './peer-summary.js';
import {
  groupId,
  type Instant,
  memberOf,
  type PeerGroup,
  PeerGroupLoader,
  type PeerMember,
  sameMethod,
  sameWindow,
} from './peers.js';
import {
  discoveryPriceMinor,
  estimatedCpe,
  expectedInteractions,
  type GroupParameters,
  metricAccountValues,
} from './ranking.js';
import { reliableEngagement, reliableFromPrior } from './reliable.js';
import type { SubQuery } from './repository.js';
import { MetricsRepository } from './repository.js';
import { memberFromSummary, summariesServe, summaryAuthenticityScore } from './summary.js';
import { AccountSummaryStore, type SummarizedAccount } from './summary-store.js';
import { classifyTier, TIERS, type Tier, tierRange } from './tiers.js';
import type {
  AuthenticityAnswer,
  BenchmarkAnswer,
  BenchmarksArgs,
  FollowerHistoryPoint,
  ReliableAnswer,
  TierBenchmark,
} from './types.js';

/**
 * MetricsService: loads what the pure metric functions need with a bounded number of SQL statements
 * and calls them. Every batch API takes account ids (so a GraphQL DataLoader can hand it a whole page)
 * and answers a Map keyed by account id; ids that do not exist are absent from the Map.
 *
 * Statements per call, whatever the number of accounts (up to ACCOUNT_CHUNK ids per statement):
 * - the accounts' own data: accounts, windowed posts, snapshots (≤ 3, shared by every call of the same
 *   service instance, i.e. of one request, through the per-request OwnRowLoaders);
 * - peer groups (reliable, benchmark, authenticity): per batch of missing (platform, tier) groups, one set
 *   of ≤ 4 statements (PeerGroupLoader); a group is then kept in the process-wide MetricsCache, so warm
 *   requests read no peer data at all.
 */

/** An account's engagement as the API shows it: the result without its per-post sample. */
export type EngagementAnswer = Omit<EngagementResult, 'rates' | 'bases' | 'interactionCounts'>;

/** An account's default-method, default-window numbers as catalog-wide questions need them. */
export interface CatalogMetrics {
  sampleSize: number;
  engagement: number | null;
  avgInteractionsPerPost: number | null;
  reliableRate: number | null;
  authenticityScore: number;
  authenticFollowers: number;
}

export interface MetricsServiceOptions {
  /** The process-wide peer-group cache; a private one (no sharing across requests) when omitted. */
  cache?: MetricsCache;
  /** The request time: `asOf` defaults to it. */
  now?: Date;
}

export class MetricsService implements CreatorMetricSource {
  readonly cache: MetricsCache;
  readonly now: Date;
  private readonly own: OwnRowLoaders;
  private readonly peers: PeerGroupLoader;
  /** The precomputed per-account summaries; null when the config is not the one they are kept for. */
  readonly summaries: AccountSummaryStore | null;
  private readonly em: EntityManager;
  /** Own engagement per (method, window, asOf) and account, so calls of one request compute it once. */
  private readonly ownEngagement = new Map<string, Map<number, EngagementResult>>();

  constructor(
    em: EntityManager,
    readonly config: MetricsConfig = DEFAULT_METRICS_CONFIG,
    options: MetricsServiceOptions = {},
  ) {
    this.cache = options.cache ?? new MetricsCache();
    this.now = options.now ?? new Date();
    this.em = em;
    const repository = new MetricsRepository(em);
    this.own = new OwnRowLoaders(repository);
    this.summaries = summariesServe(config) ? new AccountSummaryStore(em, config) : null;
    this.peers = new PeerGroupLoader(repository, this.cache, config, this.summaries);
  }

  /** Per-request batches of summary reads: fields asking in the same tick share one statement. */
  private summaryLoader: DataLoader<number, SummarizedAccount | null> | null = null;

  /**
   * The live default-method, default-window summaries of these accounts, when the call can use them (no
   * explicit asOf, the default method and window, a config the summaries are kept for); else null.
   */
  private async liveSummaries(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    at: Instant,
  ): Promise<Map<number, SummarizedAccount> | null> {
    const store = this.summaries;
    if (!store || at.explicit || !sameMethod(method, this.config) || !sameWindow(window, this.config)) return null;
    this.summaryLoader ??= new DataLoader<number, SummarizedAccount | null>(
      async (ids) => {
        const found = await store.read([...ids], this.now);
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: ACCOUNT_CHUNK },
    );
    const rows = await this.summaryLoader.loadMany([...new Set(accountIds)]);
    const out = new Map<number, SummarizedAccount>();
    for (const row of rows) {
      if (row instanceof Error) throw row;
      if (row) out.set(row.account.id, row);
    }
    return out;
  }

  private instant(asOf: Date | null | undefined): Instant {
    return asOf ? { date: asOf, explicit: true } : { date: this.now, explicit: false };
  }

  private tierOf(followers: number): Tier {
    return classifyTier(followers, this.config.tierScheme);
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
    const data = await this.own.load(accountIds, window, at.date);
    const out = new Map<number, EngagementResult>();
    for (const [id, d] of data) out.set(id, this.engagementOf(id, d, method, window, at.date));
    return out;
  }

  /**
   * engagementFor without the per-post sample (what the API shows): live, under the default method and
   * window, from the precomputed summaries (one statement for the whole batch, no post read); otherwise
   * from rows.
   */
  async engagementAnswersFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
  ): Promise<Map<number, EngagementAnswer>> {
    const at = this.instant(asOf);
    const summaries = await this.liveSummaries(accountIds, method, window, at);
    if (!summaries) return this.engagementFor(accountIds, method, window, asOf);
    const out = new Map<number, EngagementAnswer>();
    for (const [id, { summary: s }] of summaries) {
      out.set(id, {
        value: s.engagement,
        sampleSize: s.sampleSize,
        excluded: s.excluded,
        totalInteractions: s.totalInteractions,
        avgInteractionsPerPost: s.avgInteractions,
        interval95: s.interval95,
        method: {
          interactions: method.interactions,
          base: method.base,
          aggregate: method.aggregate,
          windowDays: window.days,
          windowPosts: window.posts,
          asOf: at.date,
        },
        componentsPresent: s.componentsPresent,
      });
    }
    return out;
  }

  async sponsoredVsOrganicFor(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    asOf?: Date | null,
  ): Promise<Map<number, SponsoredVsOrganic>> {
    const at = this.instant(asOf);
    const data = await this.own.load(accountIds, window, at.date);
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
    const data = await this.own.load(accountIds, window, at.date, withNiches);
    const groups = await this.peers.load(
      [...data.values()].map((d) => ({ platform: d.account.platform, tier: this.tierOf(d.account.followers) })),
      method,
      window,
      at,
    );
    return [...data].map(([id, d]) => {
      const result = this.engagementOf(id, d, method, window, at.date);
      const group = groups.get(groupId(d.account.platform, this.tierOf(d.account.followers)));
      return { id, data: d, result, own: memberOf(d.account, d.niches, result), group };
    });
  }

  /** withPeers from the precomputed summaries (own numbers and peer groups), when the call can use them. */
  private async summarizedWithPeers(
    accountIds: readonly number[],
    method: EngagementMethod,
    window: MetricWindow,
    at: Instant,
    withNiches: boolean,
  ): Promise<{ id: number; own: PeerMember; group: PeerGroup | undefined }[] | null> {
    const summaries = await this.liveSummaries(accountIds, method, window, at);
    if (!summaries) return null;
    const [groups, niches] = await Promise.all([
      this.peers.load(
        [...summaries.values()].map((r) => ({ platform: r.account.platform, tier: this.tierOf(r.account.followers) })),
        method,
        window,
        at,
      ),
      withNiches ? this.own.nichesOf([...summaries.values()].map((r) => r.account.creatorId)) : null,
    ]);
    return [...summaries].map(([id, { account, summary }]) => ({
      id,
      own: memberFromSummary(account, niches?.get(account.creatorId) ?? [], summary),
      group: groups.get(groupId(account.platform, this.tierOf(account.followers))),
    }));
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
    const summarized = await this.summarizedWithPeers(accountIds, method, window, at, byNiche);
    for (const { id, own, group } of summarized ?? (await this.withPeers(accountIds, method, window, at, byNiche))) {
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
    const summarized = await this.summarizedWithPeers(accountIds, method, window, at, false);
    for (const { id, own, group } of summarized ?? (await this.withPeers(accountIds, method, window, at, false))) {
      // = benchmarkPeers(peers, own, minPosts), with the peer-only part computed once per group.
      const summary = summaryFor(group, own, this.config);
      const rank = accountPercentile({ rate: own.value, n: own.n }, summary.rates, this.config.minPostsForBenchmark);
      out.set(id, { ...summary.benchmark, ...rank, peersAsOf: group?.asOf ?? at.date });
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
    const data = await this.own.load(accountIds, null, at.date);
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
    validateHistoryRange(from, to);
    const data = await this.own.load(accountIds, null, to);
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
    const groups = await this.peers.load([{ platform: args.platform, tier: args.tier }], args.method, args.window, at);
    const group = groups.get(groupId(args.platform, args.tier));
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
   * The default-method, default-window numbers of many accounts at once, for catalog-wide questions
   * (discovery orderings, tier comparisons, the planner): engagement, reliable rate and authenticity score
   * with its authentic followers. Live (asOf omitted) they come from the precomputed summaries and the
   * cached peer groups, so no post is read; with an explicit asOf (or another config) from rows, the
   * bounded fallback. Both give the numbers engagementFor, reliableFor and authenticityFor give.
   */
  async catalogMetricsFor(accountIds: readonly number[], asOf?: Date | null): Promise<Map<number, CatalogMetrics>> {
    const at = this.instant(asOf);
    const { defaultMethod: method, defaultWindow: window, minPeersForPrior } = this.config;
    const out = new Map<number, CatalogMetrics>();
    if (!this.summaries || at.explicit) {
      const [engagement, reliable, authenticity] = await Promise.all([
        this.engagementFor(accountIds, method, window, asOf),
        this.reliableFor(accountIds, method, window, asOf),
        this.authenticityFor(accountIds, asOf),
      ]);
      for (const [id, e] of engagement) {
        const auth = authenticity.get(id);
        out.set(id, {
          sampleSize: e.sampleSize,
          engagement: e.value,
          avgInteractionsPerPost: e.avgInteractionsPerPost,
          reliableRate: reliable.get(id)?.value ?? null,
          authenticityScore: auth?.score ?? 100,
          authenticFollowers: auth?.authenticFollowers ?? 0,
        });
      }
      return out;
    }
    const rows = await this.summaries.read([...new Set(accountIds)], at.date);
    const groups = await this.peers.load(
      [...rows.values()].map((r) => ({ platform: r.account.platform, tier: this.tierOf(r.account.followers) })),
      method,
      window,
      at,
    );
    for (const [id, { account, summary }] of rows) {
      const group = groups.get(groupId(account.platform, this.tierOf(account.followers)));
      const own = memberFromSummary(account, [], summary);
      const peer = summaryFor(group, own, this.config);
      out.set(id, {
        sampleSize: summary.sampleSize,
        engagement: summary.engagement,
        avgInteractionsPerPost: summary.avgInteractions,
        reliableRate: reliableFromPrior(own.stats, priorFor(group, own, minPeersForPrior)).value,
        authenticityScore: summaryAuthenticityScore(
          summary,
          { p50: peer.benchmark.p50, cvP95: peer.cv.p95, cvPeerCount: peer.cv.peerCount },
          this.config,
        ),
        authenticFollowers: summary.authenticFollowers,
      });
    }
    return out;
  }

  /**
   * Creator-list filters and orderings in SQL (CreatorService): the metrics of each candidate creator's
   * metric account (on `platform`, else its primary account), computed by the database from the
   * precomputed summaries (brought up to date first) and the cached peer groups' parameters; null when the
   * summaries do not serve this config.
   */
  async creatorMetricValuesOf(
    creatorIds: SubQuery,
    fields: ReadonlySet<CreatorMetricField>,
    platform: Platform | null = null,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>> | null> {
    if (!this.summaries) return null;
    await this.summaries.refreshExpired(this.now);
    const { defaultMethod: method, defaultWindow: window, minPeersForPrior } = this.config;
    const specs = (platform ? [platform] : PLATFORMS).flatMap((p) => TIERS.map((tier) => ({ platform: p, tier })));
    const groups = await this.peers.load(specs, method, window, this.instant(null));
    const parameters: GroupParameters[] = [...groups.values()].map((group) => {
      const summary = groupSummary(group, this.config);
      return {
        platform: group.platform,
        tier: group.tier,
        prior: groupPrior(group, minPeersForPrior),
        p50: summary.benchmark.p50,
        cvP95: summary.cv.p95,
        cvPeerCount: summary.cv.peerCount,
      };
    });
    return metricAccountValues(this.em, creatorIds, fields, parameters, this.config, { platform });
  }

  /**
   * Creator-list filters and orderings (CreatorService) from rows, when the summaries do not serve the
   * config: the default-method, default-window numbers of the given (metric) accounts at the request time,
   * by the same rules as the SQL (metricAccountValues).
   */
  async creatorMetricValues(
    accountIds: readonly number[],
    fields: ReadonlySet<CreatorMetricField>,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>> {
    const { defaultMethod: method, defaultWindow: window } = this.config;
    const needs = (...f: CreatorMetricField[]) => f.some((x) => fields.has(x));
    const [metrics, engagement, reliable, own] = await Promise.all([
      this.catalogMetricsFor(accountIds),
      needs('ENGAGEMENT_LOWER_BOUND', 'AVG_INTERACTIONS', 'SAMPLE_SIZE')
        ? this.engagementFor(accountIds, method, window)
        : null,
      needs('ENGAGEMENT_LOWER_BOUND') ? this.reliableFor(accountIds, method, window) : null,
      needs('GROWTH', 'SPONSORED_SHARE') ? this.own.load(accountIds, window, this.now) : null,
    ]);
    const accounts = needs('EXPECTED_INTERACTIONS', 'ESTIMATED_CPE')
      ? new Map((await new CreatorRepository(this.em).accountsByIds(accountIds)).map((a) => [a.id, a]))
      : null;
    const out = new Map<number, Partial<Record<CreatorMetricField, number | null>>>();
    for (const id of accountIds) {
      const m = metrics.get(id);
      const e = engagement?.get(id);
      const account = accounts?.get(id);
      const reliableRate = m?.reliableRate ?? null;
      const expected = account ? expectedInteractions(reliableRate, account.followers) : null;
      const all: Record<CreatorMetricField, () => number | null> = {
        ENGAGEMENT_RATE: () => m?.engagement ?? null,
        RELIABLE_ENGAGEMENT_RATE: () => reliableRate,
        AUTHENTICITY_SCORE: () => m?.authenticityScore ?? null,
        // The reliable rate's interval when it has a prior, else the account's own interval95; null with n = 0.
        ENGAGEMENT_LOWER_BOUND: () =>
          !e || e.sampleSize < 1 ? null : (reliable?.get(id)?.interval95?.low ?? e.interval95?.low ?? null),
        EXPECTED_INTERACTIONS: () => expected,
        ESTIMATED_CPE: () =>
          account
            ? estimatedCpe(
                discoveryPriceMinor(
                  {
                    platform: account.platform,
                    tier: this.tierOf(account.followers),
                    ratePerPostMinor: account.ratePerPostMinor,
                    rateCurrency: account.rateCurrency,
                  },
                  this.config.costs,
                ),
                expected,
              )
            : null,
        AVG_INTERACTIONS: () => e?.avgInteractionsPerPost ?? null,
        GROWTH: () => {
          const d = own?.get(id);
          return d ? growth(d.snapshots, this.config.discovery.growthDays, this.now) : null;
        },
        SPONSORED_SHARE: () => {
          const d = own?.get(id);
          if (!d) return null;
          const posts = selectWindow(d.posts, window, this.now);
          return posts.length === 0 ? null : posts.filter((p) => p.sponsored).length / posts.length;
        },
        SAMPLE_SIZE: () => e?.sampleSize ?? null,
      };
      const values: Partial<Record<CreatorMetricField, number | null>> = {};
      for (const field of fields) values[field] = all[field]();
      out.set(id, values);
    }
    return out;
  }
}
