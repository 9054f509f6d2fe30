import type { Page, PageArgs, SortDirection } from '../common/pagination.js';
import type { EntityManager } from '../db/orm.js';
import { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import type { IPost } from './entity.js';
import { PostRepository } from './repository.js';

export interface PostFilter {
  accountId?: number | null;
  creatorId?: number | null;
  platform?: Platform | null;
  postedAfter?: Date | null;
  postedBefore?: Date | null;
  sponsored?: boolean | null;
  kinds?: string[] | null;
}

/** Rules of the posts domain; its SQL is in PostRepository. */
export class PostService {
  private readonly repository: PostRepository;

  constructor(em: EntityManager) {
    this.repository = new PostRepository(em);
  }

  list(filter: PostFilter, direction: SortDirection, args: PageArgs): Promise<Page<IPost>> {
    if (filter.postedAfter && filter.postedBefore && filter.postedAfter > filter.postedBefore) {
      throw new ValidationError([{ field: 'filter.postedBefore', message: 'must not be before postedAfter' }]);
    }
    return this.repository.page(filter, direction, args);
  }

  byIds(ids: readonly number[]): Promise<IPost[]> {
    return this.repository.byIds(ids);
  }

  /**
   * The latest `limit` posts of each account, so a page of accounts with their posts costs the same
   * number of statements whatever its size.
   */
  async latestByAccountIds(
    accountIds: readonly number[],
    limit: number,
    sponsored: boolean | null,
  ): Promise<Map<number, IPost[]>> {
    const out = new Map<number, IPost[]>(accountIds.map((id) => [id, []]));
    if (accountIds.length === 0) return out;
    const ids = await this.repository.latestIdsPerAccount(accountIds, limit, sponsored);
    if (ids.length === 0) return out;
    for (const post of await this.repository.newestFirst(ids)) out.get((post.account as { id: number }).id)?.push(post);
    return out;
  }

  async countByAccountIds(accountIds: readonly number[], sponsored: boolean | null): Promise<Map<number, number>> {
    const counts = await this.repository.countPerAccount(accountIds, sponsored);
    return new Map(accountIds.map((id) => [id, counts.get(id) ?? 0]));
  }
}
