import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { CampaignEvents } from '@creatorgraph/core';
import type { Logger } from 'pino';

/**
 * Graceful shutdown. On SIGTERM or SIGINT:
 * 1. `/ready` answers 503 at once (the load balancer stops sending) while the listener stays open, so
 *    probes and stray requests still get an answer: every request but the probes gets 503 with
 *    `Retry-After` and `Connection: close` (code SHUTTING_DOWN), which clients retry elsewhere.
 * 2. Open subscriptions end, whatever carries them (SSE at /graphql, graphql-sse at /graphql/stream in
 *    either mode, multipart HTTP): each operation receives `complete` and its stream closes; a graphql-sse
 *    single-connection stream closes once its last operation has completed.
 * 3. Requests in flight, imports included, run to their end, for at most DRAIN_TIMEOUT_MS. Event streams
 *    are not requests in flight: they were ended in step 2, and get at most STREAM_GRACE_MS more, after the
 *    requests, to close (a stream cut then is logged but does not fail the drain).
 * 4. The listener and every connection close, then the database and Redis; the process exits 0, or 1
 *    when the drain timed out (what was cut is logged).
 * A second signal during the drain is logged and otherwise ignored: the drain timeout bounds the wait.
 */

/** Seconds a refused client is asked to wait (another instance, or this one's replacement, answers). */
export const SHUTTING_DOWN_RETRY_AFTER = 1;

/** Paths that keep being answered while draining. */
const PROBES = new Set(['/health', '/ready']);

interface Tracked {
  method: string;
  path: string;
  startedAt: number;
  /** A multipart upload: an import. */
  upload: boolean;
  /** An event stream (a subscription): known once its head is written. */
  stream: boolean;
}

/** How long event streams, ended by the drain, get to close after the requests in flight are done. */
export const STREAM_GRACE_MS = 2_000;

/** A response that is a subscription's stream: Server-Sent Events or multipart HTTP. */
const STREAM_TYPE = /^\s*(text\/event-stream|multipart\/mixed)\b/i;

/** The content type a `writeHead` call sends (set before it, or passed to it as an object or a raw list). */
function contentTypeOf(res: ServerResponse, args: unknown[]): string {
  const set = res.getHeader('content-type');
  if (set !== undefined) return String(set);
  for (const arg of args) {
    if (Array.isArray(arg)) {
      // Raw headers: [name, value, name, value, …] or [[name, value], …].
      const pairs = Array.isArray(arg[0])
        ? (arg as unknown[][])
        : arg.flatMap((v, i) => (i % 2 ? [] : [[v, arg[i + 1]]]));
      const found = pairs.find(([name]) => String(name).toLowerCase() === 'content-type');
      if (found) return String(found[1]);
    } else if (arg && typeof arg === 'object') {
      const found = Object.entries(arg).find(([name]) => name.toLowerCase() === 'content-type');
      if (found) return String(found[1]);
    }
  }
  return '';
}

const drainSignals = new WeakMap<object, AbortSignal>();

/**
 * The drain signal of a request served through `Lifecycle.listener` (undefined elsewhere): from Yoga's
 * server context on Node (`{ req, res }`). Streams that would stay open after their subscriptions ended
 * (graphql-sse's single connection) close with it.
 */
export function drainSignalOf(serverContext: unknown): AbortSignal | undefined {
  const req = (serverContext as { req?: unknown } | undefined)?.req;
  return req && typeof req === 'object' ? drainSignals.get(req) : undefined;
}

