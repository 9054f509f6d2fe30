import type { Knex } from '@mikro-orm/knex';
import { type CreatorFilter, CreatorService, validateFollowerRange } from '../creators/service.js';
import type { EntityManager } from '../db/orm.js';
import {
  ACCOUNT_COLUMNS,
  type AccountRow,
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
} from '../demo/formats.js';
import { ValidationError } from '../errors.js';
import type { Platform, PostKind } from '../metrics/config.js';
import { rowNumber } from '../shared/rows.js';
import type { ExportKind, ExportOptions } from './types.js';
import { toMillis } from './write.js';

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

interface KindQuery {
  /** Table alias whose id the keyset walks. */
  idColumn: string;
  base(knex: Knex): Knex.QueryBuilder;
  /** Column holding the creator id, for the filter. */
  creatorColumn: string;
  /** Turns a page of raw rows into import rows. */
  toRows(knex: Knex, rows: Row[]): Promise<Row[]>;
}

const QUERIES: Record<ExportKind, KindQuery> = {
  creators: {
    idColumn: 'c.id',
    creatorColumn: 'c.id',
    base: (knex) => knex('creators as c').select('c.id', 'c.ref', 'c.name', 'c.country'),
    async toRows(knex, rows) {
      const niches = new Map<number, string[]>();
      if (rows.length) {
        const found: { creator_id: number; niche: string }[] = await knex('creator_niches')
          .select('creator_id', 'niche')
          .whereIn(
            'creator_id',
            rows.map((r) => Number(r.id)),
          )
          .orderBy('id');
        for (const n of found) niches.set(Number(n.creator_id), [...(niches.get(Number(n.creator_id)) ?? []), n.niche]);
      }
      return rows.map(
        (r): CreatorRow => ({
          creator_ref: String(r.ref),
          name: String(r.name),
          // null, not '': an empty CSV cell either way, and null in JSONL.
          country: (r.country as string | null) ?? (null as unknown as string),
          niches: (niches.get(Number(r.id)) ?? []).join(NICHE_SEPARATOR),
        }),
      ) as unknown as Row[];
    },
  },
  accounts: {
    idColumn: 'a.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('accounts as a')
        .join('creators as c', 'c.id', 'a.creator_id')
        .select(
          'a.id',
          'c.ref',
          'a.platform',
          'a.handle',
          'a.external_id',
          'a.followers',
          'a.following',
          'a.rate_per_post_minor',
          'a.rate_currency',
        ),
    toRows: async (_knex, rows) =>
      rows.map(
        (r): AccountRow => ({
          creator_ref: String(r.ref),
          platform: r.platform as Platform,
          handle: String(r.handle),
          external_id: String(r.external_id),
          followers: Number(r.followers),
          following: rowNumber(r.following),
          rate_per_post_minor: rowNumber(r.rate_per_post_minor),
          currency: (r.rate_currency as string | null) ?? null,
        }),
      ) as unknown as Row[],
  },
  posts: {
    idColumn: 'p.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('posts as p')
        .join('accounts as a', 'a.id', 'p.account_id')
        .select(
          'p.id',
          'p.platform',
          'a.handle',
          'p.external_id',
          'p.posted_at',
          'p.kind',
          'p.sponsored',
          'p.brand',
          'p.likes',
          'p.comments',
          'p.shares',
          'p.saves',
          'p.views',
          'p.reach',
          'p.impressions',
          'p.caption',
        ),
    toRows: async (_knex, rows) =>
      rows.map(
        (r): PostRow => ({
          platform: r.platform as Platform,
          handle: String(r.handle),
          external_id: String(r.external_id),
          posted_at: iso(r.posted_at),
          kind: r.kind as PostKind,
          sponsored: Boolean(r.sponsored),
          brand: (r.brand as string | null) ?? null,
          likes: rowNumber(r.likes),
          comments: rowNumber(r.comments),
          shares: rowNumber(r.shares),
          saves: rowNumber(r.saves),
          views: rowNumber(r.views),
          reach: rowNumber(r.reach),
          impressions: rowNumber(r.impressions),
          caption: (r.caption as string | null) ?? null,
        }),
      ) as unknown as Row[],
  },
  snapshots: {
    idColumn: 's.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('follower_snapshots as s')
        .join('accounts as a', 'a.id', 's.account_id')
        .select('s.id', 'a.platform', 'a.handle', 's.captured_at', 's.followers', 's.following'),
    toRows: async (_knex, rows) =>
      rows.map(
        (r): SnapshotRow => ({
          platform: r.platform as Platform,
          handle: String(r.handle),
          captured_at: iso(r.captured_at),
          followers: Number(r.followers),
          following: rowNumber(r.following),
        }),
      ) as unknown as Row[],
  },
};

/**
 * The rows of one kind in the import format (CSV with its header, or JSONL), as text chunks of one page
 * each. With `filter`, only rows belonging to the creators the `creators` query would return for it.
 */
export async function* exportData(em: EntityManager, options: ExportOptions): AsyncGenerator<string> {
  const kind = options.kind;
  const query = QUERIES[kind];
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
    const q = query.base(knex).where(query.idColumn, '>', after).orderBy(query.idColumn).limit(pageSize);
    if (subquery) q.whereIn(query.creatorColumn, subquery.clone());
    const page: Row[] = await q;
    if (page.length === 0) return;
    after = Number(page.at(-1)?.id);
    const rows = await query.toRows(knex, page);
    let text = '';
    for (const row of rows) {
      text += options.format === 'csv' ? csvLine(row as Record<string, never>, columns as string[]) : jsonLine(row);
    }
    yield text;
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
  const query = QUERIES[options.kind];
  if (!query) throw new ValidationError([{ field: 'kind', message: `must be one of ${EXPORT_KINDS.join(', ')}` }]);
  const knex = em.getConnection().getKnex();
  const rows = query.base(knex).clearSelect().select(query.idColumn);
  if (hasFilter(options.filter)) rows.whereIn(query.creatorColumn, matchingCreatorIds(em, options.filter));
  if (options.limit !== undefined) rows.limit(Math.max(0, Math.floor(options.limit)));
  const [row] = await knex.count({ n: '*' }).from(rows.as('export_rows'));
  return Number((row as { n: number | string } | undefined)?.n ?? 0);
}
