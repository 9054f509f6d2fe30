import type { Knex } from '@mikro-orm/knex';
import { rowNumber } from '../common/rows.js';
import { type CreatorFilter, CreatorService, validateFollowerRange } from '../creators/service.js';
import type { EntityManager } from '../db/orm.js';
import { ValidationError } from '../errors.js';
import type { Platform, PostKind } from '../metrics/config.js';
import { postCountsFromRow } from '../metrics/repository.js';
import {
  ACCOUNT_COLUMNS,
  type AccountRow,
  type Cell,
  CREATOR_COLUMNS,
  type CreatorRow,
  csvHeader,
  csvLine,
  jsonLine,
  NICHE_SEPARATOR,
  POST_COLUMNS,
  type PostRow,
  SNAPSHOT_COLUMNS,
  type SnapshotRow,
} from './format.js';
import { countExport, EXPORT_QUERIES, exportPage, nichesByCreator, toMillis } from './repository.js';
import type { ExportKind, ExportOptions } from './types.js';

/**
 * Streams a table in the import format, so export → import into an empty database reproduces the same
 * state. Keyset over id: one query per `pageSize` rows, each continuing after the last id seen, so memory
 * stays flat and a long export never holds a transaction open.
 */

export const EXPORT_KINDS: readonly ExportKind[] = ['creators', 'accounts', 'posts', 'snapshots'];
export const DEFAULT_EXPORT_PAGE_SIZE = 5_000;

/** The import columns of an export kind. */
export const EXPORT_COLUMNS = {
  creators: CREATOR_COLUMNS,
  accounts: ACCOUNT_COLUMNS,
  posts: POST_COLUMNS,
  snapshots: SNAPSHOT_COLUMNS,
} as const;

type Row = Record<string, unknown>;

interface ExportRow {
  creators: CreatorRow;
  accounts: AccountRow;
  posts: PostRow;
  snapshots: SnapshotRow;
}

function iso(value: unknown): string {
  return new Date(toMillis(value)).toISOString();
}

function hasFilter(filter: CreatorFilter | null | undefined): filter is CreatorFilter {
  return Boolean(filter && Object.values(filter).some((v) => v !== null && v !== undefined));
}

/**
 * Ids of the creators matching a filter, as a subquery: the `creators` query's own filter, so "matching"
 * means the same thing in both.
 */
function matchingCreatorIds(em: EntityManager, filter: CreatorFilter): Knex.QueryBuilder {
  const issues = validateFollowerRange(filter.followers, 'filter.followers');
  if (issues.length) throw new ValidationError(issues);
  return new CreatorService(em).matchingIds(filter);
}

/** The (platform, handle) by which account, post and snapshot rows name their account. */
const accountKey = (r: Row) => ({ platform: r.platform as Platform, handle: String(r.handle) });
const text = (value: unknown) => (value as string | null) ?? null;

/** One raw row of each kind as its import row; `niches` (by creator id) is read for creators only. */
const TO_ROW: {
  [K in ExportKind]: (r: Row, niches: Map<number, string[]>) => ExportRow[K];
} = {
  creators: (r, niches) => ({
    creator_ref: String(r.ref),
    name: String(r.name),
    // null, not '': an empty CSV cell either way, and null in JSONL.
    country: text(r.country) as string,
    niches: (niches.get(Number(r.id)) ?? []).join(NICHE_SEPARATOR),
  }),
  accounts: (r) => ({
    creator_ref: String(r.ref),
    ...accountKey(r),
    external_id: String(r.external_id),
    followers: Number(r.followers),
    following: rowNumber(r.following),
    rate_per_post_minor: rowNumber(r.rate_per_post_minor),
    currency: text(r.rate_currency),
  }),
  posts: (r) => ({
    ...accountKey(r),
    external_id: String(r.external_id),
    posted_at: iso(r.posted_at),
    kind: r.kind as PostKind,
    sponsored: Boolean(r.sponsored),
    brand: text(r.brand),
    ...postCountsFromRow(r),
    caption: text(r.caption),
  }),
  snapshots: (r) => ({
    ...accountKey(r),
    captured_at: iso(r.captured_at),
    followers: Number(r.followers),
    following: rowNumber(r.following),
  }),
};

/**
 * The rows of one kind in the import format (CSV with its header, or JSONL), as text chunks of one page
 * each. With `filter`, only rows belonging to the creators the `creators` query would return for it.
 */
export async function* exportData(em: EntityManager, options: ExportOptions): AsyncGenerator<string> {
  const kind = options.kind;
  const query = EXPORT_QUERIES[kind];
  if (!query) throw new ValidationError([{ field: 'kind', message: `must be one of ${EXPORT_KINDS.join(', ')}` }]);
  if (options.format !== 'csv' && options.format !== 'jsonl') {
    throw new ValidationError([{ field: 'format', message: 'must be csv or jsonl' }]);
  }
  const pageSize = options.pageSize ?? DEFAULT_EXPORT_PAGE_SIZE;
  const knex = em.getConnection().getKnex();
  const columns = EXPORT_COLUMNS[kind] as readonly string[];
  const subquery = hasFilter(options.filter) ? matchingCreatorIds(em, options.filter) : null;
  if (options.format === 'csv') yield csvHeader(columns);
  let after = 0;
  for (;;) {
    const page = await exportPage(knex, query, after, pageSize, subquery);
    if (page.length === 0) return;
    after = Number(page.at(-1)?.id);
    // No ids, no query: only creators carry niches.
    const niches = await nichesByCreator(knex, kind === 'creators' ? page.map((r) => Number(r.id)) : []);
    let chunk = '';
    for (const r of page) {
      const row = TO_ROW[kind](r, niches);
      chunk += options.format === 'csv' ? csvLine(row as unknown as Record<string, Cell>, columns) : jsonLine(row);
    }
    yield chunk;
    if (page.length < pageSize) return;
  }
}

/**
 * The number of rows an export of `kind` (with its filter) would stream, counting at most `limit` rows
 * when given (a bounded count: enough to price the export without scanning past what any budget buys).
 */
export async function countExportRows(
  em: EntityManager,
  options: Pick<ExportOptions, 'kind' | 'filter'> & { limit?: number },
): Promise<number> {
  const query = EXPORT_QUERIES[options.kind];
  if (!query) throw new ValidationError([{ field: 'kind', message: `must be one of ${EXPORT_KINDS.join(', ')}` }]);
  const creatorIds = hasFilter(options.filter) ? matchingCreatorIds(em, options.filter) : null;
  return countExport(em.getConnection().getKnex(), query, creatorIds, options.limit);
}
