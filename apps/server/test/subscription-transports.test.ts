import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloClient, gql as apolloGql, HttpLink, InMemoryCache } from '@apollo/client';
import { ApiKey, createApiKey, InProcessCampaignEvents, type IOrganization, Organization } from '@creatorgraph/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient, type Client as SseClient } from 'graphql-sse';
import { createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../src/context.js';
import { authPlugin, principalOf } from '../src/http/auth.js';
import { costPlugin } from '../src/http/cost-plugin.js';
import { createMemoryRateLimiter } from '../src/http/rate-limit.js';
import {
  multipartSubscriptionResponse,
  streamMediaType,
  subscriptionTransportPlugins,
} from '../src/http/subscriptions/index.js';
import { loadTrustedDocuments } from '../src/http/trusted-documents.js';
import { createLifecycle, endingOnShutdown, installShutdown, STREAM_GRACE_MS } from '../src/runtime/shutdown.js';
import { schema } from '../src/schema/index.js';
import { createServer } from '../src/yoga.js';
import { createHarness, dialects, type Harness, NOW, unlimited } from './harness.js';
import { sse } from './sse.js';

/**
 * Every subscription transport over a real port: Yoga's SSE at /graphql, graphql-sse at /graphql/stream in
 * both modes, and multipart HTTP for Apollo Client at /graphql; their keys, slots, reservations and drain.
 */

// biome-ignore lint/suspicious/noExplicitAny: results are checked by each test.
type Json = any;

const SUBSCRIPTION = 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { at campaign { id } } }';
const APOLLO_ACCEPT = 'multipart/mixed;boundary="graphql";subscriptionSpec=1.0,application/json';
const gid = (typename: string, id: number) => encodeGlobalID(typename, String(id));

/** Pushed values read one at a time: `next(ms)` waits at most `ms` for one, null once ended or on timeout. */
function queue<T>() {
  const items: T[] = [];
  const waiters: ((value: T | null) => void)[] = [];
  const state = { ended: false, error: undefined as unknown };
  return {
    state,
    push(value: T) {
      const waiter = waiters.shift();
      if (waiter) waiter(value);
      else items.push(value);
    },
    end(error?: unknown) {
      state.ended = true;
      state.error = error;
      for (const waiter of waiters.splice(0)) waiter(null);
    },
    next(ms = 5_000): Promise<T | null> {
      if (items.length) return Promise.resolve(items.shift() as T);
      if (state.ended) return Promise.resolve(null);
      return new Promise((resolve) => {
        const waiter = (value: T | null) => {
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          resolve(null);
        }, ms);
        waiters.push(waiter);
      });
    },
  };
}

/** Waits until `check` holds, at most `ms`. */
async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return check();
}

interface Live {
  origin: string;
  server: Server;
  events: InProcessCampaignEvents;
  close(): Promise<void>;
}

async function listen(handler: Parameters<typeof createHttpServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stop(server: Server) {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Reads a multipart/mixed body part by part (the JSON of each part), as Apollo Client does. */
function parts(response: Response) {
  const boundary = `\r\n--${/boundary="?([^";]+)"?/.exec(response.headers.get('content-type') ?? '')?.[1] ?? '-'}`;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let started = false;
  let finished = false;
  return {
    /** The next part's JSON, 'end' after the closing boundary, null on timeout or a cut stream. */
    async next(ms = 5_000): Promise<Json | 'end' | null> {
      const deadline = Date.now() + ms;
      for (;;) {
        if (!started) {
          const first = buffer.indexOf(boundary);
          if (first >= 0) {
            buffer = buffer.slice(first + boundary.length);
            started = true;
            continue;
          }
        } else {
          if (buffer.startsWith('--')) {
            finished = true;
            return 'end';
          }
          const end = buffer.indexOf(boundary);
          if (end >= 0) {
            const part = buffer.slice(0, end);
            buffer = buffer.slice(end + boundary.length);
            const split = part.indexOf('\r\n\r\n');
            expect(part.slice(0, split).toLowerCase()).toContain('content-type: application/json; charset=utf-8');
            return JSON.parse(part.slice(split + 4));
          }
        }
        if (finished) return null;
        const left = deadline - Date.now();
        if (left <= 0) return null;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const chunk = await Promise.race([
          reader.read(),
          new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), left);
          }),
        ]);
        clearTimeout(timer);
        if (chunk === 'timeout') return null;
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel().catch(() => undefined),
  };
}

