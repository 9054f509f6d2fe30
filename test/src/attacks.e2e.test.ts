import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  codesOf,
  dataOf,
  dialects,
  errorsOf,
  expectRefused,
  get,
  globalId,
  importOperations,
  leaksOf,
  multipart,
  type ProcessServer,
  post,
  type RawResponse,
  request,
  type StreamControl,
  type StreamResult,
  show,
  startProcessServer,
  streamRequest,
  watchRss,
} from './process-server.js';

// Every attack of issue 8, as a regression with a fixed budget against the real server in the production
// profile with its default limits: refused within 1 s with a 4xx (or, for input mistakes inside a valid
// request, a GraphQL error with a caller code), the server's RSS under 400 MB, and /health still answering.

const BUDGET_MS = 1_000;
const RSS_LIMIT_MB = 400;
/** Past this the attack has won: the child is killed so one regression cannot take the machine down. */
const RSS_KILL_MB = 1_000;
/** Codes a caller can act on, for mistakes inside an otherwise valid request. */
const INPUT_CODES = ['VALIDATION', 'NOT_FOUND', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];

function expectHttpRefusal(res: RawResponse, status?: number): void {
  expect(res.ms, show(res)).toBeLessThan(BUDGET_MS);
  expectRefused(res, status);
}

/** A mistake in an argument or variable: a caller error with a code, whatever the HTTP status. */
function expectInputError(res: RawResponse): void {
  expect(res.ms, show(res)).toBeLessThan(BUDGET_MS);
  expect(res.status, show(res)).toBeLessThan(500);
  const codes = codesOf(res);
  expect(codes.length, show(res)).toBeGreaterThan(0);
  for (const code of codes) expect(INPUT_CODES, show(res)).toContain(code);
  expect(leaksOf(res), show(res)).toEqual([]);
}

/** An id that names nothing: NOT_FOUND/VALIDATION, or the null a nullable lookup gives for "not found". */
function expectNotFound(res: RawResponse, field: string): void {
  expect(res.ms, show(res)).toBeLessThan(BUDGET_MS);
  expect(res.status, show(res)).toBeLessThan(500);
  const codes = codesOf(res);
  for (const code of codes) expect(INPUT_CODES, show(res)).toContain(code);
  if (codes.length === 0) {
    const value = dataOf(res)?.[field];
    const typename = (value as { __typename?: string } | null)?.__typename;
    expect(value === null || ['NotFoundError', 'ValidationError'].includes(String(typename)), show(res)).toBe(true);
  }
  expect(leaksOf(res), show(res)).toEqual([]);
}

