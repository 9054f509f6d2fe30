import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as generated from '../src/__generated__/graphql.js';
import {
  CreateApiKeyDocument,
  CreateCampaignDocument,
  createClient,
  creatorgraph,
  documentIdOf,
  graphql,
  type RequestEvent,
  type ResponseEvent,
  TierSchemeDocument,
  unwrap,
  unwrapOrThrow,
} from '../src/index.js';

function fakeFetch(responses: (Response | Error | ((init: RequestInit) => Promise<Response>))[]) {
  const calls: { url: string; init: RequestInit; at: number }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init, at: Date.now() });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next(init);
    return next;
  }) as unknown as typeof fetch;
  return { fn, calls, body: (i: number) => JSON.parse(calls[i]!.init.body as string) };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const tierScheme = { tierScheme: { name: 'mediakix-2019', description: '', tiers: [] } };
const cost = {
  requested: 3,
  actual: 2,
  limit: 2000,
  remaining: 1998,
  resetAt: '2026-06-01T12:00:00.040Z',
  restoreRate: 50,
};
const rateLimited = (retryAfter: number) =>
  json({ errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED', retryAfter } }] }, 429, {
    'retry-after': String(retryAfter),
    'ratelimit-limit': '2000',
    'ratelimit-remaining': '40',
    'ratelimit-reset': '40',
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('results as values', () => {
  it('sends the document with the bearer key and returns typed data, cost and rate-limit state', async () => {
    const { fn, calls, body } = fakeFetch([
      json({ data: tierScheme, extensions: { cost } }, 200, {
        'ratelimit-limit': '2000',
        'ratelimit-remaining': '1998',
        'ratelimit-reset': '1',
      }),
    ]);
    const client = createClient({ url: 'http://x/graphql', apiKey: 'cg_k', fetch: fn });
    const res = await client.request(TierSchemeDocument, {});
    expect(res).toMatchObject({ ok: true, data: tierScheme, errors: [], status: 200, attempts: 1, cost });
    expect(res.rateLimit).toMatchObject({ limit: 2000, remaining: 1998, resetAfter: 1 });
    expect(res.error).toBeUndefined();
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer cg_k');
    expect(body(0)).toMatchObject({ operationName: 'TierScheme', variables: {} });
    expect(body(0).query).toMatch(/^query TierScheme \{/);
  });

  it('returns GraphQL errors as one discriminated error with code and issues', async () => {
    const { fn } = fakeFetch([
      json({
        data: null,
        errors: [
          {
            message: 'first: bad',
            path: ['creators'],
            extensions: { code: 'VALIDATION', issues: [{ field: 'first', message: 'bad' }] },
          },
        ],
      }),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(res.ok).toBe(false);
    expect(res.error).toMatchObject({
      kind: 'graphql',
      code: 'VALIDATION',
      path: ['creators'],
      issues: [{ field: 'first', message: 'bad' }],
      status: 200,
    });
    expect(res.errors).toEqual([res.error]);
  });

  it('keeps the input path of a variable that does not coerce (BAD_USER_INPUT, HTTP 400)', async () => {
    const message =
      'Variable "$f" got invalid value "many" at "f.followers.min"; Int cannot represent non-integer value: "many"';
    const { fn } = fakeFetch([json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }, 400)]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(res.error).toMatchObject({
      kind: 'graphql',
      code: 'BAD_USER_INPUT',
      status: 400,
      issues: [{ field: 'f.followers.min', message }],
    });
  });

  it('turns a union error payload of a mutation into a domain error, keeping the raw data', async () => {
    const payload = {
      __typename: 'ValidationError',
      message: 'name: must not be blank',
      code: 'VALIDATION',
      issues: [{ __typename: 'FieldIssue', field: 'input.name', message: 'must not be blank' }],
    };
    const { fn } = fakeFetch([json({ data: { createApiKey: payload } })]);
    const cg = creatorgraph({ url: 'u', apiKey: 'k', fetch: fn });
    const res = await cg.createApiKey({ input: { name: ' ', scopes: ['READ'] } });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatchObject({
      kind: 'domain',
      code: 'VALIDATION',
      typename: 'ValidationError',
      path: ['createApiKey'],
      issues: [{ field: 'input.name', message: 'must not be blank' }],
      detail: payload,
    });
    expect(res.data?.createApiKey).toEqual(payload);
    // The value helpers agree.
    expect(unwrap(res)).toEqual({ ok: false, error: res.error });
    expect(() => unwrapOrThrow(res)).toThrow(/must not be blank/);
  });

  it('derives the code of a domain error that did not select one from its type name', async () => {
    const { fn } = fakeFetch([json({ data: { revokeApiKey: { __typename: 'LastAdminKeyError' } } })]);
    const res = await creatorgraph({ url: 'u', apiKey: 'k', fetch: fn }).client.request(
      graphql<{ revokeApiKey: { __typename: 'LastAdminKeyError' } }>(
        'mutation { revokeApiKey(prefix: "p") { __typename } }',
      ),
    );
    expect(res.error).toMatchObject({ kind: 'domain', code: 'LAST_ADMIN_KEY', message: 'LastAdminKeyError' });
  });

  it('unwraps a successful mutation to its payload', async () => {
    const payload = {
      __typename: 'CreateApiKeyPayload',
      secret: 's',
      apiKey: { __typename: 'ApiKey', name: 'n', prefix: 'p', scopes: ['READ'], trustedDocumentsOnly: false },
    };
    const { fn } = fakeFetch([json({ data: { createApiKey: payload } })]);
    const res = await creatorgraph({ url: 'u', apiKey: 'k', fetch: fn }).createApiKey({
      input: { name: 'n', scopes: ['READ'] },
    });
    const r = unwrap(res);
    expect(r).toEqual({ ok: true, data: payload });
    expect(r.ok && r.data.secret).toBe('s');
  });

  it('maps a non-JSON HTTP failure to an http error with its status', async () => {
    const { fn } = fakeFetch([new Response('<html>bad gateway</html>', { status: 400 })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(res.error).toMatchObject({ kind: 'http', code: 'HTTP_ERROR', status: 400 });
  });

  it('runs a string document (client preset `documentMode: string`) and a graphql() document', async () => {
    const { fn, body } = fakeFetch([
      json({ data: { viewer: { keyPrefix: 'p' } } }),
      json({ data: { viewer: { keyPrefix: 'q' } } }),
    ]);
    const client = createClient({ url: 'u', apiKey: 'k', fetch: fn });
    const fromString = await client.request(new String('query Mine { viewer { keyPrefix } }') as never, {});
    const typed = graphql<{ viewer: { keyPrefix: string } }, Record<string, never>>(
      'query Mine { viewer { keyPrefix } }',
    );
    const fromTag = await client.request(typed, {});
    expect(fromString.ok).toBe(true);
    expect(fromTag.ok && fromTag.data.viewer.keyPrefix).toBe('q');
    expect(body(0).operationName).toBe('Mine');
    expect(body(1).query).toBe(body(0).query);
  });
});

describe('retries', () => {
  it('retries queries on network errors and 503, then succeeds', async () => {
    const { fn, calls } = fakeFetch([
      new TypeError('socket hang up'),
      json({ errors: [{ message: 'busy', extensions: { code: 'OVERLOADED' } }] }, 503),
      json({ data: tierScheme }),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 2, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(res.ok).toBe(true);
    expect(res.attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });

  it('retries a database outage answered with HTTP 200 and SERVICE_UNAVAILABLE', async () => {
    const { fn, calls } = fakeFetch([
      json({ data: null, errors: [{ message: 'db down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
      json({ data: tierScheme }),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(res.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('gives up after the retries with the last error as a value', async () => {
    const { fn, calls } = fakeFetch([new TypeError('down'), new TypeError('down'), new TypeError('still down')]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 2, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(calls).toHaveLength(3);
    expect(res).toMatchObject({
      ok: false,
      data: null,
      error: { kind: 'network', code: 'NETWORK_ERROR', message: 'still down' },
    });
  });

  it('never retries a mutation (it may have been applied)', async () => {
    const { fn, calls } = fakeFetch([json({ errors: [{ message: 'oops' }] }, 503), json({ data: {} })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 3, retryDelayMs: 1 }).request(
      CreateApiKeyDocument,
      { input: { name: 'n', scopes: ['READ'] } },
    );
    expect(calls).toHaveLength(1);
    expect(res.ok).toBe(false);
  });

  it('does not retry a bug (INTERNAL_SERVER_ERROR) or a caller mistake', async () => {
    const { fn, calls } = fakeFetch([
      json({ errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(calls).toHaveLength(1);
    expect(res.error?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('waits Retry-After (plus at most 10% jitter) before retrying a short 429', async () => {
    vi.useFakeTimers();
    const { fn, calls } = fakeFetch([rateLimited(1), json({ data: tierScheme })]);
    const pending = createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(101);
    expect(calls).toHaveLength(2);
    expect((await pending).ok).toBe(true);
  });

  it('returns a 429 whose reset is far at once, with retryAfter and the budget', async () => {
    const { fn, calls } = fakeFetch([rateLimited(40), json({ data: tierScheme })]);
    const started = Date.now();
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls).toHaveLength(1);
    expect(res.error).toMatchObject({ kind: 'graphql', code: 'RATE_LIMITED', status: 429, retryAfter: 40 });
    expect(res.rateLimit).toMatchObject({ limit: 2000, remaining: 40, resetAfter: 40 });
  });

  it('maxRetryWaitMs decides what is far', async () => {
    const { fn, calls } = fakeFetch([rateLimited(1), json({ data: tierScheme })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, maxRetryWaitMs: 500 }).request(
      TierSchemeDocument,
      {},
    );
    expect(calls).toHaveLength(1);
    expect(res.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 1 });
  });
});

describe('timeouts and cancellation', () => {
  const hanging = (init: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });

  it('times out after timeoutMs (30 s by default) with a timeout error', async () => {
    vi.useFakeTimers();
    const { fn } = fakeFetch([hanging]);
    const pending = createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    await vi.advanceTimersByTimeAsync(29_999);
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'timeout', code: 'TIMEOUT' } });
  });

  it('a per-call timeout and signal override the client', async () => {
    const { fn } = fakeFetch([hanging, hanging]);
    const client = createClient({ url: 'u', apiKey: 'k', fetch: fn, timeoutMs: 60_000 });
    const timedOut = await client.request(TierSchemeDocument, {}, { timeoutMs: 5 });
    expect(timedOut.error).toMatchObject({ kind: 'timeout', code: 'TIMEOUT' });
    const controller = new AbortController();
    const pending = client.request(TierSchemeDocument, {}, { signal: controller.signal });
    controller.abort();
    expect((await pending).error).toMatchObject({ kind: 'aborted', code: 'ABORTED' });
  });
});

describe('persisted documents', () => {
  const manifest = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../src/__generated__/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;

  it('gives every generated operation the id the manifest lists it under', async () => {
    const documents = Object.entries(generated).filter(
      ([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null && 'kind' in value,
    );
    expect(documents.length).toBeGreaterThan(20);
    for (const [name, document] of documents) {
      const id = await documentIdOf(document as never);
      expect(manifest[id.replace('sha256:', '')], name).toBeDefined();
    }
  });

  it('sends only the documentId in persisted mode', async () => {
    const { fn, body } = fakeFetch([json({ data: tierScheme })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, persisted: true }).request(
      TierSchemeDocument,
      {},
    );
    expect(res.ok).toBe(true);
    expect(body(0)).toEqual({
      documentId: await documentIdOf(TierSchemeDocument),
      variables: {},
      operationName: 'TierScheme',
    });
  });

  const notFound = () =>
    json(
      {
        errors: [
          { message: 'No trusted document has this `documentId`.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
        ],
      },
      404,
    );

  it('falls back to the text when the server does not know the id, and remembers it', async () => {
    const { fn, body, calls } = fakeFetch([
      notFound(),
      json({ data: { createCampaign: { __typename: 'CreateCampaignPayload' } } }),
      json({ data: { createCampaign: { __typename: 'CreateCampaignPayload' } } }),
    ]);
    const client = createClient({ url: 'u', apiKey: 'k', fetch: fn, persisted: 'fallback' });
    const input = {
      name: 'n',
      brand: 'b',
      goal: 'ENGAGEMENT' as const,
      currency: 'USD',
      budget: { amountMinor: 1, currency: 'USD' },
      startsAt: '2026-01-01T00:00:00Z',
    };
    const first = await client.request(CreateCampaignDocument, { input });
    expect(first.ok).toBe(true);
    expect(first.attempts).toBe(2);
    expect(body(0).documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body(1).query).toMatch(/^mutation CreateCampaign/);
    await client.request(CreateCampaignDocument, { input });
    expect(calls).toHaveLength(3);
    expect(body(2).query).toMatch(/^mutation CreateCampaign/);
  });

  it('strict persisted mode returns PERSISTED_QUERY_NOT_FOUND', async () => {
    const { fn, calls } = fakeFetch([notFound()]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, persisted: true }).request(
      TierSchemeDocument,
      {},
    );
    expect(calls).toHaveLength(1);
    expect(res.error).toMatchObject({ kind: 'graphql', code: 'PERSISTED_QUERY_NOT_FOUND', status: 404 });
  });
});

describe('hooks', () => {
  it('calls onRequest before and onResponse after every attempt, and logs retries', async () => {
    const { fn, calls } = fakeFetch([
      json({ errors: [{ message: 'busy', extensions: { code: 'OVERLOADED' } }] }, 503),
      json({ data: tierScheme }),
    ]);
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const warnings: string[] = [];
    const client = createClient({
      url: 'u',
      apiKey: 'k',
      fetch: fn,
      retryDelayMs: 1,
      onRequest: (e) => {
        requests.push(e);
        e.headers['x-trace'] = `t${e.attempt}`;
      },
      onResponse: (e) => responses.push(e),
      logger: { warn: (m) => warnings.push(m) },
    });
    await client.request(TierSchemeDocument, {});
    expect(requests.map((r) => [r.operationName, r.kind, r.attempt])).toEqual([
      ['TierScheme', 'query', 1],
      ['TierScheme', 'query', 2],
    ]);
    expect((calls[1]!.init.headers as Record<string, string>)['x-trace']).toBe('t2');
    expect(responses.map((r) => [r.attempt, r.result.ok, r.retryInMs !== undefined])).toEqual([
      [1, false, true],
      [2, true, false],
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/TierScheme: OVERLOADED, retrying/);
  });

  it('exposes one named method per operation, documented from the operation', async () => {
    const { fn } = fakeFetch([json({ data: tierScheme })]);
    const cg = creatorgraph({ url: 'u', apiKey: 'k', fetch: fn });
    const res = await cg.tierScheme();
    expect(res.ok && res.data.tierScheme.name).toBe('mediakix-2019');
    const sdk = readFileSync(resolve(import.meta.dirname, '../src/__generated__/sdk.ts'), 'utf8');
    expect(sdk).not.toMatch(/Runs the (query|mutation)/);
    expect(sdk).toMatch(/Typed errors[^\n]*`CurrencyMismatchError`, `ValidationError`\.\n\s*\*\/\n\s*createCampaign:/);
  });
});
