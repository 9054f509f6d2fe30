import { randomUUID } from 'node:crypto';
import { type Database, type Dialect, initORM } from '../db/orm.js';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether the PostgreSQL suites must run: mandatory on CI, opt-out locally with SKIP_PG=1. */
export function postgresRequired(): boolean {
  return Boolean(process.env.CI) || !process.env.SKIP_PG;
}

export interface TestDatabase extends Database {
  /** Closes the connection and, for PostgreSQL, drops the throwaway database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory SQLite, or a new PostgreSQL database that `destroy` drops.
 */
export async function createTestDatabase(
  dialect: Dialect,
  overrides: Parameters<typeof initORM>[0]['overrides'] = {},
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = await initORM({ databaseUrl: ':memory:', overrides: { pool: { min: 1, max: 1 }, ...overrides } });
    return { ...db, destroy: () => db.close() };
  }
  const name = `cg_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await initORM({ databaseUrl: PG_ADMIN_URL, migrate: false });
  await admin.em.getConnection().execute(`create database ${name}`);
  await admin.close();
  const db = await initORM({ databaseUrl: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`), overrides });
  return {
    ...db,
    destroy: async () => {
      await db.close();
      const again = await initORM({ databaseUrl: PG_ADMIN_URL, migrate: false });
      await again.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await again.close();
    },
  };
}

/** Counts SQL statements sent through an ORM's knex instance while `fn` runs. */
export async function countStatements<T>(
  db: Database,
  fn: () => Promise<T>,
): Promise<{ result: T; count: number; sql: string[] }> {
  const knex = db.em.getConnection().getKnex();
  const sql: string[] = [];
  const listener = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', listener);
  try {
    const result = await fn();
    return { result, count: sql.length, sql };
  } finally {
    knex.off('query', listener);
  }
}

export const DIALECTS: Dialect[] = ['sqlite', 'postgresql'];
export * from './fixtures.js';
export * from './inputs.js';
export * from './metrics-fixtures.js';
