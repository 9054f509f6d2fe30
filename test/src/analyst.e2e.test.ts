import { DEMO_OPTIONS } from '@creatorgraph/core';
import type { Platform, Tier } from '@creatorgraph/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type LiveServer, startLiveServer } from './live-server.js';

/**
 * The questions a brand's analyst asks, through the SDK, on the full-size demo dataset (the one `npm start`
 * loads): comparisons that name winners in money, platform-aware discovery, a ranking that tiny samples do
 * not win, plans that buy only what they can see, on one reach model, in the budget's currency.
 */

const PLATFORMS: Platform[] = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'];
const TIERS: Tier[] = ['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA'];

type Sdk = ReturnType<LiveServer['sdk']>;

function must<T extends { ok: boolean }>(res: T): Extract<T, { ok: true }> {
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res as Extract<T, { ok: true }>;
}

type DiscoverPage = Extract<Awaited<ReturnType<Sdk['discover']>>, { ok: true }>['data']['creators'];

async function discoverAll(sdk: Sdk, args: Parameters<Sdk['discover']>[0]): Promise<DiscoverPage['nodes']> {
  const nodes: DiscoverPage['nodes'] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: DiscoverPage = must(await sdk.discover({ ...args, first: 100, after })).data.creators;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('more than 20 pages');
}

