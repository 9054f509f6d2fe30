import { keysetPage, type Page, type PageArgs, type SortDirection } from '../common/pagination.js';
import { Account } from '../creators/entity.js';
import { booleanParam, dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { type IPost, Post } from './entity.js';

export interface PostFilter {
  accountId?: number | null;
  creatorId?: number | null;
  platform?: Platform | null;
  postedAfter?: Date | null;
  postedBefore?: Date | null;
  sponsored?: boolean | null;
  kinds?: string[] | null;
}

export class PostService {
  constructor(private readonly em: EntityManager) {}

  list(filter: PostFilter, direction: SortDirection, args: PageArgs): Promise<Page<IPost>> {
    if (filter.postedAfter && filter.postedBefore && filter.postedAfter > filter.postedBefore) {
      throw new ValidationError([{ field: 'filter.postedBefore', message: 'must not be before postedAfter' }]);
    }
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

  byIds(ids: readonly number[]): Promise<IPost[]> {
    return this.em.find(Post, { id: { $in: [...ids] } });
  }

  /**
   * The latest `limit` posts of each account in one statement (a window function), so a page of accounts
   * with their posts costs the same number of statements whatever its size.
   */
  async latestByAccountIds(
    accountIds: readonly number[],
    limit: number,
    sponsored: boolean | null,
  ): Promise<Map<number, IPost[]>> {
    const out = new Map<number, IPost[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return out;
    const knex = this.em.getKnex();
    const inner = knex('posts')
      .select('id', knex.raw('row_number() over (partition by account_id order by posted_at desc, id desc) as rn'))
      .whereIn('account_id', [...accountIds]);
    if (sponsored != null) inner.where('sponsored', booleanParam(dialectOf(this.em), sponsored));
    const rows: { id: number }[] = await knex.select('id').from(inner.as('ranked')).where('rn', '<=', limit);
    if (rows.length === 0) return out;
    const posts = await this.em.find(
      Post,
      { id: { $in: rows.map((r) => Number(r.id)) } },
      { orderBy: { postedAt: 'desc', id: 'desc' } },
    );
    for (const post of posts) out.get((post.account as { id: number }).id)?.push(post);
    return out;
  }

  async countByAccountIds(accountIds: readonly number[], sponsored: boolean | null): Promise<Map<number, number>> {
    const knex = this.em.getKnex();
    const q = knex('posts')
      .select('account_id')
      .count({ n: '*' })
      .whereIn('account_id', [...accountIds])
      .groupBy('account_id');
    if (sponsored != null) q.where('sponsored', booleanParam(dialectOf(this.em), sponsored));
    const rows = (await q) as unknown as { account_id: number; n: number | string }[];
    const out = new Map<number, number>(accountIds.map((id) => [id, 0]));
    for (const r of rows) out.set(Number(r.account_id), Number(r.n));
    return out;
  }
}
