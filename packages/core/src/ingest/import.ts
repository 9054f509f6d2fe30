import { setImmediate } from 'node:timers/promises';
import { Account, Creator, FollowerSnapshot } from '../creators/entity.js';
import { dialectOf, refreshStatistics, tuneForBulkLoad } from '../db/dialect.js';
import type { Database, EntityManager } from '../db/orm.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import { AccountSummaryStore } from '../metrics/summary-store.js';
import { Post } from '../posts/entity.js';
import { type PreparedFile, prepareFile, records, type SourceRecord } from './read.js';
import { IngestRepository } from './repository.js';
import {
  type BatchEvent,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_REJECTIONS_REPORTED,
  IMPORT_ORDER,
  type ImportCounts,
  type ImportFileReport,
  type ImportKind,
  type ImportOptions,
  type ImportRejection,
  type ImportReport,
  type ImportSource,
} from './types.js';
import { type InputByKind, type RawRecord, VALIDATORS, type Validated } from './validate.js';
import { BATCH_KEYS, type BatchOutcome, type BatchWriter, type Pending, WRITERS, type WriteContext } from './write.js';

/**
 * The import stopped part-way: a batch failed in the database (and was rolled back) or a file could not be
 * read. Batches committed before it stay committed; `report` says what they hold.
 */
export class ImportAbortedError extends Error {
  constructor(
    message: string,
    public readonly report: ImportReport,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImportAbortedError';
  }
}

const ENTITIES = { creators: Creator, accounts: Account, follower_snapshots: FollowerSnapshot, posts: Post } as const;

function emptyCounts(): ImportCounts {
  return { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
}

class Rejections {
  readonly listed: (ImportRejection & { order: number })[] = [];
  truncated = 0;

  constructor(private readonly max: number) {}

  add(order: number, rejection: ImportRejection): void {
    if (this.listed.length < this.max) this.listed.push({ ...rejection, order });
    else this.truncated++;
  }

  sorted(): ImportRejection[] {
    return [...this.listed]
      .sort((a, b) => a.order - b.order || a.line - b.line)
      .map(({ order: _order, ...rest }) => rest);
  }
}

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Driver errors quote the whole statement; keep the reason, not a thousand rows of SQL.
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message;
  return reason.length > 300 ? `${reason.slice(0, 300)}…` : reason;
}

/**
 * Imports creators, accounts, follower snapshots and posts from CSV or JSONL files (docs/formats.md,
 * "Import formats"), streaming: memory stays flat whatever the file size.
 *
 * - Files are processed in dependency order (creators, accounts, follower_snapshots, posts) whatever
 *   order they are given in; the kind comes from the header (or the first JSONL object), else the name.
 * - Each row is validated; invalid rows are rejected and reported with file, line, field and reason, and
 *   the rest go on. Rows referring to a creator or account that exists neither in the database nor
 *   earlier in the run are rejected too.
 * - Valid rows are upserted in batches (`batchSize`, default 1,000), each batch in one transaction: it
 *   commits whole or not at all. Keys: creators by creator_ref, accounts by (platform, handle), posts by
 *   (platform, external_id), snapshots by (account, captured_at). Re-importing a file changes nothing and
 *   reports its rows as unchanged.
 *
 * Must not run inside a transaction of `em`: every batch opens its own.
 */
