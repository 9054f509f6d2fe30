import { randomUUID } from 'node:crypto';
import { ApiKey, createApiKey, loadConfig, Organization } from '@creatorgraph/core';
import {
  type CatalogFixture,
  countStatements,
  createTestDatabase,
  seedCatalog,
  type TestDatabase,
} from '@creatorgraph/core/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyCache } from '../src/http/key-cache.js';
import { createServer } from '../src/yoga.js';
import { dialects, NOW, unlimited } from './harness.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// As in budgets.test.ts: Redis runs here and on CI; SKIP_REDIS=1 skips locally.
const withRedis = Boolean(process.env.CI) || !process.env.SKIP_REDIS;

const VIEWER = '{ viewer { keyPrefix } }';
const REVOKE = `mutation($prefix: String!) {
  revokeApiKey(prefix: $prefix) { __typename ... on RevokeApiKeyPayload { apiKey { revokedAt } } }
}`;

type Yoga = ReturnType<typeof createServer>;

async function call(yoga: Yoga, key: string, query = VIEWER, variables: Record<string, unknown> = {}) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked field by field.
  return { status: res.status, body: (await res.json()) as any };
}

/** Statements that look a key up (the touch of `last_used_at` is an update, not counted here). */
const lookups = (sql: string[]) => sql.filter((s) => /^select/i.test(s) && /api_keys/.test(s)).length;

