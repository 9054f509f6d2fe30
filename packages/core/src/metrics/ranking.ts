import { rowNumber } from '../common/rows.js';
import type { CreatorMetricField } from '../creators/service.js';
import { dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';
import type { MetricsConfig } from './config.js';
import { accountPrice, exchangeRate, hasExchangeRate, minorDigits } from './costs.js';
import { Z95 } from './engagement.js';
import type { ReliablePrior } from './reliable.js';
import type { SubQuery } from './repository.js';
import type { Tier } from './tiers.js';

/**
 * Discovery's metric filters and orderings in SQL (docs/decisions/0015-precomputed-account-metrics.md,
 * 0020-metric-account-and-discovery-orderings.md): each candidate creator's metric account (its account on
 * the requested platform, else its primary account: most followers, then lowest id) with its engagement,
 * reliable rate, the reliable rate's lower bound, expected interactions, cost per expected interaction and
 * authenticity score computed by the database from the precomputed summary columns and its peer group's
 * parameters (prior, benchmark p50, CV threshold, rate-card price), with the same operations in the same
 * order as the pure functions (reliableFromPrior, authenticityScoreOf, accountPrice), so the same doubles.
 * One statement returning a few numbers per candidate, instead of every candidate's rows.
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

/** The currency discovery compares prices in. */
export const DISCOVERY_CURRENCY = 'USD';

/** What a discovery price needs of an account. */
export interface DiscoveryPricedAccount {
  platform: Platform;
  tier: Tier;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

/**
 * The account's price of one PHOTO post in USD minor units (accountPrice: the quoted rate, else the rate
 * card × platform multiplier; converted through the configured exchange rates); null when the quote's
 * currency has no configured rate.
 */
export function discoveryPriceMinor(account: DiscoveryPricedAccount, costs: MetricsConfig['costs']): number | null {
  const quoted = account.ratePerPostMinor !== null && account.rateCurrency !== null;
  const from = quoted ? (account.rateCurrency as string) : costs.rateCardCurrency;
  if (
    from !== DISCOVERY_CURRENCY &&
    (!hasExchangeRate(from, costs.fx) || !hasExchangeRate(DISCOVERY_CURRENCY, costs.fx))
  )
    return null;
  return accountPrice(account, 'PHOTO', DISCOVERY_CURRENCY, costs).amount.amountMinor;
}

/** Interactions per post to expect: reliable rate × current followers; null without a reliable rate. */
export function expectedInteractions(reliableRate: number | null, followers: number): number | null {
  return reliableRate === null ? null : reliableRate * followers;
}

/** Price / expected interactions (USD minor units per interaction); null without either or with none expected. */
export function estimatedCpe(priceMinor: number | null, expected: number | null): number | null {
  return priceMinor === null || expected === null || !(expected > 0) ? null : priceMinor / expected;
}

/** Options of one discovery statement. */
export interface MetricAccountQuery {
  /** The platform whose account is the metric account; null: the primary account. */
  platform: Platform | null;
}

/** Inner columns (per account) each field needs; outer expressions combine them. */
const NEEDS: Record<CreatorMetricField, readonly string[]> = {
  ENGAGEMENT_RATE: ['engagement'],
  RELIABLE_ENGAGEMENT_RATE: ['reliable'],
  AUTHENTICITY_SCORE: ['authenticity'],
  ENGAGEMENT_LOWER_BOUND: ['lower_raw'],
  EXPECTED_INTERACTIONS: ['reliable', 'followers'],
  ESTIMATED_CPE: ['reliable', 'followers', 'price'],
  AVG_INTERACTIONS: ['avg_interactions'],
  GROWTH: ['growth'],
  SPONSORED_SHARE: ['sponsored_share'],
  SAMPLE_SIZE: ['sample_size'],
};

/** Output column of each field. */
const FIELD_COLUMNS: Record<CreatorMetricField, string> = {
  ENGAGEMENT_RATE: 'engagement',
  RELIABLE_ENGAGEMENT_RATE: 'reliable',
  AUTHENTICITY_SCORE: 'authenticity',
  ENGAGEMENT_LOWER_BOUND: 'lower_bound',
  EXPECTED_INTERACTIONS: 'expected',
  ESTIMATED_CPE: 'cpe',
  AVG_INTERACTIONS: 'avg_interactions',
  GROWTH: 'growth',
  SPONSORED_SHARE: 'sponsored_share',
  SAMPLE_SIZE: 'sample_size',
};

/** Values of the requested metrics for each candidate creator (creators without a metric account: all null). */
export async function metricAccountValues(
  em: EntityManager,
  creatorIds: SubQuery,
  fields: ReadonlySet<CreatorMetricField>,
  groups: readonly GroupParameters[],
  config: MetricsConfig,
  options: MetricAccountQuery = { platform: null },
): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>> {
  const knex = em.getKnex();
  const real = dialectOf(em) === 'postgresql' ? 'double precision' : 'real';
  const num = (v: number | null) => knex.raw(`cast(? as ${real})`, [v as never]);
  const int = (v: number | null) => knex.raw('cast(? as integer)', [v as never]);
  // One row per (platform, tier); the union is a table every engine reads the same way.
  const rows = groups.map((g) =>
    knex.raw(
      'select ? as platform, ? as tier, ? as mu, ? as s2w, ? as bin, ? as tau2, ? as p50, ? as cvp95, ? as cvcount, ? as price',
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
        // The rate-card estimate of the group's accounts that quote no rate (it depends on platform and tier only).
        num(
          discoveryPriceMinor(
            { platform: g.platform, tier: g.tier, ratePerPostMinor: null, rateCurrency: null },
            config.costs,
          ),
        ),
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
  const needed = new Set([...fields].flatMap((f) => NEEDS[f]));
  const own = 'case when m.sample_size >= 1 then m.engagement end';
  const v = '(g.s2w + g.bin * coalesce(m.inverse_base_mean, 0)) / m.sample_size';
  const weight = `case when ${v} = 0 then 1 when g.tau2 = 0 then 0 else g.tau2 / (g.tau2 + ${v}) end`;
  const noPrior = 'g.mu is null or g.s2w is null or g.bin is null or g.tau2 is null';
  const shrunk = `(${weight}) * m.engagement + (1 - (${weight})) * g.mu`;
  const reliable = `case when ${noPrior} then ${own} when ${own} is null then g.mu else ${shrunk} end`;
  const select: string[] = [];
  if (needed.has('engagement')) select.push(`${own} as engagement`);
  if (needed.has('reliable')) select.push(`${reliable} as reliable`);
  if (needed.has('followers')) select.push('x.followers as followers');
  if (needed.has('avg_interactions'))
    select.push('case when m.sample_size >= 1 then m.avg_interactions end as avg_interactions');
  if (needed.has('growth')) select.push('m.growth as growth');
  if (needed.has('sponsored_share')) select.push('m.sponsored_share as sponsored_share');
  if (needed.has('sample_size')) select.push('m.sample_size as sample_size');
  if (needed.has('lower_raw')) {
    // The reliable rate's posterior 95% interval, low end before the clamp: value − z·√(w·V); without a
    // prior, the account's own interval95 low end; null with no post.
    select.push(
      `case when m.sample_size is null or m.sample_size < 1 then null when ${noPrior} then m.interval_low ` +
        `else ${shrunk} - ${d(Z95)} * sqrt((${weight}) * (${v})) end as lower_raw`,
    );
  }
  if (needed.has('price')) {
    // accountPrice(PHOTO, USD): the quoted rate × the PHOTO multiplier rounded half up, then converted
    // (× rate × 10^(digit difference), rounded again) — floor(x + 0.5) is Math.round for these positive
    // amounts; a currency without a configured rate has no price.
    const photo = d(config.costs.kindMultiplier.PHOTO);
    const quote = `floor(cast(x.rate_per_post_minor as ${real}) * ${photo} + ${d(0.5)})`;
    const currencies = Object.keys(config.costs.fx.usdPerUnit).filter(
      (c) => /^[A-Z]{3}$/.test(c) && hasExchangeRate(c, config.costs.fx),
    );
    const usdRated = hasExchangeRate(DISCOVERY_CURRENCY, config.costs.fx);
    const conversions = currencies
      .filter((c) => c !== DISCOVERY_CURRENCY && usdRated)
      .map((c) => {
        const rate = exchangeRate(c, DISCOVERY_CURRENCY, config.costs.fx);
        const scale = 10 ** (minorDigits(DISCOVERY_CURRENCY) - minorDigits(c));
        return `when '${c}' then floor((${quote} * ${d(rate)}) * ${d(scale)} + ${d(0.5)})`;
      });
    select.push(
      'case when x.rate_per_post_minor is not null and x.rate_currency is not null then ' +
        `case x.rate_currency when '${DISCOVERY_CURRENCY}' then ${quote} ${conversions.join(' ')} else null end ` +
        'else g.price end as price',
    );
  }
  if (needed.has('authenticity')) {
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
  // Outer expressions over one account's inner columns (each written once).
  const outer: Record<CreatorMetricField, string> = {
    ENGAGEMENT_RATE: 'r.engagement',
    RELIABLE_ENGAGEMENT_RATE: 'r.reliable',
    AUTHENTICITY_SCORE: 'r.authenticity',
    ENGAGEMENT_LOWER_BOUND: 'case when r.lower_raw < 0 then 0 else r.lower_raw end',
    EXPECTED_INTERACTIONS: 'r.reliable * r.followers',
    ESTIMATED_CPE:
      'case when r.price is null or r.reliable is null or not (r.reliable * r.followers > 0) then null ' +
      'else r.price / (r.reliable * r.followers) end',
    AVG_INTERACTIONS: 'r.avg_interactions',
    GROWTH: 'r.growth',
    SPONSORED_SHARE: 'r.sponsored_share',
    SAMPLE_SIZE: 'r.sample_size',
  };
  // Each candidate's metric account and its tier, computed once (a window function, then an equality
  // join on (platform, tier)), so the group table is not re-evaluated per creator.
  const bounds = config.tierScheme.bounds;
  const tierCase = `case ${bounds
    .map((b, i) => {
      const next = bounds[i + 1];
      return next ? `when x.followers < ${next.minFollowers} then '${b.tier}'` : `else '${b.tier}'`;
    })
    .join(' ')} end`;
  // Every candidate account's numbers (on the platform, when one is named), then each creator's first
  // account by followers (then id): the joins run on all the candidates' accounts with exact row estimates,
  // and only the window filter comes last.
  const ranked = knex
    .select(
      'x.creator_id',
      ...(select.length ? [knex.raw(select.join(', '))] : []),
      knex.raw('row_number() over (partition by x.creator_id order by x.followers desc, x.id asc) as rn'),
    )
    .from('accounts as x')
    .leftJoin('account_metrics as m', 'm.account_id', 'x.id')
    .leftJoin('g', function () {
      this.on('g.platform', '=', 'x.platform').andOn('g.tier', '=', knex.raw(tierCase));
    })
    .whereIn('x.creator_id', creatorIds);
  if (options.platform) ranked.where('x.platform', options.platform);
  const groupTable = rows.length
    ? knex.raw(rows.map(() => '?').join(' union all '), rows as never)
    : knex.raw(
        'select null as platform, null as tier, null as mu, null as s2w, null as bin, null as tau2, null as p50, null as cvp95, 0 as cvcount, null as price',
      );
  const query = knex
    .with('g', groupTable)
    .with('r', ranked)
    .select('c.id', ...[...fields].map((f) => knex.raw(`${outer[f]} as ${FIELD_COLUMNS[f]}`)))
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
