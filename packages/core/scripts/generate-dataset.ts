/**
 * Writes a synthetic dataset in the import formats (docs/formats.md), streaming: records are
 * generated one creator at a time and written with backpressure, so memory stays flat at any size.
 *
 *   node --import tsx packages/core/scripts/generate-dataset.ts --creators 2000 --posts 200000 --out /tmp/cg-gen
 *     [--seed 1] [--format csv|jsonl] [--days 120] [--end 2025-06-01T00:00:00Z]
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { GENERATOR_DEFAULTS, generateDataset } from '../src/demo/generate/index.js';
import { eventRow } from '../src/demo/rows.js';
import { csvHeader, DATASET_COLUMNS, type DatasetFile, type DatasetFormat, formatRow } from '../src/ingest/format.js';

const USAGE = `Usage: generate-dataset --creators N --out DIR [--posts M] [--seed S] [--format csv|jsonl] [--days D] [--end ISO]
  --creators  number of creators (≈ 1.4 accounts each)
  --posts     approximate total posts (default: published posting frequencies)
  --out       output directory (created if missing)
  --seed      integer seed (default 1); same seed and options → identical files
  --format    csv (default) or jsonl
  --days      history length in days (default ${GENERATOR_DEFAULTS.days})
  --end       last instant of the history, ISO 8601 (default: today 00:00 UTC)`;

/** Batches small writes into ~64 KiB chunks and waits for 'drain' when the stream's buffer is full. */
class BufferedFile {
  readonly stream: WriteStream;
  // String concatenation builds a rope that V8 flattens once per chunk: cheaper than an array join.
  private pending = '';
  rows = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Returns a promise only when the caller must wait, so the hot path stays synchronous. */
  write(text: string): Promise<void> | undefined {
    this.pending += text;
    if (this.pending.length < 65_536) return undefined;
    return this.flush();
  }

  flush(): Promise<void> | undefined {
    if (this.pending.length === 0) return undefined;
    const chunk = this.pending;
    this.pending = '';
    if (this.stream.write(chunk)) return undefined;
    return once(this.stream, 'drain').then(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function integerOption(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) fail(`--${name} is required`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      creators: { type: 'string' },
      posts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      days: { type: 'string' },
      end: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const creators = integerOption(values.creators, 'creators');
  const postsTarget = values.posts === undefined ? null : integerOption(values.posts, 'posts');
  const seed = integerOption(values.seed, 'seed', 1);
  const days = integerOption(values.days, 'days', GENERATOR_DEFAULTS.days);
  if (days < 1) fail('--days must be at least 1');
  const out = values.out ?? fail('--out is required');
  const format = values.format as DatasetFormat;
  if (format !== 'csv' && format !== 'jsonl') fail(`--format must be csv or jsonl, got "${values.format}"`);
  let end: Date;
  if (values.end === undefined) {
    const now = new Date();
    end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  } else {
    end = new Date(values.end);
    if (Number.isNaN(end.getTime())) fail(`--end must be an ISO 8601 date, got "${values.end}"`);
  }

  mkdirSync(out, { recursive: true });
  const files = {} as Record<DatasetFile, BufferedFile>;
  for (const file of Object.keys(DATASET_COLUMNS) as DatasetFile[]) {
    const target = new BufferedFile(join(out, `${file}.${format}`));
    target.stream.on('error', (error) => {
      console.error(`Writing ${file}: ${error.message}`);
      process.exit(1);
    });
    if (format === 'csv') target.write(csvHeader(DATASET_COLUMNS[file]));
    files[file] = target;
  }

  console.log(
    `Generating: creators=${creators} posts≈${postsTarget ?? 'natural'} seed=${seed} days=${days} end=${end.toISOString()} format=${format} → ${out}`,
  );
  const started = performance.now();
  let total = 0;
  for (const event of generateDataset({ seed, creators, postsTarget, days, end })) {
    const entry = eventRow(event);
    const file = files[entry.file];
    file.rows++;
    total++;
    const wait = file.write(formatRow(entry, format));
    if (wait) await wait;
    if (total % 1_000_000 === 0) {
      const seconds = (performance.now() - started) / 1000;
      console.error(`  … ${total.toLocaleString('en-US')} rows, ${seconds.toFixed(1)} s`);
    }
  }
  await Promise.all(Object.values(files).map((f) => f.close()));

  const seconds = (performance.now() - started) / 1000;
  for (const [name, file] of Object.entries(files)) {
    console.log(`  ${`${name}.${format}`.padEnd(26)} ${file.rows.toLocaleString('en-US').padStart(12)} rows`);
  }
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `Done: ${total.toLocaleString('en-US')} rows in ${seconds.toFixed(2)} s (${Math.round(total / seconds).toLocaleString('en-US')} rows/s), peak RSS ${peakRssMiB.toFixed(0)} MiB`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
