/**
 * MetricsService statements and timings on a generated catalog:
 *   node --conditions=source --import tsx packages/core/bench/metrics.bench.ts [creators] [postsTarget] [sqlite|postgresql]
 * Defaults: the demo size (500 creators, ≈ 20,000 posts) on SQLite. Prints, for a page of 100 accounts, the
 * statements and milliseconds of each batch call with a cold and a warm peer-group cache, then the
 * computed creator list (every creator's authenticity) and one top-level benchmark.
 */
import { CreatorService } from '../src/creators/service.js';
import { MetricsCache } from '../src/metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { MetricsService } from '../src/metrics/service.js';
import { demoBenchArgs, measurer, NOW, withSeededDemo } from './demo.js';

const { defaultMethod: method, defaultWindow: window } = DEFAULT_METRICS_CONFIG;

await withSeededDemo(
  demoBenchArgs(500, () => 20_000),
  async (db) => {
    const ids = (await db.em.fork().getKnex()('accounts').select('id').orderBy('followers', 'desc').limit(100)).map(
      (r: { id: number }) => Number(r.id),
    );
    const cache = new MetricsCache();
    const service = () => new MetricsService(db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW, cache });
    const measure = measurer(db, cache, 60);

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
  },
);
