import {
  countExportRows,
  type Database,
  DomainError,
  type ExportKind,
  exportData,
  type ImportFormat,
  MetricsCache,
  type Principal,
  parseExportFilter,
  ValidationError,
} from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';
import { buildContext } from '../context.js';
import { principalOf } from './auth.js';
import { bucketKey, budgetOf, recordCharge } from './cost-plugin.js';
import { isUnavailableError } from './errors.js';
import { DECISION_EXPORT_PATH, type DecisionExportError, prepareDecisionExport } from './export-decisions.js';
import { type RateLimiter, type RateLimitState, rateLimitHeaders } from './rate-limit.js';

/**
 * `GET /export/{campaign-comparison|plan|campaign-members}.{csv|jsonl}`: decisions as files, from the
 * same GraphQL fields with the same arguments (see export-decisions.ts), priced as those fields are.
 *
 * `GET /export/{creators|accounts|posts|snapshots}.{csv|jsonl}`: the catalog in the import format,
 * streamed page by page (export → import into an empty database reproduces it). Same Bearer key as the
 * API, READ scope. `?filter=` takes a JSON CreatorFilter, as the `creators` query's `filter` (enum values
 * as in GraphQL, e.g. `{"tier":"MICRO","niches":["travel"]}`): only rows of matching creators.
 *
 * Charged to the organization's budget like a query: the rows are counted first and cost 1 point per
 * 100 (at least 1), refused with 429 and `Retry-After` when the bucket lacks them; the response carries
 * the RateLimit headers.
 */

const PATH = /^\/export\/(creators|accounts|posts|snapshots)\.(csv|jsonl)$/;

/** Rows one budget point pays for in an export. */
export const EXPORT_ROWS_PER_POINT = 100;

/** An export's price: 1 point per 100 rows, at least 1. */
/** Seconds a client waits before retrying an export refused for a database outage. */
const EXPORT_RETRY_AFTER_SECONDS = 5;

export const exportCost = (rows: number) => Math.max(1, Math.ceil(rows / EXPORT_ROWS_PER_POINT));

/** What decision exports share with GraphQL requests: the peer-group cache and the clock. */
export interface ExportPluginOptions {
  metricsCache?: MetricsCache;
  now?: () => Date;
}

/** Every export path the plugin answers (for the server's route check). */
export const EXPORT_PATHS = [PATH, DECISION_EXPORT_PATH] as const;

type Charge =
  | { refused: Response; charged?: undefined }
  | { refused?: undefined; charged: { cost: number; state: RateLimitState } | null };

