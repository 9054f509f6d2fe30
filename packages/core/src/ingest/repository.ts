import type { Knex } from '@mikro-orm/knex';
import { rowDate, rowNumber } from '../common/rows.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import { type Dialect, dateParam, dialectOf, type UpsertSpec, upsertRows } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import { POST_COUNT_FIELDS } from '../metrics/engagement.js';
import { type CopyValue, copyIn, copyLine, preparedRows, transactionConnection } from './copy.js';
import type { ExportKind } from './types.js';
import type { PostImportRow } from './validate.js';

/**
 * The SQL of imports and exports. Imports read and write in bulk, by natural key, inside one batch's
 * transaction; exports page through a table by id. Each statement is a method (or query) named by what it
 * does; engine differences come from db/dialect.ts.
 */

/** Values per IN list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const IN_CHUNK = 2_000;

function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A (platform, handle) or (platform, external id) pair as one map key. */
export function platformKey(platform: string, value: string): string {
  return `${platform}\u0000${value}`;
}

/** A datetime column as read back, in epoch ms. */
export const toMillis = (value: unknown): number => rowDate(value).getTime();

/** An account as the importer compares it (the optional columns are read only when asked for). */
export interface ImportAccountRow {
  id: number;
  creator_id: number;
  platform: string;
  handle: string;
  external_id?: string;
  followers?: number;
  following?: number | null;
  rate_per_post_minor?: number | string | null;
  rate_currency?: string | null;
}

export const ACCOUNT_KEY_COLUMNS = ['id', 'creator_id', 'platform', 'handle'] as const;
export const ACCOUNT_COMPARED_COLUMNS = [
  ...ACCOUNT_KEY_COLUMNS,
  'external_id',
  'followers',
  'following',
  'rate_per_post_minor',
  'rate_currency',
] as const;

/** The post columns an import writes (besides the key, platform and external_id). */
export const POST_COLUMNS_WRITTEN = [
  'account_id',
  'posted_at',
  'kind',
  'caption',
  'sponsored',
  'brand',
  ...POST_COUNT_FIELDS,
] as const;

/** A valid post of a batch and its line in the file. */
export interface PostToMerge {
  line: number;
  value: PostImportRow;
}

/** What merging a batch of posts did. */
export interface PostMerge {
  inserted: number;
  /** Existing posts whose values changed; the batch's other posts of known accounts were already up to date. */
  updated: number;
  /** Lines whose account (platform, handle) does not exist, in order: nothing was written for them. */
  unknownAccountLines: number[];
  /** Accounts whose posts changed: those of the inserted and updated posts, and those a post moved away from. */
  accountIds: number[];
}

/** Compared with what is stored, and written when new or different: every written column but the key. */
const POST_MERGED = POST_COLUMNS_WRITTEN;
const list = (columns: readonly string[], prefix = '') => columns.map((c) => `${prefix}${c}`).join(', ');
const assignments = list(POST_MERGED.map((c) => `${c} = excluded.${c}`));

// ---- posts on PostgreSQL: COPY into a staging table, then one merge --------------------------------

const POST_STAGE = 'import_posts';
/** The staging table: the row as validated, its account still by handle, the time in epoch ms. */
const POST_STAGE_COLUMNS: readonly (readonly [name: string, type: string])[] = [
  ['line', 'int not null'],
  ['platform', 'text not null'],
  ['handle', 'text not null'],
  ['external_id', 'text not null'],
  ['posted_at_ms', 'bigint not null'],
  ['kind', 'text not null'],
  ['caption', 'text'],
  ['sponsored', 'boolean not null'],
  ['brand', 'text'],
  ...POST_COUNT_FIELDS.map((f) => [f, 'int'] as const),
];
/**
 * Creates the staging table if this connection has none yet, empties it, and COPYs the batch into it, in one
 * message. The table lives as long as the connection: one created and dropped per batch cost more than the
 * rest of the merge's overhead (catalog writes, files). Its rows never outlive a transaction (`on commit
 * delete rows`, and a rollback removes them or the table itself); the `delete` guards against a second batch
 * in one transaction.
 */
