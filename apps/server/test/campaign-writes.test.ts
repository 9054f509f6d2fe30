import { Account, CampaignPost, classifyTier, InProcessCampaignEvents, Post, type Tier } from '@creatorgraph/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/yoga.js';
import { createHarness, dialects, type Harness, NOW, unlimited } from './harness.js';
import { sse } from './sse.js';

const gid = (typename: string, id: number | string) => encodeGlobalID(typename, String(id));

const CAMPAIGN = `id name brand goal status currency
  budget { amountMinor currency } revenue { amountMinor currency } conversions
  members { deliverables fee { amountMinor currency } account { id tier } }
  posts { id account { id } }`;

/** Error selections; a union only admits spreads of its own members. */
const BASE_ERRORS = `
  ... on Error { __typename message code }
  ... on ValidationError { issues { field message } }`;
const NOT_FOUND = '... on NotFoundError { entity ref }';
const CURRENCY = '... on CurrencyMismatchError { expected actual field }';
const ERRORS = `${BASE_ERRORS} ${NOT_FOUND}`;
const MONEY_ERRORS = `${ERRORS} ${CURRENCY}`;

const M = {
  create: `mutation($input: CreateCampaignInput!) {
    createCampaign(input: $input) { __typename ... on CreateCampaignPayload { campaign { ${CAMPAIGN} } } ${BASE_ERRORS} ${CURRENCY} } }`,
  update: `mutation($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) { __typename ... on UpdateCampaignPayload { campaign { ${CAMPAIGN} } } ${MONEY_ERRORS} } }`,
  archive: `mutation($id: ID!) {
    archiveCampaign(id: $id) { __typename ... on ArchiveCampaignPayload { campaign { id status } } ${ERRORS} } }`,
  addMember: `mutation($input: AddCampaignMemberInput!) {
    addCampaignMember(input: $input) {
      __typename
      ... on AddCampaignMemberPayload { member { deliverables fee { amountMinor currency } account { id } } campaign { ${CAMPAIGN} } }
      ${MONEY_ERRORS} } }`,
  updateMember: `mutation($input: UpdateCampaignMemberInput!) {
    updateCampaignMember(input: $input) {
      __typename ... on UpdateCampaignMemberPayload { member { deliverables fee { amountMinor } } campaign { id } } ${MONEY_ERRORS} } }`,
  removeMember: `mutation($input: RemoveCampaignMemberInput!) {
    removeCampaignMember(input: $input) {
      __typename ... on RemoveCampaignMemberPayload { unlinkedPosts { id } campaign { ${CAMPAIGN} } } ${ERRORS} } }`,
  link: `mutation($campaignId: ID!, $postIds: [ID!]!) {
    linkCampaignPosts(campaignId: $campaignId, postIds: $postIds) {
      __typename ... on LinkCampaignPostsPayload { linkedPosts { id } campaign { ${CAMPAIGN} } } ${ERRORS} } }`,
  unlink: `mutation($campaignId: ID!, $postIds: [ID!]!) {
    unlinkCampaignPosts(campaignId: $campaignId, postIds: $postIds) {
      __typename ... on UnlinkCampaignPostsPayload { unlinkedPosts { id } campaign { id } } ${ERRORS} } }`,
  results: `mutation($campaignId: ID!, $input: RecordCampaignResultsInput!) {
    recordCampaignResults(campaignId: $campaignId, input: $input) {
      __typename ... on RecordCampaignResultsPayload { campaign { ${CAMPAIGN} } } ${MONEY_ERRORS} } }`,
};

const SUBSCRIPTION = `subscription($id: ID!) {
  campaignMetricsUpdated(campaignId: $id) { reason at campaign { id members { account { id } } } } }`;

interface CampaignShape {
  id: string;
  name: string;
  status: string;
  currency: string;
  revenue: { amountMinor: number; currency: string } | null;
  conversions: number | null;
  members: { deliverables: number; fee: { amountMinor: number } | null; account: { id: string; tier: Tier } }[];
  posts: { id: string; account: { id: string } }[];
}
// biome-ignore lint/suspicious/noExplicitAny: results are asserted field by field.
type Json = any;

/** The one field of a mutation's data. */
async function run(h: Harness, query: string, variables: Record<string, unknown>, key?: string): Promise<Json> {
  const res = await h.gql<Record<string, Json>>(query, variables, key);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0];
}

/** Server-Sent Events of one response, parsed; `next` waits a bounded time and never loses a chunk. */

