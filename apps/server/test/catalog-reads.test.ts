import { authenticate, type PartialPost, PostService } from '@creatorgraph/core';
import { countStatements } from '@creatorgraph/core/testing';
import { type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../src/context.js';
import { schema } from '../src/schema/index.js';
import { createHarness, dialects, type Harness } from './harness.js';
import { execute, expectNoErrors, graphql } from './testkit.js';

/** Statements on the catalog's tables (authentication's own statements, if any, are not the catalog's). */
const catalogStatements = (sql: string[]) => sql.filter((s) => /\b(creators|accounts|posts|creator_niches)\b/.test(s));

interface Creators {
  creators: {
    nodes: {
      name: string;
      accounts: {
        handle: string;
        creator: { name: string };
        posts: { nodes: { id: string; likes: number | null; caption?: string | null; account: { handle: string } }[] };
      }[];
    }[];
  };
}

const NESTED = graphql<Creators, { n: number }>(`query($n: Int!) { creators(first: $n) { nodes { name
  accounts { handle followers tier creator { name } posts(first: 3) { nodes { id likes comments postedAt account { handle } } } } } } }`);
const WITH_CAPTIONS = graphql<Creators, { n: number }>(`query($n: Int!) { creators(first: $n) { nodes { name
  accounts { handle creator { name } posts(first: 3) { nodes { id likes ...Text account { handle } } } } } } }
  fragment Text on Post { caption }`);

describe.each(dialects)('catalog reads on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 60 });
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  it('reads a page of creators, their accounts and their posts in one statement each, whatever the page size', async () => {
    const runs = [];
    for (const n of [5, 50]) {
      const { result, sql } = await countStatements(h.db, () => execute(h, NESTED, { n }));
      const data = expectNoErrors(result);
      expect(data.creators.nodes).toHaveLength(n);
      for (const c of data.creators.nodes) {
        for (const a of c.accounts) {
          expect(a.creator.name).toBe(c.name);
          expect(a.posts.nodes).toHaveLength(3);
          for (const p of a.posts.nodes) expect(p.account.handle).toBe(a.handle);
        }
      }
      runs.push(catalogStatements(sql));
    }
    const [small, large] = runs as [string[], string[]];
    expect(small).toHaveLength(3);
    expect(large).toHaveLength(small.length);
    // Only the columns the answer needs: no `select *`, and no caption when none is asked for.
    for (const statement of large) {
      expect(statement).not.toMatch(/\*/);
      expect(statement).not.toMatch(/caption/);
    }
    // Asking for captions (here through a fragment) reads them in the same statement.
    const { result, sql } = await countStatements(h.db, () => execute(h, WITH_CAPTIONS, { n: 50 }));
    expectNoErrors(result);
    expect(catalogStatements(sql)).toHaveLength(3);
    expect(catalogStatements(sql).filter((s) => /caption/.test(s))).toHaveLength(1);
  });

  it('answers fields a list did not read from the full post, as the top-level posts query does', async () => {
    const POSTS = graphql<
      {
        posts: {
          nodes: { id: string; caption: string | null; platform: string; kind: string; shares: number | null }[];
        };
      },
      { id: string }
    >('query($id: ID!) { posts(first: 3, filter: { account: $id }) { nodes { id caption platform kind shares } } }');
    const listed = expectNoErrors(
      await execute(
        h,
        graphql<{ account: { id: string; posts: { nodes: { id: string }[] } } }, Record<string, never>>(
          '{ account(platform: X, handle: "creator7_0") { id posts(first: 3) { nodes { id } } } }',
        ),
        {},
      ),
    ).account;
    const expected = expectNoErrors(await execute(h, POSTS, { id: listed.id })).posts.nodes;
    expect(expected.map((p) => p.id)).toEqual(listed.posts.nodes.map((p) => p.id));
    // The nested list reads the post without its caption; node() in the same request still answers it.
    const MIXED = graphql<
      {
        account: { posts: { nodes: { id: string; likes: number | null }[] } };
        node: { id: string; caption: string | null; platform: string; kind: string; shares: number | null };
      },
      { post: string }
    >(`query($post: ID!) { account(platform: X, handle: "creator7_0") { posts(first: 3) { nodes { id likes } } }
      node(id: $post) { id ... on Post { caption platform kind shares } } }`);
    const mixed = expectNoErrors(await execute(h, MIXED, { post: expected[0]!.id }));
    expect(mixed.node).toEqual(expected[0]);
    expect(mixed.node.caption).toEqual(expect.any(String));
  });

  it('answers a field its list left out from the full post, without a statement per post', async () => {
    const principal = await authenticate(h.db.em.fork(), h.fixture.orgs[0]!.key);
    const ctx = buildContext(h.db, principal!, new Date());
    const accountId = h.fixture.accountIds[0]!;
    const full = (await new PostService(h.db.em.fork()).latestByAccountIds([accountId], 3, null)).get(accountId)!;
    const partial = (await ctx.posts.latestByAccountIds([accountId], 3, null, ['likes'])).get(accountId)!;
    expect(partial.map((p) => p.caption)).toEqual([undefined, undefined, undefined]);
    const post = schema.getType('Post');
    if (!isObjectType(post)) throw new Error('Post is not an object type');
    const resolve = (name: string, p: PartialPost) =>
      (post as GraphQLObjectType).getFields()[name]!.resolve!(p, {}, ctx, {} as GraphQLResolveInfo);
    const { result, count } = await countStatements(h.db, () =>
      Promise.all(partial.flatMap((p) => [resolve('caption', p), resolve('shares', p), resolve('likes', p)])),
    );
    expect(result).toEqual(full.flatMap((p) => [p.caption, p.shares, p.likes]));
    expect(count).toBe(1);
  });

  it('filters nested posts as the top-level posts query does', async () => {
    const NESTED_SPONSORED = graphql<
      { account: { id: string; posts: { totalCount: number; edges: { cursor: string; node: { id: string } }[] } } },
      Record<string, never>
    >(
      '{ account(platform: X, handle: "creator7_0") { id posts(first: 5, sponsored: true) { totalCount edges { cursor node { id } } } } }',
    );
    const TOP = graphql<
      { posts: { totalCount: number; edges: { cursor: string; node: { id: string } }[] } },
      { id: string }
    >(
      'query($id: ID!) { posts(first: 5, filter: { account: $id, sponsored: true }) { totalCount edges { cursor node { id } } } }',
    );
    const nested = expectNoErrors(await execute(h, NESTED_SPONSORED, {})).account;
    const top = expectNoErrors(await execute(h, TOP, { id: nested.id })).posts;
    expect(nested.posts).toEqual(top);
    expect(top.totalCount).toBe(2);
  });
});
