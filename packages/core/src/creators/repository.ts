import type { Knex } from '@mikro-orm/knex';
import { rowNumber, rowText } from '../common/rows.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';

/**
 * Catalog reads as plain rows of only the columns the API shows: lists of creators and accounts are the
 * hot path, and hydrating them as entities cost more than the statements. Entities remain for writes.
 */

export interface CatalogCreator {
  id: number;
  /** The importer's key. */
  ref: string;
  name: string;
  country: string | null;
  /** Followers of the largest account. */
  maxFollowers: number;
}

export interface CatalogAccount {
  id: number;
  creatorId: number;
  platform: Platform;
  handle: string;
  externalId: string;
  followers: number;
  following: number | null;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

type Row = Record<string, unknown>;

/** Where a search page starts: after the creator with this rank (0 prefix, 1 substring), followers and id. */
export interface SearchKey {
  rank: number;
  followers: number;
  id: number;
}

/** Columns of a creator, of `creators as c`. */
export const CREATOR_COLUMNS = ['c.id', 'c.ref', 'c.name', 'c.country', 'c.max_followers'];
const ACCOUNT_COLUMNS = [
  'id',
  'creator_id',
  'platform',
  'handle',
  'external_id',
  'followers',
  'following',
  'rate_per_post_minor',
  'rate_currency',
];

export const catalogCreator = (r: Row): CatalogCreator => ({
  id: Number(r.id),
  ref: String(r.ref),
  name: String(r.name),
  country: rowText(r.country),
  maxFollowers: Number(r.max_followers),
});

export const catalogAccount = (r: Row): CatalogAccount => ({
  id: Number(r.id),
  creatorId: Number(r.creator_id),
  platform: r.platform as Platform,
  handle: String(r.handle),
  externalId: String(r.external_id),
  followers: Number(r.followers),
  following: rowNumber(r.following),
  // bigint: PostgreSQL returns it as a string.
  ratePerPostMinor: rowNumber(r.rate_per_post_minor),
  rateCurrency: rowText(r.rate_currency),
});

/** Handles are stored lower case without the @. */
export const normalizeHandle = (handle: string) => handle.replace(/^@/, '').toLowerCase();

/** Every read statement of creators and accounts; each is one statement whatever the number of ids. */
export class CreatorRepository {
  constructor(private readonly em: EntityManager) {}

  /** Runs a knex-built statement in the entity manager's transaction, if any. */
  private run(query: Knex.QueryBuilder): Promise<Row[]> {
    return this.em.execute<Row[]>(query, [], 'all');
  }

  private get knex() {
    return this.em.getKnex();
  }

  /** creators-by-id. */
  async creatorsByIds(ids: readonly number[]): Promise<CatalogCreator[]> {
    if (ids.length === 0) return [];
    const q = this.knex('creators as c')
      .select(CREATOR_COLUMNS)
      .whereIn('c.id', [...ids]);
    return (await this.run(q)).map(catalogCreator);
  }

  /**
   * creators-by-handle: every account with the handle (on the platform, if given) and its creator, the
   * largest account first (ties by id). At most one per platform, as (platform, handle) is unique.
   */
  async creatorsByHandle(
    handle: string,
    platform: Platform | null,
  ): Promise<{ platform: Platform; handle: string; creator: CatalogCreator }[]> {
    const q = this.knex('accounts as a')
      .join('creators as c', 'c.id', 'a.creator_id')
      .select(...CREATOR_COLUMNS, 'a.platform as account_platform', 'a.handle as account_handle')
      .where('a.handle', normalizeHandle(handle))
      .orderBy([
        { column: 'a.followers', order: 'desc' },
        { column: 'a.id', order: 'asc' },
      ]);
    if (platform) q.where('a.platform', platform);
    return (await this.run(q)).map((r) => ({
      platform: r.account_platform as Platform,
      handle: String(r.account_handle),
      creator: catalogCreator(r),
    }));
  }