describe('stream framing, negotiation and drain', () => {
  it('sends a heartbeat part about every heartbeatMs while no event comes, and ends with the closing boundary', async () => {
    let release: () => void = () => {};
    const waiting = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* events(): AsyncGenerator<ExecutionResult> {
      await waiting;
      yield { data: { n: 1 } };
    }
    const controller = new AbortController();
    const request = new Request('http://localhost/graphql', { signal: controller.signal });
    const response = multipartSubscriptionResponse(events(), request, globalThis, { apollo: true, heartbeatMs: 50 });
    expect(response.headers.get('content-type')).toBe('multipart/mixed;boundary="graphql";subscriptionSpec=1.0');
    const body = parts(response);
    const started = Date.now();
    expect(await body.next(1_000)).toEqual({}); // at once
    expect(await body.next(1_000)).toEqual({});
    expect(await body.next(1_000)).toEqual({});
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    release();
    let part = await body.next(1_000);
    while (part && part !== 'end' && Object.keys(part).length === 0) part = await body.next(1_000);
    expect(part).toEqual({ payload: { data: { n: 1 } } });
    expect(await body.next(1_000)).toBe('end');
  });

  it('serves plain multipart (one result a part) without subscriptionSpec, and ends the subscription when the caller leaves', async () => {
    let returned = false;
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => new Promise(() => {}),
      async return() {
        returned = true;
        return { done: true, value: undefined };
      },
    };
    const controller = new AbortController();
    const request = new Request('http://localhost/graphql', { signal: controller.signal });
    const response = multipartSubscriptionResponse(iterator, request, globalThis, { apollo: false });
    expect(response.headers.get('content-type')).toBe('multipart/mixed;boundary="-"');
    const body = parts(response);
    expect(await body.next(100)).toBeNull(); // no heartbeat in the plain framing
    controller.abort();
    expect(await until(() => returned, 1_000)).toBe(true);
  });

  it('waits for requests in flight on drain, not for a stream whose client never leaves (exit 0 after a grace)', async () => {
    const lifecycle = createLifecycle();
    const { server, origin } = await listen(
      lifecycle.listener((req, res) => {
        if (req.url === '/stream') {
          // An event stream that the drain cannot end (a client that never reads to the end, say).
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.write(':\n\n');
          return;
        }
        setTimeout(() => res.end('done'), 300);
      }),
    );
    const listening = await fetch(`${origin}/stream`);
    expect(listening.status).toBe(200);
    const slow = fetch(`${origin}/slow`).then((r) => r.text());
    expect(await until(() => lifecycle.inFlight === 1 && lifecycle.openStreams === 1)).toBe(true);
    const codes: number[] = [];
    const started = Date.now();
    await installShutdown({
      server,
      lifecycle,
      drainTimeoutMs: 10_000,
      logger: pino({ level: 'silent' }),
      close: [],
      exit: (code) => codes.push(code),
    })('SIGTERM');
    const took = Date.now() - started;
    expect(await slow).toBe('done');
    expect(codes).toEqual([0]);
    expect(took).toBeGreaterThanOrEqual(STREAM_GRACE_MS);
    expect(took).toBeLessThan(STREAM_GRACE_MS + 2_000);
    await listening.body?.cancel().catch(() => {});
  });

  it('chooses the stream by Accept: multipart over SSE only when preferred', () => {
    expect(streamMediaType(APOLLO_ACCEPT)).toBe('apollo');
    expect(
      streamMediaType(
        'multipart/mixed;boundary=graphql;subscriptionSpec=1.0,application/graphql-response+json,application/json;q=0.9',
      ),
    ).toBe('apollo');
    expect(streamMediaType('multipart/mixed')).toBe('multipart');
    expect(streamMediaType('text/event-stream, multipart/mixed')).toBe('sse');
    expect(streamMediaType('text/event-stream;q=0.5, multipart/mixed')).toBe('multipart');
    expect(streamMediaType(null)).toBe('sse');
    expect(streamMediaType('application/json')).toBeNull();
    expect(streamMediaType('multipart/mixed;q=0, application/json')).toBeNull();
  });
});

