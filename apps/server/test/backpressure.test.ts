import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InProcessCampaignEvents, loadConfig } from '@creatorgraph/core';
import { type CatalogFixture, createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackpressureOptions, gateOf } from '../src/http/backpressure.js';
import { capLingeringBodies } from '../src/http/linger.js';
import { createServer } from '../src/yoga.js';
import { NOW, unlimited } from './harness.js';
import { sse } from './sse.js';

/** MAX_IN_FLIGHT / MAX_QUEUE / QUEUE_TIMEOUT_MS: a busy instance answers 503 at once and recovers. */

let db: TestDatabase;
let fixture: CatalogFixture;
let key: string;
beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  fixture = await seedCatalog(db.em.fork(), { creators: 5, postsPerAccount: 1, end: NOW });
  key = fixture.orgs[0]!.key;
});
afterAll(() => db.destroy());

type Yoga = ReturnType<typeof createServer>;

const server = (backpressure: Partial<BackpressureOptions>, events = new InProcessCampaignEvents()) =>
  createServer({ db, now: () => NOW, rateLimiter: unlimited(), campaignEvents: events, backpressure });

const QUERY = JSON.stringify({ query: '{ viewer { keyPrefix } }' });
const headers = (auth: string | null = key) => ({
  'content-type': 'application/json',
  ...(auth ? { authorization: `Bearer ${auth}` } : {}),
});

const call = (yoga: Yoga, auth: string | null = key) =>
  yoga.fetch('http://localhost/graphql', { method: 'POST', headers: headers(auth), body: QUERY });

/**
 * A request whose body ends when the test says so: the server holds its slot while it waits for it,
 * as it would for a slow client or a slow resolver.
 */
function held(yoga: Yoga) {
  let finish = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(QUERY));
      finish = () => controller.close();
    },
  });
  const response = yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: headers(),
    body,
    duplex: 'half',
  } as RequestInit);
  return { response, finish: () => finish() };
}

/** A body that never ends, counting what the server pulled of it. */
function endlessBody() {
  const meter = { pulled: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      meter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, meter };
}

async function until(condition: () => boolean, what: string, ms = 2_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const gate = (yoga: Yoga) => {
  const g = gateOf(yoga);
  if (!g) throw new Error('no gate');
  return g;
};

async function expectOverloaded(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('1');
  const body = await res.json();
  expect(body.errors[0].extensions).toEqual({ code: 'OVERLOADED', retryAfter: 1 });
}

describe('in-flight limit', () => {
  it('answers 503 with Retry-After past MAX_IN_FLIGHT, before the key or the body, and serves again after', async () => {
    const yoga = server({ maxInFlight: 2, maxQueue: 0 });
    const [first, second] = [held(yoga), held(yoga)];
    await until(() => gate(yoga).inFlight === 2, 'two requests hold the slots');

    const { stream, meter } = endlessBody();
    const refused = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: headers(),
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectOverloaded(refused);
    expect(meter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
    // Before the key is looked at: no key is refused the same way, not with a 401.
    await expectOverloaded(await call(yoga, null));
    // The probes are exempt.
    expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await yoga.fetch('http://localhost/ready')).status).toBe(200);

    first.finish();
    second.finish();
    for (const res of await Promise.all([first.response, second.response])) {
      expect(res.status).toBe(200);
      expect((await res.json()).data.viewer.keyPrefix).toMatch(/^cg_/);
    }
    expect(gate(yoga).inFlight).toBe(0);
    const after = await Promise.all([call(yoga), call(yoga)]);
    expect(after.map((r) => r.status)).toEqual([200, 200]);
    expect(gate(yoga).inFlight).toBe(0);
  });

  it('lets MAX_QUEUE requests wait for a slot, refuses the next at once and a waiter after QUEUE_TIMEOUT_MS', async () => {
    const yoga = server({ maxInFlight: 1, maxQueue: 1, queueTimeoutMs: 5_000 });
    const holder = held(yoga);
    await until(() => gate(yoga).inFlight === 1, 'the slot is taken');
    const waiter = call(yoga);
    await until(() => gate(yoga).queued === 1, 'one request waits');
    await expectOverloaded(await call(yoga));

    holder.finish();
    expect((await holder.response).status).toBe(200);
    expect((await waiter).status).toBe(200);
    expect(gate(yoga)).toMatchObject({ inFlight: 0, queued: 0 });

    const impatient = server({ maxInFlight: 1, maxQueue: 1, queueTimeoutMs: 50 });
    const slow = held(impatient);
    await until(() => gate(impatient).inFlight === 1, 'the slot is taken');
    const started = Date.now();
    await expectOverloaded(await call(impatient));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(gate(impatient).queued).toBe(0);
    slow.finish();
    expect((await slow.response).status).toBe(200);
  });

  it('holds the slot of an export until its body has been read or cancelled', async () => {
    const yoga = server({ maxInFlight: 1, maxQueue: 0 });
    const exportCsv = () =>
      yoga.fetch('http://localhost/export/creators.csv', { headers: { authorization: `Bearer ${key}` } });
    const read = await exportCsv();
    expect(read.status).toBe(200);
    expect(gate(yoga).inFlight).toBe(1);
    await expectOverloaded(await call(yoga));
    expect((await read.text()).trim().split('\n')).toHaveLength(6);
    expect(gate(yoga).inFlight).toBe(0);

    const cancelled = await exportCsv();
    await cancelled.body?.cancel();
    expect(gate(yoga).inFlight).toBe(0);
    expect((await call(yoga)).status).toBe(200);
  });

  it('gives back the slot of a subscription once it has started', async () => {
    const events = new InProcessCampaignEvents();
    const yoga = server({ maxInFlight: 1, maxQueue: 0 }, events);
    const campaignId = fixture.campaignIds.acme![0]!;
    const stream = sse(
      await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { ...headers(), accept: 'text/event-stream' },
        body: JSON.stringify({
          query: 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }',
          variables: { id: btoa(`Campaign:${campaignId}`) },
        }),
      }),
    );
    try {
      expect(gate(yoga).inFlight).toBe(0);
      expect((await call(yoga)).status).toBe(200);
      await until(() => events.listenerCount(campaignId) > 0, 'the stream listens');
      events.publish({ campaignId, organizationId: fixture.orgs[0]!.id, reason: 'MEMBER_ADDED', at: NOW });
      expect((await stream.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');
    } finally {
      await stream.cancel();
    }
  });
});