describe.each(dialects)('campaign writes and live updates on %s', (dialect) => {
  let h: Harness;
  let acmeKey: string;
  let globexKey: string;
  let acmeReadKey: string;
  /** Account ids by tier, each with its post ids (oldest last). */
  const byTier = new Map<Tier, { id: number; posts: number[] }[]>();

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 30 });
    acmeKey = h.fixture.orgs[0]!.key;
    acmeReadKey = h.fixture.orgs[0]!.readKey;
    globexKey = h.fixture.orgs[1]!.key;
    const em = h.db.em.fork();
    const accounts = await em.find(Account, {}, { orderBy: { id: 'asc' } });
    for (const account of accounts) {
      const posts = await em.find(Post, { account: account.id }, { orderBy: { postedAt: 'desc' } });
      const tier = classifyTier(account.followers);
      byTier.set(tier, [...(byTier.get(tier) ?? []), { id: account.id, posts: posts.map((p) => p.id) }]);
    }
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  const createCampaign = async (name: string, key = acmeKey): Promise<CampaignShape> => {
    const result = await run(
      h,
      M.create,
      {
        input: {
          name,
          brand: 'Acme',
          goal: 'ENGAGEMENT',
          currency: 'USD',
          budget: { amountMinor: 5_000_000, currency: 'USD' },
          startsAt: '2026-06-01T00:00:00Z',
          endsAt: '2026-07-31T00:00:00Z',
        },
      },
      key,
    );
    expect(result.__typename).toBe('CreateCampaignPayload');
    return result.campaign;
  };

  /** Hires the accounts at the fee, links `postsEach` posts of each, and returns the campaign. */
  const staff = async (campaign: CampaignShape, tier: Tier, feeMinor: number, postsEach = 2) => {
    const accounts = (byTier.get(tier) ?? []).slice(0, 2);
    expect(accounts).toHaveLength(2);
    for (const account of accounts) {
      const added = await run(h, M.addMember, {
        input: {
          campaignId: campaign.id,
          accountId: gid('Account', account.id),
          fee: { amountMinor: feeMinor, currency: 'USD' },
          deliverables: postsEach,
        },
      });
      expect(added.__typename).toBe('AddCampaignMemberPayload');
      expect(added.member).toMatchObject({
        deliverables: postsEach,
        fee: { amountMinor: feeMinor, currency: 'USD' },
        account: { id: gid('Account', account.id) },
      });
    }
    const postIds = accounts.flatMap((a) => a.posts.slice(0, postsEach).map((p) => gid('Post', p)));
    const linked = await run(h, M.link, { campaignId: campaign.id, postIds });
    expect(linked.__typename).toBe('LinkCampaignPostsPayload');
    expect(linked.linkedPosts.map((p: { id: string }) => p.id)).toEqual(postIds);
    return { accounts, postIds, campaign: linked.campaign as CampaignShape };
  };

  it('builds an all-MICRO and an all-MACRO campaign: members with fees, linked posts, revenue', async () => {
    const micro = await createCampaign('Micro push');
    const macro = await createCampaign('Macro splash');
    expect(micro).toMatchObject({ status: 'DRAFT', currency: 'USD', members: [], posts: [], revenue: null });

    const m = await staff(micro, 'MICRO', 30_000);
    const M2 = await staff(macro, 'MACRO', 750_000);
    expect(m.campaign.members.map((x) => x.account.tier)).toEqual(['MICRO', 'MICRO']);
    expect(M2.campaign.members.map((x) => x.account.tier)).toEqual(['MACRO', 'MACRO']);
    expect(m.campaign.posts.map((p) => p.id)).toEqual(m.postIds);
    expect(M2.campaign.posts).toHaveLength(4);

    for (const [campaign, revenue] of [
      [micro, 900_000],
      [macro, 2_000_000],
    ] as const) {
      const recorded = await run(h, M.results, {
        campaignId: campaign.id,
        input: { revenue: { amountMinor: revenue, currency: 'USD' }, conversions: 120 },
      });
      expect(recorded.__typename).toBe('RecordCampaignResultsPayload');
      expect(recorded.campaign).toMatchObject({ revenue: { amountMinor: revenue, currency: 'USD' }, conversions: 120 });
    }

    // A later read in a new request agrees.
    const read = await h.gql<{ campaign: CampaignShape }>(`query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} } }`, {
      id: macro.id,
    });
    expect(read.data!.campaign).toMatchObject({
      name: 'Macro splash',
      revenue: { amountMinor: 2_000_000 },
      conversions: 120,
    });
    expect(read.data!.campaign.members.every((x) => x.fee?.amountMinor === 750_000)).toBe(true);

    // Update a member, then remove it: its posts are unlinked with it.
    const [first] = m.accounts;
    const updated = await run(h, M.updateMember, {
      input: { campaignId: micro.id, accountId: gid('Account', first!.id), deliverables: 3, fee: null },
    });
    expect(updated).toMatchObject({
      __typename: 'UpdateCampaignMemberPayload',
      member: { deliverables: 3, fee: null },
    });
    const removed = await run(h, M.removeMember, {
      input: { campaignId: micro.id, accountId: gid('Account', first!.id) },
    });
    expect(removed.__typename).toBe('RemoveCampaignMemberPayload');
    expect(removed.unlinkedPosts.map((p: { id: string }) => p.id)).toEqual(m.postIds.slice(0, 2));
    expect(removed.campaign.members).toHaveLength(1);
    expect(removed.campaign.posts.map((p: { id: string }) => p.id)).toEqual(m.postIds.slice(2));

    const unlinked = await run(h, M.unlink, { campaignId: micro.id, postIds: m.postIds });
    expect(unlinked.unlinkedPosts.map((p: { id: string }) => p.id)).toEqual(m.postIds.slice(2));

    const updatedCampaign = await run(h, M.update, { id: micro.id, input: { status: 'ACTIVE', endsAt: null } });
    expect(updatedCampaign.campaign).toMatchObject({ status: 'ACTIVE', name: 'Micro push' });
  });

  it('returns typed errors: validation per field, currency mismatch, not found', async () => {
    const invalid = await run(h, M.create, {
      input: {
        name: '',
        brand: 'Acme',
        goal: 'AWARENESS',
        status: 'ARCHIVED',
        currency: 'USD',
        budget: { amountMinor: -1, currency: 'USD' },
        startsAt: '2026-06-01T00:00:00Z',
      },
    });
    expect(invalid).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    expect(invalid.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'input.budget.amountMinor',
      'input.name',
      'input.status',
    ]);

    const mismatch = await run(h, M.create, {
      input: {
        name: 'Euro',
        brand: 'Acme',
        goal: 'AWARENESS',
        currency: 'USD',
        budget: { amountMinor: 1, currency: 'EUR' },
        startsAt: '2026-06-01T00:00:00Z',
      },
    });
    expect(mismatch).toMatchObject({
      __typename: 'CurrencyMismatchError',
      code: 'CURRENCY_MISMATCH',
      expected: 'USD',
      actual: 'EUR',
      field: 'input.budget',
    });

    const campaign = await createCampaign('Errors');
    const [micro, other] = byTier.get('MICRO')!;
    const fee = await run(h, M.addMember, {
      input: {
        campaignId: campaign.id,
        accountId: gid('Account', micro!.id),
        fee: { amountMinor: 100, currency: 'GBP' },
      },
    });
    expect(fee).toMatchObject({
      __typename: 'CurrencyMismatchError',
      expected: 'USD',
      actual: 'GBP',
      field: 'input.fee',
    });
    const deliverables = await run(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', micro!.id), deliverables: 0 },
    });
    expect(deliverables).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.deliverables', message: 'must be a whole number from 1 to 1000' }],
    });
    const unknownAccount = await run(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', 9_999_999) },
    });
    expect(unknownAccount).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Account',
      ref: gid('Account', 9_999_999),
    });

    // One post of a non-member among valid ones: a typed error naming it, and nothing linked.
    await run(h, M.addMember, { input: { campaignId: campaign.id, accountId: gid('Account', micro!.id) } });
    const mixed = await run(h, M.link, {
      campaignId: campaign.id,
      postIds: [gid('Post', micro!.posts[0]!), gid('Post', other!.posts[0]!)],
    });
    expect(mixed).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'postIds.1', message: "the post's account is not a member of this campaign" }],
    });
    const em = h.db.em.fork();
    expect(await em.count(CampaignPost, { campaign: Number(atob(campaign.id).split(':')[1]) })).toBe(0);

    // Malformed or wrong-type IDs are the caller's input error: the mutation's ValidationError result.
    const wrongType = await run(h, M.archive, { id: gid('Post', micro!.posts[0]!) });
    expect(wrongType).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    const garbage = await run(h, M.archive, { id: 'garbage' });
    expect(garbage).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });

    // A read-only key cannot write.
    const readOnly = await h.gql(M.archive, { id: campaign.id }, acmeReadKey);
    expect(readOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('freezes members and posts of an archived campaign', async () => {
    const campaign = await createCampaign('To archive');
    const archived = await run(h, M.archive, { id: campaign.id });
    expect(archived).toMatchObject({ __typename: 'ArchiveCampaignPayload', campaign: { status: 'ARCHIVED' } });
    const [account] = byTier.get('MID')!;
    const add = await run(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', account!.id) },
    });
    expect(add.__typename).toBe('ValidationError');
    expect(add.issues[0]).toMatchObject({ field: 'input.campaignId' });
    expect(add.issues[0].message).toMatch(/archived/);
  });

  it('lets a second organization neither read, change, link nor subscribe', async () => {
    const campaign = await createCampaign('Acme secret');
    const { accounts, postIds } = await staff(campaign, 'MICRO', 10_000, 1);
    const accountId = gid('Account', accounts[0]!.id);

    const read = await h.gql<{ campaign: unknown }>(
      'query($id: ID!) { campaign(id: $id) { id } }',
      {
        id: campaign.id,
      },
      globexKey,
    );
    expect(read.data?.campaign).toBeNull();
    const attempts: [string, Record<string, unknown>][] = [
      [M.update, { id: campaign.id, input: { name: 'Mine now' } }],
      [M.archive, { id: campaign.id }],
      [M.addMember, { input: { campaignId: campaign.id, accountId: gid('Account', accounts[1]!.id) } }],
      [M.updateMember, { input: { campaignId: campaign.id, accountId, deliverables: 9 } }],
      [M.removeMember, { input: { campaignId: campaign.id, accountId } }],
      [M.link, { campaignId: campaign.id, postIds }],
      [M.unlink, { campaignId: campaign.id, postIds }],
      [M.results, { campaignId: campaign.id, input: { conversions: 1 } }],
    ];
    // Another organization's campaign answers exactly like an unknown id: nothing tells which ids exist.
    for (const [query, variables] of attempts) {
      expect(await run(h, query, variables, globexKey)).toMatchObject({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        entity: 'Campaign',
        ref: campaign.id,
      });
    }
    const unknown = gid('Campaign', 9_999_999);
    expect(await run(h, M.archive, { id: unknown }, globexKey)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Campaign',
      ref: unknown,
    });

    // Nothing changed.
    const after = await h.gql<{ campaign: CampaignShape }>(`query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} } }`, {
      id: campaign.id,
    });
    expect(after.data!.campaign).toMatchObject({ name: 'Acme secret', status: 'DRAFT', conversions: null });
    expect(after.data!.campaign.members.map((x) => x.deliverables)).toEqual([1, 1]);
    expect(after.data!.campaign.posts).toHaveLength(2);

    for (const [id, code] of [
      [campaign.id, 'NOT_FOUND'],
      [unknown, 'NOT_FOUND'],
    ] as const) {
      const response = await subscribe(id, globexKey);
      expect(response.status).toBe(200);
      const stream = sse(response);
      const first = await stream.next();
      expect(first?.event).toBe('next');
      expect(first?.data.data).toBeUndefined();
      expect(first?.data.errors[0].extensions.code).toBe(code);
      expect((await stream.next())?.event).toBe('complete');
    }
  });

  const subscribe = (id: string, key: string, signal?: AbortSignal, yoga = h.yoga) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id } }),
      signal,
    });

  it('streams an update over SSE when a member is added, and cleans up when the client leaves', async () => {
    const events = new InProcessCampaignEvents();
    const yoga = createServer({ db: h.db, now: () => NOW, campaignEvents: events, rateLimiter: unlimited() });
    const campaign = await createCampaign('Live');
    const campaignId = Number(atob(campaign.id).split(':')[1]);
    const controller = new AbortController();
    const response = await subscribe(campaign.id, acmeKey, controller.signal, yoga);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(events.listenerCount(campaignId)).toBe(1);
    const stream = sse(response);

    const [account] = byTier.get('MID')!;
    const added = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${acmeKey}` },
      body: JSON.stringify({
        query: M.addMember,
        variables: { input: { campaignId: campaign.id, accountId: gid('Account', account!.id) } },
      }),
    });
    expect((await added.json()).data.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');

    const message = await stream.next(5_000);
    expect(message?.event).toBe('next');
    const update = message?.data.data.campaignMetricsUpdated;
    expect(update).toMatchObject({
      reason: 'MEMBER_ADDED',
      campaign: { id: campaign.id, members: [{ account: { id: gid('Account', account!.id) } }] },
    });
    expect(new Date(update.at).getTime()).not.toBeNaN();

    // A second change arrives as a second update with the fresh state.
    await run(h, M.link, { campaignId: campaign.id, postIds: [gid('Post', account!.posts[0]!)] }).then(() => null);
    // The harness server has its own events object, so that write did not reach this subscriber:
    expect(await stream.next(300)).toBeNull();
    const removed = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${acmeKey}` },
      body: JSON.stringify({
        query: M.removeMember,
        variables: { input: { campaignId: campaign.id, accountId: gid('Account', account!.id) } },
      }),
    });
    expect((await removed.json()).data.removeCampaignMember.__typename).toBe('RemoveCampaignMemberPayload');
    const second = await stream.next(5_000);
    expect(second?.data.data.campaignMetricsUpdated).toMatchObject({
      reason: 'MEMBER_REMOVED',
      campaign: { members: [] },
    });

    controller.abort();
    await stream.cancel();
    for (let i = 0; i < 50 && events.listenerCount(campaignId) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(events.listenerCount(campaignId)).toBe(0);
  });
});
