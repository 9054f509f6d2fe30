import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Creator, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import { DEFAULT_METRICS_CONFIG, type MetricsConfig } from '../metrics/config.js';
import { postImpressions } from '../metrics/costs.js';
import { followersAtPostTime, INTERACTION_COMPONENTS, postInteractions } from '../metrics/engagement.js';
import { MetricsService } from '../metrics/service.js';
import { createOrganization } from '../organizations/service.js';
import { type IPost, Post } from '../posts/entity.js';
import {
  createTestDatabase,
  intBetween,
  mulberry32,
  postMetricsInput,
  snapshotInput,
  TEST_DIALECTS,
  type TestDatabase,
  type Uniform,
} from '../testing/index.js';
import { CampaignDecisionService } from './decisions.js';
import { Campaign, CampaignMember, CampaignPost } from './entity.js';
import {
  type CampaignMetrics,
  type CampaignPostInput,
  type CampaignPostTotals,
  campaignPostTotals,
  computeCampaignMetrics,
} from './metrics.js';
import { CampaignRepository } from './repository.js';

const END = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const FLOAT_SUMS = ['rateSum', 'impressions'] as const;

/** The default rules, and others: a component subset and a reach factor that is not a power of two. */
const CONFIGS: [string, MetricsConfig][] = [
  ['default rules', DEFAULT_METRICS_CONFIG],
  [
    'likes and comments, a reach factor per platform',
    {
      ...DEFAULT_METRICS_CONFIG,
      defaultMethod: { ...DEFAULT_METRICS_CONFIG.defaultMethod, interactions: 'LIKES_COMMENTS' },
      costs: { ...DEFAULT_METRICS_CONFIG.costs, reachFactor: { INSTAGRAM: 0.3, TIKTOK: 0.45, YOUTUBE: 0.2, X: 0.15 } },
    },
  ],
];

/** Equal up to the order floats were summed in. */
function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

/** Totals per account, sorted by account: float sums compared closely, everything else exactly. */
function expectSameTotals(actual: readonly CampaignPostTotals[], expected: readonly CampaignPostTotals[]) {
  const byAccount = (t: readonly CampaignPostTotals[]) =>
    [...t].sort((a, b) => Number(a.accountId) - Number(b.accountId));
  const [a, e] = [byAccount(actual), byAccount(expected)];
  const exact = (t: CampaignPostTotals) => ({ ...t, rateSum: 0, impressions: 0 });
  expect(a.map(exact)).toEqual(e.map(exact));
  a.forEach((t, i) => {
    for (const k of FLOAT_SUMS) expectClose(t[k], (e[i] as CampaignPostTotals)[k]);
  });
}

