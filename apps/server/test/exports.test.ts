import { Campaign, CampaignMember, CampaignPost, Post } from '@creatorgraph/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISION_EXPORT_DOCUMENTS } from '../src/http/export-decisions.js';
import { createMemoryRateLimiter } from '../src/http/rate-limit.js';
import { DECISION_COST } from '../src/schema/decisions/shared.js';
import { createServer } from '../src/yoga.js';
import { createHarness, dialects, type Harness, NOW } from './harness.js';

/** Decision exports over HTTP: the same arguments, errors and answers as the GraphQL fields they export. */

const gid = (type: string, id: number) => btoa(`${type}:${id}`);

const COMPARE = `query($ids: [ID!]!, $goal: CampaignGoal) { compareCampaigns(ids: $ids, goal: $goal) {
  __typename ... on Error { code message }
  ... on CompareCampaignsPayload { rows { metric direction values { campaign { id } value } best { id } }
    verdicts { goal winners { id } reason } warnings { campaign { id } code message } } } }`;

const PLAN_INPUT = {
  budget: { amountMinor: 2_000_000, currency: 'USD' },
  goal: 'ENGAGEMENT',
  platform: 'INSTAGRAM',
  minAuthenticity: 0,
  maxCreators: 4,
};
const PLAN = `query($input: PlanCampaignInput!) { planCampaign(input: $input) { __typename
  ... on Error { code message } ... on ValidationError { issues { field message } }
  ... on PlanCampaignPayload { selection { account { id } cost { amountMinor } value }
    allMicro { selection { account { id } } } allMacro { selection { account { id } } } } } }`;

