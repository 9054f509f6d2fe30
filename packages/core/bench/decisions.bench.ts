/**
 * CampaignDecisionService statements and timings on the generated demo dataset:
 *   node --conditions=source --import tsx packages/core/bench/decisions.bench.ts [creators] [postsTarget] [sqlite|postgresql]
 * Defaults: 1,500 creators (≈ 2,000 accounts), 40 posts per creator, SQLite. For compareTiers, plan and the
 * metrics of every demo campaign of one organization, prints the statements and the median of 5 runs with a
 * cold peer-group cache (cleared before each run) and a warm one. Each run is one request: a fresh
 * EntityManager fork and MetricsService, the server's MetricsCache shared.
 */
import { performance } from 'node:perf_hooks';
import { CampaignDecisionService, type PlanRequest } from '../src/campaigns/decisions.js';
import type { Dialect } from '../src/db/orm.js';
import { seedDemo } from '../src/demo/seed.js';
import { MetricsCache } from '../src/metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { MetricsService } from '../src/metrics/service.js';
import { countStatements, createTestDatabase } from '../src/testing/index.js';

const creators = Number(process.argv[2] ?? 1500);
const postsTarget = Number(process.argv[3] ?? creators * 40);
const dialect = (process.argv[4] ?? 'sqlite') as Dialect;
const NOW = new Date('2026-06-30T12:00:00Z');

const db = await createTestDatabase(dialect);
try {
  const t0 = performance.now();
  const dataset = await seedDemo(db, { end: NOW, creators, postsTarget });
  console.log(
    `${dialect}: ${dataset.creators} creators, ${dataset.accounts} accounts, ${dataset.posts} posts, ` +
      `${dataset.snapshots} snapshots, ${dataset.campaigns} campaigns (seeded in ${Math.round(performance.now() - t0)} ms)`,
  );
  const knex = db.em.fork().getKnex();
  const perPlatform = (await knex('accounts').select('platform').count('* as n').groupBy('platform')) as {
    platform: string;
    n: number | string;
  }[];
  console.log(`accounts per platform: ${perPlatform.map((r) => `${r.platform} ${r.n}`).join(', ')}`);
  const busiest = [...perPlatform].sort((a, b) => Number(b.n) - Number(a.n))[0]?.platform as PlanRequest['platform'];
  const org = (await knex('campaigns').select('organization_id').first()) as { organization_id: number };
  const campaignIds = (
    (await knex('campaigns').select('id').where('organization_id', org.organization_id)) as { id: number }[]
  ).map((r) => Number(r.id));

  const cache = new MetricsCache();
  const service = () => {
    const em = db.em.fork();
    return new CampaignDecisionService(
      em,
      Number(org.organization_id),
      new MetricsService(em, DEFAULT_METRICS_CONFIG, { now: NOW, cache }),
    );
  };

  async function measure(label: string, cold: boolean, fn: () => Promise<unknown>): Promise<unknown> {
    const times: number[] = [];
    let statements = 0;
    let result: unknown;
    for (let run = 0; run < 5; run++) {
      if (cold) cache.clear();
      else await fn(); // fills the cache
      const start = performance.now();
      const counted = await countStatements(db, fn);
      times.push(performance.now() - start);
      statements = counted.count;
      result = counted.result;
    }
    const median = [...times].sort((a, b) => a - b)[2] as number;
    console.log(
      `${`${label} ${cold ? 'cold' : 'warm'}`.padEnd(72)} ${String(statements).padStart(3)} statements ${median.toFixed(0).padStart(6)} ms`,
    );
    return result;
  }

  const plan = (goal: PlanRequest['goal']) => () =>
    service().plan({
      budget: { amountMinor: 5_000_000, currency: 'USD' },
      goal,
      platform: busiest,
    });

  for (const cold of [true, false]) {
    await measure(`compareTiers(${busiest})`, cold, () => service().compareTiers({ platform: busiest }));
    await measure(`compareTiers(${busiest}, niche beauty, last 20 posts)`, cold, () =>
      service().compareTiers({ platform: busiest, niche: 'beauty', window: { days: 90, posts: 20 } }),
    );
    const engagement = (await measure(`plan(ENGAGEMENT, ${busiest}, every tier)`, cold, plan('ENGAGEMENT'))) as Awaited<
      ReturnType<CampaignDecisionService['plan']>
    >;
    if (!cold) {
      console.log(
        `  ${engagement.accountsConsidered} accounts considered, ${engagement.candidateCount} candidates after the filters, ` +
          `optimal ${engagement.optimal}, ${engagement.selection.length} selected`,
      );
    }
    await measure(`plan(AWARENESS, ${busiest}, every tier)`, cold, plan('AWARENESS'));
    await measure(`metricsFor(${campaignIds.length} campaigns of one organization)`, cold, () =>
      service().metricsFor(campaignIds),
    );
  }
} finally {
  await db.destroy();
}