describe('a database that cannot answer', () => {
  it('gets a coded 503 for the key lookup, and the slot back', async () => {
    const lost = await createTestDatabase('sqlite');
    const lostKey = (await seedCatalog(lost.em.fork(), { creators: 1, postsPerAccount: 1, end: NOW })).orgs[0]!.key;
    const yoga = createServer({ db: lost, now: () => NOW, rateLimiter: unlimited(), backpressure: { maxInFlight: 1 } });
    await lost.destroy();
    const res = await call(yoga, lostKey);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/connection|Driver/i);
    expect(gate(yoga).inFlight).toBe(0);
  });
});

describe('in-flight limit on node:http', () => {
  let http: Server;
  let yoga: Yoga;
  let base: string;
  beforeAll(async () => {
    yoga = server({ maxInFlight: 1, maxQueue: 0 });
    http = createHttpServer(yoga);
    capLingeringBodies(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  );

  it('frees the slot of a client that goes away mid-request', async () => {
    // Half a body, then silence: the request holds the slot.
    const client = httpRequest(`${base}/graphql`, { method: 'POST', headers: headers() });
    client.on('error', () => {});
    client.write('{"query":');
    await until(() => gate(yoga).inFlight === 1, 'the half-sent request holds the slot');

    const refused = await fetch(`${base}/graphql`, { method: 'POST', headers: headers(), body: QUERY });
    await expectOverloaded(refused as unknown as Response);

    client.destroy();
    await until(() => gate(yoga).inFlight === 0, 'the slot is free again');
    const served = await fetch(`${base}/graphql`, { method: 'POST', headers: headers(), body: QUERY });
    expect(served.status).toBe(200);
    await served.text();
    await until(() => gate(yoga).inFlight === 0, 'the served request released its slot');
  });

  it('does not count an open subscription', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...headers(), accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }',
        variables: { id: btoa(`Campaign:${fixture.campaignIds.acme![0]!}`) },
      }),
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    try {
      expect(gate(yoga).inFlight).toBe(0);
      const served = await fetch(`${base}/graphql`, { method: 'POST', headers: headers(), body: QUERY });
      expect(served.status).toBe(200);
      await served.text();
    } finally {
      controller.abort();
    }
  });

  it('releases the slot of a streamed export once it has been sent', async () => {
    const res = await fetch(`${base}/export/posts.jsonl`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    await res.text();
    await until(() => gate(yoga).inFlight === 0, 'the export released its slot');
  });
});

describe('settings', () => {
  it('default to 64 in flight and 64 waiting up to 1 s; the queue may be 0, the limit may not', () => {
    expect(loadConfig({})).toMatchObject({ MAX_IN_FLIGHT: 8, MAX_QUEUE: 64, QUEUE_TIMEOUT_MS: 1_000 });
    expect(loadConfig({ MAX_QUEUE: '0' }).MAX_QUEUE).toBe(0);
    expect(() => loadConfig({ MAX_IN_FLIGHT: '0' })).toThrow(/MAX_IN_FLIGHT/);
    expect(() => loadConfig({ QUEUE_TIMEOUT_MS: '60001' })).toThrow(/QUEUE_TIMEOUT_MS: must be at most 60000/);
  });
});
