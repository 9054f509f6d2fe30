import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../creators/entity.js';
import { DomainError, NotFoundError, ValidationError } from '../errors.js';
import { Post } from '../posts/entity.js';
import {
  type CatalogFixture,
  createTestDatabase,
  rejection,
  seedCatalog,
  TEST_DIALECTS,
  type TestDatabase,
} from '../testing/index.js';
import { CampaignCurrencyMismatchError } from './compare.js';
import { Campaign, CampaignMember, CampaignPost } from './entity.js';
import { type CampaignEvent, InProcessCampaignEvents } from './events/events.js';
import { CampaignService, type CreateCampaignInput } from './service.js';
import { AmountCurrencyMismatchError } from './validation.js';

const END = new Date('2026-06-30T12:00:00Z');
const validInput = (over: Partial<CreateCampaignInput> = {}): CreateCampaignInput => ({
  name: 'Summer launch',
  brand: 'Acme',
  goal: 'AWARENESS',
  currency: 'USD',
  budget: { amountMinor: 500_000, currency: 'USD' },
  startsAt: new Date('2026-07-01T00:00:00Z'),
  endsAt: new Date('2026-07-31T00:00:00Z'),
  ...over,
});

describe.each(TEST_DIALECTS)('CampaignService writes on %s', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let acme: number;
  let globex: number;
  let globexCampaign: number;
  let events: InProcessCampaignEvents;
  let published: CampaignEvent[];

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 12, postsPerAccount: 3, end: END });
    acme = fixture.orgs[0]!.id;
    globex = fixture.orgs[1]!.id;
    globexCampaign = fixture.campaignIds.globex![0]!;
    events = new InProcessCampaignEvents();
    published = [];
    // Records everything published to any campaign by wrapping publish.
    const publish = events.publish.bind(events);
    events.publish = (event) => {
      published.push(event);
      publish(event);
    };
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const service = (org = acme) => new CampaignService(db.em.fork(), org, { events });
  const count = {
    members: (campaignId: number) => db.em.fork().count(CampaignMember, { campaign: campaignId }),
    posts: (campaignId: number) => db.em.fork().count(CampaignPost, { campaign: campaignId }),
    campaigns: () => db.em.fork().count(Campaign, {}),
  };
  const postsOf = async (accountId: number) =>
    (await db.em.fork().find(Post, { account: accountId }, { orderBy: { id: 'asc' } })).map((p) => p.id);
  /** A fresh campaign with no members. */
  const fresh = (over: Partial<CreateCampaignInput> = {}) => service().createCampaign(validInput(over));

  it('creates a campaign in the organization, DRAFT by default, with trimmed texts', async () => {
    const campaign = await fresh({ name: '  Summer launch  ' });
    const stored = await db.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({
      name: 'Summer launch',
      brand: 'Acme',
      goal: 'AWARENESS',
      status: 'DRAFT',
      currency: 'USD',
      budgetMinor: 500_000,
      revenueMinor: null,
      conversions: null,
    });
    expect((stored.organization as { id: number }).id).toBe(acme);
    expect(stored.endsAt?.toISOString()).toBe('2026-07-31T00:00:00.000Z');
  });

  it('rejects invalid input with one issue per field and writes nothing', async () => {
    const before = await count.campaigns();
    const error = await rejection(
      service().createCampaign({
        name: ' ',
        brand: 'b'.repeat(201),
        goal: 'FAME' as never,
        status: 'PAUSED' as never,
        currency: 'usd',
        budget: { amountMinor: 10.5, currency: 'XYZ' },
        startsAt: new Date('nope'),
        endsAt: null,
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('VALIDATION');
    expect((error as ValidationError).issues.map((i) => i.field).sort()).toEqual([
      'input.brand',
      'input.budget.amountMinor',
      'input.budget.currency',
      'input.currency',
      'input.goal',
      'input.name',
      'input.startsAt',
      'input.status',
    ]);
    expect(await count.campaigns()).toBe(before);

    const negative = await rejection(fresh({ budget: { amountMinor: -1, currency: 'USD' } }));
    expect((negative as ValidationError).issues).toEqual([
      { field: 'input.budget.amountMinor', message: 'must be a whole number of minor units, 0 or more' },
    ]);
    const archived = await rejection(fresh({ status: 'ARCHIVED' }));
    expect((archived as ValidationError).issues[0]).toMatchObject({ field: 'input.status' });
    const backwards = await rejection(fresh({ endsAt: new Date('2026-06-01T00:00:00Z') }));
    expect((backwards as ValidationError).issues).toEqual([
      { field: 'input.endsAt', message: 'must not be before startsAt' },
    ]);
    expect(await count.campaigns()).toBe(before);
  });

  it('refuses amounts in another currency than the campaign with a typed CURRENCY_MISMATCH', async () => {
    const budget = await rejection(fresh({ currency: 'USD', budget: { amountMinor: 100, currency: 'EUR' } }));
    expect(budget).toBeInstanceOf(AmountCurrencyMismatchError);
    expect(budget).toBeInstanceOf(CampaignCurrencyMismatchError);
    expect(budget).toBeInstanceOf(DomainError);
    expect(budget).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'USD', actual: 'EUR', field: 'input.budget' });

    const campaign = await fresh();
    const accountId = fixture.accountIds[0]!;
    const fee = await rejection(
      service().addMember(campaign.id, { accountId, fee: { amountMinor: 100, currency: 'GBP' }, deliverables: 1 }),
    );
    expect(fee).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'USD', actual: 'GBP', field: 'input.fee' });
    expect(fee.message).toMatch(/input\.fee is in GBP.*USD/);
    expect(await count.members(campaign.id)).toBe(0);

    await service().addMember(campaign.id, { accountId, fee: { amountMinor: 100, currency: 'USD' } });
    const update = await rejection(
      service().updateMember(campaign.id, accountId, { fee: { amountMinor: 5, currency: 'JPY' } }),
    );
    expect(update).toMatchObject({ code: 'CURRENCY_MISMATCH', actual: 'JPY' });

    const revenue = await rejection(
      service().recordResults(campaign.id, { revenue: { amountMinor: 1, currency: 'EUR' }, conversions: 3 }),
    );
    expect(revenue).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'USD', actual: 'EUR' });
    const stored = await db.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored.conversions).toBeNull();
    expect(stored.revenueMinor).toBeNull();
    const member = await db.em.fork().findOneOrFail(CampaignMember, { campaign: campaign.id, account: accountId });
    expect(member.feeMinor).toBe(100);
  });

  it('adds, updates and removes members with validation per field', async () => {
    const campaign = await fresh();
    const [a, b] = fixture.accountIds as [number, number];
    const invalid = await rejection(
      service().addMember(campaign.id, {
        accountId: a,
        fee: { amountMinor: -5, currency: 'USD' },
        deliverables: 0,
      }),
    );
    expect((invalid as ValidationError).issues.map((i) => i.field)).toEqual([
      'input.fee.amountMinor',
      'input.deliverables',
    ]);
    for (const deliverables of [1001, 2.5]) {
      const error = await rejection(service().addMember(campaign.id, { accountId: a, deliverables }));
      expect((error as ValidationError).issues).toEqual([
        { field: 'input.deliverables', message: 'must be a whole number from 1 to 1000' },
      ]);
    }

    const added = await service().addMember(campaign.id, {
      accountId: a,
      fee: { amountMinor: 30_000, currency: 'USD' },
      deliverables: 3,
    });
    expect(added.member).toMatchObject({ feeMinor: 30_000, deliverables: 3 });
    const withoutFee = await service().addMember(campaign.id, { accountId: b });
    expect(withoutFee.member).toMatchObject({ feeMinor: null, deliverables: 1 });

    const duplicate = await rejection(service().addMember(campaign.id, { accountId: a, deliverables: 1 }));
    expect((duplicate as ValidationError).issues).toEqual([
      { field: 'input.accountId', message: 'the account is already a member of this campaign' },
    ]);
    const unknown = await rejection(service().addMember(campaign.id, { accountId: 9_999_999 }));
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', entity: 'Account', ref: '9999999' });

    const updated = await service().updateMember(campaign.id, b, { fee: { amountMinor: 12_000, currency: 'USD' } });
    expect(updated.member).toMatchObject({ feeMinor: 12_000, deliverables: 1 });
    const cleared = await service().updateMember(campaign.id, b, { fee: null, deliverables: 4 });
    expect(cleared.member).toMatchObject({ feeMinor: null, deliverables: 4 });
    const notMember = await rejection(service().updateMember(campaign.id, fixture.accountIds[5]!, { deliverables: 2 }));
    expect(notMember).toMatchObject({ code: 'NOT_FOUND', entity: 'CampaignMember' });

    // Removing a member unlinks its posts: a linked post's account is always a member.
    const [postA] = await postsOf(a);
    await service().linkPosts(campaign.id, [postA!]);
    const removal = await service().removeMember(campaign.id, a);
    expect(removal.unlinkedPostIds).toEqual([postA]);
    expect(await count.members(campaign.id)).toBe(1);
    expect(await count.posts(campaign.id)).toBe(0);
    const gone = await rejection(service().removeMember(campaign.id, a));
    expect(gone).toMatchObject({ code: 'NOT_FOUND', entity: 'CampaignMember', ref: String(a) });
  });

  it('links only posts of member accounts, all or nothing', async () => {
    const campaign = await fresh();
    const [a, , outsider] = fixture.accountIds as [number, number, number];
    await service().addMember(campaign.id, { accountId: a });
    const mine = await postsOf(a);
    const theirs = await postsOf(outsider);
    expect(mine.length).toBeGreaterThanOrEqual(3);

    // One ineligible post among valid ones: nothing is linked, and the issue names its position.
    const mixed = await rejection(service().linkPosts(campaign.id, [mine[0]!, theirs[0]!, mine[1]!]));
    expect(mixed).toBeInstanceOf(ValidationError);
    expect((mixed as ValidationError).issues).toEqual([
      { field: 'postIds.1', message: "the post's account is not a member of this campaign" },
    ]);
    expect(await count.posts(campaign.id)).toBe(0);

    // One unknown post among valid ones: NOT_FOUND, nothing linked.
    const unknown = await rejection(service().linkPosts(campaign.id, [mine[0]!, 9_999_999]));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', entity: 'Post', ref: '9999999' });
    expect(await count.posts(campaign.id)).toBe(0);

    const empty = await rejection(service().linkPosts(campaign.id, []));
    expect((empty as ValidationError).issues[0]?.field).toBe('postIds');

    const linked = await service().linkPosts(campaign.id, [mine[0]!, mine[1]!, mine[0]!]);
    expect(linked.postIds).toEqual([mine[0], mine[1]]);
    expect(await count.posts(campaign.id)).toBe(2);
    // Linking again is a no-op that reports nothing new.
    const again = await service().linkPosts(campaign.id, [mine[1]!, mine[2]!]);
    expect(again.postIds).toEqual([mine[2]]);
    expect(await count.posts(campaign.id)).toBe(3);

    const unlinked = await service().unlinkPosts(campaign.id, [mine[0]!, theirs[0]!]);
    expect(unlinked.postIds).toEqual([mine[0]]);
    expect(await count.posts(campaign.id)).toBe(2);
    const unknownUnlink = await rejection(service().unlinkPosts(campaign.id, [mine[1]!, 9_999_999]));
    expect(unknownUnlink).toMatchObject({ code: 'NOT_FOUND', entity: 'Post' });
    expect(await count.posts(campaign.id)).toBe(2);
  });

  it('rolls a write back whole when it fails after writing, and publishes nothing', async () => {
    const campaign = await fresh();
    const [a] = fixture.accountIds as [number];
    await service().addMember(campaign.id, { accountId: a });
    const [p1, p2] = await postsOf(a);
    // A private event manager, so the failing subscriber stays in this test.
    const em = db.em.fork({ cloneEventManager: true });
    // The transaction's flush succeeds (rows are inserted), then something fails before commit.
    em.getEventManager().registerSubscriber({
      afterFlush: () => {
        throw new Error('fail after the inserts');
      },
    });
    const before = published.length;
    const failing = new CampaignService(em, acme, { events });
    await expect(failing.linkPosts(campaign.id, [p1!, p2!])).rejects.toThrow('fail after the inserts');
    await expect(failing.removeMember(campaign.id, a)).rejects.toThrow('fail after the inserts');
    expect(await count.posts(campaign.id)).toBe(0);
    expect(await count.members(campaign.id)).toBe(1);
    expect(published.length).toBe(before);
  });

  it("says NOT_FOUND alike for another organization's campaign and an unknown one", async () => {
    const theirAccount = fixture.accountIds[3]!;
    const [theirPost] = await postsOf(theirAccount);
    const membersBefore = await count.members(globexCampaign);
    const postsBefore = await count.posts(globexCampaign);
    const mine = service(acme);
    const attempts = (id: number) => [
      () => mine.updateCampaign(id, { name: 'Taken over' }),
      () => mine.archiveCampaign(id),
      () => mine.addMember(id, { accountId: fixture.accountIds[0]! }),
      () => mine.updateMember(id, theirAccount, { deliverables: 9 }),
      () => mine.removeMember(id, theirAccount),
      () => mine.linkPosts(id, [theirPost!]),
      () => mine.unlinkPosts(id, [theirPost!]),
      () => mine.recordResults(id, { conversions: 1 }),
    ];
    // Same class, code, entity and message shape: a caller cannot tell which ids exist.
    for (const attempt of attempts(globexCampaign)) {
      const error = await rejection(attempt());
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'NOT_FOUND', entity: 'Campaign', ref: String(globexCampaign) });
      expect((error as Error).message).toBe(`Campaign ${globexCampaign} was not found`);
    }
    for (const attempt of attempts(9_999_999)) {
      const error = await rejection(attempt());
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ code: 'NOT_FOUND', entity: 'Campaign', ref: '9999999' });
    }
    const theirs = await db.em.fork().findOneOrFail(Campaign, { id: globexCampaign });
    expect(theirs.name).not.toBe('Taken over');
    expect(theirs.status).toBe('ACTIVE');
    expect(theirs.conversions).toBeNull();
    expect(await count.members(globexCampaign)).toBe(membersBefore);
    expect(await count.posts(globexCampaign)).toBe(postsBefore);
    // Reads simply do not see it.
    expect(await mine.byIds([globexCampaign])).toEqual([]);
    expect((await service(globex).byIds([globexCampaign])).map((c) => c.id)).toEqual([globexCampaign]);
  });

  it('updates campaigns, keeping dates ordered and the currency fixed once money is recorded', async () => {
    const campaign = await fresh();
    const renamed = await service().updateCampaign(campaign.id, { name: 'Renamed', status: 'ACTIVE', endsAt: null });
    expect(renamed).toMatchObject({ name: 'Renamed', status: 'ACTIVE', endsAt: null, brand: 'Acme' });
    const backwards = await rejection(
      service().updateCampaign(campaign.id, { endsAt: new Date('2026-06-01T00:00:00Z') }),
    );
    expect((backwards as ValidationError).issues).toEqual([
      { field: 'input.endsAt', message: 'must not be before startsAt' },
    ]);
    const invalid = await rejection(service().updateCampaign(campaign.id, { name: '', currency: 'EURO' }));
    expect((invalid as ValidationError).issues.map((i) => i.field)).toEqual(['input.name', 'input.currency']);

    const noBudget = await rejection(service().updateCampaign(campaign.id, { currency: 'EUR' }));
    expect((noBudget as ValidationError).issues.map((i) => i.field)).toEqual(['input.budget']);
    const euro = await service().updateCampaign(campaign.id, {
      currency: 'EUR',
      budget: { amountMinor: 400_000, currency: 'EUR' },
    });
    expect(euro).toMatchObject({ currency: 'EUR', budgetMinor: 400_000 });
    const wrongBudget = await rejection(
      service().updateCampaign(campaign.id, { budget: { amountMinor: 1, currency: 'USD' } }),
    );
    expect(wrongBudget).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'EUR', actual: 'USD' });

    await service().addMember(campaign.id, {
      accountId: fixture.accountIds[0]!,
      fee: { amountMinor: 1_000, currency: 'EUR' },
    });
    const locked = await rejection(
      service().updateCampaign(campaign.id, { currency: 'USD', budget: { amountMinor: 1, currency: 'USD' } }),
    );
    expect((locked as ValidationError).issues.map((i) => i.field)).toEqual(['input.currency']);
  });

  it('records, replaces and clears results', async () => {
    const campaign = await fresh();
    const none = await rejection(service().recordResults(campaign.id, {}));
    expect((none as ValidationError).issues).toEqual([
      { field: 'input', message: 'give revenue, conversions or both' },
    ]);
    const negative = await rejection(service().recordResults(campaign.id, { conversions: -1 }));
    expect((negative as ValidationError).issues[0]?.field).toBe('input.conversions');

    await service().recordResults(campaign.id, {
      revenue: { amountMinor: 2_500_000, currency: 'USD' },
      conversions: 40,
    });
    let stored = await db.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({ revenueMinor: 2_500_000, conversions: 40 });
    await service().recordResults(campaign.id, { conversions: 41 });
    stored = await db.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({ revenueMinor: 2_500_000, conversions: 41 });
    await service().recordResults(campaign.id, { revenue: null });
    stored = await db.em.fork().findOneOrFail(Campaign, { id: campaign.id });
    expect(stored).toMatchObject({ revenueMinor: null, conversions: 41 });
  });

  it('freezes members and posts of an archived campaign but still takes results', async () => {
    const campaign = await fresh();
    const [a, b] = fixture.accountIds as [number, number];
    await service().addMember(campaign.id, { accountId: a });
    const [post] = await postsOf(a);
    await service().linkPosts(campaign.id, [post!]);

    const archived = await service().archiveCampaign(campaign.id);
    expect(archived.status).toBe('ARCHIVED');
    expect((await service().archiveCampaign(campaign.id)).status).toBe('ARCHIVED');

    const attempts = [
      () => service().addMember(campaign.id, { accountId: b }),
      () => service().updateMember(campaign.id, a, { deliverables: 2 }),
      () => service().removeMember(campaign.id, a),
      () => service().linkPosts(campaign.id, [post!]),
      () => service().unlinkPosts(campaign.id, [post!]),
      () => service().updateCampaign(campaign.id, { name: 'Revived', status: 'ACTIVE' }),
    ];
    for (const attempt of attempts) {
      const error = await rejection(attempt());
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.message).toMatch(/archived/);
    }
    expect(await count.members(campaign.id)).toBe(1);
    expect(await count.posts(campaign.id)).toBe(1);
    const results = await service().recordResults(campaign.id, { conversions: 7 });
    expect(results.conversions).toBe(7);
    expect((await service().list({ statuses: ['ARCHIVED'] }, { first: 100 })).items.map((c) => c.id)).toContain(
      campaign.id,
    );
  });

  it('publishes one event after each committed change of members, posts or results', async () => {
    const campaign = await fresh();
    const [a] = fixture.accountIds as [number];
    const [p1, p2] = await postsOf(a);
    const received: CampaignEvent[] = [];
    const other: CampaignEvent[] = [];
    const subscription = events.subscribe(campaign.id);
    const otherSubscription = events.subscribe(globexCampaign);
    const before = published.length;

    await service().updateCampaign(campaign.id, { name: 'No event for this' });
    await service().addMember(campaign.id, { accountId: a, fee: { amountMinor: 100, currency: 'USD' } });
    await rejection(service().addMember(campaign.id, { accountId: a })); // duplicate: no event
    await service().updateMember(campaign.id, a, { deliverables: 2 });
    await service().linkPosts(campaign.id, [p1!, p2!]);
    await service().linkPosts(campaign.id, [p1!]); // nothing new: no event
    await service().unlinkPosts(campaign.id, [p2!]);
    await service().recordResults(campaign.id, { conversions: 3 });
    await service().removeMember(campaign.id, a);

    for (let i = 0; i < 6; i++) received.push((await subscription.next()).value as CampaignEvent);
    expect(received.map((e) => e.reason)).toEqual([
      'MEMBER_ADDED',
      'MEMBER_UPDATED',
      'POSTS_LINKED',
      'POSTS_UNLINKED',
      'RESULTS_RECORDED',
      'MEMBER_REMOVED',
    ]);
    for (const e of received) {
      expect(e).toMatchObject({ campaignId: campaign.id, organizationId: acme });
      expect(e.at).toBeInstanceOf(Date);
    }
    expect(published.length - before).toBe(6);
    await subscription.return?.();
    // Nothing reached a subscriber of another campaign.
    const pending = otherSubscription.next().then((r) => other.push(r.value as CampaignEvent));
    await otherSubscription.return?.();
    await pending;
    expect(other.filter(Boolean)).toEqual([]);
    expect(events.listenerCount(campaign.id)).toBe(0);
  });

  it('accepts accounts of any catalog creator (accounts are shared, campaigns are not)', async () => {
    const campaign = await service(globex).createCampaign(validInput({ name: 'Globex own' }));
    const account = await db.em.fork().findOneOrFail(Account, { id: fixture.accountIds[0]! });
    const { member } = await service(globex).addMember(campaign.id, { accountId: account.id });
    expect((member.account as { id: number }).id).toBe(account.id);
    const denied = await rejection(service(acme).removeMember(campaign.id, account.id));
    expect(denied).toBeInstanceOf(NotFoundError);
  });
});

