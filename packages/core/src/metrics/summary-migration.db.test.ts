import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowDate } from '../common/rows.js';
import { type Database, initORM } from '../db/orm.js';

/**
 * The revision-2 migration on a database that already holds computed summaries (SQLite, in memory): it adds
 * the interval sources, growth and sponsored share, and expires every row so the next read recomputes it
 * under the new interval rule instead of serving an interval without sources and empty discovery columns.
 */

const BEFORE = 'Migration20261129135115_account_metrics';
const REVISION = 'Migration20261129171000_metrics_revision2';

describe('metrics revision 2 migration on sqlite', () => {
  let db: Database;
  beforeAll(async () => {
    db = await initORM({ databaseUrl: ':memory:', migrate: false, overrides: { pool: { min: 1, max: 1 } } });
    await db.orm.getMigrator().up({ to: BEFORE });
  });
  afterAll(() => db?.close());

  it('adds the columns and expires the summaries computed under the old rule', async () => {
    const knex = db.em.getKnex();
    const [creator] = await knex('creators')
      .insert({ ref: 'm', name: 'M', country: 'US', max_followers: 100, created_at: Date.now() })
      .returning('id');
    const [account] = await knex('accounts')
      .insert({
        creator_id: (creator as { id: number }).id,
        platform: 'INSTAGRAM',
        handle: 'm',
        external_id: 'm',
        followers: 100,
        created_at: Date.now(),
        updated_at: Date.now(),
      })
      .returning('id');
    const id = (account as { id: number }).id;
    const future = new Date('2030-01-01T00:00:00Z');
    // A summary computed before the revision: valid for years, an interval without sources.
    await knex('account_metrics')
      .where('account_id', id)
      .update({
        computed_at: new Date('2026-11-01T00:00:00Z'),
        valid_until: future,
        interval_low: 0.01,
        interval_high: 0.01,
      });
    const before = await knex('account_metrics').where('account_id', id).first();
    expect(rowDate(before.valid_until).getTime()).toBe(future.getTime());

    await db.orm.getMigrator().up({ to: REVISION });
    const after = await knex('account_metrics').where('account_id', id).first();
    expect(rowDate(after.valid_until).getTime()).toBe(0);
    expect(Number(after.generation)).toBe(Number(before.generation) + 1);
    expect(after).toMatchObject({
      interval_low_source: null,
      interval_high_source: null,
      growth: null,
      sponsored_share: null,
    });
    const indexes: { name: string }[] = await knex.raw(
      "select name from sqlite_master where type = 'index' and tbl_name = 'account_metrics'",
    );
    expect(indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['account_metrics_growth_index', 'account_metrics_sponsored_share_index']),
    );

    await db.orm.getMigrator().down({ migrations: [REVISION] });
    const reverted = await knex('account_metrics').where('account_id', id).first();
    expect(reverted).not.toHaveProperty('growth');
    expect(reverted).not.toHaveProperty('interval_low_source');
  });
});
