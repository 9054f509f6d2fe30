import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PG_ADMIN_URL, rejection, scratchDatabase, TEST_DIALECTS } from '../testing/index.js';
import { DatabaseMissingError, migrateDatabase, migrationNames, pendingMigrations } from './migrate.js';
import { initORM } from './orm.js';

const dropped: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const drop of dropped.splice(0)) await drop();
});

async function fresh(dialect: (typeof TEST_DIALECTS)[number]) {
  const db = await scratchDatabase(dialect);
  dropped.push(db.drop);
  return db.url;
}

describe.each(TEST_DIALECTS)('migrations under the lock (%s)', (dialect) => {
  it('two migrations started together on a fresh database both succeed; each migration runs once', async () => {
    const url = await fresh(dialect);
    const runs = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    // One applied everything; the others waited for the lock and found nothing pending.
    expect(runs.map((r) => r.length).sort((a, b) => b - a)).toEqual([migrationNames(dialect).length, 0, 0]);
    const db = await initORM({ databaseUrl: url, migrate: false, createDatabase: false });
    try {
      expect(await pendingMigrations(db.em.fork())).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('instances starting together (migrating on start) do not race', async () => {
    const url = await fresh(dialect);
    const dbs = await Promise.all([initORM({ databaseUrl: url }), initORM({ databaseUrl: url })]);
    await Promise.all(dbs.map((db) => db.close()));
  });

  it('lists every migration as pending on an empty database, without creating anything', async () => {
    const url = await fresh(dialect);
    const db = await initORM({ databaseUrl: url, migrate: false });
    try {
      expect(await pendingMigrations(db.em.fork())).toEqual(migrationNames(dialect));
      expect(await db.em.getKnex().schema.hasTable('mikro_orm_migrations')).toBe(false);
    } finally {
      await db.close();
    }
  });
});

describe('a database that does not exist', () => {
  it('SQLite: refused when creation is off, and the file is not created', async () => {
    const url = `file:${(await fresh('sqlite')).replace(/^file:/, '').replace(/db\.sqlite$/, 'missing.sqlite')}`;
    const error = await rejection(initORM({ databaseUrl: url, createDatabase: false, migrate: false }));
    expect(error).toBeInstanceOf(DatabaseMissingError);
    expect(existsSync(url.slice('file:'.length))).toBe(false);
  });

  it.runIf(TEST_DIALECTS.includes('postgresql'))('PostgreSQL: error 3D000 and nothing created', async () => {
    const name = `cg_missing_${Date.now()}`;
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    const error = await rejection(initORM({ databaseUrl: url, createDatabase: false }));
    expect((error as { code?: string }).code).toBe('3D000');
    const admin = await initORM({ databaseUrl: PG_ADMIN_URL, migrate: false });
    try {
      const rows = await admin.em.getConnection().execute('select 1 from pg_database where datname = ?', [name]);
      expect(rows).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});