describe('InProcessCampaignEvents', () => {
  const event = (campaignId: number, reason = 'MEMBER_ADDED'): CampaignEvent => ({
    campaignId,
    organizationId: 1,
    reason,
    at: new Date(),
  });

  it('registers on subscribe, so an event published before the first next() is delivered', async () => {
    const events = new InProcessCampaignEvents();
    const sub = events.subscribe(1);
    events.publish(event(1, 'A'));
    events.publish(event(2, 'other campaign'));
    events.publish(event(1, 'B'));
    expect((await sub.next()).value?.reason).toBe('A');
    expect((await sub.next()).value?.reason).toBe('B');
    await sub.return?.();
    expect(events.listenerCount(1)).toBe(0);
  });

  it('ends a pending next() at once on return() or abort, and removes the listener', async () => {
    const events = new InProcessCampaignEvents();
    const sub = events.subscribe(1);
    const pending = sub.next();
    await sub.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(events.listenerCount(1)).toBe(0);

    const controller = new AbortController();
    const aborted = events.subscribe(1, { signal: controller.signal });
    expect(events.listenerCount(1)).toBe(1);
    const waiting = aborted.next();
    controller.abort();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(events.listenerCount(1)).toBe(0);
    expect((await aborted.next()).done).toBe(true);
  });

  it('delivers to every subscriber of the campaign, in order, through for await', async () => {
    const events = new InProcessCampaignEvents();
    const seen: string[][] = [[], []];
    const consumers = [0, 1].map(async (i) => {
      for await (const e of events.subscribe(7)) {
        seen[i]!.push(e.reason);
        if (seen[i]!.length === 2) break;
      }
    });
    events.publish(event(7, 'first'));
    events.publish(event(7, 'second'));
    await Promise.all(consumers);
    expect(seen).toEqual([
      ['first', 'second'],
      ['first', 'second'],
    ]);
    expect(events.listenerCount(7)).toBe(0);
  });
});
