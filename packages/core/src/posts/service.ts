import type { Page, PageArgs, SortDirection } from '../common/pagination.js';
import type { EntityManager } from '../db/orm.js';
import { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { type CatalogPost, type PartialPost, type PostField, PostRepository } from './repository.js';

export { type CatalogPost, type PartialPost, POST_FIELDS, type PostField } from './repository.js';

export interface PostFilter {
  accountId?: number | null;
  creatorId?: number | null;
  platform?: Platform | null;
  postedAfter?: Date | null;
  postedBefore?: Date | null;
  sponsored?: boolean | null;
  kinds?: string[] | null;
  /** Sponsored posts naming this brand, case-insensitive exact match (surrounding spaces ignored). */
  brand?: string | null;
}

/** Longest brand a filter accepts: the column's length. */
export const MAX_BRAND_LENGTH = 200;

/**
 * A brand as filters match it: trimmed, 1–200 characters; ValidationError on `field` otherwise. Case is
 * left to the query (it compares lower-cased on both sides).
 */
export function normalizeBrand(brand: string, field: string): string {
  const trimmed = brand.trim();
  if (trimmed.length === 0) throw new ValidationError([{ field, message: 'must not be empty' }]);
  if (trimmed.length > MAX_BRAND_LENGTH) {
    throw new ValidationError([{ field, message: `must be at most ${MAX_BRAND_LENGTH} characters` }]);
  }
  return trimmed;
}

/** Newest first, ties by id (descending): the order of the `posts` query and of its cursors. */
const newestFirst = (a: PartialPost, b: PartialPost) => b.postedAt.getTime() - a.postedAt.getTime() || b.id - a.id;

/**
 * Rules of the posts domain; its SQL is in PostRepository. Reads return plain rows; lists read only the
 * `fields` asked for (all by default), besides id, account and publication time.
 */
export class PostService {
  private readonly repository: PostRepository;

  constructor(em: EntityManager) {
    this.repository = new PostRepository(em);
  }

  async list(
    filter: PostFilter,
    direction: SortDirection,
    args: PageArgs,
    fields?: readonly PostField[],
  ): Promise<Page<PartialPost>> {
    if (filter.postedAfter && filter.postedBefore && filter.postedAfter > filter.postedBefore) {
      throw new ValidationError([{ field: 'filter.postedBefore', message: 'must not be before postedAfter' }]);
    }
    const brand = filter.brand == null ? null : normalizeBrand(filter.brand, 'filter.brand');
    return this.repository.page({ ...filter, brand }, direction, args, fields);
  }

  /** Posts by id, every field. */
  byIds(ids: readonly number[]): Promise<CatalogPost[]> {
    return this.repository.byIds(ids);
  }

  /**
   * The latest `limit` posts of each account, newest first, so a page of accounts with their posts costs
   * one statement whatever its size.
   */
  async latestByAccountIds(
    accountIds: readonly number[],
    limit: number,
    sponsored: boolean | null,
    fields?: readonly PostField[],
  ): Promise<Map<number, PartialPost[]>> {
    const out = new Map<number, PartialPost[]>(accountIds.map((id) => [id, []]));
    for (const post of await this.repository.latestPerAccount(accountIds, limit, sponsored, fields)) {
      out.get(post.accountId)?.push(post);
    }
    for (const posts of out.values()) posts.sort(newestFirst);
    return out;
  }

  async countByAccountIds(accountIds: readonly number[], sponsored: boolean | null): Promise<Map<number, number>> {
    const counts = await this.repository.countPerAccount(accountIds, sponsored);
    return new Map(accountIds.map((id) => [id, counts.get(id) ?? 0]));
  }
}
