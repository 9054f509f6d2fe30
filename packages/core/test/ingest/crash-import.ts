/**
 * Child process for the crash test: imports files and prints one line per committed batch, so the parent
 * can SIGKILL it mid-import.
 *
 *   node --import tsx packages/core/test/ingest/crash-import.ts DATABASE_URL BATCH_SIZE FILE...
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { initORM } from '../../src/db/orm.js';
import { importFiles } from '../../src/ingest/index.js';

const [databaseUrl, batchSize, ...paths] = process.argv.slice(2);
if (!databaseUrl || !batchSize || paths.length === 0) {
  console.error('usage: crash-import DATABASE_URL BATCH_SIZE FILE...');
  process.exit(2);
}
const db = await initORM({ databaseUrl });
const report = await importFiles(
  db,
  paths.map((path) => ({ name: basename(path), stream: createReadStream(path) })),
  {
    batchSize: Number(batchSize),
    // Printed after the commit: a line means the batch is durable.
    onBatch: (e) => console.log(`committed ${e.kind} batch=${e.batch} rows=${e.rows}`),
  },
);
console.log(`done ${JSON.stringify(report.totals)}`);
await db.close();
