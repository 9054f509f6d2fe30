import {
  Account,
  accountPrice,
  Campaign as CampaignEntity,
  CampaignMember,
  type CampaignMetrics,
  type CampaignMetricsInput,
  CampaignPost,
  classifyTier,
  computeCampaignMetrics,
  DEFAULT_METRICS_CONFIG,
  FollowerSnapshot,
  followersAtPostTime,
  type IAccount,
  MetricsService,
  type PostMetricsInput,
  postImpressions,
  postInteractions,
  type SnapshotInput,
  type Tier,
} from '@creatorgraph/core';
import { snapshotInput, type TestDatabase } from '@creatorgraph/core/testing';
import { expect } from 'vitest';
import type { MetricsFields } from './decisions-documents.js';
import { NOW } from './harness.js';
import { expectCloseWithin } from './testkit.js';

/**
 * The expected side of decisions.test.ts: campaign metrics recomputed from the database rows with the pure
 * functions of @creatorgraph/core (authenticity through a separate core MetricsService, itself tested
 * against the pure functions in metrics.test.ts).
 */

export const config = DEFAULT_METRICS_CONFIG;
export const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);
export const expectClose = expectCloseWithin(1e-9);

/** What accountPrice needs of an account entity. */
export const pricing = (account: IAccount, tier: Tier) => ({
  platform: account.platform,
  tier,
  ratePerPostMinor: account.ratePerPostMinor ?? null,
  rateCurrency: account.rateCurrency ?? null,
});

/**
 * The fee a planner or tier comparison assumes for a photo post in USD: its quoted rate, else the rate card ×
 * the platform multiplier, converted into USD.
 */
export const usdFee = (account: IAccount, tier: Tier) =>
  accountPrice(pricing(account, tier), 'PHOTO', 'USD', config.costs).amount.amountMinor;

/** computeCampaignMetrics' input from the database rows. */
export async function referenceMetrics(
  db: TestDatabase,
  campaignGlobalId: string,
  asOf = NOW,
): Promise<CampaignMetrics> {
  const em = db.em.fork();
  const id = dbId(campaignGlobalId);
  const campaign = await em.findOneOrFail(CampaignEntity, { id });
  const members = await em.find(CampaignMember, { campaign: id }, { orderBy: { id: 'asc' } });
  const ids = members.map((m) => (m.account as { id: number }).id);
  const authenticity = await new MetricsService(em, config, { now: NOW }).authenticityFor(ids, asOf);
  const snapshotsOf = async (accountId: number): Promise<SnapshotInput[]> =>
    (await em.find(FollowerSnapshot, { account: accountId })).map(snapshotInput);
  const input: CampaignMetricsInput = {
    currency: campaign.currency,
    members: [],
    posts: [],
    revenueMinor: campaign.revenueMinor ?? null,
    conversions: campaign.conversions ?? null,
    emvCpmMinor: null,
    budgetMinor: campaign.budgetMinor,
  };
  for (const m of members) {
    const account = await em.findOneOrFail(Account, { id: (m.account as { id: number }).id });
    const tier = classifyTier(account.followers);
    const fee =
      m.feeMinor == null
        ? accountPrice(pricing(account, tier), m.kind, campaign.currency, config.costs)
        : { amount: { amountMinor: m.feeMinor }, estimated: false };
    (input.members as unknown[]).push({
      accountId: String(account.id),
      platform: account.platform,
      tier,
      followers: account.followers,
      authenticFollowers: authenticity.get(account.id)!.authenticFollowers,
      authenticityScore: authenticity.get(account.id)!.score,
      feeMinor: fee.amount.amountMinor,
      feeEstimated: fee.estimated,
      deliverables: m.deliverables,
    });
  }
  const links = await em.find(CampaignPost, { campaign: id }, { orderBy: { id: 'asc' }, populate: ['post'] });
  for (const link of links) {
    const post = link.post as unknown as PostMetricsInput & { account: { id: number } };
    if (post.postedAt.getTime() > asOf.getTime()) continue;
    const account = await em.findOneOrFail(Account, { id: post.account.id });
    const base = followersAtPostTime(post.postedAt, await snapshotsOf(account.id), account.followers);
    const interactions = postInteractions(post, 'ALL').total;
    const impressions = postImpressions(
      { impressions: post.impressions ?? null, followersAtPostTime: base },
      config.costs.reachFactor[account.platform],
    );
    (input.posts as unknown[]).push({
      accountId: String(account.id),
      platform: account.platform,
      interactions,
      rate: base > 0 ? interactions / base : null,
      views: post.views ?? null,
      impressions: impressions.value,
      impressionsEstimated: impressions.estimated,
    });
  }
  return computeCampaignMetrics(input, config);
}

export function checkMetrics(actual: MetricsFields, expected: CampaignMetrics) {
  expect(actual.currency).toBe(expected.currency);
  expect(actual.spend).toEqual({ amountMinor: expected.spendMinor, currency: expected.currency });
  expect(actual.spendEstimated).toBe(expected.spendEstimated);
  for (const k of ['creators', 'deliverables', 'posts', 'impressionsEstimated'] as const) {
    expect(actual[k]).toBe(expected[k]);
  }
  for (const k of [
    'reachPotential',
    'authenticReach',
    'impressions',
    'interactions',
    'views',
    'engagementRate',
    'roi',
    'overheadHours',
    'coordinationRisk',
    'averageAuthenticity',
  ] as const) {
    expectClose(actual[k], expected[k]);
  }
  for (const k of ['cpe', 'cpm', 'cpv', 'costPerConversion'] as const) {
    expectClose(actual[k]?.amountMinor, expected[k]);
    if (expected[k] !== null) expect(actual[k]?.currency).toBe(expected.currency);
  }
  expect(actual.emv?.amountMinor ?? null).toBe(expected.emv);
  expect(actual.emvReason).toBe(expected.emvReason);
  expect(actual.warnings).toEqual(expected.warnings);
  expect(actual.reachFactors).toEqual(expected.reachFactors);
  expect(actual.revenue?.amountMinor ?? null).toBe(expected.revenueMinor);
  expect(actual.conversions).toBe(expected.conversions);
  expect(actual.tierMix).toEqual(
    expected.tierMix.map((r) => ({
      tier: r.tier,
      creators: r.creators,
      spend: { amountMinor: r.spendMinor, currency: expected.currency },
    })),
  );
}
