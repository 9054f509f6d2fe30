import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { countRows, fileSources, writeDataset } from '../../test/ingest/dataset.js';
import { type Database, initORM } from '../db/orm.js';
import { scratchDatabase, TEST_DIALECTS } from '../testing/index.js';
import { importFiles } from './index.js';

/**
 * A crash mid-import: a child process imports ~50k posts in batches of 1,000 and is SIGKILLed once it
 * has reported three committed post batches. Only whole batches may be in the database, and running the
 * import again completes it.
 */

const BATCH = 1_000;
const CHILD = resolve(import.meta.dirname, '../../test/ingest/crash-import.ts');

const tmp = mkdtempSync(join(tmpdir(), 'cg-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const data = writeDataset(join(tmp, 'data'), { creators: 300, posts: 50_000 });
const paths = [data.paths.creators, data.paths.accounts, data.paths.posts];

/** Runs the child until it reports `postBatches` committed post batches, then SIGKILLs it. */
function importAndKill(databaseUrl: string, postBatches: number): Promise<{ seen: number; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, databaseUrl, String(BATCH), ...paths], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('committed posts') && ++seen >= postBatches) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done({ seen, signal });
      else fail(new Error(`child exited with ${code} before it was killed (${seen} post batches):\n${stderr}`));
    });
  });
}

describe.each(TEST_DIALECTS)('an import killed mid-way on %s', (dialect) => {
  it('leaves only whole batches, and a rerun completes it', async () => {
    const { url: databaseUrl, drop: cleanup } = await scratchDatabase(dialect);
    let db: Database | undefined;
    try {
      const { seen } = await importAndKill(databaseUrl, 3);
      expect(seen).toBeGreaterThanOrEqual(3);

      db = await initORM({ databaseUrl });
      const afterCrash = await countRows(db, 'posts');
      expect(afterCrash).toBeGreaterThanOrEqual(3 * BATCH);
      expect(afterCrash).toBeLessThan(data.rows.posts);
      expect(afterCrash % BATCH).toBe(0);

      const rerun = await importFiles(db, fileSources(paths), { batchSize: BATCH });
      expect(rerun.totals.rejected).toBe(0);
      const posts = rerun.files.find((f) => f.kind === 'posts');
      expect(posts).toMatchObject({ unchanged: afterCrash, inserted: data.rows.posts - afterCrash });
      expect(await countRows(db, 'posts')).toBe(data.rows.posts);
    } finally {
      await db?.close();
      await cleanup();
    }
  });
});
