import { describe, expect, expectTypeOf, it } from 'vitest';
import { type CampaignMetricsUpdateEvent, CreatorgraphError, creatorgraph, SseParser } from '../src/index.js';
import { fakeFetch, json, streamed } from './fake-fetch.js';

const update = (reason: string) => ({
  data: {
    campaignMetricsUpdated: {
      __typename: 'CampaignMetricsUpdate',
      reason,
      at: '2026-06-01T00:00:00.000Z',
      campaign: { __typename: 'Campaign', id: 'Q2FtcGFpZ246MQ==', name: 'Launch' },
    },
  },
});
const next = (payload: unknown) => `event: next\ndata: ${JSON.stringify(payload)}\n\n`;
const complete = 'event: complete\ndata:\n\n';

const sdk = (fn: typeof fetch) => creatorgraph({ url: 'http://x/graphql', apiKey: 'k', fetch: fn });

async function drain<T>(iterator: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterator) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: null };
}

describe('SseParser', () => {
  it('joins data lines, names events, skips comments and handles CRLF split across chunks', () => {
    const parser = new SseParser();
    expect(parser.push(':\n\nevent: next\r')).toEqual([]);
    expect(parser.push('\ndata: {"a":\r\ndata: 1}\r\n')).toEqual([]);
    expect(parser.push('\r\ndata: plain\n\nevent: complete\ndata:\n\n')).toEqual([
      { event: 'next', data: '{"a":\n1}' },
      { event: 'message', data: 'plain' },
      { event: 'complete', data: '' },
    ]);
  });
});

describe('subscribe.campaignMetricsUpdated', () => {
  it('posts the subscription for an event stream and yields typed updates until complete', async () => {
    const { fn, calls } = fakeFetch([
      streamed([
        ':\n\n',
        next(update('MEMBER_ADDED')).slice(0, 30),
        next(update('MEMBER_ADDED')).slice(30),
        next(update('POSTS_LINKED')),
        complete,
      ]),
    ]);
    const stream = sdk(fn).subscribe.campaignMetricsUpdated({ campaignId: 'Q2FtcGFpZ246MQ==' });
    expectTypeOf(stream).toEqualTypeOf<AsyncGenerator<CampaignMetricsUpdateEvent, void, undefined>>();
    const { items, error } = await drain(stream);
    expect(error).toBeNull();
    expect(items.map((u) => u.reason)).toEqual(['MEMBER_ADDED', 'POSTS_LINKED']);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.accept).toBe('text/event-stream');
    expect(headers.authorization).toBe('Bearer k');
    const body = JSON.parse(calls[0]!.init.body as string);
    expect(body.query).toMatch(/^subscription CampaignMetricsUpdated/);
    expect(body.variables).toEqual({ campaignId: 'Q2FtcGFpZ246MQ==' });
  });

  it('reconnects with back-off after a network error and a dropped stream, then goes on', async () => {
    const { fn, calls } = fakeFetch([
      new TypeError('fetch failed'),
      streamed([next(update('MEMBER_ADDED'))]),
      streamed([next(update('RESULTS_RECORDED')), complete]),
    ]);
    const reconnects: { attempt: number; code: string }[] = [];
    const { items, error } = await drain(
      sdk(fn).subscribe.campaignMetricsUpdated(
        { campaignId: 'c' },
        { retryDelayMs: 1, onReconnect: ({ attempt, error }) => reconnects.push({ attempt, code: error.code }) },
      ),
    );
    expect(error).toBeNull();
    expect(items.map((u) => u.reason)).toEqual(['MEMBER_ADDED', 'RESULTS_RECORDED']);
    expect(calls).toHaveLength(3);
    // The event between the drops reset the count: each reconnection is a first attempt again.
    expect(reconnects).toEqual([
      { attempt: 1, code: 'NETWORK_ERROR' },
      { attempt: 1, code: 'NETWORK_ERROR' },
    ]);
  });

  it('gives up after maxReconnects with the last error', async () => {
    const { fn, calls } = fakeFetch([new TypeError('down'), new TypeError('down'), new TypeError('still down')]);
    const { error } = await drain(
      sdk(fn).subscribe.campaignMetricsUpdated({ campaignId: 'c' }, { retryDelayMs: 1, maxReconnects: 2 }),
    );
    expect(error).toBeInstanceOf(CreatorgraphError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', message: 'still down' });
    expect(calls).toHaveLength(3);
  });

  it('ends on a GraphQL error event without reconnecting', async () => {
    const notFound = {
      errors: [
        { message: 'Campaign c was not found', path: ['campaignMetricsUpdated'], extensions: { code: 'NOT_FOUND' } },
      ],
    };
    const { fn, calls } = fakeFetch([streamed([next(notFound), complete])]);
    const { items, error } = await drain(
      sdk(fn).subscribe.campaignMetricsUpdated({ campaignId: 'c' }, { retryDelayMs: 1 }),
    );
    expect(items).toEqual([]);
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: ['campaignMetricsUpdated'], error: { kind: 'graphql' } });
    expect(calls).toHaveLength(1);
  });

  it('ends on a 401 without reconnecting, and retries a 503 honouring Retry-After', async () => {
    const unauthenticated = fakeFetch([
      json({ errors: [{ message: 'The API key is unknown', extensions: { code: 'UNAUTHENTICATED' } }] }, 401),
    ]);
    const refused = await drain(sdk(unauthenticated.fn).subscribe.campaignMetricsUpdated({ campaignId: 'c' }));
    expect(refused.error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(unauthenticated.calls).toHaveLength(1);

    const busy = fakeFetch([
      json({ errors: [{ message: 'busy', extensions: { code: 'OVERLOADED' } }] }, 503, { 'retry-after': '0' }),
      streamed([next(update('MEMBER_REMOVED')), complete]),
    ]);
    const delays: number[] = [];
    const ok = await drain(
      sdk(busy.fn).subscribe.campaignMetricsUpdated(
        { campaignId: 'c' },
        { onReconnect: ({ delayMs }) => delays.push(delayMs) },
      ),
    );
    expect(ok.items.map((u) => u.reason)).toEqual(['MEMBER_REMOVED']);
    expect(delays).toEqual([0]);
  });

  it('cancels the response body when the loop breaks', async () => {
    let cancelled = false;
    const { fn } = fakeFetch([
      streamed([next(update('MEMBER_ADDED'))], { endOpen: true, onCancel: () => (cancelled = true) }),
    ]);
    for await (const u of sdk(fn).subscribe.campaignMetricsUpdated({ campaignId: 'c' })) {
      expect(u.reason).toBe('MEMBER_ADDED');
      break;
    }
    expect(cancelled).toBe(true);
  });

  it('stops with ABORTED when the signal aborts while waiting for an event', async () => {
    let cancelled = false;
    const { fn } = fakeFetch([streamed([':\n\n'], { endOpen: true, onCancel: () => (cancelled = true) })]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const { error } = await drain(
      sdk(fn).subscribe.campaignMetricsUpdated({ campaignId: 'c' }, { signal: controller.signal, retryDelayMs: 1 }),
    );
    expect(error).toMatchObject({ code: 'ABORTED', error: { kind: 'aborted' } });
    expect(cancelled).toBe(true);
  });
});
