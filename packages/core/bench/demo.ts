/**
 * Shared by the benches over the generated demo dataset (metrics.bench.ts, decisions.bench.ts): their
 * command line, the seeded throwaway database and the cold/warm measurement.
 */
import { performance } from 'node:perf_hooks';
import type { Dialect } from '../src/db/orm.js';
import { seedDemo } from '../src/demo/seed.js';
import type { MetricsCache } from '../src/metrics/cache.js';
import { countStatements, createTestDatabase, type TestDatabase } from '../src/testing/index.js';

/** The demo's last day, also the metrics' "now". */
export const NOW = new Date('2026-06-30T12:00:00Z');

export interface DemoBenchArgs {
  creators: number;
  postsTarget: number;
  dialect: Dialect;
}

/** `[creators] [postsTarget] [sqlite|postgresql]` from the command line, with the bench's defaults. */
export function demoBenchArgs(defaultCreators: number, defaultPosts: (creators: number) => number): DemoBenchArgs {
  const creators = Number(process.argv[2] ?? defaultCreators);
  const postsTarget = Number(process.argv[3] ?? defaultPosts(creators));
  const dialect = (process.argv[4] ?? 'sqlite') as Dialect;
  return { creators, postsTarget, dialect };
}

/** Seeds the demo dataset into a fresh database, prints its size, runs `body`, then destroys the database. */
export async function withSeededDemo(
  { creators, postsTarget, dialect }: DemoBenchArgs,
  body: (db: TestDatabase) => Promise<void>,
): Promise<void> {
  const db = await createTestDatabase(dialect);
  try {
    const t0 = performance.now();
    const dataset = await seedDemo(db, { end: NOW, creators, postsTarget });
    console.log(
      `${dialect}: ${dataset.creators} creators, ${dataset.accounts} accounts, ${dataset.posts} posts, ` +
        `${dataset.snapshots} snapshots, ${dataset.campaigns} campaigns (seeded in ${Math.round(performance.now() - t0)} ms)`,
    );
    await body(db);
  } finally {
    await db.destroy();
  }
}

/**
 * `measure(label, cold, fn)` prints the statements and the median time of 5 runs of `fn` and returns the
 * last run's result. `cold` clears the peer-group cache before each run; warm runs fill it first, untimed.
 */
export function measurer(db: TestDatabase, cache: MetricsCache, labelWidth: number) {
  return async function measure<T>(label: string, cold: boolean, fn: () => Promise<T>): Promise<T> {
    const times: number[] = [];
    let statements = 0;
    let result: T | undefined;
    for (let run = 0; run < 5; run++) {
      if (cold) cache.clear();
      else await fn();
      const start = performance.now();
      const counted = await countStatements(db, fn);
      times.push(performance.now() - start);
      statements = counted.count;
      result = counted.result;
    }
    const median = [...times].sort((a, b) => a - b)[2] as number;
    console.log(
      `${`${label} ${cold ? 'cold' : 'warm'}`.padEnd(labelWidth)} ${String(statements).padStart(3)} statements ${median.toFixed(0).padStart(6)} ms`,
    );
    return result as T;
  };
}
