import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.js';
import { ValidationError } from '../errors.js';
import { MetricsCache } from '../metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { accountPrice } from '../metrics/costs.js';
import { MetricsService } from '../metrics/service.js';
import { classifyTier } from '../metrics/tiers.js';
import { Post } from '../posts/entity.js';
import { createTestDatabase, rejection, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { Account, Creator } from './entity.js';
import {
  AmbiguousHandleError,
  type CatalogAccount,
  type CreatorFilter,
  type CreatorMetricField,
  type CreatorOrder,
  CreatorService,
} from './service.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const { defaultMethod: METHOD, defaultWindow: WINDOW } = DEFAULT_METRICS_CONFIG;
const ALL_FIELDS: (keyof Values)[] = [
  'ENGAGEMENT_RATE',
  'RELIABLE_ENGAGEMENT_RATE',
  'ENGAGEMENT_LOWER_BOUND',
  'EXPECTED_INTERACTIONS',
  'ESTIMATED_CPE',
  'AVG_INTERACTIONS',
  'GROWTH',
  'SPONSORED_SHARE',
  'SAMPLE_SIZE',
];

type Values = Record<Exclude<CreatorMetricField, 'AUTHENTICITY_SCORE'>, number | null>;

describe.each(TEST_DIALECTS)('discovery by metric account on %s', (dialect) => {
  let db: TestDatabase;
  let accounts: CatalogAccount[];
  let creatorIds: number[];
  /** Each account's numbers, computed independently through the per-account APIs and pure functions. */
  let perAccount: Map<number, Values>;
  let brandsOf: Map<number, { platform: string; brand: string }[]>;

  const metrics = () =>
    new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache: new MetricsCache() });
  const creators = () => new CreatorService(db.em.fork());

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedDemo(db, { end: NOW, seed: 11, creators: 70, postsTarget: 3000 });
    const knex = db.em.getKnex();
    // Quotes in other currencies (the demo quotes in USD): EUR with 2 minor digits, JPY with none.
    const quoted = await knex('accounts').select('id').whereNotNull('rate_per_post_minor').orderBy('id');
    for (const [i, row] of quoted.entries()) {
      if (i % 3 === 1) await knex('accounts').where('id', row.id).update({ rate_currency: 'EUR' });
      if (i % 3 === 2) {
        await knex('accounts')
          .where('id', row.id)
          .update({ rate_currency: 'JPY', rate_per_post_minor: 45_000 + i });
      }
    }
    // "20% on 10 likes": a 50-follower Instagram account with two posts, and a TikTok account with none.
    const em = db.em.fork();
    const tiny = em.create(Creator, { ref: 'tiny', name: 'Tiny Star', maxFollowers: 60 });
    const ig = em.create(Account, {
      creator: tiny,
      platform: 'INSTAGRAM',
      handle: 'tiny.star',
      externalId: 'ts1',
      followers: 50,
    });
    em.create(Account, { creator: tiny, platform: 'TIKTOK', handle: 'tiny.star.tt', externalId: 'ts2', followers: 60 });
    for (const k of [1, 2]) {
      em.create(Post, {
        account: ig,
        platform: 'INSTAGRAM',
        externalId: `ts-post-${k}`,
        postedAt: new Date(NOW.getTime() - k * DAY),
        kind: 'PHOTO',
        likes: 10,
        comments: 0,
      });
    }
    await em.flush();
    const service = creators();
    creatorIds = (await knex('creators').select('id').orderBy('id')).map((r) => Number(r.id));
    accounts = await service.accountsByCreatorIds(creatorIds);
    const ids = accounts.map((a) => a.id);
    const m = metrics();
    const [engagement, reliable, growth] = await Promise.all([
      m.engagementAnswersFor(ids, METHOD, WINDOW),
      m.reliableFor(ids, METHOD, WINDOW),
      m.growthFor(ids, DEFAULT_METRICS_CONFIG.discovery.growthDays),
    ]);
    // Sponsored share of the default window, from the posts themselves.
    const posts = await knex('posts')
      .select('account_id', 'sponsored', 'brand', 'platform')
      .where('posted_at', '>', new Date(NOW.getTime() - WINDOW.days * DAY))
      .where('posted_at', '<=', NOW);
    const windowCounts = new Map<number, { all: number; sponsored: number }>();
    for (const p of posts) {
      const c = windowCounts.get(Number(p.account_id)) ?? { all: 0, sponsored: 0 };
      c.all++;
      if (p.sponsored === true || p.sponsored === 1) c.sponsored++;
      windowCounts.set(Number(p.account_id), c);
    }
    const brandRows = await knex('posts as p')
      .join('accounts as a', 'a.id', 'p.account_id')
      .select('a.creator_id', 'a.id', 'p.brand', 'a.platform')
      .whereNotNull('p.brand')
      .where('p.sponsored', dialect === 'sqlite' ? 1 : true);
    brandsOf = new Map();
    for (const r of brandRows) {
      const list = brandsOf.get(Number(r.id)) ?? [];
      list.push({ platform: String(r.platform), brand: String(r.brand) });
      brandsOf.set(Number(r.id), list);
    }
    perAccount = new Map();
    for (const a of accounts) {
      const e = engagement.get(a.id);
      const r = reliable.get(a.id);
      const n = e?.sampleSize ?? 0;
      const rate = r?.value ?? null;
      const expected = rate === null ? null : rate * a.followers;
      let price: number | null = null;
      try {
        price = accountPrice({ ...a, tier: classifyTier(a.followers) }, 'PHOTO', 'USD').amount.amountMinor;
      } catch {
        price = null;
      }
      const counts = windowCounts.get(a.id);
      perAccount.set(a.id, {
        ENGAGEMENT_RATE: n >= 1 ? (e?.value ?? null) : null,
        RELIABLE_ENGAGEMENT_RATE: rate,
        // The reliable rate's interval where it has a prior, else the account's own interval; null with n = 0.
        ENGAGEMENT_LOWER_BOUND:
          n < 1 ? null : r?.prior != null ? (r.interval95?.low ?? null) : (e?.interval95?.low ?? null),
        EXPECTED_INTERACTIONS: expected,
        ESTIMATED_CPE: price === null || expected === null || !(expected > 0) ? null : price / expected,
        AVG_INTERACTIONS: n >= 1 ? (e?.avgInteractionsPerPost ?? null) : null,
        GROWTH: growth.get(a.id) ?? null,
        SPONSORED_SHARE: counts ? counts.sponsored / counts.all : null,
        SAMPLE_SIZE: e?.sampleSize ?? null,
      });
    }
  }, 120_000);
  afterAll(() => db?.destroy());

  /** The creator's metric account: its largest account on the platform, else its largest account. */
  const metricAccount = (creatorId: number, platform: string | null) =>
    accounts
      .filter((a) => a.creatorId === creatorId && (platform === null || a.platform === platform))
      .sort((x, y) => y.followers - x.followers || x.id - y.id)[0] ?? null;
  const metricOf = (creatorId: number, platform: string | null, field: keyof Values) => {
    const a = metricAccount(creatorId, platform);
    return a ? (perAccount.get(a.id)?.[field] ?? null) : null;
  };

  it('compute every metric of the metric account in SQL exactly as the per-account answers', async () => {
    const service = creators();
    for (const platform of [null, 'INSTAGRAM', 'TIKTOK'] as const) {
      const inSql = await metrics().creatorMetricValuesOf(service.matchingIds({}), new Set(ALL_FIELDS), platform);
      expect(inSql?.size).toBe(creatorIds.length);
      for (const id of creatorIds) {
        for (const field of ALL_FIELDS) {
          expect({ id, platform, field, v: inSql?.get(id)?.[field] }).toEqual({
            id,
            platform,
            field,
            v: metricOf(id, platform, field),
          });
        }
      }
    }
    // The catalog exercises every branch: posts-less accounts, prior-less groups, converted quotes.
    const values = [...perAccount.values()];
    expect({
      noPosts: values.some((v) => v.SAMPLE_SIZE === 0),
      fewPosts: values.some((v) => (v.SAMPLE_SIZE ?? 0) >= 1 && (v.SAMPLE_SIZE ?? 0) < 3),
      lowerBound: values.some((v) => (v.ENGAGEMENT_LOWER_BOUND ?? 0) > 0),
      growth: values.some((v) => v.GROWTH !== null),
      sponsored: values.some((v) => (v.SPONSORED_SHARE ?? 0) > 0),
      cpe: values.some((v) => v.ESTIMATED_CPE !== null),
      jpy: accounts.some((a) => a.rateCurrency === 'JPY'),
    }).toEqual({
      noPosts: true,
      fewPosts: true,
      lowerBound: true,
      growth: true,
      sponsored: true,
      cpe: true,
      jpy: true,
    });
  });

  it('answer the same from rows when the summaries do not serve the config', async () => {
    // Another authenticity rule: the stored summaries no longer serve it, so the numbers come from rows.
    const config = {
      ...DEFAULT_METRICS_CONFIG,
      authenticity: { ...DEFAULT_METRICS_CONFIG.authenticity, severity: { high: 0.3, medium: 0.1 } },
    };
    const rows = new MetricsService(db.em.fork(), config, { now: NOW });
    expect(rows.summaries).toBeNull();
    const ids = accounts.slice(0, 40).map((a) => a.id);
    const fields = new Set<keyof Values>(ALL_FIELDS.filter((f) => f !== 'ENGAGEMENT_RATE'));
    const values = await rows.creatorMetricValues(ids, fields);
    for (const id of ids) {
      for (const field of fields) {
        const expected = perAccount.get(id)?.[field] ?? null;
        const actual = values.get(id)?.[field] ?? null;
        if (expected === null || actual === null) expect(actual).toBe(expected);
        else expect(actual).toBeCloseTo(expected, 12);
      }
    }
  });

  /** Every creator the filter keeps, in the order, paging with cursors of 7. */
  async function pageAll(filter: CreatorFilter, order: CreatorOrder): Promise<number[]> {
    const out: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await creators().list(filter, order, { first: 7, after }, metrics());
      out.push(...page.items.map((c) => c.id));
      if (!page.hasNextPage) return out;
      after = page.cursors.at(-1) as string;
    }
  }

  /** The expected order: values in the direction, nulls last, ties by id in the direction. */
  const expectedOrder = (ids: number[], value: (id: number) => number | null, direction: 'ASC' | 'DESC') => {
    const sign = direction === 'ASC' ? 1 : -1;
    return [...ids].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va !== vb) {
        if (va === null) return 1;
        if (vb === null) return -1;
        return (va - vb) * sign;
      }
      return (a - b) * sign;
    });
  };

  it("filter by the named platform's account, not the largest one", async () => {
    const filter: CreatorFilter = { platform: 'INSTAGRAM', engagementRate: { min: 0.03 } };
    const got = await pageAll(filter, { field: 'FOLLOWERS', direction: 'DESC' });
    const want = creatorIds.filter((id) => (metricOf(id, 'INSTAGRAM', 'ENGAGEMENT_RATE') ?? -1) >= 0.03);
    expect(new Set(got)).toEqual(new Set(want));
    expect(want.length).toBeGreaterThan(0);
    // Without the platform rule some creator would be in (or out) for another account's rate.
    const byPrimary = creatorIds.filter(
      (id) => metricAccount(id, 'INSTAGRAM') !== null && (metricOf(id, null, 'ENGAGEMENT_RATE') ?? -1) >= 0.03,
    );
    expect(new Set(byPrimary)).not.toEqual(new Set(want));
  });

  it('filter and order by each new metric as the per-account answers say', async () => {
    const cases: { filter: CreatorFilter; field: keyof Values; keep: (v: number | null) => boolean }[] = [
      { filter: { growth: { min: 0.01 } }, field: 'GROWTH', keep: (v) => v !== null && v >= 0.01 },
      {
        filter: { sponsoredShare: { min: 0.1, max: 0.5 } },
        field: 'SPONSORED_SHARE',
        keep: (v) => v !== null && v >= 0.1 && v <= 0.5,
      },
      { filter: { minSampleSize: 10 }, field: 'SAMPLE_SIZE', keep: (v) => v !== null && v >= 10 },
      {
        filter: { engagementLowerBound: { min: 0.02 } },
        field: 'ENGAGEMENT_LOWER_BOUND',
        keep: (v) => v !== null && v >= 0.02,
      },
    ];
    for (const platform of [null, 'TIKTOK'] as const) {
      for (const c of cases) {
        const filter = { ...c.filter, platform };
        const got = await pageAll(filter, { field: 'NAME', direction: 'ASC' });
        const want = creatorIds.filter(
          (id) => (platform === null || metricAccount(id, platform)) && c.keep(metricOf(id, platform, c.field)),
        );
        expect({ filter, got: new Set(got) }).toEqual({ filter, got: new Set(want) });
      }
    }
    const orders = [
      'ENGAGEMENT_LOWER_BOUND',
      'EXPECTED_INTERACTIONS',
      'ESTIMATED_CPE',
      'AVG_INTERACTIONS',
      'GROWTH',
    ] as const;
    for (const field of orders) {
      for (const direction of ['ASC', 'DESC'] as const) {
        for (const platform of [null, 'INSTAGRAM'] as const) {
          const got = await pageAll({ platform }, { field, direction });
          const ids = creatorIds.filter((id) => platform === null || metricAccount(id, platform));
          expect({ field, direction, platform, got }).toEqual({
            field,
            direction,
            platform,
            got: expectedOrder(ids, (id) => metricOf(id, platform, field), direction),
          });
        }
      }
    }
  });

  it('rank by the lower bound without letting tiny samples to the top', async () => {
    for (const tier of ['NANO', 'MICRO', 'MID'] as const) {
      const top = (
        await creators().list(
          { tier },
          { field: 'ENGAGEMENT_LOWER_BOUND', direction: 'DESC' },
          { first: 10 },
          metrics(),
        )
      ).items;
      for (const c of top) expect(metricOf(c.id, null, 'SAMPLE_SIZE') ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  it('filter by a brand of sponsored posts, case-insensitively, on the metric account with a platform', async () => {
    const [some] = [...brandsOf.values()].flat();
    expect(some).toBeDefined();
    const brand = (some as { brand: string }).brand;
    for (const platform of [null, 'INSTAGRAM', 'TIKTOK'] as const) {
      const got = await pageAll({ brand: brand.toUpperCase(), platform }, { field: 'CREATED_AT', direction: 'ASC' });
      const want = creatorIds.filter((id) => {
        const candidates =
          platform === null ? accounts.filter((a) => a.creatorId === id) : [metricAccount(id, platform)];
        return candidates.some(
          (a) => a && (brandsOf.get(a.id) ?? []).some((b) => b.brand.toLowerCase() === brand.toLowerCase()),
        );
      });
      expect(got).toEqual(want);
      if (platform === null) expect(want.length).toBeGreaterThan(0);
    }
  });

  it('search names and handles, prefix matches first, then by followers', async () => {
    const knex = db.em.getKnex();
    const all = await knex('creators').select('id', 'name', 'max_followers');
    const target = String(all[0].name).slice(0, 3).toLowerCase();
    const handles = await knex('accounts').select('creator_id', 'handle');
    const rank = (id: number, name: string) => {
      const hs = handles.filter((h) => Number(h.creator_id) === id).map((h) => String(h.handle));
      if (name.toLowerCase().startsWith(target) || hs.some((h) => h.startsWith(target))) return 0;
      if (name.toLowerCase().includes(target) || hs.some((h) => h.includes(target))) return 1;
      return null;
    };
    const want = all
      .map((c) => ({ id: Number(c.id), r: rank(Number(c.id), String(c.name)), f: Number(c.max_followers) }))
      .filter((c) => c.r !== null)
      .sort((a, b) => (a.r as number) - (b.r as number) || b.f - a.f || a.id - b.id)
      .map((c) => c.id);
    const got: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await creators().search(` ${target.toUpperCase()} `, { first: 3, after });
      got.push(...page.items.map((c) => c.id));
      expect(await page.totalCount()).toBe(want.length);
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1) as string;
    }
    expect(got).toEqual(want);
    expect(want.length).toBeGreaterThan(1);
    for (const text of ['', ' ', 'a', 'x'.repeat(101)]) {
      expect(await rejection(creators().search(text, { first: 5 }))).toBeInstanceOf(ValidationError);
    }
    // LIKE wildcards are literal.
    expect((await creators().search('%%', { first: 5 })).items).toEqual([]);
  });

  it('count creators per niche, most first, then by name', async () => {
    const rows = await db.em.getKnex()('creator_niches').select('creator_id', 'niche');
    const counts = new Map<string, Set<number>>();
    for (const r of rows)
      counts.set(String(r.niche), (counts.get(String(r.niche)) ?? new Set()).add(Number(r.creator_id)));
    const want = [...counts]
      .map(([niche, set]) => ({ niche, creatorCount: set.size }))
      .sort((a, b) => b.creatorCount - a.creatorCount || (a.niche < b.niche ? -1 : 1));
    expect(await creators().niches(500)).toEqual(want);
    expect(await creators().niches(2)).toEqual(want.slice(0, 2));
  });

  it('refuse an ambiguous handle without a platform, listing the matches', async () => {
    const em = db.em.fork();
    const one = em.create(Creator, { ref: 'twin-1', name: 'Twin One', maxFollowers: 5_000 });
    const two = em.create(Creator, { ref: 'twin-2', name: 'Twin Two', maxFollowers: 9_000 });
    em.create(Account, {
      creator: one,
      platform: 'INSTAGRAM',
      handle: 'same.handle',
      externalId: 'tw1',
      followers: 5_000,
    });
    em.create(Account, {
      creator: two,
      platform: 'TIKTOK',
      handle: 'same.handle',
      externalId: 'tw2',
      followers: 9_000,
    });
    await em.flush();
    const error = await rejection(creators().byHandle('@Same.Handle'));
    expect(error).toBeInstanceOf(AmbiguousHandleError);
    expect((error as AmbiguousHandleError).matches.map((m) => [m.platform, m.handle, m.creator.name])).toEqual([
      ['TIKTOK', 'same.handle', 'Twin Two'],
      ['INSTAGRAM', 'same.handle', 'Twin One'],
    ]);
    expect((await creators().byHandle('same.handle', 'INSTAGRAM'))?.id).toBe(one.id);
    expect((await creators().byHandle('same.handle', 'TIKTOK'))?.id).toBe(two.id);
    expect(await creators().byHandle('same.handle', 'X')).toBeNull();
  });
});
