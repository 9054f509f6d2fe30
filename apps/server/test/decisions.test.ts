import {
  Account,
  accountEngagement,
  accountPrice,
  type ComparisonGoal,
  classifyTier,
  compareCampaigns,
  compareTiersStats,
  FollowerSnapshot,
  type IAccount,
  MetricsService,
  type PlannerCandidate,
  Post,
  planCampaign,
  type Tier,
} from '@creatorgraph/core';
import { countStatements, postMetricsInput, snapshotInput } from '@creatorgraph/core/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../src/http/graphiql.js';
import { schema } from '../src/schema/index.js';
import {
  ACCOUNT_PRICE,
  CAMPAIGN_CREATORS,
  CAMPAIGN_METRICS,
  CAMPAIGN_METRICS_NOW,
  CAMPAIGN_PAGE,
  COMPARE,
  M,
  METRICS_CONFIG_PRICES,
  METRICS_SUBSCRIPTION,
  type MetricsUpdate,
  PLAN,
  TIERS_QUERY,
} from './decisions-documents.js';
import { checkMetrics, config, dbId, expectClose, pricing, referenceMetrics, usdFee } from './decisions-reference.js';
import { createHarness, dialects, type Harness, NOW } from './harness.js';
import { sse } from './sse.js';
import { as, type Document, errorCode, execute, executeField, expectNoErrors, type StreamedResult } from './testkit.js';

/**
 * Campaign decisions over HTTP on both dialects. Every expected number is recomputed from the database rows
 * (decisions-reference.ts).
 */

const gid = (typename: string, id: number | string) => encodeGlobalID(typename, String(id));

/** The limits both plans below share: the API's input and the pure planner's options. */
const PLAN_LIMITS = {
  goal: 'ENGAGEMENT' as const,
  platform: 'INSTAGRAM' as const,
  tiers: ['NANO', 'MICRO'] satisfies Tier[] as Tier[],
  minAuthenticity: 70,
  maxCreators: 3,
  postsPerCreator: 2,
};

describe('GraphiQL examples', () => {
  it('are valid named operations, MicroCreators first, with the decision queries among them', () => {
    const document = parse(EXAMPLE_QUERY);
    expect(validate(schema, document)).toEqual([]);
    const names = document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
    expect(names[0]).toBe('MicroCreators');
    expect(names).toEqual(
      expect.arrayContaining([
        'ReliablyEngaging',
        'CheapestEngagement',
        'Search',
        'BrandPerformance',
        'CompareCampaigns',
        'CompareTiers',
        'PlanCampaign',
        'CreateCampaign',
      ]),
    );
  });
});

