import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Creator, CreatorNiche, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import { type CreatorMetricField, type CreatorMetricSource, CreatorService } from '../creators/service.js';
import { ValidationError } from '../errors.js';
import { Post } from '../posts/entity.js';
import { countStatements, createTestDatabase, DIALECTS, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { MetricsCache } from './cache.js';
import { DEFAULT_METRICS_CONFIG, type EngagementMethod, type MetricWindow } from './config.js';
import { accountEngagement, type PostMetricsInput, type SnapshotInput } from './engagement.js';
import { ACCOUNT_CHUNK } from './loaders.js';
import { peerStatsFromEngagement, reliableEngagement } from './reliable.js';
import { MetricsService } from './service.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-30T12:00:00Z');
const METHOD: EngagementMethod = DEFAULT_METRICS_CONFIG.defaultMethod;
const WINDOW: MetricWindow = DEFAULT_METRICS_CONFIG.defaultWindow;

// Skipped, not silently passed, when SKIP_PG leaves PostgreSQL out.
describe.each(DIALECTS)('MetricsService on %s', (dialect) => {
  describe.skipIf(!TEST_DIALECTS.includes(dialect))('with its database', () => {
    let db: TestDatabase;
    let accounts: IAccount[];
    const rows = new Map<number, { posts: PostMetricsInput[]; snapshots: SnapshotInput[]; followers: number }>();

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      const em = db.em.fork();
      accounts = [];
      // 12 MICRO Instagram accounts with different rates and sizes, 3 NANO ones, 2 on TikTok.
      const specs = [
        ...Array.from({ length: 12 }, (_, i) => ({ platform: 'INSTAGRAM' as const, followers: 11_000 + i * 3_000 })),
        ...Array.from({ length: 3 }, (_, i) => ({ platform: 'INSTAGRAM' as const, followers: 2_000 + i * 1_000 })),
        ...Array.from({ length: 2 }, (_, i) => ({ platform: 'TIKTOK' as const, followers: 20_000 + i })),
      ];
      specs.forEach((spec, i) => {
        const creator = em.create(Creator, {
          ref: `c${i}`,
          name: `C ${i}`,
          country: 'US',
          maxFollowers: spec.followers,
        });
        em.create(CreatorNiche, { creator, niche: i % 2 === 0 ? 'food' : 'travel' });
        const account = em.create(Account, {
          creator,
          platform: spec.platform,
          handle: `h${i}`,
          externalId: `e${i}`,
          followers: spec.followers,
          following: 100,
          ratePerPostMinor: null,
          rateCurrency: null,
        });
        accounts.push(account);
        // Snapshots only after the first posts for some accounts: the base then is the earliest one after.
        const firstSnapshotDay = i % 3 === 0 ? 5 : 60;
        for (let d = firstSnapshotDay; d >= 0; d -= 7) {
          em.create(FollowerSnapshot, {
            account,
            capturedAt: new Date(NOW.getTime() - d * DAY),
            followers: Math.round(spec.followers * (1 - d * 0.001)),
            following: 100,
          });
        }
        const count = 1 + (i % 7);
        for (let k = 0; k < count; k++) {
          em.create(Post, {
            account,
            platform: spec.platform,
            externalId: `p${i}-${k}`,
            // Two posts share a timestamp, to test the `posts` window at a tie.
            postedAt: new Date(NOW.getTime() - Math.max(1, k) * 9 * DAY),
            kind: 'PHOTO',
            caption: null,
            sponsored: k % 3 === 0,
            brand: null,
            likes: Math.round(spec.followers * (0.01 + 0.004 * ((i * 7 + k * 3) % 5))),
            comments: 3 + k,
            shares: k % 2 ? 4 : null,
            saves: null,
            views: 5_000 + 100 * k,
            reach: null,
            impressions: null,
          });
        }
      });
      await em.flush();
      const all = await db.em.fork().find(Post, {});
      const snaps = await db.em.fork().find(FollowerSnapshot, {});
      for (const a of accounts) {
        rows.set(a.id, {
          posts: all.filter((p) => (p.account as { id: number }).id === a.id) as PostMetricsInput[],
          snapshots: snaps
            .filter((s) => (s.account as { id: number }).id === a.id)
            .map((s) => ({ capturedAt: s.capturedAt, followers: s.followers, following: s.following ?? null })),
          followers: a.followers,
        });
      }
    });
    afterAll(async () => {
      await db?.destroy();
    });

    it('engagementFor equals the pure function on all rows, for days and posts windows and every base', async () => {
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
      const ids = accounts.map((a) => a.id);
      for (const window of [WINDOW, { days: 20, posts: null }, { days: 90, posts: 1 }, { days: 90, posts: 2 }]) {
        for (const base of ['FOLLOWERS', 'VIEWS'] as const) {
          const method = { ...METHOD, base };
          const got = await service.engagementFor(ids, method, window, new Date(NOW.getTime() - DAY));
          for (const id of ids) {
            const expected = accountEngagement(rows.get(id)!, method, window, new Date(NOW.getTime() - DAY));
            expect(got.get(id), `${id} ${JSON.stringify(window)} ${base}`).toEqual(expected);
          }
        }
      }
    });

    it('reads own rows in statements of at most ACCOUNT_CHUNK ids, once per request, missing ids absent', async () => {
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
      const known = accounts.map((a) => a.id);
      // Ids past the last account do not exist; together with the real ones they need two chunks.
      const unknown = Array.from({ length: ACCOUNT_CHUNK }, (_, i) => 1_000_000 + i);
      const ids = [...known, ...unknown, known[0]!];
      const first = await countStatements(db, () => service.engagementFor(ids, METHOD, WINDOW));
      // accounts, windowed posts and snapshots, each in two chunks.
      expect(first.count).toBe(6);
      expect([...first.result.keys()]).toEqual(known);
      const again = await countStatements(db, () => service.growthFor(known, 14));
      expect(again.count).toBe(0);
    });

    it('reliableFor uses the tier peers, the account included, with a bounded number of statements', async () => {
      const cache = new MetricsCache();
      const ids = accounts.map((a) => a.id);
      const cold = await countStatements(db, () =>
        new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache }).reliableFor(ids, METHOD, WINDOW),
      );
      // Live under the default method and window, own numbers and the peer group both come from the
      // precomputed summaries, not built yet: the accounts' summaries (1) and their recompute (accounts,
      // windowed posts, snapshots, next post, next snapshot, upsert: 6), then the peer group (accounts with
      // summaries, niches: 2).
      expect(cold.count).toBe(9);
      const warm = await countStatements(db, () =>
        new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache }).reliableFor(ids, METHOD, WINDOW),
      );
      // Warm: the accounts' stored summaries, one statement; the peer group is cached.
      expect(warm.count).toBe(1);
      expect(warm.result).toEqual(cold.result);
      const micro = accounts.slice(0, 12).map((a) => a.id);
      const stats = (id: number) => peerStatsFromEngagement(accountEngagement(rows.get(id)!, METHOD, WINDOW, NOW));
      for (const id of micro) {
        const expected = reliableEngagement(stats(id), micro.map(stats), 3);
        const got = cold.result.get(id)!;
        expect(got.peerCount).toBe(expected.peerCount);
        expect(got.value).toBeCloseTo(expected.value as number, 14);
        expect(got.weight).toBeCloseTo(expected.weight, 14);
        expect(got.peersAsOf).toEqual(NOW);
      }
      // Two TikTok peers: fewer than 3, so no prior and the own value whole.
      const tiktok = cold.result.get(accounts[15]!.id)!;
      expect(tiktok).toMatchObject({ prior: null, weight: 1, peerCount: 2 });
    });

    it('shares a loading peer group between concurrent calls, and keys an explicit asOf exactly', async () => {
      const cache = new MetricsCache();
      const ids = accounts.map((a) => a.id);
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache });
      const both = await countStatements(db, () =>
        Promise.all([
          service.reliableFor(ids, METHOD, WINDOW),
          service.authenticityFor(ids),
          service.benchmarkFor(ids, METHOD, WINDOW),
        ]),
      );
      // reliableFor and benchmarkFor share one summary read (1); authenticityFor reads own rows (accounts,
      // posts, snapshots: 3) for its evidence; one peer-group load from the summaries built above (2).
      expect(both.count).toBe(6);
      const keys = cache.size;
      await new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache }).reliableFor(
        ids,
        METHOD,
        WINDOW,
        new Date(NOW.getTime() - 3 * DAY),
      );
      expect(cache.size).toBe(keys * 2);
    });

    it('does not cache a failed peer-group load', async () => {
      const cache = new MetricsCache();
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache });
      // A tier missing from the scheme makes the load throw.
      const config = { ...DEFAULT_METRICS_CONFIG, tierScheme: { ...DEFAULT_METRICS_CONFIG.tierScheme, bounds: [] } };
      await expect(
        new MetricsService(db.em.fork(), config, { now: NOW, cache }).benchmarks({
          platform: 'INSTAGRAM',
          tier: 'MICRO',
          method: METHOD,
          window: WINDOW,
        }),
      ).rejects.toThrow();
      expect(cache.size).toBe(0);
      const ok = await service.benchmarks({ platform: 'INSTAGRAM', tier: 'MICRO', method: METHOD, window: WINDOW });
      expect(ok.accountCount).toBe(12);
      expect(cache.size).toBe(1);
    });

    it('benchmarks() narrows to a niche and reports its method', async () => {
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
      const all = await service.benchmarks({ platform: 'INSTAGRAM', tier: 'MICRO', method: METHOD, window: WINDOW });
      const food = await service.benchmarks({
        platform: 'INSTAGRAM',
        tier: 'MICRO',
        niche: 'Food',
        method: METHOD,
        window: WINDOW,
      });
      expect(all.accountCount).toBe(12);
      expect(food.accountCount).toBe(6);
      expect(food.niche).toBe('food');
      expect(food.method).toMatchObject({ ...METHOD, windowDays: 90, windowPosts: null, asOf: NOW });
      expect(all.scheme).toBe('mediakix-2019');
      expect(all.minFollowers).toBe(10_000);
      expect(all.maxFollowers).toBe(50_000);
    });

    it('growthFor and followerHistoryFor read snapshots only', async () => {
      const service = new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
      const id = accounts[1]!.id;
      const { count, result } = await countStatements(db, () => service.growthFor([id], 14));
      expect(count).toBe(2);
      expect(result.get(id)).toBeCloseTo((1 - 4 * 0.001) / (1 - 18 * 0.001) - 1, 3);
      const history = await service.followerHistoryFor([id], new Date(NOW.getTime() - 10 * DAY), NOW);
      expect(history.get(id)!.map((h) => h.capturedAt.getTime())).toEqual([NOW.getTime() - 4 * DAY]);
      expect(history.get(id)![0]!.dailyGain).toBeGreaterThan(0);
      await expect(service.followerHistoryFor([id], NOW, new Date(NOW.getTime() - DAY))).rejects.toThrow(
        ValidationError,
      );
    });

    it('sorts, filters and pages creators by a computed metric (nulls last, cursors both ways)', async () => {
      const values = new Map<number, number | null>(accounts.map((a, i) => [a.id, i % 5 === 0 ? null : (i * 7) % 11]));
      const source: CreatorMetricSource = {
        async creatorMetricValues(ids, fields: ReadonlySet<CreatorMetricField>) {
          expect([...fields]).toEqual(['ENGAGEMENT_RATE']);
          return new Map(ids.map((id) => [id, { ENGAGEMENT_RATE: values.get(id) ?? null }]));
        },
      };
      const creators = new CreatorService(db.em.fork());
      const order = { field: 'ENGAGEMENT_RATE' as const, direction: 'DESC' as const };
      const full = await creators.list({}, order, { first: 100 }, source);
      const got = full.items.map((c) =>
        values.get(accounts.find((a) => (a.creator as { id: number }).id === c.id)!.id),
      );
      const nonNull = got.filter((v) => v !== null) as number[];
      expect(nonNull).toEqual([...nonNull].sort((a, b) => b - a));
      expect(got.slice(nonNull.length).every((v) => v === null)).toBe(true);
      expect(await full.totalCount()).toBe(accounts.length);

      const ids: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await creators.list({}, order, { first: 4, after }, source);
        ids.push(...page.items.map((c) => c.id));
        if (!page.hasNextPage) break;
        after = page.cursors.at(-1) ?? null;
      }
      expect(ids).toEqual(full.items.map((c) => c.id));
      const last = await creators.list({}, order, { last: 3 }, source);
      expect(last.items.map((c) => c.id)).toEqual(ids.slice(-3));
      expect(last.hasPreviousPage).toBe(true);
      const before = await creators.list({}, order, { last: 2, before: full.cursors[5] }, source);
      expect(before.items.map((c) => c.id)).toEqual(ids.slice(3, 5));

      const filtered = await creators.list(
        { engagementRate: { min: 5, max: 8 } },
        { field: 'NAME', direction: 'ASC' },
        {},
        source,
      );
      for (const c of filtered.items) {
        const v = values.get(accounts.find((a) => (a.creator as { id: number }).id === c.id)!.id);
        expect(v).toBeGreaterThanOrEqual(5);
        expect(v).toBeLessThanOrEqual(8);
      }
      expect(filtered.items.map((c) => c.name)).toEqual(filtered.items.map((c) => c.name).sort());
      await expect(creators.list({ engagementRate: { min: 1 } }, order, {})).rejects.toThrow(/metric source/);
    });
  });
});
