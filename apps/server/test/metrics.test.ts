import {
  Account,
  type AccountEngagementInput,
  assessAuthenticity,
  benchmarkPeers,
  CreatorNiche,
  classifyTier,
  coefficientOfVariation,
  cvPeerThreshold,
  DEFAULT_METRICS_CONFIG,
  type EngagementMethod,
  type EngagementResult,
  FollowerSnapshot,
  followerHistory,
  growth,
  type IAccount,
  MetricsCache,
  type MetricWindow,
  Post,
  type PostMetricsInput,
  peerStatsFromEngagement,
  percentileSummary,
  postBase,
  accountEngagement as pureEngagement,
  reliableEngagement,
  type SnapshotInput,
  seedDemo,
  selectWindow,
  sponsoredVsOrganic,
  studentT975,
} from '@creatorgraph/core';
import { countStatements, postMetricsInput, seedSpikeAccount, type TestDatabase } from '@creatorgraph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/yoga.js';
import { createHarness, dialects, type Harness, NOW, unlimited } from './harness.js';
import { expectCloseWithin } from './testkit.js';

/**
 * Metric fields over HTTP on both dialects. Every expected number is recomputed here from all rows of the
 * database with the pure functions of @creatorgraph/core, independently of MetricsService's loading.
 */

const DAY = 86_400_000;
const DEFAULT_METHOD = DEFAULT_METRICS_CONFIG.defaultMethod;
const DEFAULT_WINDOW = DEFAULT_METRICS_CONFIG.defaultWindow;

type Gql = Harness['gql'];

