import { Campaign, Creator, classifyTier } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type LiveServer, startLiveServer } from './live-server.js';

describe.each(dialects)('SDK against a live server on %s', (dialect) => {
  let live: LiveServer;
  let slugs: string[];
  beforeAll(async () => {
    live = await startLiveServer(dialect);
    slugs = Object.keys(live.keys);
  });
  afterAll(async () => {
    await live?.close();
  });

  it('pages through every creator with cursors and matches the database', async () => {
    const sdk = live.sdk(live.keys[slugs[0]!]!);
    const names: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const res = await sdk.creators({ first: 40, after, orderBy: { field: 'NAME', direction: 'ASC' } });
      expect(res.ok).toBe(true);
      if (!res.ok) break;
      total = res.data.creators.totalCount;
      names.push(...res.data.creators.edges.map((e) => e.node.name));
      if (!res.data.creators.pageInfo.hasNextPage) break;
      after = res.data.creators.pageInfo.endCursor ?? null;
    }
    const em = live.db.em.fork();
    const dbNames = (await em.find(Creator, {}, { orderBy: { name: 'asc', id: 'asc' } })).map((c) => c.name);
    expect(total).toBe(dbNames.length);
    expect(names).toEqual(dbNames);
  });

  it('filters by tier, and every answer agrees with the tier function and the database', async () => {
    const sdk = live.sdk(live.keys[slugs[0]!]!);
    const em = live.db.em.fork();
    for (const tier of ['NANO', 'MICRO', 'MID'] as const) {
      const res = await sdk.creators({ first: 100, filter: { tier } });
      if (!res.ok) throw new Error(JSON.stringify(res.errors));
      for (const { node } of res.data.creators.edges) {
        expect(node.tier).toBe(tier);
        const max = Math.max(...node.accounts.map((a) => a.followers));
        expect(classifyTier(max)).toBe(tier);
        const row = await em.findOneOrFail(Creator, { name: node.name, maxFollowers: max });
        expect(row.maxFollowers).toBe(node.followers);
      }
      const all = await em.find(Creator, {});
      expect(res.data.creators.totalCount).toBe(all.filter((c) => classifyTier(c.maxFollowers) === tier).length);
    }
  });

  it('fetches by global id with node and creator(id)', async () => {
    const sdk = live.sdk(live.keys[slugs[0]!]!);
    const first = await sdk.creators({ first: 1 });
    if (!first.ok) throw new Error('creators failed');
    const creator = first.data.creators.edges[0]!.node;
    const byNode = await sdk.node({ id: creator.id });
    expect(byNode.ok && byNode.data.node?.__typename === 'Creator' && byNode.data.node.name).toBe(creator.name);
    const account = creator.accounts[0]!;
    const byAccount = await sdk.node({ id: account.id });
    expect(byAccount.ok && byAccount.data.node?.__typename === 'Account' && byAccount.data.node.handle).toBe(
      account.handle,
    );
    const byId = await sdk.creator({ id: creator.id });
    expect(byId.ok && byId.data.creator?.name).toBe(creator.name);
  });

  it("hides another organization's campaigns", async () => {
    const [a, b] = slugs;
    const em = live.db.em.fork();
    const mine = await live.sdk(live.keys[a!]!).campaigns({ first: 50 });
    if (!mine.ok) throw new Error('campaigns failed');
    const dbMine = await em.count(Campaign, { organization: { slug: a! } });
    expect(mine.data.campaigns.totalCount).toBe(dbMine);
    expect(dbMine).toBeGreaterThan(0);
    const other = live.sdk(live.keys[b!]!);
    for (const c of mine.data.campaigns.nodes) {
      const res = await other.campaign({ id: c.id });
      expect(res.ok).toBe(true);
      expect(res.ok && res.data.campaign).toBeNull();
      const node = await other.node({ id: c.id });
      expect(node.ok && node.data.node).toBeNull();
    }
    const theirs = await other.campaigns({ first: 50 });
    const ids = new Set(mine.data.campaigns.nodes.map((c) => c.id));
    expect(theirs.ok && theirs.data.campaigns.nodes.some((c) => ids.has(c.id))).toBe(false);
  });

  it('returns errors as values: validation, bad key', async () => {
    const bad = await live.sdk(live.keys[slugs[0]!]!).creators({ first: 500 });
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]?.code).toBe('VALIDATION');
    const unknown = await live.sdk('cg_nope_nope').viewer();
    expect(unknown.ok).toBe(false);
    expect(unknown.errors[0]).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('creates and revokes keys; a revoked key is refused', async () => {
    const admin = live.sdk(live.keys[slugs[0]!]!);
    const created = await admin.createApiKey({ input: { name: 'reporting', scopes: ['READ'] } });
    if (!created.ok || created.data.createApiKey.__typename !== 'CreateApiKeyPayload') throw new Error('create failed');
    const { secret, apiKey } = created.data.createApiKey;
    const reader = live.sdk(secret);
    const viewer = await reader.viewer();
    expect(viewer.ok && viewer.data.viewer.scopes).toEqual(['READ']);
    const forbidden = await reader.createApiKey({ input: { name: 'x', scopes: ['ADMIN'] } });
    expect(forbidden.errors[0]?.code).toBe('FORBIDDEN');
    const invalid = await admin.createApiKey({ input: { name: ' ', scopes: [] } });
    expect(invalid.data?.createApiKey.__typename).toBe('ValidationError');
    await admin.revokeApiKey({ prefix: apiKey.prefix });
    const after = await reader.viewer();
    expect(after.errors[0]?.code).toBe('UNAUTHENTICATED');
  });
});
