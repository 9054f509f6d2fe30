import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, dumpTables, fileSources, textSource, writeDataset } from '../../test/ingest/dataset.js';
import { rowDate } from '../common/rows.js';
import { type CreatorFilter, CreatorService } from '../creators/service.js';
import { Post } from '../posts/entity.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../testing/index.js';
import { type ExportKind, exportData, type ImportReport, importFiles } from './index.js';

const tmp = mkdtempSync(join(tmpdir(), 'cg-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const csv = writeDataset(join(tmp, 'csv'), { creators: 40, posts: 1_500 });
const jsonl = writeDataset(join(tmp, 'jsonl'), { creators: 40, posts: 1_500, format: 'jsonl' });
const ALL = () => fileSources(Object.values(csv.paths));
const totalRows = Object.values(csv.rows).reduce((a, b) => a + b, 0);

async function exportText(db: TestDatabase, kind: ExportKind, format: 'csv' | 'jsonl', filter?: CreatorFilter) {
  let text = '';
  for await (const chunk of exportData(db.em.fork(), { kind, format, filter, pageSize: 700 })) text += chunk;
  return text;
}

const FILTERS: CreatorFilter[] = [
  {},
  { tier: 'MICRO' },
  { niches: ['fitness', 'travel'] },
  { platform: 'INSTAGRAM', followers: { min: 5_000 } },
  { country: 'US' },
  { nameContains: 'an' },
];

async function creatorAnswers(db: TestDatabase): Promise<string[][]> {
  const service = new CreatorService(db.em.fork());
  const out: string[][] = [];
  for (const filter of FILTERS) {
    const page = await service.list(filter, { field: 'FOLLOWERS', direction: 'DESC' }, { first: 100 });
    out.push(page.items.map((c) => `${c.ref}:${c.maxFollowers}`));
  }
  return out;
}

describe.each(TEST_DIALECTS)('import pipeline on %s', (dialect) => {
  const dbs: TestDatabase[] = [];
  const fresh = async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    return db;
  };
  let db: TestDatabase;
  let first: ImportReport;

  beforeAll(async () => {
    db = await fresh();
    first = await importFiles(db, ALL());
  });
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.destroy()));
  });

  const summaryStates = async (target: TestDatabase) => {
    const rows: { computed_at: unknown; valid_until: unknown }[] = await target.em
      .fork()
      .getKnex()('account_metrics')
      .select('computed_at', 'valid_until');
    const now = Date.now();
    const expired = rows.filter(
      (r) => r.computed_at === null || (r.valid_until !== null && rowDate(r.valid_until).getTime() <= now),
    );
    return { rows: rows.length, expired: expired.length };
  };

  it("leaves every account's precomputed metrics current, or expired for readers when asked to", async () => {
    const accounts = await countRows(db, 'accounts');
    expect(await summaryStates(db)).toEqual({ rows: accounts, expired: 0 });
    const lazy = await fresh();
    await importFiles(lazy, ALL(), { refreshMetrics: false });
    expect(await summaryStates(lazy)).toEqual({ rows: accounts, expired: accounts });
  });

  it('imports a generated dataset whole, in dependency order, keeping maxFollowers in step', async () => {
    expect(first.rejections).toEqual([]);
    expect(first.totals).toEqual({ rowsRead: totalRows, inserted: totalRows, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.files.map((f) => f.kind)).toEqual(['creators', 'accounts', 'follower_snapshots', 'posts']);
    expect(await countRows(db, 'posts')).toBe(csv.rows.posts);
    const knex = db.em.getConnection().getKnex();
    const stale = await knex('creators as c')
      .leftJoin(
        knex('accounts').select('creator_id').max({ m: 'followers' }).groupBy('creator_id').as('a'),
        'a.creator_id',
        'c.id',
      )
      .whereRaw('c.max_followers <> coalesce(a.m, 0)')
      .count({ n: '*' });
    expect(Number(stale[0]?.n)).toBe(0);
    // Handles are stored lower case without '@'; niches lower case, one row each.
    const handles: { handle: string }[] = await knex('accounts').select('handle');
    for (const { handle } of handles) expect(handle).toMatch(/^[^@A-Z\s]+$/);
  });

  it('writes the same representation MikroORM does (dates, booleans) so entities load', async () => {
    const em = db.em.fork();
    const post = await em.findOneOrFail(Post, { sponsored: true }, { populate: ['account'] });
    expect(post.postedAt).toBeInstanceOf(Date);
    expect(post.sponsored).toBe(true);
    expect(post.platform).toBe(post.account.platform);
    if (dialect === 'sqlite') {
      const [row] = await db.em
        .getConnection()
        .getKnex()
        .raw('select typeof(posted_at) t, typeof(sponsored) s from posts limit 1');
      expect(row).toEqual({ t: 'integer', s: 'integer' });
    }
  });

  it('is idempotent: the same files again change nothing and report every row unchanged', async () => {
    const before = await dumpTables(db);
    const again = await importFiles(db, ALL());
    expect(again.totals).toEqual({ rowsRead: totalRows, inserted: 0, updated: 0, unchanged: totalRows, rejected: 0 });
    expect(await dumpTables(db)).toEqual(before);
  });

  it('round-trips: export → import into an empty database gives the same tables and the same answers', async () => {
    const dir = join(tmp, `export-${dialect}`);
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    // Given in reverse dependency order on purpose: the importer sorts them.
    for (const kind of ['posts', 'snapshots', 'accounts', 'creators'] as ExportKind[]) {
      const path = join(dir, `${kind === 'snapshots' ? 'follower_snapshots' : kind}.csv`);
      writeFileSync(path, await exportText(db, kind, 'csv'));
      paths.push(path);
    }
    const copy = await fresh();
    const report = await importFiles(copy, fileSources(paths), { batchSize: 333 });
    expect(report.totals.rejected).toBe(0);
    expect(report.totals.inserted).toBe(totalRows);
    expect(await dumpTables(copy)).toEqual(await dumpTables(db));
    expect(await creatorAnswers(copy)).toEqual(await creatorAnswers(db));

    // JSONL export round-trips too, and the export of the copy is byte-identical to the original's.
    const viaJsonl = await fresh();
    const sources = [];
    for (const kind of ['creators', 'accounts', 'snapshots', 'posts'] as ExportKind[]) {
      sources.push(textSource(`${kind}.jsonl`, await exportText(db, kind, 'jsonl')));
      expect(await exportText(copy, kind, 'csv')).toBe(await exportText(db, kind, 'csv'));
    }
    await importFiles(viaJsonl, sources);
    expect(await dumpTables(viaJsonl)).toEqual(await dumpTables(db));
  });

  it('reads JSONL exactly as CSV', async () => {
    const other = await fresh();
    const report = await importFiles(other, fileSources(Object.values(jsonl.paths)));
    expect(report.files.every((f) => f.format === 'jsonl')).toBe(true);
    expect(report.totals).toEqual(first.totals);
    expect(await dumpTables(other)).toEqual(await dumpTables(db));
  });

  it('exports only rows of the creators a filter matches, like the creators query', async () => {
    const filter: CreatorFilter = { niches: ['fitness'] };
    const creators = (await exportText(db, 'creators', 'jsonl', filter))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const expected = await new CreatorService(db.em.fork()).list(
      filter,
      { field: 'NAME', direction: 'ASC' },
      { first: 100 },
    );
    expect(creators.map((c) => c.creator_ref).sort()).toEqual(expected.items.map((c) => c.ref).sort());
    const refs = new Set(creators.map((c) => c.creator_ref));
    const accounts = (await exportText(db, 'accounts', 'jsonl', filter))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(accounts.length).toBeGreaterThan(0);
    for (const a of accounts) expect(refs.has(a.creator_ref)).toBe(true);
    const handles = new Set(accounts.map((a) => `${a.platform}/${a.handle}`));
    const posts = (await exportText(db, 'posts', 'csv', filter)).trim().split('\n').slice(1);
    expect(posts.length).toBeGreaterThan(0);
    for (const line of posts.filter((l) => /^(INSTAGRAM|TIKTOK|YOUTUBE|X),/.test(l))) {
      const [platform, handle] = line.split(',');
      expect(handles.has(`${platform}/${handle}`)).toBe(true);
    }
  });
});