const POST_STAGE_COPY =
  `create temp table if not exists ${POST_STAGE} (${POST_STAGE_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')}) ` +
  `on commit delete rows; delete from ${POST_STAGE}; ` +
  `copy ${POST_STAGE} (${POST_STAGE_COLUMNS.map(([n]) => n).join(', ')}) from stdin`;

function postStageRow({ line, value: v }: PostToMerge): CopyValue[] {
  const row: CopyValue[] = [line, v.platform, v.handle, v.externalId, v.postedAt, v.kind, v.caption, v.sponsored];
  row.push(v.brand);
  for (const f of POST_COUNT_FIELDS) row.push(v[f]);
  return row;
}

/**
 * The accounts of the staged posts: one index lookup per distinct (platform, handle). A plain join hashes
 * every account for every batch (4 ms a batch at 14k accounts), the planner knowing nothing of the staging
 * table.
 */
const POST_STAGE_ACCOUNTS = `acc as materialized (
  select h.platform, h.handle,
    (select a.id from accounts a where a.platform = h.platform and a.handle = h.handle) as id
  from (select distinct platform, handle from ${POST_STAGE}) h
)`;

/** The staged columns as posts has them (the epoch-ms arithmetic is exact for any date; text would need BC). */
const POST_STAGED_VALUES = `s.platform, s.external_id, timestamptz 'epoch' + s.posted_at_ms * interval '1 millisecond' as posted_at, ${list(
  POST_MERGED.filter((c) => c !== 'account_id' && c !== 'posted_at'),
  's.',
)}`;

/**
 * For a batch of mostly new posts: inserts the staged posts that do not exist yet, in file order, without
 * reading first. When some existed, POST_MERGE_SQL follows: it finds the posts just inserted equal to their
 * rows (and writes nothing for them) and merges the others.
 */
const POST_INSERT_SQL = `
with ${POST_STAGE_ACCOUNTS}, src as (
  select s.line, a.id as account_id, ${POST_STAGED_VALUES}
  from ${POST_STAGE} s left join acc a on a.platform = s.platform and a.handle = s.handle
), inserted as (
  insert into posts (platform, external_id, ${list(POST_MERGED)})
  select platform, external_id, ${list(POST_MERGED)} from src where account_id is not null order by line
  on conflict (platform, external_id) do nothing
  returning account_id
)
select
  (select count(*) from inserted)::int as inserted,
  (select count(*) from inserted)::int as written,
  array(select line from src where account_id is null order by line) as unknown,
  array(select distinct account_id from inserted) as accounts`;

/**
 * The merge of what is staged, in one statement. `src` resolves accounts and reads the stored posts (every
 * part of the statement sees the database as it was before it): rows equal to theirs are not written at all
 * (`on conflict do update … where false` would still lock, so write, each row). `changed` keeps the previous
 * account of a post that moves. `xmax = 0` marks a row version this statement inserted; an updated one
 * carries the transaction's id. Rows are written in file order, so new posts get ids in that order.
 */
const POST_MERGE_SQL = `
with ${POST_STAGE_ACCOUNTS}, src as (
  select s.line, a.id as account_id, p.id as post_id, ${list(POST_MERGED.map((c) => `p.${c} as post_${c}`))},
    ${POST_STAGED_VALUES}
  from ${POST_STAGE} s
  left join acc a on a.platform = s.platform and a.handle = s.handle
  left join posts p on p.platform = s.platform and p.external_id = s.external_id
), changed as (
  select * from src
  where account_id is not null
    and (post_id is null or (${list(POST_MERGED, 'post_')}) is distinct from (${list(POST_MERGED)}))
), written as (
  insert into posts (platform, external_id, ${list(POST_MERGED)})
  select platform, external_id, ${list(POST_MERGED)} from changed order by line
  on conflict (platform, external_id) do update set ${assignments}
  returning posts.xmax = 0 as inserted, posts.account_id
)
select
  (select count(*) from written where inserted)::int as inserted,
  (select count(*) from written)::int as written,
  array(select line from src where account_id is null order by line) as unknown,
  array(
    select account_id from written
    union select post_account_id from changed where post_account_id <> account_id
  ) as accounts`;

/** Per import (by its entity manager): whether its last post batch was mostly new posts. */
const insertFirst = new WeakMap<object, boolean>();

// ---- posts on SQLite: prepared multi-row statements ---------------------------------------------------

