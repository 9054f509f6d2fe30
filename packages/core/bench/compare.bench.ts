/**
 * compareCampaigns at catalog scale against one hand-written SQL aggregate of the same sums:
 *   node --conditions=source --import tsx packages/core/bench/compare.bench.ts [linkedPosts] [sqlite|postgresql|both]
 * Defaults: 102,000 linked posts, both dialects. Three campaigns of 40 members each link every post of their
 * members (≈ 850 posts per account over two years, a follower snapshot every two weeks). Prints the warm
 * median of 5 runs of `compare(ids)` — each run one live request: a fresh EntityManager fork and a
 * MetricsService whose request time is a millisecond later than the previous one, the server's MetricsCache
 * shared — and of the raw aggregate (per campaign: posts, interactions, views, impressions with the
 * estimated ones, the sum and count of post rates on followers at post time), and their ratio.
 */
import { performance } from 'node:perf_hooks';
import { CampaignDecisionService } from '../src/campaigns/decisions.js';
import { Campaign, CampaignMember } from '../src/campaigns/entity.js';
import { Account, Creator, FollowerSnapshot } from '../src/creators/entity.js';
import { dateParam, upsertRows } from '../src/db/dialect.js';
import type { Dialect } from '../src/db/orm.js';
import { MetricsCache } from '../src/metrics/cache.js';
import { DEFAULT_METRICS_CONFIG } from '../src/metrics/config.js';
import { MetricsService } from '../src/metrics/service.js';
import { createOrganization } from '../src/organizations/service.js';
import { Post } from '../src/posts/entity.js';
import { createTestDatabase, intBetween, mulberry32, type TestDatabase } from '../src/testing/index.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const DAY = 86_400_000;
const CAMPAIGNS = 3;
const MEMBERS = 40;
const SPAN_DAYS = 730;
const SNAPSHOT_EVERY_DAYS = 14;

const linkedTarget = Number(process.argv[2] ?? 102_000);
const which = process.argv[3] ?? 'both';
const dialects: Dialect[] = which === 'both' ? ['postgresql', 'sqlite'] : [which as Dialect];

/** Accounts, snapshots, posts and three campaigns linking every post of their members; returns the campaign ids. */
async function seed(db: TestDatabase): Promise<number[]> {
  const rand = mulberry32(10);
  const em = db.em.fork();
  const org = await createOrganization(em, 'Bench Agency', 'bench');
  const accounts = Array.from({ length: CAMPAIGNS * MEMBERS }, (_, i) => {
    const followers = intBetween(rand, 5_000, 900_000);
    const creator = em.create(Creator, { ref: `bench-${i}`, name: `Creator ${i}`, maxFollowers: followers });
    return em.create(Account, {
      creator,
      platform: 'INSTAGRAM',
      handle: `bench${i}`,
      externalId: `bench-${i}`,
      followers,
      following: intBetween(rand, 100, 2_000),
      ratePerPostMinor: i % 2 === 0 ? intBetween(rand, 10_000, 500_000) : null,
      rateCurrency: i % 2 === 0 ? 'USD' : null,
    });
  });
  const campaigns = Array.from({ length: CAMPAIGNS }, (_, c) =>
    em.create(Campaign, {
      organization: org,
      name: `Campaign ${c}`,
      brand: 'Bench',
      goal: 'AWARENESS',
      status: 'ACTIVE',
      currency: 'USD',
      budgetMinor: 50_000_000,
      startsAt: new Date(NOW.getTime() - SPAN_DAYS * DAY),
    }),
  );
  await em.flush();
  accounts.forEach((account, i) => {
    em.create(CampaignMember, {
      campaign: campaigns[Math.floor(i / MEMBERS)] as (typeof campaigns)[number],
      account,
      feeMinor: i % 3 === 0 ? 100_000 : null,
      deliverables: 1 + (i % 3),
    });
  });
  await em.flush();

  const knex = em.getKnex();
  const perAccount = Math.ceil(linkedTarget / accounts.length);
  const snapshots: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  for (const [i, a] of accounts.entries()) {
    // The last account has no snapshots (base: its followers); the others start a month into the span,
    // so their first posts take the earliest snapshot after them.
    if (i !== accounts.length - 1) {
      for (let d = SPAN_DAYS - 30; d >= 0; d -= SNAPSHOT_EVERY_DAYS) {
        const grown = Math.round(a.followers * (1 - d / (SPAN_DAYS * 4)));
        snapshots.push({ account_id: a.id, captured_at: NOW.getTime() - d * DAY, followers: grown, following: null });
      }
    }
    for (let k = 0; k < perAccount; k++) {
      const likes = Math.round(a.followers * 0.03 * (0.5 + rand()));
      posts.push({
        account_id: a.id,
        platform: 'INSTAGRAM',
        external_id: `p-${a.id}-${k}`,
        posted_at: NOW.getTime() - Math.floor(((k + rand()) * SPAN_DAYS * DAY) / perAccount),
        kind: 'PHOTO',
        sponsored: k % 5 === 0,
        likes,
        comments: Math.round(likes * 0.02),
        shares: k % 2 === 0 ? intBetween(rand, 0, 300) : null,
        saves: k % 3 === 0 ? intBetween(rand, 0, 200) : null,
        views: k % 4 === 0 ? intBetween(rand, 1_000, 90_000) : null,
        reach: null,
        impressions: k % 3 === 1 ? intBetween(rand, 1_000, 300_000) : null,
      });
    }
  }
  await knex.transaction(async (trx) => {
    await upsertRows(trx, em, FollowerSnapshot, snapshots, { conflict: ['account_id', 'captured_at'], merge: [] });
    for (let start = 0; start < posts.length; start += 20_000) {
      await upsertRows(trx, em, Post, posts.slice(start, start + 20_000), {
        conflict: ['platform', 'external_id'],
        merge: [],
      });
    }
    for (const [c, campaign] of campaigns.entries()) {
      const members = accounts.slice(c * MEMBERS, (c + 1) * MEMBERS).map((a) => a.id);
      await trx.raw(
        `insert into campaign_posts (campaign_id, post_id, linked_at)
         select ?, p.id, ? from posts p where p.account_id in (${members.map(() => '?').join(', ')}) order by p.id`,
        [campaign.id, dateParam(db.dialect, NOW), ...members],
      );
    }
  });
  if (db.dialect === 'postgresql') await knex.raw('analyze');
  return campaigns.map((c) => c.id);
}

