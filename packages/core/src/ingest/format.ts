import { stringify } from 'csv-stringify/sync';
import type { Platform, PostKind } from '../metrics/config.js';
import { POST_COUNT_FIELDS, type PostCounts } from '../metrics/engagement.js';

/**
 * The import formats (docs/formats.md): CSV with a header row, or JSONL with the same keys. An empty
 * CSV cell is null. The column arrays are the single source of the header names; the importer, the
 * exporter and the demo generator all write and read through this file.
 */

export const CREATOR_COLUMNS = ['creator_ref', 'name', 'country', 'niches'] as const;
export const ACCOUNT_COLUMNS = [
  'creator_ref',
  'platform',
  'handle',
  'external_id',
  'followers',
  'following',
  'rate_per_post_minor',
  'currency',
] as const;
export const POST_COLUMNS = [
  'platform',
  'handle',
  'external_id',
  'posted_at',
  'kind',
  'sponsored',
  'brand',
  ...POST_COUNT_FIELDS,
  'caption',
] as const;
export const SNAPSHOT_COLUMNS = ['platform', 'handle', 'captured_at', 'followers', 'following'] as const;

/** Niches travel in one cell, `|`-separated, in CSV and JSONL alike. */
export const NICHE_SEPARATOR = '|';

export type DatasetFile = 'creators' | 'accounts' | 'posts' | 'follower_snapshots';
export type DatasetFormat = 'csv' | 'jsonl';

export const DATASET_COLUMNS = {
  creators: CREATOR_COLUMNS,
  accounts: ACCOUNT_COLUMNS,
  posts: POST_COLUMNS,
  follower_snapshots: SNAPSHOT_COLUMNS,
} as const satisfies Record<DatasetFile, readonly string[]>;

export type Cell = string | number | boolean | null;

export interface CreatorRow {
  creator_ref: string;
  name: string;
  country: string;
  niches: string;
}

export interface AccountRow {
  creator_ref: string;
  platform: Platform;
  handle: string;
  external_id: string;
  followers: number;
  following: number | null;
  rate_per_post_minor: number | null;
  currency: string | null;
}

export interface PostRow extends PostCounts {
  platform: Platform;
  handle: string;
  external_id: string;
  /** ISO 8601, UTC. */
  posted_at: string;
  kind: PostKind;
  sponsored: boolean;
  brand: string | null;
  caption: string | null;
}

export interface SnapshotRow {
  platform: Platform;
  handle: string;
  /** ISO 8601, UTC. */
  captured_at: string;
  followers: number;
  following: number | null;
}

/** A row with the file it belongs in. */
export type DatasetRow =
  | { file: 'creators'; row: CreatorRow }
  | { file: 'accounts'; row: AccountRow }
  | { file: 'posts'; row: PostRow }
  | { file: 'follower_snapshots'; row: SnapshotRow };

/** A CSV cell: null is the empty cell, booleans are `true`/`false`. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** The header line (with its newline) for a file's columns. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([[...columns]]);
}

/** Cells csv-stringify would quote (delimiter, quote, record delimiters); every other cell it emits verbatim. */
const NEEDS_QUOTING = /[",\r\n]/;

/**
 * One CSV line (with its newline), byte-identical to csv-stringify's output for the same cells (tested).
 * Only cells that need quoting go through csv-stringify: calling it per cell costs ~2 µs, which at a
 * million rows is most of the CLI's time.
 */
export function csvLine<C extends string>(row: { readonly [K in C]: Cell }, columns: readonly C[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    const cell = csvCell(row[columns[i] as C]);
    if (i > 0) line += ',';
    line += NEEDS_QUOTING.test(cell) ? stringify([[cell]], { eof: false }) : cell;
  }
  return `${line}\n`;
}

/** One JSONL line (with its newline); null stays null, numbers and booleans stay JSON-typed. */
export function jsonLine(row: object): string {
  return `${JSON.stringify(row)}\n`;
}

/** A row serialised in the chosen format, columns in spec order. */
export function formatRow(entry: DatasetRow, format: DatasetFormat): string {
  if (format === 'jsonl') return jsonLine(entry.row);
  switch (entry.file) {
    case 'creators':
      return csvLine(entry.row, CREATOR_COLUMNS);
    case 'accounts':
      return csvLine(entry.row, ACCOUNT_COLUMNS);
    case 'posts':
      return csvLine(entry.row, POST_COLUMNS);
    case 'follower_snapshots':
      return csvLine(entry.row, SNAPSHOT_COLUMNS);
  }
}