/** What the importer uses of a better-sqlite3 statement and database. */
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  raw(toggle?: boolean): SqliteStatement;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

/** Rows per multi-row statement: fewer calls into SQLite, far below its 32,766 bound parameters. */
const SQLITE_ROWS_PER_STATEMENT = 100;

const statementCache = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();

/** A statement prepared once per connection, returning rows as arrays. */
function prepared(db: SqliteDatabase, sql: string): SqliteStatement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (/^\s*select/i.test(sql)) statement.raw(true);
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * Runs a statement written for `n` rows of parameters (`sql(n)`) over all rows: full chunks of
 * SQLITE_ROWS_PER_STATEMENT rows, the rest one row at a time, so only two statements are ever prepared.
 * Returns the rows a select returned, as arrays.
 */
function runInChunks(db: SqliteDatabase, sql: (n: number) => string, rows: readonly unknown[][]): unknown[][] {
  const out: unknown[][] = [];
  const per = SQLITE_ROWS_PER_STATEMENT;
  const select = /^\s*select/i.test(sql(1));
  const run = (statement: SqliteStatement, params: unknown[]) => {
    if (select) for (const row of statement.all(...params)) out.push(row as unknown[]);
    else statement.run(...params);
  };
  const full = rows.length - (rows.length % per);
  if (full > 0) {
    const statement = prepared(db, sql(per));
    for (let start = 0; start < full; start += per) {
      const params: unknown[] = [];
      for (let i = start; i < start + per; i++) for (const p of rows[i] as unknown[]) params.push(p);
      run(statement, params);
    }
  }
  if (full < rows.length) {
    const statement = prepared(db, sql(1));
    for (let i = full; i < rows.length; i++) run(statement, rows[i] as unknown[]);
  }
  return out;
}

const tuples = (n: number, width: number) =>
  Array(n)
    .fill(`(${Array(width).fill('?').join(', ')})`)
    .join(', ');

/** Key and written columns, in the order of POST_SQLITE_COLUMNS; stored as MikroORM stores them (ms, 0/1). */
function postSqliteRow(accountId: number, v: PostImportRow): unknown[] {
  const row: unknown[] = [v.platform, v.externalId, accountId, v.postedAt, v.kind, v.caption, v.sponsored ? 1 : 0];
  row.push(v.brand);
  for (const f of POST_COUNT_FIELDS) row.push(v[f]);
  return row;
}
const POST_SQLITE_COLUMNS = ['platform', 'external_id', ...POST_MERGED] as const;

/** A parameter of postSqliteRow against the stored value (numbers may come back as bigint). */
const sameStored = (param: unknown, stored: unknown) =>
  param === null || stored === null || typeof param !== 'number' ? param === stored : param === Number(stored);

/** The stored posts among n (platform, external id) keys, with the columns of POST_SQLITE_COLUMNS. */
const POSTS_BY_KEY_SQLITE = (n: number) =>
  `select ${list(POST_SQLITE_COLUMNS, 'p.')} from (values ${tuples(n, 2)}) v
  join posts p on p.platform = v.column1 and p.external_id = v.column2`;

/** Inserts or overwrites n posts. */
const POST_UPSERT_SQLITE = (n: number) =>
  `insert into posts (${list(POST_SQLITE_COLUMNS)}) values ${tuples(n, POST_SQLITE_COLUMNS.length)}
  on conflict (platform, external_id) do update set ${assignments}`;

