import { randomFillSync } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, constants as zlib } from 'node:zlib';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { print } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSION_THRESHOLD, compressStream, type Encoding, preferredEncoding } from '../src/http/compression.js';
import { negotiate, negotiationPlugin } from '../src/http/negotiation.js';
import { createServer } from '../src/yoga.js';
import { M } from './campaign-documents.js';
import { createHarness, dialects, type Harness, NOW, unlimited } from './harness.js';

/**
 * The HTTP layer as third-party clients (Apollo, urql, graphql-request, browsers, curl) meet it:
 * compression, caching headers, Accept negotiation by q-value, 406 answers, CORS preflights, and SSE
 * streams that nothing buffers.
 */

const CREATORS = `{ creators(first: 30) { totalCount nodes { id name niches
  accounts { platform handle followers tier engagement { value sampleSize } } } } }`;
const VIEWER = '{ viewer { keyPrefix } }';
const SUBSCRIPTION = 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }';

/** A body decoded by its Content-Encoding (none, br or gzip), as text. */
async function decoded(res: Response): Promise<{ text: string; wire: number }> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const encoding = res.headers.get('content-encoding');
  const plain = encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
  if (encoding && encoding !== 'br' && encoding !== 'gzip') throw new Error(`unexpected encoding ${encoding}`);
  return { text: plain.toString('utf8'), wire: bytes.length };
}

/** The field names of Vary, lowercased; fails on a name listed twice. */
function vary(res: Response): string[] {
  const names = (res.headers.get('vary') ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  expect(new Set(names).size).toBe(names.length);
  return names;
}

/** Decodes what has arrived of a br or gzip stream so far (flushed blocks only). */
function decodeFlushed(bytes: Buffer, encoding: Encoding): string {
  return (
    encoding === 'br'
      ? brotliDecompressSync(bytes, { finishFlush: zlib.BROTLI_OPERATION_FLUSH })
      : gunzipSync(bytes, { finishFlush: zlib.Z_SYNC_FLUSH })
  ).toString('utf8');
}

describe('Accept-Encoding', () => {
  it('picks the highest q-value, br on a tie, and honours q=0, * and identity', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(preferredEncoding('br;q=0.8, gzip;q=0.8')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
    expect(preferredEncoding('*;q=0')).toBeUndefined();
    expect(preferredEncoding('gzip;q=0')).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('identity, gzip;q=0.5')).toBeUndefined();
    expect(preferredEncoding('identity;q=0.5, gzip')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeUndefined();
    expect(preferredEncoding('')).toBeUndefined();
    expect(preferredEncoding(null)).toBeUndefined();
  });
});

describe('Accept negotiation', () => {
  it('orders the served types by q and drops what q=0 forbids', () => {
    expect(negotiate('application/json;q=0.5, application/graphql-response+json')).toEqual([
      'application/graphql-response+json',
      'application/json;q=0.5',
    ]);
    expect(negotiate('application/graphql-response+json;q=0, application/json')).toEqual(['application/json']);
    expect(negotiate('application/graphql-response+json;q=0, */*')).toEqual([
      'application/json',
      'text/event-stream',
      'multipart/mixed',
    ]);
    expect(negotiate('application/*;q=0.5, text/html')).toEqual([
      'application/json;q=0.5',
      'application/graphql-response+json;q=0.5',
    ]);
    expect(negotiate('text/html, image/png')).toEqual([]);
    expect(negotiate('*/*;q=0')).toEqual([]);
    expect(negotiate('application/json; charset=latin1')).toEqual([]);
  });

  it('keeps the multipart parameters Apollo Client sends exactly as written', () => {
    const apollo = 'multipart/mixed;boundary="graphql";subscriptionSpec=1.0,application/json';
    expect(negotiate(apollo)).toEqual(['multipart/mixed;boundary="graphql";subscriptionSpec=1.0', 'application/json']);
    expect(negotiate('multipart/mixed;deferSpec=20220824, application/json;q=0.9')).toEqual([
      'multipart/mixed;deferSpec=20220824',
    ]);
    expect(negotiate('multipart/mixed;boundary="a,b";q=0, text/event-stream')).toEqual(['text/event-stream']);
  });

  it('lets a preferred stream type win over JSON, which Yoga would otherwise pick for a single result', () => {
    expect(negotiate('text/event-stream, application/json;q=0.5')).toEqual(['text/event-stream']);
    expect(negotiate('text/event-stream;q=0.9, multipart/mixed;q=0.5, application/json')).toEqual([
      'application/json',
      'text/event-stream;q=0.9',
    ]);
  });
});

describe('406 for a stream no processor can carry', () => {
  // Yoga alone, with a subscription it cannot send as multipart: its own 406 has no body.
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean } type Subscription { ticks: Int }',
      resolvers: {
        Subscription: {
          ticks: {
            async *subscribe() {
              yield { ticks: 1 };
            },
          },
        },
      },
    }),
    plugins: [negotiationPlugin()],
  });

  it('gets a coded body naming what would work', async () => {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
      body: JSON.stringify({ query: 'subscription { ticks }' }),
    });
    expect(res.status).toBe(406);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('NOT_ACCEPTABLE');
    expect(body.errors[0].extensions.accept).toContain('text/event-stream');
    expect(body.errors[0].message).toMatch(/subscription.*text\/event-stream/);
  });
});