describe.each(TEST_DIALECTS)('linked post totals on %s: SQL sums equal the per-post computation', (dialect) => {
  let db: TestDatabase;
  let organizationId: number;
  const campaignIds: number[] = [];

  /**
   * A random catalog: accounts with 0–6 snapshots at random times (followers sometimes 0), no snapshot at all
   * or 0 followers for some; posts before, between and after the snapshots and after END, every count null
   * with probability ¼; four campaigns linking random posts (one none), members a random subset of the
   * posts' accounts.
   */
  async function seedRandom(rand: Uniform) {
    const em = db.em.fork();
    organizationId = (await createOrganization(em, 'Random Agency', 'random')).id;
    const maybe = (value: number) => (rand() < 0.25 ? null : value);
    const accounts: IAccount[] = [];
    for (let i = 0; i < 14; i++) {
      const followers = i === 0 ? 0 : intBetween(rand, 500, 3_000_000);
      const creator = em.create(Creator, { ref: `random-${i}`, name: `Random ${i}`, maxFollowers: followers });
      const account = em.create(Account, {
        creator,
        platform: (['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'] as const)[i % 4] as IAccount['platform'],
        handle: `random${i}`,
        externalId: `random-${i}`,
        followers,
        following: intBetween(rand, 10, 3_000),
      });
      accounts.push(account);
      const snapshots = i < 2 ? 0 : intBetween(rand, 1, 6);
      const days = new Set<number>();
      while (days.size < snapshots) days.add(intBetween(rand, 0, 150));
      for (const d of days) {
        em.create(FollowerSnapshot, {
          account,
          capturedAt: new Date(END.getTime() - d * DAY),
          followers: rand() < 0.1 ? 0 : Math.round(followers * (0.7 + 0.4 * rand())),
          following: null,
        });
      }
      for (let k = intBetween(rand, 5, 30); k > 0; k--) {
        const likes = intBetween(rand, 0, 50_000);
        em.create(Post, {
          account,
          platform: account.platform,
          externalId: `random-${i}-${k}`,
          postedAt: new Date(END.getTime() - intBetween(rand, -5 * DAY, 160 * DAY)),
          kind: 'PHOTO',
          sponsored: rand() < 0.3,
          likes: maybe(likes),
          comments: maybe(intBetween(rand, 0, 2_000)),
          shares: maybe(intBetween(rand, 0, 900)),
          saves: maybe(intBetween(rand, 0, 900)),
          views: maybe(intBetween(rand, 0, 400_000)),
          reach: null,
          impressions: maybe(intBetween(rand, 0, 2_000_000)),
        });
      }
    }
    await em.flush();
    const posts = await em.find(Post, {}, { orderBy: { id: 'asc' } });
    for (const share of [0.7, 0.4, 0.15, 0]) {
      const campaign = em.create(Campaign, {
        organization: organizationId,
        name: `Share ${share}`,
        brand: 'Random',
        goal: 'ENGAGEMENT',
        status: 'ACTIVE',
        currency: 'USD',
        budgetMinor: 1_000_000,
        startsAt: new Date(END.getTime() - 200 * DAY),
      });
      const linked = posts.filter(() => rand() < share);
      // Shuffled, so the link order is not the post order.
      for (let i = linked.length - 1; i > 0; i--) {
        const j = intBetween(rand, 0, i);
        [linked[i], linked[j]] = [linked[j] as IPost, linked[i] as IPost];
      }
      for (const post of linked) em.create(CampaignPost, { campaign, post });
      const accountIds = new Set(linked.map((p) => (p.account as unknown as { id: number }).id));
      for (const account of accounts) {
        if (accountIds.has(account.id) && rand() < 0.7)
          em.create(CampaignMember, { campaign, account, deliverables: 1 });
      }
      await em.flush();
      campaignIds.push(campaign.id);
    }
  }

  /** The linked posts of a campaign one by one, in link order, computed from the rows with the pure functions. */
  async function referencePosts(campaignId: number, asOf: Date, config: MetricsConfig): Promise<CampaignPostInput[]> {
    const em = db.em.fork();
    const links = await em.find(CampaignPost, { campaign: campaignId }, { orderBy: { id: 'asc' }, populate: ['post'] });
    const out: CampaignPostInput[] = [];
    for (const link of links) {
      const post = link.post as unknown as IPost & { account: { id: number } };
      if (post.postedAt.getTime() > asOf.getTime()) continue;
      const account = await em.findOneOrFail(Account, { id: post.account.id });
      const snapshots = (await em.find(FollowerSnapshot, { account: account.id })).map(snapshotInput);
      const base = followersAtPostTime(post.postedAt, snapshots, account.followers);
      const row = postMetricsInput(post);
      const interactions = postInteractions(row, config.defaultMethod.interactions).total;
      const impressions = postImpressions(
        { impressions: row.impressions, followersAtPostTime: base },
        config.costs.reachFactor[account.platform],
      );
      out.push({
        accountId: String(account.id),
        platform: account.platform,
        interactions,
        rate: base > 0 ? interactions / base : null,
        views: row.views,
        impressions: impressions.value,
        impressionsEstimated: impressions.estimated,
      });
    }
    return out;
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedRandom(mulberry32(20261130));
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('has the cases the sums must handle', async () => {
    const posts = await referencePosts(campaignIds[0] as number, END, DEFAULT_METRICS_CONFIG);
    expect(posts.length).toBeGreaterThan(100);
    expect(posts.some((p) => p.rate === null)).toBe(true);
    expect(posts.some((p) => p.impressionsEstimated)).toBe(true);
    expect(posts.some((p) => !p.impressionsEstimated)).toBe(true);
    expect(posts.some((p) => p.views === null)).toBe(true);
    const all = (await db.em.fork().find(CampaignPost, { campaign: campaignIds[0] as number })).length;
    expect(posts.length).toBeLessThan(all); // some linked posts are after END
  });

  it('answers a live request (members from the account summaries) as it answers at the request time (from rows)', async () => {
    const answer = (asOf: Date | null) => {
      const em = db.em.fork();
      const metrics = new MetricsService(em, DEFAULT_METRICS_CONFIG, { now: END });
      return new CampaignDecisionService(em, organizationId, metrics).metricsFor(campaignIds, asOf);
    };
    const live = await answer(null);
    expect(live).toEqual(await answer(END));
    expect([...live.values()].some((m) => m.creators > 0 && m.averageAuthenticity !== null)).toBe(true);
  });

  for (const [label, config] of CONFIGS) {
    it(`sums per campaign and account as the posts one by one would (${label})`, async () => {
      const repository = new CampaignRepository(db.em.fork(), organizationId);
      const rules = {
        interactions: INTERACTION_COMPONENTS[config.defaultMethod.interactions],
        reachFactor: config.costs.reachFactor,
      };
      for (const asOf of [END, new Date(END.getTime() - 40 * DAY)]) {
        const rows = await repository.linkedPostTotals(campaignIds, asOf, rules);
        const keys = rows.map((r) => [r.campaignId, r.accountId]);
        expect(keys).toEqual(
          [...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
        );
        for (const id of campaignIds) {
          const actual = rows
            .filter((r) => r.campaignId === id)
            .map(({ campaignId: _, accountId, ...sums }) => ({ accountId: String(accountId), ...sums }));
          expectSameTotals(actual, campaignPostTotals(await referencePosts(id, asOf, config)));
        }
      }
    });

    it(`answers the campaign metrics of the per-post computation (${label})`, async () => {
      const em = db.em.fork();
      const metrics = new MetricsService(em, DEFAULT_METRICS_CONFIG, { now: END });
      const decisions = new CampaignDecisionService(em, organizationId, metrics, config);
      const asOf = new Date(END.getTime() - 10 * DAY);
      const [answers, inputs] = await Promise.all([
        decisions.metricsFor(campaignIds, asOf),
        decisions.inputsFor(campaignIds, asOf),
      ]);
      for (const id of campaignIds) {
        const { input } = inputs.get(id)!;
        const expected = computeCampaignMetrics(
          { ...input, postTotals: undefined, posts: await referencePosts(id, asOf, config) },
          config,
        );
        const { campaignId: _, asOf: answeredAt, memberFees: __, unpricedMembers: ___, ...actual } = answers.get(id)!;
        expect(answeredAt).toEqual(asOf);
        // Float sums (and what divides by them) up to summation order; every count and integer sum exactly.
        const exact = (m: CampaignMetrics) => ({ ...m, engagementRate: 0, impressions: 0, cpm: 0 });
        expect(exact(actual)).toEqual(exact(expected));
        for (const k of ['engagementRate', 'impressions', 'cpm'] as const) expectClose(actual[k], expected[k]);
      }
    });
  }
});
