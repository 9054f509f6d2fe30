import { ConfigError, loadConfig } from '@creatorgraph/core';
import { createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimiterFor } from '../src/http/rate-limit.js';
import { createServer } from '../src/yoga.js';
import { NOW } from './harness.js';

/** RATE_LIMIT_CAPACITY / RATE_LIMIT_RESTORE_PER_SECOND = 0: no budgets, as main.ts builds the server. */

// 2 + 100 × (accounts 1 + 4 × handle 0.1) = 142 points: 15 of them empty a 2,000-point bucket.
const EXPENSIVE = '{ creators(first: 100) { nodes { accounts { handle } } } }';
// 100 creators × 4 accounts × 100 posts: far over MAX_QUERY_COST.
const TOO_COSTLY = '{ creators(first: 100) { nodes { accounts { posts(first: 100) { nodes { id } } } } } }';

let db: TestDatabase;
let key: string;
beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  key = (await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 1, end: NOW })).orgs[0]!.key;
});
afterAll(() => db.destroy());

/** A server configured from these environment variables, the way main.ts configures it. */
function serverFrom(env: Record<string, string>, redis?: Redis) {
  const config = loadConfig(env);
  const bucket = { capacity: config.RATE_LIMIT_CAPACITY, restorePerSecond: config.RATE_LIMIT_RESTORE_PER_SECOND };
  return createServer({
    db,
    now: () => NOW,
    rateLimiter: rateLimiterFor(bucket, redis),
    maxQueryCost: config.MAX_QUERY_COST,
    // The burst below must reach the bucket at once, not wait its turn for one of the default 8 slots.
    backpressure: { maxInFlight: 64 },
  });
}

async function call(yoga: ReturnType<typeof serverFrom>, query: string) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked field by field.
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe('budgets switched off with 0', () => {
  it('lets a client send many expensive operations without a 429, where the defaults throttle it', async () => {
    // As a load test sends them: 40 at once, each charged its requested 142 points before it runs.
    const burst = (yoga: ReturnType<typeof serverFrom>) =>
      Promise.all(Array.from({ length: 40 }, () => call(yoga, EXPENSIVE)));
    const throttled = (await burst(serverFrom({ PROFILE: 'production' }))).map((r) => r.status);
    expect(throttled).toContain(429);

    for (const env of [{ RATE_LIMIT_CAPACITY: '0' }, { RATE_LIMIT_RESTORE_PER_SECOND: '0' }] as Record<
      string,
      string
    >[]) {
      const yoga = serverFrom(env);
      for (const res of await burst(yoga)) {
        expect(res.status).toBe(200);
        expect(res.body.errors).toBeUndefined();
        // Priced as always; the budget reported is unlimited and always full.
        expect(res.body.extensions.cost).toMatchObject({
          requested: 142,
          limit: 2_147_483_647,
          remaining: 2_147_483_647,
        });
        expect(res.headers.get('RateLimit-Remaining')).toBe('2147483647');
        expect(res.headers.get('X-Cost-Requested')).toBe('142');
      }
      const viewer = await call(yoga, '{ viewer { rateLimit { limit remaining } } }');
      expect(viewer.body.data.viewer.rateLimit).toEqual({ limit: 2_147_483_647, remaining: 2_147_483_647 });
    }
  });

  it('still refuses one operation over MAX_QUERY_COST', async () => {
    const yoga = serverFrom({ RATE_LIMIT_CAPACITY: '0', MAX_QUERY_COST: '500' });
    const res = await call(yoga, TOO_COSTLY);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 500 });
  });

  it('never talks to Redis', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
    try {
      const yoga = serverFrom({ RATE_LIMIT_CAPACITY: '0' }, redis);
      expect((await call(yoga, EXPENSIVE)).status).toBe(200);
      expect(redis.status).toBe('wait');
    } finally {
      redis.disconnect();
    }
  });

  it('accepts 0 for the two budget settings only', () => {
    expect(loadConfig({ RATE_LIMIT_CAPACITY: '0', RATE_LIMIT_RESTORE_PER_SECOND: '0' })).toMatchObject({
      RATE_LIMIT_CAPACITY: 0,
      RATE_LIMIT_RESTORE_PER_SECOND: 0,
    });
    expect(loadConfig({ PROFILE: 'production' })).toMatchObject({
      RATE_LIMIT_CAPACITY: 2_000,
      RATE_LIMIT_RESTORE_PER_SECOND: 50,
    });
    // The demo is one person clicking through GraphiQL and the dashboard: ten times the budget.
    expect(loadConfig({})).toMatchObject({ RATE_LIMIT_CAPACITY: 20_000, RATE_LIMIT_RESTORE_PER_SECOND: 500 });
    expect(loadConfig({ RATE_LIMIT_CAPACITY: '300' })).toMatchObject({ RATE_LIMIT_CAPACITY: 300 });
    let error: unknown;
    try {
      loadConfig({ RATE_LIMIT_CAPACITY: '-1', MAX_QUERY_COST: '0', MAX_DEPTH: '0', MAX_IN_FLIGHT: '0' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((i) => i.variable).sort()).toEqual([
      'MAX_DEPTH',
      'MAX_IN_FLIGHT',
      'MAX_QUERY_COST',
      'RATE_LIMIT_CAPACITY',
    ]);
  });
});
