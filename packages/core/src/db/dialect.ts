/**
 * Every difference between SQLite and PostgreSQL, in one place: which engine a connection talks to, how
 * raw-statement parameters are bound, the bulk upsert statement, row locks, and connection and bulk-load
 * settings. Code outside db/ calls these functions and never tests the engine itself.
 */
import { BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import { type EntityMetadata, type EntitySchema, LockMode, type Platform } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type Dialect = 'sqlite' | 'postgresql';

/** What dialect detection needs of an entity manager (root, fork or transaction). */
interface HasPlatform {
  getPlatform(): Platform;
}

/**
 * The engine behind a database URL (`postgres://…` or `postgresql://…` is PostgreSQL, `file:<path>` and
 * `:memory:` embedded SQLite) or behind an entity manager.
 */
export function dialectOf(target: string | HasPlatform): Dialect {
  if (typeof target === 'string') return /^postgres(ql)?:\/\//.test(target) ? 'postgresql' : 'sqlite';
  const platform = target.getPlatform();
  if (platform instanceof PostgreSqlPlatform) return 'postgresql';
  if (platform instanceof BetterSqlitePlatform) return 'sqlite';
  throw new Error(`unsupported database platform ${platform.constructor.name}`);
}

// ---- parameters of raw statements ----------------------------------------------------------------

/** A datetime as a raw-statement parameter, stored as MikroORM stores it: epoch ms in SQLite, timestamptz in PostgreSQL. */
export function dateParam(dialect: Dialect, value: Date | number): Date | number {
  const ms = typeof value === 'number' ? value : value.getTime();
  return dialect === 'sqlite' ? ms : new Date(ms);
}

/** A boolean as a raw-statement parameter: SQLite has no boolean type (and its driver binds none), so 0/1. */
export function booleanParam(dialect: Dialect, value: boolean): boolean | number {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

// ---- locks ------------------------------------------------------------------------------------------

/**
 * Find options that lock the rows read until the transaction ends, so concurrent writers serialize on
 * them: a PostgreSQL row lock. SQLite has a single writer at a time (and no row locks): nothing to add.
 */
export function writeLock(em: HasPlatform): { lockMode?: LockMode.PESSIMISTIC_WRITE } {
  return dialectOf(em) === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
}

// ---- connection and bulk-load settings -----------------------------------------------------------

/** Per-connection settings applied when the database is opened. */
export async function prepareConnection(knex: Knex, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  // WAL lets readers proceed during long imports; foreign keys are off by default in SQLite.
  await knex.raw('pragma journal_mode = wal');
  await knex.raw('pragma foreign_keys = on');
  await knex.raw('pragma synchronous = normal');
}

/**
 * Settings for the length of a bulk load; call the returned function to restore them. SQLite: a 64 MiB page
 * cache (the default 2 MiB cannot hold the post indexes that random keys touch) and WAL checkpoints every
 * 10,000 pages instead of 1,000, so many small batch commits are not each followed by a checkpoint. Together
 * they halve the time of a large import; durability is unchanged (each batch still commits). PostgreSQL:
 * nothing.
 */
export async function tuneForBulkLoad(knex: Knex, dialect: Dialect): Promise<() => Promise<void>> {
  if (dialect !== 'sqlite') return async () => {};
  const read = async (pragma: string) => {
    const rows = (await knex.raw(`pragma ${pragma}`)) as Record<string, unknown>[];
    return Number(rows[0]?.[pragma]);
  };
  const cacheSize = await read('cache_size');
  const autoCheckpoint = await read('wal_autocheckpoint');
  const changes: string[] = [];
  // Negative cache_size is KiB; positive is pages.
  if (cacheSize < 0 && cacheSize > -65_536) {
    await knex.raw('pragma cache_size = -65536');
    changes.push(`cache_size = ${cacheSize}`);
  }
  if (autoCheckpoint > 0 && autoCheckpoint < 10_000) {
    await knex.raw('pragma wal_autocheckpoint = 10000');
    changes.push(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
  return async () => {
    for (const change of changes) await knex.raw(`pragma ${change}`);
  };
}

/**
 * Refreshes the planner's statistics of a table that a bulk load is filling. PostgreSQL's autovacuum comes a
 * minute later, and with stale statistics the planner scans instead of using the key index. SQLite plans
 * without them: nothing to do.
 */
export async function refreshStatistics(em: SqlEntityManager, entity: EntitySchema): Promise<void> {
  if (dialectOf(em) !== 'postgresql') return;
  await em.getKnex().raw('analyze ??', [em.getMetadata().get(entity.meta.className).tableName]);
}

// ---- upsert -------------------------------------------------------------------------------------------

/** Bound parameters per SQLite insert statement. */
const MAX_PARAMS = 30_000;

export interface UpsertSpec {
  /** Columns of the unique key that rows collide on. */
  conflict: readonly string[];
  /** Columns overwritten on a collision (`do update set c = excluded.c`); empty: `do nothing`. */
  merge: readonly string[];
  /** Columns of the written rows to return (inserted and updated ones; not those left by `do nothing`). */
  returning?: readonly string[];
}

interface Column {
  /** How a value is bound: datetimes and booleans as the dialect stores them. */
  kind: 'date' | 'boolean' | 'other';
  /** PostgreSQL element type for `unnest(?::type[])`, without length or precision. */
  pgType: string;
}

const columnCache = new WeakMap<EntityMetadata, Map<string, Column>>();

/** Columns of an entity's table by column name, from MikroORM's metadata (as the migrations are). */
function columnsOf(meta: EntityMetadata): Map<string, Column> {
  let columns = columnCache.get(meta);
  if (columns) return columns;
  columns = new Map();
  for (const prop of Object.values(meta.props)) {
    const field = prop.fieldNames?.length === 1 ? prop.fieldNames[0] : undefined;
    if (!field || prop.persist === false) continue;
    const runtime = String(prop.runtimeType ?? prop.type).toLowerCase();
    columns.set(field, {
      kind: runtime === 'date' ? 'date' : runtime === 'boolean' ? 'boolean' : 'other',
      // A cast to varchar(n) would truncate silently; the column itself rejects what is too long.
      pgType: (prop.columnTypes?.[0] ?? 'text').replace(/\(.*\)$/, '').trim(),
    });
  }
  columnCache.set(meta, columns);
  return columns;
}

/** The rows a raw statement returned: an array from better-sqlite3, `{ rows }` from pg. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
}

const quote = (identifier: string) => `"${identifier}"`;

/**
 * `insert … on conflict (key) do update set c = excluded.c` (or `do nothing`) for many rows of an entity's
 * table, keyed by column name; datetimes (Date or epoch ms) and booleans are converted as the dialect stores
 * them. Table, columns and their types come from the entity metadata, so they follow the entities (and the
 * migrations, which a test keeps equal to them). Hand-written because knex's SQLite insert builds
 * `select … union all select …`, which SQLite caps at 500 rows.
 * - SQLite: `values (…), (…)`, in statements of at most MAX_PARAMS bound values.
 * - PostgreSQL: `select * from unnest(?::int[], ?::text[], …)`, one array per column: one statement per
 *   call, and much less to parse and bind than thousands of scalar parameters.
 */
export async function upsertRows(
  trx: Knex,
  em: SqlEntityManager,
  entity: EntitySchema,
  rows: readonly Record<string, unknown>[],
  spec: UpsertSpec,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const dialect = dialectOf(em);
  const meta = em.getMetadata().get(entity.meta.className);
  const known = columnsOf(meta);
  const names = Object.keys(rows[0] as object);
  const columns = names.map((name) => {
    const column = known.get(name);
    if (!column) throw new Error(`${meta.tableName} has no column ${name}`);
    return column;
  });
  const value = (row: Record<string, unknown>, i: number): Knex.RawBinding => {
    const v = row[names[i] as string] ?? null;
    if (v === null) return null;
    const kind = (columns[i] as Column).kind;
    if (kind === 'date') return dateParam(dialect, v as Date | number);
    if (kind === 'boolean') return booleanParam(dialect, v as boolean);
    return v as Knex.RawBinding;
  };
  const action = spec.merge.length
    ? `do update set ${spec.merge.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
    : 'do nothing';
  const tail =
    ` on conflict (${spec.conflict.map(quote).join(', ')}) ${action}` +
    (spec.returning ? ` returning ${spec.returning.map(quote).join(', ')}` : '');
  const head = `insert into ${quote(meta.tableName)} (${names.map(quote).join(', ')})`;

  if (dialect === 'postgresql') {
    const arrays = names.map((_, i) => rows.map((row) => value(row, i)));
    const sql = `${head} select * from unnest(${columns.map((c) => `?::${c.pgType}[]`).join(', ')})${tail}`;
    const result: unknown = await trx.raw(sql, arrays as unknown as Knex.RawBinding[]);
    return spec.returning ? rowsOf(result) : [];
  }
  const tuple = `(${names.map(() => '?').join(', ')})`;
  const out: Record<string, unknown>[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const bindings: Knex.RawBinding[] = [];
    for (const row of part) for (let i = 0; i < names.length; i++) bindings.push(value(row, i));
    const result: unknown = await trx.raw(`${head} values ${part.map(() => tuple).join(', ')}${tail}`, bindings);
    if (spec.returning) out.push(...rowsOf(result));
  }
  return out;
}

// ---- first rows per key ---------------------------------------------------------------------------------

export interface FirstRowsPerKey {
  /** A table with an `id` primary key. */
  table: string;
  /** The column the keys match; an index on (keyColumn, order columns) makes each key an index walk. */
  keyColumn: string;
  keys: readonly number[];
  columns: readonly string[];
  /** The order within a key; end it with `id` so it is total. */
  orderBy: readonly { column: string; direction: 'asc' | 'desc' }[];
  /** Equality conditions on other columns, with values already bound for the dialect (see booleanParam). */
  where?: Readonly<Record<string, Knex.Value>>;
  limit: number;
}

/**
 * The first `limit` rows of each key by `orderBy`, in one statement that walks the index once per key instead
 * of ranking every row of every key (as a window function must): a LATERAL join on PostgreSQL; on SQLite,
 * which has no LATERAL, a correlated `id in (select … limit n)` per key. The rows come in no particular order
 * (sorting wide rows in SQL cost more than sorting them in JavaScript). Run it with the entity manager's
 * `execute`.
 */
export function firstRowsPerKey(knex: Knex, dialect: Dialect, spec: FirstRowsPerKey): Knex.Raw {
  if (spec.keys.length === 0) throw new Error('firstRowsPerKey needs at least one key');
  const key = quote(spec.keyColumn);
  const table = quote(spec.table);
  const where = Object.entries(spec.where ?? {});
  const order = (alias: string) => spec.orderBy.map((o) => `${alias}.${quote(o.column)} ${o.direction}`).join(', ');
  const firstOfKey = (select: string) =>
    `select ${select} from ${table} s where s.${key} = k.column1` +
    `${where.map(([column]) => ` and s.${quote(column)} = ?`).join('')} order by ${order('s')} limit ?`;
  const keys = `(values ${spec.keys.map(() => '(?)').join(', ')}) as k`;
  const columns = (alias: string) => spec.columns.map((c) => `${alias}.${quote(c)}`).join(', ');
  const sql =
    dialect === 'postgresql'
      ? `select ${columns('t')} from ${keys} cross join lateral (${firstOfKey(columns('s'))}) t`
      : `select ${columns('t')} from ${keys} join ${table} t on t.id in (${firstOfKey('s.id')})`;
  return knex.raw(sql, [...spec.keys, ...where.map(([, value]) => value), spec.limit] as Knex.RawBinding[]);
}
