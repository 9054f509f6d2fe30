import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textSource } from '../../test/ingest/dataset.js';
import { createTestDatabase, rejection, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { ImportAbortedError, importFiles } from './import.js';
import { IngestRepository } from './repository.js';
import { validatePost } from './validate.js';
import { type Pending, WRITERS } from './write.js';

/**
 * The post merge (COPY + one statement on PostgreSQL, prepared multi-row statements on SQLite): text that
 * COPY must escape, how a batch is classified and which accounts it reports, and that a failed batch leaves
 * nothing behind, not even its staging table.
 */

const CREATORS = 'creator_ref,name,country,niches\nc1,Ada,GB,tech\n';
const ACCOUNTS = `creator_ref,platform,handle,external_id,followers,following,rate_per_post_minor,currency
c1,INSTAGRAM,ada,ig-ada,1000,,,
c1,INSTAGRAM,grace,ig-grace,1000,,,
c1,INSTAGRAM,lin,ig-lin,1000,,,
c1,INSTAGRAM,kim,ig-kim,1000,,,
`;

const CAPTIONS = [
  'Golden hour, "no filter", honest\n\nline two, with a comma\r\nand a CRLF #ad',
  'tab\there, newline\nthere, carriage\rreturn',
  'back\\slash, double \\\\, trailing \\',
  '\\N',
  '\\.',
  'line one\n\\.\nline three',
  '\\t is not a tab, \\n is not a newline',
  'emoji 👇🏽, combining é, RTL שלום',
  ' leading and trailing spaces ',
  'many\t\t\ttabs\n\n\n',
];

function post(externalId: string, handle: string, extra: Record<string, unknown> = {}) {
  return {
    platform: 'INSTAGRAM',
    handle,
    external_id: externalId,
    posted_at: '2025-05-01T10:00:00.123Z',
    kind: 'PHOTO',
    sponsored: 'false',
    likes: '10',
    ...extra,
  };
}
const jsonl = (rows: object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

describe.each(TEST_DIALECTS)('post merge on %s', (dialect) => {
  let db: TestDatabase;
  const accountIds: Record<string, number> = {};
  const knex = () => db.em.getConnection().getKnex();

  beforeAll(async () => {
    // One connection: a staging table left behind by a batch would break the next one.
    db = await createTestDatabase(dialect, { pool: { min: 1, max: 1 } });
    await importFiles(db, [textSource('creators.csv', CREATORS), textSource('accounts.csv', ACCOUNTS)]);
    for (const a of await knex()('accounts').select('id', 'handle')) accountIds[a.handle] = Number(a.id);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('stores captions COPY must escape exactly, and finds them unchanged on re-import', async () => {
    const file = () =>
      textSource('posts.jsonl', jsonl(CAPTIONS.map((caption, i) => post(`cap-${i}`, 'ada', { caption }))));
    const first = await importFiles(db, [file()], { batchSize: 4 });
    expect(first.rejections).toEqual([]);
    expect(first.totals).toMatchObject({ inserted: CAPTIONS.length, updated: 0, unchanged: 0 });
    const stored = await knex()('posts').where('external_id', 'like', 'cap-%').select('external_id', 'caption');
    expect(Object.fromEntries(stored.map((p) => [p.external_id, p.caption]))).toEqual(
      Object.fromEntries(CAPTIONS.map((caption, i) => [`cap-${i}`, caption])),
    );
    const again = await importFiles(db, [file()], { batchSize: 4 });
    expect(again.totals).toMatchObject({ inserted: 0, updated: 0, unchanged: CAPTIONS.length, rejected: 0 });
  });

  it('classifies a batch and reports the accounts it touched, including one a post left', async () => {
    await importFiles(db, [
      textSource(
        'posts.jsonl',
        jsonl([post('changed', 'ada'), post('same', 'kim'), post('moving', 'lin', { caption: 'moves' })]),
      ),
    ]);
    const records = [
      post('new', 'ada'),
      post('changed', 'ada', { likes: '11' }),
      post('same', 'kim'),
      post('moving', 'grace', { caption: 'moves' }),
      post('orphan', 'ghost'),
    ];
    const rows = records.map((record, i) => {
      const result = validatePost(record);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return { line: i + 2, value: result.value } satisfies Pending<typeof result.value>;
    });
    const outcome = await knex().transaction((trx) =>
      WRITERS.posts(new IngestRepository(trx, db.em), rows, { now: new Date() }),
    );
    expect(outcome).toMatchObject({ inserted: 1, updated: 2, unchanged: 1 });
    expect(outcome.rejected).toEqual([
      {
        line: 6,
        field: 'handle',
        reason: 'account INSTAGRAM/@ghost not found: import accounts first or include accounts.csv',
      },
    ]);
    expect([...outcome.accountIds].sort((a, b) => a - b)).toEqual(
      [accountIds.ada, accountIds.grace, accountIds.lin].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    const moved = await knex()('posts').where('external_id', 'moving').first();
    expect(Number(moved.account_id)).toBe(accountIds.grace);
    expect(Number((await knex()('posts').where('external_id', 'changed').first()).likes)).toBe(11);
  });

  it('leaves nothing of a failed batch, and the next import on the same connection completes it', async () => {
    const fail = {
      postgresql: [
        `create function fail_boom() returns trigger language plpgsql as $$ begin raise exception 'boom refused'; end $$`,
        `create trigger fail_boom before insert on posts for each row when (new.external_id = 'boom') execute function fail_boom()`,
      ],
      sqlite: [
        `create trigger fail_boom before insert on posts when new.external_id = 'boom' begin select raise(abort, 'boom refused'); end`,
      ],
    }[dialect];
    for (const sql of fail) await knex().raw(sql);
    if (dialect === 'postgresql') {
      // Without its staging table (the statements prepared on the old one remain), the failing batch is the
      // one that creates it again, and its rollback drops it.
      await knex().raw('discard temp');
      const alone = await rejection(importFiles(db, [textSource('boom.jsonl', jsonl([post('boom', 'ada')]))]));
      expect(alone.message).toMatch(/boom refused/);
    }
    const file = () =>
      textSource('posts.jsonl', jsonl([post('b1', 'ada'), post('b2', 'ada'), post('boom', 'ada'), post('b3', 'ada')]));
    const error = await rejection(importFiles(db, [file()], { batchSize: 2 }));
    expect(error).toBeInstanceOf(ImportAbortedError);
    expect(error.message).toMatch(/\(lines 3–4\) was rolled back: .*boom refused/);
    expect((error as ImportAbortedError).report.totals).toMatchObject({ inserted: 2 });
    const ids = async () =>
      (await knex()('posts').whereIn('external_id', ['b1', 'b2', 'boom', 'b3']).pluck('external_id')).sort();
    expect(await ids()).toEqual(['b1', 'b2']);

    await knex().raw(`drop trigger fail_boom${dialect === 'postgresql' ? ' on posts' : ''}`);
    const rerun = await importFiles(db, [file()], { batchSize: 2 });
    expect(rerun.totals).toMatchObject({ inserted: 2, unchanged: 2, rejected: 0 });
    expect(await ids()).toEqual(['b1', 'b2', 'b3', 'boom']);
  });
});