describe.each(dialects)('decision exports on %s', (dialect) => {
  let h: Harness;
  let launch: number;
  let big: number;
  let key: string;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 30 });
    key = h.fixture.orgs[0]?.key as string;
    launch = h.fixture.campaignIds.acme?.[0] as number;
    // A second campaign of the same organization, over its budget: 2 × 347,500 = 695,000 against 300,000.
    const em = h.db.em.fork();
    const campaign = em.create(Campaign, {
      organization: h.fixture.orgs[0]?.id as number,
      name: 'Big spender',
      brand: 'Acme',
      goal: 'AWARENESS',
      status: 'ACTIVE',
      currency: 'USD',
      budgetMinor: 300_000,
      startsAt: new Date(NOW.getTime() - 20 * 86_400_000),
    });
    const account = h.fixture.accountIds[6] as number;
    em.create(CampaignMember, { campaign, account, feeMinor: 347_500, deliverables: 2 });
    await em.flush();
    const post = await em.findOneOrFail(Post, { account }, { orderBy: { postedAt: 'desc' } });
    em.create(CampaignPost, { campaign, post });
    await em.flush();
    big = campaign.id;
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  const get = (path: string, auth: string | null = key, yoga = h.yoga) =>
    yoga.fetch(`http://localhost${path}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
  const lines = async (res: Response) =>
    (await res.text())
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l));

  it('exports a comparison as the compareCampaigns field answers it, warnings and money verdicts included', async () => {
    const ids = [gid('Campaign', launch), gid('Campaign', big)];
    const graphql = await h.gql<{ compareCampaigns: Record<string, never> }>(COMPARE, { ids, goal: 'ENGAGEMENT' });
    const payload = graphql.data?.compareCampaigns as unknown as {
      rows: { metric: string; direction: string; values: { campaign: { id: string }; value: number | null }[] }[];
      verdicts: { goal: string; winners: { id: string }[]; reason: string }[];
      warnings: { campaign: { id: string }; code: string; message: string }[];
    };
    expect(payload.warnings).toEqual([
      { campaign: { id: ids[1] }, code: 'OVER_BUDGET', message: expect.stringContaining('6,950.00 USD') },
    ]);
    expect(payload.rows.find((r) => r.metric === 'CREATORS')?.direction).toBe('NEUTRAL');

    const res = await get(`/export/campaign-comparison.jsonl?ids=${ids.join(',')}&goal=ENGAGEMENT`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="campaign-comparison.jsonl"');
    const rows = await lines(res);
    const metrics = rows.filter((r) => r.section === 'METRIC');
    expect(metrics).toHaveLength(payload.rows.length * 2);
    for (const r of payload.rows) {
      for (const v of r.values) {
        const row = metrics.find((m) => m.name === r.metric && m.campaign_id === v.campaign.id);
        expect(row, r.metric).toMatchObject({ value: v.value, direction: r.direction, currency: 'USD' });
      }
    }
    // No winner on a neutral row, in the file as in the API.
    expect(metrics.filter((m) => m.name === 'CREATORS').map((m) => m.best)).toEqual([false, false]);
    const verdicts = rows.filter((r) => r.section === 'VERDICT');
    expect(verdicts.map((v) => [v.name, v.text])).toEqual(
      payload.verdicts.flatMap((v) => (v.winners.length ? v.winners : [null]).map(() => [v.goal, v.reason])),
    );
    expect(verdicts[0]?.text).toMatch(/lowest CPE: [\d,]+\.\d+ USD/);
    expect(rows.filter((r) => r.section === 'WARNING')).toEqual([
      expect.objectContaining({ name: 'OVER_BUDGET', campaign_id: ids[1], campaign_name: 'Big spender' }),
    ]);

    // The same rows as CSV (repeated `ids` work too), header first.
    const csv = await get(`/export/campaign-comparison.csv?ids=${ids[0]}&ids=${ids[1]}&goal=ENGAGEMENT`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('section,name,campaign_id,campaign_name,currency,value,direction,best,text');
    // A message with commas is quoted; empty cells are null.
    expect(text).toMatch(/\nWARNING,OVER_BUDGET,[^,]+,Big spender,USD,,,,"[^"]*6,950\.00 USD[^"]*"\n/);
  });

  it('refuses a comparison as compareCampaigns does: same codes, 4xx', async () => {
    const one = await get(`/export/campaign-comparison.csv?ids=${gid('Campaign', launch)}`);
    expect(one.status).toBe(400);
    const body = await one.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'ids' }] });
    // Another organization's campaign is indistinguishable from a missing one.
    const foreign = h.fixture.campaignIds.globex?.[0] as number;
    const notFound = await get(
      `/export/campaign-comparison.csv?ids=${gid('Campaign', launch)},${gid('Campaign', foreign)}`,
    );
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const badGoal = await get(
      `/export/campaign-comparison.csv?ids=${gid('Campaign', launch)},${gid('Campaign', big)}&goal=SALES`,
    );
    expect(badGoal.status).toBe(400);
    expect((await badGoal.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await get('/export/campaign-comparison.csv?ids=x,y', null)).status).toBe(401);
    expect((await get('/export/campaign-comparisons.csv')).status).toBe(404);
  });

  it('exports a plan with the same input as planCampaign, and its validation errors', async () => {
    const graphql = await h.gql<{ planCampaign: Record<string, unknown> }>(PLAN, { input: PLAN_INPUT });
    const plan = graphql.data?.planCampaign as {
      __typename: string;
      selection: { account: { id: string }; cost: { amountMinor: number }; value: number }[];
      allMicro: { selection: { account: { id: string } }[] };
      allMacro: { selection: { account: { id: string } }[] };
    };
    expect(plan.__typename).toBe('PlanCampaignPayload');
    const res = await get(`/export/plan.jsonl?input=${encodeURIComponent(JSON.stringify(PLAN_INPUT))}`);
    expect(res.status).toBe(200);
    const rows = await lines(res);
    expect(rows.filter((r) => r.plan === 'BEST').map((r) => [r.account_id, r.cost_minor, r.value])).toEqual(
      plan.selection.map((s) => [s.account.id, s.cost.amountMinor, s.value]),
    );
    expect(rows.filter((r) => r.plan === 'ALL_MICRO').map((r) => r.account_id)).toEqual(
      plan.allMicro.selection.map((s) => s.account.id),
    );
    expect(rows.filter((r) => r.plan === 'ALL_MACRO').map((r) => r.account_id)).toEqual(
      plan.allMacro.selection.map((s) => s.account.id),
    );
    expect(plan.selection.length).toBeGreaterThan(0);

    const bad = { ...PLAN_INPUT, maxCreators: 0 };
    const invalid = (await h.gql<{ planCampaign: Record<string, unknown> }>(PLAN, { input: bad })).data
      ?.planCampaign as { code: string; issues: unknown };
    const refused = await get(`/export/plan.csv?input=${encodeURIComponent(JSON.stringify(bad))}`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors[0].extensions).toEqual({ code: invalid.code, issues: invalid.issues });
    const notJson = await get('/export/plan.csv?input=%7Bnope');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).errors[0].extensions.issues).toEqual([
      { field: 'input', message: 'must be a JSON object' },
    ]);
    const missingGoal = await get(
      `/export/plan.csv?input=${encodeURIComponent(JSON.stringify({ ...PLAN_INPUT, goal: undefined }))}`,
    );
    expect(missingGoal.status).toBe(400);
    expect((await missingGoal.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("exports a campaign's members with the fees its metrics use; another organization's is NOT_FOUND", async () => {
    const res = await get(`/export/campaign-members.csv?campaign=${gid('Campaign', big)}`);
    expect(res.status).toBe(200);
    const text = (await res.text()).trim().split('\n');
    expect(text[0]).toBe(
      'account_id,platform,handle,followers,tier,deliverables,fee_minor,currency,fee_source,fee_estimated,fee_method',
    );
    expect(text).toHaveLength(2);
    expect(text[1]).toContain(',2,347500,USD,MEMBER_FEE,false,');
    const launchRows = await lines(await get(`/export/campaign-members.jsonl?campaign=${gid('Campaign', launch)}`));
    expect(launchRows.map((r) => r.account_id)).toEqual(
      h.fixture.accountIds.slice(0, 3).map((id) => gid('Account', id)),
    );
    const foreign = h.fixture.campaignIds.globex?.[0] as number;
    const missing = await get(`/export/campaign-members.csv?campaign=${gid('Campaign', foreign)}`);
    expect(missing.status).toBe(404);
    expect((await get('/export/campaign-members.csv')).status).toBe(400);
  });

  it('charges a decision export what the GraphQL query costs, and refuses it with 429 when short', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 1_000, restorePerSecond: 1, clock: () => NOW.getTime() });
    const yoga = createServer({ db: h.db, now: () => NOW, rateLimiter: limiter });
    const org = String(h.fixture.orgs[0]?.id);
    const path = `/export/campaign-comparison.csv?ids=${gid('Campaign', launch)},${gid('Campaign', big)}`;
    const res = await get(path, key, yoga);
    expect(res.status).toBe(200);
    const cost = Number(res.headers.get('X-Cost-Requested'));
    // The field's own price (10 per compared campaign) plus what the document selects: the query's price.
    expect(cost).toBeGreaterThan(2 * DECISION_COST.comparePerCampaign);
    const asQuery = await h.gql(print(DECISION_EXPORT_DOCUMENTS['campaign-comparison']), {
      ids: [gid('Campaign', launch), gid('Campaign', big)],
    });
    expect((asQuery as { extensions?: { cost?: { requested?: number } } }).extensions?.cost?.requested).toBe(cost);
    expect((await limiter.peek(org)).remaining).toBe(1_000 - cost);
    expect(res.headers.get('RateLimit-Remaining')).toBe(String(1_000 - cost));
    // A malformed request is refused before anything is charged.
    expect((await get('/export/campaign-comparison.csv?ids=x&goal=NOPE', key, yoga)).status).toBe(400);
    expect((await limiter.peek(org)).remaining).toBe(1_000 - cost);
    await limiter.charge(org, 1_000 - cost);
    const refused = await get(path, key, yoga);
    expect(refused.status).toBe(429);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
