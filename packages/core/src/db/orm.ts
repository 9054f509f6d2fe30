import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { postgresqlMigrations } from '../migrations/postgresql/index.js';
import { sqliteMigrations } from '../migrations/sqlite/index.js';
import { type Dialect, dialectOf, prepareConnection } from './dialect.js';
import { entities } from './entities.js';
import { DatabaseMissingError, migrateDatabase, migrateUnderLock, sqliteFileExists } from './migrate.js';

export type { Dialect } from './dialect.js';
export { dialectOf } from './dialect.js';
export type EntityManager = SqlEntityManager;

type Done = (error: Error | null, connection: unknown) => void;

export interface InitOrmOptions {
  /** `postgres://…` selects PostgreSQL; `file:<path>` or `:memory:` selects embedded SQLite. */
  databaseUrl: string;
  /**
   * Apply committed migrations on start (default true), under the migration lock, so instances started
   * together never race (see migrate.ts).
   */
  migrate?: boolean;
  /**
   * Create the database when it does not exist (default true: tests and the demo). Production passes
   * false: a mistyped name is then an error naming it, not an empty database served as if it were real.
   */
  createDatabase?: boolean;
  /** Extra MikroORM options, e.g. a logger for statement counting in tests. */
  overrides?: Partial<Options>;
}

export interface Database {
  orm: MikroORM;
  dialect: Dialect;
  /** The root entity manager; fork it per request or unit of work. */
  em: EntityManager;
  close(): Promise<void>;
}

export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  const dialect = dialectOf(databaseUrl);
  const common = {
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    // Entities are defined with defineEntity, so there is no reflection to do.
    metadataProvider: undefined,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
  } satisfies Partial<Options>;
  const connection =
    dialect === 'postgresql'
      ? {
          driver: PostgreSqlDriver,
          clientUrl: databaseUrl,
          // An unreachable host fails within seconds instead of pg's default of waiting forever.
          driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS } },
          pool: {
            min: 0,
            max: 10,
            // JIT compiles plans whose estimated cost is high, such as campaign sums with correlated
            // sub-queries: 0.6 s of compiling for a 1 s query, measured. API statements are short: no JIT.
            afterCreate: (conn: { query(sql: string, cb: (error: Error | null) => void): void }, done: Done) =>
              conn.query('set jit = off', (error) => done(error, conn)),
          },
        }
      : { driver: BetterSqliteDriver, dbName: sqliteDbName(databaseUrl) };
  return {
    ...common,
    ...connection,
    ...overrides,
    // Merged, not replaced: a caller's knex logging must not drop the connect timeout.
    ...('driverOptions' in connection || overrides.driverOptions
      ? { driverOptions: { ...(connection as { driverOptions?: object }).driverOptions, ...overrides.driverOptions } }
      : {}),
    migrations: {
      migrationsList: dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations,
      transactional: true,
      allOrNothing: true,
      silent: true,
      snapshot: false,
      ...overrides.migrations,
    },
  } as Options;
}

/** `:memory:` as is; a `file:` path resolved, with its folder created. */
function sqliteDbName(databaseUrl: string): string {
  const dbName = databaseUrl === ':memory:' ? ':memory:' : resolve(databaseUrl.replace(/^file:/, ''));
  if (dbName !== ':memory:') mkdirSync(dirname(dbName), { recursive: true });
  return dbName;
}

/** Seconds to wait for a PostgreSQL connection before calling the server unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

export async function initORM(options: InitOrmOptions): Promise<Database> {
  const dialect = dialectOf(options.databaseUrl);
  const create = options.createDatabase !== false;
  if (dialect === 'sqlite' && !create && !sqliteFileExists(options.databaseUrl)) {
    throw new DatabaseMissingError(resolve(options.databaseUrl.replace(/^file:/, '')));
  }
  // PostgreSQL migrates on a connection of its own, which holds the advisory lock (see migrate.ts).
  const migrate = options.migrate !== false;
  if (migrate && dialect === 'postgresql') await migrateDatabase(options.databaseUrl, { createDatabase: create });
  const orm = await MikroORM.init(
    ormOptions(options.databaseUrl, {
      // Created above when allowed (migrating); MikroORM's default would create it silently.
      ...(dialect === 'postgresql' ? { ensureDatabase: create && !migrate } : {}),
      ...options.overrides,
    }),
  );
  try {
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    throw error;
  }
  await prepareConnection((orm.em as EntityManager).getConnection().getKnex(), dialect);
  if (migrate && dialect === 'sqlite') await migrateUnderLock(orm, options.databaseUrl);
  return {
    orm,
    dialect,
    em: orm.em as EntityManager,
    close: () => orm.close(true),
  };
}
