import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyTier } from '../metrics/tiers.js';
import {
  countStatements,
  createTestDatabase,
  seedCatalog,
  TEST_DIALECTS,
  type TestDatabase,
} from '../testing/index.js';
import { Account, Creator, CreatorNiche } from './entity.js';
import { type CatalogAccount, type CatalogCreator, type CreatorFilter, CreatorService } from './service.js';

const END = new Date('2026-06-30T12:00:00Z');

describe.each(TEST_DIALECTS)('creator reads as plain rows on %s', (dialect) => {
  let db: TestDatabase;
  /** The catalog read through the entities: the reference the plain reads must match. */
  let creators: CatalogCreator[];
  let accounts: CatalogAccount[];
  let niches: Map<number, string[]>;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedCatalog(db.em.fork(), { creators: 40, postsPerAccount: 1, end: END });
    const em = db.em.fork();
    creators = (await em.find(Creator, {}, { orderBy: { id: 'asc' } })).map((c) => ({
      id: c.id,
      ref: c.ref,
      name: c.name,
      country: c.country ?? null,
      maxFollowers: c.maxFollowers,
    }));
    accounts = (await em.find(Account, {}, { orderBy: { id: 'asc' } })).map((a) => ({
      id: a.id,
      creatorId: (a.creator as { id: number }).id,
      platform: a.platform,
      handle: a.handle,
      externalId: a.externalId,
      followers: a.followers,
      following: a.following ?? null,
      ratePerPostMinor: a.ratePerPostMinor ?? null,
      rateCurrency: a.rateCurrency ?? null,
    }));
    niches = new Map();
    for (const n of await em.find(CreatorNiche, {}, { orderBy: { id: 'asc' } })) {
      const id = (n.creator as { id: number }).id;
      niches.set(id, [...(niches.get(id) ?? []), n.niche]);
    }
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const service = () => new CreatorService(db.em.fork());

  it('pages filtered creators in each order with cursors, as the entities say', async () => {
    const cases: { filter: CreatorFilter; keep: (c: CatalogCreator) => boolean }[] = [
      { filter: {}, keep: () => true },
      { filter: { tier: 'MICRO' }, keep: (c) => classifyTier(c.maxFollowers) === 'MICRO' },
      {
        filter: { platform: 'TIKTOK', followers: { min: 5_000, max: 200_000 } },
        keep: (c) =>
          accounts.some(
            (a) => a.creatorId === c.id && a.platform === 'TIKTOK' && a.followers >= 5_000 && a.followers <= 200_000,
          ),
      },
      {
        filter: { niches: ['FASHION', 'travel'], country: 'us' },
        keep: (c) => c.country === 'US' && (niches.get(c.id) ?? []).some((n) => n === 'fashion' || n === 'travel'),
      },
      { filter: { nameContains: '01' }, keep: (c) => c.name.includes('01') },
    ];
    const orders = [
      { field: 'FOLLOWERS', direction: 'DESC', key: (c: CatalogCreator) => c.maxFollowers },
      { field: 'NAME', direction: 'ASC', key: (c: CatalogCreator) => c.name },
      { field: 'CREATED_AT', direction: 'DESC', key: (c: CatalogCreator) => c.id },
    ] as const;
    for (const { filter, keep } of cases) {
      for (const order of orders) {
        const sign = order.direction === 'ASC' ? 1 : -1;
        const expected = creators
          .filter(keep)
          .sort((a, b) =>
            order.key(a) < order.key(b) ? -sign : order.key(a) > order.key(b) ? sign : (a.id - b.id) * sign,
          );
        const seen: CatalogCreator[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await service().list(filter, order, { first: 7, after });
          seen.push(...page.items);
          if (!page.hasNextPage) break;
          after = page.cursors.at(-1) as string;
        }
        expect(seen).toEqual(expected);
        const page = await service().list(filter, order, { last: 3 });
        expect(page.items).toEqual(expected.slice(-3));
        expect(page.hasPreviousPage).toBe(expected.length > 3);
        expect(await page.totalCount()).toBe(expected.length);
      }
    }
  });

  it('reads creators, accounts and niches by id in one statement each, in the documented order', async () => {
    const ids = creators.slice(0, 25).map((c) => c.id);
    const s = service();
    const byIds = await countStatements(db, () => s.byIds([...ids, 999_999]));
    expect(byIds.count).toBe(1);
    expect(byIds.result.sort((a, b) => a.id - b.id)).toEqual(creators.slice(0, 25));
    const ofCreators = await countStatements(db, () => s.accountsByCreatorIds(ids));
    expect(ofCreators.count).toBe(1);
    expect(ofCreators.result).toEqual(
      accounts.filter((a) => ids.includes(a.creatorId)).sort((a, b) => b.followers - a.followers || a.id - b.id),
    );
    expect((await s.accountsByIds(accounts.map((a) => a.id))).sort((a, b) => a.id - b.id)).toEqual(accounts);
    expect(await s.nichesByCreatorIds(ids)).toEqual(
      new Map(ids.filter((id) => niches.has(id)).map((id) => [id, niches.get(id)])),
    );
    expect(await s.byIds([])).toEqual([]);
  });

  it('finds creators and accounts by handle, with or without @ and in any case', async () => {
    const account = accounts[3] as CatalogAccount;
    const s = service();
    expect(await s.accountByHandle(account.platform, `@${account.handle.toUpperCase()}`)).toEqual(account);
    expect(await s.accountByHandle(account.platform, 'nobody')).toBeNull();
    const owner = creators.find((c) => c.id === account.creatorId);
    expect(await s.byHandle(`@${account.handle}`)).toEqual(owner);
    expect(await s.byHandle(account.handle, account.platform)).toEqual(owner);
    const other = account.platform === 'X' ? 'YOUTUBE' : 'X';
    expect(await s.byHandle(account.handle, other)).toBeNull();
  });
});