describe('streamed compression', () => {
  it.each(['br', 'gzip'] as const)(
    '%s: flushes what it holds as soon as the source makes it wait',
    async (encoding) => {
      const rows = Array.from({ length: 200 }, (_, i) => `creator-${i},instagram,${1000 + i}\n`).join('');
      let finish: () => void = () => undefined;
      const source = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(rows));
          finish = () => {
            controller.enqueue(new TextEncoder().encode('last\n'));
            controller.close();
          };
        },
      });
      const reader = compressStream(source, encoding).getReader();
      let received = Buffer.alloc(0);
      const deadline = Date.now() + 1_000;
      while (decodeFlushed(received, encoding) !== rows) {
        expect(Date.now()).toBeLessThan(deadline);
        const { done, value } = await reader.read();
        expect(done).toBe(false);
        received = Buffer.concat([received, value as Uint8Array]);
      }
      finish();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received = Buffer.concat([received, value]);
      }
      const whole = encoding === 'br' ? brotliDecompressSync(received) : gunzipSync(received);
      expect(whole.toString('utf8')).toBe(`${rows}last\n`);
    },
  );

  it('reads the source only as fast as the client reads, and cancels it when the client leaves', async () => {
    const chunk = 64 * 1024;
    let pulled = 0;
    let cancelled = false;
    // Incompressible bytes: what goes in comes out, so nothing hides in the compressor's ratio.
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        const bytes = randomFillSync(new Uint8Array(chunk));
        pulled += chunk;
        controller.enqueue(bytes);
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = compressStream(source, 'gzip').getReader();
    for (let i = 0; i < 3; i++) expect((await reader.read()).done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // 100 MB would be there for the taking; a few chunks were read.
    expect(pulled).toBeLessThanOrEqual(16 * chunk);
    await reader.cancel();
    expect(cancelled).toBe(true);
  });
});

