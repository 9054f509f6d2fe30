/**
 * Import throughput: node --import tsx packages/core/bench/import.bench.ts [--posts 200000] [--dialects sqlite,postgresql]
 *   [--batch-size 1000] [--keep DIR]
 *
 * Generates a dataset (≈ 1 creator per 100 posts), then per dialect:
 *   - pipeline: `importFiles` from the CSV files into a fresh database (SQLite file / new PostgreSQL database):
 *     parse, validate, look up, upsert in batches of one transaction each. Posts are timed on their own
 *     (creators, accounts and snapshots first), and the whole run is reported too.
 *   - raw: the same post rows, parsed beforehand and their account ids resolved (untimed), written in one
 *     transaction into another fresh database of the dialect (accounts loaded first, untimed): a floor for
 *     what any importer could do, with no parsing, validation or batching. SQLite: one prepared single-row
 *     INSERT per row. PostgreSQL: the rows encoded in COPY text format and COPYed into a temporary table,
 *     then one `insert into posts … select … on conflict (platform, external_id) do update`.
 * Prints rows/s for both and their ratio. Not a test: numbers depend on the machine (and its load, printed).
 */
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { from as copyFrom } from 'pg-copy-streams';
import { booleanParam, dateParam } from '../src/db/dialect.js';
import { type Database, type Dialect, initORM } from '../src/db/orm.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { copyLine } from '../src/ingest/copy.js';
import { importFiles } from '../src/ingest/index.js';
import { POST_COLUMNS_WRITTEN } from '../src/ingest/repository.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { POST_COUNT_FIELDS } from '../src/metrics/engagement.js';
import { AccountSummaryStore } from '../src/metrics/summary-store.js';
import { PG_ADMIN_URL } from '../src/testing/index.js';
import { writeDataset } from '../test/ingest/dataset.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '200000' },
    dialects: { type: 'string', default: 'sqlite,postgresql' },
    'batch-size': { type: 'string', default: '1000' },
    keep: { type: 'string' },
  },
});
const postsTarget = Number(values.posts);
const batchSize = Number(values['batch-size']);
const dialects = (values.dialects ?? '').split(',').filter(Boolean) as Dialect[];

const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'cg-bench-import-'));
const genStart = performance.now();
const data = writeDataset(join(dir, 'data'), {
  creators: Math.max(10, Math.round(postsTarget / 100)),
  posts: postsTarget,
});
console.log(
  `Dataset: ${Object.entries(data.rows)
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join(', ')} (${((performance.now() - genStart) / 1000).toFixed(1)} s to generate) in ${dir}`,
);

const drops: (() => Promise<void>)[] = [];
async function freshDatabase(dialect: Dialect, label: string): Promise<Database> {
  const scratch = await createScratchDatabase(dialect, { adminUrl: PG_ADMIN_URL, prefix: `cg_bench_${label}` });
  drops.push(scratch.drop);
  return initORM({ databaseUrl: scratch.url });
}

const sources = (kinds: (keyof typeof data.paths)[]) =>
  kinds.map((k) => ({ name: `${k}.csv`, stream: createReadStream(data.paths[k]) }));

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

/** What the raw insert writes: the key and every column the importer writes, in this order. */
const POST_COLUMNS = ['platform', 'external_id', ...POST_COLUMNS_WRITTEN] as const;

/** The post rows as the raw insert binds them: account ids resolved, dates and booleans per dialect. */
async function rawRows(db: Database): Promise<unknown[][]> {
  const knex = db.em.getConnection().getKnex();
  const accounts = new Map<string, number>();
  for (const a of (await knex('accounts').select('id', 'platform', 'handle')) as {
    id: number;
    platform: string;
    handle: string;
  }[]) {
    accounts.set(`${a.platform}:${a.handle}`, a.id);
  }
  const records: Record<string, string>[] = parse(readFileSync(data.paths.posts), { columns: true });
  const n = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));
  return records.map((r) => {
    const row: Record<string, unknown> = {
      platform: r.platform,
      external_id: r.external_id,
      account_id: accounts.get(`${r.platform}:${r.handle}`),
      posted_at: dateParam(db.dialect, Date.parse(r.posted_at as string)),
      kind: r.kind,
      caption: r.caption || null,
      sponsored: booleanParam(db.dialect, r.sponsored === 'true'),
      brand: r.brand || null,
    };
    for (const f of POST_COUNT_FIELDS) row[f] = n(r[f]);
    return POST_COLUMNS.map((column) => row[column]);
  });
}

interface SqliteConnection {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction(fn: () => void): () => void;
}
interface PgConnection {
  query(text: string): Promise<unknown>;
  query<T>(submittable: T): T;
}