/** Import statements, run in one batch's transaction. */
export class IngestRepository {
  private readonly dialect: Dialect;

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly em: EntityManager,
  ) {
    this.dialect = dialectOf(em);
  }

  /** Creators by ref: what the creators file compares against. */
  async creatorsByRef(
    refs: readonly string[],
  ): Promise<Map<string, { id: number; name: string; country: string | null }>> {
    const out = new Map<string, { id: number; name: string; country: string | null }>();
    for (const part of chunked(refs, IN_CHUNK)) {
      const found: { id: number; ref: string; name: string; country: string | null }[] = await this.trx('creators')
        .select('id', 'ref', 'name', 'country')
        .whereIn('ref', part);
      for (const row of found) out.set(row.ref, { id: Number(row.id), name: row.name, country: row.country });
    }
    return out;
  }

  /** Creator ids by ref: what accounts refer to. */
  async creatorIdsByRef(refs: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunked([...new Set(refs)], IN_CHUNK)) {
      const found: { id: number; ref: string }[] = await this.trx('creators').select('id', 'ref').whereIn('ref', part);
      for (const row of found) out.set(row.ref, Number(row.id));
    }
    return out;
  }

  /** Niches of creators, in the order they were added. */
  nichesOf(creatorIds: readonly number[]): Promise<Map<number, string[]>> {
    return nichesByCreator(this.trx, creatorIds);
  }

  /** Accounts by (platform, handle), one query per platform and chunk of handles. */
  async accountsByHandle(
    keys: readonly { platform: string; handle: string }[],
    columns: readonly string[] = ACCOUNT_KEY_COLUMNS,
  ): Promise<Map<string, ImportAccountRow>> {
    const out = new Map<string, ImportAccountRow>();
    for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
      for (const part of chunked([...new Set(group.map((k) => k.handle))], IN_CHUNK)) {
        const rows: ImportAccountRow[] = await this.trx('accounts')
          .select([...columns])
          .where('platform', platform)
          .whereIn('handle', part);
        for (const row of rows) out.set(platformKey(row.platform, row.handle), row);
      }
    }
    return out;
  }

  /** Handle owning each (platform, external id): the second unique key of accounts. */
  async accountHandlesByExternalId(
    keys: readonly { platform: string; externalId: string }[],
  ): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
      for (const part of chunked(
        group.map((k) => k.externalId),
        IN_CHUNK,
      )) {
        const found: { handle: string; external_id: string }[] = await this.trx('accounts')
          .select('handle', 'external_id')
          .where('platform', platform)
          .whereIn('external_id', part);
        for (const row of found) out.set(platformKey(platform, row.external_id), row.handle);
      }
    }
    return out;
  }

  /**
   * Snapshots of the given accounts at the given instants, by `${accountId}:${epochMs}`. Reads a superset
   * (every account × every instant) that the caller filters by exact key.
   */
  async snapshotsAt(
    accountIds: readonly number[],
    times: readonly number[],
  ): Promise<Map<string, { followers: number; following: number | null }>> {
    const out = new Map<string, { followers: number; following: number | null }>();
    for (const idPart of chunked(accountIds, IN_CHUNK / 2)) {
      for (const timePart of chunked(times, IN_CHUNK / 2)) {
        const found: { account_id: number; captured_at: unknown; followers: number; following: number | null }[] =
          await this.trx('follower_snapshots')
            .select('account_id', 'captured_at', 'followers', 'following')
            .whereIn('account_id', idPart)
            .whereIn(
              'captured_at',
              timePart.map((t) => dateParam(this.dialect, t)),
            );
        for (const row of found) {
          out.set(`${Number(row.account_id)}:${toMillis(row.captured_at)}`, {
            followers: Number(row.followers),
            following: rowNumber(row.following),
          });
        }
      }
    }
    return out;
  }

  /** Upserts creators; returns the id of each written ref. */
  upsertCreators(rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    return this.upsert(Creator, rows, { conflict: ['ref'], merge: ['name', 'country'], returning: ['id', 'ref'] });
  }

  /** Adds niches to creators (existing pairs are left alone). */
  async addNiches(rows: { creator_id: number; niche: string }[]): Promise<void> {
    await this.upsert(CreatorNiche, rows, { conflict: ['creator_id', 'niche'], merge: [] });
  }

  /** Removes niches a creator no longer lists. */
  async removeNiches(creatorId: number, niches: readonly string[]): Promise<void> {
    await this.trx('creator_niches').where('creator_id', creatorId).whereIn('niche', niches).delete();
  }

  /** Upserts accounts by (platform, handle); returns the ids of the written accounts. */
  async upsertAccounts(rows: Record<string, unknown>[]): Promise<number[]> {
    const written = await this.upsert(Account, rows, {
      conflict: ['platform', 'handle'],
      merge: [
        'creator_id',
        'external_id',
        'followers',
        'following',
        'rate_per_post_minor',
        'rate_currency',
        'updated_at',
      ],
      returning: ['id'],
    });
    return written.map((r) => Number(r.id));
  }

  /**
   * Inserts the new posts of a batch and updates those whose values changed, by (platform, external id),
   * resolving each post's account by (platform, handle); posts of unknown accounts are left out, and posts
   * equal to the stored ones are not written. New posts get ids in file order.
   * - PostgreSQL: the rows are COPYed into a staging table on the transaction's connection, then written by
   *   one or two `insert … select` statements that also classify them.
   * - SQLite: prepared multi-row statements on the transaction's connection: one read of the stored posts,
   *   the comparison here, one upsert of the new and changed ones.
   */
  mergePosts(rows: readonly PostToMerge[]): Promise<PostMerge> {
    if (rows.length === 0) return Promise.resolve({ inserted: 0, updated: 0, unknownAccountLines: [], accountIds: [] });
    return this.dialect === 'postgresql' ? this.mergePostsByCopy(rows) : this.mergePostsPrepared(rows);
  }

  /**
   * COPY, then POST_INSERT_SQL when the last batch was mostly new posts (a fresh catalog), and POST_MERGE_SQL
   * when some rows are still unaccounted for, or straight away when the last batch was mostly existing posts
   * (a re-import). The result is the same either way; the choice only saves work.
   */
  private async mergePostsByCopy(rows: readonly PostToMerge[]): Promise<PostMerge> {
    let text = '';
    for (const row of rows) text += copyLine(postStageRow(row));
    await copyIn(this.trx, POST_STAGE_COPY, text);
    let inserted = 0;
    let updated = 0;
    const unknown = new Set<number>();
    const accounts = new Set<number>();
    const statements = [
      ['import_posts_insert', POST_INSERT_SQL],
      ['import_posts_merge', POST_MERGE_SQL],
    ] as const;
    for (const [name, sql] of insertFirst.get(this.em) === false ? statements.slice(1) : statements) {
      if (inserted + unknown.size === rows.length) break;
      const [result] = (await preparedRows(this.trx, name, sql)) as {
        inserted: number;
        written: number;
        unknown: number[];
        accounts: number[];
      }[];
      if (!result) throw new Error('the post merge returned no row');
      inserted += result.inserted;
      updated += result.written - result.inserted;
      for (const line of result.unknown) unknown.add(line);
      for (const id of result.accounts) accounts.add(id);
    }
    const merged: PostMerge = {
      inserted,
      updated,
      unknownAccountLines: [...unknown].sort((a, b) => a - b),
      accountIds: [...accounts],
    };
    insertFirst.set(this.em, inserted * 2 >= rows.length);
    return merged;
  }

  private async mergePostsPrepared(rows: readonly PostToMerge[]): Promise<PostMerge> {
    const db = (await transactionConnection(this.trx)) as SqliteDatabase;
    const accountId = prepared(db, 'select id from accounts where platform = ? and handle = ?');
    const accounts = new Map<string, number | null>();
    const unknownAccountLines: number[] = [];
    const known: unknown[][] = [];
    for (const { line, value } of rows) {
      const key = platformKey(value.platform, value.handle);
      let id = accounts.get(key);
      if (id === undefined) {
        id = rowNumber((accountId.get(value.platform, value.handle) as unknown[] | undefined)?.[0]);
        accounts.set(key, id);
      }
      if (id === null) unknownAccountLines.push(line);
      else known.push(postSqliteRow(id, value));
    }
    const stored = new Map<string, unknown[]>();
    for (const row of runInChunks(
      db,
      POSTS_BY_KEY_SQLITE,
      known.map((r) => [r[0], r[1]]),
    )) {
      stored.set(platformKey(String(row[0]), String(row[1])), row);
    }
    // The rule of the PostgreSQL merge: a post equal to the stored one is not written; one that moves to
    // another account changes the one it leaves too.
    let inserted = 0;
    const toWrite: unknown[][] = [];
    const touched = new Set<number>();
    for (const row of known) {
      const current = stored.get(platformKey(row[0] as string, row[1] as string));
      if (!current) inserted++;
      else if (row.every((v, i) => sameStored(v, current[i]))) continue;
      else if (Number(current[2]) !== row[2]) touched.add(Number(current[2]));
      toWrite.push(row);
      touched.add(row[2] as number);
    }
    runInChunks(db, POST_UPSERT_SQLITE, toWrite);
    return { inserted, updated: toWrite.length - inserted, unknownAccountLines, accountIds: [...touched] };
  }

  /** Upserts follower snapshots by (account, instant). */
  async upsertSnapshots(rows: Record<string, unknown>[]): Promise<void> {
    await this.upsert(FollowerSnapshot, rows, {
      conflict: ['account_id', 'captured_at'],
      merge: ['followers', 'following'],
    });
  }

  /** Creator.maxFollowers follows its accounts: recomputes it for the creators given. */
  async refreshMaxFollowers(creatorIds: Iterable<number>): Promise<void> {
    for (const part of chunked([...new Set(creatorIds)], IN_CHUNK)) {
      await this.trx('creators')
        .whereIn('id', part)
        .update({
          max_followers: this.trx.raw(
            'coalesce((select max(a.followers) from accounts a where a.creator_id = creators.id), 0)',
          ),
        });
    }
  }

  private upsert(
    entity: Parameters<typeof upsertRows>[2],
    rows: Record<string, unknown>[],
    spec: UpsertSpec,
  ): Promise<Record<string, unknown>[]> {
    return upsertRows(this.trx, this.em, entity, rows, spec);
  }
}