describe.each(dialects)('HTTP negotiation on %s', (dialect) => {
  let h: Harness;
  let key: string;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 30 });
    key = h.fixture.orgs[0]!.key;
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  const post = (
    body: string | object,
    headers: Record<string, string> = {},
    yoga: Pick<Harness['yoga'], 'fetch'> = h.yoga,
  ) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const campaignId = () => encodeGlobalID('Campaign', String(h.fixture.campaignIds.acme![0]));

  describe('compression', () => {
    it('sends a page of creators br or gzip by Accept-Encoding, the same JSON either way', async () => {
      const plain = await post({ query: CREATORS });
      expect(plain.status).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(vary(plain)).toContain('accept-encoding');
      const { text, wire: plainSize } = await decoded(plain);
      const expected = JSON.parse(text);
      expect(plainSize).toBeGreaterThan(4 * COMPRESSION_THRESHOLD);
      for (const [acceptEncoding, encoding] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['gzip, deflate, br, zstd', 'br'],
        ['br;q=0.5, gzip', 'gzip'],
        ['*', 'br'],
        ['br;q=0, *', 'gzip'],
      ] as const) {
        const res = await post({ query: CREATORS }, { 'accept-encoding': acceptEncoding });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-encoding')).toBe(encoding);
        expect(vary(res)).toContain('accept-encoding');
        const length = Number(res.headers.get('content-length'));
        const { text: body, wire } = await decoded(res);
        expect(wire).toBe(length);
        // The cost report's clock and the request id differ per request; the data is the same.
        expect(JSON.parse(body).data).toEqual(expected.data);
        expect(wire).toBeLessThan(plainSize / 4);
      }
    });

    it('leaves answers under the threshold alone, still saying Vary: Accept-Encoding', async () => {
      const res = await post({ query: VIEWER }, { 'accept-encoding': 'br, gzip' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(vary(res)).toContain('accept-encoding');
      const { text, wire } = await decoded(res);
      expect(wire).toBeLessThan(COMPRESSION_THRESHOLD);
      expect(JSON.parse(text).data.viewer.keyPrefix).toBeTruthy();
    });

    it('sends the body as it is when q=0 forbids br and gzip, or identity is preferred', async () => {
      for (const acceptEncoding of ['identity', 'gzip;q=0, br;q=0', '*;q=0', 'identity, br;q=0.5', 'deflate']) {
        const res = await post({ query: CREATORS }, { 'accept-encoding': acceptEncoding });
        expect(res.headers.get('content-encoding'), acceptEncoding).toBeNull();
        expect(JSON.parse(await res.text()).data.creators.totalCount).toBe(30);
      }
    });

    it('compresses a CSV export as it streams: gunzipped, it is the uncompressed export', async () => {
      const exportPosts = (format: string, acceptEncoding?: string) =>
        h.yoga.fetch(`http://localhost/export/posts.${format}`, {
          headers: { authorization: `Bearer ${key}`, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
        });
      for (const format of ['csv', 'jsonl']) {
        const plain = await exportPosts(format);
        expect(plain.status).toBe(200);
        expect(plain.headers.get('content-encoding')).toBeNull();
        expect(vary(plain)).toEqual(expect.arrayContaining(['authorization', 'accept-encoding']));
        const expected = await plain.text();
        expect(expected.split('\n').length).toBeGreaterThan(100);
        for (const encoding of ['gzip', 'br'] as const) {
          const res = await exportPosts(format, encoding);
          expect(res.status).toBe(200);
          expect(res.headers.get('content-encoding')).toBe(encoding);
          // Streamed: no length is known before the last row is read.
          expect(res.headers.get('content-length')).toBeNull();
          expect(res.headers.get('cache-control')).toBe('private, no-store');
          const { text, wire } = await decoded(res);
          expect(text).toBe(expected);
          expect(wire).toBeLessThan(Buffer.byteLength(expected) / 3);
        }
      }
    });
  });

  describe('caching headers', () => {
    const expectPrivate = (res: Response) => {
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(vary(res)).toEqual(expect.arrayContaining(['authorization', 'accept-encoding']));
    };

    it('marks every GraphQL answer private and varying by key: success, errors, 400, 401, 406', async () => {
      const ok = await post({ query: VIEWER });
      expect(ok.status).toBe(200);
      expectPrivate(ok);
      const invalid = await post({ query: '{ creatorz { id } }' }, { accept: 'application/graphql-response+json' });
      expect(invalid.status).toBe(400);
      expectPrivate(invalid);
      const malformed = await post('{"query":', { accept: 'application/graphql-response+json' });
      expect(malformed.status).toBe(400);
      expectPrivate(malformed);
      const anonymous = await h.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(anonymous.status).toBe(401);
      expectPrivate(anonymous);
      const refused = await post({ query: VIEWER }, { accept: 'text/html' });
      expect(refused.status).toBe(406);
      expectPrivate(refused);
    });

    it('marks exports private too', async () => {
      const res = await h.yoga.fetch('http://localhost/export/creators.csv', {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200);
      expectPrivate(res);
      await res.text();
    });
  });

  describe('Accept by q-value', () => {
    const contentType = async (accept: string) => {
      const res = await post({ query: VIEWER }, { accept });
      expect(res.status, accept).toBe(200);
      await res.text();
      return res.headers.get('content-type')?.split(';')[0];
    };

    it('answers the media type the client prefers, whatever the order', async () => {
      expect(await contentType('application/json;q=0.5, application/graphql-response+json')).toBe(
        'application/graphql-response+json',
      );
      expect(await contentType('application/graphql-response+json;q=0, application/json')).toBe('application/json');
      expect(await contentType('application/graphql-response+json;q=0.9, application/json')).toBe('application/json');
      expect(await contentType('*/*')).toBe('application/json');
      expect(await contentType('text/html;q=0.9, */*;q=0.8')).toBe('application/json');
      expect(await contentType('application/graphql-response+json, application/json;q=0.9')).toBe(
        'application/graphql-response+json',
      );
    });

    it('so the spec’s status codes follow the preferred type', async () => {
      // graphql-response+json answers a request error with 400; legacy application/json with 200.
      const preferred = await post(
        { query: '{ creatorz { id } }' },
        { accept: 'application/json;q=0.1, application/graphql-response+json' },
      );
      expect(preferred.status).toBe(400);
      const legacy = await post(
        { query: '{ creatorz { id } }' },
        { accept: 'application/graphql-response+json;q=0.1, application/json' },
      );
      expect(legacy.status).toBe(200);
      expect((await legacy.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers a refused key in the preferred JSON type too', async () => {
      for (const [accept, type] of [
        ['application/json, application/graphql-response+json;q=0.5', 'application/json'],
        ['application/json;q=0.5, application/graphql-response+json', 'application/graphql-response+json'],
      ] as const) {
        const res = await post({ query: VIEWER }, { accept, authorization: 'Bearer nope' });
        expect(res.status, accept).toBe(401);
        expect(res.headers.get('content-type')?.split(';')[0], accept).toBe(type);
        expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('streams a subscription asked for by a q-weighted Accept', async () => {
      const res = await post(
        { query: SUBSCRIPTION, variables: { id: campaignId() } },
        { accept: 'application/json;q=0.5, text/event-stream;q=0.9' },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.cancel();
    });
  });

  describe('406 Not Acceptable', () => {
    it('tells a subscription asked for as JSON to use text/event-stream or multipart/mixed, before charging it', async () => {
      for (const accept of [
        'application/json',
        'application/graphql-response+json',
        'text/event-stream;q=0, multipart/mixed;q=0, */*;q=0.1',
      ]) {
        const res = await post({ query: SUBSCRIPTION, variables: { id: campaignId() } }, { accept });
        expect(res.status, accept).toBe(406);
        expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
        const body = await res.json();
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({
          code: 'NOT_ACCEPTABLE',
          accept: ['text/event-stream', 'multipart/mixed'],
        });
        expect(body.errors[0].message).toContain('text/event-stream');
        expect(body.errors[0].message).toContain('multipart/mixed');
        // Refused before the cost plugin priced it (a started subscription costs 11 points here).
        expect(res.headers.get('x-cost-requested')).toBeNull();
      }
    });

    it('answers an Accept with nothing servable at once, listing what is served', async () => {
      for (const accept of ['text/html', 'application/xml, text/plain;q=0.5', 'application/*;q=0, text/*;q=0']) {
        const res = await post({ query: VIEWER }, { accept });
        expect(res.status, accept).toBe(406);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(res.headers.get('x-cost-requested')).toBeNull();
        const body = await res.json();
        expect(body.errors[0].extensions).toEqual({
          code: 'NOT_ACCEPTABLE',
          accept: ['application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed'],
        });
        expect(body.errors[0].message).toContain('application/graphql-response+json');
      }
    });

    it('still serves GraphiQL to a browser where it is enabled, and says it is off elsewhere', async () => {
      const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
      const withGraphiql = createServer({ db: h.db, now: () => NOW, rateLimiter: unlimited(), graphiql: {} });
      const page = await withGraphiql.fetch('http://localhost/graphql', { headers: browser });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('creatorgraph');

      const html = { accept: 'text/html' };
      const off = await h.yoga.fetch('http://localhost/graphql', { headers: html });
      expect(off.status).toBe(406);
      expect((await off.json()).errors[0].message).toContain('no in-browser IDE');
    });
  });

  describe('CORS preflight', () => {
    const preflight = (yoga: Harness['yoga'], origin: string) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });

    it('carries Access-Control-Max-Age and Vary: Origin, with one allowed origin or several', async () => {
      for (const corsOrigins of [
        ['https://app.example.com'],
        ['https://app.example.com', 'https://admin.example.com'],
      ]) {
        const yoga = createServer({ db: h.db, now: () => NOW, rateLimiter: unlimited(), corsOrigins });
        const res = await preflight(yoga, 'https://app.example.com');
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
        expect(res.headers.get('access-control-max-age')).toBe('600');
        // graphql-sse's single connection mode reserves (PUT) and stops (DELETE) streams.
        expect(res.headers.get('access-control-allow-methods')).toMatch(/PUT.*DELETE|DELETE.*PUT/);
        expect(vary(res)).toContain('origin');
        // An actual request from the browser varies by Origin as well.
        const answer = await post({ query: VIEWER }, { origin: 'https://app.example.com' }, yoga);
        expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
        expect(vary(answer)).toEqual(expect.arrayContaining(['origin', 'authorization', 'accept-encoding']));
      }
    });
  });

  describe('over a real port', () => {
    let server: Server;
    let base: string;
    let yoga: Harness['yoga'];

    beforeAll(async () => {
      yoga = createServer({
        db: h.db,
        now: () => NOW,
        rateLimiter: unlimited(),
        corsOrigins: ['https://app.example.com'],
      });
      server = createHttpServer(yoga);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    const gqlOverPort = async (query: string, variables: object) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'accept-encoding': 'br, gzip' },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    };

    it('sends the preflight’s max-age and Vary: Origin on the wire', async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
    });

    it('negotiates by q-value and decodes to the same JSON over the wire', async () => {
      // undici's fetch decodes br and gzip itself: the header says what came over the wire.
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json;q=0.5, application/graphql-response+json',
          authorization: `Bearer ${key}`,
          'accept-encoding': 'br',
        },
        body: JSON.stringify({ query: CREATORS }),
      });
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      expect((await res.json()).data.creators.totalCount).toBe(30);
    });

    it('delivers an SSE event within a second of the write, uncompressed, without Content-Encoding', async () => {
      const created = await gqlOverPort(print(M.create), {
        input: {
          name: 'Live over HTTP',
          brand: 'Acme',
          goal: 'ENGAGEMENT',
          currency: 'USD',
          budget: { amountMinor: 5_000_000, currency: 'USD' },
          startsAt: '2026-06-01T00:00:00Z',
        },
      });
      const id: string = created.data.createCampaign.campaign.id;

      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = httpRequest(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            'accept-encoding': 'br, gzip',
            authorization: `Bearer ${key}`,
          },
        });
        req.on('response', resolve).on('error', reject);
        req.end(JSON.stringify({ query: SUBSCRIPTION, variables: { id } }));
      });
      try {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(response.headers['content-encoding']).toBeUndefined();
        expect(response.headers['cache-control']).toBe('private, no-store');
        let received = '';
        const event = new Promise<number>((resolve) => {
          response.on('data', (chunk: Buffer) => {
            received += chunk.toString('utf8');
            if (received.includes('event: next')) resolve(performance.now());
          });
        });
        // The stream's opening ping is on the wire before any write.
        await new Promise<void>((resolve) => response.once('data', () => resolve()));
        const written = performance.now();
        const added = await gqlOverPort(print(M.addMember), {
          input: { campaignId: id, accountId: encodeGlobalID('Account', String(h.fixture.accountIds[0])) },
        });
        expect(added.data.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');
        const arrived = await Promise.race([
          event,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_000)),
        ]);
        expect(arrived, 'no event within 1 s of the write').not.toBeNull();
        expect((arrived as number) - written).toBeLessThan(1_000);
        expect(received).toContain('MEMBER_ADDED');
      } finally {
        response.destroy();
      }
    });
  });
});
