import { keysetPage, type Page, type PageArgs, type SortDirection } from '../common/pagination.js';
import { Account } from '../creators/entity.js';
import { booleanParam, dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import { type IPost, Post } from './entity.js';
import type { PostFilter } from './service.js';

/** Every statement of the posts domain. */
export class PostRepository {
  constructor(private readonly em: EntityManager) {}

  /** posts-page: one keyset page of posts matching the filter, newest (or oldest) first. */
  page(filter: PostFilter, direction: SortDirection, args: PageArgs): Promise<Page<IPost>> {
    const qb = this.em.createQueryBuilder(Post, 'p');
    const and: object[] = [];
    if (filter.accountId != null) and.push({ account: filter.accountId });
    if (filter.creatorId != null) {
      const sub = this.em.createQueryBuilder(Account, 'a').select('a.id').where({ creator: filter.creatorId });
      and.push({ account: { $in: sub.getKnexQuery() } });
    }
    if (filter.platform) and.push({ platform: filter.platform });
    if (filter.postedAfter) and.push({ postedAt: { $gte: filter.postedAfter } });
    if (filter.postedBefore) and.push({ postedAt: { $lte: filter.postedBefore } });
    if (filter.sponsored != null) and.push({ sponsored: filter.sponsored });
    if (filter.kinds?.length) and.push({ kind: { $in: filter.kinds } });
    if (and.length) qb.where({ $and: and } as never);
    return keysetPage(qb, { property: 'postedAt', kind: 'date', direction, value: (p) => p.postedAt }, args);
  }

  /** posts-by-id. */
  byIds(ids: readonly number[]): Promise<IPost[]> {
    return this.em.find(Post, { id: { $in: [...ids] } });
  }

  /** posts-latest-per-account: ids of each account's latest `limit` posts, in one statement (a window function). */
  async latestIdsPerAccount(
    accountIds: readonly number[],
    limit: number,
    sponsored: boolean | null,
  ): Promise<number[]> {
    const knex = this.em.getKnex();
    const inner = knex('posts')
      .select('id', knex.raw('row_number() over (partition by account_id order by posted_at desc, id desc) as rn'))
      .whereIn('account_id', [...accountIds]);
    if (sponsored != null) inner.where('sponsored', booleanParam(dialectOf(this.em), sponsored));
    const rows: { id: number }[] = await knex.select('id').from(inner.as('ranked')).where('rn', '<=', limit);
    return rows.map((r) => Number(r.id));
  }

  /** posts-newest-first: posts by id, newest first. */
  newestFirst(ids: number[]): Promise<IPost[]> {
    return this.em.find(Post, { id: { $in: ids } }, { orderBy: { postedAt: 'desc', id: 'desc' } });
  }

  /** posts-count-per-account. */
  async countPerAccount(accountIds: readonly number[], sponsored: boolean | null): Promise<Map<number, number>> {
    const knex = this.em.getKnex();
    const q = knex('posts')
      .select('account_id')
      .count({ n: '*' })
      .whereIn('account_id', [...accountIds])
      .groupBy('account_id');
    if (sponsored != null) q.where('sponsored', booleanParam(dialectOf(this.em), sponsored));
    const rows = (await q) as unknown as { account_id: number; n: number | string }[];
    return new Map(rows.map((r) => [Number(r.account_id), Number(r.n)]));
  }
}
