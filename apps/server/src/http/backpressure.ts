import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { errorResponse } from './auth.js';

/**
 * Backpressure: an instance works on at most `maxInFlight` requests at once. Further requests wait in a
 * short queue (`maxQueue`, at most `queueTimeoutMs`) for a slot, and beyond that are answered at once
 * with 503, `Retry-After` and code OVERLOADED, before their key is looked up or their body read. A
 * busy instance thus answers quickly instead of piling up work it cannot finish, and a load balancer or
 * client can go elsewhere or come back.
 *
 * - Exempt: the probes (/health, /ready), so that an instance under load is not taken for a dead one,
 *   and CORS preflights, which do no work.
 * - A slot is held until the response has been sent: on Node until the response closes (after its body
 *   has streamed, after an error the adapter answered, or when the client went away); elsewhere (Yoga's
 *   `fetch`) when the response is ready, or for an export when its body has been read or cancelled.
 * - A subscription (an event stream: SSE at /graphql or /graphql/stream, multipart/mixed) gives its slot
 *   back as soon as it has started: it may stay open for hours, and holding a slot that long would let a
 *   few listeners block the instance. Open streams are bounded by MAX_SUBSCRIPTIONS_PER_ORGANIZATION instead.
 */

export interface BackpressureOptions {
  /** Requests worked on at once (MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Requests that may wait for a slot (MAX_QUEUE); 0: none wait. */
  maxQueue: number;
  /** How long one waits before it is refused (QUEUE_TIMEOUT_MS). */
  queueTimeoutMs: number;
}

export const DEFAULT_BACKPRESSURE: BackpressureOptions = { maxInFlight: 8, maxQueue: 64, queueTimeoutMs: 1_000 };

/** Seconds a refused client is asked to wait: a busy instance usually frees slots within one. */
export const OVERLOADED_RETRY_AFTER = 1;

/** Paths that never wait or get a 503: the probes. */
const EXEMPT = new Set(['/health', '/ready']);

/** Releases a slot; calling it again does nothing. */
type Release = () => void;

export interface InFlightGate {
  /** Requests holding a slot now. */
  readonly inFlight: number;
  /** Requests waiting for one. */
  readonly queued: number;
  /** A slot at once, a promise of one (queued; null on timeout or abort), or null when the queue is full. */
  acquire(signal?: AbortSignal): Release | Promise<Release | null> | null;
}

export function inFlightGate(options: BackpressureOptions): InFlightGate {
  const { maxInFlight, maxQueue, queueTimeoutMs } = options;
  if (!(maxInFlight >= 1) || !(maxQueue >= 0) || !(queueTimeoutMs >= 0)) {
    throw new Error('Backpressure needs maxInFlight ≥ 1, maxQueue ≥ 0 and queueTimeoutMs ≥ 0.');
  }
  let active = 0;
  // A Set keeps insertion order (FIFO) and deletes a waiter that gave up in O(1).
  const waiting = new Set<(release: Release) => void>();
  const slot = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.values().next();
      if (next.done) {
        active--;
        return;
      }
      // The slot passes to the longest waiter: the count stays the same.
      waiting.delete(next.value);
      next.value(slot());
    };
  };
  return {
    get inFlight() {
      return active;
    },
    get queued() {
      return waiting.size;
    },
    acquire(signal) {
      if (active < maxInFlight) {
        active++;
        return slot();
      }
      if (waiting.size >= maxQueue || signal?.aborted) return null;
      return new Promise<Release | null>((resolve) => {
        const give = (release: Release) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', giveUp);
          resolve(release);
        };
        const giveUp = () => {
          waiting.delete(give);
          clearTimeout(timer);
          signal?.removeEventListener('abort', giveUp);
          resolve(null);
        };
        const timer = setTimeout(giveUp, queueTimeoutMs);
        signal?.addEventListener('abort', giveUp, { once: true });
        waiting.add(give);
      });
    },
  };
}

const gates = new WeakMap<object, InFlightGate>();

/** The in-flight gate of a server (for tests and monitoring). */
export function gateOf(yoga: object): InFlightGate | undefined {
  return gates.get(yoga);
}

/** Makes `gate` what `gateOf(yoga)` answers (Yoga's plugins see its inner server, not the object callers hold). */
export function registerGate(yoga: object, gate: InFlightGate): void {
  gates.set(yoga, gate);
}

/** The Node response behind a request, when the server runs on node:http. */
function nodeResponse(serverContext: unknown): ServerResponse | undefined {
  const res = (serverContext as { res?: ServerResponse } | undefined)?.res;
  return res && typeof res.once === 'function' && 'writableEnded' in res ? res : undefined;
}

/** A body that calls `done` once it has been read to its end, failed or been cancelled. */
function tracked(body: ReadableStream<Uint8Array>, done: Release, api: typeof globalThis): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new api.ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: end, value } = await reader.read();
        if (end) {
          done();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}

/** Subscription streams: Server-Sent Events (Yoga's and graphql-sse's) and multipart HTTP (Apollo's). */
const isEventStream = (contentType: string | null) =>
  /^\s*(text\/event-stream|multipart\/mixed)\b/i.test(contentType ?? '');

/** Told how long each gated request waited for a slot (0 when one was free) and whether it got one (metrics). */
export type QueueObserver = (outcome: 'admitted' | 'refused', seconds: number) => void;

export function backpressurePlugin(
  gate: InFlightGate = inFlightGate(DEFAULT_BACKPRESSURE),
  observe?: QueueObserver,
): Plugin {
  const slots = new WeakMap<Request, Release>();
  return {
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (request.method === 'OPTIONS' || EXEMPT.has(url.pathname)) return;
      const arrived = performance.now();
      const admit = (release: Release | null) => {
        observe?.(release ? 'admitted' : 'refused', (performance.now() - arrived) / 1000);
        if (!release) {
          endResponse(
            errorResponse(
              fetchAPI,
              request,
              503,
              `The server is busy: retry in ${OVERLOADED_RETRY_AFTER} s.`,
              'OVERLOADED',
              { 'retry-after': String(OVERLOADED_RETRY_AFTER) },
              { retryAfter: OVERLOADED_RETRY_AFTER },
            ),
          );
          return;
        }
        slots.set(request, release);
        // On Node the response's close is the one event that always comes, whatever happened before it.
        nodeResponse(serverContext)?.once('close', release);
      };
      const acquired = gate.acquire(request.signal);
      if (acquired instanceof Promise) return acquired.then(admit);
      admit(acquired);
    },
    onResponse({ request, response, serverContext, setResponse, fetchAPI }) {
      const release = slots.get(request);
      if (!release) return;
      if (isEventStream(response.headers.get('content-type'))) {
        release();
        return;
      }
      if (nodeResponse(serverContext)) return;
      // Elsewhere only an export streams its body after this point; everything else is complete.
      if (response.body && new URL(request.url).pathname.startsWith('/export/')) {
        const api = fetchAPI as unknown as typeof globalThis;
        setResponse(
          new fetchAPI.Response(tracked(response.body, release, api), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          }),
        );
        return;
      }
      release();
    },
  };
}
