import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Options } from '@mikro-orm/core';
import type { Dialect } from './dialect.js';
import { initORM } from './orm.js';

export interface ScratchDatabase {
  /** The URL to open it with (initORM, DATABASE_URL of another process). */
  url: string;
  /** ORM options it needs: an in-memory SQLite database lives in one connection. */
  overrides: Partial<Options>;
  /** Removes it (drops the PostgreSQL database, deletes the SQLite file). */
  drop(): Promise<void>;
}

export interface ScratchOptions {
  /** A PostgreSQL URL whose user may create databases: the new one goes on the same server. */
  adminUrl: string;
  /** SQLite in memory (visible to this process only) instead of a temporary file. */
  inMemory?: boolean;
  /** Prefix of the PostgreSQL database name and of the SQLite temporary directory. */
  prefix?: string;
}

/** An empty, throwaway database (tests, migration generation, benchmarks). */
export async function createScratchDatabase(dialect: Dialect, options: ScratchOptions): Promise<ScratchDatabase> {
  const prefix = options.prefix ?? 'cg_test';
  if (dialect === 'sqlite') {
    if (options.inMemory) return { url: ':memory:', overrides: { pool: { min: 1, max: 1 } }, drop: async () => {} };
    const dir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
    return {
      url: `file:${join(dir, 'db.sqlite')}`,
      overrides: {},
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await initORM({ databaseUrl: options.adminUrl, migrate: false });
  await admin.em.getConnection().execute(`create database ${name}`);
  await admin.close();
  return {
    url: options.adminUrl.replace(/\/[^/]*$/, `/${name}`),
    overrides: {},
    drop: async () => {
      const again = await initORM({ databaseUrl: options.adminUrl, migrate: false });
      await again.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await again.close();
    },
  };
}
