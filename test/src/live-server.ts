import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey, type Dialect, Organization, seedDemo } from '@creatorgraph/core';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '@creatorgraph/core/testing';
import { type CampaignGoal, creatorgraph, type Tier } from '@creatorgraph/sdk';
import { createServer, unlimitedRateLimiter } from '@creatorgraph/server';
import { afterAll, beforeAll } from 'vitest';

export const END = new Date('2026-06-01T00:00:00Z');
export const NOW = new Date('2026-06-01T12:00:00Z');

export interface LiveServer {
  db: TestDatabase;
  url: string;
  keys: Record<string, string>;
  sdk(key: string): ReturnType<typeof creatorgraph>;
  close(): Promise<void>;
}

/** A real HTTP server on a free port over a fresh database seeded with a small demo dataset. */
export async function startLiveServer(dialect: Dialect, creators = 150): Promise<LiveServer> {
  const db = await createTestDatabase(dialect);
  await seedDemo(db, { end: END, creators, postsTarget: creators * 40 });
  const em = db.em.fork();
  const keys: Record<string, string> = {};
  for (const org of await em.find(Organization, {}, { orderBy: { id: 'asc' } })) {
    keys[org.slug] = (await createApiKey(em, org, 'e2e', ['admin'])).raw;
  }
  // The suites make many large queries with one key: a budget (and so a per-operation ceiling) that never
  // runs out; the production limits are exercised against a process server.
  const yoga = createServer({ db, now: () => NOW, rateLimiter: unlimitedRateLimiter() });
  const server: Server = createHttpServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    db,
    url,
    keys,
    sdk: (key) => creatorgraph({ url, apiKey: key, retries: 0 }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}

/** The dialects suites run on (SQLite, and PostgreSQL unless SKIP_PG is set outside CI). */
export const dialects: Dialect[] = TEST_DIALECTS;

type Sdk = ReturnType<LiveServer['sdk']>;

/**
 * Registers the suite's hooks: a live server for the suite, with an SDK for each of the first two
 * organizations. The fields are filled in `beforeAll`, so read them inside tests only.
 */
export function twoOrganizations(dialect: Dialect): { live: LiveServer; owner: Sdk; other: Sdk } {
  const suite = {} as { live: LiveServer; owner: Sdk; other: Sdk };
  beforeAll(async () => {
    suite.live = await startLiveServer(dialect);
    const [a, b] = Object.keys(suite.live.keys);
    suite.owner = suite.live.sdk(suite.live.keys[a!]!);
    suite.other = suite.live.sdk(suite.live.keys[b!]!);
  });
  afterAll(async () => {
    await suite.live?.close();
  });
  return suite;
}

/** Creates a USD campaign starting 2026-05-01 through the SDK; fails the test on any other answer. */
export async function createCampaign(sdk: Sdk, name: string, goal: CampaignGoal, budgetMinor: number) {
  const res = await sdk.createCampaign({
    input: {
      name,
      brand: 'Acme',
      goal,
      currency: 'USD',
      budget: { amountMinor: budgetMinor, currency: 'USD' },
      startsAt: '2026-05-01T00:00:00Z',
    },
  });
  if (!res.ok || res.data.createCampaign.__typename !== 'CreateCampaignPayload') {
    throw new Error(`createCampaign failed: ${JSON.stringify(res)}`);
  }
  return res.data.createCampaign.campaign;
}

/**
 * `count` accounts of one tier that have at least two posts, found through the SDK, each with the ids of
 * its latest `posts` posts. Fails the test when the data holds fewer.
 */
export async function accountsWithPosts(
  sdk: ReturnType<LiveServer['sdk']>,
  tier: Tier,
  count: number,
  posts: number,
): Promise<{ id: string; postIds: string[] }[]> {
  const res = await sdk.creators({ first: 100, filter: { tier } });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  const accounts = res.data.creators.edges.flatMap((e) => e.node.accounts).filter((a) => a.tier === tier);
  const out: { id: string; postIds: string[] }[] = [];
  for (const account of accounts) {
    const detail = await sdk.account({ platform: account.platform, handle: account.handle, posts });
    if (!detail.ok || !detail.data.account) continue;
    const postIds = detail.data.account.posts.nodes.map((p) => p.id);
    if (postIds.length >= 2) out.push({ id: account.id, postIds });
    if (out.length === count) break;
  }
  if (out.length !== count) throw new Error(`only ${out.length} ${tier} accounts with posts, ${count} needed`);
  return out;
}
