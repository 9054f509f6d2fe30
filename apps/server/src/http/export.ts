import {
  countExportRows,
  type Database,
  DomainError,
  type ExportKind,
  exportData,
  type ImportFormat,
  parseExportFilter,
  ValidationError,
} from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';
import { principalOf } from './auth.js';
import { bucketKey, budgetOf, recordCharge } from './cost-plugin.js';
import { type RateLimitState, rateLimitHeaders } from './rate-limit.js';

/**
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
export const exportCost = (rows: number) => Math.max(1, Math.ceil(rows / EXPORT_ROWS_PER_POINT));

export function exportPlugin(db: Database): Plugin {
  // The server's budget is registered by the cost plugin; without one, exports are free.
  let yoga: object | undefined;
  return {
    onYogaInit({ yoga: server }) {
      yoga = server;
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      const json = (
        status: number,
        message: string,
        code: string,
        extra: object = {},
        headers: Record<string, string> = {},
      ) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return json(405, 'Use GET.', 'METHOD_NOT_ALLOWED');
      }
      // The auth plugin has answered 401 already when there is no valid key.
      const principal = principalOf(request);
      if (!principal) return json(401, 'Missing API key.', 'UNAUTHENTICATED');
      if (!principal.scopes.has('read')) return json(403, 'This key lacks the READ scope.', 'FORBIDDEN');

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
          const cost = exportCost(rows);
          const key = bucketKey(principal);
          if (cost > limiter.capacity) {
            const state = await limiter.peek(key);
            recordCharge(request, { requested: cost, actual: 0, state });
            return json(
              400,
              `This export has more than ${(limiter.capacity * EXPORT_ROWS_PER_POINT).toLocaleString('en-US')} rows, more than a full budget pays for: narrow it with ?filter=.`,
              'QUERY_TOO_COSTLY',
              { requested: cost },
              rateLimitHeaders(state),
            );
          }
          const charge = await limiter.charge(key, cost);
          recordCharge(request, {
            requested: cost,
            actual: charge.allowed ? cost : 0,
            state: charge.state,
            retryAfter: charge.retryAfter || undefined,
          });
          if (!charge.allowed) {
            return json(
              429,
              `Rate limit exceeded: this export costs ${cost} points (${rows.toLocaleString('en-US')} rows) and ${charge.state.remaining} are available; retry in ${charge.retryAfter} s.`,
              'RATE_LIMITED',
              { retryAfter: charge.retryAfter },
              { ...rateLimitHeaders(charge.state), 'Retry-After': String(charge.retryAfter) },
            );
          }
          charged = { cost, state: charge.state };
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
            ...(charged
              ? {
                  ...rateLimitHeaders(charged.state),
                  'X-Cost-Requested': String(charged.cost),
                  'X-Cost-Actual': String(charged.cost),
                }
              : {}),
          },
        }),
      );
    },
  };
}
