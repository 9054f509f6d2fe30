import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowDate } from '../common/rows.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import { CreatorService } from '../creators/service.js';
import type { Platform, PostKind } from '../enums.js';
import { Post } from '../posts/entity.js';
import { createTestDatabase, DIALECTS, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { intBetween, mulberry32 } from '../testing/random.js';
import { MetricsCache } from './cache.js';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import { MetricsService } from './service.js';
import { AccountSummaryStore } from './summary-store.js';

/**
 * The precomputed summaries against the rows they summarize: on random catalogs the summary-based answers
 * (live requests) equal the row-based ones (the same instant passed as an explicit asOf), and every kind of
 * write or the passing of time makes the next read recompute.
 */

const DAY = 86_400_000;
const at = (value: unknown) => rowDate(value).getTime();
const byNumber = (x: number, y: number) => x - y;
const NOW = new Date('2026-06-30T12:00:00Z');
const METHOD = DEFAULT_METRICS_CONFIG.defaultMethod;
const WINDOW = DEFAULT_METRICS_CONFIG.defaultWindow;
const PLATFORMS: Platform[] = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE'];
const KINDS: PostKind[] = ['PHOTO', 'REEL', 'VIDEO', 'CAROUSEL'];

/** A random catalog: accounts in every tier, posts inside and outside the window (some future-dated). */
async function seedRandom(db: TestDatabase, seed: number, creators: number): Promise<IAccount[]> {
  const rand = mulberry32(seed);
  const em = db.em.fork();
  const accounts: IAccount[] = [];
  for (let i = 0; i < creators; i++) {
    const followers = Math.round(10 ** (2 + rand() * 4.3));
    const creator = em.create(Creator, {
      ref: `r${seed}-${i}`,
      name: `R ${i}`,
      country: 'US',
      maxFollowers: followers,
    });
    em.create(CreatorNiche, { creator, niche: ['food', 'travel', 'tech'][i % 3] as string });
    const account = em.create(Account, {
      creator,
      platform: PLATFORMS[i % PLATFORMS.length] as Platform,
      handle: `r${seed}h${i}`,
      externalId: `r${seed}e${i}`,
      followers,
      following: rand() < 0.2 ? Math.round(followers * (0.3 + rand())) : null,
      ratePerPostMinor: null,
      rateCurrency: null,
    });
    accounts.push(account);
    // Daily-ish snapshots with an occasional bought spike; some accounts have none.
    if (rand() < 0.85) {
      let f = Math.round(followers * 0.8);
      for (let d = 200; d >= -5; d -= intBetween(rand, 3, 9)) {
        f += Math.round(f * 0.002 * rand()) + (rand() < 0.03 ? Math.round(f * 0.2) : 0);
        em.create(FollowerSnapshot, {
          account,
          capturedAt: new Date(NOW.getTime() - d * DAY),
          followers: rand() < 0.02 ? 0 : f,
          following: rand() < 0.5 ? Math.round(f * rand()) : null,
        });
      }
    }
    const posts = intBetween(rand, 0, 25);
    for (let p = 0; p < posts; p++) {
      const nullish = (v: number) => (rand() < 0.15 ? null : v);
      const likes = Math.round(followers * 0.05 * rand() * rand());
      em.create(Post, {
        account,
        platform: account.platform,
        externalId: `r${seed}p${i}-${p}`,
        postedAt: new Date(NOW.getTime() - (rand() * 130 - 5) * DAY),
        kind: KINDS[p % KINDS.length] as PostKind,
        sponsored: rand() < 0.2,
        likes: nullish(likes),
        comments: nullish(Math.round(likes * 0.03 * rand())),
        shares: nullish(Math.round(likes * 0.01 * rand())),
        saves: nullish(Math.round(likes * 0.02 * rand())),
        views: nullish(Math.round(followers * rand())),
        reach: null,
        impressions: nullish(Math.round(followers * 0.4 * rand())),
      });
    }
  }
  await em.flush();
  return accounts;
}

const live = (db: TestDatabase, now = NOW) => new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now });
const fromRows = (db: TestDatabase, now = NOW) =>
  new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now, cache: new MetricsCache() });

