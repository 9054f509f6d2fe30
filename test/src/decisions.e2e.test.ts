import {
  Account,
  accountEngagement,
  CampaignMember,
  DEFAULT_METRICS_CONFIG,
  FollowerSnapshot,
  followerHistory,
  growth,
  Post,
} from '@creatorgraph/core';
import { postMetricsInput, snapshotInput } from '@creatorgraph/core/testing';
import type { Tier } from '@creatorgraph/sdk';
import { describe, expect, it } from 'vitest';
import { accountsWithPosts, createCampaign, dialects, NOW, twoOrganizations } from './live-server.js';

const config = DEFAULT_METRICS_CONFIG;
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

describe.each(dialects)('campaign decisions through the SDK on %s', (dialect) => {
  const suite = twoOrganizations(dialect);
  const accountsOf = (tier: Tier, count: number) => accountsWithPosts(suite.owner, tier, count, 2);

  async function campaignWith(name: string, members: { id: string; postIds: string[] }[], fee: number) {
    const { owner } = suite;
    const { id } = await createCampaign(owner, name, 'ENGAGEMENT', 5_000_000);
    for (const m of members) {
      const added = await owner.addCampaignMember({
        input: { campaignId: id, accountId: m.id, fee: { amountMinor: fee, currency: 'USD' }, deliverables: 2 },
      });
      if (!added.ok || added.data.addCampaignMember.__typename !== 'AddCampaignMemberPayload') {
        throw new Error(`addCampaignMember: ${JSON.stringify(added)}`);
      }
    }
    const linked = await owner.linkCampaignPosts({ campaignId: id, postIds: members.flatMap((m) => m.postIds) });
    expect(linked.ok && linked.data.linkCampaignPosts.__typename).toBe('LinkCampaignPostsPayload');
    return id;
  }

  it("compares the demo's own micro squad and macro spotlight with winners named", async () => {
    const { owner } = suite;
    const listed = await owner.campaigns({ first: 20 });
    if (!listed.ok) throw new Error(JSON.stringify(listed.errors));
    const demo = listed.data.campaigns.nodes.filter((c) => /micro squad|macro spotlight/.test(c.name));
    expect(demo).toHaveLength(2);
    const res = await owner.compareCampaigns({ ids: demo.map((c) => c.id) });
    if (!res.ok || res.data.compareCampaigns.__typename !== 'CompareCampaignsPayload') {
      throw new Error(JSON.stringify(res));
    }
    const { campaigns, verdicts } = res.data.compareCampaigns;
    for (const c of campaigns) expect(c.metrics.interactions, c.name).toBeGreaterThan(0);
    const engagement = verdicts.find((v) => v.goal === 'ENGAGEMENT');
    expect(engagement?.winners.length, engagement?.reason).toBeGreaterThan(0);
  });

  it('builds two campaigns, reads their metrics and compares them', async () => {
    const { live, owner, other } = suite;
    const micro = await campaignWith('SDK all micro', await accountsOf('MICRO', 5), 30_000);
    const macro = await campaignWith('SDK all macro', await accountsOf('MACRO', 2), 750_000);
    const recorded = await owner.recordCampaignResults({
      campaignId: micro,
      input: { revenue: { amountMinor: 600_000, currency: 'USD' } },
    });
    expect(recorded.ok && recorded.data.recordCampaignResults.__typename).toBe('RecordCampaignResultsPayload');

    const metrics = await owner.campaignMetrics({ id: micro, asOf: NOW.toISOString() });
    if (!metrics.ok || !metrics.data.campaign) throw new Error(JSON.stringify(metrics));
    const m = metrics.data.campaign.metrics;
    // Spend and overhead are sums of the database rows.
    const members = await live.db.em.fork().find(CampaignMember, { campaign: dbId(micro) });
    const spend = members.reduce((s, x) => s + (x.feeMinor ?? 0) * x.deliverables, 0);
    expect(m.spend).toEqual({ amountMinor: spend, currency: 'USD' });
    expect(m).toMatchObject({ creators: 5, deliverables: 10, posts: 10, spendEstimated: false, unpricedMembers: 0 });
    expect(m.overheadHours).toBe(3 * 5 + 10);
    expect(m.coordinationRisk).toBeCloseTo(1 - 0.95 ** 5, 12);
    expect(m.roi).toBeCloseTo((600_000 - spend) / spend, 12);
    expect(m.tierMix.find((t) => t.tier === 'MICRO')).toMatchObject({ creators: 5, spend: { amountMinor: spend } });
    expect(m.memberFees.every((f) => f.source === 'MEMBER_FEE' && f.account.tier === 'MICRO')).toBe(true);
    if (m.interactions > 0) expect(m.cpe?.amountMinor).toBeCloseTo(spend / m.interactions, 9);

    const compared = await owner.compareCampaigns({ ids: [micro, macro], asOf: NOW.toISOString() });
    if (!compared.ok) throw new Error(JSON.stringify(compared.errors));
    const result = compared.data.compareCampaigns;
    if (result.__typename !== 'CompareCampaignsPayload') throw new Error(`compareCampaigns: ${result.__typename}`);
    expect(result.campaigns.map((c) => c.id)).toEqual([micro, macro]);
    const spendRow = result.rows.find((r) => r.metric === 'SPEND');
    expect(spendRow).toMatchObject({ direction: 'LOWER_IS_BETTER', best: [{ id: micro }] });
    expect(spendRow?.values.map((v) => v.value)).toEqual(result.campaigns.map((c) => c.metrics.spend.amountMinor));
    const creatorsRow = result.rows.find((r) => r.metric === 'CREATORS');
    expect(creatorsRow?.values.map((v) => v.value)).toEqual([5, 2]);
    expect(result.verdicts.map((v) => v.goal)).toEqual(['AWARENESS', 'ENGAGEMENT', 'CONVERSION']);
    expect(result.verdicts.find((v) => v.goal === 'CONVERSION')?.winners.map((w) => w.id)).toEqual([micro]);

    // Another organization cannot compare them: to it they do not exist.
    const foreign = await other.compareCampaigns({ ids: [micro, macro] });
    expect(foreign.data?.compareCampaigns).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      ref: micro,
    });
    const tooFew = await owner.compareCampaigns({ ids: [micro] });
    expect(tooFew.data?.compareCampaigns.__typename).toBe('ValidationError');
  });

  it('compares tiers and plans a campaign', async () => {
    const { live, owner } = suite;
    const tiers = await owner.compareTiers({ platform: 'INSTAGRAM' });
    if (!tiers.ok) throw new Error(JSON.stringify(tiers.errors));
    expect(tiers.data.compareTiers.map((t) => t.tier)).toEqual(['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA']);
    const instagram = await live.db.em.fork().count(Account, { platform: 'INSTAGRAM' });
    expect(tiers.data.compareTiers.reduce((n, t) => n + t.accountCount, 0)).toBe(instagram);
    const nano = tiers.data.compareTiers[0]!;
    expect(nano.medianFee?.currency).toBe('USD');
    expect(nano.medianRate).toBeGreaterThan(0);

    const wide = await owner.planCampaign({
      input: { budget: { amountMinor: 2_000_000, currency: 'USD' }, goal: 'ENGAGEMENT', platform: 'INSTAGRAM' },
    });
    if (!wide.ok || wide.data.planCampaign.__typename !== 'PlanCampaignPayload') throw new Error(JSON.stringify(wide));
    const plan = wide.data.planCampaign;
    expect(plan.optimal).toBe(plan.candidateCount <= 40);
    expect(plan.selection.length).toBeLessThanOrEqual(20);
    expect(plan.totals.cost.amountMinor).toBeLessThanOrEqual(2_000_000);
    expect(plan.selection.every((s) => s.authenticityScore >= 70 && s.account.platform === 'INSTAGRAM')).toBe(true);

    const narrow = await owner.planCampaign({
      input: {
        budget: { amountMinor: 1_000_000, currency: 'USD' },
        goal: 'AWARENESS',
        platform: 'INSTAGRAM',
        tiers: ['MID'],
        maxCreators: 3,
      },
    });
    if (!narrow.ok || narrow.data.planCampaign.__typename !== 'PlanCampaignPayload') {
      throw new Error(JSON.stringify(narrow));
    }
    const exact = narrow.data.planCampaign;
    expect(exact.optimal).toBe(true);
    expect(exact.selection.length).toBeLessThanOrEqual(3);
    expect(exact.selection.every((s) => s.tier === 'MID')).toBe(true);
    expect(exact.allMicro.selection.every((s) => s.tier === 'MICRO')).toBe(true);
    expect(exact.allMacro.selection.every((s) => s.tier === 'MACRO')).toBe(true);
    expect(exact.totals.projectedCpm).not.toBeNull();

    const invalid = await owner.planCampaign({
      input: { budget: { amountMinor: 100, currency: 'USD' }, goal: 'ENGAGEMENT', platform: 'X', postsPerCreator: 0 },
    });
    const error = invalid.data?.planCampaign;
    if (error?.__typename !== 'ValidationError') throw new Error('expected a validation error');
    expect(error.issues.map((i) => i.field)).toEqual(['input.postsPerCreator']);
  });

  it('answers an account metrics query as the core functions do on the same rows', async () => {
    const { live, owner } = suite;
    const em = live.db.em.fork();
    const [account] = await em.find(Account, { platform: 'INSTAGRAM' }, { orderBy: { followers: 'desc' }, limit: 1 });
    if (!account) throw new Error('no account');
    const res = await owner.accountMetrics({
      platform: account.platform,
      handle: account.handle,
      asOf: NOW.toISOString(),
      growthDays: 30,
      historyTo: NOW.toISOString(),
    });
    if (!res.ok || !res.data.account) throw new Error(JSON.stringify(res));
    const posts = (await em.find(Post, { account: account.id })).map(postMetricsInput);
    const snapshots = (await em.find(FollowerSnapshot, { account: account.id })).map(snapshotInput);
    const expected = accountEngagement(
      { posts, snapshots, followers: account.followers },
      config.defaultMethod,
      config.defaultWindow,
      NOW,
    );
    const a = res.data.account;
    expect(a.engagement.sampleSize).toBe(expected.sampleSize);
    expect(a.engagement.totalInteractions).toBe(expected.totalInteractions);
    expect(a.engagement.value).toBeCloseTo(expected.value as number, 12);
    expect(a.engagement.method).toMatchObject({
      interactions: 'ALL',
      base: 'FOLLOWERS',
      aggregate: 'MEAN',
      windowDays: 90,
    });
    const g = growth(snapshots, 30, NOW);
    if (g === null) expect(a.growth).toBeNull();
    else expect(a.growth).toBeCloseTo(g, 12);
    const from = new Date(NOW.getTime() - 90 * 86_400_000);
    expect(a.followerHistory.map((s) => s.followers)).toEqual(
      followerHistory(snapshots, from, NOW).map((s) => s.followers),
    );
    expect(a.authenticity.score).toBeGreaterThanOrEqual(0);
    expect(a.authenticity.score).toBeLessThanOrEqual(100);
    expect(a.benchmark.peerCount).toBeGreaterThan(0);

    const config2 = await owner.metricsConfig();
    expect(config2.ok && config2.data.metricsConfig.tierScheme).toBe('mediakix-2019');
    const bench = await owner.benchmarks({ platform: 'INSTAGRAM', tier: 'NANO', asOf: NOW.toISOString() });
    expect(bench.ok && bench.data.benchmarks.accountCount).toBeGreaterThan(0);
    const ordered = await owner.creatorsByMetric({
      first: 5,
      orderBy: { field: 'AUTHENTICITY_SCORE', direction: 'ASC' },
      filter: { platform: 'INSTAGRAM' },
    });
    if (!ordered.ok) throw new Error(JSON.stringify(ordered.errors));
    const scores = ordered.data.creators.edges.map((e) => e.node.authenticity?.score ?? Number.POSITIVE_INFINITY);
    expect(scores).toEqual([...scores].sort((x, y) => x - y));
  });
});
