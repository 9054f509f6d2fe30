import {
  authenticate,
  type CreatorFilter,
  type Database,
  DomainError,
  type ExportKind,
  exportData,
  type ImportFormat,
  PLATFORMS,
  TIERS,
  touchApiKey,
  ValidationError,
} from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';

/**
 * `GET /export/{creators|accounts|posts|snapshots}.{csv|jsonl}`: the catalog in the import format,
 * streamed page by page (export → import into an empty database reproduces it). Same Bearer key as the
 * API, READ scope. `?filter=` takes a JSON CreatorFilter, as the `creators` query's `filter` (enum values
 * as in GraphQL, e.g. `{"tier":"MICRO","niches":["travel"]}`): only rows of matching creators.
 */

const PATH = /^\/export\/(creators|accounts|posts|snapshots)\.(csv|jsonl)$/;
const FILTER_KEYS = new Set(['platform', 'tier', 'niches', 'country', 'followers', 'nameContains']);

function bearer(request: Request): string | null {
  return request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
}

/** The `filter` query parameter, checked for shape; the values are checked as the creators query does. */
export function parseExportFilter(raw: string | null): CreatorFilter | null {
  if (raw === null || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationError([{ field: 'filter', message: 'must be a JSON object, e.g. {"tier":"MICRO"}' }]);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError([{ field: 'filter', message: 'must be a JSON object' }]);
  }
  const filter = value as Record<string, unknown>;
  const issues = Object.keys(filter)
    .filter((k) => !FILTER_KEYS.has(k))
    .map((k) => ({ field: `filter.${k}`, message: `unknown; use ${[...FILTER_KEYS].join(', ')}` }));
  const oneOf = (key: string, allowed: readonly string[]) => {
    const v = filter[key];
    if (v != null && !allowed.includes(v as string)) {
      issues.push({ field: `filter.${key}`, message: `must be one of ${allowed.join(', ')}` });
    }
  };
  oneOf('platform', PLATFORMS);
  oneOf('tier', TIERS);
  for (const key of ['country', 'nameContains']) {
    if (filter[key] != null && typeof filter[key] !== 'string')
      issues.push({ field: `filter.${key}`, message: 'must be a string' });
  }
  const niches = filter.niches;
  if (niches != null && !(Array.isArray(niches) && niches.every((n) => typeof n === 'string'))) {
    issues.push({ field: 'filter.niches', message: 'must be a list of strings' });
  }
  const followers = filter.followers as Record<string, unknown> | null | undefined;
  if (followers != null) {
    const bad =
      typeof followers !== 'object' ||
      ['min', 'max'].some((k) => followers[k] != null && !Number.isInteger(followers[k]));
    if (bad) issues.push({ field: 'filter.followers', message: 'must be {"min": integer, "max": integer}' });
  }
  if (issues.length) throw new ValidationError(issues);
  return filter as CreatorFilter;
}

export function exportPlugin(db: Database): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      const json = (status: number, message: string, code: string, extra: object = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return json(405, 'Use GET.', 'METHOD_NOT_ALLOWED');
      }
      const raw = bearer(request);
      const lookup = db.em.fork();
      const principal = raw ? await authenticate(lookup, raw) : null;
      if (!principal) {
        return json(
          401,
          raw ? 'The API key is unknown or revoked.' : 'Missing API key: send it as `Authorization: Bearer <key>`.',
          'UNAUTHENTICATED',
        );
      }
      if (!principal.scopes.has('read')) return json(403, 'This key lacks the READ scope.', 'FORBIDDEN');
      await touchApiKey(lookup, principal.key);

      const kind = match[1] as ExportKind;
      const format = match[2] as ImportFormat;
      let chunks: AsyncGenerator<string>;
      let first: IteratorResult<string>;
      try {
        chunks = exportData(db.em.fork(), { kind, format, filter: parseExportFilter(url.searchParams.get('filter')) });
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
          },
        }),
      );
    },
  };
}
