/**
 * CampaignDecisionService statements and timings on the generated demo dataset:
 *   node --conditions=source --import tsx packages/core/bench/decisions.bench.ts [creators] [postsTarget] [sqlite|postgresql]
 * Defaults: 1,500 creators (≈ 2,000 accounts), 40 posts per creator, SQLite. For compareTiers, plan and the
 * metrics of every demo campaign of one organization, prints the statements and the median of 5 runs with a
 * cold peer-group cache (cleared before each run) and a warm one. Each run is one request: a fresh
 * EntityManager fork and MetricsService, the server's MetricsCache shared.
 */
import { CampaignDecisionService, type PlanRequest } from '../src/campaigns/decisions.js';
import { MetricsCache } from '../src/metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { MetricsService } from '../src/metrics/service.js';
import { demoBenchArgs, measurer, NOW, withSeededDemo } from './demo.js';

await withSeededDemo(
  demoBenchArgs(1500, (creators) => creators * 40),
  async (db) => {
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

    const measure = measurer(db, cache, 72);

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
      const engagement = await measure(`plan(ENGAGEMENT, ${busiest}, every tier)`, cold, plan('ENGAGEMENT'));
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
  },
);
