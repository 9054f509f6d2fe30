/**
 * MetricsService statements and timings on a generated catalog:
 *   node --conditions=source --import tsx packages/core/bench/metrics.bench.ts [creators] [postsTarget] [sqlite|postgresql]
 * Defaults: the demo size (500 creators, ≈ 20,000 posts) on SQLite. Prints, for a page of 100 accounts, the
 * statements and milliseconds of each batch call with a cold and a warm peer-group cache, then the
 * computed creator list (every creator's authenticity) and one top-level benchmark.
 */
import { performance } from 'node:perf_hooks';
import { CreatorService } from '../src/creators/service.js';
import type { Dialect } from '../src/db/orm.js';
import { seedDemo } from '../src/demo/seed.js';
import { MetricsCache } from '../src/metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { MetricsService } from '../src/metrics/service.js';
import { countStatements, createTestDatabase } from '../src/testing/index.js';

const creators = Number(process.argv[2] ?? 500);
const postsTarget = Number(process.argv[3] ?? 20_000);
const dialect = (process.argv[4] ?? 'sqlite') as Dialect;
const NOW = new Date('2026-06-30T12:00:00Z');
const { defaultMethod: method, defaultWindow: window } = DEFAULT_METRICS_CONFIG;

const db = await createTestDatabase(dialect);
try {
  const t0 = performance.now();
  const dataset = await seedDemo(db, { end: NOW, creators, postsTarget });
  console.log(
    `${dialect}: ${dataset.creators} creators, ${dataset.accounts} accounts, ${dataset.posts} posts, ` +
      `${dataset.snapshots} snapshots (seeded in ${Math.round(performance.now() - t0)} ms)`,
  );
  const ids = (await db.em.fork().getKnex()('accounts').select('id').orderBy('followers', 'desc').limit(100)).map(
    (r: { id: number }) => Number(r.id),
  );
  const cache = new MetricsCache();
  const service = () => new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache });

  /** Median of 5 runs; `cold` clears the peer-group cache before each run. */
  async function measure(label: string, cold: boolean, fn: () => Promise<unknown>) {
    const times: number[] = [];
    let statements = 0;
    for (let run = 0; run < 5; run++) {
      if (cold) cache.clear();
      else await fn(); // fills the cache
      const start = performance.now();
      statements = (await countStatements(db, fn)).count;
      times.push(performance.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[2] as number;
    console.log(
      `${`${label} ${cold ? 'cold' : 'warm'}`.padEnd(60)} ${String(statements).padStart(3)} statements ${median.toFixed(0).padStart(6)} ms`,
    );
  }

  const all = () => {
    const s = service();
    return Promise.all([
      s.engagementFor(ids, method, window),
      s.reliableFor(ids, method, window),
      s.authenticityFor(ids),
      s.benchmarkFor(ids, method, window),
    ]);
  };
  const list = () =>
    new CreatorService(db.em.fork()).list(
      {},
      { field: 'AUTHENTICITY_SCORE', direction: 'ASC' },
      { first: 20 },
      service(),
    );
  for (const cold of [true, false]) {
    await measure('engagementFor(100 accounts)', cold, () => service().engagementFor(ids, method, window));
    await measure('reliableFor(100)', cold, () => service().reliableFor(ids, method, window));
    await measure('engagement + reliable + authenticity + benchmark (100)', cold, all);
    await measure('creators by AUTHENTICITY_SCORE, first 20 (all creators)', cold, list);
    await measure('benchmarks(INSTAGRAM, NANO)', cold, () =>
      service().benchmarks({ platform: 'INSTAGRAM', tier: 'NANO', method, window }),
    );
  }
} finally {
  await db.destroy();
}