const CREATORS = `creator_ref,name,country,niches
c1,Ada Lovelace,GB,Tech|Gaming
c2,Grace Hopper,us,fitness
c3,Bad Country,XX,travel
`;
const ACCOUNTS = `creator_ref,platform,handle,external_id,followers,following,rate_per_post_minor,currency
c1,INSTAGRAM,@Ada,ig-1,12000,300,50000,USD
c1,TIKTOK,ada,tt-1,90000,,,
c2,INSTAGRAM,grace,ig-2,5000,100,20000,eur
c2,YOUTUBE,grace,yt-2,7000,,1000,XYZ
c9,X,nobody,x-9,10,,,
`;
const POSTS = `platform,handle,external_id,posted_at,kind,sponsored,brand,likes,comments,shares,saves,views,reach,impressions,caption
INSTAGRAM,ada,p1,2025-05-01T10:00:00Z,PHOTO,false,,100,5,,,,,,Hello
INSTAGRAM,ada,p2,2025-05-02T10:00:00Z,GIF,false,,100,5,,,,,,
INSTAGRAM,ada,p3,2025-05-03T10:00:00Z,REEL,true,Acme,-5,5,,,,,,
INSTAGRAM,ada,p4,2025-13-01T10:00:00Z,PHOTO,false,,1,1,,,,,,
INSTAGRAM,ghost,p5,2025-05-03T10:00:00Z,PHOTO,false,,1,1,,,,,,
TIKTOK,ada,p6,2025-05-04T10:00:00+02:00,VIDEO,true,Acme,10,1,2,3,400,,,
INSTAGRAM,grace,p7,2025-05-05,CAROUSEL,false,,7,0,,,,,,"two
lines"
INSTAGRAM,grace,p8,2025-05-06T00:00:00.123Z,PHOTO,no,,8,1,,,,,,
INSTAGRAM,grace,p9
INSTAGRAM,ada,p10,2025-05-07T10:00:00Z,PHOTO,false,,2147483648,1,,,,,,
`;
const SNAPSHOTS = `platform,handle,captured_at,followers,following
INSTAGRAM,ada,2025-05-01T00:00:00Z,11000,290
INSTAGRAM,ada,2025-05-08T00:00:00Z,12000,300
INSTAGRAM,ghost,2025-05-08T00:00:00Z,1,1
INSTAGRAM,ada,yesterday,1,1
`;

