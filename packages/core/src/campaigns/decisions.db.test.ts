import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account, Creator, CreatorNiche, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { MetricsCache } from '../metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { accountPrice, NoExchangeRateError, postImpressions } from '../metrics/costs.js';
import { followersAtPostTime, type PostMetricsInput, postInteractions } from '../metrics/engagement.js';
import { MetricsService } from '../metrics/service.js';
import { classifyTier, type Tier } from '../metrics/tiers.js';
import type { AuthenticityAnswer } from '../metrics/types.js';
import { Post } from '../posts/entity.js';
import {
  type CatalogFixture,
  countStatements,
  createTestDatabase,
  postMetricsInput,
  rejection,
  seedCatalog,
  snapshotInput,
  TEST_DIALECTS,
  type TestDatabase,
} from '../testing/index.js';
import { CampaignCurrencyMismatchError, compareCampaigns } from './compare.js';
import { CampaignDecisionService } from './decisions.js';
import { Campaign, CampaignMember, CampaignPost } from './entity.js';
import { type CampaignMemberInput, type CampaignMetricsInput, computeCampaignMetrics } from './metrics.js';
import { type PlannerCandidate, planCampaign } from './planner.js';
import { CampaignService } from './service.js';
import { compareTiersStats, type TierStatsAccount } from './tiers.js';

const END = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const config = DEFAULT_METRICS_CONFIG;

/** What accountPrice needs of an account entity. */
const pricing = (a: IAccount, tier: Tier) => ({
  platform: a.platform,
  tier,
  ratePerPostMinor: a.ratePerPostMinor ?? null,
  rateCurrency: a.rateCurrency ?? null,
});

