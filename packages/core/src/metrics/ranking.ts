import { rowNumber } from '../common/rows.js';
import type { CreatorMetricField } from '../creators/service.js';
import { dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';
import type { MetricsConfig } from './config.js';
import type { ReliablePrior } from './reliable.js';
import type { SubQuery } from './repository.js';
import type { Tier } from './tiers.js';

/**
 * Discovery's metric filters and orderings in SQL (docs/decisions/0015-precomputed-account-metrics.md):
 * each candidate creator's primary account (most followers, then lowest id) with its engagement, reliable
 * rate and authenticity score computed by the database from the precomputed summary columns and its peer
 * group's parameters (prior, benchmark p50, CV threshold), with the same operations in the same order as
 * reliableFromPrior and authenticityScoreOf, so the same doubles. One statement returning two numbers per
 * candidate, instead of every candidate's creator, accounts and summary rows.
 */

/** What the SQL needs of one peer group. */
export interface GroupParameters {
  platform: Platform;
  tier: Tier;
  prior: ReliablePrior;
  p50: number | null;
  cvP95: number | null;
  cvPeerCount: number;
}

const FIELD_COLUMNS: Record<CreatorMetricField, string> = {
  ENGAGEMENT_RATE: 'engagement',
  RELIABLE_ENGAGEMENT_RATE: 'reliable',
  AUTHENTICITY_SCORE: 'authenticity',
};

/** Values of the requested metrics for each candidate creator (creators without accounts: all null). */
export async function primaryAccountMetricValues(
  em: EntityManager,
  creatorIds: SubQuery,
  fields: ReadonlySet<CreatorMetricField>,
  groups: readonly GroupParameters[],
  config: MetricsConfig,
): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>> {
  const knex = em.getKnex();
  const real = dialectOf(em) === 'postgresql' ? 'double precision' : 'real';
  const num = (v: number | null) => knex.raw(`cast(? as ${real})`, [v as never]);
  const int = (v: number | null) => knex.raw('cast(? as integer)', [v as never]);
  // One row per (platform, tier); the union is a table every engine reads the same way.
  const rows = groups.map((g) =>
    knex.raw(
      'select ? as platform, ? as tier, ? as mu, ? as s2w, ? as bin, ? as tau2, ? as p50, ? as cvp95, ? as cvcount',
      [
        g.platform,
        g.tier,
        num(g.prior.mu),
        num(g.prior.sigma2Within),
        num(g.prior.binomial),
        num(g.prior.tau2),
        num(g.p50),
        num(g.cvP95),
        int(g.cvPeerCount),
      ] as never,
    ),
  );
  const rules = config.authenticity;
  // Constants (from the config, never from a request) go in as doubles: a decimal literal would be numeric
  // on PostgreSQL and round differently. A number's shortest text parses back to the same double.
  const d = (value: number) => {
    if (!Number.isFinite(value)) throw new Error(`not a finite constant: ${value}`);
    return `cast('${String(value)}' as ${real})`;
  };
  const own = 'case when m.sample_size >= 1 then m.engagement end';
  const v = '(g.s2w + g.bin * coalesce(m.inverse_base_mean, 0)) / m.sample_size';
  const weight = `case when ${v} = 0 then 1 when g.tau2 = 0 then 0 else g.tau2 / (g.tau2 + ${v}) end`;
  const reliable =
    `case when g.mu is null or g.s2w is null or g.bin is null or g.tau2 is null then ${own} ` +
    `when ${own} is null then g.mu else (${weight}) * m.engagement + (1 - (${weight})) * g.mu end`;
  const select: string[] = [];
  if (fields.has('ENGAGEMENT_RATE')) select.push(`${own} as engagement`);
  if (fields.has('RELIABLE_ENGAGEMENT_RATE')) select.push(`${reliable} as reliable`);
  if (fields.has('AUTHENTICITY_SCORE')) {
    const low =
      `m.sample_size >= ${rules.lowEngagement.minPosts} and m.engagement is not null and g.p50 is not null ` +
      `and m.engagement < ${d(rules.lowEngagement.ratioToPeerP50)} * g.p50`;
    const lwc =
      `m.sample_size >= ${rules.likesWithoutConversation.minPosts} and m.engagement is not null and g.p50 is not null ` +
      `and m.total_likes > 0 and m.engagement > ${d(rules.likesWithoutConversation.ratioToPeerP50)} * g.p50 ` +
      `and m.total_comments / m.total_likes < ${d(rules.likesWithoutConversation.maxCommentsPerLike)}`;
    const erratic =
      `m.sample_size >= ${rules.erratic.minPosts} and g.cvp95 is not null and g.cvcount >= ${rules.erratic.minPeers} ` +
      'and m.interaction_cv is not null and m.interaction_cv > g.cvp95';
    // authenticityScoreOf: 100 × Π (1 − penalty) over the flags in their order; an absent flag multiplies by 1.
    const factor = (condition: string, oneMinus: string) => `(case when ${condition} then ${oneMinus} else 1 end)`;
    const spike = factor('m.spike_penalty is not null', '1 - m.spike_penalty');
    const lowF = factor(low, d(1 - rules.lowEngagement.penalty));
    const lwcF = factor(lwc, d(1 - rules.likesWithoutConversation.penalty));
    const follow = factor('m.follow_back_penalty is not null', '1 - m.follow_back_penalty');
    const erraticF = factor(erratic, d(1 - rules.erratic.penalty));
    select.push(
      `case when m.sample_size is null then null else 100 * ((((${spike} * ${lowF}) * ${lwcF}) * ${follow}) * ${erraticF}) end as authenticity`,
    );
  }
  // Each candidate's primary account and its tier, computed once (a window function, then an equality
  // join on (platform, tier)), so the group table is not re-evaluated per creator.
  const bounds = config.tierScheme.bounds;
  const tierCase = `case ${bounds
    .map((b, i) => {
      const next = bounds[i + 1];
      return next ? `when x.followers < ${next.minFollowers} then '${b.tier}'` : `else '${b.tier}'`;
    })
    .join(' ')} end`;
  // Every candidate account's numbers, then each creator's first account by followers (then id): the joins
  // run on all the candidates' accounts with exact row estimates, and only the window filter comes last.
  const ranked = knex
    .select(
      'x.creator_id',
      knex.raw(select.join(', ')),
      knex.raw('row_number() over (partition by x.creator_id order by x.followers desc, x.id asc) as rn'),
    )
    .from('accounts as x')
    .leftJoin('account_metrics as m', 'm.account_id', 'x.id')
    .leftJoin('g', function () {
      this.on('g.platform', '=', 'x.platform').andOn('g.tier', '=', knex.raw(tierCase));
    })
    .whereIn('x.creator_id', creatorIds);
  const groupTable = rows.length
    ? knex.raw(rows.map(() => '?').join(' union all '), rows as never)
    : knex.raw(
        'select null as platform, null as tier, null as mu, null as s2w, null as bin, null as tau2, null as p50, null as cvp95, 0 as cvcount',
      );
  const query = knex
    .with('g', groupTable)
    .with('r', ranked)
    .select('c.id', ...[...fields].map((f) => `r.${FIELD_COLUMNS[f]}`))
    .from('creators as c')
    .leftJoin('r', function () {
      this.on('r.creator_id', '=', 'c.id').andOn('r.rn', '=', knex.raw('1'));
    })
    .whereIn('c.id', creatorIds);
  const result: Record<string, unknown>[] = await em.execute(query);
  const out = new Map<number, Partial<Record<CreatorMetricField, number | null>>>();
  for (const r of result) {
    const values: Partial<Record<CreatorMetricField, number | null>> = {};
    for (const field of fields) values[field] = rowNumber(r[FIELD_COLUMNS[field]]);
    out.set(Number(r.id), values);
  }
  return out;
}