export interface Lifecycle {
  /** True once shutdown has begun. */
  readonly draining: boolean;
  /** Aborted when the drain begins: open subscriptions end with it. */
  readonly signal: AbortSignal;
  /** Requests being worked on (probes and event streams excepted). */
  readonly inFlight: number;
  /** Event streams open. */
  readonly openStreams: number;
  /** The HTTP listener: tracks requests and refuses new ones while draining. */
  listener(inner: RequestListener): RequestListener;
  /** Starts the drain (idempotent). */
  beginDrain(): void;
  /** Resolves true once no request is in flight (event streams excepted), or false after `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<boolean>;
  /** Resolves true once no event stream is open, or false after `timeoutMs`. */
  whenStreamsClosed(timeoutMs: number): Promise<boolean>;
  /** The requests (and streams) still open, for the log. */
  describeInFlight(): { method: string; path: string; ms: number; kind: string }[];
}

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  const active = new Map<ServerResponse, Tracked>();
  const count = (stream: boolean) => {
    let n = 0;
    for (const t of active.values()) if (t.stream === stream) n++;
    return n;
  };
  const idleWaiters = new Set<() => void>();
  const streamWaiters = new Set<() => void>();
  const wake = (waiters: Set<() => void>) => {
    for (const done of waiters) done();
    waiters.clear();
  };
  const settle = () => {
    if (count(false) === 0) wake(idleWaiters);
    if (count(true) === 0) wake(streamWaiters);
  };
  /** Resolves true once `ready()` holds (checked whenever a request or stream ends), or false after `timeoutMs`. */
  const waitFor = (ready: () => boolean, waiters: Set<() => void>) => (timeoutMs: number) => {
    if (ready()) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiters.delete(done);
        resolve(false);
      }, timeoutMs);
      waiters.add(done);
    });
  };
  const refuse = (res: ServerResponse) => {
    const body = JSON.stringify({
      errors: [
        {
          message: `The server is shutting down: retry in ${SHUTTING_DOWN_RETRY_AFTER} s (another instance will answer).`,
          extensions: { code: 'SHUTTING_DOWN', retryAfter: SHUTTING_DOWN_RETRY_AFTER },
        },
      ],
    });
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'retry-after': String(SHUTTING_DOWN_RETRY_AFTER),
      connection: 'close',
    });
    res.end(body);
  };
  return {
    get draining() {
      return controller.signal.aborted;
    },
    signal: controller.signal,
    get inFlight() {
      return count(false);
    },
    get openStreams() {
      return count(true);
    },
    listener(inner) {
      return (req: IncomingMessage, res: ServerResponse) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (PROBES.has(path)) return inner(req, res);
        if (controller.signal.aborted) {
          // The body is not read: drop the connection once answered rather than read what is left.
          req.resume();
          refuse(res);
          return;
        }
        const type = String(req.headers['content-type'] ?? '');
        const tracked: Tracked = {
          method: req.method ?? '?',
          path,
          startedAt: Date.now(),
          upload: type.startsWith('multipart/'),
          stream: false,
        };
        active.set(res, tracked);
        drainSignals.set(req, controller.signal);
        res.once('close', () => {
          active.delete(res);
          settle();
        });
        const writeHead = res.writeHead;
        res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
          // Answers finished while draining close their connection: the client's next request goes elsewhere.
          if (controller.signal.aborted && !this.headersSent) this.setHeader('connection', 'close');
          // A stream's head is written once its operation has started (a mutation's result is complete by
          // then): from here it is a stream, which the drain ends rather than waits for.
          if (!this.headersSent && STREAM_TYPE.test(contentTypeOf(this, args))) {
            tracked.stream = true;
            settle();
          }
          return writeHead.apply(this, args);
        } as typeof writeHead;
        return inner(req, res);
      };
    },
    beginDrain() {
      if (!controller.signal.aborted) controller.abort();
    },
    whenIdle: waitFor(() => count(false) === 0, idleWaiters),
    whenStreamsClosed: waitFor(() => count(true) === 0, streamWaiters),
    describeInFlight() {
      const now = Date.now();
      return [...active.values()].map((t) => ({
        method: t.method,
        path: t.path,
        ms: now - t.startedAt,
        kind: t.upload ? 'import (upload)' : t.stream ? 'event stream' : 'request',
      }));
    },
  };
}

/**
 * Campaign events whose subscriptions end when `signal` aborts (the drain): the subscription's iterator
 * finishes, so GraphQL ends the stream with `complete`. Publishing is unchanged.
 */
export function endingOnShutdown(events: CampaignEvents, signal: AbortSignal): CampaignEvents {
  return {
    publish: (event) => events.publish(event),
    subscribe(campaignId, options) {
      const ended = options?.signal ? AbortSignal.any([options.signal, signal]) : signal;
      return events.subscribe(campaignId, { ...options, signal: ended });
    },
  };
}

export interface ShutdownOptions {
  server: Server;
  lifecycle: Lifecycle;
  drainTimeoutMs: number;
  logger: Logger;
  /** What to close once the requests are done (database, Redis), each given a few seconds. */
  close: (() => Promise<unknown>)[];
  exit?: (code: number) => void;
}

/** Seconds each resource gets to close after the drain. */
const CLOSE_TIMEOUT_MS = 5_000;

/** Installs the SIGTERM/SIGINT handlers; returns the shutdown function (tests call it directly). */
export function installShutdown(options: ShutdownOptions): (signal: string) => Promise<void> {
  const { server, lifecycle, logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let running: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    if (running) {
      logger.warn({ signal, inFlight: lifecycle.inFlight }, 'already draining: waiting for requests in flight');
      return running;
    }
    running = (async () => {
      logger.info(
        { signal, inFlight: lifecycle.inFlight, drainTimeoutMs: options.drainTimeoutMs },
        'draining: /ready answers 503, new requests are refused, requests in flight finish',
      );
      lifecycle.beginDrain();
      server.closeIdleConnections();
      const started = Date.now();
      const idle = await lifecycle.whenIdle(options.drainTimeoutMs);
      const cut = idle ? [] : lifecycle.describeInFlight().filter((t) => t.kind !== 'event stream');
      if (!idle) {
        logger.error(
          { cut, drainTimeoutMs: options.drainTimeoutMs },
          `drain timed out: cutting ${cut.length} request${cut.length === 1 ? '' : 's'} still in flight`,
        );
      }
      // The streams were ended when the drain began; a client that does not read its stream to the end
      // should not hold the process.
      const left = Math.max(0, options.drainTimeoutMs - (Date.now() - started));
      if (!(await lifecycle.whenStreamsClosed(Math.min(STREAM_GRACE_MS, left)))) {
        const streams = lifecycle.describeInFlight().filter((t) => t.kind === 'event stream');
        logger.warn({ streams }, `closing ${streams.length} event stream${streams.length === 1 ? '' : 's'} still open`);
      }
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await Promise.allSettled(
        options.close.map((close) =>
          Promise.race([close(), new Promise((done) => setTimeout(done, CLOSE_TIMEOUT_MS).unref())]),
        ),
      );
      logger.info({ exitCode: idle ? 0 : 1 }, idle ? 'stopped cleanly' : 'stopped with work cut');
      exit(idle ? 0 : 1);
    })();
    return running;
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return shutdown;
}
