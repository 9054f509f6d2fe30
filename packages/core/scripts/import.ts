/**
 * Imports creators, accounts, follower snapshots and posts from CSV or JSONL files (docs/formats.md,
 * "Import formats") into a database, streaming, in batches of one transaction each, and prints the report.
 *
 *   node --import tsx packages/core/scripts/import.ts --database-url file:./data/creatorgraph.sqlite data/*.csv
 *   npm run import:data -w @creatorgraph/core -- --database-url postgres://… /tmp/cg-gen/*.csv
 *
 * Exit status: 0 imported, 3 imported but some rows were rejected, 1 stopped (committed batches stay),
 * 2 usage error.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { initORM } from '../src/db/orm.js';
import { ImportAbortedError, type ImportReport, importFiles } from '../src/ingest/index.js';

const USAGE = `Usage: import --database-url URL [--batch-size N] [--format csv|jsonl] [--max-rejections N] [--json] FILE...
  --database-url    postgres://… or file:<path> (default: $DATABASE_URL)
  --batch-size      valid rows per transaction (default 1000)
  --format          csv or jsonl for every file (default: from each file's extension)
  --max-rejections  rejections listed in the report (default 100)
  --json            print the report as JSON
Files are processed in dependency order (creators, accounts, follower_snapshots, posts), whatever their order
here; the kind of each comes from its header, else its name. Plain files only: no .zip or .gz.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

function printReport(report: ImportReport): void {
  const n = (v: number) => v.toLocaleString('en-US').padStart(10);
  console.log(
    `${'file'.padEnd(28)} ${'kind'.padEnd(18)} ${'read'.padStart(10)} ${'inserted'.padStart(10)} ${'updated'.padStart(10)} ${'unchanged'.padStart(10)} ${'rejected'.padStart(10)}`,
  );
  for (const f of report.files) {
    console.log(
      `${f.name.padEnd(28)} ${(f.kind ?? '?').padEnd(18)} ${n(f.rowsRead)} ${n(f.inserted)} ${n(f.updated)} ${n(f.unchanged)} ${n(f.rejected)}`,
    );
  }
  const t = report.totals;
  console.log(
    `${'total'.padEnd(28)} ${`${report.batches} batches`.padEnd(18)} ${n(t.rowsRead)} ${n(t.inserted)} ${n(t.updated)} ${n(t.unchanged)} ${n(t.rejected)}`,
  );
  if (report.rejections.length) {
    console.log('\nRejected:');
    for (const r of report.rejections) console.log(`  ${r.file}:${r.line}${r.field ? ` ${r.field}` : ''}: ${r.reason}`);
    if (report.truncatedRejections) console.log(`  … and ${report.truncatedRejections} more`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      'batch-size': { type: 'string' },
      format: { type: 'string' },
      'max-rejections': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? fail('--database-url is required');
  if (positionals.length === 0) fail('give at least one file');
  const format = values.format;
  if (format !== undefined && format !== 'csv' && format !== 'jsonl')
    fail(`--format must be csv or jsonl, got "${format}"`);
  for (const path of positionals) {
    try {
      if (!statSync(path).isFile()) fail(`${path} is not a file`);
    } catch {
      fail(`${path} does not exist`);
    }
  }
  const batchSize = positive(values['batch-size'], 'batch-size', 1_000);
  const maxRejectionsReported = positive(values['max-rejections'], 'max-rejections', 100);

  const db = await initORM({ databaseUrl });
  const started = performance.now();
  let rows = 0;
  try {
    const report = await importFiles(
      db,
      positionals.map((path) => ({ name: basename(path), stream: createReadStream(path) })),
      {
        batchSize,
        maxRejectionsReported,
        format,
        onBatch: (e) => {
          rows += e.rows;
          if (e.batch % 50 === 0 && !values.json) {
            const seconds = (performance.now() - started) / 1000;
            console.error(
              `  … ${e.file}: ${rows.toLocaleString('en-US')} rows written or checked, ${seconds.toFixed(1)} s`,
            );
          }
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (values.json) {
      console.log(JSON.stringify({ ...report, seconds }, null, 2));
    } else {
      printReport(report);
      console.log(
        `\nDone in ${seconds.toFixed(2)} s (${Math.round(report.totals.rowsRead / seconds).toLocaleString('en-US')} rows/s).`,
      );
    }
    return report.rejections.length > 0 ? 3 : 0;
  } catch (error) {
    if (error instanceof ImportAbortedError) {
      console.error(`Import stopped: ${error.message}\nCommitted before it:`);
      printReport(error.report);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
