import { describe, expect, it } from 'vitest';
import { CreateApiKeyDocument, createClient, creatorgraph, TierSchemeDocument } from '../src/index.js';

function fakeFetch(responses: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const tierScheme = { tierScheme: { name: 'mediakix-2019', description: '', tiers: [] } };

describe('createClient', () => {
  it('sends the document with the bearer key and returns typed data', async () => {
    const { fn, calls } = fakeFetch([json({ data: tierScheme })]);
    const client = createClient({ url: 'http://x/graphql', apiKey: 'cg_k', fetch: fn });
    const res = await client.request(TierSchemeDocument, {});
    expect(res).toEqual({ ok: true, data: tierScheme, errors: [], extensions: undefined });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer cg_k');
    expect(JSON.parse(calls[0]!.init.body as string).query).toContain('tierScheme');
  });

  it('returns GraphQL errors as values with their code and issues', async () => {
    const { fn } = fakeFetch([
      json({
        data: null,
        errors: [
          { message: 'first: bad', extensions: { code: 'VALIDATION', issues: [{ field: 'first', message: 'bad' }] } },
        ],
      }),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(res.ok).toBe(false);
    expect(res.errors[0]).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'first', message: 'bad' }] });
  });

  it('retries queries on network errors and 5xx, then succeeds', async () => {
    const { fn, calls } = fakeFetch([
      new TypeError('socket hang up'),
      json({ errors: [{ message: 'x' }] }, 503),
      json({ data: tierScheme }),
    ]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 2, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(res.ok).toBe(true);
    expect(calls).toHaveLength(3);
  });

  it('gives up after the retries with the last error as a value', async () => {
    const { fn, calls } = fakeFetch([new TypeError('down'), new TypeError('down'), new TypeError('still down')]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 2, retryDelayMs: 1 }).request(
      TierSchemeDocument,
      {},
    );
    expect(calls).toHaveLength(3);
    expect(res).toMatchObject({ ok: false, data: null, errors: [{ code: 'NETWORK_ERROR', message: 'still down' }] });
  });

  it('never retries a mutation (it may have been applied)', async () => {
    const { fn, calls } = fakeFetch([json({ errors: [{ message: 'oops' }] }, 502), json({ data: {} })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn, retries: 3, retryDelayMs: 1 }).request(
      CreateApiKeyDocument,
      { input: { name: 'n', scopes: ['READ'] } },
    );
    expect(calls).toHaveLength(1);
    expect(res.ok).toBe(false);
  });

  it('maps a non-JSON HTTP failure to an HTTP_ERROR value', async () => {
    const { fn } = fakeFetch([new Response('<html>bad gateway</html>', { status: 400 })]);
    const res = await createClient({ url: 'u', apiKey: 'k', fetch: fn }).request(TierSchemeDocument, {});
    expect(res.errors[0]).toMatchObject({ code: 'HTTP_ERROR', status: 400 });
  });

  it('exposes one named method per operation', async () => {
    const { fn } = fakeFetch([json({ data: tierScheme })]);
    const cg = creatorgraph({ url: 'u', apiKey: 'k', fetch: fn });
    const res = await cg.tierScheme();
    expect(res.ok && res.data.tierScheme.name).toBe('mediakix-2019');
  });
});
