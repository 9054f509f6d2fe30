import { createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedParserCache } from '../src/http/limits.js';
import { createServer, type ServerOptions } from '../src/yoga.js';
import { NOW, unlimited } from './harness.js';

/** What reaches the server before it answers: the limits must act before the work. */

let db: TestDatabase;
let key: string;

beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  const fixture = await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 2, end: NOW });
  key = fixture.orgs[0]?.key as string;
});
afterAll(() => db.destroy());

const server = (options: Partial<ServerOptions> = {}) =>
  createServer({ db, now: () => NOW, rateLimiter: unlimited(), ...options });

/** A body that would be `total` bytes long, counting how much of it the server pulled. */
function meteredBody(total: number, chunk = 64 * 1024) {
  const meter = { pulled: 0 };
  const bytes = new Uint8Array(chunk).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (meter.pulled >= total) return controller.close();
      meter.pulled += chunk;
      controller.enqueue(bytes);
    },
  });
  return { stream, meter };
}

const post = (yoga: ReturnType<typeof server>, body: BodyInit, headers: Record<string, string> = {}) =>
  yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

const gql = async (yoga: ReturnType<typeof server>, query: string, variables: object = {}) => {
  const res = await post(yoga, JSON.stringify({ query, variables }), {
    authorization: `Bearer ${key}`,
    accept: 'application/graphql-response+json',
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
};

describe('authentication comes first', () => {
  it('answers 401 with a Bearer challenge without reading the body', async () => {
    const yoga = server();
    const { stream, meter } = meteredBody(100 * 1024 * 1024);
    const res = await post(yoga, stream);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="creatorgraph"');
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(meter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('tells an unknown key apart from a missing one, and never suggests fields to it', async () => {
    const yoga = server();
    const res = await post(yoga, JSON.stringify({ query: '{ creatorz { id } }' }), {
      authorization: 'Bearer cg_nope_0000000000000000000000000000000',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(await res.text()).not.toMatch(/Did you mean/);
  });

  it('guards the exports the same way', async () => {
    const res = await server().fetch('http://localhost/export/creators.csv');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('leaves /health to anyone, as JSON', async () => {
    const res = await server().fetch('http://localhost/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 while the database answers and 503 once it does not', async () => {
    const ready = await server().fetch('http://localhost/ready');
    expect(ready.status).toBe(200);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ready.json()).toEqual({
      status: 'ready',
      dependencies: { database: { status: 'ok', required: true } },
    });
    const closed = await createTestDatabase('sqlite');
    const yoga = createServer({ db: closed, now: () => NOW, rateLimiter: unlimited() });
    await closed.destroy();
    const res = await yoga.fetch('http://localhost/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unready', dependencies: { database: { status: 'down' } } });
  });
});

describe('body sizes', () => {
  const auth = () => ({ authorization: `Bearer ${key}` });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const yoga = server({ limits: { maxBodyBytes: 1000 } });
    const { stream, meter } = meteredBody(10_000);
    const res = await post(yoga, stream, { ...auth(), 'content-length': '10000' });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(meter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
  });

  it('stops a streamed body as soon as it passes the limit', async () => {
    const yoga = server({ limits: { maxBodyBytes: 100_000 } });
    const { stream, meter } = meteredBody(50 * 1024 * 1024, 16 * 1024);
    const res = await post(yoga, stream, auth());
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(meter.pulled).toBeLessThan(1024 * 1024);
  });

  it('accepts a body under the limit', async () => {
    const { status, body } = await gql(server({ limits: { maxBodyBytes: 10_000 } }), '{ viewer { keyPrefix } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  const upload = (files: number, bytesEach: number) => {
    const form = new FormData();
    const operations = {
      query: 'mutation ($files: [Upload!]!) { importData(input: { files: $files }) { __typename } }',
      variables: { files: Array.from({ length: files }, () => null) },
    };
    form.set('operations', JSON.stringify(operations));
    form.set(
      'map',
      JSON.stringify(Object.fromEntries(Array.from({ length: files }, (_, i) => [`${i}`, [`variables.files.${i}`]]))),
    );
    for (let i = 0; i < files; i++) form.set(`${i}`, new File([new Uint8Array(bytesEach)], `f${i}.csv`));
    return form;
  };

  it('limits the number of files while streaming', async () => {
    const yoga = server({ limits: { maxUploadFiles: 3 } });
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: auth(), body: upload(10, 10) });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('TOO_MANY_FILES');
  });

  it('limits each file', async () => {
    const perFile = await server({ limits: { maxUploadBytes: 1000 } }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: auth(),
      body: upload(1, 5000),
    });
    expect(perFile.status).toBe(413);
    expect((await perFile.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('limits the whole multipart request', async () => {
    const whole = await server({ limits: { maxMultipartBytes: 4000 } }).fetch('http://localhost/graphql', {
      method: 'POST',
      headers: auth(),
      body: upload(3, 3000),
    });
    expect(whole.status).toBe(413);
    expect((await whole.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed multipart with 400 and a code', async () => {
    const res = await post(server(), '--x\r\nnonsense', {
      ...auth(),
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBeTruthy();
    expect(body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('document limits', () => {
  const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

  it('refuses too many tokens while parsing', async () => {
    const fields = Array.from({ length: 4000 }, () => 'id').join(' ');
    const { status, body } = await gql(server(), `{ ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses deep, alias-heavy and directive-heavy documents', async () => {
    const yoga = server();
    let deep = 'id';
    for (let i = 0; i < 10; i++) deep = `creator { accounts { ${deep} } }`;
    const depth = await gql(yoga, `{ account(platform: INSTAGRAM, handle: "x") { ${deep} } }`);
    expect(depth.status).toBe(400);
    expect(depth.body.errors?.[0]?.message).toMatch(/depth/i);

    const aliases = await gql(
      yoga,
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: tierScheme { name }`).join(' ')} }`,
    );
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.[0]?.message).toMatch(/alias/i);

    const directives = await gql(yoga, `{ __typename ${'@include(if: true) '.repeat(20)} }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors?.[0]?.message).toMatch(/directive/i);
    expect([depth, aliases, directives].map((r) => codeOf(r.body))).toEqual([
      'TOO_DEEP',
      'TOO_MANY_ALIASES',
      'TOO_MANY_DIRECTIVES',
    ]);
  });

  it('serves the standard introspection query but not circular introspection', async () => {
    const yoga = server();
    const standard = await gql(yoga, getIntrospectionQuery());
    expect(standard.status).toBe(200);
    expect(standard.body.errors).toBeUndefined();
    const circular = await gql(
      yoga,
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(circular.status).toBe(400);
    expect(codeOf(circular.body)).toBe('INTROSPECTION_TOO_DEEP');
    const viaFragment = await gql(
      yoga,
      'query { __type(name: "Creator") { fields { type { ...T } } } } fragment T on __Type { fields { name } }',
    );
    expect(codeOf(viaFragment.body)).toBe('INTROSPECTION_TOO_DEEP');
  });

  it('refuses form and text bodies, which browsers post cross-site without a preflight', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml', '']) {
      const res = await post(server(), 'query=%7B__typename%7D', {
        authorization: `Bearer ${key}`,
        'content-type': type,
      });
      expect(res.status).toBe(415);
      expect((await res.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('stops validating after a few errors', async () => {
    const { status, body } = await gql(server(), `{ ${Array.from({ length: 40 }, (_, i) => `f${i}`).join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors?.length).toBeLessThanOrEqual(6);
  });

  it('strips suggestions from enum, input-field and variable errors in production', async () => {
    const production = server({ profile: 'production' });
    const literal = await gql(production, '{ creators(first: 1, filter: { tier: GIANT }) { totalCount } }');
    const variable = await gql(
      production,
      'query ($f: CreatorFilter) { creators(first: 1, filter: $f) { totalCount } }',
      {
        f: { tierr: 'MICRO' },
      },
    );
    const enumVariable = await gql(
      production,
      'query ($t: Tier) { creators(first: 1, filter: { tier: $t }) { totalCount } }',
      {
        t: 'GIANT',
      },
    );
    for (const r of [literal, variable, enumVariable]) {
      expect(r.status).toBe(400);
      expect(r.body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.body)).not.toMatch(/Did you mean/);
    }
    const demo = await gql(
      server({ profile: 'demo' }),
      '{ creators(first: 1, filter: { tier: GIANT }) { totalCount } }',
    );
    expect(JSON.stringify(demo.body)).toMatch(/Did you mean/);
  });

  it('suggests field names in the demo profile only', async () => {
    const demo = await gql(server({ profile: 'demo' }), '{ creatorz { id } }');
    expect(JSON.stringify(demo.body)).toMatch(/Did you mean/);
    const production = await gql(server({ profile: 'production' }), '{ creatorz { id } }');
    expect(production.status).toBe(400);
    expect(JSON.stringify(production.body)).not.toMatch(/Did you mean/);
  });
});

describe('routes', () => {
  it('answers unknown paths with a coded 404', async () => {
    for (const path of ['/', '/graphiql', '/export/other.csv', '/.env']) {
      const res = await server().fetch(`http://localhost${path}`, { headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(404);
      expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('CORS', () => {
  const preflight = (yoga: ReturnType<typeof server>, origin: string) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });

  it('allows no origin by default', async () => {
    const res = await preflight(server(), 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only listed origins, without credentials, with a max-age', async () => {
    const yoga = server({ corsOrigins: ['https://app.example.com'] });
    const ok = await preflight(yoga, 'https://app.example.com');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(yoga, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('parser cache', () => {
  it('is bounded by the bytes of the documents it holds, not their count', () => {
    const cache = boundedParserCache(1_000_000) as unknown as {
      documentCache: { set(k: string, v: unknown): void; calculatedSize: number };
    };
    for (let i = 0; i < 1000; i++) cache.documentCache.set(`{ a${i} ${'x'.repeat(5000)} }`, { kind: 'Document' });
    expect(cache.documentCache.calculatedSize).toBeLessThanOrEqual(1_000_000);
  });
});
