import { type Database, type Dialect, initORM } from '../db/orm.js';
import { createScratchDatabase } from '../db/scratch.js';

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
 * An empty database that a process other than the test may open by URL (a temp SQLite file, or a new
 * PostgreSQL database), and how to remove it.
 */
export async function scratchDatabase(dialect: Dialect): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(dialect, { adminUrl: PG_ADMIN_URL });
}

/**
 * A fresh, migrated database: in-memory SQLite, or a new PostgreSQL database that `destroy` drops.
 */
export async function createTestDatabase(
  dialect: Dialect,
  overrides: Parameters<typeof initORM>[0]['overrides'] = {},
): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(dialect, { adminUrl: PG_ADMIN_URL, inMemory: true });
  const db = await initORM({ databaseUrl: scratch.url, overrides: { ...scratch.overrides, ...overrides } });
  return {
    ...db,
    destroy: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}

/** The error a promise rejects with, to inspect its fields; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
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
/** The dialects database suites run on: both, or SQLite alone when SKIP_PG is set outside CI. */
export const TEST_DIALECTS: Dialect[] = postgresRequired() ? DIALECTS : ['sqlite'];
export * from './fixtures.js';
export * from './inputs.js';
export * from './metrics-fixtures.js';
export * from './random.js';
