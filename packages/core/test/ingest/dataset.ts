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

/** Columns that differ between two imports of the same data: surrogate ids and creation times. */
const SURROGATE = new Set(['id', 'creator_id', 'account_id', 'created_at', 'updated_at']);

/** One representation per column, whatever the dialect returns (dates as epoch ms, booleans as booleans). */
const NORMALIZE: Record<string, (v: unknown) => unknown> = {
  max_followers: num,
  followers: num,
  following: num,
  rate_per_post_minor: num,
  captured_at: ms,
  posted_at: ms,
  sponsored: Boolean,
};

/** Rows as sorted JSON, without the surrogate columns, values normalised. */
function comparable(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((row) => {
      const out: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row)) {
        const normalize = NORMALIZE[column];
        if (!SURROGATE.has(column)) out[column] = normalize ? normalize(value) : value;
      }
      return JSON.stringify(out);
    })
    .sort();
}

/**
 * Every imported table, every column but the surrogate ones, keyed by the natural keys (a row's owner by
 * its ref or handle) and sorted. Whole rows on purpose: a column an export drops shows up as a difference.
 */
export async function dumpTables(db: Database): Promise<Record<string, string[]>> {
  const knex = db.em.getConnection().getKnex();
  return {
    creators: comparable(await knex('creators').select('*')),
    niches: comparable(
      await knex('creator_niches as n').join('creators as c', 'c.id', 'n.creator_id').select('c.ref', 'n.niche'),
    ),
    accounts: comparable(
      await knex('accounts as a').join('creators as c', 'c.id', 'a.creator_id').select('c.ref', 'a.*'),
    ),
    snapshots: comparable(
      await knex('follower_snapshots as s')
        .join('accounts as a', 'a.id', 's.account_id')
        .select('a.platform', 'a.handle', 's.*'),
    ),
    posts: comparable(await knex('posts as p').join('accounts as a', 'a.id', 'p.account_id').select('a.handle', 'p.*')),
  };
}

export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await db.em.getConnection().getKnex()(table).count({ n: '*' });
  return Number(row?.n ?? 0);
}