async function expectSameAnswers(db: TestDatabase, ids: number[], now = NOW) {
  const [summarized, rows] = await Promise.all([
    live(db, now).catalogMetricsFor(ids),
    fromRows(db, now).catalogMetricsFor(ids, now),
  ]);
  expect(summarized.size).toBe(ids.length);
  for (const id of ids) {
    const a = summarized.get(id);
    const b = rows.get(id);
    expect(a?.sampleSize).toBe(b?.sampleSize);
    expect(a?.engagement).toBe(b?.engagement);
    expect(a?.avgInteractionsPerPost).toBe(b?.avgInteractionsPerPost);
    expect(a?.authenticityScore).toBe(b?.authenticityScore);
    expect(a?.authenticFollowers).toBe(b?.authenticFollowers);
    // The prior sums peers in another order: equal up to float rounding.
    if (b?.reliableRate === null) expect(a?.reliableRate).toBeNull();
    else expect(a?.reliableRate).toBeCloseTo(b?.reliableRate as number, 12);
  }
  // The API's per-account fields: own numbers and peer groups from summaries, the same as from rows.
  const [e1, e2] = await Promise.all([
    live(db, now).engagementAnswersFor(ids, METHOD, WINDOW),
    fromRows(db, now).engagementFor(ids, METHOD, WINDOW, now),
  ]);
  for (const id of ids) {
    const { rates: _r, bases: _b, interactionCounts: _i, ...expected } = e2.get(id) ?? ({} as never);
    expect(e1.get(id)).toEqual(expected);
  }
  for (const byNiche of [false, true]) {
    const [l, r] = await Promise.all([
      live(db, now).reliableFor(ids, METHOD, WINDOW, null, byNiche),
      fromRows(db, now).reliableFor(ids, METHOD, WINDOW, now, byNiche),
    ]);
    for (const id of ids) {
      const { peersAsOf: _a, value: v1, ...a } = l.get(id) ?? ({} as never);
      const { peersAsOf: _b, value: v2, ...b } = r.get(id) ?? ({} as never);
      expect(a.weight).toBeCloseTo(b.weight, 12);
      expect(a.peerCount).toBe(b.peerCount);
      if (v2 === null) expect(v1).toBeNull();
      else expect(v1).toBeCloseTo(v2, 12);
      if (b.interval95 === null) expect(a.interval95).toBeNull();
      else {
        expect(a.interval95?.low).toBeCloseTo(b.interval95.low, 12);
        expect(a.interval95?.high).toBeCloseTo(b.interval95.high, 12);
      }
    }
  }
  // Per-account answers read the cached, summary-built peer groups: the same as row-built ones.
  const [r1, r2] = await Promise.all([
    live(db, now).benchmarkFor(ids, METHOD, WINDOW),
    fromRows(db, now).benchmarkFor(ids, METHOD, WINDOW, now),
  ]);
  for (const id of ids) {
    const { peersAsOf: _a, ...a } = r1.get(id) ?? {};
    const { peersAsOf: _b, ...b } = r2.get(id) ?? {};
    expect(a).toEqual(b);
  }
  // The discovery columns: growth over discovery.growthDays and the sponsored share of the window's posts.
  const [stored, growth, split] = await Promise.all([
    new AccountSummaryStore(db.em.fork(), DEFAULT_METRICS_CONFIG).read(ids, now),
    fromRows(db, now).growthFor(ids, DEFAULT_METRICS_CONFIG.discovery.growthDays, now),
    fromRows(db, now).sponsoredVsOrganicFor(ids, METHOD, WINDOW, now),
  ]);
  for (const id of ids) {
    const s = stored.get(id)?.summary;
    expect(s?.growth).toBe(growth.get(id));
    const { sponsored, organic } = split.get(id) ?? ({} as never);
    const sponsoredPosts = sponsored.sampleSize + sponsored.excluded;
    const posts = sponsoredPosts + organic.sampleSize + organic.excluded;
    expect(s?.sponsoredShare).toBe(posts === 0 ? null : sponsoredPosts / posts);
  }
  return summarized;
}