describe.each(dialects)('subscription transports on %s', (dialect) => {
  const MAX = 3;
  let h: Harness;
  let live: Live;
  let acme: { id: number; key: string; readKey: string };
  let globex: { id: number; key: string };
  let campaignId: number;
  let campaign: string;
  let url: string;
  let stream: string;
  const open: (() => unknown)[] = [];
  let nextAccount = 10;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 30 });
    acme = h.fixture.orgs[0]!;
    globex = h.fixture.orgs[1]!;
    campaignId = h.fixture.campaignIds.acme![0]!;
    campaign = gid('Campaign', campaignId);
    const events = new InProcessCampaignEvents();
    const yoga = createServer({
      db: h.db,
      now: () => NOW,
      rateLimiter: unlimited(),
      campaignEvents: events,
      maxSubscriptionsPerOrganization: MAX,
    });
    const { server, origin } = await listen(yoga);
    live = { origin, server, events, close: () => stop(server) };
    url = `${origin}/graphql`;
    stream = `${origin}/graphql/stream`;
  });
  afterEach(async () => {
    for (const close of open.splice(0)) await close();
    // Every test leaves no subscription behind.
    expect(await until(() => live.events.listenerCount(campaignId) === 0)).toBe(true);
  });
  afterAll(async () => {
    await live?.close();
    await h?.db.destroy();
  });

  const post = (body: unknown, key: string | null = acme.key, accept = 'application/json', target = url) =>
    fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });

  /** A write through the API that publishes an update of the campaign; resolves when it has answered. */
  const write = async () => {
    const accountId = gid('Account', h.fixture.accountIds[nextAccount++]!);
    const res = await post({
      query: 'mutation($input: AddCampaignMemberInput!) { addCampaignMember(input: $input) { __typename } }',
      variables: { input: { campaignId: campaign, accountId } },
    });
    const body = await res.json();
    expect(body.data?.addCampaignMember?.__typename, JSON.stringify(body)).toBe('AddCampaignMemberPayload');
    return Date.now();
  };

  const listeners = () => live.events.listenerCount(campaignId);

  /** graphql-sse's client, closed after the test. */
  const sseClient = (singleConnection: boolean, key = acme.key): SseClient => {
    const client = createSseClient({
      url: stream,
      singleConnection,
      retryAttempts: 0,
      headers: { authorization: `Bearer ${key}` },
    });
    open.push(() => client.dispose());
    return client;
  };

  const viaSse = (client: SseClient, query = SUBSCRIPTION) => {
    const results = queue<Json>();
    const dispose = client.subscribe<Json>(
      { query, variables: { id: campaign } },
      { next: (r) => results.push(r), error: (e) => results.end(e), complete: () => results.end() },
    );
    open.push(dispose);
    return { ...results, dispose };
  };

  const viaApollo = (key = acme.key) => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }),
      cache: new InMemoryCache(),
    });
    const results = queue<Json>();
    const subscription = client
      .subscribe({ query: apolloGql(SUBSCRIPTION), variables: { id: campaign } })
      .subscribe({ next: (r) => results.push(r), error: (e) => results.end(e), complete: () => results.end() });
    const dispose = () => {
      subscription.unsubscribe();
      client.stop();
    };
    open.push(dispose);
    return { ...results, dispose };
  };

  /** Yoga's own SSE at /graphql. */
  const viaYogaSse = async (key = acme.key) => {
    const controller = new AbortController();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign } }),
      signal: controller.signal,
    });
    // A refusal keeps its status (429 for TOO_MANY_SUBSCRIPTIONS) and comes as an event.
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = sse<Json>(res);
    const dispose = async () => {
      controller.abort();
      await events.cancel();
    };
    open.push(dispose);
    return { ...events, dispose };
  };

  /** Gives a reservation back: its event stream opened and closed at once. */
  const release = async (token: string, key = acme.key) => {
    const res = await fetch(stream, {
      headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
    });
    expect(res.status).toBe(200);
    await res.body?.cancel();
  };

  /** Waits until the organization of `key` may reserve a stream again (and gives that one back). */
  const reservable = async (key = acme.key) => {
    for (let i = 0; i < 100; i++) {
      const res = await fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${key}` } });
      if (res.status === 201) return release(await res.text(), key);
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no reservation came free');
  };

  /** Writes, then expects the update within a second of the write's answer. */
  const expectUpdate = async (next: (ms: number) => Promise<Json>) => {
    const wrote = await write();
    const result = await next(5_000);
    const arrived = Date.now();
    expect(result?.data?.campaignMetricsUpdated?.campaign, JSON.stringify(result)).toEqual(
      expect.objectContaining({ id: campaign }),
    );
    expect(new Date(result.data.campaignMetricsUpdated.at).getTime()).not.toBeNaN();
    expect(arrived - wrote).toBeLessThan(1_000);
  };

  it('graphql-sse, single connection mode: an update within a second of the write; stopping it frees the slot', async () => {
    const client = sseClient(true);
    const updates = viaSse(client);
    expect(await until(() => listeners() === 1)).toBe(true);
    await expectUpdate((ms) => updates.next(ms));
    await expectUpdate((ms) => updates.next(ms));
    updates.dispose(); // DELETE ?operationId=
    expect(await until(() => listeners() === 0)).toBe(true);
  });

  it('graphql-sse, distinct connections mode: an update within a second of the write; closing frees the slot', async () => {
    const updates = viaSse(sseClient(false));
    expect(await until(() => listeners() === 1)).toBe(true);
    await expectUpdate((ms) => updates.next(ms));
    updates.dispose();
    expect(await until(() => listeners() === 0)).toBe(true);
  });

  it("Apollo Client's HttpLink (multipart subscriptions): an update within a second of the write", async () => {
    const updates = viaApollo();
    expect(await until(() => listeners() === 1)).toBe(true);
    await expectUpdate((ms) => updates.next(ms));
    await expectUpdate((ms) => updates.next(ms));
    updates.dispose();
    expect(await until(() => listeners() === 0)).toBe(true);
  });

  it("speaks Apollo's multipart protocol on the wire: JSON parts, a heartbeat first, the payload wrapped", async () => {
    const controller = new AbortController();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: APOLLO_ACCEPT, authorization: `Bearer ${acme.key}` },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign } }),
      signal: controller.signal,
    });
    open.push(() => controller.abort());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('multipart/mixed;boundary="graphql";subscriptionSpec=1.0');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const body = parts(res);
    expect(await body.next()).toEqual({});
    await write();
    const update = await body.next();
    expect(Object.keys(update)).toEqual(['payload']);
    expect(update.payload.data.campaignMetricsUpdated.campaign.id).toBe(campaign);
    controller.abort();
    await body.cancel();
  });

  it('counts subscriptions per organization across every transport, and frees a slot when one closes', async () => {
    const yogaSse = await viaYogaSse(acme.readKey);
    const distinct = viaSse(sseClient(false));
    const apollo = viaApollo(acme.readKey);
    expect(await until(() => listeners() === MAX)).toBe(true);

    // The (MAX+1)th, whatever carries it, is refused with a code.
    const single = viaSse(sseClient(true));
    const refusal = await single.next();
    expect(refusal?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(refusal?.errors?.[0]?.extensions?.http).toBeUndefined(); // internals stay on the server
    expect(await single.next()).toBeNull();
    expect(single.state.ended).toBe(true);

    const overDistinct = viaSse(sseClient(false));
    expect((await overDistinct.next())?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');

    // Apollo Client hands the refusal (a JSON answer, not a stream) to the subscriber as an error result.
    const overApollo = viaApollo();
    expect((await overApollo.next())?.error?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');

    const overYoga = await viaYogaSse();
    expect((await overYoga.next())?.data?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(listeners()).toBe(MAX);

    // Another organization has its own slots.
    const theirs = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: APOLLO_ACCEPT, authorization: `Bearer ${globex.key}` },
      body: JSON.stringify({
        query: SUBSCRIPTION,
        variables: { id: gid('Campaign', h.fixture.campaignIds.globex![0]!) },
      }),
    });
    expect(theirs.status).toBe(200);
    await theirs.body?.cancel();

    // Closing one (Apollo's unsubscribe aborts its request) frees its slot for any transport.
    apollo.dispose();
    expect(await until(() => listeners() === MAX - 1)).toBe(true);
    const again = viaSse(sseClient(true));
    expect(await until(() => listeners() === MAX)).toBe(true);
    await expectUpdate((ms) => again.next(ms));
    await expectUpdate((ms) => distinct.next(ms));
    await expectUpdate(async (ms) => (await yogaSse.next(ms))?.data);
  });

  it('answers 401 with a code on every method of the stream endpoint without a valid key', async () => {
    const put = await fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${acme.key}` } });
    expect(put.status).toBe(201);
    const token = await put.text();
    const requests: [string, RequestInit][] = [
      ['PUT', { method: 'PUT' }],
      ['GET', { method: 'GET', headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token } }],
      [
        'POST',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token },
          body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign }, extensions: { operationId: 'x' } }),
        },
      ],
      [
        'POST distinct',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign } }),
        },
      ],
      ['DELETE', { method: 'DELETE', headers: { 'x-graphql-event-stream-token': token } }],
    ];
    for (const [label, init] of requests) {
      for (const key of [null, 'cg_not_a_key']) {
        const headers = new Headers(init.headers);
        if (key) headers.set('authorization', `Bearer ${key}`);
        const res = await fetch(`${stream}${label === 'DELETE' ? '?operationId=x' : ''}`, { ...init, headers });
        expect(res.status, label).toBe(401);
        expect(res.headers.get('www-authenticate'), label).toMatch(/^Bearer realm="creatorgraph"/);
        expect((await res.json()).errors[0].extensions.code, label).toBe('UNAUTHENTICATED');
      }
    }
    expect(listeners()).toBe(0);
    // The reservation itself is still there for its organization.
    const del = await fetch(`${stream}?operationId=x`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${acme.key}`, 'x-graphql-event-stream-token': token },
    });
    expect(del.status).toBe(200);
    await release(token);
    await reservable();
  });

  it('caps reservations per organization, and keeps a token to the organization that reserved it', async () => {
    const reserve = (key: string) => fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${key}` } });
    const tokens: string[] = [];
    for (;;) {
      const res = await reserve(acme.key);
      if (res.status !== 201) {
        expect(res.status).toBe(429);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        const body = await res.json();
        expect(body.errors[0].extensions.code).toBe('TOO_MANY_STREAMS');
        expect(body.errors[0].message).toMatch(new RegExp(`${MAX} event streams`));
        break;
      }
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      tokens.push(await res.text());
      expect(tokens.length).toBeLessThanOrEqual(MAX);
    }
    expect(tokens).toHaveLength(MAX);
    expect(new Set(tokens).size).toBe(tokens.length);
    // A second key of the organization shares its cap; another organization has its own.
    expect((await reserve(acme.readKey)).status).toBe(429);
    const theirs = await reserve(globex.key);
    expect(theirs.status).toBe(201);
    const theirToken = await theirs.text();

    // Another organization's token is not found, on every method, exactly like an unknown one.
    for (const token of [theirToken, '00000000-0000-4000-8000-000000000000']) {
      const get = await fetch(stream, {
        headers: {
          authorization: `Bearer ${acme.key}`,
          accept: 'text/event-stream',
          'x-graphql-event-stream-token': token,
        },
      });
      expect(get.status).toBe(404);
      expect((await get.json()).errors[0].extensions.code).toBe('NOT_FOUND');
      const op = await fetch(stream, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${acme.key}`,
          'content-type': 'application/json',
          'x-graphql-event-stream-token': token,
        },
        body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign }, extensions: { operationId: '1' } }),
      });
      expect(op.status).toBe(404);
      const del = await fetch(`${stream}?operationId=1`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${acme.key}`, 'x-graphql-event-stream-token': token },
      });
      expect(del.status).toBe(404);
    }
    // A token of the caller's choosing is ignored: the server picks.
    const chosen = await fetch(stream, {
      method: 'PUT',
      headers: { authorization: `Bearer ${globex.key}`, 'x-graphql-event-stream-token': theirToken },
    });
    expect(chosen.status).toBe(201);
    const picked = await chosen.text();
    expect(picked).not.toBe(theirToken);

    // Closing a stream gives its place back.
    for (const token of tokens) await release(token);
    for (const token of [theirToken, picked]) await release(token, globex.key);
    await reservable();
    await reservable(globex.key);

    // Reservations at once cannot pass the cap together.
    const burst = await Promise.all(Array.from({ length: MAX + 2 }, () => reserve(globex.key)));
    const granted = burst.filter((r) => r.status === 201);
    // (The place `reservable` gave back may still be on its way back: one fewer then.)
    expect(granted.length).toBeLessThanOrEqual(MAX);
    expect(granted.length).toBeGreaterThanOrEqual(MAX - 1);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(MAX + 2 - granted.length);
    for (const res of granted) await release(await res.text(), globex.key);
    for (const res of burst) await res.body?.cancel().catch(() => {});
    await reservable(globex.key);
  });

  it('refuses malformed stream requests with coded errors', async () => {
    const headers = { authorization: `Bearer ${globex.key}` };
    const patch = await fetch(stream, { method: 'PATCH', headers });
    expect(patch.status).toBe(405);
    expect((await patch.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');

    const text = await fetch(stream, {
      method: 'POST',
      headers: { ...headers, accept: 'text/event-stream', 'content-type': 'text/plain' },
      body: 'subscription { x }',
    });
    expect(text.status).toBe(415);
    expect((await text.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const huge = await fetch(stream, {
      method: 'POST',
      headers: { ...headers, accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(2 * 1024 * 1024)}` }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

    const noStream = await fetch(stream, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(noStream.status).toBe(404);
    expect((await noStream.json()).errors[0].message).toMatch(/text\/event-stream/);

    const mutation = 'mutation($input: AddCampaignMemberInput!) { addCampaignMember(input: $input) { __typename } }';
    const overGet = await fetch(`${stream}?query=${encodeURIComponent(mutation)}`, {
      headers: { ...headers, accept: 'text/event-stream' },
    });
    expect(overGet.status).toBe(405);
    expect((await overGet.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');

    // Documents that do not parse or validate: one coded error event, as on /graphql.
    for (const [query, code] of [
      ['subscription {', 'GRAPHQL_PARSE_FAILED'],
      ['subscription { nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ]) {
      const res = await post({ query }, globex.key, 'text/event-stream', stream);
      expect(res.status).toBe(200);
      const events = sse<Json>(res);
      const first = await events.next();
      expect(first?.event).toBe('next');
      expect(first?.data.errors[0].extensions.code).toBe(code);
      expect((await events.next())?.event).toBe('complete');
    }
  });

  it('answers a subscription it cannot stream with a coded 406, and does not keep it open', async () => {
    const res = await post({ query: SUBSCRIPTION, variables: { id: campaign } }, acme.key, 'application/json');
    expect(res.status).toBe(406);
    expect((await res.json()).errors[0].extensions.code).toBe('NOT_ACCEPTABLE');
    expect(await until(() => listeners() === 0)).toBe(true);
  });

  it('keeps /graphql strict about request keys, with a coded 400', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', APOLLO_ACCEPT]) {
      const res = await post(
        { query: SUBSCRIPTION, variables: { id: campaign }, operationType: 'subscription' },
        acme.key,
        accept,
      );
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0].message).toMatch(/Unexpected parameter "operationType"/);
    }
  });

  it('keeps a trusted-documents-only key to trusted documents, which a POST may name by documentId', async () => {
    const em = h.db.em.fork();
    const organization = (await em.findOneOrFail(Organization, { id: acme.id })) as IOrganization;
    const { raw } = await createApiKey(em, organization, 'app', ['read'], { trustedDocumentsOnly: true });
    const [documentId] =
      [...loadTrustedDocuments()].find(([, text]) => /^\s*subscription\b[\s\S]*campaignMetricsUpdated/.test(text)) ??
      [];
    expect(documentId).toBeDefined();

    for (const body of [
      { query: SUBSCRIPTION, variables: { id: campaign } },
      { query: SUBSCRIPTION, variables: { id: campaign }, trusted: true },
    ]) {
      const own = await post(body, raw, 'text/event-stream', stream);
      expect(own.status).toBe(403);
      expect((await own.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    }
    const overGet = await fetch(`${stream}?query=${encodeURIComponent(SUBSCRIPTION)}`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${raw}` },
    });
    expect(overGet.status).toBe(403);
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` }, raw, 'text/event-stream', stream);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const controller = new AbortController();
    open.push(() => controller.abort());
    const trusted = await fetch(stream, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${raw}` },
      body: JSON.stringify({ documentId: `sha256:${documentId}`, variables: { campaignId: campaign } }),
      signal: controller.signal,
    });
    expect(trusted.status).toBe(200);
    const events = sse<Json>(trusted);
    expect(await until(() => listeners() === 1)).toBe(true);
    await write();
    const update = await events.next();
    expect(update?.event).toBe('next');
    expect(update?.data.data.campaignMetricsUpdated.campaign.id).toBe(campaign);
    await events.cancel();
  });

  it('charges a subscription once, the same on every transport, and refuses one the budget cannot pay', async () => {
    const limiter = createMemoryRateLimiter({ capacity: 1_000, restorePerSecond: 1, clock: () => NOW.getTime() });
    const yoga = createServer({ db: h.db, now: () => NOW, rateLimiter: limiter, campaignEvents: live.events });
    const { server, origin } = await listen(yoga);
    open.push(() => stop(server));
    const remaining = async () => (await limiter.peek(String(acme.id))).remaining;
    const body = JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${acme.key}` };
    const prices: number[] = [];
    for (const [target, accept] of [
      ['/graphql', 'text/event-stream'],
      ['/graphql', APOLLO_ACCEPT],
      ['/graphql/stream', 'text/event-stream'],
    ] as const) {
      const before = await remaining();
      const controller = new AbortController();
      const res = await fetch(`${origin}${target}`, {
        method: 'POST',
        headers: { ...headers, accept },
        body,
        signal: controller.signal,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-cost-requested')).toBe(String(before - (await remaining())));
      prices.push(before - (await remaining()));
      controller.abort();
      await res.body?.cancel().catch(() => {});
    }
    // Single connection mode: the reservation and the stream are free, the operation is charged.
    const before = await remaining();
    const put = await fetch(`${origin}/graphql/stream`, { method: 'PUT', headers });
    expect(await remaining()).toBe(before);
    const token = await put.text();
    const listening = await fetch(`${origin}/graphql/stream`, {
      headers: { ...headers, accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
    });
    const op = await fetch(`${origin}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, 'x-graphql-event-stream-token': token },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign }, extensions: { operationId: '1' } }),
    });
    expect(op.status).toBe(202);
    prices.push(before - (await remaining()));
    expect(prices[0]).toBeGreaterThan(0);
    expect(new Set(prices).size).toBe(1);

    // An empty bucket: the operation is refused with RATE_LIMITED on the stream.
    await limiter.charge(String(acme.id), await remaining());
    const refused = await fetch(`${origin}/graphql/stream`, {
      method: 'POST',
      headers: { ...headers, 'x-graphql-event-stream-token': token },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: campaign }, extensions: { operationId: '2' } }),
    });
    expect(refused.status).toBe(202);
    const events = sse<Json>(listening);
    const seen: Json[] = [];
    for (let event = await events.next(); event && seen.length < 2; event = await events.next()) {
      if (event.event === 'next' || event.event === 'complete') seen.push(event);
    }
    expect(seen[0]).toMatchObject({ event: 'next', data: { id: '2' } });
    expect(seen[0].data.payload.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(seen[1]).toEqual({ event: 'complete', data: { id: '2' } });
    await events.cancel();
  });

  it("ends a revoked key's subscriptions on every transport, and refuses the key on the stream endpoint", async () => {
    const em = h.db.em.fork();
    const organization = (await em.findOneOrFail(Organization, { id: acme.id })) as IOrganization;
    const { raw, key } = await createApiKey(em, organization, 'revoked soon', ['read']);
    const single = viaSse(sseClient(true, raw));
    const distinct = viaSse(sseClient(false, raw));
    const apollo = viaApollo(raw);
    expect(await until(() => listeners() === 3)).toBe(true);

    const revoked = await post({
      query: 'mutation($prefix: String!) { revokeApiKey(prefix: $prefix) { __typename } }',
      variables: { prefix: key.prefix },
    });
    expect((await revoked.json()).data.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    await write();
    for (const updates of [single, distinct]) {
      const last = await updates.next();
      expect(last?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await updates.next()).toBeNull();
      expect(updates.state.ended).toBe(true);
    }
    const last = await apollo.next();
    expect(last?.error?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await apollo.next()).toBeNull();
    expect(apollo.state.ended).toBe(true);
    expect(await until(() => listeners() === 0)).toBe(true);

    const put = await fetch(stream, { method: 'PUT', headers: { authorization: `Bearer ${raw}` } });
    expect(put.status).toBe(401);
    expect((await em.fork().findOneOrFail(ApiKey, { id: key.id })).revokedAt).not.toBeNull();
  });
});