describe.each(dialects)('an analyst on the demo data (%s)', (dialect) => {
  let live: LiveServer;
  let sdks: Sdk[];
  let sdk: Sdk;
  beforeAll(async () => {
    live = await startLiveServer(dialect, DEMO_OPTIONS.creators);
    sdks = Object.values(live.keys).map((k) => live.sdk(k));
    sdk = sdks[0]!;
  });
  afterAll(async () => {
    await live?.close();
  });

  it('sees every micro-vs-macro comparison name its winners with money in major units', async () => {
    let compared = 0;
    for (const org of sdks) {
      const campaigns = must(await org.campaigns({ first: 20 })).data.campaigns.nodes;
      const pair = campaigns.filter((c) => /micro squad|macro spotlight/.test(c.name));
      if (pair.length !== 2) continue;
      compared++;
      const res = must(await org.compareCampaigns({ ids: pair.map((c) => c.id) })).data.compareCampaigns;
      if (res.__typename !== 'CompareCampaignsPayload') throw new Error(JSON.stringify(res));
      for (const c of res.campaigns) {
        expect(c.metrics.cpe, c.name).not.toBeNull();
        expect(c.metrics.cpm, c.name).not.toBeNull();
        if (c.metrics.revenue) expect(c.metrics.roi, c.name).not.toBeNull();
      }
      for (const goal of ['AWARENESS', 'ENGAGEMENT'] as const) {
        const verdict = res.verdicts.find((v) => v.goal === goal)!;
        expect(verdict.winners.length, verdict.reason).toBeGreaterThan(0);
        // "…lowest CPM: 22.43 USD": major units with the currency, never a count of cents.
        expect(verdict.reason).toMatch(new RegExp(`: [\\d,]+(\\.\\d+)? ${res.currency}$`));
      }
      // Many creators is a cost to coordinate, not a prize: no winner for the head count.
      for (const metric of ['CREATORS', 'DELIVERABLES']) {
        const row = res.rows.find((r) => r.metric === metric)!;
        expect(row.direction).toBe('NEUTRAL');
        expect(row.best).toEqual([]);
      }
      expect(res.rows.find((r) => r.metric === 'COORDINATION_RISK')?.direction).toBe('LOWER_IS_BETTER');
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("filters engagement by the Instagram account's rate, not the creator's largest account", async () => {
    const instagram = await discoverAll(sdk, { filter: { platform: 'INSTAGRAM' }, platform: 'INSTAGRAM' });
    const expected = instagram
      .filter((c) => (c.metricAccount?.engagement.value ?? -1) >= 0.3)
      .map((c) => c.id)
      .sort();
    const filtered = await discoverAll(sdk, {
      filter: { platform: 'INSTAGRAM', engagementRate: { min: 0.3 } },
      platform: 'INSTAGRAM',
    });
    for (const c of filtered) {
      expect(c.metricAccount?.platform).toBe('INSTAGRAM');
      expect(c.metricAccount?.engagement.value).toBeGreaterThanOrEqual(0.3);
    }
    expect(filtered.map((c) => c.id).sort()).toEqual(expected);
    // The demo has multi-platform creators whose largest account is elsewhere: the filter must not use it.
    const lower = await discoverAll(sdk, {
      filter: { platform: 'INSTAGRAM', engagementRate: { min: 0.05 } },
      platform: 'INSTAGRAM',
    });
    expect(lower.length).toBeGreaterThan(0);
    expect(lower.every((c) => (c.metricAccount?.engagement.value ?? 0) >= 0.05)).toBe(true);
  });

  it('never ranks an account with fewer than 3 posts in the top 10 of a tier by the lower bound', async () => {
    let ranked = 0;
    for (const platform of [null, ...PLATFORMS]) {
      for (const tier of TIERS) {
        const res = must(
          await sdk.discover({
            filter: { tier, ...(platform ? { platform } : {}) },
            orderBy: { field: 'ENGAGEMENT_LOWER_BOUND', direction: 'DESC' },
            platform,
            first: 10,
          }),
        );
        for (const c of res.data.creators.nodes) {
          const account = c.metricAccount;
          if (!account) continue;
          ranked++;
          expect(
            account.engagement.sampleSize,
            `${platform ?? 'primary'} ${tier} ${account.handle}`,
          ).toBeGreaterThanOrEqual(3);
        }
      }
    }
    expect(ranked).toBeGreaterThan(50);
  });

  it('plans only accounts with enough posts, on the reach factor the campaign metrics use', async () => {
    const planned = must(
      await sdk.planCampaign({
        input: {
          budget: { amountMinor: 5_000_000, currency: 'USD' },
          goal: 'AWARENESS',
          platform: 'INSTAGRAM',
          maxCreators: 8,
        },
      }),
    ).data.planCampaign;
    if (planned.__typename !== 'PlanCampaignPayload') throw new Error(JSON.stringify(planned));
    expect(planned.selection.length).toBeGreaterThan(0);
    expect(planned.minPosts).toBe(3);
    for (const s of planned.selection) {
      const metrics = must(await sdk.accountMetrics({ platform: s.account.platform, handle: s.account.handle }));
      expect(metrics.data.account?.engagement.sampleSize, s.account.handle).toBeGreaterThanOrEqual(planned.minPosts);
    }
    // The same roster as a campaign: its metrics disclose the factor the plan assumed.
    const created = must(
      await sdk.createCampaign({
        input: {
          name: 'Planned roster',
          brand: 'Acme',
          goal: 'AWARENESS',
          currency: 'USD',
          budget: { amountMinor: 5_000_000, currency: 'USD' },
          startsAt: '2026-05-01T00:00:00Z',
        },
      }),
    ).data.createCampaign;
    if (created.__typename !== 'CreateCampaignPayload') throw new Error(JSON.stringify(created));
    for (const s of planned.selection) {
      const added = must(
        await sdk.addCampaignMember({
          input: { campaignId: created.campaign.id, accountId: s.account.id, fee: s.fee, deliverables: 1 },
        }),
      ).data.addCampaignMember;
      expect(added.__typename).toBe('AddCampaignMemberPayload');
    }
    const metrics = must(await sdk.campaignMetrics({ id: created.campaign.id })).data.campaign?.metrics;
    const instagram = metrics?.reachFactors.find((r) => r.platform === 'INSTAGRAM');
    expect(instagram?.factor).toBe(planned.reachFactor);
    expect(metrics?.spend.amountMinor).toBe(planned.totals.spend.amountMinor);
  });

  it('prices USD-quoted accounts in a EUR plan at the disclosed rate', async () => {
    const config = must(await sdk.metricsConfig()).data.metricsConfig;
    const usdPerUnit = (c: string) => config.fx.rates.find((r) => r.currency === c)!.usdPerUnit;
    const planned = must(
      await sdk.planCampaign({
        input: {
          budget: { amountMinor: 1_000_000, currency: 'EUR' },
          goal: 'ENGAGEMENT',
          platform: 'INSTAGRAM',
          maxCreators: 10,
        },
      }),
    ).data.planCampaign;
    if (planned.__typename !== 'PlanCampaignPayload') throw new Error(JSON.stringify(planned));
    expect(planned.currency).toBe('EUR');
    let converted = 0;
    for (const s of planned.selection) {
      expect(s.fee.currency).toBe('EUR');
      if (s.feeSource !== 'QUOTED_RATE') continue;
      const quote = must(await sdk.accountPrice({ platform: s.account.platform, handle: s.account.handle }));
      const price = quote.data.account!.price;
      if (price.amount.currency !== 'USD') continue;
      converted++;
      expect(s.feeConversion).toMatchObject({ from: 'USD', to: 'EUR', source: config.fx.source, asOf: config.fx.asOf });
      expect(s.feeConversion!.rate).toBeCloseTo(usdPerUnit('USD') / usdPerUnit('EUR'), 12);
      expect(s.fee.amountMinor).toBe(Math.round(price.amount.amountMinor * s.feeConversion!.rate));
    }
    expect(converted).toBeGreaterThan(0);
  });
});
