import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Creator } from '../creators/entity.js';
import { PLATFORMS, POST_KINDS } from '../enums.js';
import { countStatements, createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { Post } from './entity.js';
import { type CatalogPost, type PartialPost, POST_FIELDS, PostService } from './service.js';

const END = Date.parse('2026-06-30T12:00:00Z');
const HOUR = 3_600_000;

/** The posts an account's newest-first list must give: posted_at desc, ties by id desc. */
const newestFirst = (a: CatalogPost, b: CatalogPost) => b.postedAt.getTime() - a.postedAt.getTime() || b.id - a.id;

describe.each(TEST_DIALECTS)('post reads as plain rows on %s', (dialect) => {
  let db: TestDatabase;
  let accountIds: number[];
  /** Every post, read through the entities: the reference the plain reads must match. */
  let all: CatalogPost[];

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const em = db.em.fork();
    const creator = em.create(Creator, { ref: 'c', name: 'C', country: 'GB', maxFollowers: 1000 });
    const accounts = [0, 1, 2, 3].map((i) =>
      em.create(Account, {
        creator,
        platform: PLATFORMS[i % PLATFORMS.length] as (typeof PLATFORMS)[number],
        handle: `h${i}`,
        externalId: `a${i}`,
        followers: 1000 - i,
      }),
    );
    // Account 0: 9 posts, several at the same instant (ties go by id); account 1: 2 posts; 2: one; 3: none.
    const times = [[0, 0, 0, 1, 2, 2, 5, 7, 7], [3, 4], [1], []];
    let n = 0;
    accounts.forEach((account, a) => {
      for (const hours of times[a] as number[]) {
        n++;
        em.create(Post, {
          account,
          platform: account.platform,
          externalId: `p${n}`,
          postedAt: new Date(END - hours * HOUR),
          kind: POST_KINDS[n % POST_KINDS.length] as (typeof POST_KINDS)[number],
          caption: n % 3 === 0 ? null : `caption ${n} ${'x'.repeat(n * 40)}`,
          sponsored: n % 2 === 0,
          brand: n % 2 === 0 ? `brand ${n}` : null,
          likes: n % 4 === 0 ? null : n * 10,
          comments: n,
          shares: n % 5 === 0 ? null : n,
          saves: null,
          views: n * 100,
          reach: n % 2 ? n * 50 : null,
          impressions: n * 70,
        });
      }
    });
    await em.flush();
    accountIds = accounts.map((a) => a.id);
    const posts = await db.em.fork().find(Post, {}, { orderBy: { id: 'asc' } });
    all = posts.map((p) => ({
      id: p.id,
      accountId: (p.account as { id: number }).id,
      postedAt: p.postedAt,
      platform: p.platform,
      externalId: p.externalId,
      kind: p.kind,
      caption: p.caption ?? null,
      sponsored: p.sponsored,
      brand: p.brand ?? null,
      likes: p.likes ?? null,
      comments: p.comments ?? null,
      shares: p.shares ?? null,
      saves: p.saves ?? null,
      views: p.views ?? null,
      reach: p.reach ?? null,
      impressions: p.impressions ?? null,
    }));
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('reads every field of posts by id, as the entities hold them', async () => {
    const ids = all.map((p) => p.id).reverse();
    const rows = await new PostService(db.em.fork()).byIds([...ids, 999_999]);
    expect(rows.sort((a, b) => a.id - b.id)).toEqual(all);
  });

  it("gives each account's latest posts in one statement, ties by id, only the fields asked for", async () => {
    for (const limit of [1, 3, 4, 20]) {
      for (const sponsored of [null, true, false]) {
        const service = new PostService(db.em.fork());
        const { result, count } = await countStatements(db, () =>
          service.latestByAccountIds(accountIds, limit, sponsored, ['likes', 'caption']),
        );
        expect(count).toBe(1);
        for (const id of accountIds) {
          const expected = all
            .filter((p) => p.accountId === id && (sponsored === null || p.sponsored === sponsored))
            .sort(newestFirst)
            .slice(0, limit)
            .map((p) => ({
              id: p.id,
              accountId: p.accountId,
              postedAt: p.postedAt,
              likes: p.likes,
              caption: p.caption,
            }));
          expect(result.get(id)).toEqual(expected);
        }
      }
    }
    const full = await new PostService(db.em.fork()).latestByAccountIds(accountIds.slice(0, 1), 2, null);
    expect(full.get(accountIds[0] as number)).toEqual(
      all
        .filter((p) => p.accountId === accountIds[0])
        .sort(newestFirst)
        .slice(0, 2),
    );
    expect(await new PostService(db.em.fork()).latestByAccountIds([], 3, null)).toEqual(new Map());
  });

  it('pages posts with keyset cursors both ways, reading only the fields asked for', async () => {
    const service = new PostService(db.em.fork());
    for (const direction of ['DESC', 'ASC'] as const) {
      const expected = [...all].sort(newestFirst);
      if (direction === 'ASC') expected.reverse();
      const seen: PartialPost[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await service.list({}, direction, { first: 4, after }, ['brand']);
        seen.push(...page.items);
        expect(page.hasPreviousPage).toBe(after !== null);
        if (!page.hasNextPage) break;
        after = page.cursors.at(-1) as string;
      }
      expect(seen).toEqual(
        expected.map((p) => ({ id: p.id, accountId: p.accountId, postedAt: p.postedAt, brand: p.brand })),
      );
      const first = await service.list({}, direction, { first: 5 });
      const back = await service.list({}, direction, { last: 2, before: first.cursors[4] });
      expect(back.items).toEqual(expected.slice(2, 4));
      expect(back.hasPreviousPage).toBe(true);
      expect(await first.totalCount()).toBe(all.length);
    }
    const filtered = await service.list(
      { accountId: accountIds[0], sponsored: true, postedAfter: new Date(END - 5 * HOUR) },
      'DESC',
      { first: 100 },
      POST_FIELDS,
    );
    expect(filtered.items).toEqual(
      all
        .filter((p) => p.accountId === accountIds[0] && p.sponsored && p.postedAt.getTime() >= END - 5 * HOUR)
        .sort(newestFirst),
    );
    expect(await filtered.totalCount()).toBe(filtered.items.length);
  });

  it('filters by brand, case-insensitive and exact, and refuses an empty brand', async () => {
    const service = new PostService(db.em.fork());
    // Posts 2, 4, 6… name "brand 2", "brand 4"…: "BRAND 2 " matches post 2 only, never "brand 20".
    const page = await service.list({ brand: ' BRAND 2 ' }, 'DESC', { first: 100 }, ['brand']);
    expect(page.items.map((p) => p.brand)).toEqual(['brand 2']);
    expect(await page.totalCount()).toBe(1);
    const withOthers = await service.list({ brand: 'Brand 4', sponsored: false }, 'DESC', { first: 100 });
    expect(withOthers.items).toEqual([]);
    expect((await service.list({ brand: 'nobody' }, 'DESC', { first: 10 })).items).toEqual([]);
    await expect(service.list({ brand: '  ' }, 'DESC', { first: 10 })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'filter.brand', message: 'must not be empty' }],
    });
  });
});