/** The sums compare() needs of the linked posts, per campaign, in one statement written by hand. */
function rawAggregate(db: TestDatabase, ids: readonly number[], asOf: Date) {
  const interactions = 'coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0)';
  const sql = `
    select campaign_id, count(*) as posts, sum(interactions) as interactions, sum(coalesce(views, 0)) as views,
      sum(coalesce(impressions, base * 0.25)) as impressions,
      sum(case when impressions is null then 1 else 0 end) as impressions_estimated,
      sum(case when base > 0 then cast(interactions as double precision) / base end) as rate_sum,
      sum(case when base > 0 then 1 else 0 end) as rated
    from (
      select cp.campaign_id, ${interactions} as interactions, p.views, p.impressions,
        coalesce(
          (select s.followers from follower_snapshots s
            where s.account_id = p.account_id and s.captured_at <= p.posted_at order by s.captured_at desc limit 1),
          (select s.followers from follower_snapshots s where s.account_id = p.account_id order by s.captured_at asc limit 1),
          a.followers) as base
      from campaign_posts cp join posts p on p.id = cp.post_id join accounts a on a.id = p.account_id
      where cp.campaign_id in (${ids.map(() => '?').join(', ')}) and p.posted_at <= ?
      ${db.dialect === 'postgresql' ? 'offset 0' : 'limit -1 offset 0'}
    ) x
    group by campaign_id`;
  return db.em.getKnex().raw(sql, [...ids, dateParam(db.dialect, asOf)]);
}

/**
 * Medians of 5 warm runs of each function, run alternately (after one untimed run of each) so that a change
 * in the machine's load falls on both.
 */
async function medians(fns: readonly (() => Promise<unknown>)[]): Promise<number[]> {
  for (const fn of fns) await fn();
  const times = fns.map(() => [] as number[]);
  for (let run = 0; run < 5; run++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[i]?.push(performance.now() - start);
    }
  }
  return times.map((t) => [...t].sort((a, b) => a - b)[2] as number);
}

for (const dialect of dialects) {
  const db = await createTestDatabase(dialect);
  try {
    const t0 = performance.now();
    const ids = await seed(db);
    const knex = db.em.getKnex();
    const count = async (table: string) => Number(((await knex(table).count('* as n')) as { n: unknown }[])[0]?.n);
    console.log(
      `${dialect}: ${await count('posts')} posts, ${await count('campaign_posts')} linked to ${ids.length} campaigns ` +
        `of ${MEMBERS} members, ${await count('follower_snapshots')} snapshots (seeded in ${Math.round(performance.now() - t0)} ms)`,
    );
    const cache = new MetricsCache();
    let requests = 0;
    const organizationId = Number(
      ((await knex('campaigns').select('organization_id').first()) as { organization_id: unknown }).organization_id,
    );
    const service = () => {
      const em = db.em.fork();
      // A live request: its own request time, as the server gives each request.
      const now = new Date(NOW.getTime() + ++requests);
      return new CampaignDecisionService(
        em,
        organizationId,
        new MetricsService(em, DEFAULT_METRICS_CONFIG, { now, cache }),
      );
    };
    const answer = await service().compare(ids);
    const totals = ids.map((id) => answer.metrics.get(id)?.posts ?? 0);
    const [compareMs, aggregateMs] = (await medians([
      () => service().compare(ids),
      () => rawAggregate(db, ids, NOW),
    ])) as [number, number];
    console.log(`  compare(${ids.length} campaigns, ${totals.join(' + ')} posts) warm: ${compareMs.toFixed(1)} ms`);
    console.log(`  raw SQL aggregate of the same sums:           ${aggregateMs.toFixed(1)} ms`);
    console.log(`  ratio: ${(compareMs / aggregateMs).toFixed(2)}×`);
  } finally {
    await db.destroy();
  }
}
