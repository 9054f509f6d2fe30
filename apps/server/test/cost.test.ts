import { createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimiter, queryCost } from '../src/cost.js';
import { schema } from '../src/schema/index.js';
import { createServer } from '../src/yoga.js';
import { NOW } from './harness.js';

describe('queryCost', () => {
  it('charges 1 per object field and multiplies under connections by the page size', () => {
    // creators (1) + 10 × nodes… : nodes (10) + accounts (10) = 21
    expect(queryCost(schema, parse('{ creators(first: 10) { nodes { name accounts { handle } } } }'), null)).toBe(21);
    // default page 20: 1 + 20 (edges) + 20 (node) = 41
    expect(queryCost(schema, parse('{ creators { edges { node { name } } } }'), null)).toBe(41);
    // nested connection: 1 + 5 (nodes) + 5 (accounts) + 5 (posts) + 5 × 3 (nodes) = 31; variables resolve
    const nested = parse(
      'query($n: Int) { creators(first: $n) { nodes { accounts { posts(first: 3) { nodes { likes } } } } } }',
    );
    expect(queryCost(schema, nested, null, { n: 5 })).toBe(31);
    // leaves only still cost the minimum of 1
    expect(queryCost(schema, parse('{ __typename }'), null)).toBe(1);
  });
});

describe('rate limit and extensions.cost', () => {
  let db: TestDatabase;
  let key: string;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const fixture = await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 1, end: NOW });
    key = fixture.orgs[0]!.key;
  });
  afterAll(() => db.destroy());

  const post = async (yoga: ReturnType<typeof createServer>, query: string) => {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query }),
    });
    return res.json();
  };

  it('reports the cost of every response and the remaining budget', async () => {
    const yoga = createServer({ db, now: () => NOW, rateLimiter: createMemoryRateLimiter(100) });
    const first = await post(yoga, '{ creators(first: 10) { nodes { name accounts { handle } } } }');
    expect(first.extensions.cost).toMatchObject({ requested: 21, actual: 21, limit: 100, remaining: 79 });
    const viewer = await post(yoga, '{ viewer { rateLimit { limit remaining cost } } }');
    expect(viewer.data.viewer.rateLimit).toEqual({ limit: 100, remaining: 77, cost: 2 });
  });

  it('refuses a query the budget does not cover, without executing it', async () => {
    const yoga = createServer({ db, now: () => NOW, rateLimiter: createMemoryRateLimiter(30) });
    expect((await post(yoga, '{ creators(first: 10) { nodes { accounts { handle } } } }')).errors).toBeUndefined();
    const refused = await post(yoga, '{ creators(first: 10) { nodes { accounts { handle } } } }');
    expect(refused.data).toBeUndefined();
    expect(refused.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.extensions.cost).toMatchObject({ requested: 21, remaining: 9 });
  });

  it('refuses a single query above the ceiling with VALIDATION', async () => {
    const yoga = createServer({ db, now: () => NOW });
    const huge = await post(
      yoga,
      '{ creators(first: 100) { nodes { accounts { posts(first: 100) { nodes { account { handle } } } } } } }',
    );
    expect(huge.errors[0].extensions.code).toBe('VALIDATION');
    expect(huge.errors[0].message).toMatch(/exceeds the maximum/);
  });
});