export async function importFiles(
  target: Database | EntityManager,
  sources: readonly ImportSource[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const em = ('orm' in target ? target.em : target) as EntityManager;
  if (em.isInTransaction()) throw new Error('importFiles opens a transaction per batch: call it outside a transaction');
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be ≥ 1, got ${batchSize}`);
  const knex = em.getConnection().getKnex();
  const rejections = new Rejections(options.maxRejectionsReported ?? DEFAULT_MAX_REJECTIONS_REPORTED);
  const fileReports: ImportFileReport[] = [];
  let batches = 0;

  const report = (): ImportReport => {
    const totals = emptyCounts();
    for (const f of fileReports) {
      for (const key of Object.keys(totals) as (keyof ImportCounts)[]) totals[key] += f[key];
    }
    return {
      files: fileReports,
      totals,
      rejections: rejections.sorted(),
      truncatedRejections: rejections.truncated,
      batches,
    };
  };

  const prepared: PreparedFile[] = [];
  try {
    for (const [index, source] of sources.entries()) prepared.push(await prepareFile(source, index, options.format));
  } catch (error) {
    await Promise.all(prepared.map((f) => f.close()));
    throw new ImportAbortedError(`Could not read ${sources[prepared.length]?.name}: ${shortMessage(error)}`, report(), {
      cause: error,
    });
  }
  const rank = (f: PreparedFile) => (f.kind ? IMPORT_ORDER.indexOf(f.kind) : -1);
  // Unreadable files first (they are only reported), then dependency order, then the caller's order.
  const ordered = [...prepared].sort((a, b) => rank(a) - rank(b) || a.index - b.index);

  async function importFile<K extends ImportKind>(
    file: PreparedFile,
    kind: K,
    counts: ImportFileReport,
    order: number,
  ) {
    const validate = VALIDATORS[kind] as (record: RawRecord) => Validated<InputByKind[K]>;
    const write = WRITERS[kind] as BatchWriter<InputByKind[K]>;
    const keysOf = BATCH_KEYS[kind] as (value: InputByKind[K]) => string[];
    let batch: Pending<InputByKind[K]>[] = [];
    let fileBatches = 0;
    const keys = new Set<string>();

    const commit = async (rows: Pending<InputByKind[K]>[]) => {
      const ctx: WriteContext = { now: new Date() };
      let outcome: BatchOutcome;
      try {
        outcome = await knex.transaction((trx) => write(new IngestRepository(trx, em), rows, ctx));
      } catch (error) {
        const first = rows[0]?.line;
        const last = rows.at(-1)?.line;
        throw new ImportAbortedError(
          `A batch of ${rows.length} rows of ${file.name} (lines ${first}–${last}) was rolled back: ${shortMessage(error)}`,
          report(),
          { cause: error },
        );
      }
      batches++;
      fileBatches++;
      if (fileBatches === 5 || (fileBatches > 5 && (fileBatches & (fileBatches - 1)) === 0)) {
        // A bulk load into a young table leaves the planner's statistics behind: refresh them as it grows.
        await refreshStatistics(em, ENTITIES[kind]);
      }
      counts.inserted += outcome.inserted;
      counts.updated += outcome.updated;
      counts.unchanged += outcome.unchanged;
      counts.rejected += new Set(outcome.rejected.map((r) => r.line)).size;
      for (const r of outcome.rejected) rejections.add(order, { file: file.name, ...r });
      options.onBatch?.({
        batch: batches,
        file: file.name,
        kind,
        rows: rows.length,
        inserted: outcome.inserted,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        rejected: outcome.rejected.length,
        firstLine: rows[0]?.line ?? 0,
        lastLine: rows.at(-1)?.line ?? 0,
      } satisfies BatchEvent);
    };

    // The batch being written while the next one is read and validated (on PostgreSQL the database works
    // in its own process meanwhile). Batches still commit one at a time and in order.
    let writing: Promise<void> = Promise.resolve();
    let busy = false;
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      keys.clear();
      await writing;
      busy = true;
      writing = commit(rows).finally(() => {
        busy = false;
      });
      // Thrown where it is awaited (the next flush or the end of the file), not as an unhandled rejection.
      writing.catch(() => {});
    };
    // A read error waits for the batch in flight (no transaction outlives the import); if that batch failed,
    // its error is the one reported.
    async function* settled(source: AsyncIterable<SourceRecord>) {
      try {
        yield* source;
      } catch (error) {
        await writing;
        throw error;
      }
    }

    let seen = 0;
    for await (const record of settled(records(file))) {
      // While a batch is written, a turn of the event loop every few rows lets the database's replies in
      // at once rather than after a whole chunk of the file.
      if (busy && ++seen % 16 === 0) await setImmediate();
      counts.rowsRead++;
      if ('error' in record) {
        counts.rejected++;
        rejections.add(order, { file: file.name, line: record.line, field: null, reason: record.error });
        continue;
      }
      const result = validate(record.values);
      if (!result.ok) {
        counts.rejected++;
        for (const p of result.problems) {
          rejections.add(order, { file: file.name, line: record.line, field: p.field, reason: p.reason });
        }
        continue;
      }
      const rowKeys = keysOf(result.value);
      if (rowKeys.some((k) => keys.has(k))) await flush();
      batch.push({ line: record.line, value: result.value });
      for (const k of rowKeys) keys.add(k);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    await writing;
  }

  const restore = await tuneForBulkLoad(knex, dialectOf(em));
  try {
    await importAll();
  } finally {
    await restore();
    // Peer groups (priors, benchmarks) cached from the old catalog are stale once a batch changed it,
    // also when a later batch failed.
    if (fileReports.some((f) => f.inserted + f.updated > 0)) options.peerCache?.clear();
  }
  if (options.refreshMetrics !== false && fileReports.some((f) => f.inserted + f.updated > 0)) {
    // The triggers expired the summaries of every account the batches touched, in their transactions:
    // recompute them once now, each account once however many batches touched it. A failure here loses
    // nothing (readers recompute expired summaries), so it does not fail the import.
    await new AccountSummaryStore(em.fork(), DEFAULT_METRICS_CONFIG).refreshExpired(new Date()).catch(() => 0);
  }
  return report();

  async function importAll() {
    for (const [order, file] of ordered.entries()) {
      const counts: ImportFileReport = { name: file.name, kind: file.kind, format: file.format, ...emptyCounts() };
      fileReports.push(counts);
      if (!file.kind || file.problem) {
        rejections.add(order, { file: file.name, line: 1, field: null, reason: file.problem ?? 'unreadable file' });
        await file.close();
        continue;
      }
      try {
        await importFile(file, file.kind, counts, order);
      } catch (error) {
        await Promise.all(ordered.slice(order).map((f) => f.close()));
        if (error instanceof ImportAbortedError)
          throw new ImportAbortedError(error.message, report(), { cause: error });
        throw new ImportAbortedError(`Could not read ${file.name}: ${shortMessage(error)}`, report(), { cause: error });
      }
    }
  }
}
