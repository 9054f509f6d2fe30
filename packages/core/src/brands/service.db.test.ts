import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Creator, FollowerSnapshot, type IAccount, type ICreator } from '../creators/entity.js';
import type { Platform } from '../enums.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { type IPost, Post } from '../posts/entity.js';
import {
  countStatements,
  createTestDatabase,
  intBetween,
  mulberry32,
  TEST_DIALECTS,
  type TestDatabase,
} from '../testing/index.js';
import { type BrandAccountInput, type BrandPostInput, brandPerformance, postRateTotals } from './performance.js';
import { BrandService } from './service.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const METHOD = { interactions: 'ALL', base: 'FOLLOWERS' } as const;

interface Seeded extends BrandPostInput {
  brand: string | null;
  platform: Platform;
}

describe.each(TEST_DIALECTS)('brand performance on %s', (dialect) => {
  let db: TestDatabase;
  const all: Seeded[] = [];
  const accounts = new Map<number, BrandAccountInput>();

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const em = db.em.fork();
    const rand = mulberry32(42);
    const specs: { creator: number; platform: Platform; followers: number; snapshots: number[] }[] = [
      { creator: 0, platform: 'INSTAGRAM', followers: 20_000, snapshots: [120, 60, 30, 5] },
      { creator: 0, platform: 'TIKTOK', followers: 50_000, snapshots: [] }, // no snapshot: current followers
      { creator: 1, platform: 'INSTAGRAM', followers: 8_000, snapshots: [20] }, // one snapshot, after old posts
      { creator: 2, platform: 'INSTAGRAM', followers: 3_000, snapshots: [50] }, // never posts for the brand
      { creator: 3, platform: 'YOUTUBE', followers: 0, snapshots: [] }, // base 0: excluded
    ];
    const creators = [0, 1, 2, 3].map((i) =>
      em.create(Creator, { ref: `c${i}`, name: `Creator ${i}`, country: 'US', maxFollowers: 0 }),
    );
    const brands = ['Acme', 'ACME', ' acme', 'Acme Foods', 'Other', null];
    let n = 0;
    const created: { account: IAccount; spec: (typeof specs)[number]; posts: IPost[] }[] = [];
    for (const [i, spec] of specs.entries()) {
      const account = em.create(Account, {
        creator: creators[spec.creator] as ICreator,
        platform: spec.platform,
        handle: `h${i}`,
        externalId: `a${i}`,
        followers: spec.followers,
      });
      for (const d of spec.snapshots) {
        em.create(FollowerSnapshot, {
          account,
          capturedAt: new Date(NOW.getTime() - d * DAY),
          followers: Math.max(0, spec.followers - d * 40),
        });
      }
      const posts: IPost[] = [];
      for (let k = 0; k < 14; k++) {
        n++;
        const brandIndex = spec.creator === 2 ? 5 : intBetween(rand, 0, 5);
        const brand = brands[brandIndex] ?? null;
        const sponsored = brand !== null && rand() < 0.9;
        const post = em.create(Post, {
          account,
          platform: spec.platform,
          externalId: `p${n}`,
          // Up to 150 days back: some posts fall outside a 90-day window, one in the future of NOW.
          postedAt: new Date(NOW.getTime() - (k === 0 ? -DAY : intBetween(rand, 0, 150 * 24) * 3_600_000)),
          kind: 'PHOTO',
          sponsored,
          brand: sponsored ? brand : null,
          likes: rand() < 0.1 ? null : intBetween(rand, 0, 800),
          comments: intBetween(rand, 0, 60),
          shares: rand() < 0.5 ? null : intBetween(rand, 0, 20),
          saves: intBetween(rand, 0, 20),
        });
        posts.push(post);
      }
      created.push({ account, spec, posts });
    }
    await em.flush();
    for (const { account, spec, posts } of created) {
      accounts.set(account.id, {
        creatorId: (account.creator as unknown as { id: number }).id,
        followers: spec.followers,
        snapshots: spec.snapshots.map((d) => ({
          capturedAt: new Date(NOW.getTime() - d * DAY),
          followers: Math.max(0, spec.followers - d * 40),
          following: null,
        })),
      });
      for (const p of posts) {
        all.push({
          accountId: account.id,
          creatorId: (account.creator as unknown as { id: number }).id,
          postedAt: p.postedAt,
          kind: p.kind,
          sponsored: p.sponsored,
          brand: p.brand ?? null,
          platform: p.platform,
          likes: p.likes ?? null,
          comments: p.comments ?? null,
          shares: p.shares ?? null,
          saves: p.saves ?? null,
          views: null,
          reach: null,
          impressions: null,
        });
      }
    }
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** The answer recomputed from every row with the pure functions: the window and the brand match in JS. */
  function reference(platform: Platform | null, inWindow: (p: Seeded) => boolean, top: number) {
    const naming = (p: Seeded) =>
      p.sponsored && p.brand?.toLowerCase() === 'acme' && (platform === null || p.platform === platform);
    const windowed = all.filter(inWindow);
    const brandPosts = windowed.filter(naming);
    const brandAccounts = new Set(brandPosts.map((p) => p.accountId));
    const organic = postRateTotals(
      windowed.filter((p) => !p.sponsored && brandAccounts.has(p.accountId)),
      accounts,
      METHOD,
    );
    return brandPerformance({ posts: brandPosts, accounts, organic, method: METHOD, top });
  }

  it('equals the pure functions on every row: days window, any platform, case-insensitive exact brand', async () => {
    const service = new BrandService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
    const { result: answer, count } = await countStatements(db, () => service.performance({ brand: ' aCmE ' }));
    expect(count).toBe(3);
    const start = NOW.getTime() - 90 * DAY;
    const expected = reference(null, (p) => p.postedAt.getTime() > start && p.postedAt <= NOW, 10);
    expect(expected.posts).toBeGreaterThan(3);
    expect(expected.organic.posts).toBeGreaterThan(3);
    const { brand, platform, method, ...numbers } = answer;
    expect(brand).toBe('aCmE');
    expect(platform).toBeNull();
    expect(method).toEqual({
      interactions: 'ALL',
      base: 'FOLLOWERS',
      aggregate: 'MEAN',
      windowDays: 90,
      windowPosts: null,
      asOf: NOW,
    });
    expect(numbers.posts).toBe(expected.posts);
    expect(numbers.creators).toBe(expected.creators);
    expect(numbers.interactions).toBe(expected.interactions);
    expect(numbers.rate).toBeCloseTo(expected.rate as number, 12);
    expect(numbers.organic.posts).toBe(expected.organic.posts);
    expect(numbers.organic.interactions).toBe(expected.organic.interactions);
    expect(numbers.organic.excluded).toBe(expected.organic.excluded);
    expect(numbers.organic.rate).toBeCloseTo(expected.organic.rate as number, 12);
    expect(numbers.lift).toBeCloseTo(expected.lift as number, 10);
    expect(numbers.topCreators.map((c) => [c.creatorId, c.posts, c.interactions])).toEqual(
      expected.topCreators.map((c) => [c.creatorId, c.posts, c.interactions]),
    );
    for (const [i, c] of numbers.topCreators.entries()) {
      const e = expected.topCreators[i];
      expect(c.organic.posts).toBe(e?.organic.posts);
      if (e?.organic.rate == null) expect(c.organic.rate).toBeNull();
      else expect(c.organic.rate).toBeCloseTo(e.organic.rate, 12);
    }
  });

  it('filters by platform and takes a posts window per account', async () => {
    const service = new BrandService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
    const answer = await service.performance({ brand: 'acme', platform: 'INSTAGRAM', window: { posts: 5 }, top: 1 });
    // The last 5 posts at or before NOW of each account (all kinds), then the brand's among them.
    const lastFive = new Set<Seeded>();
    for (const id of accounts.keys()) {
      const own = all
        .filter((p) => p.accountId === id && p.postedAt <= NOW)
        .sort((a, b) => b.postedAt.getTime() - a.postedAt.getTime());
      for (const p of own.slice(0, 5)) lastFive.add(p);
    }
    const expected = reference('INSTAGRAM', (p) => lastFive.has(p), 1);
    expect(answer.posts).toBe(expected.posts);
    expect(answer.interactions).toBe(expected.interactions);
    expect(answer.organic.posts).toBe(expected.organic.posts);
    if (expected.rate === null) expect(answer.rate).toBeNull();
    else expect(answer.rate).toBeCloseTo(expected.rate, 12);
    expect(answer.topCreators.length).toBeLessThanOrEqual(1);
    expect(answer.method.windowPosts).toBe(5);
  });

  it('answers an unknown brand with zeros, and refuses bad arguments with VALIDATION', async () => {
    const service = new BrandService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW });
    const none = await service.performance({ brand: 'Acme Food' });
    expect(none).toMatchObject({ posts: 0, creators: 0, interactions: 0, rate: null, lift: null, topCreators: [] });
    for (const [args, field] of [
      [{ brand: '' }, 'brand'],
      [{ brand: 'acme', top: 0 }, 'top'],
      [{ brand: 'acme', top: 51 }, 'top'],
      [{ brand: 'acme', window: { days: 0 } }, 'window.days'],
    ] as const) {
      await expect(service.performance(args)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field }] });
    }
  });
});
