import { Account, Creator, classifyTier } from '@creatorgraph/core';
import { countStatements } from '@creatorgraph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness } from './harness.js';
import { errorCode, execute, expectNoErrors, graphql } from './testkit.js';

describe.each(dialects)('catalog API on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 120 });
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  it('refuses a request without a valid key, with a clear error', async () => {
    const missing = await h.gql('{ viewer { keyPrefix } }', {}, null);
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    const wrong = await h.gql('{ viewer { keyPrefix } }', {}, 'cg_nope_nope');
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.message).toMatch(/unknown or revoked/);
  });

  it('answers the README query: MICRO creators with their accounts', async () => {
    const res = await h.gql<{
      creators: {
        totalCount: number;
        nodes: { name: string; tier: string; accounts: { tier: string; followers: number }[] }[];
      };
    }>(
      '{ creators(first: 5, filter: { tier: MICRO }) { totalCount nodes { name tier accounts { platform handle followers tier } } } }',
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.creators.nodes;
    expect(nodes).toHaveLength(5);
    for (const c of nodes) {
      expect(c.tier).toBe('MICRO');
      const max = Math.max(...c.accounts.map((a) => a.followers));
      expect(classifyTier(max)).toBe('MICRO');
      for (const a of c.accounts) expect(a.tier).toBe(classifyTier(a.followers));
    }
    const em = h.db.em.fork();
    const expected = await em.count(Creator, { maxFollowers: { $gte: 10_000, $lt: 50_000 } });
    expect(res.data!.creators.totalCount).toBe(expected);
  });

  it('pages through all creators with cursors, forward and backward, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<Harness['gql']>> = await h.gql(
        'query($after: String) { creators(first: 17, after: $after, orderBy: { field: NAME, direction: ASC }) { pageInfo { hasNextPage endCursor } nodes { id name } } }',
        { after },
      );
      const conn = (
        res.data as {
          creators: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; name: string }[] };
        }
      ).creators;
      seen.push(...conn.nodes.map((n) => n.name));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...seen].sort());
    const back = await h.gql<{ creators: { nodes: { name: string }[]; pageInfo: { hasPreviousPage: boolean } } }>(
      '{ creators(last: 3, orderBy: { field: NAME, direction: ASC }) { pageInfo { hasPreviousPage } nodes { name } } }',
    );
    expect(back.data!.creators.nodes.map((n) => n.name)).toEqual(seen.slice(-3));
    expect(back.data!.creators.pageInfo.hasPreviousPage).toBe(true);
  });

  it('rejects page sizes outside 1–100 and foreign cursors with VALIDATION', async () => {
    for (const first of [0, 101]) {
      const res = await h.gql('query($first: Int) { creators(first: $first) { nodes { id } } }', { first });
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(res.errors?.[0]?.message).toMatch(/between 1 and 100/);
    }
    const bad = await h.gql('{ creators(first: 2, after: "garbage") { nodes { id } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('filters by platform, niche, country and follower range', async () => {
    const res = await h.gql<{
      creators: {
        totalCount: number;
        nodes: { country: string; niches: string[]; accounts: { platform: string; followers: number }[] }[];
      };
    }>(
      '{ creators(first: 100, filter: { platform: TIKTOK, niches: ["fashion"], country: "GB", followers: { min: 1000, max: 200000 } }) { totalCount nodes { country niches accounts { platform followers } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.creators.totalCount).toBeGreaterThan(0);
    for (const c of res.data!.creators.nodes) {
      expect(c.country).toBe('GB');
      expect(c.niches).toContain('fashion');
      const tiktok = c.accounts.filter((a) => a.platform === 'TIKTOK');
      expect(tiktok.some((a) => a.followers >= 1000 && a.followers <= 200000)).toBe(true);
    }
  });

  it('fetches by global id with node, nodes and creator(id), and by handle', async () => {
    const list = await h.gql<{ creators: { nodes: { id: string; name: string }[] } }>(
      '{ creators(first: 2) { nodes { id name } } }',
    );
    const [a, b] = list.data!.creators.nodes;
    const res = await h.gql<{ node: { name: string }; nodes: ({ name: string } | null)[]; creator: { name: string } }>(
      'query($a: ID!, $b: ID!) { node(id: $a) { ... on Creator { name } } nodes(ids: [$a, $b]) { ... on Creator { name } } creator(id: $b) { name } }',
      { a: a!.id, b: b!.id },
    );
    expect(res.data!.node.name).toBe(a!.name);
    expect(res.data!.nodes.map((n) => n?.name)).toEqual([a!.name, b!.name]);
    expect(res.data!.creator.name).toBe(b!.name);
    const byHandle = await h.gql<{ creator: { name: string }; account: { handle: string; creator: { name: string } } }>(
      '{ creator(handle: "@creator5_0") { name } account(platform: YOUTUBE, handle: "creator5_1") { handle creator { name } } }',
    );
    expect(byHandle.data!.creator.name).toBe('Creator 005');
    expect(byHandle.data!.account.creator.name).toBe('Creator 005');
  });

  it('lists posts with filters and checks them against the database', async () => {
    const em = h.db.em.fork();
    const account = await em.findOneOrFail(Account, { handle: 'creator7_0' });
    const acc = await h.gql<{ account: { id: string } }>('{ account(platform: X, handle: "creator7_0") { id } }');
    expect(acc.data!.account).not.toBeNull();
    expect(account.platform).toBe('X');
    const res = await h.gql<{
      posts: { totalCount: number; nodes: { externalId: string; sponsored: boolean; postedAt: string }[] };
    }>(
      'query($id: ID!) { posts(first: 100, filter: { account: $id, sponsored: true }) { totalCount nodes { externalId sponsored postedAt } } }',
      { id: acc.data!.account.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.posts.nodes.every((p) => p.sponsored)).toBe(true);
    expect(res.data!.posts.totalCount).toBe(2); // posts 0 and 4 of 6 are sponsored
    const times = res.data!.posts.nodes.map((p) => p.postedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("pages an account's nested posts with the cursors of the top-level posts query", async () => {
    interface PostPage {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { externalId: string } }[];
    }
    const NESTED = graphql<
      { account: { id: string; posts: PostPage } | null },
      { first?: number; after?: string }
    >(`query($first: Int, $after: String) { account(platform: X, handle: "creator7_0") { id
      posts(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { externalId } } } } }`);
    const TOP = graphql<{ posts: PostPage }, { id: string; first: number; after?: string }>(
      `query($id: ID!, $first: Int!, $after: String) { posts(first: $first, after: $after, filter: { account: $id }) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { externalId } } } }`,
    );
    const nested = expectNoErrors(await execute(h, NESTED, { first: 4 })).account!;
    const top = expectNoErrors(await execute(h, TOP, { id: nested.id, first: 4 })).posts;
    expect(nested.posts).toEqual(top);
    expect(nested.posts).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    // A nested cursor continues the top-level list where the nested page stopped.
    const rest = expectNoErrors(
      await execute(h, TOP, { id: nested.id, first: 4, after: nested.posts.pageInfo.endCursor! }),
    ).posts;
    expect(rest.edges.map((e) => e.node.externalId)).toHaveLength(2);

    const paged = await execute(h, NESTED, { first: 2, after: nested.posts.pageInfo.endCursor! });
    expect(errorCode(paged)).toBe('VALIDATION');
    const tooMany = await execute(h, NESTED, { first: 101 });
    expect(errorCode(tooMany)).toBe('VALIDATION');
    expect(JSON.stringify(tooMany.errors)).toContain('posts.first');
  });

  it('shows campaigns only to the organization that owns them', async () => {
    const [acme, globex] = h.fixture.orgs;
    const mine = await h.gql<{
      campaigns: { nodes: { id: string; name: string; members: { account: { handle: string } }[] }[] };
    }>('{ campaigns(first: 10) { nodes { id name members { account { handle } } } } }', {}, acme!.key);
    expect(mine.data!.campaigns.nodes.map((c) => c.name)).toEqual(['Acme Agency launch']);
    const id = mine.data!.campaigns.nodes[0]!.id;
    const theirs = await h.gql<{ campaign: unknown; node: unknown; campaigns: { nodes: { name: string }[] } }>(
      'query($id: ID!) { campaign(id: $id) { name } node(id: $id) { id } campaigns(first: 10) { nodes { name } } }',
      { id },
      globex!.key,
    );
    expect(theirs.data!.campaign).toBeNull();
    expect(theirs.data!.node).toBeNull();
    expect(theirs.data!.campaigns.nodes.map((c) => c.name)).toEqual(['Globex Brands launch']);
  });

  it('runs the same number of SQL statements for 10 and for 100 creators with nested accounts and posts', async () => {
    const query = `query($n: Int!) { creators(first: $n) { totalCount nodes { name niches tier accounts { handle tier creator { name }
      posts(first: 3) { totalCount nodes { externalId account { handle } } } } } } }`;
    const counts: number[] = [];
    for (const n of [10, 100]) {
      const { result, count } = await countStatements(h.db, () =>
        h.gql<{ creators: { nodes: unknown[] } }>(query, { n }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.creators.nodes).toHaveLength(n);
      counts.push(count);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it('masks unexpected errors and never leaks SQL or stacks', async () => {
    const res = await h.gql('{ creators(first: 1, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }');
    expect(res.errors).toBeUndefined();
    const broken = await h.gql('{ nodes(ids: ["not-base64!!"]) { id } }');
    const text = JSON.stringify(broken);
    expect(text).not.toMatch(/select |at .*\.ts:|stack/i);
  });
});