function gqlFor(yoga: ReturnType<typeof createServer>, key: string): Gql {
  return async (query, variables = {}, k = key) => {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(k ? { authorization: `Bearer ${k}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...(await res.json()) };
  };
}

/** Equal up to floating-point summation order. */
const expectClose = expectCloseWithin(1e-12);

/**
 * interval95 of a MEAN rate recomputed here from the sample, apart from core's code: the hull of the
 * t-interval (n ≥ 2) and the Wilson score interval of Σ interactions over Σ base, low clamped at 0, each end
 * naming its source (WILSON on a tie).
 */
function expectedInterval(e: EngagementResult) {
  const n = e.rates.length;
  if (e.method.aggregate !== 'MEAN' || n === 0) return null;
  let wilson: { low: number; high: number } | null = null;
  const trials = e.bases.reduce((a, b) => a + b, 0);
  if (trials >= 1) {
    const z = 1.959964;
    const x = Math.min(
      e.interactionCounts.reduce((a, b) => a + b, 0),
      trials,
    );
    const p = x / trials;
    const mid = (p + (z * z) / (2 * trials)) / (1 + (z * z) / trials);
    const half = (z * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials))) / (1 + (z * z) / trials);
    wilson = { low: x === 0 ? 0 : mid - half, high: x === trials ? 1 : mid + half };
  }
  let t: { low: number; high: number } | null = null;
  if (n >= 2) {
    const m = e.rates.reduce((a, b) => a + b, 0) / n;
    const s = Math.sqrt(e.rates.reduce((a, r) => a + (r - m) ** 2, 0) / (n - 1));
    const half = (studentT975(n - 1) * s) / Math.sqrt(n);
    t = { low: Math.max(0, m - half), high: m + half };
  }
  if (!wilson) return t && { ...t, lowSource: 'T', highSource: 'T' };
  const lowFromT = t !== null && t.low < wilson.low;
  const highFromT = t !== null && t.high > wilson.high;
  return {
    low: lowFromT ? (t as { low: number }).low : wilson.low,
    high: highFromT ? (t as { high: number }).high : wilson.high,
    lowSource: lowFromT ? 'T' : 'WILSON',
    highSource: highFromT ? 'T' : 'WILSON',
  };
}

/** Everything in the database, and the definitions of metrics.md computed on it. */
class Reference {
  constructor(
    readonly accounts: IAccount[],
    readonly posts: Map<number, PostMetricsInput[]>,
    readonly snapshots: Map<number, SnapshotInput[]>,
    readonly niches: Map<number, string[]>,
  ) {}

  static async load(db: TestDatabase): Promise<Reference> {
    const em = db.em.fork();
    const accounts = await em.find(Account, {}, { orderBy: { id: 'asc' } });
    const posts = new Map<number, PostMetricsInput[]>();
    for (const p of await em.find(Post, {})) {
      const id = (p.account as { id: number }).id;
      const row = postMetricsInput(p);
      posts.set(id, [...(posts.get(id) ?? []), row]);
    }
    const snapshots = new Map<number, SnapshotInput[]>();
    for (const s of await em.find(FollowerSnapshot, {})) {
      const id = (s.account as { id: number }).id;
      const row = { capturedAt: s.capturedAt, followers: s.followers, following: s.following ?? null };
      snapshots.set(id, [...(snapshots.get(id) ?? []), row]);
    }
    const niches = new Map<number, string[]>();
    for (const n of await em.find(CreatorNiche, {})) {
      const id = (n.creator as { id: number }).id;
      niches.set(id, [...(niches.get(id) ?? []), n.niche]);
    }
    return new Reference(accounts, posts, snapshots, niches);
  }

  account(id: number): IAccount {
    const a = this.accounts.find((x) => x.id === id);
    if (!a) throw new Error(`no account ${id}`);
    return a;
  }

  input(id: number): AccountEngagementInput {
    return {
      posts: this.posts.get(id) ?? [],
      snapshots: this.snapshots.get(id) ?? [],
      followers: this.account(id).followers,
    };
  }

  nichesOf(id: number): string[] {
    return this.niches.get((this.account(id).creator as { id: number }).id) ?? [];
  }

  engagement(id: number, method: EngagementMethod, window: MetricWindow, asOf: Date) {
    return pureEngagement(this.input(id), method, window, asOf);
  }

  /** Same platform and tier by current followers (and a shared niche), the account included. */
  peers(id: number, byNiche = false): number[] {
    const me = this.account(id);
    const mine = new Set(this.nichesOf(id));
    return this.accounts
      .filter(
        (a) =>
          a.platform === me.platform &&
          classifyTier(a.followers) === classifyTier(me.followers) &&
          (!byNiche || a.id === id || this.nichesOf(a.id).some((n) => mine.has(n))),
      )
      .map((a) => a.id);
  }

  reliable(id: number, method: EngagementMethod, window: MetricWindow, asOf: Date, byNiche = false) {
    const stats = (x: number) => peerStatsFromEngagement(this.engagement(x, method, window, asOf));
    return reliableEngagement(stats(id), this.peers(id, byNiche).map(stats), DEFAULT_METRICS_CONFIG.minPeersForPrior);
  }

  benchmark(id: number, method: EngagementMethod, window: MetricWindow, asOf: Date) {
    const peers = this.peers(id).map((x) => {
      const r = this.engagement(x, method, window, asOf);
      return { rate: r.value, avgInteractionsPerPost: r.avgInteractionsPerPost, n: r.sampleSize };
    });
    const own = this.engagement(id, method, window, asOf);
    return benchmarkPeers(peers, { rate: own.value, n: own.sampleSize }, 3);
  }

  authenticity(id: number, asOf: Date) {
    const config = DEFAULT_METRICS_CONFIG;
    const own = this.engagement(id, DEFAULT_METHOD, DEFAULT_WINDOW, asOf);
    const p50 = this.benchmark(id, DEFAULT_METHOD, DEFAULT_WINDOW, asOf).p50;
    const cvs = this.peers(id).flatMap((x) => {
      const r = this.engagement(x, DEFAULT_METHOD, DEFAULT_WINDOW, asOf);
      const cv = coefficientOfVariation(r.interactionCounts);
      return r.sampleSize >= config.authenticity.erratic.minPosts && cv !== null ? [cv] : [];
    });
    const threshold = cvPeerThreshold(cvs, config.authenticity);
    let totalLikes = 0;
    let totalComments = 0;
    const input = this.input(id);
    for (const p of selectWindow(input.posts, DEFAULT_WINDOW, asOf)) {
      const b = postBase(p, DEFAULT_METHOD.base, input.snapshots, input.followers);
      if (b === null || !(b > 0)) continue;
      totalLikes += p.likes ?? 0;
      totalComments += p.comments ?? 0;
    }
    const account = this.account(id);
    return assessAuthenticity({
      followers: account.followers,
      following: account.following ?? null,
      snapshots: input.snapshots,
      asOf,
      engagement: {
        sampleSize: own.sampleSize,
        value: own.value,
        totalLikes,
        totalComments,
        postInteractions: own.interactionCounts,
      },
      peer: { p50, cvP95: threshold.p95, cvPeerCount: threshold.peerCount },
    });
  }
}

const ACCOUNT_METRICS = `query($platform: Platform!, $handle: String!, $method: EngagementMethodInput, $window: WindowInput, $asOf: DateTime) {
  account(platform: $platform, handle: $handle) {
    id
    engagement(method: $method, window: $window, asOf: $asOf) {
      value sampleSize excluded totalInteractions avgInteractionsPerPost interval95 { low high lowSource highSource }
      method { interactions base aggregate windowDays windowPosts asOf componentsPresent }
    }
    reliableEngagement(method: $method, window: $window, asOf: $asOf) {
      value prior weight peerCount peersAsOf interval95 { low high lowSource highSource }
    }
    byNiche: reliableEngagement(method: $method, window: $window, asOf: $asOf, byNiche: true) { value prior weight peerCount }
    benchmark(method: $method, window: $window, asOf: $asOf) {
      percentile percentileReason peerCount p10 p25 p50 p75 p90 interactions { p10 p50 p90 }
    }
    authenticity(asOf: $asOf) { score authenticFollowers flags { code severity penalty message evidence { name value text } } }
    growth(days: 14, asOf: $asOf)
    sponsoredVsOrganic(method: $method, window: $window, asOf: $asOf) {
      sponsored { value sampleSize } organic { value sampleSize } liftRatio
    }
  }
}`;

interface AccountMetrics {
  account: {
    id: string;
    // The numbers are core's EngagementResult as they are (the test compares them field by field).
    engagement: Pick<
      EngagementResult,
      'value' | 'sampleSize' | 'excluded' | 'totalInteractions' | 'avgInteractionsPerPost' | 'interval95'
    > & {
      method: {
        interactions: string;
        base: string;
        aggregate: string;
        windowDays: number;
        windowPosts: number | null;
        asOf: string;
        componentsPresent: string[];
      };
    };
    reliableEngagement: {
      value: number | null;
      prior: number | null;
      weight: number;
      peerCount: number;
      peersAsOf: string;
      interval95: { low: number; high: number; lowSource: null; highSource: null } | null;
    };
    byNiche: { value: number | null; prior: number | null; weight: number; peerCount: number };
    benchmark: {
      percentile: number | null;
      percentileReason: string | null;
      peerCount: number;
      p10: number | null;
      p25: number | null;
      p50: number | null;
      p75: number | null;
      p90: number | null;
      interactions: { p10: number | null; p50: number | null; p90: number | null };
    };
    authenticity: {
      score: number;
      authenticFollowers: number;
      flags: { code: string; severity: string; penalty: number; evidence: { name: string; value: number | null }[] }[];
    };
    growth: number | null;
    sponsoredVsOrganic: {
      sponsored: { value: number | null; sampleSize: number };
      organic: { value: number | null; sampleSize: number };
      liftRatio: number | null;
    };
  };
}

describe.each(dialects)('metrics API on %s', (dialect) => {
  let h: Harness;
  let cache: MetricsCache;
  let gql: Gql;
  let ref: Reference;
  let spike: Awaited<ReturnType<typeof seedSpikeAccount>>;
  let demo: Awaited<ReturnType<typeof seedDemo>>;
  let creatorCount: number;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 120 });
    // The catalog fixture is uniform (every account near 3.2%); a small generated demo adds realistic spread,
    // platforms that report views and reach, pods and planted follower spikes.
    demo = await seedDemo(h.db, { end: NOW, seed: 7, creators: 120, postsTarget: 6000 });
    spike = await seedSpikeAccount(h.db.em.fork(), { end: NOW, handle: 'bought_fans', startFollowers: 20_000 });
    cache = new MetricsCache();
    gql = gqlFor(
      createServer({ db: h.db, now: () => NOW, metricsCache: cache, rateLimiter: unlimited() }),
      h.fixture.orgs[0]!.key,
    );
    ref = await Reference.load(h.db);
    creatorCount = 120 + demo.creators + 1;
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  function check(id: number, data: AccountMetrics, method: EngagementMethod, window: MetricWindow, asOf: Date) {
    const a = data.account;
    const e = ref.engagement(id, method, window, asOf);
    expectClose(a.engagement.value, e.value);
    expect(a.engagement.sampleSize).toBe(e.sampleSize);
    expect(a.engagement.excluded).toBe(e.excluded);
    expect(a.engagement.totalInteractions).toBe(e.totalInteractions);
    expectClose(a.engagement.avgInteractionsPerPost, e.avgInteractionsPerPost);
    expectClose(a.engagement.interval95?.low, e.interval95?.low);
    expectClose(a.engagement.interval95?.high, e.interval95?.high);
    expect(a.engagement.interval95?.lowSource).toBe(e.interval95?.lowSource);
    expect(a.engagement.interval95?.highSource).toBe(e.interval95?.highSource);
    const independent = expectedInterval(e);
    expect(a.engagement.interval95 === null).toBe(independent === null);
    expectClose(a.engagement.interval95?.low, independent?.low);
    expectClose(a.engagement.interval95?.high, independent?.high);
    expect(a.engagement.interval95?.lowSource).toBe(independent?.lowSource);
    expect(a.engagement.interval95?.highSource).toBe(independent?.highSource);
    expect(a.engagement.method).toEqual({
      ...method,
      windowDays: window.days,
      windowPosts: window.posts,
      asOf: asOf.toISOString(),
      componentsPresent: e.componentsPresent.map((c) => c.toUpperCase()),
    });

    const r = ref.reliable(id, method, window, asOf);
    expectClose(a.reliableEngagement.value, r.value);
    expectClose(a.reliableEngagement.prior, r.prior);
    expectClose(a.reliableEngagement.weight, r.weight);
    expect(a.reliableEngagement.peerCount).toBe(r.peerCount);
    expectClose(a.reliableEngagement.interval95?.low, r.interval95?.low);
    expectClose(a.reliableEngagement.interval95?.high, r.interval95?.high);
    expect(a.reliableEngagement.interval95 === null).toBe(r.prior === null || e.sampleSize === 0);
    expect(a.reliableEngagement.interval95?.lowSource ?? null).toBeNull();
    const rn = ref.reliable(id, method, window, asOf, true);
    expectClose(a.byNiche.value, rn.value);
    expect(a.byNiche.peerCount).toBe(rn.peerCount);

    const b = ref.benchmark(id, method, window, asOf);
    expectClose(a.benchmark.percentile, b.percentile);
    expect(a.benchmark.percentileReason).toBe(b.percentileReason);
    expect(a.benchmark.percentile === null).toBe(e.sampleSize < 3);
    expect(a.benchmark.peerCount).toBe(b.peerCount);
    for (const p of ['p10', 'p25', 'p50', 'p75', 'p90'] as const) expectClose(a.benchmark[p], b[p]);
    expectClose(a.benchmark.interactions.p50, b.interactions.p50);

    const auth = ref.authenticity(id, asOf);
    expectClose(a.authenticity.score, auth.score);
    expect(a.authenticity.authenticFollowers).toBe(auth.authenticFollowers);
    expect(a.authenticity.flags.map((f) => f.code)).toEqual(auth.flags.map((f) => f.code));

    expectClose(a.growth, growth(ref.input(id).snapshots, 14, asOf));
    const svo = sponsoredVsOrganic(ref.input(id), method, window, asOf);
    expectClose(a.sponsoredVsOrganic.sponsored.value, svo.sponsored.value);
    expectClose(a.sponsoredVsOrganic.organic.value, svo.organic.value);
    expectClose(a.sponsoredVsOrganic.liftRatio, svo.liftRatio);
  }

  /** A few catalog accounts and more demo accounts (varied rates, insights, niches). */
  const sample = () => [
    ...ref.accounts.filter((a) => a.handle.startsWith('creator')).filter((_, i) => i % 37 === 0),
    ...ref.accounts.filter((a) => !a.handle.startsWith('creator')).filter((_, i) => i % 7 === 0),
  ];

  it('answers with the pure functions on the same rows, defaults included (asOf = request time)', async () => {
    for (const account of sample()) {
      const res = await gql<AccountMetrics>(ACCOUNT_METRICS, { platform: account.platform, handle: account.handle });
      expect(res.errors).toBeUndefined();
      check(account.id, res.data!, DEFAULT_METHOD, DEFAULT_WINDOW, NOW);
      expect(res.data!.account.reliableEngagement.peersAsOf).toBe(NOW.toISOString());
    }
  });

  it('answers other methods, windows and an explicit asOf the same way', async () => {
    const cases: { method: EngagementMethod; window: MetricWindow; asOf: Date }[] = [
      {
        method: { interactions: 'LIKES_COMMENTS', base: 'FOLLOWERS', aggregate: 'MEDIAN' },
        window: { days: 3, posts: null },
        asOf: NOW,
      },
      {
        method: { interactions: 'ALL', base: 'FOLLOWERS', aggregate: 'MEAN' },
        window: { days: 90, posts: 4 },
        asOf: new Date(NOW.getTime() - 1.5 * DAY),
      },
      {
        method: { interactions: 'ALL', base: 'VIEWS', aggregate: 'MEAN' },
        window: { days: 30, posts: null },
        asOf: NOW,
      },
    ];
    for (const c of cases) {
      for (const account of sample().slice(0, 5)) {
        const res = await gql<AccountMetrics>(ACCOUNT_METRICS, {
          platform: account.platform,
          handle: account.handle,
          method: c.method,
          window: c.window,
          asOf: c.asOf.toISOString(),
        });
        expect(res.errors).toBeUndefined();
        // Authenticity and growth take only asOf: check() compares them at the same instant.
        check(account.id, res.data!, c.method, c.window, c.asOf);
      }
    }
  });

  it('answers small samples honestly: a Wilson interval from one post, no percentile below 3 posts, with the reason', async () => {
    // Accounts with one or two posts in a short window whose peer group still has accounts with 3 or more.
    const window: MetricWindow = { days: 7, posts: null };
    const small = ref.accounts.filter((a) => {
      const n = ref.engagement(a.id, DEFAULT_METHOD, window, NOW).sampleSize;
      return (n === 1 || n === 2) && ref.benchmark(a.id, DEFAULT_METHOD, window, NOW).peerCount > 0;
    });
    expect(small.some((a) => ref.engagement(a.id, DEFAULT_METHOD, window, NOW).sampleSize === 1)).toBe(true);
    for (const account of small.slice(0, 6)) {
      const res = await gql<AccountMetrics>(ACCOUNT_METRICS, {
        platform: account.platform,
        handle: account.handle,
        window,
        asOf: NOW.toISOString(),
      });
      expect(res.errors).toBeUndefined();
      check(account.id, res.data!, DEFAULT_METHOD, window, NOW);
      const { engagement, benchmark } = res.data!.account;
      expect(engagement.interval95).not.toBeNull();
      if (engagement.sampleSize === 1)
        expect(engagement.interval95).toMatchObject({ lowSource: 'WILSON', highSource: 'WILSON' });
      expect(benchmark.percentile).toBeNull();
      expect(benchmark.percentileReason).toBe(
        `${engagement.sampleSize} post${engagement.sampleSize === 1 ? '' : 's'} in the window; a percentile needs at least 3`,
      );
      // The group's distribution is answered all the same.
      expect(benchmark.peerCount).toBeGreaterThan(0);
      expect(benchmark.p50).not.toBeNull();
    }
  });

  it('flags an injected bought-follower spike as FOLLOWER_SPIKE', async () => {
    const res = await gql<AccountMetrics>(ACCOUNT_METRICS, { platform: 'INSTAGRAM', handle: 'bought_fans' });
    expect(res.errors).toBeUndefined();
    const flag = res.data!.account.authenticity.flags.find((f) => f.code === 'FOLLOWER_SPIKE');
    expect(flag).toBeDefined();
    expect(flag!.evidence.find((e) => e.name === 'gain')!.value).toBeGreaterThanOrEqual(spike.bought);
    expect(res.data!.account.authenticity.score).toBeLessThan(100);
    expect(res.data!.account.authenticity.authenticFollowers).toBeLessThan(spike.account.followers);
    check(spike.account.id, res.data!, DEFAULT_METHOD, DEFAULT_WINDOW, NOW);
  });

  it("flags the generated demo's planted follower spikes and few others", async () => {
    const query = `query($platform: Platform!, $handle: String!) { account(platform: $platform, handle: $handle) {
      authenticity { flags { code } } } }`;
    expect(demo.labels.spikeAccounts.length).toBeGreaterThan(2);
    for (const { platform, handle } of demo.labels.spikeAccounts) {
      const res = await gql<{ account: { authenticity: { flags: { code: string }[] } } }>(query, { platform, handle });
      expect(res.errors).toBeUndefined();
      expect(
        res.data!.account.authenticity.flags.map((f) => f.code),
        `${platform}:${handle}`,
      ).toContain('FOLLOWER_SPIKE');
    }
    const planted = new Set(demo.labels.spikeAccounts.map((a) => `${a.platform}:${a.handle.toLowerCase()}`));
    type Page = {
      creators: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { accounts: { platform: string; handle: string; authenticity: { flags: { code: string }[] } }[] }[];
      };
    };
    const accounts: Page['creators']['nodes'][number]['accounts'] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<Gql>> = await gql(
        'query($after: String) { creators(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { accounts { platform handle authenticity { flags { code } } } } } }',
        { after },
      );
      expect(page.errors).toBeUndefined();
      const conn = (page.data as Page).creators;
      accounts.push(...conn.nodes.flatMap((c) => c.accounts));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const clean = accounts.filter(
      (a) => !planted.has(`${a.platform}:${a.handle}`) && !a.handle.startsWith('creator') && a.handle !== 'bought_fans',
    );
    expect(clean.length).toBeGreaterThan(50);
    const falseAlarms = clean.filter((a) => a.authenticity.flags.some((f) => f.code === 'FOLLOWER_SPIKE'));
    expect(falseAlarms.length).toBeLessThanOrEqual(Math.ceil(0.05 * clean.length));
  });

  it('returns the follower history with daily gains', async () => {
    const account = ref.account(spike.account.id);
    const from = new Date(NOW.getTime() - 50 * DAY);
    const res = await gql<{
      account: { followerHistory: { capturedAt: string; followers: number; dailyGain: number | null }[] };
    }>(
      'query($from: DateTime) { account(platform: INSTAGRAM, handle: "bought_fans") { followerHistory(from: $from) { capturedAt followers dailyGain } } }',
      { from: from.toISOString() },
    );
    expect(res.errors).toBeUndefined();
    const snaps = ref.snapshots.get(account.id) ?? [];
    const expected = followerHistory(snaps, from, NOW);
    const history = res.data!.account.followerHistory;
    expect(history.map((s) => s.capturedAt)).toEqual(expected.map((s) => s.capturedAt.toISOString()));
    expect(history.map((s) => s.followers)).toEqual(expected.map((s) => s.followers));
    // Each gain is from the previous snapshot, even the first one in range.
    const all = [...snaps].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
    history.forEach((s, i) => {
      const j = all.findIndex((x) => x.capturedAt.toISOString() === s.capturedAt);
      const prev = all[j - 1]!;
      expectClose(
        s.dailyGain,
        (all[j]!.followers - prev.followers) / ((all[j]!.capturedAt.getTime() - prev.capturedAt.getTime()) / DAY),
      );
      expect(i).toBeGreaterThanOrEqual(0);
    });
  });

  it('rejects windows and horizons out of range with VALIDATION', async () => {
    const q =
      'query($window: WindowInput) { account(platform: X, handle: "creator7_0") { engagement(window: $window) { value } } }';
    for (const window of [{ days: 0 }, { days: 3651 }, { posts: 0 }, { posts: 1001 }, { days: 1.5 }]) {
      const res = await gql(q, { window });
      if ('days' in window && !Number.isInteger(window.days)) {
        // 1.5 is not an Int: GraphQL itself refuses it.
        expect(res.errors?.length).toBeGreaterThan(0);
        continue;
      }
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(window)).toBe('VALIDATION');
      expect(res.errors?.[0]?.message).toMatch(/window\.(days|posts)/);
    }
    const growthRes = await gql('{ account(platform: X, handle: "creator7_0") { growth(days: 0) } }');
    expect(growthRes.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const history = await gql(
      '{ account(platform: X, handle: "creator7_0") { followerHistory(from: "2026-06-30T00:00:00Z", to: "2026-06-01T00:00:00Z") { followers } } }',
    );
    expect(history.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const range = await gql(
      '{ creators(first: 5, filter: { engagementRate: { min: 0.5, max: 0.1 } }) { nodes { id } } }',
    );
    expect(range.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('runs the same bounded number of statements for 10 and 100 creators with engagement, reliable rate and authenticity', async () => {
    const query = `query($n: Int!) { creators(first: $n) { nodes { name
      engagement { value sampleSize } reliableEngagement { value prior } authenticity { score flags { code } }
      primaryAccount { benchmark { percentile } growth(days: 7) } } } }`;
    // Warm up: the key's last-used time is written at most once a minute, which would skew one count.
    await gql('{ viewer { keyPrefix } }');
    const cold: number[] = [];
    const warm: number[] = [];
    for (const n of [10, 100]) {
      cache.clear();
      const first = await countStatements(h.db, () => gql<{ creators: { nodes: unknown[] } }>(query, { n }));
      expect(first.result.errors).toBeUndefined();
      expect(first.result.data!.creators.nodes).toHaveLength(n);
      cold.push(first.count);
      const again = await countStatements(h.db, () => gql<{ creators: { nodes: unknown[] } }>(query, { n }));
      warm.push(again.count);
    }
    expect(cold[0]).toBe(cold[1]);
    expect(warm[0]).toBe(warm[1]);
    // creators page 1 + accounts 1 + the accounts' precomputed summaries 1 (engagement, reliable rate,
    // benchmark) + own rows 3 (authenticity's evidence, growth) + one peer-group load of 2 from the
    // summaries (the key is cached after the warm-up).
    expect(cold[0]).toBeLessThanOrEqual(8);
    expect(warm[0]).toBe((cold[0] as number) - 2);
  });

  it('filters and orders creators by computed metrics, paging with cursors', async () => {
    const res = await gql<{
      creators: {
        totalCount: number;
        nodes: { id: string; engagement: { value: number | null } | null; primaryAccount: { id: string } | null }[];
      };
    }>(
      '{ creators(first: 100, orderBy: { field: ENGAGEMENT_RATE, direction: DESC }) { totalCount nodes { id engagement { value } primaryAccount { id } } } }',
    );
    expect(res.errors).toBeUndefined();
    const values = res.data!.creators.nodes.map((n) => n.engagement?.value ?? null);
    const present = values.filter((v): v is number => v !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((v) => v === null)).toBe(true);
    expect(res.data!.creators.totalCount).toBe(creatorCount);

    const median = present[Math.floor(present.length / 2)]!;
    const filtered = await gql<{ creators: { totalCount: number; nodes: { engagement: { value: number } }[] } }>(
      'query($min: Float) { creators(first: 100, filter: { engagementRate: { min: $min }, platform: INSTAGRAM }) { totalCount nodes { engagement(platform: INSTAGRAM) { value } } } }',
      { min: median },
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.creators.nodes.length).toBeGreaterThan(0);
    for (const n of filtered.data!.creators.nodes) expect(n.engagement.value).toBeGreaterThanOrEqual(median);

    const authentic = await gql<{ creators: { nodes: { name: string; authenticity: { score: number } }[] } }>(
      '{ creators(first: 100, filter: { minAuthenticity: 99.5 }, orderBy: { field: AUTHENTICITY_SCORE, direction: ASC }) { nodes { name authenticity { score } } } }',
    );
    expect(authentic.errors).toBeUndefined();
    expect(authentic.data!.creators.nodes.map((n) => n.name)).not.toContain('Spike bought_fans');
    for (const n of authentic.data!.creators.nodes) expect(n.authenticity.score).toBeGreaterThanOrEqual(99.5);

    // Page through every creator by reliable rate: no gaps, no repeats, same order as one big page.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<Gql>> = await gql(
        'query($after: String) { creators(first: 17, after: $after, orderBy: { field: RELIABLE_ENGAGEMENT_RATE, direction: ASC }) { pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
      );
      expect(page.errors).toBeUndefined();
      const conn = (
        page.data as { creators: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }
      ).creators;
      seen.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(creatorCount);
    expect(new Set(seen).size).toBe(creatorCount);
    const back = await gql<{ creators: { nodes: { id: string }[] } }>(
      '{ creators(last: 5, orderBy: { field: RELIABLE_ENGAGEMENT_RATE, direction: ASC }) { nodes { id } } }',
    );
    expect(back.data!.creators.nodes.map((n) => n.id)).toEqual(seen.slice(-5));
  });

  it('answers top-level benchmarks and reports the configuration it used', async () => {
    const res = await gql<{
      benchmarks: {
        peerCount: number;
        accountCount: number;
        p50: number | null;
        interactions: { p50: number | null };
        prior: number | null;
        method: { asOf: string; aggregate: string };
      };
      metricsConfig: {
        tierScheme: string;
        defaultMethod: { windowDays: number };
        thresholds: { name: string; value: number }[];
      };
    }>(
      '{ benchmarks(platform: INSTAGRAM, tier: MICRO) { peerCount accountCount p50 interactions { p50 } prior method { asOf aggregate } } metricsConfig { tierScheme defaultMethod { windowDays } thresholds { name value } } }',
    );
    expect(res.errors).toBeUndefined();
    const group = ref.accounts.filter((a) => a.platform === 'INSTAGRAM' && classifyTier(a.followers) === 'MICRO');
    const results = group.map((a) => ref.engagement(a.id, DEFAULT_METHOD, DEFAULT_WINDOW, NOW));
    const eligible = results.filter((r) => r.sampleSize >= 3 && r.value !== null);
    const summary = percentileSummary(eligible.map((r) => r.value as number));
    expect(res.data!.benchmarks.accountCount).toBe(group.length);
    expect(res.data!.benchmarks.peerCount).toBe(eligible.length);
    expectClose(res.data!.benchmarks.p50, summary.p50);
    expectClose(
      res.data!.benchmarks.interactions.p50,
      percentileSummary(eligible.map((r) => r.avgInteractionsPerPost as number)).p50,
    );
    expect(res.data!.benchmarks.method.asOf).toBe(NOW.toISOString());
    expect(res.data!.metricsConfig.tierScheme).toBe('mediakix-2019');
    expect(res.data!.metricsConfig.defaultMethod.windowDays).toBe(90);
    expect(res.data!.metricsConfig.thresholds).toContainEqual({
      name: 'authenticity.followerSpike.zThreshold',
      value: 6,
    });
  });
});
