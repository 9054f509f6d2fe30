import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignDecisionService } from '../campaigns/decisions.js';
import { Campaign, CampaignPost } from '../campaigns/entity.js';
import { Account, Creator } from '../creators/entity.js';
import { MetricsService } from '../metrics/service.js';
import { Organization } from '../organizations/entity.js';
import { authenticate } from '../organizations/service.js';
import { Post } from '../posts/entity.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { DEMO_OPTIONS, demoCampaigns, generateDemo } from './generate/index.js';
import { isCatalogEmpty, issueDemoKeys, seedDemo } from './seed.js';

const END = new Date('2026-06-01T00:00:00Z');
const SIZE = { creators: 60, postsTarget: 2_000 };

describe.each(TEST_DIALECTS)('demo seeding on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(() => db.destroy());

  it('loads the generated dataset whole, with creators kept in step with their largest account', async () => {
    expect(await isCatalogEmpty(db)).toBe(true);
    const result = await seedDemo(db, { end: END, ...SIZE });
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

  it('links every post the generator planted, per campaign', async () => {
    const planted = demoCampaigns(generateDemo({ end: END, seed: DEMO_OPTIONS.seed, ...SIZE }), DEMO_OPTIONS.seed);
    const em = db.em.fork();
    const stored = await em.find(Campaign, {}, { orderBy: { id: 'asc' } });
    expect(stored.map((c) => c.name).sort()).toEqual(planted.map((c) => c.name).sort());
    for (const c of planted) {
      const campaign = stored.find((s) => s.name === c.name);
      const links = await em.find(CampaignPost, { campaign }, { populate: ['post'] });
      // Every planted (platform, external id) is linked, once.
      const linked = links.map((l) => `${l.post.platform}/${l.post.externalId}`).sort();
      expect(linked, c.name).toEqual(c.posts.map((p) => `${p.platform}/${p.externalId}`).sort());
      expect(c.posts.length, c.name).toBeGreaterThan(0);
    }
  });

  it('compares the flagship micro squad and macro spotlight with CPE, CPM, ROI and money verdicts', async () => {
    // The conversion organization's pair: the only one with revenue, so ROI is defined.
    const em = db.em.fork();
    const org = await em.findOneOrFail(Organization, { slug: 'kitefly' });
    const pair = await em.find(Campaign, { organization: org }, { orderBy: { id: 'asc' } });
    const micro = pair.find((c) => c.name.endsWith('micro squad'));
    const macro = pair.find((c) => c.name.endsWith('macro spotlight'));
    if (!micro || !macro) throw new Error('the flagship pair is missing');
    const metrics = new MetricsService(em, undefined, { now: END });
    const decisions = new CampaignDecisionService(em, org.id, metrics);
    const { comparison, metrics: byId } = await decisions.compare([micro.id, macro.id], null, END);
    for (const id of [micro.id, macro.id]) {
      const m = byId.get(id);
      expect(m?.cpe, String(id)).not.toBeNull();
      expect(m?.cpm, String(id)).not.toBeNull();
      expect(m?.roi, String(id)).not.toBeNull();
    }
    const row = (metric: string) => comparison.rows.find((r) => r.metric === metric);
    // 10–15 creators against 2–3: no winner on headcount, the smaller roster wins on overhead and risk.
    expect(row('creators')?.best).toEqual([]);
    expect(row('overheadHours')?.best).toEqual([String(macro.id)]);
    expect(row('coordinationRisk')?.best).toEqual([String(macro.id)]);
    const verdicts = new Map(comparison.verdicts.map((v) => [v.goal, v]));
    for (const [goal, label] of [
      ['AWARENESS', 'CPM'],
      ['ENGAGEMENT', 'CPE'],
    ] as const) {
      const v = verdicts.get(goal);
      expect(v?.winners.length, goal).toBeGreaterThan(0);
      const match = new RegExp(`lowest ${label}: ([\\d,]+\\.\\d+) USD`).exec(v?.reason ?? '');
      expect(match, v?.reason).not.toBeNull();
      // The text is the winner's value in major units.
      const winner = byId.get(Number(v?.winners[0]));
      const value = goal === 'AWARENESS' ? winner?.cpm : winner?.cpe;
      expect(Math.abs(Number(match?.[1]?.replaceAll(',', '')) - (value as number) / 100)).toBeLessThanOrEqual(0.005);
    }
    const conversion = verdicts.get('CONVERSION');
    expect(conversion?.winners.length).toBeGreaterThan(0);
    expect(conversion?.reason).toMatch(/highest ROI/);
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
