import type { Knex } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresRequired, type TestDatabase } from '../testing/index.js';
import { initORM } from './orm.js';

/**
 * Migration drift: the committed migrations must build exactly the schema the entities describe, on each
 * engine. A change to an entity without a migration (or a hand-edited migration) fails here, not in
 * production.
 */

describe.skipIf(!postgresRequired())('migrations on postgresql', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
  });
  afterAll(() => db?.destroy());

  it("leave nothing for MikroORM's schema generator to change", async () => {
    expect(await db.orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
    expect(await db.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('open connections without JIT compilation (it costs more than short API statements take)', async () => {
    const result = await db.em.getKnex().raw('show jit');
    expect(result.rows[0].jit).toBe('off');
  });

  it('index the foreign keys that lookups and cascades follow', async () => {
    // PostgreSQL, unlike SQLite, does not index foreign keys by itself: the entity declares this one.
    const knex = db.em.getKnex();
    const rows: { indexdef: string }[] = await knex('pg_indexes').select('indexdef').where('tablename', 'accounts');
    expect(rows.map((r) => r.indexdef).some((d) => /\(creator_id\)$/.test(d))).toBe(true);
  });
});

/**
 * SQLite's schema introspection cannot read the enum check constraints back (MikroORM's SQLite differ then
 * proposes rebuilding every table with one), so the comparison is between two SQLite catalogs: the
 * migrated database and one created by MikroORM's schema generator from the entities.
 */
describe('migrations on sqlite', () => {
  let migrated: TestDatabase;
  let generated: Awaited<ReturnType<typeof initORM>>;
  beforeAll(async () => {
    migrated = await createTestDatabase('sqlite');
    generated = await initORM({ databaseUrl: ':memory:', migrate: false, overrides: { pool: { min: 1, max: 1 } } });
    await generated.orm.schema.createSchema();
  });
  afterAll(async () => {
    await migrated?.destroy();
    await generated?.close();
  });

  it('build the same tables, columns, checks, indexes and foreign keys as the entities', async () => {
    const expected = await sqliteCatalog(generated.em.getKnex());
    const actual = await sqliteCatalog(migrated.em.getKnex());
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    expect(actual).toEqual(expected);
  });
});

/** `check (…)` clauses of a CREATE TABLE statement, with balanced parentheses, normalized. */
function checks(sql: string): string[] {
  const out: string[] = [];
  const lower = sql.toLowerCase();
  for (let at = lower.indexOf('check ('); at >= 0; at = lower.indexOf('check (', at + 1)) {
    let depth = 0;
    let end = at + 'check '.length;
    for (; end < lower.length; end++) {
      if (lower[end] === '(') depth++;
      else if (lower[end] === ')' && --depth === 0) break;
    }
    out.push(lower.slice(at, end + 1).replace(/\s+/g, ' '));
  }
  return out.sort();
}

/** A SQLite schema as data: per table its columns, check constraints, indexes and foreign keys. */
async function sqliteCatalog(knex: Knex): Promise<Record<string, unknown>> {
  const pragma = (sql: string) => knex.raw(sql) as Promise<Record<string, unknown>[]>;
  const tables: { name: string; sql: string }[] = await knex('sqlite_master')
    .select('name', 'sql')
    .where('type', 'table')
    .whereNot('name', 'like', 'sqlite_%')
    .whereNot('name', 'like', 'mikro_orm_%')
    .orderBy('name');
  const out: Record<string, unknown> = {};
  for (const { name, sql } of tables) {
    const columns = (await pragma(`pragma table_xinfo(\`${name}\`)`)).map((c) => ({
      name: c.name,
      type: String(c.type).toLowerCase(),
      notnull: c.notnull,
      default: c.dflt_value,
      pk: c.pk,
    }));
    const indexes = [];
    for (const index of await pragma(`pragma index_list(\`${name}\`)`)) {
      const cols = (await pragma(`pragma index_info(\`${String(index.name)}\`)`)).map((c) => c.name);
      indexes.push({ name: index.name, unique: index.unique, origin: index.origin, partial: index.partial, cols });
    }
    const foreignKeys = (await pragma(`pragma foreign_key_list(\`${name}\`)`)).map((f) => ({
      table: f.table,
      from: f.from,
      to: f.to,
      onUpdate: f.on_update,
      onDelete: f.on_delete,
    }));
    out[name] = {
      columns: columns.sort((a, b) => String(a.name).localeCompare(String(b.name))),
      checks: checks(sql),
      indexes: indexes.sort((a, b) => String(a.name).localeCompare(String(b.name))),
      foreignKeys: foreignKeys.sort((a, b) => String(a.from).localeCompare(String(b.from))),
    };
  }
  return out;
}