describe.each(dialects)('stream reservations and drain on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 10 });
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  it('drops a reservation nobody connected to after its time, with the operations started on it', async () => {
    const events = new InProcessCampaignEvents();
    const [acme] = h.fixture.orgs;
    const campaignId = h.fixture.campaignIds.acme![0]!;
    // Createserver's reservation time is 10 s: a server of the same plugins with a short one.
    const yoga = createYoga({
      schema,
      graphiql: false,
      plugins: [
        authPlugin(h.db),
        costPlugin({ limiter: unlimited(), maxSubscriptionsPerOrganization: 5 }),
        ...subscriptionTransportPlugins({
          maxBodyBytes: 1024 * 1024,
          maxStreamsPerOrganization: 1,
          reservationTtlMs: 300,
        }),
      ],
      context: ({ request }) => buildContext(h.db, principalOf(request)!, NOW, undefined, events),
    });
    const { server, origin } = await listen(yoga);
    const stream = `${origin}/graphql/stream`;
    const auth = { authorization: `Bearer ${acme!.key}` };
    try {
      const reserve = () => fetch(stream, { method: 'PUT', headers: auth });
      const first = await reserve();
      expect(first.status).toBe(201);
      const token = await first.text();
      expect((await reserve()).status).toBe(429);
      // An operation started before the client listens runs (and holds its slot) until then.
      const op = await fetch(stream, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'x-graphql-event-stream-token': token },
        body: JSON.stringify({
          query: SUBSCRIPTION,
          variables: { id: gid('Campaign', campaignId) },
          extensions: { operationId: 'early' },
        }),
      });
      expect(op.status).toBe(202);
      expect(events.listenerCount(campaignId)).toBe(1);

      await new Promise((r) => setTimeout(r, 500));
      expect(await until(() => events.listenerCount(campaignId) === 0)).toBe(true);
      const late = await fetch(stream, {
        headers: { ...auth, accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
      });
      expect(late.status).toBe(404);
      const again = await reserve();
      expect(again.status).toBe(201);

      // A stream that connected in time is not dropped.
      const connected = await fetch(stream, {
        headers: { ...auth, accept: 'text/event-stream', 'x-graphql-event-stream-token': await again.text() },
      });
      expect(connected.status).toBe(200);
      expect(connected.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(connected.headers.get('x-accel-buffering')).toBe('no');
      await new Promise((r) => setTimeout(r, 500));
      expect((await reserve()).status).toBe(429);
      await connected.body?.cancel();
      let status = 0;
      for (let i = 0; i < 50 && status !== 201; i++) {
        const res = await reserve();
        status = res.status;
        await res.body?.cancel();
        if (status !== 201) await new Promise((r) => setTimeout(r, 20));
      }
      expect(status).toBe(201); // closing the stream gave its place back
    } finally {
      await stop(server);
    }
  });

  it('ends every kind of stream on drain (each operation completes), without holding the drain, and releases backpressure slots', async () => {
    const lifecycle = createLifecycle();
    const events = new InProcessCampaignEvents();
    const [acme] = h.fixture.orgs;
    const campaignId = h.fixture.campaignIds.acme![0]!;
    const id = gid('Campaign', campaignId);
    const yoga = createServer({
      db: h.db,
      now: () => NOW,
      rateLimiter: unlimited(),
      campaignEvents: endingOnShutdown(events, lifecycle.signal),
      // One request at a time: streams must not keep their slot.
      backpressure: { maxInFlight: 1, maxQueue: 0 },
    });
    const { server, origin } = await listen(lifecycle.listener(yoga));
    const auth = { authorization: `Bearer ${acme!.key}` };
    const body = JSON.stringify({ query: SUBSCRIPTION, variables: { id } });
    try {
      const yogaSse = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', accept: 'text/event-stream' },
        body,
      });
      const multipart = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', accept: APOLLO_ACCEPT },
        body,
      });
      const distinct = await fetch(`${origin}/graphql/stream`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', accept: 'text/event-stream' },
        body,
      });
      const reserved = await fetch(`${origin}/graphql/stream`, { method: 'PUT', headers: auth });
      const token = await reserved.text();
      const single = await fetch(`${origin}/graphql/stream`, {
        headers: { ...auth, accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
      });
      for (const res of [yogaSse, multipart, distinct, reserved, single]) expect(res.status).toBeLessThan(300);
      for (const operationId of ['a', 'b']) {
        const op = await fetch(`${origin}/graphql/stream`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json', 'x-graphql-event-stream-token': token },
          body: JSON.stringify({ query: SUBSCRIPTION, variables: { id }, extensions: { operationId } }),
        });
        expect(op.status).toBe(202);
      }
      expect(events.listenerCount(campaignId)).toBe(5);
      // Five open streams and the in-flight limit of one: a query still gets through.
      const query = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(query.status).toBe(200);
      expect(lifecycle.inFlight).toBe(0);
      expect(lifecycle.openStreams).toBe(4);

      const texts = [yogaSse, distinct, single].map((r) => r.text());
      const parted = parts(multipart);
      expect(await parted.next()).toEqual({});
      lifecycle.beginDrain();
      expect(await lifecycle.whenIdle(1_000)).toBe(true);
      const closed = await lifecycle.whenStreamsClosed(5_000);
      expect(closed, JSON.stringify(lifecycle.describeInFlight())).toBe(true);
      const [yogaText, distinctText, singleText] = await Promise.all(texts);
      expect(yogaText).toMatch(/event: complete/);
      expect(distinctText).toMatch(/event: complete\ndata:\s*\n/);
      expect(singleText).toMatch(/event: complete\ndata: \{"id":"a"\}/);
      expect(singleText).toMatch(/event: complete\ndata: \{"id":"b"\}/);
      expect(await parted.next()).toBe('end');
      expect(events.listenerCount(campaignId)).toBe(0);
    } finally {
      await stop(server);
    }
  });
});