async function rawInsert(db: Database, rows: unknown[][]): Promise<number> {
  const client = db.em.getConnection().getKnex().client as {
    acquireConnection(): Promise<unknown>;
    releaseConnection(c: unknown): Promise<void>;
  };
  const connection = await client.acquireConnection();
  const columns = POST_COLUMNS.join(', ');
  try {
    const started = performance.now();
    if (db.dialect === 'sqlite') {
      const sqlite = connection as SqliteConnection;
      const insert = sqlite.prepare(
        `insert into posts (${columns}) values (${POST_COLUMNS.map(() => '?').join(', ')})`,
      );
      sqlite.transaction(() => {
        for (const row of rows) insert.run(...row);
      })();
    } else {
      const pg = connection as PgConnection;
      const merged = POST_COLUMNS_WRITTEN.map((c) => `${c} = excluded.${c}`).join(', ');
      await pg.query('begin');
      await pg.query(`create temp table raw_posts on commit drop as select ${columns} from posts with no data`);
      const copy = pg.query(copyFrom(`copy raw_posts (${columns}) from stdin`));
      const done = finished(copy);
      // Encoding is part of the floor: a COPY pipeline cannot skip it. Chunks of 1,000 rows, as streamed.
      for (let i = 0; i < rows.length; i += 1_000) {
        let text = '';
        for (const row of rows.slice(i, i + 1_000)) {
          text += copyLine(
            row.map((v) => (v instanceof Date ? v.toISOString() : (v as string | number | boolean | null))),
          );
        }
        if (!copy.write(text)) await new Promise((resume) => copy.once('drain', resume));
      }
      copy.end();
      await done;
      await pg.query(
        `insert into posts (${columns}) select ${columns} from raw_posts on conflict (platform, external_id) do update set ${merged}`,
      );
      await pg.query('commit');
    }
    return performance.now() - started;
  } finally {
    await client.releaseConnection(connection);
  }
}

const results: string[] = [];
try {
  for (const dialect of dialects) {
    console.log(`\n${dialect} (load average ${loadavg()[0]?.toFixed(1)})`);
    const pipeline = await freshDatabase(dialect, 'pipeline');
    let started = performance.now();
    const prelude = await importFiles(pipeline, sources(['creators', 'accounts', 'follower_snapshots']), { batchSize });
    const preludeMs = performance.now() - started;
    started = performance.now();
    // The summary refresh at the end is timed on its own: the raw floor maintains no summaries.
    const posts = await importFiles(pipeline, sources(['posts']), { batchSize, refreshMetrics: false });
    const postsMs = performance.now() - started;
    started = performance.now();
    const refreshed = await new AccountSummaryStore(pipeline.em.fork(), DEFAULT_METRICS_CONFIG).refreshExpired(
      new Date(),
    );
    const refreshMs = performance.now() - started;
    if (posts.totals.inserted !== data.rows.posts) throw new Error(`pipeline inserted ${posts.totals.inserted} posts`);
    started = performance.now();
    const again = await importFiles(pipeline, sources(['posts']), { batchSize, refreshMetrics: false });
    const againMs = performance.now() - started;
    await pipeline.close();
    const totalRows = prelude.totals.rowsRead + posts.totals.rowsRead;
    console.log(
      `  pipeline  creators+accounts+snapshots ${fmt(prelude.totals.rowsRead)} rows in ${(preludeMs / 1000).toFixed(2)} s; ` +
        `posts ${fmt(posts.totals.inserted)} in ${(postsMs / 1000).toFixed(2)} s = ${fmt(rate(data.rows.posts, postsMs))} rows/s; ` +
        `all ${fmt(rate(totalRows, preludeMs + postsMs))} rows/s`,
    );
    console.log(
      `  pipeline  posts again (all unchanged: ${fmt(again.totals.unchanged)}) in ${(againMs / 1000).toFixed(2)} s = ${fmt(rate(data.rows.posts, againMs))} rows/s`,
    );

    const raw = await freshDatabase(dialect, 'raw');
    await importFiles(raw, sources(['creators', 'accounts']), { batchSize });
    const rows = await rawRows(raw);
    const rawMs = await rawInsert(raw, rows);
    await raw.close();
    const floor = dialect === 'sqlite' ? 'prepared INSERT' : 'COPY + insert … select … on conflict';
    console.log(
      `  raw       posts ${fmt(rows.length)} in ${(rawMs / 1000).toFixed(2)} s = ${fmt(rate(rows.length, rawMs))} rows/s (${floor}, one transaction, pre-parsed)`,
    );
    const ratio = rate(data.rows.posts, postsMs) / rate(rows.length, rawMs);
    const withRefresh = rate(data.rows.posts, postsMs + refreshMs) / rate(rows.length, rawMs);
    console.log(
      `  summaries ${fmt(refreshed)} accounts recomputed at the end in ${(refreshMs / 1000).toFixed(2)} s ` +
        `(pipeline with it / raw = ${withRefresh.toFixed(2)})`,
    );
    console.log(`  ratio     pipeline / raw = ${ratio.toFixed(2)}`);
    results.push(
      `| ${dialect} | ${fmt(data.rows.posts)} | ${fmt(rate(data.rows.posts, postsMs))} | ${fmt(rate(data.rows.posts, againMs))} | ${fmt(rate(rows.length, rawMs))} (${floor}) | ${ratio.toFixed(2)} | ${loadavg()[0]?.toFixed(1)} |`,
    );
  }
  console.log(
    `\n| dialect | posts | pipeline rows/s (new) | pipeline rows/s (unchanged) | raw rows/s | pipeline / raw | load |\n|---|---|---|---|---|---|---|\n${results.join('\n')}`,
  );
} finally {
  for (const drop of drops) await drop();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
