import type { Readable } from 'node:stream';
import type { CreatorFilter } from '../creators/service.js';
import type { DatasetFile, DatasetFormat } from './format.js';

/** The four import files of docs/formats.md, in dependency order. */
export type ImportKind = DatasetFile;
export type ImportFormat = DatasetFormat;

/** Creators before the accounts that name them, accounts before their snapshots and posts. */
export const IMPORT_ORDER: readonly ImportKind[] = ['creators', 'accounts', 'follower_snapshots', 'posts'];

export const DEFAULT_BATCH_SIZE = 1_000;
export const DEFAULT_MAX_REJECTIONS_REPORTED = 100;
/** Upload limit when the server is not told otherwise; the environment's MAX_UPLOAD_BYTES has the same default. */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Largest value of a count column (followers, likes, …): the columns are 32-bit signed integers. */
export const MAX_COUNT = 2 ** 31 - 1;

/** One file to import: a name (for the report and to detect kind and format) and its bytes. */
export interface ImportSource {
  name: string;
  /** A Node stream, a web ReadableStream (e.g. `file.stream()`), or any (async) iterable of chunks. */
  stream: Readable | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}

export interface ImportOptions {
  /** Valid rows written per transaction (default 1,000). A batch commits whole or not at all. */
  batchSize?: number;
  /** Rejections listed in the report (default 100); the rest are only counted in `truncatedRejections`. */
  maxRejectionsReported?: number;
  /** Format of every file; by default from the extension (.csv, .jsonl/.ndjson), else sniffed. */
  format?: ImportFormat;
  /** Called after each committed batch, e.g. for progress output. */
  onBatch?: (event: BatchEvent) => void;
  /** The metrics peer-group cache (MetricsCache) to clear when the import changed the catalog. */
  peerCache?: { clear(): void };
  /**
   * Recompute the precomputed account metrics the import expired, once at the end (default true), so the
   * first request after it is warm. Off, readers recompute them on demand; the numbers are the same.
   */
  refreshMetrics?: boolean;
}

export interface BatchEvent {
  /** 1-based count of committed batches in this run. */
  batch: number;
  file: string;
  kind: ImportKind;
  /** Rows that reached the database step in this batch (written, unchanged or rejected there). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows rejected while writing, e.g. for an unknown account. */
  rejected: number;
  /** Line of the first and last row of the batch. */
  firstLine: number;
  lastLine: number;
}

export interface ImportCounts {
  /** Data rows read (the CSV header and blank lines are not rows). */
  rowsRead: number;
  inserted: number;
  /** Existing rows whose values changed. */
  updated: number;
  /** Existing rows whose values were already the same: nothing was written. */
  unchanged: number;
  /** Rows not written: invalid, or referring to something that does not exist. */
  rejected: number;
}

export interface ImportFileReport extends ImportCounts {
  name: string;
  /** Null when neither the header nor the name tells what the file holds (the file is then skipped). */
  kind: ImportKind | null;
  format: ImportFormat;
}

export interface ImportRejection {
  file: string;
  /** 1-based line in the file (the CSV header is line 1); for a CSV row over several lines, its first. */
  line: number;
  /** Column at fault, or null when the whole row or file is. */
  field: string | null;
  reason: string;
}

export interface ImportReport {
  /** In the order they were processed (dependency order), not the order given. */
  files: ImportFileReport[];
  totals: ImportCounts;
  /** The first `maxRejectionsReported` rejections, by file and line. A row may have several. */
  rejections: ImportRejection[];
  /** Rejections beyond those listed. */
  truncatedRejections: number;
  /** Transactions committed. */
  batches: number;
}

/** `snapshots` is the follower_snapshots file. */
export type ExportKind = 'creators' | 'accounts' | 'posts' | 'snapshots';

export interface ExportOptions {
  kind: ExportKind;
  format: ImportFormat;
  /** Only rows of creators matching this filter (same semantics as the `creators` query). */
  filter?: CreatorFilter | null;
  /** Rows per query (default 5,000); each query continues after the last id of the previous. */
  pageSize?: number;
}
