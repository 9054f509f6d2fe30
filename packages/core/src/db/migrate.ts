import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { type Dialect, dialectOf } from './dialect.js';
// A cycle (orm.ts runs migrations through this module): only functions cross it, used after loading.
import { ormOptions } from './orm.js';

/**
 * Migrations as a step of their own, safe to run from several processes at once (two instances starting
 * together, two `npm run migrate` jobs): each takes a database-wide lock, applies what is pending and lets
 * go; the second one then finds nothing pending.
 *
 * - PostgreSQL: a session advisory lock on a fixed key, taken on the very connection that migrates (the
 *   migrating ORM has a pool of one), so the lock lives exactly as long as that session: a process that
 *   dies mid-way releases it with its connection.
 * - SQLite (a file): an exclusive transaction on a sidecar file `<database>.migrate-lock`. SQLite's own
 *   file locks are released by the OS when a process dies, so a crash never leaves a stale lock.
 * - SQLite in memory: one process by definition; no lock.
 */

/** Key of the PostgreSQL advisory lock (any fixed 64-bit number; this one spells "creatorgraph migrate"). */
export const MIGRATION_LOCK_KEY = 4_212_671_337_001;

/** The table MikroORM records applied migrations in. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** Longest wait for another process's migrations before giving up. */
const LOCK_WAIT_MS = 10 * 60_000;

/** The committed migrations of a dialect, in order. */
export function migrationNames(dialect: Dialect): string[] {
  return (dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations).map((m) => m.name);
}

/** The schema lags behind the code: production refuses to start until `npm run migrate` has run. */
export class SchemaNotCurrentError extends Error {
  constructor(public readonly pending: string[]) {
    super(
      `The database schema is not current: ${pending.length} migration${pending.length === 1 ? '' : 's'} ` +
        `pending (${pending.slice(0, 3).join(', ')}${pending.length > 3 ? ', …' : ''}). In production the ` +
        'server never migrates on start: run `npm run migrate` (the image: `node apps/server/dist/migrate.js`) ' +
        'once with the same DATABASE_URL, then start the instances.',
    );
    this.name = 'SchemaNotCurrentError';
  }
}

/** The database named by DATABASE_URL does not exist (and was not to be created). */
export class DatabaseMissingError extends Error {
  constructor(public readonly database: string) {
    super(`database ${database} does not exist`);
    this.name = 'DatabaseMissingError';
  }
}

/** Names of the committed migrations not recorded as applied. Reads only: creates nothing. */
export async function pendingMigrations(em: SqlEntityManager): Promise<string[]> {
  const all = migrationNames(dialectOf(em));
  const knex = em.getKnex();
  if (!(await knex.schema.hasTable(MIGRATIONS_TABLE))) return all;
  const rows = (await knex(MIGRATIONS_TABLE).select('name')) as { name: string }[];
  // MikroORM records names without an extension; older records may carry one.
  const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
  return all.filter((name) => !applied.has(name));
}

/**
 * Applies the pending migrations of `orm`'s database under the migration lock; returns their names.
 * `orm` must own a single connection on PostgreSQL (see {@link migrateDatabase}).
 */
export async function migrateUnderLock(orm: MikroORM, databaseUrl: string): Promise<string[]> {
  const dialect = dialectOf(databaseUrl);
  const up = async () => (await orm.getMigrator().up()).map((m) => m.name);
  if (dialect === 'postgresql') {
    const knex = (orm.em as SqlEntityManager).getKnex();
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK_KEY]);
    try {
      return await up();
    } finally {
      await knex.raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  }
  if (databaseUrl === ':memory:') return up();
  return withSqliteLock(`${resolve(databaseUrl.replace(/^file:/, ''))}.migrate-lock`, up);
}

/**
 * An exclusive transaction on a sidecar SQLite file while `fn` runs. Waiting is asynchronous (a failed
 * attempt is retried every 50 ms): better-sqlite3's own busy wait would block the event loop.
 */
async function withSqliteLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const lock = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: path,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    ensureDatabase: false,
    allowGlobalContext: true,
    debug: false,
  });
  const knex = (lock.em as SqlEntityManager).getKnex();
  try {
    await knex.raw('pragma busy_timeout = 0');
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await knex.raw('begin exclusive');
        break;
      } catch (error) {
        if (!/SQLITE_BUSY|database is locked/i.test(String((error as Error).message ?? error))) throw error;
        if (Date.now() > deadline)
          throw new Error(`another process has held ${path} for over ${LOCK_WAIT_MS / 60_000} min`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    try {
      return await fn();
    } finally {
      await knex.raw('commit').catch(() => undefined);
    }
  } finally {
    await lock.close(true);
  }
}

export interface MigrateDatabaseOptions {
  /** Create a missing PostgreSQL database first (the demo's convenience); never in production. */
  createDatabase?: boolean;
  /** Migration settings other than the list (tests). */
  migrations?: Record<string, unknown>;
}

/**
 * Opens `databaseUrl` on a connection of its own, applies the pending migrations under the lock and
 * closes: what `npm run migrate` and the demo's start do. Returns the names applied (empty: it was current).
 */
export async function migrateDatabase(databaseUrl: string, options: MigrateDatabaseOptions = {}): Promise<string[]> {
  const dialect = dialectOf(databaseUrl);
  const orm = await MikroORM.init(
    ormOptions(databaseUrl, {
      ensureDatabase: dialect === 'postgresql' ? Boolean(options.createDatabase) : false,
      ...(dialect === 'postgresql' ? { pool: { min: 1, max: 1 } } : {}),
      ...(options.migrations ? { migrations: options.migrations } : {}),
    }),
  );
  try {
    return await migrateUnderLock(orm, databaseUrl);
  } finally {
    await orm.close(true);
  }
}

/** Whether a SQLite database URL names a file that exists (`:memory:` always does). */
export function sqliteFileExists(databaseUrl: string): boolean {
  return databaseUrl === ':memory:' || existsSync(resolve(databaseUrl.replace(/^file:/, '')));
}
