import type { Knex } from '@mikro-orm/knex';
import { booleanParam, type Dialect, dateParam, dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';
import type { MetricWindow } from '../metrics/config.js';
import { INTERACTION_COMPONENTS } from '../metrics/engagement.js';
import { type AccountSnapshot, MetricsRepository, postMetricsFromRow } from '../metrics/repository.js';
import type { BrandPostInput, BrandRateMethod, PostRateTotals } from './performance.js';

/**
 * Every statement of brand performance. The brand's own posts are read one by one (the pure functions
 * rate them); the same accounts' organic posts are only ever summed by the database, so the work in
 * JavaScript is bounded by the brand's posts whatever the size of the catalog.
 */

type Row = Record<string, unknown>;

const MS_PER_DAY = 86_400_000;
/** Ids per `in (…)` list. */
const ID_CHUNK = 1_000;

export interface BrandScope {
  /** Trimmed; matched case-insensitively (lowered on both sides by the database). */
  brand: string;
  platform: Platform | null;
  window: MetricWindow;
  asOf: Date;
}

/** A brand post row with its account's creator and current followers. */
export interface BrandPostRow extends BrandPostInput {
  followers: number;
}

export class BrandRepository {
  private readonly knex: Knex;
  private readonly dialect: Dialect;

  constructor(private readonly em: EntityManager) {
    this.knex = em.getKnex();
    this.dialect = dialectOf(em);
  }

  private run(query: Knex.QueryBuilder): Promise<Row[]> {
    return this.em.execute<Row[]>(query, [], 'all');
  }

  /** Sponsored posts naming the brand (case-insensitive exact match), on the platform when given. */
  private namingBrand(q: Knex.QueryBuilder, alias: string, scope: BrandScope): Knex.QueryBuilder {
    // `sponsored = true` as a literal, so the partial index on lower(brand) of sponsored posts applies.
    q.whereRaw(`${alias}.sponsored = true`).whereRaw(`lower(${alias}.brand) = lower(?)`, [scope.brand]);
    if (scope.platform) q.where(`${alias}.platform`, scope.platform);
    return q;
  }

  /**
   * Restricts `alias` to the window. Days: `asOf − days < posted_at ≤ asOf`. Posts: each account's last N
   * posts at or before asOf, all kinds (rank(), so posts tied at the boundary all count), among the accounts
   * that ever posted for the brand — a subquery, never a list.
   */
  private inWindow(q: Knex.QueryBuilder, alias: string, scope: BrandScope): Knex.QueryBuilder {
    const { window, asOf } = scope;
    if (window.posts === null) {
      const start = new Date(asOf.getTime() - window.days * MS_PER_DAY);
      return q
        .where(`${alias}.posted_at`, '>', dateParam(this.dialect, start))
        .where(`${alias}.posted_at`, '<=', dateParam(this.dialect, asOf));
    }
    const candidates = this.namingBrand(this.knex('posts as bc').distinct('bc.account_id'), 'bc', scope);
    const ranked = this.knex('posts as br')
      .select('br.id', this.knex.raw('rank() over (partition by br.account_id order by br.posted_at desc) as rn'))
      .whereIn('br.account_id', candidates)
      .where('br.posted_at', '<=', dateParam(this.dialect, asOf));
    return q.whereIn(
      `${alias}.id`,
      this.knex.select('ranked.id').from(ranked.as('ranked')).where('ranked.rn', '<=', window.posts),
    );
  }

  /** SQL "brand posts": the brand's sponsored posts in the window, with account, creator and followers. */
  async brandPosts(scope: BrandScope): Promise<BrandPostRow[]> {
    const q = this.knex('posts as p')
      .join('accounts as a', 'a.id', 'p.account_id')
      .select('p.account_id', 'a.creator_id', 'a.followers', 'p.posted_at', 'p.kind', 'p.sponsored')
      .select('p.likes', 'p.comments', 'p.shares', 'p.saves', 'p.views', 'p.reach', 'p.impressions');
    this.inWindow(this.namingBrand(q, 'p', scope), 'p', scope);
    const rows = await this.run(q);
    return rows.map((r) => ({
      accountId: Number(r.account_id),
      creatorId: Number(r.creator_id),
      followers: Number(r.followers),
      ...postMetricsFromRow(r),
    }));
  }

  /** The accounts' follower snapshots the FOLLOWERS base needs (up to asOf, plus each one's first). */
  async snapshots(accountIds: readonly number[], asOf: Date): Promise<AccountSnapshot[]> {
    const metrics = new MetricsRepository(this.em);
    const out: AccountSnapshot[] = [];
    for (let i = 0; i < accountIds.length; i += ID_CHUNK) {
      out.push(...(await metrics.snapshots(accountIds.slice(i, i + ID_CHUNK), asOf)));
    }
    return out;
  }

  /** A post's base as SQL, exactly as `postBase` computes it (FOLLOWERS: the snapshot rule at post time). */
  private baseSql(method: BrandRateMethod): string {
    switch (method.base) {
      case 'FOLLOWERS':
        // Latest snapshot at or before the post, else the earliest (then after it), else current followers.
        return `coalesce(
          (select s.followers from follower_snapshots s where s.account_id = p.account_id and s.captured_at <= p.posted_at order by s.captured_at desc limit 1),
          (select s.followers from follower_snapshots s where s.account_id = p.account_id order by s.captured_at asc limit 1),
          a.followers)`;
      case 'VIEWS':
        return 'p.views';
      case 'REACH':
        return 'p.reach';
      case 'IMPRESSIONS':
        return 'p.impressions';
    }
  }

  /**
   * SQL "organic totals": per account that posted for the brand in the window, its organic (not sponsored)
   * posts in the same window summed — posts, Σ interactions, Σ post rate and the rated count — in one
   * statement; the rate of each post as `postRateTotals` computes it.
   */
  async organicTotals(scope: BrandScope, method: BrandRateMethod): Promise<PostRateTotals[]> {
    const interactions = INTERACTION_COMPONENTS[method.interactions].map((c) => `coalesce(p.${c}, 0)`).join(' + ');
    const brandAccounts = this.inWindow(
      this.namingBrand(this.knex('posts as bp').distinct('bp.account_id'), 'bp', scope),
      'bp',
      scope,
    );
    const perPost = this.knex('posts as p')
      .join('accounts as a', 'a.id', 'p.account_id')
      .select('p.account_id', this.knex.raw(`(${interactions}) as i`), this.knex.raw(`${this.baseSql(method)} as b`))
      .where('p.sponsored', booleanParam(this.dialect, false))
      .whereIn('p.account_id', brandAccounts);
    this.inWindow(perPost, 'p', scope);
    const q = this.knex
      .select(
        't.account_id',
        this.knex.raw('count(*) as posts'),
        this.knex.raw('sum(t.i) as interactions'),
        this.knex.raw('sum(case when t.b > 0 then t.i * 1.0 / t.b else 0 end) as rate_sum'),
        this.knex.raw('sum(case when t.b > 0 then 1 else 0 end) as rated'),
      )
      .from(perPost.as('t'))
      .groupBy('t.account_id');
    const rows = await this.run(q);
    return rows.map((r) => ({
      accountId: Number(r.account_id),
      posts: Number(r.posts),
      interactions: Number(r.interactions),
      rateSum: Number(r.rate_sum),
      rated: Number(r.rated),
    }));
  }
}
