import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { CampaignEvents } from '@creatorgraph/core';
import type { Logger } from 'pino';

/**
 * Graceful shutdown. On SIGTERM or SIGINT:
 * 1. `/ready` answers 503 at once (the load balancer stops sending) while the listener stays open, so
 *    probes and stray requests still get an answer: every request but the probes gets 503 with
 *    `Retry-After` and `Connection: close` (code SHUTTING_DOWN), which clients retry elsewhere.
 * 2. Open subscriptions end: their streams receive `complete` and close.
 * 3. Requests in flight, imports included, run to their end, for at most DRAIN_TIMEOUT_MS.
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
  /** An event stream (a subscription). */
  stream: boolean;
}

export interface Lifecycle {
  /** True once shutdown has begun. */
  readonly draining: boolean;
  /** Aborted when the drain begins: open subscriptions end with it. */
  readonly signal: AbortSignal;
  /** Requests being worked on (probes excepted). */
  readonly inFlight: number;
  /** The HTTP listener: tracks requests and refuses new ones while draining. */
  listener(inner: RequestListener): RequestListener;
  /** Starts the drain (idempotent). */
  beginDrain(): void;
  /** Resolves true once no request is in flight, or false after `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<boolean>;
  /** The requests still in flight, for the log. */
  describeInFlight(): { method: string; path: string; ms: number; kind: string }[];
}

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  const active = new Map<ServerResponse, Tracked>();
  let idleWaiters: (() => void)[] = [];
  const settle = () => {
    if (active.size > 0) return;
    for (const done of idleWaiters.splice(0)) done();
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
      return active.size;
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
        active.set(res, {
          method: req.method ?? '?',
          path,
          startedAt: Date.now(),
          upload: type.startsWith('multipart/'),
          stream: String(req.headers.accept ?? '').includes('text/event-stream'),
        });
        res.once('close', () => {
          active.delete(res);
          settle();
        });
        // Answers finished while draining close their connection: the client's next request goes elsewhere.
        const writeHead = res.writeHead;
        res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
          if (controller.signal.aborted && !this.headersSent) this.setHeader('connection', 'close');
          return writeHead.apply(this, args);
        } as typeof writeHead;
        return inner(req, res);
      };
    },
    beginDrain() {
      if (!controller.signal.aborted) controller.abort();
    },
    whenIdle(timeoutMs) {
      if (active.size === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          idleWaiters = idleWaiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        idleWaiters.push(done);
      });
    },
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
      const idle = await lifecycle.whenIdle(options.drainTimeoutMs);
      const cut = idle ? [] : lifecycle.describeInFlight();
      if (!idle) {
        logger.error(
          { cut, drainTimeoutMs: options.drainTimeoutMs },
          `drain timed out: cutting ${cut.length} request${cut.length === 1 ? '' : 's'} still in flight`,
        );
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
