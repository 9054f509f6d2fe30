import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type ExecutionResult, type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { bearer, errorResponse, principalOf } from '../http/auth.js';
import { chargeOf } from '../http/cost-plugin.js';
import { causeOf, isGraphQLError } from '../http/errors.js';
import { EXPORT_PATHS } from '../http/export.js';
import { outcomeOf, type ServerMetrics, UNKNOWN } from './metrics.js';
import { newState, states } from './request-state.js';

/**
 * Request ids, the access log, `/metrics`, and the one log line of each internal error.
 *
 * - Request id: a well-formed incoming `X-Request-Id` (1–128 characters of letters, digits and `._:-`) is
 *   kept, so a proxy's id follows the request; otherwise a UUID. It is echoed in the `X-Request-Id`
 *   header and in `extensions.requestId` of GraphQL responses, and is in every log line about the request.
 * - Access log: one line per request at info (probes and `/metrics` at debug; refused, unavailable and
 *   internal errors at warn) with no secret: no header, no variables, no query text.
 * - Internal errors: logged once at error, with their stack and the request id; database outages once at
 *   warn, without a stack (they are not bugs and come by the hundred).
 * - `/metrics`: with METRICS_TOKEN, only for `Authorization: Bearer <token>`; without one, open to loopback
 *   callers in the demo profile and absent (404) in production.
 */

