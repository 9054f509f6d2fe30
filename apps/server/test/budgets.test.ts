import { randomUUID } from 'node:crypto';
import { ApiKey, createApiKey, InProcessCampaignEvents, Organization } from '@creatorgraph/core';
import { type CatalogFixture, createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BucketOptions,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
  unlimitedRateLimiter,
} from '../src/http/rate-limit.js';
import { createServer } from '../src/yoga.js';
import { dialects, NOW } from './harness.js';
import { sse } from './sse.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Redis runs on every machine here and CI starts it; locally SKIP_REDIS=1 skips (never on CI).
const withRedis = Boolean(process.env.CI) || !process.env.SKIP_REDIS;
const withPostgres = dialects.includes('postgresql');

/** A clock the test moves by hand. */
function fakeClock(start = NOW.getTime()) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

const redisClients: Redis[] = [];
const redisLimiter = (options: BucketOptions & { prefix?: string }) => {
  const client = new Redis(REDIS_URL);
  redisClients.push(client);
  return createRedisRateLimiter(client, { prefix: `creatorgraph-test:${randomUUID()}:`, ...options });
};
afterAll(async () => {
  await Promise.all(redisClients.map((c) => c.quit()));
});

const implementations: [string, (o: BucketOptions) => RateLimiter][] = [
  ['memory', (o) => createMemoryRateLimiter(o)],
  ...(withRedis ? ([['redis', (o) => redisLimiter(o)]] as [string, (o: BucketOptions) => RateLimiter][]) : []),
];

describe.each(implementations)('leaky bucket (%s)', (_name, make) => {
  it('drains, refuses with the wait until the cost fits, refills and refunds', async () => {
    const clock = fakeClock();
    const bucket = make({ capacity: 100, restorePerSecond: 10, clock: clock.now });
    expect(await bucket.peek('org')).toMatchObject({ limit: 100, remaining: 100, resetAfter: 0, restoreRate: 10 });

    const first = await bucket.charge('org', 60);
    // Level 60: 40 left; empty again in 60 / 10 = 6 s.
    expect(first).toMatchObject({ allowed: true, retryAfter: 0, state: { remaining: 40, resetAfter: 6, cost: 60 } });
    expect(first.state.resetAt.getTime()).toBe(clock.now() + 6_000);

    // 60 + 50 overflows by 10 points: 10 / 10 per second = 1 s; nothing is taken.
    const refused = await bucket.charge('org', 50);
    expect(refused).toMatchObject({ allowed: false, retryAfter: 1, state: { remaining: 40 } });
    // 60 + 45 overflows by 5: still a whole second.
    expect((await bucket.charge('org', 45)).retryAfter).toBe(1);

    clock.advance(1_000); // drained 10: level 50
    expect(await bucket.charge('org', 50)).toMatchObject({ allowed: true, state: { remaining: 0, resetAfter: 10 } });
    // A refund after execution: level 100 − 30 = 70.
    expect(await bucket.adjust('org', -30)).toMatchObject({ remaining: 30, resetAfter: 7 });
    // An extra charge never refuses and may overflow: level 70 + 40 = 110.
    expect(await bucket.adjust('org', 40)).toMatchObject({ remaining: 0, resetAfter: 11 });
    expect((await bucket.charge('org', 1)).retryAfter).toBe(2); // 110 + 1 − 100 = 11 points → 2 s

    clock.advance(500); // level 105
    expect((await bucket.peek('org')).remaining).toBe(0);
    clock.advance(11_000); // empty
    expect(await bucket.peek('org')).toMatchObject({ remaining: 100, resetAfter: 0 });
    // Another organization has its own bucket.
    expect((await bucket.peek('other')).remaining).toBe(100);
  });
});

describe.runIf(withRedis)('Redis bucket keys', () => {
  it('expire once the bucket would have drained', async () => {
    const client = new Redis(REDIS_URL);
    redisClients.push(client);
    const prefix = `creatorgraph-test:${randomUUID()}:`;
    const bucket = createRedisRateLimiter(client, { capacity: 100, restorePerSecond: 10, prefix });
    await bucket.charge('org', 20);
    const ttl = await client.pttl(`${prefix}org`);
    // 20 points drain in 2 s; the key lives that long plus a second.
    expect(ttl).toBeGreaterThan(2_000);
    expect(ttl).toBeLessThanOrEqual(3_000);
  });
});

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field.
  body: any;
}

