import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseSync } from 'csv-parse/sync';
import { type CsvRow, CsvRowReader } from './csv.js';
import { DATASET_COLUMNS } from './format.js';
import type { ImportFormat, ImportKind, ImportSource } from './types.js';
import type { RawRecord } from './validate.js';

/**
 * Reading import files: format and kind detection from a peek at the first line, then a stream of records
 * with their line numbers. Plain files only (no archives, no compression): a .zip or .gz is not detected
 * and is reported as a file of unknown kind.
 */

type Chunk = Buffer | string;

export interface PreparedFile {
  /** Position in the caller's list, to keep the caller's order among files of one kind. */
  index: number;
  name: string;
  format: ImportFormat;
  kind: ImportKind | null;
  /** What is wrong with the file as a whole (unknown kind, missing columns): nothing in it is imported. */
  problem: string | null;
  body: AsyncIterable<Chunk>;
  /** Releases the source when the file is skipped or the import stops early. */
  close(): Promise<void>;
}

export type SourceRecord = { line: number; values: RawRecord } | { line: number; error: string };

const PEEK_LIMIT = 1024 * 1024;

function toChunk(chunk: Uint8Array | string): Chunk {
  if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) return chunk;
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** The file kind a name suggests: `posts.csv`, `2025-06-accounts.jsonl`, `follower_snapshots.csv`, … */
export function kindFromName(name: string): ImportKind | null {
  const stem = basename(name).toLowerCase();
  if (stem.includes('snapshot')) return 'follower_snapshots';
  if (stem.includes('creator')) return 'creators';
  if (stem.includes('account')) return 'accounts';
  if (stem.includes('post')) return 'posts';
  return null;
}

/** The file kind a header (or a first JSONL object's keys) shows, by the columns only that kind has. */
export function kindFromColumns(columns: readonly string[]): ImportKind | null {
  const has = new Set(columns);
  if (has.has('posted_at')) return 'posts';
  if (has.has('captured_at')) return 'follower_snapshots';
  if (has.has('creator_ref') && has.has('platform')) return 'accounts';
  if (has.has('creator_ref') && (has.has('niches') || has.has('name'))) return 'creators';
  return null;
}

export function formatFromName(name: string): ImportFormat | null {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return null;
}

function normaliseHeader(columns: string[]): string[] {
  return columns.map((c) => c.trim().toLowerCase());
}

/**
 * Reads the start of a source (up to its first complete non-blank line) to tell format and kind, and
 * returns a body that replays what was read, then the rest.
 */
export async function prepareFile(source: ImportSource, index: number, format?: ImportFormat): Promise<PreparedFile> {
  const stream = source.stream as Partial<AsyncIterable<Uint8Array | string> & Iterable<Uint8Array | string>>;
  const found = stream[Symbol.asyncIterator]?.() ?? stream[Symbol.iterator]?.();
  if (!found) throw new TypeError(`${source.name}: stream must be a readable stream or an iterable of chunks`);
  const iterator: AsyncIterator<Uint8Array | string> | Iterator<Uint8Array | string> = found;
  const head: Chunk[] = [];
  const decoder = new StringDecoder('utf8');
  let text = '';
  let ended = false;
  while (text.length < PEEK_LIMIT) {
    const trimmed = text.replace(/^[\ufeff\s]+/, '');
    if (trimmed.includes('\n')) break;
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      text += decoder.end();
      break;
    }
    const chunk = toChunk(next.value);
    head.push(chunk);
    text += typeof chunk === 'string' ? chunk : decoder.write(chunk);
  }
  const firstLine = text.replace(/^[\ufeff\s]+/, '').split(/\r?\n/, 1)[0] ?? '';
  const resolvedFormat = format ?? formatFromName(source.name) ?? (firstLine.startsWith('{') ? 'jsonl' : 'csv');

  let columns: string[] | null = null;
  let problem: string | null = null;
  if (firstLine) {
    try {
      if (resolvedFormat === 'csv') {
        columns = normaliseHeader((parseSync(firstLine, { bom: true }) as string[][])[0] ?? []);
      } else {
        const first: unknown = JSON.parse(firstLine);
        if (first && typeof first === 'object' && !Array.isArray(first)) columns = Object.keys(first);
      }
    } catch {
      // Left to the row reader, which reports the line; the kind may still come from the name.
    }
  }
  const kind = (columns && kindFromColumns(columns)) ?? kindFromName(source.name);
  if (!kind) {
    problem =
      `cannot tell what this file holds: name it creators, accounts, follower_snapshots or posts ` +
      `(.csv or .jsonl), or give it the header of one of those files`;
  } else if (resolvedFormat === 'csv' && columns) {
    const missing = DATASET_COLUMNS[kind].filter((c) => !columns.includes(c));
    if (missing.length) {
      problem = `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: a ${kind} file has ${DATASET_COLUMNS[kind].join(', ')}`;
    }
  }

  async function* body(): AsyncGenerator<Chunk> {
    yield* head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield toChunk(next.value);
    }
  }
  return {
    index,
    name: source.name,
    format: resolvedFormat,
    kind,
    problem,
    body: body(),
    close: async () => {
      await iterator.return?.();
      if (source.stream instanceof Readable) source.stream.destroy();
    },
  };
}

/**
 * CSV rows as objects keyed by the (trimmed, lower-cased) header; empty lines are skipped. A malformed row
 * (wrong number of cells, bad quoting) is reported with its first line, and reading goes on.
 */
export async function* csvRecords(body: AsyncIterable<Chunk>): AsyncGenerator<SourceRecord> {
  const reader = new CsvRowReader();
  const decoder = new StringDecoder('utf8');
  let header: string[] | null = null;
  function* records(rows: CsvRow[]): Generator<SourceRecord> {
    for (const row of rows) {
      if ('error' in row) {
        yield row;
      } else if (header === null) {
        header = normaliseHeader(row.cells);
      } else if (row.cells.length !== header.length) {
        const error = `Invalid Record Length: expect ${header.length}, got ${row.cells.length} on line ${row.line}`;
        yield { line: row.line, error };
      } else {
        const values: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) values[header[i] as string] = row.cells[i] as string;
        yield { line: row.line, values };
      }
    }
  }
  for await (const chunk of body) yield* records(reader.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
  yield* records(reader.push(decoder.end()));
  yield* records(reader.end());
}

/** JSONL: one JSON object per line; blank lines are skipped. */
export async function* jsonlRecords(body: AsyncIterable<Chunk>): AsyncGenerator<SourceRecord> {
  const input = Readable.from(body);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { line, error: `not valid JSON: ${(error as Error).message}` };
        continue;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        yield { line, error: 'each line must be one JSON object' };
        continue;
      }
      yield { line, values: value as RawRecord };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

export function records(file: PreparedFile): AsyncGenerator<SourceRecord> {
  return file.format === 'csv' ? csvRecords(file.body) : jsonlRecords(file.body);
}
