import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db/orm.js';
import { generateDataset } from '../../src/demo/generate/index.js';
import { eventRow } from '../../src/demo/rows.js';
import {
  csvHeader,
  DATASET_COLUMNS,
  type DatasetFile,
  type DatasetFormat,
  formatRow,
} from '../../src/ingest/format.js';
import type { ImportSource } from '../../src/ingest/index.js';

/** Test helpers for the importer: generated datasets on disk and dialect-neutral table dumps. */

export const FILES: readonly DatasetFile[] = ['creators', 'accounts', 'follower_snapshots', 'posts'];

export interface WrittenDataset {
  dir: string;
  format: DatasetFormat;
  paths: Record<DatasetFile, string>;
  rows: Record<DatasetFile, number>;
}

/** Writes a generated dataset in the import format, one file per kind. */
export function writeDataset(
  dir: string,
  options: { creators: number; posts: number; seed?: number; format?: DatasetFormat },
): WrittenDataset {
  const format = options.format ?? 'csv';
  mkdirSync(dir, { recursive: true });
  const parts = {} as Record<DatasetFile, string[]>;
  const rows = {} as Record<DatasetFile, number>;
  for (const file of FILES) {
    parts[file] = format === 'csv' ? [csvHeader(DATASET_COLUMNS[file])] : [];
    rows[file] = 0;
  }
  for (const event of generateDataset({
    seed: options.seed ?? 7,
    creators: options.creators,
    postsTarget: options.posts,
    days: 60,
    end: new Date('2025-06-01T00:00:00Z'),
  })) {
    const entry = eventRow(event);
    parts[entry.file].push(formatRow(entry, format));
    rows[entry.file]++;
  }
  const paths = {} as Record<DatasetFile, string>;
  for (const file of FILES) {
    paths[file] = join(dir, `${file}.${format}`);
    writeFileSync(paths[file], parts[file].join(''));
  }
  return { dir, format, paths, rows };
}

export function fileSources(paths: readonly string[]): ImportSource[] {
  return paths.map((path) => ({ name: path.split('/').at(-1) as string, stream: createReadStream(path) }));
}

export function textSource(name: string, text: string): ImportSource {
  return { name, stream: [Buffer.from(text)] as AsyncIterable<Uint8Array> & Buffer[] };
}

const ms = (v: unknown) => (typeof v === 'number' ? v : new Date(String(v)).getTime());
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Every imported table without surrogate ids or creation times, keyed by the natural keys and sorted,
 * with values in one representation (dates as epoch ms, booleans as booleans) whatever the dialect.
 */
export async function dumpTables(db: Database): Promise<Record<string, string[]>> {
  const knex = db.em.getConnection().getKnex();
  const creators = await knex('creators').select('ref', 'name', 'country', 'max_followers');
  const niches = await knex('creator_niches as n')
    .join('creators as c', 'c.id', 'n.creator_id')
    .select('c.ref', 'n.niche');
  const accounts = await knex('accounts as a')
    .join('creators as c', 'c.id', 'a.creator_id')
    .select(
      'c.ref',
      'a.platform',
      'a.handle',
      'a.external_id',
      'a.followers',
      'a.following',
      'a.rate_per_post_minor',
      'a.rate_currency',
    );
  const snapshots = await knex('follower_snapshots as s')
    .join('accounts as a', 'a.id', 's.account_id')
    .select('a.platform', 'a.handle', 's.captured_at', 's.followers', 's.following');
  const posts = await knex('posts as p')
    .join('accounts as a', 'a.id', 'p.account_id')
    .select(
      'p.platform',
      'p.external_id',
      'a.handle',
      'p.posted_at',
      'p.kind',
      'p.caption',
      'p.sponsored',
      'p.brand',
      'p.likes',
      'p.comments',
      'p.shares',
      'p.saves',
      'p.views',
      'p.reach',
      'p.impressions',
    );
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    creators: sorted(creators.map((c) => ({ ...c, max_followers: num(c.max_followers) }))),
    niches: sorted(niches),
    accounts: sorted(
      accounts.map((a) => ({
        ...a,
        followers: num(a.followers),
        following: num(a.following),
        rate_per_post_minor: num(a.rate_per_post_minor),
      })),
    ),
    snapshots: sorted(
      snapshots.map((s) => ({
        ...s,
        captured_at: ms(s.captured_at),
        followers: num(s.followers),
        following: num(s.following),
      })),
    ),
    posts: sorted(posts.map((p) => ({ ...p, posted_at: ms(p.posted_at), sponsored: Boolean(p.sponsored) }))),
  };
}

export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await db.em.getConnection().getKnex()(table).count({ n: '*' });
  return Number(row?.n ?? 0);
}