export function exportPlugin(db: Database, options: ExportPluginOptions = {}): Plugin {
  // The server's budget is registered by the cost plugin; without one, exports are free.
  let yoga: { logger?: { warn(...args: unknown[]): void; error(...args: unknown[]): void } } | undefined;
  const metricsCache = options.metricsCache ?? new MetricsCache();
  /**
   * Charges `cost` points to the caller's bucket: a refusal (400 QUERY_TOO_COSTLY above a full bucket, 429
   * with Retry-After when it lacks them) or what was charged (null without a budget).
   */
  async function charge(
    request: Request,
    principal: Principal,
    cost: number,
    tooCostly: (limiter: RateLimiter) => string,
    refuse: (status: number, message: string, code: string, extra: object, headers: Record<string, string>) => Response,
    describe: string,
  ): Promise<Charge> {
    const limiter = yoga ? budgetOf(yoga) : undefined;
    if (!limiter) return { charged: null };
    const key = bucketKey(principal);
    if (cost > limiter.capacity) {
      const state = await limiter.peek(key);
      recordCharge(request, { requested: cost, actual: 0, state });
      return {
        refused: refuse(400, tooCostly(limiter), 'QUERY_TOO_COSTLY', { requested: cost }, rateLimitHeaders(state)),
      };
    }
    const result = await limiter.charge(key, cost);
    recordCharge(request, {
      requested: cost,
      actual: result.allowed ? cost : 0,
      state: result.state,
      retryAfter: result.retryAfter || undefined,
    });
    if (!result.allowed) {
      return {
        refused: refuse(
          429,
          `Rate limit exceeded: this export costs ${cost} points (${describe}) and ${result.state.remaining} are available; retry in ${result.retryAfter} s.`,
          'RATE_LIMITED',
          { retryAfter: result.retryAfter },
          { ...rateLimitHeaders(result.state), 'Retry-After': String(result.retryAfter) },
        ),
      };
    }
    return { charged: { cost, state: result.state } };
  }
  const costHeaders = (charged: { cost: number; state: RateLimitState } | null): Record<string, string> =>
    charged
      ? {
          ...rateLimitHeaders(charged.state),
          'X-Cost-Requested': String(charged.cost),
          'X-Cost-Actual': String(charged.cost),
        }
      : {};

  return {
    onYogaInit({ yoga: server }) {
      yoga = server;
    },
    async onRequest(payload) {
      const { url, endResponse, fetchAPI } = payload;
      if (!PATH.test(url.pathname) && !DECISION_EXPORT_PATH.test(url.pathname)) return;
      try {
        await answer(payload);
      } catch (error) {
        // Never the stack or the SQL: an outage is a 503 the client may retry, anything else a coded 500.
        const unavailable = isUnavailableError(error);
        if (unavailable) yoga?.logger?.warn({ cause: (error as Error)?.message }, 'export: database unavailable');
        else yoga?.logger?.error({ err: error }, 'export failed');
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                unavailable
                  ? {
                      message: 'The database is unavailable; retry later.',
                      extensions: { code: 'SERVICE_UNAVAILABLE' },
                    }
                  : { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            }),
            {
              status: unavailable ? 503 : 500,
              headers: {
                'content-type': 'application/json; charset=utf-8',
                ...(unavailable ? { 'retry-after': String(EXPORT_RETRY_AFTER_SECONDS) } : {}),
              },
            },
          ),
        );
      }
    },
  };

  async function answer({
    request,
    url,
    endResponse,
    fetchAPI,
  }: Parameters<NonNullable<Plugin['onRequest']>>[0]): Promise<void> {
    {
      const match = PATH.exec(url.pathname);
      const decision = match ? null : DECISION_EXPORT_PATH.exec(url.pathname);
      if (!match && !decision) return;
      const errorResponse = (
        status: number,
        message: string,
        code: string,
        extra: object = {},
        headers: Record<string, string> = {},
      ) =>
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
        });
      const json = (
        status: number,
        message: string,
        code: string,
        extra: object = {},
        headers: Record<string, string> = {},
      ) => endResponse(errorResponse(status, message, code, extra, headers));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return json(405, 'Use GET.', 'METHOD_NOT_ALLOWED');
      }
      // The auth plugin has answered 401 already when there is no valid key.
      const principal = principalOf(request);
      if (!principal) return json(401, 'Missing API key.', 'UNAUTHENTICATED');
      if (!principal.scopes.has('read')) return json(403, 'This key lacks the READ scope.', 'FORBIDDEN');

      if (decision) {
        const kind = decision[1] as string;
        const format = decision[2] as ImportFormat;
        const now = options.now?.() ?? new Date();
        const fail = (e: DecisionExportError) => json(e.status, e.message, e.code, e.extra);
        // Arguments checked (as GraphQL coerces them) before anything is charged.
        const prepared = prepareDecisionExport(kind, url.searchParams);
        if ('error' in prepared) return fail(prepared.error);
        const priced = await charge(
          request,
          principal,
          prepared.cost,
          (limiter) =>
            `This export costs ${prepared.cost} points, more than a full budget (${limiter.capacity}) pays for.`,
          errorResponse,
          'as the same GraphQL query',
        );
        if (priced.refused) return endResponse(priced.refused);
        const context = buildContext(db, principal, now, metricsCache);
        const outcome = await prepared.run(context, format);
        if ('error' in outcome) return fail(outcome.error);
        return endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : outcome.body, {
            status: 200,
            headers: {
              'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
              'content-disposition': `attachment; filename="${kind}.${format}"`,
              'cache-control': 'no-store',
              ...costHeaders(priced.charged),
            },
          }),
        );
      }
      if (!match) return;

      const kind = match[1] as ExportKind;
      const format = match[2] as ImportFormat;
      let chunks: AsyncGenerator<string>;
      let first: IteratorResult<string>;
      let charged: { cost: number; state: RateLimitState } | null = null;
      try {
        const filter = parseExportFilter(url.searchParams.get('filter'));
        const limiter = yoga ? budgetOf(yoga) : undefined;
        if (limiter) {
          // Priced by rows, counted before any is read; no bucket can pay for more than its capacity.
          const rows = await countExportRows(db.em.fork(), {
            kind,
            filter,
            limit: Math.min(limiter.capacity * EXPORT_ROWS_PER_POINT + 1, Number.MAX_SAFE_INTEGER),
          });
          const priced = await charge(
            request,
            principal,
            exportCost(rows),
            (l) =>
              `This export has more than ${(l.capacity * EXPORT_ROWS_PER_POINT).toLocaleString('en-US')} rows, more than a full budget pays for: narrow it with ?filter=.`,
            errorResponse,
            `${rows.toLocaleString('en-US')} rows`,
          );
          if (priced.refused) return endResponse(priced.refused);
          charged = priced.charged;
        }
        chunks = exportData(db.em.fork(), { kind, format, filter });
        // The first page is read before answering, so a bad filter is a 400, not a broken download.
        first = await chunks.next();
      } catch (error) {
        if (error instanceof DomainError) {
          return json(400, error.message, error.code, error instanceof ValidationError ? { issues: error.issues } : {});
        }
        throw error;
      }
      const encoder = new TextEncoder();
      let pending: IteratorResult<string> | null = first;
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = pending ?? (await chunks.next());
          pending = null;
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: {
            'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
            'content-disposition': `attachment; filename="${kind}.${format}"`,
            'cache-control': 'no-store',
            ...costHeaders(charged),
          },
        }),
      );
    }
  }
}