describe.each(TEST_DIALECTS)('CampaignDecisionService on %s', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let acme: number;
  let globex: number;
  let cache: MetricsCache;
  const campaigns: number[] = [];
  let euroCampaign: number;
  let kronaCampaign: number;

  const metricsService = () => new MetricsService(db.em.fork(), config, { now: END, cache });
  const decisions = (org = acme) => {
    const em = db.em.fork();
    return new CampaignDecisionService(em, org, new MetricsService(em, config, { now: END, cache }));
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 60, postsPerAccount: 6, end: END });
    acme = fixture.orgs[0]!.id;
    globex = fixture.orgs[1]!.id;
    cache = new MetricsCache();
    const em = db.em.fork();
    const accounts = await em.find(Account, {}, { orderBy: { id: 'asc' } });
    // Vary the inputs: reported impressions and views on some posts, a post before the first snapshot
    // (base: the earliest snapshot after it) and an account without snapshots (base: current followers).
    const posts = await em.find(Post, {}, { orderBy: { id: 'asc' } });
    posts.forEach((p, i) => {
      if (i % 3 === 0) p.impressions = 1_000 + i * 17;
      if (i % 4 === 0) p.views = 500 + i * 11;
    });
    const early = accounts[1] as IAccount;
    em.create(Post, {
      account: early,
      platform: early.platform,
      externalId: 'early-post',
      postedAt: new Date(END.getTime() - 40 * DAY),
      kind: 'REEL',
      sponsored: true,
      likes: 400,
      comments: 12,
      shares: null,
      saves: 3,
      views: null,
      reach: null,
      impressions: null,
    });
    await em.flush();
    await em.nativeDelete(FollowerSnapshot, { account: (accounts[4] as IAccount).id });

    const service = new CampaignService(db.em.fork(), acme);
    const make = async (name: string, currency = 'USD') =>
      (
        await service.createCampaign({
          name,
          brand: 'Acme',
          goal: 'ENGAGEMENT',
          currency,
          budget: { amountMinor: 5_000_000, currency },
          startsAt: new Date(END.getTime() - 30 * DAY),
        })
      ).id;
    const postsOf = async (accountId: number) =>
      (await db.em.fork().find(Post, { account: accountId }, { orderBy: { postedAt: 'desc' } })).map((p) => p.id);

    // 1: agreed fees, a quoted rate and a rate-card estimate; 2: other members; 3: no posts at all.
    for (const [index, roster] of [
      [0, [0, 1, 2, 3, 4]],
      [1, [5, 6, 7]],
      [2, [8, 9]],
      [3, [10, 11, 12, 13]],
    ] as const) {
      const id = await make(`Campaign ${index}`);
      campaigns.push(id);
      for (const [j, a] of roster.entries()) {
        const account = accounts[a] as IAccount;
        await service.addMember(id, {
          accountId: account.id,
          fee: j % 3 === 1 ? { amountMinor: 20_000 + j * 1_000, currency: 'USD' } : null,
          deliverables: 1 + (j % 3),
          // Some deliverables are reels: quoted rates and estimates are × 1.45 for them.
          kind: j % 2 === 0 ? 'REEL' : null,
        });
        // Campaign 0 links every post of its members, the early one included.
        const postIds = await postsOf(account.id);
        if (index !== 2) await service.linkPosts(id, index === 0 ? postIds : postIds.slice(0, 3));
      }
    }
    await service.recordResults(campaigns[0] as number, {
      revenue: { amountMinor: 900_000, currency: 'USD' },
      conversions: 40,
    });
    euroCampaign = await make('Euro campaign', 'EUR');
    await service.addMember(euroCampaign, { accountId: (accounts[0] as IAccount).id, deliverables: 1 });
    // No exchange rate is configured for NOK: the one member without an agreed fee cannot be priced.
    kronaCampaign = await make('Krona campaign', 'NOK');
    await service.addMember(kronaCampaign, { accountId: (accounts[0] as IAccount).id, deliverables: 1 });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  /** What both a campaign member and a planner candidate say about an account: its size and authenticity. */
  function audienceOf(account: IAccount, authenticity: Map<number, AuthenticityAnswer>) {
    const { authenticFollowers, score } = authenticity.get(account.id)!;
    return {
      accountId: String(account.id),
      platform: account.platform,
      tier: classifyTier(account.followers),
      followers: account.followers,
      authenticFollowers,
      authenticityScore: score,
    };
  }

  /** computeCampaignMetrics' input assembled by hand from every row, with the pure functions. */
  async function referenceInput(campaignId: number, asOf: Date): Promise<CampaignMetricsInput> {
    const em = db.em.fork();
    const campaign = await em.findOneOrFail(Campaign, { id: campaignId });
    const members = await em.find(CampaignMember, { campaign: campaignId }, { orderBy: { id: 'asc' } });
    const accountIds = members.map((m) => (m.account as { id: number }).id);
    const accounts = new Map((await em.find(Account, { id: { $in: accountIds } })).map((a) => [a.id, a]));
    const authenticity = await metricsService().authenticityFor(accountIds, asOf);
    const memberInputs: CampaignMemberInput[] = members.map((m) => {
      const account = accounts.get((m.account as { id: number }).id) as IAccount;
      const audience = audienceOf(account, authenticity);
      const { tier } = audience;
      if (m.feeMinor != null) {
        return { ...audience, feeMinor: m.feeMinor, feeEstimated: false, deliverables: m.deliverables };
      }
      try {
        const price = accountPrice(pricing(account, tier), m.kind, campaign.currency, config.costs);
        return {
          ...audience,
          feeMinor: price.amount.amountMinor,
          feeEstimated: price.estimated,
          deliverables: m.deliverables,
        };
      } catch (error) {
        if (!(error instanceof NoExchangeRateError)) throw error;
        return { ...audience, feeMinor: 0, feeEstimated: true, deliverables: m.deliverables };
      }
    });
    const links = await em.find(CampaignPost, { campaign: campaignId }, { orderBy: { id: 'asc' }, populate: ['post'] });
    const postInputs = [];
    for (const link of links) {
      const p = link.post as unknown as PostMetricsInput & { account: { id: number } };
      if (p.postedAt.getTime() > asOf.getTime()) continue;
      const accountId = p.account.id;
      const snapshots = (await em.find(FollowerSnapshot, { account: accountId })).map(snapshotInput);
      const account = await em.findOneOrFail(Account, { id: accountId });
      const base = followersAtPostTime(p.postedAt, snapshots, account.followers);
      const row = postMetricsInput(p);
      const interactions = postInteractions(row, 'ALL').total;
      const impressions = postImpressions(
        { impressions: row.impressions, followersAtPostTime: base },
        config.costs.reachFactor[account.platform],
      );
      postInputs.push({
        accountId: String(accountId),
        platform: account.platform,
        interactions,
        rate: base > 0 ? interactions / base : null,
        views: row.views,
        impressions: impressions.value,
        impressionsEstimated: impressions.estimated,
      });
    }
    return {
      currency: campaign.currency,
      members: memberInputs,
      posts: postInputs,
      revenueMinor: campaign.revenueMinor ?? null,
      conversions: campaign.conversions ?? null,
      emvCpmMinor: null,
      budgetMinor: campaign.budgetMinor,
    };
  }

  it('computes campaign metrics equal to computeCampaignMetrics on hand-assembled inputs', async () => {
    const asOf = new Date(END.getTime() - 2 * DAY);
    for (const at of [END, asOf]) {
      const all = [...campaigns, euroCampaign, kronaCampaign];
      const answers = await decisions().metricsFor(all, at);
      expect([...answers.keys()].sort((a, b) => a - b)).toEqual([...all].sort((a, b) => a - b));
      for (const id of all) {
        const expected = computeCampaignMetrics(await referenceInput(id, at), config);
        const { campaignId, asOf: answeredAt, memberFees, unpricedMembers, ...metrics } = answers.get(id)!;
        // Post rates are summed per account in SQL, then per campaign: another order than the reference's
        // loop over posts, so the mean rate may differ in its last bits. Every other number is exact.
        expect({ ...metrics, engagementRate: null }).toEqual({ ...expected, engagementRate: null });
        if (expected.engagementRate === null) expect(metrics.engagementRate).toBeNull();
        else expect(metrics.engagementRate).toBeCloseTo(expected.engagementRate, 15);
        expect(campaignId).toBe(id);
        expect(answeredAt).toEqual(at);
        expect(memberFees).toHaveLength(expected.creators);
        expect(unpricedMembers).toBe(id === kronaCampaign ? 1 : 0);
      }
    }
    const first = (await decisions().metricsFor([campaigns[0] as number])).get(campaigns[0] as number)!;
    // Every branch of the inputs is exercised.
    expect(first.memberFees.map((f) => f.source)).toEqual(
      expect.arrayContaining(['MEMBER_FEE', 'QUOTED_RATE', 'RATE_CARD']),
    );
    expect(first.spendEstimated).toBe(true);
    expect(first.impressionsEstimated).toBeGreaterThan(0);
    expect(first.impressionsEstimated).toBeLessThan(first.posts);
    expect(first.roi).not.toBeNull();
    // Reels cost more: a member without an agreed fee is priced × 1.45.
    const reel = first.memberFees.find((f) => f.kind === 'REEL' && f.source !== 'MEMBER_FEE')!;
    expect(reel.method).toMatch(/× 1\.45 \(REEL\)/);
    // A EUR campaign prices its USD-quoted or rate-card member in EUR and says at which rate.
    const euro = (await decisions().metricsFor([euroCampaign])).get(euroCampaign)!;
    const [euroFee] = euro.memberFees;
    expect(euroFee!.fee?.currency).toBe('EUR');
    expect(euroFee!.source).not.toBe('UNPRICED');
    expect(euroFee!.conversion).toMatchObject({
      to: 'EUR',
      asOf: config.costs.fx.asOf,
      source: config.costs.fx.source,
    });
    const euroAccount = await db.em.fork().findOneOrFail(Account, { id: euroFee!.accountId });
    const usdPrice = accountPrice(pricing(euroAccount, euro.tierMix.find((t) => t.creators > 0)!.tier), 'PHOTO', null);
    // The amount in its own currency × (USD per unit of it / USD per EUR), rounded to euro cents.
    expect(euroFee!.fee!.amountMinor).toBe(Math.round(usdPrice.amount.amountMinor * euroFee!.conversion!.rate));
    expect(euro.spendMinor).toBe(euroFee!.fee!.amountMinor);
    // EMV's CPM: 6.50 USD converted into EUR, disclosed.
    expect(euro.emvCpmMinor).toBe(Math.round(650 / config.costs.fx.usdPerUnit.EUR!));
    expect(euro.emvCpmConversion).toMatchObject({ from: 'USD', to: 'EUR' });
    expect(euro.reachFactors).toEqual([{ platform: 'INSTAGRAM', factor: config.costs.reachFactor.INSTAGRAM }]);
    const krona = (await decisions().metricsFor([kronaCampaign])).get(kronaCampaign)!;
    expect(krona.memberFees[0]).toMatchObject({ source: 'UNPRICED', fee: null, estimated: true, conversion: null });
    expect(krona.memberFees[0]!.method).toMatch(/NOK/);
    expect(krona.spendMinor).toBe(0);
    expect(krona.emv).toBeNull();
    expect(krona.emvReason).toMatch(/NOK/);
  });

  it("leaves other organizations' and unknown campaigns out of metricsFor", async () => {
    const globexCampaign = fixture.campaignIds.globex![0]!;
    const answers = await decisions().metricsFor([campaigns[0] as number, globexCampaign, 999_999]);
    expect([...answers.keys()]).toEqual([campaigns[0]]);
    expect((await decisions(globex).metricsFor([globexCampaign])).has(globexCampaign)).toBe(true);
  });

  it('uses a bounded number of statements for the metrics of N campaigns', async () => {
    const counts: { cold: number; warm: number }[] = [];
    // Live peer groups read the precomputed account summaries: make every member's group's current first, so
    // "cold" is the peer-group cache alone (recomputing expired summaries is the summary store's own cost).
    await decisions().metricsFor(campaigns);
    for (const ids of [[campaigns[0] as number], campaigns]) {
      cache.clear();
      const cold = await countStatements(db, () => decisions().metricsFor(ids));
      const warm = await countStatements(db, () => decisions().metricsFor(ids));
      expect(cold.result.size).toBe(ids.length);
      counts.push({ cold: cold.count, warm: warm.count });
    }
    expect(counts[0]).toEqual(counts[1]);
    // Live: campaigns 1 + members 1 + linked post totals 1 + the members' account summaries 1 (+ the peer
    // groups from the summaries, 2, when cold).
    expect(counts[0]!.warm).toBe(4);
    expect(counts[0]!.cold).toBeLessThanOrEqual(6);
    // At an explicit asOf the members' authenticity comes from their rows: own rows 3 (+ peer groups ≤ 4 cold).
    await decisions().metricsFor(campaigns, END);
    expect((await countStatements(db, () => decisions().metricsFor(campaigns, END))).count).toBe(6);
    // compare reads the campaigns once: the owner check is the metrics' own campaign read.
    const compared = await countStatements(db, () => decisions().compare(campaigns.slice(0, 3)));
    expect(compared.count).toBe(4);
  });

  it('compares 2–10 campaigns with the pure compareCampaigns, and says why it cannot', async () => {
    const ids = campaigns.slice(0, 3);
    const answer = await decisions().compare(ids, null, END);
    const expected = compareCampaigns(
      ids.map((id, i) => ({ id: String(id), name: `Campaign ${i}`, metrics: answer.metrics.get(id)! })),
    );
    expect(answer.comparison).toEqual(expected);
    expect(answer.currency).toBe('USD');
    expect(answer.comparison.verdicts.map((v) => v.goal)).toEqual(['AWARENESS', 'ENGAGEMENT', 'CONVERSION']);
    expect((await decisions().compare(ids, 'ENGAGEMENT')).comparison.verdicts.map((v) => v.goal)).toEqual([
      'ENGAGEMENT',
    ]);

    const tooFew = await rejection(decisions().compare([campaigns[0] as number]));
    expect(tooFew).toBeInstanceOf(ValidationError);
    expect((tooFew as ValidationError).issues[0]?.field).toBe('ids');
    expect(await rejection(decisions().compare(Array.from({ length: 11 }, (_, i) => i + 1)))).toBeInstanceOf(
      ValidationError,
    );
    expect(await rejection(decisions().compare([campaigns[0] as number, campaigns[0] as number]))).toBeInstanceOf(
      ValidationError,
    );
    const missing = await rejection(decisions().compare([campaigns[0] as number, 999_999]));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).ref).toBe('999999');
    const globexCampaign = fixture.campaignIds.globex![0]!;
    // Another organization's campaign is indistinguishable from an unknown id.
    const foreign = await rejection(decisions().compare([campaigns[0] as number, globexCampaign]));
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(foreign).toMatchObject({ entity: 'Campaign', ref: String(globexCampaign) });
    const allForeign = await rejection(decisions(globex).compare(ids));
    expect(allForeign).toMatchObject({ code: 'NOT_FOUND', ref: String(ids[0]) });
    const mismatch = await rejection(decisions().compare([campaigns[0] as number, euroCampaign]));
    expect(mismatch).toBeInstanceOf(CampaignCurrencyMismatchError);
    expect((mismatch as CampaignCurrencyMismatchError).currencies).toEqual(['EUR', 'USD']);
  });

  it('compares tiers with compareTiersStats on the same inputs', async () => {
    const window = { days: 30, posts: null };
    for (const niche of [null, 'Travel']) {
      const answer = await decisions().compareTiers({ platform: 'INSTAGRAM', niche, window, asOf: END });
      const em = db.em.fork();
      let accounts = await em.find(
        Account,
        { platform: 'INSTAGRAM' },
        { orderBy: { id: 'asc' }, populate: ['creator.niches'] },
      );
      if (niche) {
        accounts = accounts.filter((a) =>
          (a.creator as unknown as { niches: { getItems(): { niche: string }[] } }).niches
            .getItems()
            .some((n) => n.niche === 'travel'),
        );
      }
      const ids = accounts.map((a) => a.id);
      const engagement = await metricsService().engagementFor(ids, config.defaultMethod, window, END);
      const authenticity = await metricsService().authenticityFor(ids, END);
      const rows: TierStatsAccount[] = accounts.map((a) => {
        const tier = classifyTier(a.followers);
        const fee = accountPrice(pricing(a, tier), 'PHOTO', 'USD', config.costs).amount.amountMinor;
        return {
          tier,
          rate: engagement.get(a.id)!.value,
          avgInteractionsPerPost: engagement.get(a.id)!.avgInteractionsPerPost,
          feeMinor: fee,
          authenticityScore: authenticity.get(a.id)!.score,
        };
      });
      expect(answer.tiers).toEqual(compareTiersStats(rows, config));
      expect(answer.niche).toBe(niche?.toLowerCase() ?? null);
      expect(answer.tiers.reduce((n, t) => n + t.accountCount, 0)).toBe(accounts.length);
    }
  });

  it('plans with planCampaign over the filtered candidates, exactly for ≤ 40 candidates', async () => {
    for (const goal of ['ENGAGEMENT', 'AWARENESS'] as const) {
      const request = {
        budget: { amountMinor: 400_000, currency: 'USD' },
        goal,
        platform: 'INSTAGRAM' as const,
        minAuthenticity: 50,
        maxCreators: 4,
        postsPerCreator: 2,
        hourlyOverhead: { amountMinor: 1_000, currency: 'USD' },
        asOf: END,
      };
      const answer = await decisions().plan(request);
      // The reference: every INSTAGRAM account with its fee, authenticity and reliable rate.
      const em = db.em.fork();
      const accounts = await em.find(Account, { platform: 'INSTAGRAM' }, { populate: ['creator.niches'] });
      const ids = accounts.map((a) => a.id);
      const authenticity = await metricsService().authenticityFor(ids, END);
      const reliable = await metricsService().reliableFor(ids, config.defaultMethod, config.defaultWindow, END);
      const engagement = await metricsService().engagementFor(ids, config.defaultMethod, config.defaultWindow, END);
      const candidates: PlannerCandidate[] = accounts.map((a) => {
        const audience = audienceOf(a, authenticity);
        const { tier } = audience;
        return {
          ...audience,
          reliableRate: goal === 'ENGAGEMENT' ? reliable.get(a.id)!.value : null,
          feeMinor: accountPrice(pricing(a, tier), 'PHOTO', 'USD', config.costs).amount.amountMinor,
          niches: (a.creator as unknown as { niches: { getItems(): { niche: string }[] } }).niches
            .getItems()
            .map((n) => n.niche),
          platform: 'INSTAGRAM',
          posts: engagement.get(a.id)!.sampleSize,
        };
      });
      const expected = planCampaign(
        candidates,
        {
          budgetMinor: 400_000,
          goal,
          platform: 'INSTAGRAM',
          minAuthenticity: 50,
          maxCreators: 4,
          postsPerCreator: 2,
          hourlyOverheadMinor: 1_000,
        },
        config,
      );
      const {
        currency,
        asOf,
        accountsConsidered,
        unpriced,
        candidates: details,
        kind,
        minPosts,
        reachFactor,
        ...plan
      } = answer;
      expect(plan).toEqual(expected);
      expect([kind, minPosts, reachFactor]).toEqual(['PHOTO', 3, 0.25]);
      expect(currency).toBe('USD');
      expect(asOf).toEqual(END);
      expect(accountsConsidered).toBe(accounts.length);
      expect(unpriced).toBe(0);
      expect(plan.optimal).toBe(true);
      expect(plan.candidateCount).toBeLessThanOrEqual(40);
      expect(plan.selection.length).toBeGreaterThan(0);
      expect(plan.selection.length).toBeLessThanOrEqual(4);
      expect(plan.totals.costMinor).toBeLessThanOrEqual(400_000);
      for (const s of plan.selection)
        expect(details.get(Number(s.accountId))!.authenticityScore).toBeGreaterThanOrEqual(50);
    }
  });

  it('answers compareTiers and plan live from the precomputed summaries as at the same explicit instant', async () => {
    for (const platform of ['INSTAGRAM', 'TIKTOK'] as const) {
      const live = await decisions().compareTiers({ platform });
      const at = await decisions().compareTiers({ platform, asOf: END });
      expect(live).toEqual(at);
      expect(live.tiers.some((t) => t.accountCount > 0)).toBe(true);
      for (const goal of ['ENGAGEMENT', 'AWARENESS'] as const) {
        const request = { budget: { amountMinor: 400_000, currency: 'USD' }, goal, platform, maxCreators: 4 };
        const livePlan = await decisions().plan(request);
        const atPlan = await decisions().plan({ ...request, asOf: END });
        expect(livePlan.candidates.size).toBeGreaterThan(0);
        expect(livePlan).toEqual(atPlan);
      }
    }
  });

  it('filters candidates by niches and tiers in SQL and keeps MICRO and MACRO for the side-by-side plans', async () => {
    const answer = await decisions().plan({
      budget: { amountMinor: 10_000_000, currency: 'USD' },
      goal: 'AWARENESS',
      platform: 'TIKTOK',
      niches: [' Fashion ', 'beauty'],
      tiers: ['NANO'],
      minAuthenticity: 0,
      asOf: END,
    });
    const tiers = new Set([...answer.candidates.values()].map((c) => c.tier));
    expect([...tiers].every((t) => ['NANO', 'MICRO', 'MACRO'].includes(t))).toBe(true);
    expect(answer.selection.every((s) => s.tier === 'NANO')).toBe(true);
    expect(answer.alternatives.allMicro.selection.every((s) => s.tier === 'MICRO')).toBe(true);
    expect(answer.alternatives.allMacro.selection.every((s) => s.tier === 'MACRO')).toBe(true);
  });

  it('validates plan input with the API field names before any statement, and never mixes currencies', async () => {
    const base = {
      budget: { amountMinor: 100_000, currency: 'USD' },
      goal: 'ENGAGEMENT' as const,
      platform: 'INSTAGRAM' as const,
    };
    const { result: bad, count } = await countStatements(db, () =>
      rejection(
        decisions().plan({
          ...base,
          budget: { amountMinor: -1, currency: 'USD' },
          minAuthenticity: 120,
          postsPerCreator: 0,
        }),
      ),
    );
    expect(count).toBe(0);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).issues.map((i) => i.field)).toEqual(['input.budget.amountMinor']);
    const rules = await rejection(decisions().plan({ ...base, minAuthenticity: 120 }));
    expect((rules as ValidationError).issues).toEqual([
      { field: 'input.minAuthenticity', message: 'must be between 0 and 100' },
    ]);
    const tiers = await rejection(decisions().plan({ ...base, tiers: ['HUGE' as Tier] }));
    expect((tiers as ValidationError).issues[0]?.field).toBe('input.tiers.0');
    const mismatch = await rejection(
      decisions().plan({ ...base, hourlyOverhead: { amountMinor: 100, currency: 'EUR' } }),
    );
    expect(mismatch).toBeInstanceOf(CampaignCurrencyMismatchError);
    // No exchange rate is configured for NOK: nobody quoting in another currency can be priced.
    const krona = await decisions().plan({ ...base, budget: { amountMinor: 100_000, currency: 'NOK' } });
    expect(krona.candidateCount).toBe(0);
    expect(krona.unpriced).toBe(krona.accountsConsidered);
    expect(krona.selection).toEqual([]);
    // A plan of no creators, or candidates without evidence, is a caller mistake.
    for (const [patch, field] of [
      [{ maxCreators: 0 }, 'input.maxCreators'],
      [{ minPosts: 0 }, 'input.minPosts'],
      [{ kind: 'GIF' }, 'input.kind'],
    ] as const) {
      const error = await rejection(decisions().plan({ ...base, ...(patch as object) }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.field).toBe(field);
    }
  });

  it('prices a EUR plan: USD quotes and rate-card estimates converted at the disclosed rate', async () => {
    const request = {
      budget: { amountMinor: 2_000_000, currency: 'EUR' },
      goal: 'AWARENESS' as const,
      platform: 'TIKTOK' as const,
      kind: 'REEL' as const,
      minAuthenticity: 0,
      asOf: END,
    };
    const euro = await decisions().plan(request);
    expect(euro.unpriced).toBe(0);
    expect(euro.kind).toBe('REEL');
    expect(euro.candidates.size).toBeGreaterThan(0);
    const accounts = new Map(
      (await db.em.fork().find(Account, { id: { $in: [...euro.candidates.keys()] } })).map((a) => [a.id, a]),
    );
    let converted = 0;
    for (const [id, detail] of euro.candidates) {
      const a = accounts.get(id)!;
      const inOwn = accountPrice(pricing(a, detail.tier), 'REEL', null, config.costs);
      if (inOwn.amount.currency === 'EUR') {
        expect(detail.feeConversion).toBeNull();
        continue;
      }
      converted += 1;
      // e.g. a MICRO TikTok reel: 300 USD × 0.8 × 1.45 = 348.00 USD, ÷ 1.16 USD per EUR = 300.00 EUR
      const rate = config.costs.fx.usdPerUnit[inOwn.amount.currency]! / config.costs.fx.usdPerUnit.EUR!;
      expect(detail.feeConversion).toEqual({
        from: inOwn.amount.currency,
        to: 'EUR',
        rate,
        asOf: config.costs.fx.asOf,
        source: config.costs.fx.source,
      });
      expect(detail.feeMinor).toBe(Math.round(inOwn.amount.amountMinor * rate));
      expect(detail.feeMethod).toBe(inOwn.method);
    }
    expect(converted).toBeGreaterThan(0);
    for (const s of euro.selection) expect(euro.candidates.get(Number(s.accountId))!.feeMinor).toBeGreaterThan(0);
  });

  it('never plans an account with fewer than minPosts posts in the window, and counts them', async () => {
    const ids = (await db.em.fork().find(Account, { platform: 'INSTAGRAM' }, { orderBy: { id: 'asc' } })).map(
      (a) => a.id,
    );
    // Leave a few accounts with 0–2 posts: the prior of their peers is no evidence about them.
    const em = db.em.fork();
    for (const [i, id] of ids.slice(-3).entries()) {
      const posts = await em.find(Post, { account: id }, { orderBy: { postedAt: 'desc' } });
      await em.nativeDelete(Post, { id: { $in: posts.slice(i).map((p) => p.id) } });
    }
    const engagement = await metricsService().engagementFor(ids, config.defaultMethod, config.defaultWindow, END);
    for (const minPosts of [3, 5]) {
      const plan = await decisions().plan({
        budget: { amountMinor: 50_000_000, currency: 'USD' },
        goal: 'AWARENESS',
        platform: 'INSTAGRAM',
        minAuthenticity: 0,
        maxCreators: 40,
        minPosts,
        asOf: END,
      });
      const few = ids.filter((id) => engagement.get(id)!.sampleSize < minPosts);
      expect(plan.tooFewPosts).toBe(few.length);
      for (const p of [plan, plan.alternatives.allMicro, plan.alternatives.allMacro]) {
        for (const s of p.selection)
          expect(engagement.get(Number(s.accountId))!.sampleSize).toBeGreaterThanOrEqual(minPosts);
      }
      expect(plan.selection.length).toBeGreaterThan(0);
      expect(few.length).toBeGreaterThanOrEqual(3);
    }
  });

  // Last: it adds creators to the shared catalog.
  it("projects an AWARENESS plan's CPM on the same reach model as the realised CPM of the same roster", async () => {
    const em = db.em.fork();
    const postedAt = (d: number) => new Date(END.getTime() - d * DAY);
    const roster: IAccount[] = [];
    for (const [i, followers, rate] of [
      [0, 12_000, null],
      [1, 30_000, 45_000],
      [2, 80_000, null],
    ] as const) {
      const creator = em.create(Creator, {
        ref: `reach-${i}`,
        name: `Reach ${i}`,
        country: null,
        maxFollowers: followers,
      });
      em.create(CreatorNiche, { creator, niche: 'reach-model' });
      const account = em.create(Account, {
        creator,
        platform: 'YOUTUBE',
        handle: `reach.${i}`,
        externalId: `reach-${i}`,
        followers,
        following: null,
        ratePerPostMinor: rate,
        rateCurrency: rate === null ? null : 'USD',
      });
      em.create(FollowerSnapshot, { account, capturedAt: postedAt(60), followers, following: null });
      for (const d of [5, 10, 20]) {
        em.create(Post, {
          account,
          platform: 'YOUTUBE',
          externalId: `reach-${i}-${d}`,
          postedAt: postedAt(d),
          kind: 'VIDEO',
          sponsored: false,
          likes: Math.round(followers * 0.03),
          comments: 20,
          shares: null,
          saves: null,
          views: null,
          reach: null,
          impressions: null,
        });
      }
      roster.push(account);
    }
    await em.flush();
    const custom = {
      ...config,
      costs: { ...config.costs, reachFactor: { ...config.costs.reachFactor, YOUTUBE: 0.4 } },
    };
    const service = (org = acme) => {
      const fork = db.em.fork();
      return new CampaignDecisionService(
        fork,
        org,
        new MetricsService(fork, custom, { now: END, cache: new MetricsCache() }),
      );
    };
    const plan = await service().plan({
      budget: { amountMinor: 50_000_000, currency: 'USD' },
      goal: 'AWARENESS',
      platform: 'YOUTUBE',
      niches: ['reach-model'],
      minAuthenticity: 0,
      asOf: END,
    });
    expect(plan.selection.map((s) => Number(s.accountId)).sort((a, b) => a - b)).toEqual(roster.map((a) => a.id));
    expect(plan.reachFactor).toBe(0.4);
    for (const s of plan.selection) {
      const detail = plan.candidates.get(Number(s.accountId))!;
      // No spike and no flag: authentic followers are the followers, also at post time.
      expect(detail.authenticFollowers).toBe(detail.followers);
      expect(s.value).toBeCloseTo(detail.followers * 0.4, 9);
    }

    // The same roster as a campaign, one PHOTO deliverable each, one linked post each without impressions.
    const campaigns = new CampaignService(db.em.fork(), acme);
    const { id } = await campaigns.createCampaign({
      name: 'Reach model',
      brand: 'Acme',
      goal: 'AWARENESS',
      currency: 'USD',
      budget: { amountMinor: 50_000_000, currency: 'USD' },
      startsAt: postedAt(30),
    });
    for (const account of roster) {
      await campaigns.addMember(id, { accountId: account.id });
      const [post] = await db.em
        .fork()
        .find(Post, { account: account.id }, { orderBy: { postedAt: 'desc' }, limit: 1 });
      await campaigns.linkPosts(id, [post!.id]);
    }
    const realised = (await service().metricsFor([id], END)).get(id)!;
    expect(realised.reachFactors).toEqual([{ platform: 'YOUTUBE', factor: 0.4 }]);
    expect(realised.impressionsEstimated).toBe(3);
    expect(realised.spendMinor).toBe(plan.totals.spendMinor);
    expect(realised.impressions).toBeCloseTo(plan.totals.expectedValue, 6);
    expect(realised.cpm).toBeCloseTo(plan.totals.projectedCpm!, 6);
  });
});
