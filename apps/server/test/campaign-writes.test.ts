import { Account, CampaignPost, classifyTier, InProcessCampaignEvents, Post, type Tier } from '@creatorgraph/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/yoga.js';
import {
  CAMPAIGN_READ,
  type CampaignShape,
  ID_READ,
  M,
  type MetricsUpdate,
  SUBSCRIPTION,
} from './campaign-documents.js';
import { createHarness, dialects, type Harness, NOW, unlimited } from './harness.js';
import { sse } from './sse.js';
import { as, type Document, errorCode, execute, executeField, executeOn, type StreamedResult } from './testkit.js';

const gid = (typename: string, id: number | string) => encodeGlobalID(typename, String(id));

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
    const result = await executeField(
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
    return as(result, 'CreateCampaignPayload').campaign;
  };

  /** Hires the accounts at the fee, links `postsEach` posts of each, and returns the campaign. */
  const staff = async (campaign: CampaignShape, tier: Tier, feeMinor: number, postsEach = 2) => {
    const accounts = (byTier.get(tier) ?? []).slice(0, 2);
    expect(accounts).toHaveLength(2);
    for (const account of accounts) {
      const added = await executeField(h, M.addMember, {
        input: {
          campaignId: campaign.id,
          accountId: gid('Account', account.id),
          fee: { amountMinor: feeMinor, currency: 'USD' },
          deliverables: postsEach,
        },
      });
      expect(as(added, 'AddCampaignMemberPayload').member).toMatchObject({
        deliverables: postsEach,
        kind: 'PHOTO', // the default
        fee: { amountMinor: feeMinor, currency: 'USD' },
        account: { id: gid('Account', account.id) },
      });
    }
    const postIds = accounts.flatMap((a) => a.posts.slice(0, postsEach).map((p) => gid('Post', p)));
    const linked = as(await executeField(h, M.link, { campaignId: campaign.id, postIds }), 'LinkCampaignPostsPayload');
    expect(linked.linkedPosts.map((p) => p.id)).toEqual(postIds);
    return { accounts, postIds, campaign: linked.campaign };
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
      const recorded = await executeField(h, M.results, {
        campaignId: campaign.id,
        input: { revenue: { amountMinor: revenue, currency: 'USD' }, conversions: 120 },
      });
      expect(as(recorded, 'RecordCampaignResultsPayload').campaign).toMatchObject({
        revenue: { amountMinor: revenue, currency: 'USD' },
        conversions: 120,
      });
    }

    // A later read in a new request agrees.
    const read = await execute(h, CAMPAIGN_READ, { id: macro.id });
    expect(read.data!.campaign).toMatchObject({
      name: 'Macro splash',
      revenue: { amountMinor: 2_000_000 },
      conversions: 120,
    });
    expect(read.data!.campaign!.members.every((x) => x.fee?.amountMinor === 750_000)).toBe(true);

    // Update a member, then remove it: its posts are unlinked with it.
    const [first] = m.accounts;
    const updated = await executeField(h, M.updateMember, {
      input: { campaignId: micro.id, accountId: gid('Account', first!.id), deliverables: 3, fee: null, kind: 'REEL' },
    });
    expect(updated).toMatchObject({
      __typename: 'UpdateCampaignMemberPayload',
      member: { deliverables: 3, kind: 'REEL', fee: null },
    });
    // Omitting the kind keeps it.
    const kept = await executeField(h, M.updateMember, {
      input: { campaignId: micro.id, accountId: gid('Account', first!.id), deliverables: 2 },
    });
    expect(kept).toMatchObject({ member: { deliverables: 2, kind: 'REEL' } });
    const removed = await executeField(h, M.removeMember, {
      input: { campaignId: micro.id, accountId: gid('Account', first!.id) },
    });
    const { unlinkedPosts, campaign: afterRemoval } = as(removed, 'RemoveCampaignMemberPayload');
    expect(unlinkedPosts.map((p) => p.id)).toEqual(m.postIds.slice(0, 2));
    expect(afterRemoval.members).toHaveLength(1);
    expect(afterRemoval.posts.map((p) => p.id)).toEqual(m.postIds.slice(2));

    const unlinked = await executeField(h, M.unlink, { campaignId: micro.id, postIds: m.postIds });
    expect(as(unlinked, 'UnlinkCampaignPostsPayload').unlinkedPosts.map((p) => p.id)).toEqual(m.postIds.slice(2));

    const updatedCampaign = await executeField(h, M.update, {
      id: micro.id,
      input: { status: 'ACTIVE', endsAt: null },
    });
    expect(as(updatedCampaign, 'UpdateCampaignPayload').campaign).toMatchObject({
      status: 'ACTIVE',
      name: 'Micro push',
    });
  });

  it('returns typed errors: validation per field, currency mismatch, not found', async () => {
    const invalid = await executeField(h, M.create, {
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
    expect(
      as(invalid, 'ValidationError')
        .issues.map((i) => i.field)
        .sort(),
    ).toEqual(['input.budget.amountMinor', 'input.name', 'input.status']);

    const mismatch = await executeField(h, M.create, {
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
    const fee = await executeField(h, M.addMember, {
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
    const deliverables = await executeField(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', micro!.id), deliverables: 0 },
    });
    expect(deliverables).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.deliverables', message: 'must be a whole number from 1 to 1000' }],
    });
    const unknownAccount = await executeField(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', 9_999_999) },
    });
    expect(unknownAccount).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Account',
      ref: gid('Account', 9_999_999),
    });

    // One post of a non-member among valid ones: a typed error naming it, and nothing linked.
    await executeField(h, M.addMember, { input: { campaignId: campaign.id, accountId: gid('Account', micro!.id) } });
    const mixed = await executeField(h, M.link, {
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
    const wrongType = await executeField(h, M.archive, { id: gid('Post', micro!.posts[0]!) });
    expect(wrongType).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    const garbage = await executeField(h, M.archive, { id: 'garbage' });
    expect(garbage).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });

    // A read-only key cannot write.
    const readOnly = await execute(h, M.archive, { id: campaign.id }, acmeReadKey);
    expect(errorCode(readOnly)).toBe('FORBIDDEN');
  });

  it('freezes members and posts of an archived campaign', async () => {
    const campaign = await createCampaign('To archive');
    const archived = await executeField(h, M.archive, { id: campaign.id });
    expect(archived).toMatchObject({ __typename: 'ArchiveCampaignPayload', campaign: { status: 'ARCHIVED' } });
    const [account] = byTier.get('MID')!;
    const add = await executeField(h, M.addMember, {
      input: { campaignId: campaign.id, accountId: gid('Account', account!.id) },
    });
    const [issue] = as(add, 'ValidationError').issues;
    expect(issue).toMatchObject({ field: 'input.campaignId' });
    expect(issue!.message).toMatch(/archived/);
  });

  it('lets a second organization neither read, change, link nor subscribe', async () => {
    const campaign = await createCampaign('Acme secret');
    const { accounts, postIds } = await staff(campaign, 'MICRO', 10_000, 1);
    const accountId = gid('Account', accounts[0]!.id);

    const read = await execute(h, ID_READ, { id: campaign.id }, globexKey);
    expect(read.data?.campaign).toBeNull();
    const byGlobex =
      <TData, TVariables>(document: Document<TData, TVariables>, variables: TVariables) =>
      () =>
        executeField(h, document, variables, globexKey);
    const attempts = [
      byGlobex(M.update, { id: campaign.id, input: { name: 'Mine now' } }),
      byGlobex(M.archive, { id: campaign.id }),
      byGlobex(M.addMember, { input: { campaignId: campaign.id, accountId: gid('Account', accounts[1]!.id) } }),
      byGlobex(M.updateMember, { input: { campaignId: campaign.id, accountId, deliverables: 9 } }),
      byGlobex(M.removeMember, { input: { campaignId: campaign.id, accountId } }),
      byGlobex(M.link, { campaignId: campaign.id, postIds }),
      byGlobex(M.unlink, { campaignId: campaign.id, postIds }),
      byGlobex(M.results, { campaignId: campaign.id, input: { conversions: 1 } }),
    ];
    // Another organization's campaign answers exactly like an unknown id: nothing tells which ids exist.
    for (const attempt of attempts) {
      expect(await attempt()).toMatchObject({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        entity: 'Campaign',
        ref: campaign.id,
      });
    }
    const unknown = gid('Campaign', 9_999_999);
    expect(await executeField(h, M.archive, { id: unknown }, globexKey)).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Campaign',
      ref: unknown,
    });

    // Nothing changed.
    const after = await execute(h, CAMPAIGN_READ, { id: campaign.id });
    expect(after.data!.campaign).toMatchObject({ name: 'Acme secret', status: 'DRAFT', conversions: null });
    expect(after.data!.campaign!.members.map((x) => x.deliverables)).toEqual([1, 1]);
    expect(after.data!.campaign!.posts).toHaveLength(2);

    for (const [id, code] of [
      [campaign.id, 'NOT_FOUND'],
      [unknown, 'NOT_FOUND'],
    ] as const) {
      const response = await subscribe(id, globexKey);
      expect(response.status).toBe(200);
      const stream = sse<StreamedResult<{ campaignMetricsUpdated: MetricsUpdate }>>(response);
      const first = await stream.next();
      expect(first?.event).toBe('next');
      expect(first?.data?.data).toBeUndefined();
      expect(first?.data?.errors?.[0]?.extensions?.code).toBe(code);
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
    const stream = sse<StreamedResult<{ campaignMetricsUpdated: MetricsUpdate }>>(response);

    const [account] = byTier.get('MID')!;
    const member = { input: { campaignId: campaign.id, accountId: gid('Account', account!.id) } };
    const added = await executeOn(yoga, M.addMember, member, acmeKey);
    expect(added.data?.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');

    const message = await stream.next(5_000);
    expect(message?.event).toBe('next');
    const update = message?.data?.data?.campaignMetricsUpdated;
    expect(update).toMatchObject({
      reason: 'MEMBER_ADDED',
      campaign: { id: campaign.id, members: [{ account: { id: gid('Account', account!.id) } }] },
    });
    expect(new Date(update!.at).getTime()).not.toBeNaN();

    // A second change arrives as a second update with the fresh state.
    await executeField(h, M.link, { campaignId: campaign.id, postIds: [gid('Post', account!.posts[0]!)] }).then(
      () => null,
    );
    // The harness server has its own events object, so that write did not reach this subscriber:
    expect(await stream.next(300)).toBeNull();
    const removed = await executeOn(yoga, M.removeMember, member, acmeKey);
    expect(removed.data?.removeCampaignMember.__typename).toBe('RemoveCampaignMemberPayload');
    const second = await stream.next(5_000);
    expect(second?.data?.data?.campaignMetricsUpdated).toMatchObject({
      reason: 'MEMBER_REMOVED',
      campaign: { members: [] },
    });

    controller.abort();
    await stream.cancel();
    for (let i = 0; i < 50 && events.listenerCount(campaignId) > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(events.listenerCount(campaignId)).toBe(0);
  });
});
