import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codesOf,
  dataOf,
  errorsOf,
  expectRefused,
  get,
  leaksOf,
  type ProcessServer,
  post,
  request,
  show,
  startProcessServer,
} from './process-server.js';

// One test per check of graphql-cop (github.com/dolevf/graphql-cop), against the production profile,
// with graphql-cop's own documents where it has one. Each check is made with a valid key: without one
// every request is refused with 401 before anything else happens (checked in "introspection policy").

describe('graphql-cop checks, production profile', () => {
  let server: ProcessServer;
  beforeAll(async () => {
    server = await startProcessServer({ profile: 'production', dialect: 'sqlite' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('alias overloading: 101 aliases are refused', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join('\n');
    const res = await post(server, { query: `query cop { ${aliases} }` }, server.key);
    expectRefused(res);
  });

  it('batch queries: a JSON array of operations is refused, not executed', async () => {
    const batch = Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' }));
    const res = await post(server, JSON.stringify(batch), server.key);
    expect(Array.isArray(res.json), show(res)).toBe(false);
    expectRefused(res);
  });

  it('circular fragments: refused by validation', async () => {
    const res = await post(
      server,
      { query: 'query cop { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
      server.key,
    );
    expectRefused(res);
  });

  it('circular introspection: refused', async () => {
    // graphql-cop's document, and a shorter cycle of the same shape.
    for (const query of [
      'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    ]) {
      const res = await post(server, { query }, server.key);
      expectRefused(res);
    }
  });

  it('directive overloading: many directives are refused with one error, not one per directive', async () => {
    // graphql-cop flags a server that answers its ten unknown directives with ten errors.
    const cop = await post(server, { query: `query cop { __typename ${'@aa'.repeat(10)} }` }, server.key);
    expectRefused(cop);
    expect(errorsOf(cop).length, show(cop)).toBeLessThan(10);
    const known = await post(server, { query: `query { __typename ${'@include(if: true)'.repeat(50)} }` }, server.key);
    expectRefused(known);
    expect(errorsOf(known).length, show(known)).toBeLessThan(10);
  });

  it('field duplication: 500 duplicated fields are refused or answered within budget; 5,000 are refused', async () => {
    // graphql-cop's document. Duplicates merge into one field at execution, so answering it is cheap;
    // what must not happen is unbounded parse/validation work.
    const cop = await post(server, { query: `query cop { ${'__typename \n'.repeat(500)}} ` }, server.key);
    expect(cop.ms, show(cop)).toBeLessThan(1_000);
    if (cop.status === 200) {
      expect(dataOf(cop), show(cop)).toEqual({ __typename: 'Query' });
    } else {
      expectRefused(cop);
    }
    const priced = await post(
      server,
      { query: `{ creators(first: 100) { nodes { ${'name '.repeat(500)} } } }` },
      server.key,
    );
    expect(priced.ms, show(priced)).toBeLessThan(1_000);
    expect(codesOf(priced), show(priced)).not.toContain('INTERNAL_SERVER_ERROR');
    const many = await post(server, { query: `{ ${'__typename '.repeat(5_000)}}` }, server.key);
    expectRefused(many);
    expect(many.ms, show(many)).toBeLessThan(1_000);
  });

  it('field suggestions: no "Did you mean" in any message', async () => {
    const responses = await Promise.all([
      // graphql-cop's document.
      post(server, { query: 'query cop { __schema { directive } }' }, server.key),
      post(server, { query: '{ creatorz(first: 1) { totalCount } }' }, server.key),
      post(server, { query: '{ creators(firts: 1) { totalCount } }' }, server.key),
      post(server, { query: '{ creators(first: 1, filter: { tier: GIANT }) { totalCount } }' }, server.key),
      post(
        server,
        {
          query: 'query ($f: CreatorFilter) { creators(filter: $f) { totalCount } }',
          variables: { f: { tier: 'NAN' } },
        },
        server.key,
      ),
      post(
        server,
        {
          query: 'query ($f: CreatorFilter) { creators(filter: $f) { totalCount } }',
          variables: { f: { tierr: 'NANO' } },
        },
        server.key,
      ),
      post(server, { query: '{ creatorz(first: 1) { totalCount } }' }, null),
      post(server, { query: '{ creatorz(first: 1) { totalCount } }' }, 'cg_unknown_key'),
    ]);
    for (const res of responses) {
      expect(res.status, show(res)).toBeLessThan(500);
      expect(codesOf(res), show(res)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const suggesting = responses.filter((res) => /did you mean/i.test(res.body)).map((res) => show(res));
    expect(suggesting).toEqual([]);
  });

  it('GET mutation: refused with 405 and nothing executed', async () => {
    const res = await get(server, { query: 'mutation cop { __typename }' }, server.key);
    expect(res.status, show(res)).toBe(405);
    expect(dataOf(res) ?? null).toBeNull();
    const write = await get(
      server,
      { query: 'mutation { createApiKey(input: { name: "via GET", scopes: [READ] }) { __typename } }' },
      server.key,
    );
    expect(write.status, show(write)).toBe(405);
    const keys = await post(server, { query: '{ viewer { apiKeys { name } } }' }, server.key);
    expect(JSON.stringify(dataOf(keys))).not.toContain('via GET');
  });

  it('GET method for queries: allowed with a key (GraphQL over HTTP), refused without one', async () => {
    const withKey = await get(server, { query: 'query cop { __typename }' }, server.key);
    expect(withKey.status, show(withKey)).toBe(200);
    expect(dataOf(withKey)).toEqual({ __typename: 'Query' });
    const without = await get(server, { query: 'query cop { __typename }' }, null);
    expect(without.status, show(without)).toBe(401);
    expect(dataOf(without) ?? null).toBeNull();
  });

  it('GraphiQL: not served in production', async () => {
    for (const path of ['/graphql', '/graphiql', '/playground', '/console', '/']) {
      for (const key of [null, server.key]) {
        const res = await request(`${server.origin}${path}`, {
          headers: { accept: 'text/html', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        });
        expect(res.status, `${path}: ${show(res)}`).toBeLessThan(500);
        expect(res.headers['content-type'] ?? '', `${path}: ${show(res)}`).not.toContain('text/html');
        expect(res.body, `${path}: ${show(res)}`).not.toMatch(/graphiql|graphql playground|<html/i);
      }
    }
  });

  it('introspection policy: 401 without a key; allowed with one', async () => {
    const query = 'query cop { __schema { queryType { name } types { name kind } } }';
    const without = await post(server, { query }, null);
    expect(without.status, show(without)).toBe(401);
    expect(without.headers['www-authenticate'] ?? '', show(without)).toMatch(/^Bearer/);
    expect(codesOf(without)).toEqual(['UNAUTHENTICATED']);
    expect(dataOf(without) ?? null).toBeNull();
    // Partners generate clients from the schema: introspection is part of the API for key holders.
    const withKey = await post(server, { query }, server.key);
    expect(withKey.status, show(withKey)).toBe(200);
    const schema = dataOf(withKey)?.__schema as { queryType: { name: string }; types: unknown[] };
    expect(schema.queryType.name).toBe('Query');
    expect(schema.types.length).toBeGreaterThan(25);
  });

  it('url-encoded POST: refused without execution', async () => {
    for (const key of [server.key, null]) {
      const res = await request(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: `query=${encodeURIComponent('query cop { __typename }')}`,
      });
      expectRefused(res);
      if (key) expect([400, 415], show(res)).toContain(res.status);
    }
  });

  it('trace mode: no tracing, debug data or stack in any answer', async () => {
    const responses = await Promise.all([
      post(server, { query: 'query cop { __typename }' }, server.key),
      post(server, { query: 'query cop { __typename }', extensions: { tracing: true, debug: true } }, server.key),
      post(server, { query: '{ creatorz }' }, server.key),
      post(server, { query: '{ node(id: "bm90LWFuLWlk") { id } }' }, server.key),
    ]);
    for (const res of responses) {
      const json = res.json as { extensions?: Record<string, unknown>; errors?: { extensions?: object }[] };
      expect(json?.extensions?.tracing, show(res)).toBeUndefined();
      for (const e of json?.errors ?? []) {
        expect(Object.keys(e.extensions ?? {}), show(res)).not.toContain('tracing');
        expect(Object.keys(e.extensions ?? {}), show(res)).not.toContain('exception');
        expect(Object.keys(e.extensions ?? {}), show(res)).not.toContain('originalError');
        expect(Object.keys(e.extensions ?? {}), show(res)).not.toContain('stacktrace');
      }
      expect(leaksOf(res), show(res)).toEqual([]);
    }
  });

  it('unhandled errors: malformed requests never yield a stack or INTERNAL_SERVER_ERROR', async () => {
    const responses = await Promise.all([
      // graphql-cop's document.
      post(server, { query: 'qwerty cop { abc }' }, server.key),
      post(server, '{"query": "{ __typename }"', server.key),
      post(server, '{"query": 42}', server.key),
      post(server, '{"query": "{ __typename }", "variables": "nope"}', server.key),
      post(server, { query: '{ __typename }', operationName: 'Missing' }, server.key),
      post(server, { query: 'query A { __typename } query B { __typename }' }, server.key),
      post(server, { query: '{ creators(first: "x") { totalCount } }' }, server.key),
      post(server, { query: '{ creators(first: 100000) { totalCount } }' }, server.key),
      get(server, { query: '{ __typename }', extensions: '{bad' }, server.key),
    ]);
    for (const res of responses) {
      expect(res.status, show(res)).toBeLessThan(500);
      const codes = codesOf(res);
      expect(codes.length, show(res)).toBeGreaterThan(0);
      expect(codes, show(res)).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes, show(res)).not.toContain('<none>');
      expect(leaksOf(res), show(res)).toEqual([]);
    }
  });
});