describe.each(dialects)('API keys cached in memory (%s)', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let admin: string;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 2, postsPerAccount: 1, end: NOW });
    admin = fixture.orgs[0]!.key;
  });
  afterAll(() => db.destroy());

  const server = (cache = new ApiKeyCache(db)) => ({
    cache,
    // Bursts of 100 requests must all reach the key check, not wait for one of the default 8 slots.
    yoga: createServer({
      db,
      now: () => NOW,
      rateLimiter: unlimited(),
      apiKeyCache: cache,
      backpressure: { maxInFlight: 128 },
    }),
  });
  /** A fresh READ key of the first organization, and its prefix. */
  const newKey = async (name = 'cached') => {
    const em = db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: fixture.orgs[0]!.id });
    const { raw, key } = await createApiKey(em, org, name, ['read']);
    return { raw, prefix: key.prefix, id: key.id };
  };

  it('does not ask the database again for a key it has verified', async () => {
    const { yoga } = server();
    const key = await newKey();
    const first = await countStatements(db, () => call(yoga, key.raw));
    expect(first.result.status).toBe(200);
    expect(lookups(first.sql)).toBe(1);
    const second = await countStatements(db, () => call(yoga, key.raw));
    expect(second.result.body.data.viewer.keyPrefix).toBe(key.prefix);
    // Nothing at all: no lookup, and the last-use time was written a moment ago.
    expect(second.count).toBe(0);

    // With the cache off, every request looks its key up.
    const uncached = server(new ApiKeyCache(db, { ttlMs: 0 })).yoga;
    await call(uncached, key.raw);
    expect(lookups((await countStatements(db, () => call(uncached, key.raw))).sql)).toBe(1);
  });

  it('looks a key up once for many concurrent requests', async () => {
    const { yoga } = server();
    const key = await newKey();
    const { result, sql } = await countStatements(db, () =>
      Promise.all(Array.from({ length: 20 }, () => call(yoga, key.raw))),
    );
    expect(result.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(lookups(sql)).toBe(1);
  });

  it('refuses a key revoked through this server at once, though its entry had long to live', async () => {
    const { yoga, cache } = server(new ApiKeyCache(db, { ttlMs: 300_000 }));
    const key = await newKey('to revoke');
    expect((await call(yoga, key.raw)).status).toBe(200);
    expect(cache.size).toBeGreaterThan(0);

    const revoked = await call(yoga, admin, REVOKE, { prefix: key.prefix });
    expect(revoked.body.data.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    const refused = await call(yoga, key.raw);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The organization's other keys stay cached.
    expect((await countStatements(db, () => call(yoga, admin))).count).toBe(0);
  });

  it('sees a revocation made elsewhere (the operator CLI) within the TTL', async () => {
    const { yoga } = server(new ApiKeyCache(db, { ttlMs: 300 }));
    const key = await newKey('revoked by the operator');
    expect((await call(yoga, key.raw)).status).toBe(200);
    await db.em.fork().nativeUpdate(ApiKey, { id: key.id }, { revokedAt: NOW });
    // The bound the TTL sets: trusted until the entry expires, refused after.
    expect((await call(yoga, key.raw)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await call(yoga, key.raw)).status).toBe(401);
  });

  it('remembers unknown keys briefly, and a flood of them does not evict verified keys', async () => {
    const { yoga } = server();
    const unknown = `cg_nothere1_${'x'.repeat(32)}`;
    expect((await call(yoga, unknown)).status).toBe(401);
    const again = await countStatements(db, () => call(yoga, unknown));
    expect(again.result.status).toBe(401);
    expect(again.count).toBe(0);

    const key = await newKey('survivor');
    await call(yoga, key.raw);
    // More random keys than the unknown-key cache holds (1,000), each looked up once.
    const flood = Array.from({ length: 1_200 }, () => `cg_${randomUUID().slice(0, 8)}_${randomUUID()}`);
    for (let i = 0; i < flood.length; i += 100) {
      const statuses = await Promise.all(flood.slice(i, i + 100).map(async (k) => (await call(yoga, k)).status));
      expect(new Set(statuses)).toEqual(new Set([401]));
    }
    expect((await countStatements(db, () => call(yoga, key.raw))).count).toBe(0);
  });

  it.runIf(withRedis)('refuses on another instance a key revoked on this one, through Redis', async () => {
    const channel = `creatorgraph-test:${randomUUID()}:api-key`;
    const clients: Redis[] = [];
    const shared = () => {
      const cache = new ApiKeyCache(db, { ttlMs: 300_000 });
      const publisher = new Redis(REDIS_URL);
      clients.push(publisher);
      const sharing = cache.shareThroughRedis(publisher, new Redis(REDIS_URL), { channel });
      return { ...server(cache), sharing };
    };
    const a = shared();
    const b = shared();
    // A third instance that does not listen: it keeps trusting its entry until the TTL.
    const deaf = server(new ApiKeyCache(db, { ttlMs: 300_000 }));
    try {
      await Promise.all([a.sharing.ready, b.sharing.ready]);
      const key = await newKey('shared');
      for (const yoga of [a.yoga, b.yoga, deaf.yoga]) expect((await call(yoga, key.raw)).status).toBe(200);
      expect((await countStatements(db, () => call(b.yoga, key.raw))).count).toBe(0);

      expect((await call(a.yoga, admin, REVOKE, { prefix: key.prefix })).status).toBe(200);
      expect((await call(a.yoga, key.raw)).status).toBe(401);
      // The message is on its way when the mutation answers; it lands within milliseconds.
      const deadline = Date.now() + 2_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await call(b.yoga, key.raw)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(status).toBe(401);
      expect((await call(deaf.yoga, key.raw)).status).toBe(200);
    } finally {
      await Promise.all([a.sharing.close(), b.sharing.close(), ...clients.map((c) => c.quit())]);
    }
  });
});

describe('API_KEY_CACHE_TTL_SECONDS', () => {
  it('defaults to 30 s, accepts 0 (no cache) and refuses more than 300 s', () => {
    expect(loadConfig({}).API_KEY_CACHE_TTL_SECONDS).toBe(30);
    expect(loadConfig({ API_KEY_CACHE_TTL_SECONDS: '0' }).API_KEY_CACHE_TTL_SECONDS).toBe(0);
    expect(() => loadConfig({ API_KEY_CACHE_TTL_SECONDS: '301' })).toThrow(
      /API_KEY_CACHE_TTL_SECONDS: must be at most 300/,
    );
    expect(() => loadConfig({ API_KEY_CACHE_TTL_SECONDS: '-1' })).toThrow(/API_KEY_CACHE_TTL_SECONDS/);
  });
});