describe.each(dialects)('attacks of issue 8 against the production profile (%s)', (dialect) => {
  let server: ProcessServer;
  let handle: string;
  let platform: string;

  async function start() {
    server = await startProcessServer({ profile: 'production', dialect });
    const res = await post(
      server,
      { query: '{ creators(first: 1) { nodes { primaryAccount { handle platform } } } }' },
      server.key,
    );
    const account = (dataOf(res) as { creators: { nodes: { primaryAccount: { handle: string; platform: string } }[] } })
      .creators.nodes[0]?.primaryAccount;
    if (!account) throw new Error(`no account to attack through: ${show(res)}`);
    ({ handle, platform } = account);
  }

  beforeAll(start);
  // A regression that kills the server fails its own test; the next one gets a fresh server.
  beforeEach(async () => {
    if (!server.running()) {
      await server.stop();
      await start();
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Runs an attack under the memory watch, then checks the server's memory and health. */
  async function attack<T>(fn: () => Promise<T>, onOver?: () => void): Promise<T> {
    const { result, peakMb } = await watchRss(server, fn, RSS_KILL_MB, () => {
      onOver?.();
      server.kill();
    });
    expect(server.running(), `server died during the attack (peak RSS ${Math.round(peakMb)} MB)`).toBe(true);
    expect(peakMb, 'peak RSS of the server in MB').toBeLessThan(RSS_LIMIT_MB);
    expect(await server.alive(), '/health after the attack').toBe(true);
    return result;
  }

  /** A document of about `bytes` bytes made of unique field names (~500k tokens for 5 MB). */
  function hugeDocument(bytes: number, salt: string): string {
    const names: string[] = [];
    let size = 4;
    for (let i = 0; size < bytes; i++) {
      const name = `f${salt}_${i.toString(36)}`;
      names.push(name);
      size += name.length + 1;
    }
    return `{ ${names.join(' ')} }`;
  }

  it('an unauthenticated 5 MB document is refused with 401 before it is read', async () => {
    const document = hugeDocument(5 * 1024 * 1024, 'a');
    const res = await attack(() => post(server, { query: document }, null, { timeoutMs: 10_000 }));
    expectHttpRefusal(res, 401);
    expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.headers['www-authenticate'] ?? '', show(res)).toMatch(/^Bearer/);
  });

  it('17 unauthenticated 5 MB documents in parallel are all refused with 401', async () => {
    const documents = Array.from({ length: 17 }, (_, i) =>
      JSON.stringify({ query: hugeDocument(5 * 1024 * 1024, `p${i}`) }),
    );
    const responses = await attack(() =>
      Promise.all(documents.map((body) => post(server, body, null, { timeoutMs: 10_000 }))),
    );
    for (const res of responses) expectHttpRefusal(res, 401);
  });

  it('a fetch client posting 5 MB without a key receives the 401, not a reset connection', async () => {
    // What a partner's SDK sees when it forgets the key on a large request: the answer must arrive
    // (e.g. a lingering close that discards the rest of the body), not EPIPE/ECONNRESET.
    const body = JSON.stringify({ query: hugeDocument(5 * 1024 * 1024, 'f') });
    const outcomes = await attack(async () => {
      const seen: string[] = [];
      // Whether a reset wins the race varies from one request to the next: ten tries catch it reliably.
      for (let i = 0; i < 10; i++) {
        seen.push(
          await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
            async (res) =>
              `${res.status} ${res.headers.get('www-authenticate')?.split(' ')[0]} ${(await res.text()).includes('UNAUTHENTICATED')}`,
            (error: Error & { cause?: { code?: string } }) => `failed: ${error.cause?.code ?? error.message}`,
          ),
        );
      }
      return seen;
    });
    expect(outcomes).toEqual(Array.from({ length: 10 }, () => '401 Bearer true'));
  });

  it('an unknown key gets the same 401 as no key, before the body is read', async () => {
    const res = await attack(() =>
      post(server, { query: hugeDocument(5 * 1024 * 1024, 'k') }, 'cg_AAAAAAAA_not-a-real-key', { timeoutMs: 10_000 }),
    );
    expectHttpRefusal(res, 401);
    expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('an authenticated 5 MB document is refused by the body limit', async () => {
    const res = await attack(() =>
      post(server, { query: hugeDocument(5 * 1024 * 1024, 'b') }, server.key, { timeoutMs: 10_000 }),
    );
    expectHttpRefusal(res, 413);
  });

  it('an authenticated 500k-token selection under the body limit is refused by the token limit', async () => {
    const query = `{${' a'.repeat(500_000)} }`;
    expect(query.length).toBeLessThan(1024 * 1024);
    const res = await attack(() => post(server, { query }, server.key, { timeoutMs: 10_000 }));
    expectHttpRefusal(res);
  });

  it('a 20-level account → creator → accounts query with a valid key is refused', async () => {
    let selection = 'handle';
    for (let level = 0; level < 10; level++) selection = `creator { accounts { ${selection} } }`;
    const query = `{ account(platform: ${platform}, handle: "${handle}") { ${selection} } }`;
    const res = await attack(() => post(server, { query }, server.key, { timeoutMs: 30_000 }));
    expectHttpRefusal(res);
  });

  it('the same cycle 7 levels deep (inside the depth limit) is priced by its fan-out, not by its fields', async () => {
    // Lists that are not connections multiply the cost: 7 nested creator → accounts pairs must cost far
    // more than their 15 fields, or the bucket cannot protect the server.
    let selection = 'handle';
    for (let level = 0; level < 7; level++) selection = `creator { accounts { ${selection} } }`;
    const query = `{ account(platform: ${platform}, handle: "${handle}") { ${selection} } }`;
    const res = await attack(() => post(server, { query }, server.key, { timeoutMs: 30_000 }));
    expect(res.ms, show(res)).toBeLessThan(BUDGET_MS);
    expect(res.status, show(res)).toBeLessThan(500);
    expect(codesOf(res), show(res)).not.toContain('INTERNAL_SERVER_ERROR');
    if (res.status === 200 && errorsOf(res).length === 0) {
      const cost = (res.json as { extensions?: { cost?: { requested?: number } } }).extensions?.cost;
      expect(cost?.requested, show(res)).toBeGreaterThan(1_000);
    } else {
      expectHttpRefusal(res);
    }
  });

  it('200 aliases of growth(days:) over creators(first: 100) are refused', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `g${i}: growth(days: ${i + 1})`).join(' ');
    const query = `{ creators(first: 100) { nodes { accounts { ${aliases} } } } }`;
    const res = await attack(() => post(server, { query }, server.key, { timeoutMs: 30_000 }));
    expectHttpRefusal(res);
  });

  it('10,000 __typename aliases are refused', async () => {
    const query = `{ ${Array.from({ length: 10_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const res = await attack(() => post(server, { query }, server.key, { timeoutMs: 30_000 }));
    expectHttpRefusal(res);
  });

  const boundary = '----creatorgraph-e2e-boundary';
  const uploadHead = (filename: string) =>
    Buffer.concat([
      multipart(importOperations(1), boundary).subarray(0, -Buffer.byteLength(`--${boundary}--\r\n`)),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
    ]);
  const uploadTail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const MB500 = 500 * 1024 * 1024;

  it('an unauthenticated 500 MB upload trickling in is answered 401 after its first bytes', async () => {
    // 64 KiB every 10 ms: a server that waits for the body cannot answer within the budget.
    const res = await attack(() =>
      streamRequest(server.url, {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        head: uploadHead('posts.csv'),
        payloadBytes: MB500,
        tail: uploadTail,
        delayMs: 10,
        timeoutMs: 5_000,
      }),
    );
    expect(res.error, show(res)).toBeUndefined();
    expectHttpRefusal(res, 401);
    expect(res.bytesSent, 'bytes sent before the answer').toBeLessThan(10 * 1024 * 1024);
  });

  it('four unauthenticated 500 MB uploads at full speed are answered 401 and memory stays flat', async () => {
    const controls: StreamControl[] = [];
    const responses = await attack(
      () =>
        Promise.all(
          Array.from({ length: 4 }, (_, i) =>
            streamRequest(
              server.url,
              {
                headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
                declareLength: true,
                head: uploadHead(`posts${i}.csv`),
                payloadBytes: MB500,
                tail: uploadTail,
                timeoutMs: 10_000,
              },
              { onStart: (c) => controls.push(c) },
            ),
          ),
        ),
      () => {
        for (const c of controls) c.abort();
      },
    );
    for (const res of responses as StreamResult[]) {
      expect(res.error, show(res)).toBeUndefined();
      expectHttpRefusal(res, 401);
      expect(res.complete, 'the whole 500 MB was sent before the answer').toBe(false);
    }
  });

  it('an authenticated 500 MB upload is cut off by the multipart limits while it streams', async () => {
    const controls: StreamControl[] = [];
    const res = await attack(
      () =>
        streamRequest(
          server.url,
          {
            headers: {
              'content-type': `multipart/form-data; boundary=${boundary}`,
              authorization: `Bearer ${server.key}`,
            },
            head: uploadHead('posts.csv'),
            payloadBytes: MB500,
            tail: uploadTail,
            timeoutMs: 20_000,
          },
          { onStart: (c) => controls.push(c) },
        ),
      () => {
        for (const c of controls) c.abort();
      },
    );
    expect(res.error, show(res)).toBeUndefined();
    expect(res.complete, 'the whole 500 MB was sent before the answer').toBe(false);
    expect(res.status, show(res)).toBe(413);
    expect(codesOf(res).length, show(res)).toBeGreaterThan(0);
    expect(codesOf(res), show(res)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('an authenticated multipart request with 1,000 files is refused by the file count', async () => {
    const files = Array.from({ length: 1_000 }, (_, i) => ({
      name: String(i),
      filename: `creators${i}.csv`,
      contentType: 'text/csv',
      body: 'creator_ref,name,country,niches\n',
    }));
    const body = multipart([...importOperations(1_000), ...files], boundary);
    const res = await attack(() =>
      request(server.url, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${server.key}` },
        body,
        timeoutMs: 30_000,
      }),
    );
    expectHttpRefusal(res);
  });

  it('malformed multipart requests are refused with a 4xx and a code', async () => {
    // Under graphql-response+json a request error is a 4xx (GraphQL over HTTP), as it must be here.
    const auth = { authorization: `Bearer ${server.key}`, accept: 'application/graphql-response+json' };
    const type = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const ops = importOperations(1);
    const file = { name: '0', filename: 'creators.csv', contentType: 'text/csv', body: 'creator_ref,name\n' };
    const cases: [string, Record<string, string>, Buffer | string][] = [
      ['no boundary', { 'content-type': 'multipart/form-data' }, multipart([...ops, file], boundary)],
      ['garbage body', type, Buffer.from('this is not multipart at all')],
      ['no closing boundary', type, multipart([...ops, file], boundary).subarray(0, -20)],
      [
        'operations not JSON',
        type,
        multipart([{ name: 'operations', body: '{not json' }, ops[1] as never, file], boundary),
      ],
      ['map not JSON', type, multipart([ops[0] as never, { name: 'map', body: '[[[' }, file], boundary)],
      ['no operations part', type, multipart([ops[1] as never, file], boundary)],
      ['map points at a missing file', type, multipart(ops, boundary)],
      [
        'map points at a variable that does not exist',
        type,
        multipart([ops[0] as never, { name: 'map', body: '{"0":["variables.nothing.here"]}' }, file], boundary),
      ],
      [
        'map is not an object of paths',
        type,
        multipart([ops[0] as never, { name: 'map', body: '{"0":"variables.files.0"}' }, file], boundary),
      ],
      [
        'operations a JSON array',
        type,
        multipart([{ name: 'operations', body: '[1,2]' }, ops[1] as never, file], boundary),
      ],
    ];
    await attack(async () => {
      for (const [name, headers, body] of cases) {
        const res = await request(server.url, {
          method: 'POST',
          headers: { ...auth, ...headers },
          body,
          timeoutMs: 10_000,
        });
        expect(res.status, `${name}: ${show(res)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${name}: ${show(res)}`).toBeLessThan(500);
        expect(codesOf(res).length, `${name}: ${show(res)}`).toBeGreaterThan(0);
        expect(codesOf(res), `${name}: ${show(res)}`).not.toContain('INTERNAL_SERVER_ERROR');
        expect(codesOf(res), `${name}: ${show(res)}`).not.toContain('<none>');
        expect(res.ms, `${name}: ${show(res)}`).toBeLessThan(BUDGET_MS);
        expect(leaksOf(res), `${name}: ${show(res)}`).toEqual([]);
      }
    });
  });

  it('non-numeric and out-of-range global ids answer NOT_FOUND/VALIDATION, never an internal error', async () => {
    const bad = ['abc', 'NaN', '1e3', '-1', '0', '0x10', '1.5', ' 1', '99999999999999999999999', ''];
    await attack(async () => {
      for (const raw of bad) {
        const campaign = await post(
          server,
          { query: 'query ($id: ID!) { campaign(id: $id) { id name } }', variables: { id: globalId('Campaign', raw) } },
          server.key,
        );
        expectNotFound(campaign, 'campaign');
        const node = await post(
          server,
          { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('Creator', raw) } },
          server.key,
        );
        expectNotFound(node, 'node');
        const creator = await post(
          server,
          { query: 'query ($id: ID) { creator(id: $id) { id } }', variables: { id: globalId('Creator', raw) } },
          server.key,
        );
        expectNotFound(creator, 'creator');
        const posts = await post(
          server,
          {
            query: 'query ($a: ID) { posts(first: 1, filter: { account: $a }) { totalCount } }',
            variables: { a: globalId('Account', raw) },
          },
          server.key,
        );
        expect(posts.status, show(posts)).toBeLessThan(500);
        expect(codesOf(posts), show(posts)).not.toContain('INTERNAL_SERVER_ERROR');
        for (const code of codesOf(posts)) expect(INPUT_CODES, show(posts)).toContain(code);
        const archive = await post(
          server,
          {
            query: 'mutation ($id: ID!) { archiveCampaign(id: $id) { __typename ... on Error { code } } }',
            variables: { id: globalId('Campaign', raw) },
          },
          server.key,
        );
        expectNotFound(archive, 'archiveCampaign');
      }
    });
  });

  it('unknown type names in node(id) answer null or NOT_FOUND/VALIDATION', async () => {
    const ids = [
      globalId('Bogus', 1),
      // Object types that are not nodes (ApiKey and Organization are, within their organization).
      globalId('Viewer', 1),
      globalId('FollowerSnapshot', 1),
      globalId('__proto__', 1),
      globalId('constructor', 1),
      globalId('', 1),
      'not base64 at all!',
      Buffer.from('no-colon').toString('base64'),
      Buffer.from([0xff, 0xfe, 0x00, 0x3a, 0x31]).toString('base64'),
    ];
    await attack(async () => {
      for (const id of ids) {
        const res = await post(
          server,
          { query: 'query ($id: ID!) { node(id: $id) { id __typename } }', variables: { id } },
          server.key,
        );
        expectNotFound(res, 'node');
        const many = await post(
          server,
          { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: [id, id] } },
          server.key,
        );
        expect(many.status, show(many)).toBeLessThan(500);
        expect(codesOf(many), show(many)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(leaksOf(many), show(many)).toEqual([]);
      }
    });
  });

  it('NUL bytes in string arguments are rejected with a code', async () => {
    const nul = 'a\u0000b';
    const cases: [string, { query: string; variables?: Record<string, unknown> }][] = [
      [
        'nameContains variable',
        {
          query: 'query ($n: String) { creators(filter: { nameContains: $n }) { totalCount } }',
          variables: { n: nul },
        },
      ],
      ['nameContains literal', { query: '{ creators(filter: { nameContains: "a\\u0000b" }) { totalCount } }' }],
      ['creator handle', { query: 'query ($h: String) { creator(handle: $h) { id } }', variables: { h: nul } }],
      [
        'account handle',
        { query: `query ($h: String!) { account(platform: ${platform}, handle: $h) { id } }`, variables: { h: nul } },
      ],
      [
        'niche',
        {
          query: 'query ($n: String) { compareTiers(platform: INSTAGRAM, niche: $n) { tier } }',
          variables: { n: nul },
        },
      ],
      [
        'campaign name',
        {
          query:
            'mutation ($n: String!) { createCampaign(input: { name: $n, brand: "Acme", goal: ENGAGEMENT, currency: "USD", budget: { amountMinor: 100, currency: "USD" }, startsAt: "2026-07-01T00:00:00Z" }) { __typename ... on Error { code } } }',
          variables: { n: nul },
        },
      ],
    ];
    await attack(async () => {
      for (const [name, body] of cases) {
        const res = await post(server, body, server.key);
        const typename = (Object.values(dataOf(res) ?? {})[0] as { __typename?: string } | null)?.__typename;
        if (typename === 'ValidationError') continue;
        expect(codesOf(res).length, `${name}: ${show(res)}`).toBeGreaterThan(0);
        expectInputError(res);
      }
    });
  });

  it('a 60,000-character nameContains is rejected with a code', async () => {
    const long = 'x'.repeat(60_000);
    await attack(async () => {
      const variable = await post(
        server,
        {
          query: 'query ($n: String) { creators(filter: { nameContains: $n }) { totalCount } }',
          variables: { n: long },
        },
        server.key,
      );
      expectInputError(variable);
      const literal = await post(
        server,
        { query: `{ creators(filter: { nameContains: "${long}" }) { totalCount } }` },
        server.key,
      );
      expectInputError(literal);
    });
  });

  it('GET with variables that are not JSON is refused with 400 and a code', async () => {
    await attack(async () => {
      for (const variables of ['{first: 3', 'not json', '[1,2', '"unterminated', '{"first": 3', 'null null']) {
        const res = await get(
          server,
          { query: 'query ($first: Int) { creators(first: $first) { totalCount } }', variables },
          server.key,
        );
        expectHttpRefusal(res, 400);
      }
    });
  });

  it('after every attack the server still answers a normal query', async () => {
    const res = await post(server, { query: '{ creators(first: 3) { totalCount nodes { name } } }' }, server.key);
    expect(res.status, show(res)).toBe(200);
    expect(errorsOf(res), show(res)).toEqual([]);
    expect(server.rssMb()).toBeLessThan(RSS_LIMIT_MB);
  });
});