export interface ObservabilityOptions {
  metrics: ServerMetrics;
  logger?: Logger;
  /** METRICS_TOKEN: the bearer token `/metrics` asks for. */
  metricsToken?: string;
  profile: 'demo' | 'production';
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** Quiet paths: polled every few seconds by machines, logged at debug. */
const QUIET = new Set(['/health', '/ready', '/metrics']);

const digest = (value: string) => createHash('sha256').update(value).digest();

function isLoopback(address: string | undefined): boolean {
  if (!address) return true;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** Who may read `/metrics`: see the module comment. */
function metricsAccess(
  request: Request,
  serverContext: unknown,
  options: ObservabilityOptions,
): 'allow' | 'unauthorized' | 'absent' {
  if (options.metricsToken) {
    const presented = bearer(request);
    return presented && timingSafeEqual(digest(presented), digest(options.metricsToken)) ? 'allow' : 'unauthorized';
  }
  if (options.profile === 'production') return 'absent';
  // No socket (a request handed to `yoga.fetch` in the same process) is as local as it gets.
  const peer = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress;
  return isLoopback(peer) ? 'allow' : 'absent';
}

/** `/export/creators.csv` → `creators.csv`: the export paths are a fixed set, so the label is bounded. */
function exportOperation(pathname: string): string | undefined {
  return EXPORT_PATHS.some((p) => p.test(pathname)) ? pathname.slice('/export/'.length) : undefined;
}

const isApiPath = (pathname: string) =>
  pathname === '/graphql' || pathname === '/graphql/' || pathname === '/graphql/stream';

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** Error codes of a JSON error body (early answers: 401, 404, 429, 503…), read from a copy. */
async function bodyCodes(response: Response): Promise<string[]> {
  if (response.status < 400 || !response.headers.get('content-type')?.includes('json')) return [];
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

export function observabilityPlugin(options: ObservabilityOptions): Plugin {
  const { metrics, logger } = options;

  /** Logs the causes behind masked errors once, and remembers the codes for the access line. */
  const inspect = (request: Request, result: ExecutionResult) => {
    const state = states.get(request) ?? newState(request);
    state.codes ??= [];
    for (const error of (result.errors ?? []) as GraphQLError[]) {
      const code = isGraphQLError(error) ? error.extensions?.code : undefined;
      state.codes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
      const cause = isGraphQLError(error) ? causeOf(error) : undefined;
      if (cause === undefined || state.logged.has(cause)) continue;
      state.logged.add(cause);
      if (code === 'SERVICE_UNAVAILABLE') {
        state.unavailable = cause instanceof Error ? cause.message : String(cause);
      } else {
        logger?.error(
          { err: cause, requestId: state.id, operation: state.operationName, path: error.path?.join('.') },
          'internal error',
        );
      }
    }
  };

  /** An event stream, counted while open, its events inspected like a single result. */
  const watched = (request: Request, source: AsyncIterable<ExecutionResult>): AsyncIterable<ExecutionResult> => ({
    [Symbol.asyncIterator]() {
      const iterator = source[Symbol.asyncIterator]();
      metrics.subscriptions(1);
      let open = true;
      const close = () => {
        if (open) metrics.subscriptions(-1);
        open = false;
      };
      const settle = async (step: Promise<IteratorResult<ExecutionResult>>) => {
        try {
          const next = await step;
          if (next.done) close();
          else inspect(request, next.value);
          return next;
        } catch (error) {
          close();
          throw error;
        }
      };
      // Forwarded by hand, not through an async generator: an async generator could not pass `return` on
      // while it waits for the next event, and the stream's resources would stay held until one came.
      return {
        next: () => settle(iterator.next()),
        return: (value?: unknown) => {
          close();
          return iterator.return
            ? iterator.return(value as never)
            : Promise.resolve({ done: true as const, value: value as never });
        },
        throw: (error?: unknown) => {
          close();
          return iterator.throw ? iterator.throw(error) : Promise.reject(error);
        },
      };
    },
  });

  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      newState(request).metrics = metrics;
      if (url.pathname !== '/metrics') return;
      const access = metricsAccess(request, serverContext, options);
      if (access === 'absent') {
        return endResponse(
          errorResponse(
            fetchAPI,
            request,
            404,
            'Nothing here: the API is at /graphql, exports under /export/.',
            'NOT_FOUND',
          ),
        );
      }
      if (access === 'unauthorized') {
        return endResponse(
          errorResponse(
            fetchAPI,
            request,
            401,
            'Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.',
            'UNAUTHENTICATED',
            {
              'www-authenticate': 'Bearer realm="creatorgraph-metrics"',
            },
          ),
        );
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(
          errorResponse(fetchAPI, request, 405, 'Use GET.', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' }),
        );
      }
      const text = await metrics.text();
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : text, {
          status: 200,
          headers: { 'content-type': metrics.contentType, 'cache-control': 'no-store' },
        }),
      );
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (state && params.operationName && OPERATION_NAME.test(params.operationName)) {
        state.operationName = params.operationName;
      }
    },
    onExecute({ args }) {
      describe(args);
    },
    onSubscribe({ args }) {
      describe(args);
    },
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result)) {
        setResult(watched(request, result));
        return;
      }
      const id = states.get(request)?.id ?? newState(request).id;
      const tag = (r: ExecutionResult) => {
        inspect(request, r);
        return { ...r, extensions: { ...r.extensions, requestId: id } };
      };
      setResult(Array.isArray(result) ? result.map((r) => tag(r as ExecutionResult)) : tag(result as ExecutionResult));
    },
    async onResponse({ request, response }) {
      const state = states.get(request) ?? newState(request);
      response.headers.set('X-Request-Id', state.id);
      const url = new URL(request.url);
      const seconds = (performance.now() - state.started) / 1000;
      const exported = exportOperation(url.pathname);
      const api = isApiPath(url.pathname) || exported !== undefined;
      const { outcome, code } = outcomeOf(state.codes ?? (await bodyCodes(response)), response.status);
      const operation = exported ?? (state.operationType ? metrics.operationLabel(state.operationName) : UNKNOWN);
      const type = exported ? 'export' : (state.operationType ?? 'none');
      const charge = chargeOf(request);
      if (api) {
        metrics.request({ operation, type, outcome, code }, seconds);
        if (charge) metrics.cost(operation, charge.requested, charge.actual);
      }
      if (!logger) return;
      const principal = principalOf(request);
      const line = {
        requestId: state.id,
        method: request.method,
        path: url.pathname,
        status: response.status,
        ms: Math.round(seconds * 10_000) / 10,
        ...(principal ? { organizationId: principal.organization.id, organization: principal.organization.slug } : {}),
        ...(state.operationType || exported
          ? { operation: exported ?? state.operationName ?? null, operationType: type }
          : {}),
        outcome,
        ...(code ? { code } : {}),
        ...(charge && charge.requested > 0 ? { cost: { requested: charge.requested, actual: charge.actual } } : {}),
        ...(state.unavailable ? { cause: state.unavailable } : {}),
      };
      const level = QUIET.has(url.pathname)
        ? 'debug'
        : outcome === 'ok' || outcome === 'caller_error'
          ? 'info'
          : 'warn';
      logger[level](line, 'request');
    },
  };

  function describe(args: {
    contextValue: unknown;
    document: Parameters<typeof getOperationAST>[0];
    operationName?: string | null;
  }) {
    const request = (args.contextValue as { request?: Request }).request;
    const state = request ? states.get(request) : undefined;
    if (!state) return;
    const operation = getOperationAST(args.document, args.operationName);
    state.operationType = operation?.operation ?? 'none';
    const name = operation?.name?.value;
    state.operationName = name && OPERATION_NAME.test(name) ? name : undefined;
  }
}
