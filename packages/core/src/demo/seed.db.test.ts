import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, CampaignPost } from '../campaigns/entity.js';
import { Account, Creator } from '../creators/entity.js';
import { Organization } from '../organizations/entity.js';
import { authenticate } from '../organizations/service.js';
import { Post } from '../posts/entity.js';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import { isCatalogEmpty, issueDemoKeys, seedDemo } from './seed.js';

describe('demo seeding', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(() => db.destroy());

  it('loads the generated dataset whole, with creators kept in step with their largest account', async () => {
    expect(await isCatalogEmpty(db)).toBe(true);
    const result = await seedDemo(db, { end: new Date('2026-06-01T00:00:00Z'), creators: 60, postsTarget: 2_000 });
    const em = db.em.fork();
    expect(await em.count(Creator, {})).toBe(result.creators);
    expect(await em.count(Account, {})).toBe(result.accounts);
    expect(await em.count(Post, {})).toBe(result.posts);
    expect(await em.count(Organization, {})).toBe(3);
    expect(await em.count(Campaign, {})).toBe(result.campaigns);
    // Every demo campaign links posts, so its metrics and comparisons have something to show.
    for (const campaign of await em.find(Campaign, {})) {
      expect(await em.count(CampaignPost, { campaign }), campaign.name).toBeGreaterThan(0);
    }
    const accounts = await em.find(Account, {}, { populate: ['creator'] });
    for (const a of accounts) expect(a.creator.maxFollowers).toBeGreaterThanOrEqual(a.followers);
    expect(await isCatalogEmpty(db)).toBe(false);
  });

  it('issues one admin key per organization (the first may import) and revokes the keys of the previous start', async () => {
    const first = await issueDemoKeys(db);
    expect(first).toHaveLength(3);
    const second = await issueDemoKeys(db);
    const em = db.em.fork();
    for (const k of first) expect(await authenticate(em, k.raw)).toBeNull();
    for (const [i, k] of second.entries()) {
      const principal = await authenticate(em, k.raw);
      expect(principal?.organization.name).toBe(k.organization);
      // Only the first (GraphiQL's) key may import, so the demo can show it; the others are plain org keys.
      const expected = i === 0 ? ['admin', 'catalog_write', 'read', 'write'] : ['admin', 'read', 'write'];
      expect([...(principal?.scopes ?? [])].sort()).toEqual(expected);
    }
  });
});