describe.each(dialects)('campaign decisions API on %s', (dialect) => {
  let h: Harness;
  let acmeKey: string;
  let globexKey: string;
  /** Accounts (ascending id) with their post ids, newest first. */
  let accounts: { account: IAccount; tier: Tier; posts: number[] }[];
  let micro: string;
  let macro: string;
  let euro: string;

  const run = <TData, TVariables>(document: Document<TData, TVariables>, variables: TVariables, key = acmeKey) =>
    executeField(h, document, variables, key);

  async function create(name: string, currency = 'USD', budgetMinor = 10_000_000): Promise<string> {
    const result = await run(M.create, {
      input: {
        name,
        brand: 'Acme',
        goal: 'ENGAGEMENT',
        currency,
        budget: { amountMinor: budgetMinor, currency },
        startsAt: '2026-06-01T00:00:00Z',
      },
    });
    return as(result, 'CreateCampaignPayload').campaign.id;
  }

  async function hire(
    campaignId: string,
    account: IAccount,
    fee: number | null,
    deliverables: number,
    posts: number[],
    kind?: string,
  ) {
    const added = await run(M.addMember, {
      input: {
        campaignId,
        accountId: gid('Account', account.id),
        fee: fee === null ? null : { amountMinor: fee, currency: 'USD' },
        deliverables,
        ...(kind ? { kind } : {}),
      },
    });
    as(added, 'AddCampaignMemberPayload');
    if (posts.length) {
      const linked = await run(M.link, { campaignId, postIds: posts.map((p) => gid('Post', p)) });
      as(linked, 'LinkCampaignPostsPayload');
    }
  }

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 60 });
    acmeKey = h.fixture.orgs[0]!.key;
    globexKey = h.fixture.orgs[1]!.key;
    const em = h.db.em.fork();
    // Some posts report impressions and views, so both impression branches and CPV are exercised.
    const posts = await em.find(Post, {}, { orderBy: { id: 'asc' } });
    posts.forEach((p, i) => {
      if (i % 3 === 0) p.impressions = 2_000 + 13 * i;
      if (i % 2 === 0) p.views = 900 + 7 * i;
    });
    await em.flush();
    accounts = [];
    for (const account of await em.find(Account, {}, { orderBy: { id: 'asc' } })) {
      const own = await em.find(Post, { account: account.id }, { orderBy: { postedAt: 'desc' } });
      accounts.push({ account, tier: classifyTier(account.followers), posts: own.map((p) => p.id) });
    }
    const ofTier = (tier: Tier) => accounts.filter((a) => a.tier === tier);

    // All-micro: 6 members, agreed fees except one (its quoted rate or the rate card), 2 posts each, revenue.
    micro = await create('All micro');
    for (const [i, a] of ofTier('MICRO').slice(0, 6).entries()) {
      await hire(
        micro,
        a.account,
        i === 5 ? null : 30_000 + 1_000 * i,
        1 + (i % 2),
        a.posts.slice(0, 2),
        i === 5 ? 'REEL' : undefined,
      );
    }
    const recorded = await run(M.results, {
      campaignId: micro,
      input: { revenue: { amountMinor: 450_000, currency: 'USD' }, conversions: 30 },
    });
    expect(recorded.__typename).toBe('RecordCampaignResultsPayload');
    // All-macro: 2 members with big fees and their posts.
    macro = await create('All macro');
    for (const [i, a] of ofTier('MACRO').slice(0, 2).entries()) {
      await hire(macro, a.account, 700_000 + 50_000 * i, 1, a.posts.slice(0, 2));
    }
    euro = await create('Euro', 'EUR');
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  it('answers Campaign.metrics with computeCampaignMetrics on the database rows', async () => {
    for (const asOf of [undefined, new Date(NOW.getTime() - 86_400_000)]) {
      const res = await execute(h, CAMPAIGN_METRICS, { id: micro, asOf: asOf?.toISOString() });
      const metrics = expectNoErrors(res).campaign!.metrics;
      checkMetrics(metrics, await referenceMetrics(h.db, micro, asOf ?? NOW));
      expect(metrics.asOf).toBe((asOf ?? NOW).toISOString());
    }
    const res = await execute(h, CAMPAIGN_METRICS_NOW, { id: micro });
    const metrics = res.data!.campaign!.metrics;
    // Both impression branches, an estimated spend (the member without an agreed fee) and ROI.
    expect(metrics.impressionsEstimated).toBeGreaterThan(0);
    expect(metrics.impressionsEstimated).toBeLessThan(metrics.posts);
    expect(metrics.memberFees.map((f) => f.source)).toContain('MEMBER_FEE');
    expect(metrics.memberFees[5]!.source).not.toBe('MEMBER_FEE');
    // The member without an agreed fee delivers reels: its quoted rate or estimate is × 1.45.
    expect(metrics.memberFees[5]!.kind).toBe('REEL');
    expect(metrics.memberFees[5]!.method).toMatch(/× 1\.45 \(REEL\)$/);
    expect(metrics.memberFees[0]!.kind).toBe('PHOTO');
    expect(metrics.roi).not.toBeNull();
    expect(metrics.warnings).toEqual([]);
    expect(metrics.budget).toEqual({ amountMinor: 10_000_000, currency: 'USD' });
    // The members' platforms, each with the configured reach factor (checkMetrics compares them too).
    const platforms = new Set(
      accounts
        .filter((a) => a.tier === 'MICRO')
        .slice(0, 6)
        .map((a) => a.account.platform),
    );
    expect(metrics.reachFactors.map((r) => r.platform).sort()).toEqual([...platforms].sort());
    for (const r of metrics.reachFactors) expect(r.factor).toBe(config.costs.reachFactor[r.platform as 'X']);
    checkMetrics(
      (await execute(h, CAMPAIGN_METRICS_NOW, { id: macro })).data!.campaign!.metrics,
      await referenceMetrics(h.db, macro),
    );
  });

  it('compares the campaigns row by row exactly as compareCampaigns does, with a verdict per goal', async () => {
    const expected = compareCampaigns([
      { id: micro, name: 'All micro', metrics: await referenceMetrics(h.db, micro) },
      { id: macro, name: 'All macro', metrics: await referenceMetrics(h.db, macro) },
    ]);
    const result = as(await run(COMPARE, { ids: [micro, macro] }), 'CompareCampaignsPayload');
    expect(result.currency).toBe('USD');
    expect(result.campaigns.map((c) => c.id)).toEqual([micro, macro]);
    // The API names each metric as an enum value: `reachPotential` → REACH_POTENTIAL.
    expect(result.rows.map((r) => r.metric)).toEqual(
      expected.rows.map((r) => r.metric.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()),
    );
    for (const [i, row] of expected.rows.entries()) {
      const actual = result.rows[i]!;
      expect(actual.direction).toBe(row.direction);
      expect(actual.values.map((v) => v.campaign.id)).toEqual(row.values.map((v) => v.campaignId));
      row.values.forEach((v, j) => {
        expectClose(actual.values[j]!.value, v.value);
      });
      expect(actual.best.map((b) => b.id)).toEqual(row.best);
    }
    expect(result.verdicts.map((v) => v.goal)).toEqual(['AWARENESS', 'ENGAGEMENT', 'CONVERSION']);
    for (const goal of ['AWARENESS', 'ENGAGEMENT', 'CONVERSION'] as ComparisonGoal[]) {
      const [verdict] = compareCampaigns(
        [
          { id: micro, name: 'All micro', metrics: await referenceMetrics(h.db, micro) },
          { id: macro, name: 'All macro', metrics: await referenceMetrics(h.db, macro) },
        ],
        goal,
      ).verdicts;
      const one = as(await run(COMPARE, { ids: [micro, macro], goal }), 'CompareCampaignsPayload');
      expect(one.verdicts).toHaveLength(1);
      expect(one.verdicts[0]!.goal).toBe(goal);
      expect(one.verdicts[0]!.winners.map((w) => w.id)).toEqual(verdict!.winners);
      expect(one.verdicts[0]!.reason).toBe(verdict!.reason);
    }
    // Only the micro campaign has revenue: it is the one with an ROI.
    const conversion = result.verdicts.find((v) => v.goal === 'CONVERSION');
    expect(conversion!.winners.map((w) => w.id)).toEqual([micro]);
    // The compared campaigns' metrics come with the comparison.
    const spendRow = result.rows.find((r) => r.metric === 'SPEND');
    expect(result.campaigns.map((c) => c.metrics.spend.amountMinor)).toEqual(spendRow!.values.map((v) => v.value));
  });

  it('keeps campaigns private: another organization can neither read nor compare them', async () => {
    const read = await execute(h, CAMPAIGN_CREATORS, { id: micro }, globexKey);
    expect(expectNoErrors(read).campaign).toBeNull();
    // Another organization's campaigns answer like unknown ids.
    const foreign = await run(COMPARE, { ids: [micro, macro] }, globexKey);
    expect(foreign).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', entity: 'Campaign', ref: micro });
    const globexOwn = gid('Campaign', h.fixture.campaignIds.globex![0]!);
    const mixed = await run(COMPARE, { ids: [globexOwn, micro] }, globexKey);
    expect(mixed).toMatchObject({ __typename: 'NotFoundError', ref: micro });
    const missing = await run(COMPARE, { ids: [micro, gid('Campaign', 999_999)] });
    expect(missing).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Campaign',
      ref: gid('Campaign', 999_999),
    });
  });

  it('refuses 1 or 11 campaigns, repeated ids and mixed currencies with typed errors', async () => {
    const one = await run(COMPARE, { ids: [micro] });
    expect(one).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    expect(as(one, 'ValidationError').issues[0]!.field).toBe('ids');
    const eleven = await run(COMPARE, { ids: Array.from({ length: 11 }, (_, i) => gid('Campaign', i + 1)) });
    expect(eleven.__typename).toBe('ValidationError');
    expect((await run(COMPARE, { ids: [micro, micro] })).__typename).toBe('ValidationError');
    const mismatch = await run(COMPARE, { ids: [micro, euro] });
    expect(mismatch).toMatchObject({ __typename: 'CurrencyMismatchError', code: 'CURRENCY_MISMATCH', field: null });
    const { expected, actual } = as(mismatch, 'CurrencyMismatchError');
    expect([expected, actual].sort()).toEqual(['EUR', 'USD']);
  });

  it('answers compareTiers with compareTiersStats on the same inputs', async () => {
    const em = h.db.em.fork();
    const metrics = new MetricsService(em, config, { now: NOW });
    for (const [niche, window] of [
      [null, { days: 90, posts: null }],
      ['Travel', { days: 30, posts: null }],
      [null, { days: 90, posts: 3 }],
    ] as const) {
      const rows = await execute(h, TIERS_QUERY, {
        platform: 'INSTAGRAM',
        niche,
        window: window.posts === null ? { days: window.days } : { posts: window.posts },
      });
      const actual = expectNoErrors(rows).compareTiers;
      let list = accounts.filter((a) => a.account.platform === 'INSTAGRAM');
      if (niche) {
        const creators = new Set(
          (
            (await em.getConnection().execute('select creator_id from creator_niches where niche = ?', ['travel'])) as {
              creator_id: number;
            }[]
          ).map((r) => Number(r.creator_id)),
        );
        list = list.filter((a) => creators.has((a.account.creator as { id: number }).id));
      }
      const ids = list.map((a) => a.account.id);
      const authenticity = await metrics.authenticityFor(ids, NOW);
      const inputs = await Promise.all(
        list.map(async ({ account, tier }) => {
          const posts = (await em.find(Post, { account: account.id })).map(postMetricsInput);
          const snapshots = (await em.find(FollowerSnapshot, { account: account.id })).map(snapshotInput);
          const e = accountEngagement(
            { posts, snapshots, followers: account.followers },
            config.defaultMethod,
            window,
            NOW,
          );
          return {
            tier,
            rate: e.value,
            avgInteractionsPerPost: e.avgInteractionsPerPost,
            feeMinor: usdFee(account, tier),
            authenticityScore: authenticity.get(account.id)!.score,
          };
        }),
      );
      const expected = compareTiersStats(inputs, config);
      expect(actual.map((r) => r.tier)).toEqual(['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA']);
      expect(actual.reduce((n, r) => n + r.accountCount, 0)).toBe(list.length);
      expected.forEach((s, i) => {
        const r = actual[i]!;
        expect(r).toMatchObject({
          tier: s.tier,
          platform: 'INSTAGRAM',
          niche: niche?.toLowerCase() ?? null,
          accountCount: s.accountCount,
          windowDays: window.days,
          windowPosts: window.posts,
          asOf: NOW.toISOString(),
        });
        for (const k of ['medianRate', 'p25Rate', 'p75Rate', 'medianAvgInteractions', 'medianAuthenticity'] as const) {
          expectClose(r[k], s[k]);
        }
        expectClose(r.lowAuthenticityShare, s.lowAuthenticityShare);
        expectClose(r.medianFee?.amountMinor, s.medianFeeMinor);
        expectClose(r.medianCpe?.amountMinor, s.medianCpe);
        if (s.medianFeeMinor !== null) expect(r.medianFee?.currency).toBe('USD');
      });
    }
    const bad = await execute(h, TIERS_QUERY, { platform: 'INSTAGRAM', window: { days: 0 } });
    expect(errorCode(bad)).toBe('VALIDATION');
  });

  it('plans within the budget, the roster size, the authenticity floor and the tiers, optimally for ≤ 40 candidates', async () => {
    const input = {
      ...PLAN_LIMITS,
      budget: { amountMinor: 150_000, currency: 'USD' },
      hourlyOverhead: { amountMinor: 500, currency: 'USD' },
    };
    const result = as(await run(PLAN, { input }), 'PlanCampaignPayload');
    expect(result.optimal).toBe(true);
    expect(result.algorithm).toBe('EXACT_MEET_IN_THE_MIDDLE_PARETO');
    expect(result.candidateCount).toBeGreaterThan(3);
    expect(result.candidateCount).toBeLessThanOrEqual(40);
    expect(result.currency).toBe('USD');
    expect(result.selection.length).toBeGreaterThan(0);
    expect(result.selection.length).toBeLessThanOrEqual(3);
    expect(result.totals.cost.amountMinor).toBeLessThanOrEqual(150_000);
    for (const s of result.selection) {
      expect(['NANO', 'MICRO']).toContain(s.tier);
      expect(s.account.platform).toBe('INSTAGRAM');
      expect(s.authenticityScore).toBeGreaterThanOrEqual(70);
      expect(s.cost.amountMinor).toBe(s.fee.amountMinor * 2 + (3 + 2) * 500);
    }
    expect(result.totals.projectedCpe).not.toBeNull();
    expect(result.totals.projectedCpm).toBeNull();
    for (const [plan, tier] of [
      [result.allMicro, 'MICRO'],
      [result.allMacro, 'MACRO'],
    ] as const) {
      expect(plan.optimal).toBe(true);
      expect(plan.totals.cost.amountMinor).toBeLessThanOrEqual(150_000);
      for (const s of plan.selection) expect(s.tier).toBe(tier);
    }

    // The same plan from the pure planner on candidates assembled here.
    const em = h.db.em.fork();
    const instagram = accounts.filter((a) => a.account.platform === 'INSTAGRAM');
    const ids = instagram.map((a) => a.account.id);
    const metrics = new MetricsService(em, config, { now: NOW });
    const authenticity = await metrics.authenticityFor(ids, NOW);
    const reliable = await metrics.reliableFor(ids, config.defaultMethod, config.defaultWindow, NOW);
    const engagement = await metrics.engagementFor(ids, config.defaultMethod, config.defaultWindow, NOW);
    const niches = new Map<number, string[]>();
    for (const r of (await em.getConnection().execute('select creator_id, niche from creator_niches')) as {
      creator_id: number;
      niche: string;
    }[]) {
      niches.set(Number(r.creator_id), [...(niches.get(Number(r.creator_id)) ?? []), r.niche]);
    }
    const candidates: PlannerCandidate[] = instagram.map(({ account, tier }) => ({
      accountId: String(account.id),
      tier,
      followers: account.followers,
      authenticFollowers: authenticity.get(account.id)!.authenticFollowers,
      authenticityScore: authenticity.get(account.id)!.score,
      reliableRate: reliable.get(account.id)!.value,
      feeMinor: usdFee(account, tier),
      niches: niches.get((account.creator as { id: number }).id) ?? [],
      platform: 'INSTAGRAM',
      posts: engagement.get(account.id)!.sampleSize,
    }));
    const expected = planCampaign(
      candidates,
      { ...PLAN_LIMITS, budgetMinor: 150_000, hourlyOverheadMinor: 500 },
      config,
    );
    expect(result.selection.map((s) => dbId(s.account.id))).toEqual(expected.selection.map((s) => Number(s.accountId)));
    expect(result.candidateCount).toBe(expected.candidateCount);
    expect(result.tooFewPosts).toBe(expected.tooFewPosts);
    expect([result.kind, result.minPosts, result.reachFactor]).toEqual([
      'PHOTO',
      3,
      config.costs.reachFactor.INSTAGRAM,
    ]);
    for (const s of result.selection) {
      expect(s.posts).toBeGreaterThanOrEqual(3);
      expect(s.feeConversion).toBeNull(); // USD quotes and the USD rate card in a USD budget
      expect(s.feeMethod).toMatch(
        /^(quoted rate × 1 \(PHOTO\)|rate card \w+ \d+ USD × 1 \(INSTAGRAM\) × 1 \(PHOTO\))$/,
      );
    }
    expectClose(result.totals.expectedValue, expected.totals.expectedValue);
    expect(result.totals.spend.amountMinor).toBe(expected.totals.spendMinor);
    expect(result.allMicro.selection.map((s) => dbId(s.account.id))).toEqual(
      expected.alternatives.allMicro.selection.map((s) => Number(s.accountId)),
    );
    expect(result.allMacro.selection.map((s) => dbId(s.account.id))).toEqual(
      expected.alternatives.allMacro.selection.map((s) => Number(s.accountId)),
    );

    // AWARENESS: projected CPM instead of CPE.
    const awareness = await run(PLAN, { input: { ...input, goal: 'AWARENESS', tiers: null } });
    const { totals, selection } = as(awareness, 'PlanCampaignPayload');
    expect(totals.projectedCpe).toBeNull();
    expect(selection.length).toBeGreaterThan(0);
    expect(totals.projectedCpm?.amountMinor).toBeGreaterThan(0);
  });

  it('rejects bad plan input with typed errors naming the fields', async () => {
    const input = { budget: { amountMinor: 100_000, currency: 'USD' }, goal: 'AWARENESS', platform: 'TIKTOK' };
    const invalid = await run(PLAN, { input: { ...input, maxCreators: -1 } });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    expect(as(invalid, 'ValidationError').issues).toEqual([
      { field: 'input.maxCreators', message: 'must be an integer ≥ 1' },
    ]);
    // A roster of nobody, or candidates without a post of evidence, are mistakes too.
    const none = await run(PLAN, { input: { ...input, maxCreators: 0 } });
    expect(as(none, 'ValidationError').issues).toEqual([
      { field: 'input.maxCreators', message: 'must be an integer ≥ 1' },
    ]);
    const evidence = await run(PLAN, { input: { ...input, minPosts: 0 } });
    expect(as(evidence, 'ValidationError').issues).toEqual([
      { field: 'input.minPosts', message: 'must be an integer ≥ 1' },
    ]);
    const budget = await run(PLAN, { input: { ...input, budget: { amountMinor: -5, currency: 'USD' } } });
    expect(as(budget, 'ValidationError').issues[0]!.field).toBe('input.budget.amountMinor');
    const posts = await run(PLAN, { input: { ...input, postsPerCreator: 0 } });
    expect(as(posts, 'ValidationError').issues[0]!.field).toBe('input.postsPerCreator');
    const mismatch = await run(PLAN, { input: { ...input, hourlyOverhead: { amountMinor: 100, currency: 'EUR' } } });
    expect(mismatch).toMatchObject({
      __typename: 'CurrencyMismatchError',
      expected: 'USD',
      actual: 'EUR',
      field: 'input.hourlyOverhead',
    });
  });

  it('prices a EUR plan: USD quotes and estimates converted at the disclosed, dated rate', async () => {
    const input = {
      budget: { amountMinor: 1_000_000, currency: 'EUR' },
      goal: 'AWARENESS',
      platform: 'TIKTOK',
      kind: 'REEL',
      minAuthenticity: 0,
      maxCreators: 10,
    };
    const result = as(await run(PLAN, { input }), 'PlanCampaignPayload');
    expect(result.currency).toBe('EUR');
    expect(result.kind).toBe('REEL');
    expect(result.unpricedAccounts).toBe(0);
    expect(result.selection.length).toBeGreaterThan(0);
    const byId = new Map(accounts.map((a) => [a.account.id, a]));
    for (const s of result.selection) {
      const { account, tier } = byId.get(dbId(s.account.id))!;
      const own = accountPrice(pricing(account, tier), 'REEL', null, config.costs);
      expect(s.feeMethod).toBe(own.method);
      if (own.amount.currency === 'EUR') {
        expect(s.feeConversion).toBeNull();
        expect(s.fee.amountMinor).toBe(own.amount.amountMinor);
        continue;
      }
      // e.g. a MICRO TikTok reel: 300 USD × 0.8 × 1.45 = 348.00 USD; ÷ 1.16 USD per EUR = 300.00 EUR
      const rate = config.costs.fx.usdPerUnit[own.amount.currency]! / config.costs.fx.usdPerUnit.EUR!;
      expect(s.feeConversion).toEqual({
        from: own.amount.currency,
        to: 'EUR',
        rate,
        asOf: config.costs.fx.asOf.toISOString(),
        source: config.costs.fx.source,
      });
      expect(s.fee.amountMinor).toBe(Math.round(own.amount.amountMinor * rate));
    }
    expect(result.selection.some((s) => s.feeConversion !== null)).toBe(true);
  });

  it("answers an account's price for a kind, in a currency, with its method and conversion", async () => {
    const quoted = accounts.find((a) => a.account.ratePerPostMinor != null && a.account.rateCurrency === 'USD')!;
    const unquoted = accounts.find((a) => a.account.ratePerPostMinor == null && a.account.platform === 'TIKTOK')!;
    const price = async (a: (typeof accounts)[number], kind?: string, currency?: string) =>
      expectNoErrors(
        await execute(
          h,
          ACCOUNT_PRICE,
          { platform: a.account.platform, handle: a.account.handle, kind, currency },
          acmeKey,
        ),
      ).account!.price;

    // Quoted: the rate × 1.45 for a reel, in its own currency.
    const reel = await price(quoted, 'REEL');
    expect(reel).toEqual({
      amount: { amountMinor: Math.round(quoted.account.ratePerPostMinor! * 1.45), currency: 'USD' },
      estimated: false,
      method: 'quoted rate × 1.45 (REEL)',
      conversion: null,
    });
    // Not quoted, TikTok: the tier's midpoint × 0.8 × 1 (PHOTO by default), in USD.
    const card = config.costs.rateCardMinor[unquoted.tier];
    const photo = await price(unquoted);
    expect(photo.amount).toEqual({ amountMinor: Math.round(card * 0.8), currency: 'USD' });
    expect(photo.estimated).toBe(true);
    expect(photo.method).toBe(`rate card ${unquoted.tier} ${card / 100} USD × 0.8 (TIKTOK) × 1 (PHOTO)`);
    // In EUR: the USD amount ÷ 1.16, disclosed.
    const euro = await price(unquoted, 'PHOTO', 'EUR');
    expect(euro.amount).toEqual({ amountMinor: Math.round((Math.round(card * 0.8) * 1) / 1.16), currency: 'EUR' });
    expect(euro.conversion).toMatchObject({ from: 'USD', to: 'EUR', asOf: config.costs.fx.asOf.toISOString() });
    expect(euro.conversion!.rate).toBeCloseTo(1 / 1.16, 12);

    // A currency without an exchange rate is the caller's mistake, typed; a code that is no currency too.
    const noRate = await execute(
      h,
      ACCOUNT_PRICE,
      { platform: unquoted.account.platform, handle: unquoted.account.handle, currency: 'NOK' },
      acmeKey,
    );
    expect(errorCode(noRate)).toBe('CURRENCY_MISMATCH');
    expect(noRate.errors![0]!.message).toMatch(/No exchange rate is configured for NOK/);
    const bogus = await execute(
      h,
      ACCOUNT_PRICE,
      { platform: unquoted.account.platform, handle: unquoted.account.handle, currency: 'XYZ' },
      acmeKey,
    );
    expect(errorCode(bogus)).toBe('BAD_USER_INPUT');
  });

  it('warns when spend exceeds the budget, with money in major units', async () => {
    const tight = await create('Tight', 'USD', 300_000);
    const [a, b] = accounts.filter((x) => x.tier === 'MICRO').slice(6, 8);
    await hire(tight, a!.account, 250_000, 2, []); // 5,000.00 USD
    await hire(tight, b!.account, 195_000, 1, []); // 1,950.00 USD
    const metrics = expectNoErrors(await execute(h, CAMPAIGN_METRICS_NOW, { id: tight })).campaign!.metrics;
    expect(metrics.spend.amountMinor).toBe(695_000);
    expect(metrics.warnings).toEqual([
      { code: 'OVER_BUDGET', message: 'spend 6,950.00 USD exceeds the budget of 3,000.00 USD' },
    ]);
  });

  it('discloses platform multipliers, reach factors, the dated FX table and the planner and discovery defaults', async () => {
    const c = expectNoErrors(await execute(h, METRICS_CONFIG_PRICES, {}, acmeKey)).metricsConfig;
    expect(c.platformMultipliers).toEqual([
      { platform: 'INSTAGRAM', value: 1 },
      { platform: 'TIKTOK', value: 0.8 },
      { platform: 'YOUTUBE', value: 2 },
      { platform: 'X', value: 0.4 },
    ]);
    expect(c.reachFactors.map((r) => r.value)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(c.fx.asOf).toBe(config.costs.fx.asOf.toISOString());
    expect(c.fx.source).toBe(config.costs.fx.source);
    expect(c.fx.rates).toContainEqual({ currency: 'EUR', usdPerUnit: config.costs.fx.usdPerUnit.EUR });
    expect(c.plannerMinPosts).toBe(3);
    expect(c.growthDays).toBe(config.discovery.growthDays);
    expect(c.thresholds).toContainEqual({ name: 'planner.minPosts', value: 3 });
  });

  it('batches the metrics of a page of campaigns: the same statements for 1 and for many', async () => {
    await h.gql('{ viewer { keyPrefix } }');
    await execute(h, CAMPAIGN_PAGE, { n: 4 }); // warm peer groups
    // Newest first: the EUR campaign (no members) and the macro one, then all four.
    const one = await countStatements(h.db, () => execute(h, CAMPAIGN_PAGE, { n: 2 }));
    const many = await countStatements(h.db, () => execute(h, CAMPAIGN_PAGE, { n: 4 }));
    expect(one.result.errors).toBeUndefined();
    expect(many.result.data!.campaigns.nodes.length).toBe(4);
    expect(many.count).toBe(one.count);
    // page 1 + metrics 4 (campaigns, members, linked post totals, the members' account summaries) + accounts 1;
    // the API key was verified by the first request and is cached.
    expect(many.count).toBe(6);
  });

  it('streams fresh campaign metrics with each live update', async () => {
    const controller = new AbortController();
    const response = await h.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${acmeKey}` },
      body: JSON.stringify({
        query: METRICS_SUBSCRIPTION,
        variables: { id: macro },
      }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const stream = sse<StreamedResult<{ campaignMetricsUpdated: MetricsUpdate }>>(response);
    const before = (await referenceMetrics(h.db, macro)).spendMinor;
    const extra = accounts.filter((a) => a.tier === 'MACRO')[2]!;
    await hire(macro, extra.account, 100_000, 2, []);
    const first = await stream.next();
    expect(first?.data?.data?.campaignMetricsUpdated).toMatchObject({
      reason: 'MEMBER_ADDED',
      campaign: { id: macro, metrics: { spend: { amountMinor: before + 200_000 }, creators: 3 } },
    });
    const updated = await run(M.updateMember, {
      input: {
        campaignId: macro,
        accountId: gid('Account', extra.account.id),
        fee: { amountMinor: 50_000, currency: 'USD' },
      },
    });
    expect(updated.__typename).toBe('UpdateCampaignMemberPayload');
    const second = await stream.next();
    expect(second?.data?.data?.campaignMetricsUpdated).toMatchObject({
      reason: 'MEMBER_UPDATED',
      campaign: { metrics: { spend: { amountMinor: before + 100_000 }, creators: 3 } },
    });
    controller.abort();
    await stream.cancel();
  });
});