/** Niches of creators by creator id, in the order they were added (imports and exports alike). */
export async function nichesByCreator(knex: Knex, creatorIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (const part of chunked(creatorIds, IN_CHUNK)) {
    const found: { creator_id: number; niche: string }[] = await knex('creator_niches')
      .select('creator_id', 'niche')
      .whereIn('creator_id', part)
      .orderBy('id');
    for (const row of found) {
      const id = Number(row.creator_id);
      out.set(id, [...(out.get(id) ?? []), row.niche]);
    }
  }
  return out;
}

// ---- exports -------------------------------------------------------------------------------------------

/** How an export kind pages through its table. */
export interface ExportQuery {
  /** Table alias whose id the keyset walks. */
  idColumn: string;
  /** Column holding the creator id, for the filter. */
  creatorColumn: string;
  /** The rows of the kind, with the columns the export maps to the import format. */
  base(knex: Knex): Knex.QueryBuilder;
}

export const EXPORT_QUERIES: Record<ExportKind, ExportQuery> = {
  // Creators: one row each; niches come from nichesByCreator.
  creators: {
    idColumn: 'c.id',
    creatorColumn: 'c.id',
    base: (knex) => knex('creators as c').select('c.id', 'c.ref', 'c.name', 'c.country'),
  },
  // Accounts with their creator's ref.
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
  },
  // Posts with their account's handle.
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
          ...POST_COUNT_FIELDS.map((f) => `p.${f}`),
          'p.caption',
        ),
  },
  // Snapshots with their account's platform and handle.
  snapshots: {
    idColumn: 's.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('follower_snapshots as s')
        .join('accounts as a', 'a.id', 's.account_id')
        .select('s.id', 'a.platform', 'a.handle', 's.captured_at', 's.followers', 's.following'),
  },
};

/** One page of an export: rows after id `after`, optionally of the creators in `creatorIds`. */
export function exportPage(
  knex: Knex,
  query: ExportQuery,
  after: number,
  pageSize: number,
  creatorIds: Knex.QueryBuilder | null,
): Promise<Record<string, unknown>[]> {
  const q = query.base(knex).where(query.idColumn, '>', after).orderBy(query.idColumn).limit(pageSize);
  if (creatorIds) q.whereIn(query.creatorColumn, creatorIds.clone());
  return q;
}

/** Rows an export would stream, counting at most `limit` when given. */
export async function countExport(
  knex: Knex,
  query: ExportQuery,
  creatorIds: Knex.QueryBuilder | null,
  limit?: number,
): Promise<number> {
  const rows = query.base(knex).clearSelect().select(query.idColumn);
  if (creatorIds) rows.whereIn(query.creatorColumn, creatorIds);
  if (limit !== undefined) rows.limit(Math.max(0, Math.floor(limit)));
  const [row] = await knex.count({ n: '*' }).from(rows.as('export_rows'));
  return Number((row as { n: number | string } | undefined)?.n ?? 0);
}
