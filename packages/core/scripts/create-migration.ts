/**
 * Writes a migration for both dialects from the difference between the entities and the schema that the
 * committed migrations produce. Usage: npm run migration:create -w @creatorgraph/core [-- --name add-x]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { initORM } from '../src/db/orm.js';

const { values } = parseArgs({ options: { name: { type: 'string', default: '' } } });
const pgBase = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createFor(dialect: 'sqlite' | 'postgresql'): Promise<boolean> {
  const dir = resolve(import.meta.dirname, '../src/migrations', dialect);
  let databaseUrl: string;
  let dropPg: (() => Promise<void>) | undefined;
  if (dialect === 'sqlite') {
    databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), 'cg-mig-')), 'db.sqlite')}`;
  } else {
    const name = `cg_mig_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = await initORM({ databaseUrl: pgBase, migrate: false });
    await admin.em.getConnection().execute(`create database ${name}`);
    dropPg = async () => {
      await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
    databaseUrl = pgBase.replace(/\/[^/]*$/, `/${name}`);
  }
  const db = await initORM({
    databaseUrl,
    overrides: {
      migrations: { path: dir, pathTs: dir, emit: 'ts', fileName: (ts, n) => `Migration${ts}${n ? `_${n}` : ''}` },
    },
  });
  const result = await db.orm.getMigrator().createMigration(dir, false, false, values.name || undefined);
  await db.close();
  await dropPg?.();
  // SQLite diffs always carry foreign-key pragmas; a migration with nothing else in it is no change.
  const meaningful = result.diff.up.filter((sql) => !/^pragma /i.test(sql.trim()));
  if (result.fileName && meaningful.length === 0) rmSync(join(dir, result.fileName));
  if (!result.fileName || meaningful.length === 0) {
    console.log(`${dialect}: no changes`);
    return false;
  }
  const files = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .sort();
  const names = files.map((f) => basename(f, '.ts'));
  const index = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n.replace(/[^A-Za-z0-9_]/g, '_')} } from './${n}.js';`),
    '',
    `export const ${dialect === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations'}: MigrationObject[] = [`,
    ...names.map((n) => `  { name: '${n}', class: ${n.replace(/[^A-Za-z0-9_]/g, '_')} },`),
    '];',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'index.ts'), index);
  console.log(`${dialect}: ${result.fileName}`);
  return true;
}

// SQLite's differ rebuilds tables with check constraints on every run, so PostgreSQL's diff decides.
if (await createFor('postgresql')) await createFor('sqlite');
