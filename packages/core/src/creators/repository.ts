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

  /** creator-by-handle: the owner of the largest account with the handle (on the platform, if given). */
  async creatorByHandle(handle: string, platform: Platform | null): Promise<CatalogCreator | null> {
    const q = this.knex('accounts as a')
      .join('creators as c', 'c.id', 'a.creator_id')
      .select(CREATOR_COLUMNS)
      .where('a.handle', normalizeHandle(handle))
      .orderBy([
        { column: 'a.followers', order: 'desc' },
        { column: 'a.id', order: 'asc' },
      ])
      .limit(1);
    if (platform) q.where('a.platform', platform);
    const [row] = await this.run(q);
    return row ? catalogCreator(row) : null;
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
