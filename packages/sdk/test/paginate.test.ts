import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  budgetDelayMs,
  CreatorgraphError,
  collect,
  creatorgraph,
  findConnection,
  type NodeOf,
  paginate,
} from '../src/index.js';
import { fakeFetch, json } from './fake-fetch.js';

const pageInfo = (hasNextPage: boolean, endCursor: string | null) => ({
  __typename: 'PageInfo',
  hasNextPage,
  hasPreviousPage: false,
  startCursor: null,
  endCursor,
});

/** A `creators` page (edges) of the given ids. */
const creatorsPage = (ids: string[], next: string | null, cost?: object) =>
  json({
    data: {
      creators: {
        __typename: 'CreatorConnection',
        totalCount: 5,
        pageInfo: pageInfo(next !== null, next),
        edges: ids.map((id) => ({
          __typename: 'CreatorEdge',
          cursor: id,
          node: { __typename: 'Creator', id, name: id },
        })),
      },
    },
    ...(cost ? { extensions: { cost } } : {}),
  });

/** A `search` page (nodes). */
const searchPage = (ids: string[], next: string | null) =>
  json({
    data: {
      search: {
        __typename: 'CreatorConnection',
        totalCount: 3,
        pageInfo: pageInfo(next !== null, next),
        nodes: ids.map((id) => ({ __typename: 'Creator', id, name: id })),
      },
    },
  });

const variablesOf = (init: RequestInit) => JSON.parse(init.body as string).variables;
const sdk = (fn: typeof fetch) => creatorgraph({ url: 'http://x/graphql', apiKey: 'k', fetch: fn, retries: 0 });

