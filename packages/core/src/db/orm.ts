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

export type { Dialect } from './dialect.js';
export { dialectOf } from './dialect.js';
export type EntityManager = SqlEntityManager;

type Done = (error: Error | null, connection: unknown) => void;

export interface InitOrmOptions {
  /** `postgres://…` selects PostgreSQL; `file:<path>` or `:memory:` selects embedded SQLite. */
  databaseUrl: string;
  /** Apply committed migrations on start (default true). */
  migrate?: boolean;
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

export async function initORM(options: InitOrmOptions): Promise<Database> {
  const orm = await MikroORM.init(ormOptions(options.databaseUrl, options.overrides));
  const dialect = dialectOf(options.databaseUrl);
  await prepareConnection((orm.em as EntityManager).getConnection().getKnex(), dialect);
  if (options.migrate !== false) await orm.getMigrator().up();
  return {
    orm,
    dialect,
    em: orm.em as EntityManager,
    close: () => orm.close(true),
  };
}
