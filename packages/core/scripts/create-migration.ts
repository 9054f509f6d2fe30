/**
 * Writes a migration for both dialects from the difference between the entities and the schema that the
 * committed migrations produce. Usage: npm run migration:create -w @creatorgraph/core [-- --name add-x]
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dialect } from '../src/db/dialect.js';
import { initORM } from '../src/db/orm.js';
import { createScratchDatabase } from '../src/db/scratch.js';

const { values } = parseArgs({ options: { name: { type: 'string', default: '' } } });
const pgBase = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createFor(dialect: Dialect): Promise<boolean> {
  const dir = resolve(import.meta.dirname, '../src/migrations', dialect);
  const scratch = await createScratchDatabase(dialect, { adminUrl: pgBase, prefix: 'cg_mig' });
  const db = await initORM({
    databaseUrl: scratch.url,
    overrides: {
      migrations: { path: dir, pathTs: dir, emit: 'ts', fileName: (ts, n) => `Migration${ts}${n ? `_${n}` : ''}` },
    },
  });
  const result = await db.orm.getMigrator().createMigration(dir, false, false, values.name || undefined);
  await db.close();
  await scratch.drop();
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