describe.each(DIALECTS)('precomputed account metrics on %s', (dialect) => {
  describe.skipIf(!TEST_DIALECTS.includes(dialect))('with its database', () => {
    let db: TestDatabase;
    let accounts: IAccount[];
    let ids: number[];

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      accounts = [...(await seedRandom(db, 7, 120)), ...(await seedRandom(db, 8, 60))];
      ids = accounts.map((a) => a.id);
    });
    afterAll(() => db?.destroy());

    const summaryRows = async () =>
      (await db.em.fork().getKnex().select('*').from('account_metrics')) as Record<string, unknown>[];

    it('answer exactly as the rows do on random catalogs, and are stored for the next request', async () => {
      // The seed's inserts left only expired placeholders (the triggers' work), nothing computed.
      expect((await summaryRows()).filter((r) => r.computed_at !== null)).toHaveLength(0);
      const answers = await expectSameAnswers(db, ids);
      expect([...answers.values()].some((m) => m.sampleSize >= 5)).toBe(true);
      expect([...answers.values()].some((m) => m.authenticityScore < 100)).toBe(true);
      expect((await summaryRows()).filter((r) => r.computed_at !== null)).toHaveLength(ids.length);
      // Stored: the next live request reads them as they are and answers the same.
      await expectSameAnswers(db, ids);
    });

    it('expire in the transaction that writes a post, a snapshot or a follower count', async () => {
      await live(db).catalogMetricsFor(ids);
      const [a, b, c] = accounts as [IAccount, IAccount, IAccount];
      const em = db.em.fork();
      em.create(Post, {
        account: em.getReference(Account, a.id),
        platform: a.platform,
        externalId: `new-${a.id}`,
        postedAt: new Date(NOW.getTime() - 2 * DAY),
        kind: 'PHOTO',
        sponsored: false,
        likes: 5_000,
        comments: 40,
        shares: null,
        saves: null,
        views: null,
        reach: null,
        impressions: null,
      });
      em.create(FollowerSnapshot, {
        account: em.getReference(Account, b.id),
        capturedAt: new Date(NOW.getTime() - 1.5 * DAY),
        followers: b.followers * 3,
        following: null,
      });
      await em.flush();
      await em
        .getKnex()('accounts')
        .where('id', c.id)
        .update({ followers: c.followers + 1_000 });
      const expired = (await summaryRows()).filter((r) => r.valid_until !== null && at(r.valid_until) === 0);
      expect(expired.map((r) => Number(r.account_id)).sort(byNumber)).toEqual([a.id, b.id, c.id].sort(byNumber));
      // The cached peer groups are as old as the request that loaded them; a fresh cache sees the writes.
      await expectSameAnswers(db, ids);
      expect((await summaryRows()).every((r) => r.computed_at !== null && Number(r.generation) >= 0)).toBe(true);
    });

    it('expire when a post leaves the window or a future-dated row arrives', async () => {
      const before = await live(db).catalogMetricsFor(ids);
      for (const days of [3, 40, 95]) {
        const later = new Date(NOW.getTime() + days * DAY);
        const after = await expectSameAnswers(db, ids, later);
        expect(
          [...after.values()].filter((m, i) => m.sampleSize !== before.get(ids[i] as number)?.sampleSize).length,
        ).toBeGreaterThan(0);
      }
    });

    it('expire when the growth start instant passes a snapshot, with no post to move the window', async () => {
      const em = db.em.fork();
      const creator = em.create(Creator, { ref: 'growth-only', name: 'G', country: 'US', maxFollowers: 1200 });
      const account = em.create(Account, {
        creator,
        platform: 'INSTAGRAM',
        handle: 'growth_only',
        externalId: 'growth-only',
        followers: 1200,
        following: null,
        ratePerPostMinor: null,
        rateCurrency: null,
      });
      for (const [daysAgo, followers] of [
        [40, 1000],
        [20, 1100],
        [1, 1200],
      ] as const) {
        em.create(FollowerSnapshot, {
          account,
          capturedAt: new Date(NOW.getTime() - daysAgo * DAY),
          followers,
          following: null,
        });
      }
      await em.flush();
      const store = () => new AccountSummaryStore(db.em.fork(), DEFAULT_METRICS_CONFIG);
      // At NOW growth starts at F(NOW − 30 d) = 1000: 1200 / 1000 − 1 = 0.2, no posts so no share.
      const first = (await store().read([account.id], NOW)).get(account.id)?.summary;
      expect(first?.growth).toBeCloseTo(0.2, 15);
      expect(first?.sponsoredShare).toBeNull();
      // The start reaches the 20-days-ago snapshot 10 days later: the row holds until then, not beyond.
      const [row] = (await summaryRows()).filter((r) => Number(r.account_id) === account.id);
      expect(at(row?.valid_until)).toBe(NOW.getTime() + 10 * DAY);
      const later = new Date(NOW.getTime() + 11 * DAY);
      const second = (await store().read([account.id], later)).get(account.id)?.summary;
      expect(second?.growth).toBeCloseTo(1200 / 1100 - 1, 15);
      // Leave the random catalog as it was for the tests below.
      await em.getKnex()('creators').where('id', creator.id).delete();
    });

    it('keep a concurrent write: a recompute stores nothing when the generation moved', async () => {
      const account = accounts[3] as IAccount;
      const em = db.em.fork();
      const store = new AccountSummaryStore(em, DEFAULT_METRICS_CONFIG);
      const generation = new Map([[account.id, -1]]);
      await em.getKnex()('account_metrics').where('account_id', account.id).update({ valid_until: NOW });
      await store.refresh([account.id], NOW, generation);
      const [row] = (await summaryRows()).filter((r) => Number(r.account_id) === account.id);
      expect(at(row?.valid_until)).toBe(NOW.getTime());
    });

    it('refresh every expired row at once (after an import)', async () => {
      await live(db).catalogMetricsFor(ids);
      const knex = db.em.fork().getKnex();
      await knex('posts')
        .where('account_id', (accounts[5] as IAccount).id)
        .update({ likes: 1 });
      await knex('follower_snapshots')
        .where('account_id', (accounts[6] as IAccount).id)
        .delete();
      const store = new AccountSummaryStore(db.em.fork(), DEFAULT_METRICS_CONFIG);
      expect(await store.refreshExpired(NOW)).toBe(2);
      expect(await store.refreshExpired(NOW)).toBe(0);
      await expectSameAnswers(db, ids);
    });

    it('rank creators in SQL by the same numbers as the summaries give in memory', async () => {
      const fields = new Set(['ENGAGEMENT_RATE', 'RELIABLE_ENGAGEMENT_RATE', 'AUTHENTICITY_SCORE'] as const);
      const em = db.em.fork();
      const creators = new CreatorService(em);
      const service = new MetricsService(em, DEFAULT_METRICS_CONFIG, { now: NOW, cache: new MetricsCache() });
      const inSql = await service.creatorMetricValuesOf(creators.matchingIds({}), fields);
      expect(inSql?.size).toBeGreaterThan(100);
      // The in-memory path: each creator's primary account (most followers, then lowest id).
      const primary = new Map<number, number>();
      for (const a of [...accounts].sort((x, y) => y.followers - x.followers || x.id - y.id)) {
        const creatorId = (a.creator as { id: number }).id;
        if (!primary.has(creatorId)) primary.set(creatorId, a.id);
      }
      const inMemory = await service.creatorMetricValues([...primary.values()], fields);
      let compared = 0;
      for (const [creatorId, accountId] of primary) {
        const sql = inSql?.get(creatorId);
        const js = inMemory.get(accountId);
        expect(sql?.ENGAGEMENT_RATE).toBe(js?.ENGAGEMENT_RATE);
        expect(sql?.RELIABLE_ENGAGEMENT_RATE).toBe(js?.RELIABLE_ENGAGEMENT_RATE);
        expect(sql?.AUTHENTICITY_SCORE).toBe(js?.AUTHENTICITY_SCORE);
        compared++;
      }
      expect(compared).toBe(primary.size);
      expect([...(inSql?.values() ?? [])].some((v) => (v.AUTHENTICITY_SCORE ?? 100) < 100)).toBe(true);
      expect([...(inSql?.values() ?? [])].some((v) => v.RELIABLE_ENGAGEMENT_RATE !== v.ENGAGEMENT_RATE)).toBe(true);
    });

    it('rebuild every account from rows', async () => {
      await db.em.fork().getKnex()('account_metrics').delete();
      const done = await new AccountSummaryStore(db.em.fork(), DEFAULT_METRICS_CONFIG).rebuild(NOW);
      expect(done).toBe(ids.length);
      expect((await summaryRows()).filter((r) => r.computed_at !== null)).toHaveLength(ids.length);
      await expectSameAnswers(db, ids);
    });
  });
});
