/** `import <files…>`: uploads catalog files through the SDK's `importData`, with progress and the rejection report. */
import { createReadStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';
import { enumParser, intParser } from '../args.js';
import type { Io, Session } from '../context.js';
import { unwrap } from '../context.js';
import { usage } from '../errors.js';
import { formatInt, formatNumber } from '../output.js';
import { action } from './shared.js';

interface ImportOptions {
  format?: 'CSV' | 'JSONL';
  rejections: number;
  strict?: boolean;
}

/** Records in a file (lines, less a CSV header): only to turn bytes sent into rows per second. */
async function countRows(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1] ?? last;
  }
  if (last !== 10) lines++;
  return /\.(jsonl|ndjson)$/i.test(path) ? lines : Math.max(0, lines - 1);
}

/** The progress display: a bar on a terminal, a few plain lines otherwise (logs stay readable). */
function progressReporter(session: Session, totalRows: number) {
  const { stderr } = session.io;
  const started = Date.now();
  const tty = stderr.isTTY === true && typeof (stderr as { cursorTo?: unknown }).cursorTo === 'function';
  const rowsAt = (sent: number, total: number) => (total > 0 ? (sent / total) * totalRows : 0);
  if (tty) {
    const bar = new SingleBar({
      stream: stderr as NodeJS.WritableStream,
      format: `uploading {bar} {percentage}% | {rowsDone}/{rowsTotal} rows | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    });
    let begun = false;
    return {
      uploading(sent: number, total: number) {
        const rows = rowsAt(sent, total);
        const seconds = (Date.now() - started) / 1000;
        const payload = {
          rowsDone: formatInt(rows),
          rowsTotal: formatInt(totalRows),
          rate: seconds > 0.2 ? formatInt(rows / seconds) : '…',
        };
        if (!begun) {
          bar.start(total, sent, payload);
          begun = true;
        } else bar.update(sent, payload);
      },
      processing() {
        if (begun) bar.stop();
        stderr.write('sent; the server is validating and writing the rows…\n');
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  let said = false;
  return {
    uploading(_sent: number, total: number) {
      if (said) return;
      said = true;
      stderr.write(`uploading ${formatInt(totalRows)} rows (${formatNumber(total / 1024 / 1024, 1)} MiB)…\n`);
    },
    processing() {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? `, ${formatInt(totalRows / seconds)} rows/s` : '';
      stderr.write(`sent in ${formatNumber(seconds, 1)} s${rate}; the server is validating and writing the rows…\n`);
    },
    stop() {},
  };
}

async function importFiles(session: Session, o: ImportOptions, paths: string[]): Promise<void> {
  const sdk = session.sdk();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw usage(`${path}: no such file`);
  }
  const totalRows = (await Promise.all(paths.map(countRows))).reduce((a, b) => a + b, 0);
  const files = await Promise.all(
    paths.map(async (path) => ({ name: basename(path), content: await openAsBlob(path) })),
  );
  const progress = session.out.mode === 'human' ? progressReporter(session, totalRows) : null;
  const started = Date.now();
  let result: Awaited<ReturnType<typeof sdk.importData>>;
  try {
    result = await sdk.importData(files, {
      rejections: o.rejections,
      ...(o.format ? { format: o.format } : {}),
      onProgress: (p) => {
        if (p.phase === 'uploading') progress?.uploading(p.bytesSent, p.totalBytes);
        else if (p.phase === 'processing') progress?.processing();
      },
    });
  } finally {
    progress?.stop();
  }
  const report = unwrap(result);
  const seconds = (Date.now() - started) / 1000;
  const { out } = session;
  out.result({
    data: report,
    rows: report.rejections,
    columns: [
      { header: 'file', value: (r) => r.file },
      { header: 'line', value: (r) => r.line },
      { header: 'field', value: (r) => r.field },
      { header: 'reason', value: (r) => r.reason },
    ],
    human: () => {
      out.fields([
        [
          'rows read',
          `${formatInt(report.rowsRead)} in ${formatNumber(seconds, 1)} s (${formatInt(report.rowsRead / Math.max(seconds, 0.001))} rows/s)`,
        ],
        ['inserted', formatInt(report.inserted)],
        ['updated', formatInt(report.updated)],
        ['unchanged', formatInt(report.unchanged)],
        ['rejected', report.rejected ? out.colors.red(formatInt(report.rejected)) : '0'],
        ['batches', formatInt(report.batches)],
      ]);
      out.table(
        report.files,
        [
          { header: 'file', value: (f) => f.name },
          { header: 'kind', value: (f) => f.kind },
          { header: 'format', value: (f) => f.format },
          { header: 'rows', value: (f) => f.rowsRead, align: 'right' },
          { header: 'inserted', value: (f) => f.inserted, align: 'right' },
          { header: 'updated', value: (f) => f.updated, align: 'right' },
          { header: 'unchanged', value: (f) => f.unchanged, align: 'right' },
          { header: 'rejected', value: (f) => f.rejected, align: 'right' },
        ],
        'files',
      );
      if (report.rejections.length) {
        out.table(
          report.rejections,
          [
            { header: 'file', value: (r) => r.file },
            { header: 'line', value: (r) => r.line, align: 'right' },
            { header: 'field', value: (r) => r.field },
            { header: 'reason', value: (r) => r.reason },
          ],
          'rejections',
        );
        if (report.truncatedRejections) out.line(out.colors.dim(`… and ${formatInt(report.truncatedRejections)} more`));
      }
    },
  });
  if (o.strict && report.rejected > 0) {
    throw usage(`${formatInt(report.rejected)} rows were rejected (--strict)`);
  }
}

export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description(
      'Import catalog files (creators, accounts, follower snapshots, posts; CSV or JSONL, see docs/formats.md) through the API: needs a key with CATALOG_WRITE. Shows upload progress with rows/s and ETA, then the report and every rejected row',
    )
    .argument('<files...>', 'files in any order; each is recognised by its header or name')
    .addOption(
      new Option('--format <format>', 'csv or jsonl for every file (default: each file’s extension)').argParser(
        enumParser(['CSV', 'JSONL'] as const),
      ),
    )
    .option('--rejections <n>', 'rejections listed (0–1000)', intParser(0, 1000), 100)
    .option('--strict', 'exit 1 when any row is rejected')
    .addHelpText(
      'after',
      '\nExample:\n  creatorgraph import creators.csv accounts.csv follower_snapshots.csv posts.csv',
    )
    .action(action<[string[]], ImportOptions>(io, importFiles));
}