describe.each(TEST_DIALECTS)('rejections and updates on %s', (dialect) => {
  let db: TestDatabase;
  let report: ImportReport;
  const batches: number[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    report = await importFiles(
      db,
      [
        textSource('posts.csv', POSTS),
        textSource('snapshots.csv', SNAPSHOTS),
        textSource('accounts.csv', ACCOUNTS),
        textSource('creators.csv', CREATORS),
      ],
      { batchSize: 2, onBatch: (e) => batches.push(e.rows) },
    );
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('rejects each bad row with file, line, field and reason, and commits the good ones', () => {
    const byFile = Object.fromEntries(report.files.map((f) => [f.name, f]));
    expect(byFile['creators.csv']).toMatchObject({ rowsRead: 3, inserted: 2, rejected: 1 });
    expect(byFile['accounts.csv']).toMatchObject({ rowsRead: 5, inserted: 3, rejected: 2 });
    expect(byFile['snapshots.csv']).toMatchObject({
      kind: 'follower_snapshots',
      rowsRead: 4,
      inserted: 2,
      rejected: 2,
    });
    expect(byFile['posts.csv']).toMatchObject({ rowsRead: 10, inserted: 4, rejected: 6 });
    const find = (file: string, line: number) => report.rejections.filter((r) => r.file === file && r.line === line);
    expect(find('creators.csv', 4)).toEqual([
      { file: 'creators.csv', line: 4, field: 'country', reason: expect.stringMatching(/ISO 3166-1/) },
    ]);
    expect(find('accounts.csv', 5)[0]).toMatchObject({
      field: 'currency',
      reason: expect.stringMatching(/"XYZ".*ISO 4217/),
    });
    expect(find('accounts.csv', 6)[0]).toMatchObject({
      field: 'creator_ref',
      reason: expect.stringMatching(/creator "c9" not found/),
    });
    expect(find('posts.csv', 3)[0]).toMatchObject({
      field: 'kind',
      reason: expect.stringMatching(/"GIF" is not one of PHOTO/),
    });
    expect(find('posts.csv', 4)[0]).toMatchObject({ field: 'likes', reason: 'must not be negative (got -5)' });
    expect(find('posts.csv', 5)[0]).toMatchObject({ field: 'posted_at', reason: expect.stringMatching(/ISO 8601/) });
    expect(find('posts.csv', 6)[0]).toMatchObject({
      field: 'handle',
      reason: 'account INSTAGRAM/@ghost not found: import accounts first or include accounts.csv',
    });
    expect(find('posts.csv', 11)[0]).toMatchObject({
      field: null,
      reason: expect.stringMatching(/Invalid Record Length/),
    });
    expect(find('posts.csv', 12)[0]).toMatchObject({
      field: 'likes',
      reason: expect.stringMatching(/at most 2147483647/),
    });
    expect(find('snapshots.csv', 4)[0]).toMatchObject({
      field: 'handle',
      reason: expect.stringMatching(/@ghost not found/),
    });
    expect(find('snapshots.csv', 5)[0]).toMatchObject({ field: 'captured_at' });
    expect(report.rejections).toHaveLength(11);
    expect(report.truncatedRejections).toBe(0);
    expect(Math.max(...batches)).toBeLessThanOrEqual(2);
  });

  it('normalises handles, countries, currencies and niches, and parses offsets and bare dates', async () => {
    const knex = db.em.getConnection().getKnex();
    const accounts = await knex('accounts').select('platform', 'handle', 'rate_currency').orderBy('id');
    expect(accounts).toEqual([
      { platform: 'INSTAGRAM', handle: 'ada', rate_currency: 'USD' },
      { platform: 'TIKTOK', handle: 'ada', rate_currency: null },
      { platform: 'INSTAGRAM', handle: 'grace', rate_currency: 'EUR' },
    ]);
    expect(await knex('creators').select('ref', 'country', 'max_followers').orderBy('id')).toEqual([
      { ref: 'c1', country: 'GB', max_followers: 90_000 },
      { ref: 'c2', country: 'US', max_followers: 5_000 },
    ]);
    expect((await knex('creator_niches').select('niche').orderBy('id')).map((n) => n.niche)).toEqual([
      'tech',
      'gaming',
      'fitness',
    ]);
    const posts = await knex('posts').select('external_id', 'posted_at', 'caption', 'sponsored').orderBy('external_id');
    const at = Object.fromEntries(
      posts.map((p) => [
        p.external_id,
        new Date(Number.isFinite(Number(p.posted_at)) ? Number(p.posted_at) : p.posted_at).toISOString(),
      ]),
    );
    expect(at).toEqual({
      p1: '2025-05-01T10:00:00.000Z',
      p6: '2025-05-04T08:00:00.000Z',
      p7: '2025-05-05T00:00:00.000Z',
      p8: '2025-05-06T00:00:00.123Z',
    });
    expect(posts.find((p) => p.external_id === 'p7')?.caption).toBe('two\nlines');
  });

  it('updates changed rows, counts them, and keeps maxFollowers right when an account moves', async () => {
    const accounts = `creator_ref,platform,handle,external_id,followers,following,rate_per_post_minor,currency
c2,TIKTOK,ada,tt-1,95000,,,
c1,INSTAGRAM,ada,ig-1,12000,300,50000,USD
`;
    const posts = `platform,handle,external_id,posted_at,kind,sponsored,brand,likes,comments,shares,saves,views,reach,impressions,caption
INSTAGRAM,ada,p1,2025-05-01T10:00:00Z,PHOTO,false,,150,5,,,,,,Hello
INSTAGRAM,grace,p8,2025-05-06T00:00:00.123Z,PHOTO,false,,8,1,,,,,,
INSTAGRAM,grace,p8,2025-05-06T00:00:00.123Z,PHOTO,false,,9,1,,,,,,
`;
    const creators = 'creator_ref,name,country,niches\nc1,Ada Lovelace,GB,gaming|music\n';
    const again = await importFiles(db, [
      textSource('a.csv', accounts),
      textSource('p.csv', posts),
      textSource('c.csv', creators),
    ]);
    const byFile = Object.fromEntries(again.files.map((f) => [f.name, f]));
    expect(byFile['c.csv']).toMatchObject({ updated: 1, inserted: 0 });
    expect(byFile['a.csv']).toMatchObject({ updated: 1, unchanged: 1 });
    // The same key twice in one file: the later row wins, in its own batch.
    expect(byFile['p.csv']).toMatchObject({ updated: 2, unchanged: 1 });
    const knex = db.em.getConnection().getKnex();
    expect(await knex('creators').select('ref', 'max_followers').orderBy('id')).toEqual([
      { ref: 'c1', max_followers: 12_000 },
      { ref: 'c2', max_followers: 95_000 },
    ]);
    const niches = await knex('creator_niches as n')
      .join('creators as c', 'c.id', 'n.creator_id')
      .where('c.ref', 'c1')
      .orderBy('n.id');
    expect(niches.map((n) => n.niche)).toEqual(['gaming', 'music']);
    expect((await knex('posts').where('external_id', 'p8').first()).likes).toBe(9);
  });

  it('reports files it cannot place, and caps the listed rejections', async () => {
    const res = await importFiles(
      db,
      [
        textSource('notes.csv', 'a,b\n1,2\n'),
        textSource('posts.csv', 'platform,handle,external_id\nX,a,1\n'),
        textSource(
          'more-posts.jsonl',
          `${Array.from({ length: 5 }, (_, i) => JSON.stringify({ platform: 'MYSPACE', handle: 'x', external_id: `m${i}` })).join('\n')}\nnot json\n`,
        ),
      ],
      { maxRejectionsReported: 3 },
    );
    expect(res.files[0]).toMatchObject({ name: 'notes.csv', kind: null, rowsRead: 0 });
    expect(res.rejections[0]?.reason).toMatch(/cannot tell what this file holds/);
    expect(res.rejections[1]?.reason).toMatch(/missing columns posted_at, kind/);
    expect(res.rejections).toHaveLength(3);
    const jsonlFile = res.files.find((f) => f.name === 'more-posts.jsonl');
    expect(jsonlFile).toMatchObject({ kind: 'posts', format: 'jsonl', rowsRead: 6, rejected: 6 });
    // 2 file-level + 5 rows × (platform, posted_at, kind) + 1 bad JSON line = 18; 3 listed.
    expect(res.truncatedRejections).toBe(15);
  });
});