describe('paginate', () => {
  it('follows endCursor while hasNextPage, asking for 100 per page by default, through edges', async () => {
    const { fn, calls } = fakeFetch([
      creatorsPage(['a', 'b'], 'c2'),
      creatorsPage(['c', 'd'], 'c4'),
      creatorsPage(['e'], null),
    ]);
    const cg = sdk(fn);
    const ids: string[] = [];
    for await (const creator of paginate(cg.creators, { filter: { tier: 'MICRO' } })) ids.push(creator.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls.map((c) => variablesOf(c.init))).toEqual([
      { filter: { tier: 'MICRO' }, first: 100 },
      { filter: { tier: 'MICRO' }, first: 100, after: 'c2' },
      { filter: { tier: 'MICRO' }, first: 100, after: 'c4' },
    ]);
  });

  it('reads `nodes` connections and keeps the caller’s page size and starting cursor', async () => {
    const { fn, calls } = fakeFetch([searchPage(['x', 'y'], 'y'), searchPage(['z'], null)]);
    const res = await collect(sdk(fn).search, { text: 'ana', first: 2, after: 'w' });
    expect(res).toMatchObject({ ok: true, data: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] });
    expect(variablesOf(calls[0]!.init)).toEqual({ text: 'ana', first: 2, after: 'w' });
    expect(variablesOf(calls[1]!.init)).toEqual({ text: 'ana', first: 2, after: 'y' });
  });

  it('infers the node type from the method, and refuses a method without a connection', () => {
    const cg = creatorgraph({ url: 'http://x/graphql', apiKey: 'k' });
    expectTypeOf<NodeOf<typeof cg.creators>['__typename']>().toEqualTypeOf<'Creator'>();
    expectTypeOf<NodeOf<typeof cg.creators>['accounts'][number]['handle']>().toEqualTypeOf<string>();
    expectTypeOf<NodeOf<typeof cg.posts>['account']['handle']>().toEqualTypeOf<string>();
    expectTypeOf<NodeOf<typeof cg.discover>>().toHaveProperty('metricAccount');
    expectTypeOf(paginate(cg.search, { text: 'x' })).toEqualTypeOf<
      AsyncGenerator<NodeOf<typeof cg.search>, void, undefined>
    >();
    // @ts-expect-error: `viewer` returns no connection
    expect(() => paginate(cg.viewer)).toBeTypeOf('function');
    // @ts-expect-error: `search` needs its `text`
    expect(() => paginate(cg.search, { first: 2 })).toBeTypeOf('function');
  });

  it('stops at `max`, asking the last page for only what it needs', async () => {
    const { fn, calls } = fakeFetch([searchPage(['a', 'b'], 'b'), searchPage(['c'], 'c')]);
    const res = await collect(sdk(fn).search, { text: 't', first: 2 }, { max: 3 });
    expect(res.data.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(variablesOf(calls[1]!.init).first).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('ends on an error: the iterator throws a CreatorgraphError after the nodes read, collect returns it', async () => {
    const error = {
      message: 'after: not a cursor',
      extensions: { code: 'VALIDATION', issues: [{ field: 'after', message: 'bad' }] },
    };
    const { fn } = fakeFetch([searchPage(['a'], 'a'), json({ data: null, errors: [error] })]);
    const seen: string[] = [];
    const thrown = await (async () => {
      for await (const c of paginate(sdk(fn).search, { text: 't' })) seen.push(c.id);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['a']);
    expect(thrown).toBeInstanceOf(CreatorgraphError);
    expect(thrown).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'after', message: 'bad' }] });

    const again = fakeFetch([searchPage(['a'], 'a'), json({ data: null, errors: [error] })]);
    const res = await collect(sdk(again.fn).search, { text: 't' });
    expect(res.ok).toBe(false);
    expect(res.data.map((c) => c.id)).toEqual(['a']);
    expect(res.error).toMatchObject({ kind: 'graphql', code: 'VALIDATION' });
  });

  it('halves the default page while it is too costly for one operation, but keeps a page size you chose', async () => {
    const tooCostly = () =>
      json(
        { errors: [{ message: 'This operation costs 2600 points', extensions: { code: 'QUERY_TOO_COSTLY' } }] },
        400,
      );
    const { fn, calls } = fakeFetch([tooCostly(), tooCostly(), searchPage(['a'], 'a'), searchPage(['b'], null)]);
    const res = await collect(sdk(fn).search, { text: 't' });
    expect(res.data.map((c) => c.id)).toEqual(['a', 'b']);
    expect(calls.map((c) => variablesOf(c.init).first)).toEqual([100, 50, 25, 25]);

    const chosen = fakeFetch([tooCostly()]);
    const refused = await collect(sdk(chosen.fn).search, { text: 't', first: 100 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'QUERY_TOO_COSTLY' } });
  });

  it('waits for the budget when the last page left less than the next costs', async () => {
    const cost = { requested: 40, actual: 40, limit: 1000, remaining: 10, resetAt: '', restoreRate: 1000 };
    const { fn } = fakeFetch([creatorsPage(['a'], 'a', cost), creatorsPage(['b'], null, { ...cost, remaining: 990 })]);
    const waits: [number, string][] = [];
    const res = await collect(sdk(fn).creators, {}, { onWait: (ms, reason) => waits.push([ms, reason]) });
    expect(res.data).toHaveLength(2);
    // (40 − 10) points at 1000 per second: 30 ms.
    expect(waits).toEqual([[30, 'budget']]);
  });

  it('retries a page refused with a short Retry-After, and gives up on a long one', async () => {
    const refused = (after: string) =>
      json({ errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED' } }] }, 429, {
        'retry-after': after,
      });
    const short = fakeFetch([searchPage(['a'], 'a'), refused('0'), searchPage(['b'], null)]);
    const waits: string[] = [];
    const ok = await collect(sdk(short.fn).search, { text: 't' }, { onWait: (_ms, reason) => waits.push(reason) });
    expect(ok).toMatchObject({ ok: true });
    expect(ok.data.map((c) => c.id)).toEqual(['a', 'b']);
    expect(waits).toEqual(['rate-limited']);

    const long = fakeFetch([refused('3600')]);
    const res = await collect(sdk(long.fn).search, { text: 't' }, { maxWaitMs: 1000 });
    expect(res.ok).toBe(false);
    expect(res.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 3600, status: 429 });
    expect(long.calls).toHaveLength(1);
  });

  it('stops with ABORTED when the signal aborts during a budget wait', async () => {
    const cost = { requested: 40, actual: 40, limit: 1000, remaining: 0, resetAt: '', restoreRate: 0.001 };
    const { fn, calls } = fakeFetch([creatorsPage(['a'], 'a', cost)]);
    const controller = new AbortController();
    const res = await collect(sdk(fn).creators, {}, { signal: controller.signal, onWait: () => controller.abort() });
    expect(res).toMatchObject({ ok: false, error: { code: 'ABORTED', kind: 'aborted' }, data: [{ id: 'a' }] });
    expect(calls).toHaveLength(1);
  });
});

describe('budgetDelayMs and findConnection', () => {
  it('waits for the missing points at the restore rate, never when the budget covers the page', () => {
    expect(budgetDelayMs({ remaining: 100, restoreRate: 2 }, 100)).toBe(0);
    expect(budgetDelayMs({ remaining: 40, restoreRate: 2 }, 100)).toBe(30_000);
    expect(budgetDelayMs({ remaining: 0, restoreRate: 0 }, 100)).toBe(0);
    expect(budgetDelayMs(undefined, 100)).toBe(0);
  });

  it('finds the root field with pageInfo and nodes or edges', () => {
    const pi = { hasNextPage: false, endCursor: null };
    expect(findConnection({ __typename: 'Query', x: { pageInfo: pi, nodes: [1, 2] } })).toEqual({
      pageInfo: pi,
      nodes: [1, 2],
    });
    expect(findConnection({ y: { pageInfo: pi, edges: [{ node: 3 }] } })).toEqual({ pageInfo: pi, nodes: [3] });
    expect(findConnection({ viewer: { name: 'n' } })).toBeNull();
  });
});
