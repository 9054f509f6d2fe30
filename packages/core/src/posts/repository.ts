import type { Knex } from '@mikro-orm/knex';
import { keysetRows, type Page, type PageArgs, type SortDirection } from '../common/pagination.js';
import { rowBoolean, rowDate, rowNumber, rowText } from '../common/rows.js';
import { booleanParam, dateParam, dialectOf, firstRowsPerKey } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform, PostKind } from '../enums.js';
import type { PostFilter } from './service.js';

/** A post as the catalog reads it: plain columns, no entity. */
export interface CatalogPost {
  id: number;
  accountId: number;
  postedAt: Date;
  platform: Platform;
  externalId: string;
  kind: PostKind;
  caption: string | null;
  sponsored: boolean;
  brand: string | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  reach: number | null;
  impressions: number | null;
}

/** The columns a read may leave out; id, account and publication time are always read (order, cursors). */
export type PostField = Exclude<keyof CatalogPost, 'id' | 'accountId' | 'postedAt'>;

/**
 * A post of a list that read only some fields: a field left out is undefined. Reading few columns matters:
 * turning a column of a row into a JavaScript value costs about as much as finding the row.
 */
export type PartialPost = Pick<CatalogPost, 'id' | 'accountId' | 'postedAt'> & Partial<CatalogPost>;

type Row = Record<string, unknown>;

const text = (value: unknown) => String(value);
const FIELDS: Record<PostField, { column: string; read: (value: unknown) => unknown }> = {
  platform: { column: 'platform', read: text },
  externalId: { column: 'external_id', read: text },
  kind: { column: 'kind', read: text },
  caption: { column: 'caption', read: rowText },
  sponsored: { column: 'sponsored', read: rowBoolean },
  brand: { column: 'brand', read: rowText },
  likes: { column: 'likes', read: rowNumber },
  comments: { column: 'comments', read: rowNumber },
  shares: { column: 'shares', read: rowNumber },
  saves: { column: 'saves', read: rowNumber },
  views: { column: 'views', read: rowNumber },
  reach: { column: 'reach', read: rowNumber },
  impressions: { column: 'impressions', read: rowNumber },
};

/** Every field a read may leave out. */
export const POST_FIELDS = Object.keys(FIELDS) as PostField[];

/** The columns to select and the raw row mapper for some fields (all of them by default). */
function readerOf(fields: readonly PostField[] = POST_FIELDS) {
  const read = fields.map((field) => [field, FIELDS[field].column, FIELDS[field].read] as const);
  return {
    columns: ['id', 'account_id', 'posted_at', ...read.map(([, column]) => column)],
    map: (r: Row): PartialPost => {
      const post: Record<string, unknown> = {
        id: Number(r.id),
        accountId: Number(r.account_id),
        postedAt: rowDate(r.posted_at),
      };
      for (const [field, column, convert] of read) post[field] = convert(r[column]);
      return post as PartialPost;
    },
  };
}

/** Every statement of the posts domain. */
export class PostRepository {
  constructor(private readonly em: EntityManager) {}

  /** Runs a knex-built statement in the entity manager's transaction, if any. */
  private run(query: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
    return this.em.execute<Row[]>(query, [], 'all');
  }

  /** posts-page: one keyset page of posts matching the filter, newest (or oldest) first. */
  page(
    filter: PostFilter,
    direction: SortDirection,
    args: PageArgs,
    fields?: readonly PostField[],
  ): Promise<Page<PartialPost>> {
    const knex = this.em.getKnex();
    const dialect = dialectOf(this.em);
    const q = knex('posts as p');
    if (filter.accountId != null) q.where('p.account_id', filter.accountId);
    if (filter.creatorId != null) {
      q.whereIn('p.account_id', knex('accounts as a').select('a.id').where('a.creator_id', filter.creatorId));
    }
    if (filter.platform) q.where('p.platform', filter.platform);
    if (filter.postedAfter) q.where('p.posted_at', '>=', dateParam(dialect, filter.postedAfter));
    if (filter.postedBefore) q.where('p.posted_at', '<=', dateParam(dialect, filter.postedBefore));
    if (filter.sponsored != null) q.where('p.sponsored', booleanParam(dialect, filter.sponsored));
    if (filter.kinds?.length) q.whereIn('p.kind', filter.kinds);
    // Sponsored posts naming the brand, case-insensitive exact match: lowered by the database on both sides
    // so each dialect agrees with itself; `sponsored = true` as a literal so the partial index on
    // lower(brand) applies.
    if (filter.brand != null) q.whereRaw('p.sponsored = true').whereRaw('lower(p.brand) = lower(?)', [filter.brand]);
    const reader = readerOf(fields);
    return keysetRows(q, { property: 'p.posted_at', kind: 'date', direction, value: (p) => p.postedAt }, args, {
      columns: reader.columns.map((c) => `p.${c}`),
      id: 'p.id',
      run: (statement) => this.run(statement),
      map: reader.map,
      bind: (value) => (value instanceof Date ? dateParam(dialect, value) : value),
    });
  }

  /** posts-by-id: every field. */
  async byIds(ids: readonly number[]): Promise<CatalogPost[]> {
    if (ids.length === 0) return [];
    const reader = readerOf();
    const rows = await this.run(
      this.em
        .getKnex()('posts')
        .select(reader.columns)
        .whereIn('id', [...ids]),
    );
    return rows.map((r) => reader.map(r) as CatalogPost);
  }

  /**
   * posts-latest-per-account: each account's latest `limit` posts (newest first, ties by id), in no
   * particular order across accounts, in one statement whatever the number of accounts; each account is
   * an index walk on (account_id, posted_at), so the cost follows the page, not the accounts' post counts.
   */
  async latestPerAccount(
    accountIds: readonly number[],
    limit: number,
    sponsored: boolean | null,
    fields?: readonly PostField[],
  ): Promise<PartialPost[]> {
    if (accountIds.length === 0) return [];
    const dialect = dialectOf(this.em);
    const reader = readerOf(fields);
    const q = firstRowsPerKey(this.em.getKnex(), dialect, {
      table: 'posts',
      keyColumn: 'account_id',
      keys: accountIds,
      columns: reader.columns,
      orderBy: [
        { column: 'posted_at', direction: 'desc' },
        { column: 'id', direction: 'desc' },
      ],
      where: sponsored == null ? {} : { sponsored: booleanParam(dialect, sponsored) },
      limit,
    });
    return (await this.run(q)).map(reader.map);
  }

  /** posts-count-per-account. */
  async countPerAccount(accountIds: readonly number[], sponsored: boolean | null): Promise<Map<number, number>> {
    if (accountIds.length === 0) return new Map();
    const knex = this.em.getKnex();
    const q = knex('posts')
      .select('account_id')
      .count({ n: '*' })
      .whereIn('account_id', [...accountIds])
      .groupBy('account_id');
    if (sponsored != null) q.where('sponsored', booleanParam(dialectOf(this.em), sponsored));
    const rows = await this.run(q);
    return new Map(rows.map((r) => [Number(r.account_id), Number(r.n)]));
  }
}