  /**
   * The search's matches (name or any handle contains the lower-case `needle`), best first: prefix matches
   * (rank 0) before substring matches (rank 1), then followers (largest first), then id; only the first
   * `maxMatches` of that order, and of those the `limit` after `after`.
   */
  async search(
    needle: string,
    limit: number,
    after: SearchKey | null,
    maxMatches: number,
  ): Promise<{ rank: number; creator: CatalogCreator }[]> {
    const q = this.knex
      .with('m', this.searchMatches(needle, maxMatches))
      .select('*')
      .from('m')
      .orderBy([
        { column: 'm.match_rank', order: 'asc' },
        { column: 'm.max_followers', order: 'desc' },
        { column: 'm.id', order: 'asc' },
      ])
      .limit(limit);
    if (after) {
      q.where(function () {
        this.where('m.match_rank', '>', after.rank).orWhere(function () {
          this.where('m.match_rank', after.rank).andWhere(function () {
            this.where('m.max_followers', '<', after.followers).orWhere(function () {
              this.where('m.max_followers', after.followers).andWhere('m.id', '>', after.id);
            });
          });
        });
      });
    }
    return (await this.run(q)).map((r) => ({ rank: Number(r.match_rank), creator: catalogCreator(r) }));
  }

  /** Number of search matches (at most maxMatches). */
  async searchCount(needle: string, maxMatches: number): Promise<number> {
    const [row] = await this.run(this.knex.from(this.searchMatches(needle, maxMatches).as('m')).count({ n: '*' }));
    return Number(row?.n ?? 0);
  }

  /** The first maxMatches matches of the search order, with their rank. */
  private searchMatches(needle: string, maxMatches: number): Knex.QueryBuilder {
    const knex = this.knex;
    // LIKE patterns with the needle's own % _ \ taken literally.
    const literal = needle.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    const prefix = `${literal}%`;
    const anywhere = `%${literal}%`;
    const handleLike = (pattern: string) =>
      knex('accounts as sa')
        .select(knex.raw('1'))
        .whereRaw('sa.creator_id = c.id')
        .whereRaw("sa.handle like ? escape '\\'", [pattern]);
    return knex('creators as c')
      .select(
        ...CREATOR_COLUMNS,
        knex.raw(`case when lower(c.name) like ? escape '\\' or exists ? then 0 else 1 end as match_rank`, [
          prefix,
          handleLike(prefix),
        ]),
      )
      .where(function () {
        this.whereRaw("lower(c.name) like ? escape '\\'", [anywhere]).orWhereExists(handleLike(anywhere));
      })
      .orderBy([
        { column: 'match_rank', order: 'asc' },
        { column: 'c.max_followers', order: 'desc' },
        { column: 'c.id', order: 'asc' },
      ])
      .limit(maxMatches);
  }

  /** niche-counts: every niche with its number of creators, most first, then by name. */
  async nicheCounts(limit: number): Promise<{ niche: string; creatorCount: number }[]> {
    const q = this.knex('creator_niches')
      .select('niche')
      .countDistinct({ n: 'creator_id' })
      .groupBy('niche')
      .orderBy([
        { column: 'n', order: 'desc' },
        { column: 'niche', order: 'asc' },
      ])
      .limit(limit);
    return (await this.run(q)).map((r) => ({ niche: String(r.niche), creatorCount: Number(r.n) }));
  }

  /** accounts-of-creators: largest first, ties by id. */
  async accountsByCreatorIds(creatorIds: readonly number[]): Promise<CatalogAccount[]> {
    if (creatorIds.length === 0) return [];
    const q = this.knex('accounts')
      .select(ACCOUNT_COLUMNS)
      .whereIn('creator_id', [...creatorIds])
      .orderBy([
        { column: 'followers', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return (await this.run(q)).map(catalogAccount);
  }

  /** accounts-by-id. */
  async accountsByIds(ids: readonly number[]): Promise<CatalogAccount[]> {
    if (ids.length === 0) return [];
    return (
      await this.run(
        this.knex('accounts')
          .select(ACCOUNT_COLUMNS)
          .whereIn('id', [...ids]),
      )
    ).map(catalogAccount);
  }

  /** account-by-handle. */
  async accountByHandle(platform: Platform, handle: string): Promise<CatalogAccount | null> {
    const q = this.knex('accounts')
      .select(ACCOUNT_COLUMNS)
      .where({ platform, handle: normalizeHandle(handle) })
      .limit(1);
    const [row] = await this.run(q);
    return row ? catalogAccount(row) : null;
  }

  /** niches-of-creators: each creator's niches in the order they were added. */
  async nichesByCreatorIds(creatorIds: readonly number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (creatorIds.length === 0) return out;
    const q = this.knex('creator_niches')
      .select('creator_id', 'niche')
      .whereIn('creator_id', [...creatorIds])
      .orderBy('id', 'asc');
    for (const r of await this.run(q)) {
      const id = Number(r.creator_id);
      const list = out.get(id);
      if (list) list.push(String(r.niche));
      else out.set(id, [String(r.niche)]);
    }
    return out;
  }
}
