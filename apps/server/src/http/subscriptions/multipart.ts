import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { errorResponse } from '../auth.js';
import { type MediaRange, parseAccept } from '../negotiation.js';
import { MULTIPART_HEARTBEAT_MS, type SubscriptionTransportOptions } from './options.js';
import { isAsyncIterable, wireResult } from './wire.js';

// Multipart HTTP subscriptions at /graphql (Apollo Client's protocol, and plain multipart/mixed).

/** The best range among `types` that the client accepts (highest q, then first listed). */
function best(ranges: MediaRange[], types: string[]): MediaRange | undefined {
  return ranges.filter((r) => r.q > 0 && types.includes(r.range)).sort((a, b) => b.q - a.q || a.index - b.index)[0];
}

/**
 * How a subscription's stream is sent: multipart when the caller asks for `multipart/mixed` over
 * `text/event-stream` (Apollo's protocol with `subscriptionSpec`), SSE when it accepts that (Yoga's own),
 * else nothing.
 */
export function streamMediaType(accept: string | null): 'apollo' | 'multipart' | 'sse' | null {
  const ranges = parseAccept(accept ?? '*/*');
  const multipart = best(ranges, ['multipart/mixed', 'multipart/*']);
  const sse = best(ranges, ['text/event-stream', 'text/*', '*/*']);
  if (multipart && (!sse || multipart.q > sse.q || (multipart.q === sse.q && multipart.index < sse.index))) {
    return /;\s*subscriptionspec\s*=/i.test(multipart.text) ? 'apollo' : 'multipart';
  }
  return sse ? 'sse' : null;
}

/**
 * A subscription as a multipart/mixed stream. Apollo's protocol (`apollo`): boundary `graphql`, each event
 * `{"payload":<result>}`, a `{}` heartbeat part at the start and every `heartbeatMs`, a failure as
 * `{"payload":null,"errors":[…]}`. Otherwise one part per result under boundary `-`. The stream ends with
 * the closing boundary when the subscription ends, and the subscription ends when the caller leaves.
 */
export function multipartSubscriptionResponse(
  result: AsyncIterable<ExecutionResult>,
  request: Request,
  api: typeof globalThis,
  options: { apollo: boolean; heartbeatMs?: number; suggestions?: boolean; logger?: Logger },
): Response {
  const { apollo, heartbeatMs = MULTIPART_HEARTBEAT_MS, suggestions = true, logger } = options;
  const boundary = apollo ? 'graphql' : '-';
  const encoder = new TextEncoder();
  const part = (json: string) =>
    encoder.encode(`\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--${boundary}`);
  const iterator = result[Symbol.asyncIterator]();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const stop = () => {
    if (closed) return false;
    closed = true;
    clearInterval(heartbeat);
    request.signal.removeEventListener('abort', onGone);
    return true;
  };
  const onGone = () => {
    if (!stop()) return;
    void Promise.resolve(iterator.return?.()).catch(() => {});
    try {
      controller?.close();
    } catch {}
  };
  const body = new api.ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(encoder.encode(`\r\n--${boundary}`));
      if (apollo) {
        // At once: the client sees the stream open before the first event.
        c.enqueue(part('{}'));
        heartbeat = setInterval(() => {
          if (!closed && (c.desiredSize ?? 1) > 0) c.enqueue(part('{}'));
        }, heartbeatMs);
        heartbeat.unref?.();
      }
      if (request.signal.aborted) onGone();
      else request.signal.addEventListener('abort', onGone, { once: true });
    },
    async pull(c) {
      let next: IteratorResult<ExecutionResult>;
      try {
        next = await iterator.next();
      } catch (error) {
        if (!stop()) return;
        logger?.error({ err: error }, 'subscription failed while streaming');
        const errors = [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
        c.enqueue(part(JSON.stringify(apollo ? { payload: null, errors } : { errors })));
        c.enqueue(encoder.encode('--\r\n'));
        c.close();
        return;
      }
      if (closed) return;
      if (next.done) {
        stop();
        c.enqueue(encoder.encode('--\r\n'));
        c.close();
        return;
      }
      const json = JSON.stringify(wireResult(next.value, suggestions));
      c.enqueue(part(apollo ? `{"payload":${json}}` : json));
    },
    async cancel() {
      if (stop()) await iterator.return?.();
    },
  });
  return new api.Response(body, {
    status: 200,
    headers: {
      'content-type': apollo
        ? 'multipart/mixed;boundary="graphql";subscriptionSpec=1.0'
        : 'multipart/mixed;boundary="-"',
      // Every part as it comes: no proxy buffering or transformation (compression included).
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}

/** A stream the caller cannot accept: a coded 406, and the subscription that was started ends at once. */
function notAcceptable(result: AsyncIterable<ExecutionResult>, request: Request, api: typeof globalThis): Response {
  void Promise.resolve(result[Symbol.asyncIterator]().return?.()).catch(() => {});
  return errorResponse(
    api,
    request,
    406,
    'A subscription is a stream: accept `text/event-stream` (Server-Sent Events) or `multipart/mixed` (multipart HTTP, `subscriptionSpec=1.0` for Apollo Client), or use /graphql/stream (graphql-sse).',
    'NOT_ACCEPTABLE',
    { accept: 'text/event-stream, multipart/mixed' },
  );
}

/**
 * Yoga serves subscriptions as SSE only: a request that accepts only multipart/mixed (Apollo Client's
 * HttpLink) got 406, after the subscription had started. This serves those as multipart, and ends a
 * subscription nobody can receive.
 */
export function multipartSubscriptionsPlugin(options: SubscriptionTransportOptions): Plugin {
  const { heartbeatMs, suggestions, logger } = options;
  return {
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      if (!isAsyncIterable(result)) return;
      const kind = streamMediaType(request.headers.get('accept'));
      if (kind === 'apollo' || kind === 'multipart') {
        setResultProcessor(
          (r, api) =>
            multipartSubscriptionResponse(r as AsyncIterable<ExecutionResult>, request, api as typeof globalThis, {
              apollo: kind === 'apollo',
              heartbeatMs,
              suggestions,
              logger,
            }),
          'multipart/mixed',
        );
        return;
      }
      if (!resultProcessor) {
        setResultProcessor(
          (r, api) => notAcceptable(r as AsyncIterable<ExecutionResult>, request, api as typeof globalThis),
          'application/json',
        );
      }
    },
  };
}