async function call(
  yoga: ReturnType<typeof createServer>,
  key: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

// tierScheme 1 + tiers (value objects) 0.1 + 100 (undeclared bound) × tier 0.1 = 11.1 → 12 requested;
// 5 tiers come back: 1 + 0.1 + 5 × 0.1 = 1.6 → 2 actual.
const TIERS_QUERY = '{ tierScheme { tiers { tier } } }';
// 2 + 19 × (accounts 1 + 4 × handle 0.1) = 28.6 → 29 requested.
const COSTS_29 = '{ creators(first: 19) { nodes { accounts { handle } } } }';
// viewer 1 + rateLimit (a value object) 0.1 + 4 leaves × 0.1 = 1.5 → 2, requested and actual.
const RATE_LIMIT_QUERY = '{ viewer { rateLimit { limit remaining cost restoreRate } } }';
const VIEWER_QUERY = '{ viewer { keyPrefix } }'; // 1.1 → 2

describe.each(dialects)('budgets per organization over HTTP (%s)', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let acme: CatalogFixture['orgs'][number];
  let globex: CatalogFixture['orgs'][number];
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 1, end: NOW });
    [acme, globex] = fixture.orgs as [typeof acme, typeof globex];
  });
  afterAll(() => db.destroy());

  const server = (options: { capacity?: number; maxQueryCost?: number } = {}) => {
    const limiter = createMemoryRateLimiter({
      capacity: options.capacity ?? 30,
      restorePerSecond: 1,
      clock: () => NOW.getTime(),
    });
    return {
      limiter,
      yoga: createServer({ db, now: () => NOW, rateLimiter: limiter, maxQueryCost: options.maxQueryCost }),
    };
  };

  it('charges requested, refunds to actual, and reports the bucket in extensions and headers', async () => {
    const { yoga } = server();
    const res = await call(yoga, acme.key, TIERS_QUERY);
    expect(res.status).toBe(200);
    expect(res.body.extensions.cost).toEqual({
      requested: 12,
      actual: 2,
      limit: 30,
      remaining: 28,
      resetAt: new Date(NOW.getTime() + 2_000).toISOString(),
      restoreRate: 1,
    });
    expect(res.headers.get('RateLimit-Limit')).toBe('30');
    expect(res.headers.get('RateLimit-Remaining')).toBe('28');
    expect(res.headers.get('RateLimit-Reset')).toBe('2');
    expect(res.headers.get('X-Cost-Requested')).toBe('12');
    expect(res.headers.get('X-Cost-Actual')).toBe('2');
  });

  it('answers 429 with Retry-After when the bucket lacks the points, shared by every key of the organization', async () => {
    const { yoga } = server();
    expect((await call(yoga, acme.key, TIERS_QUERY)).status).toBe(200); // level 2

    // 2 + 29 overflows 30 by 1 point: 1 s at 1 point/s. Nothing is charged.
    const refused = await call(yoga, acme.key, COSTS_29);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(refused.headers.get('RateLimit-Remaining')).toBe('28');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 1 });
    expect(refused.body.extensions.cost).toMatchObject({ requested: 29, actual: 0, remaining: 28 });

    // The organization's other key spends from the same bucket: 30 − 2 − 2.
    const viewer = await call(yoga, acme.readKey, RATE_LIMIT_QUERY);
    expect(viewer.body.data.viewer.rateLimit).toEqual({ limit: 30, remaining: 26, cost: 2, restoreRate: 1 });
    const again = await call(yoga, acme.readKey, COSTS_29);
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('3'); // 4 + 29 − 30 = 3 points

    // Another organization has its own bucket.
    const other = await call(yoga, globex.key, RATE_LIMIT_QUERY);
    expect(other.body.data.viewer.rateLimit.remaining).toBe(28);
  });

  it('refuses an operation over MAX_QUERY_COST and documents refused by validation without charging them', async () => {
    const { yoga, limiter } = server({ maxQueryCost: 20 });
    const org = String(acme.id);
    const tooCostly = await call(yoga, acme.key, COSTS_29);
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', requested: 29, maxCost: 20 });
    expect(tooCostly.headers.get('RateLimit-Remaining')).toBe('30');

    const invalid = await call(yoga, acme.key, '{ nope }');
    expect(invalid.body.errors[0].message).toMatch(/nope/);
    expect(invalid.headers.get('RateLimit-Remaining')).toBe('30');

    const ids = Array.from({ length: 101 }, (_, i) => `Creator:${i + 1}`);
    const tooMany = await call(yoga, acme.key, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(tooMany.body.errors[0].extensions.code).toBe('VALIDATION');
    expect(tooMany.body.errors[0].message).toMatch(/at most 100/);
    expect((await limiter.peek(org)).remaining).toBe(30);
  });

  it('charges exports by rows and refuses them with 429 when the bucket lacks the points', async () => {
    const { yoga, limiter } = server();
    const exportCreators = () =>
      yoga.fetch('http://localhost/export/creators.csv', { headers: { authorization: `Bearer ${acme.key}` } });
    const res = await exportCreators();
    expect(res.status).toBe(200);
    expect((await res.text()).trim().split('\n')).toHaveLength(6); // header + 5 creators
    // 5 rows: 1 point (1 per 100 rows, at least 1).
    expect(res.headers.get('X-Cost-Requested')).toBe('1');
    expect(res.headers.get('RateLimit-Remaining')).toBe('29');
    expect((await limiter.peek(String(acme.id))).remaining).toBe(29);

    await limiter.charge(String(acme.id), 29);
    const refused = await exportCreators();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  describe('subscriptions', () => {
    const SUBSCRIPTION = 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }';
    const gid = (id: number) => btoa(`Campaign:${id}`);
    const open = (yoga: ReturnType<typeof createServer>, key: string, campaignId: number, signal?: AbortSignal) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: gid(campaignId) } }),
        signal,
      });
    const publish = (events: InProcessCampaignEvents, campaignId: number, organizationId: number) =>
      events.publish({ campaignId, organizationId, reason: 'MEMBER_ADDED', at: NOW });

    it('counts open streams per organization, refuses one over the limit, and frees the slot on close', async () => {
      const events = new InProcessCampaignEvents();
      const limiter = unlimitedRateLimiter();
      const yoga = createServer({
        db,
        now: () => NOW,
        campaignEvents: events,
        rateLimiter: limiter,
        maxSubscriptionsPerOrganization: 1,
      });
      const acmeCampaign = fixture.campaignIds.acme![0]!;
      const controller = new AbortController();
      const first = sse(await open(yoga, acme.key, acmeCampaign, controller.signal));

      // The organization's second stream, even with another key, is refused with a code.
      const second = sse(await open(yoga, acme.readKey, acmeCampaign));
      const refusal = await second.next();
      expect(refusal?.event).toBe('next');
      expect(refusal?.data.errors[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect((await second.next())?.event).toBe('complete');

      // Another organization has its own slots.
      const globexCampaign = fixture.campaignIds.globex![0]!;
      const theirs = sse(await open(yoga, globex.key, globexCampaign));
      publish(events, globexCampaign, globex.id);
      expect((await theirs.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');
      await theirs.cancel();

      // The first stream works; closing it frees the slot.
      publish(events, acmeCampaign, acme.id);
      expect((await first.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');
      controller.abort();
      await first.cancel();
      for (let i = 0; i < 50 && events.listenerCount(acmeCampaign) > 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      const third = sse(await open(yoga, acme.readKey, acmeCampaign));
      publish(events, acmeCampaign, acme.id);
      expect((await third.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');
      await third.cancel();
    });

    it('prices a stream when it starts', async () => {
      const events = new InProcessCampaignEvents();
      const limiter = createMemoryRateLimiter({ capacity: 30, restorePerSecond: 1, clock: () => NOW.getTime() });
      const yoga = createServer({ db, now: () => NOW, campaignEvents: events, rateLimiter: limiter });
      const stream = sse(await open(yoga, acme.key, fixture.campaignIds.acme![0]!));
      // campaignMetricsUpdated 10 + reason 0.1 → 11
      expect((await limiter.peek(String(acme.id))).remaining).toBe(19);
      await stream.cancel();
    });

    it('ends the stream of a revoked key with an UNAUTHENTICATED error event', async () => {
      const events = new InProcessCampaignEvents();
      const yoga = createServer({ db, now: () => NOW, campaignEvents: events, rateLimiter: unlimitedRateLimiter() });
      const em = db.em.fork();
      const org = await em.findOneOrFail(Organization, { id: acme.id });
      const { raw, key } = await createApiKey(em, org, 'stream', ['read']);
      const campaignId = fixture.campaignIds.acme![0]!;
      const stream = sse(await open(yoga, raw, campaignId));

      publish(events, campaignId, acme.id);
      expect((await stream.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');

      await em.nativeUpdate(ApiKey, { id: key.id }, { revokedAt: NOW });
      publish(events, campaignId, acme.id);
      const ended = await stream.next();
      expect(ended?.event).toBe('next');
      expect(ended?.data.data).toBeNull();
      expect(ended?.data.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await stream.next())?.event).toBe('complete');
      for (let i = 0; i < 50 && events.listenerCount(campaignId) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(events.listenerCount(campaignId)).toBe(0);
    });
  });
});

describe.runIf(withRedis && withPostgres)('two server instances on one PostgreSQL and one Redis', () => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    fixture = await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 1, end: NOW });
  });
  afterAll(() => db.destroy());

  it('throttles an organization on B exactly when its budget was drained on A', async () => {
    const prefix = `creatorgraph-test:${randomUUID()}:`;
    const instance = () =>
      createServer({
        db,
        now: () => NOW,
        rateLimiter: redisLimiter({ capacity: 30, restorePerSecond: 1, clock: () => NOW.getTime(), prefix }),
      });
    const [a, b] = [instance(), instance()];
    const [acme, globex] = fixture.orgs as [CatalogFixture['orgs'][number], CatalogFixture['orgs'][number]];

    // 15 requests of 2 points on A drain the 30-point bucket exactly.
    for (let i = 0; i < 15; i++) {
      const res = await call(a, i % 2 ? acme.key : acme.readKey, VIEWER_QUERY);
      expect(res.status).toBe(200);
      expect(res.headers.get('RateLimit-Remaining')).toBe(String(28 - 2 * i));
    }
    const throttled = await call(b, acme.key, VIEWER_QUERY);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('2'); // 30 + 2 − 30 = 2 points at 1 point/s
    expect(throttled.headers.get('RateLimit-Remaining')).toBe('0');
    expect(throttled.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another organization on B is untouched.
    expect((await call(b, globex.key, VIEWER_QUERY)).headers.get('RateLimit-Remaining')).toBe('28');
  });
});
