import type { Knex } from '@mikro-orm/knex';
import { rowDate, rowNumber } from '../common/rows.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import { type Dialect, dateParam, dialectOf, type UpsertSpec, upsertRows } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import { POST_COUNT_FIELDS } from '../metrics/engagement.js';
import { Post } from '../posts/entity.js';
import type { ExportKind } from './types.js';

/**
 * The SQL of imports and exports. Imports read and write in bulk, by natural key, inside one batch's
 * transaction; exports page through a table by id. Each statement is a method (or query) named by what it
 * does; engine differences come from db/dialect.ts.
 */

/** Values per IN list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const IN_CHUNK = 2_000;

function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A (platform, handle) or (platform, external id) pair as one map key. */
export function platformKey(platform: string, value: string): string {
  return `${platform}\u0000${value}`;
}

/** A datetime column as read back, in epoch ms. */
export const toMillis = (value: unknown): number => rowDate(value).getTime();

/** An account as the importer compares it (the optional columns are read only when asked for). */
export interface ImportAccountRow {
  id: number;
  creator_id: number;
  platform: string;
  handle: string;
  external_id?: string;
  followers?: number;
  following?: number | null;
  rate_per_post_minor?: number | string | null;
  rate_currency?: string | null;
}

export const ACCOUNT_KEY_COLUMNS = ['id', 'creator_id', 'platform', 'handle'] as const;
export const ACCOUNT_COMPARED_COLUMNS = [
  ...ACCOUNT_KEY_COLUMNS,
  'external_id',
  'followers',
  'following',
  'rate_per_post_minor',
  'rate_currency',
] as const;

/** The post columns an import writes (besides the key, platform and external_id). */
export const POST_COLUMNS_WRITTEN = [
  'account_id',
  'posted_at',
  'kind',
  'caption',
  'sponsored',
  'brand',
  ...POST_COUNT_FIELDS,
] as const;

/** Import statements, run in one batch's transaction. */
export class IngestRepository {
  private readonly dialect: Dialect;

  constructor(
    private readonly trx: Knex.Transaction,
    private readonly em: EntityManager,
  ) {
    this.dialect = dialectOf(em);
  }

  /** Creators by ref: what the creators file compares against. */
  async creatorsByRef(
    refs: readonly string[],
  ): Promise<Map<string, { id: number; name: string; country: string | null }>> {
    const out = new Map<string, { id: number; name: string; country: string | null }>();
    for (const part of chunked(refs, IN_CHUNK)) {
      const found: { id: number; ref: string; name: string; country: string | null }[] = await this.trx('creators')
        .select('id', 'ref', 'name', 'country')
        .whereIn('ref', part);
      for (const row of found) out.set(row.ref, { id: Number(row.id), name: row.name, country: row.country });
    }
    return out;
  }

  /** Creator ids by ref: what accounts refer to. */
  async creatorIdsByRef(refs: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunked([...new Set(refs)], IN_CHUNK)) {
      const found: { id: number; ref: string }[] = await this.trx('creators').select('id', 'ref').whereIn('ref', part);
      for (const row of found) out.set(row.ref, Number(row.id));
    }
    return out;
  }

  /** Niches of creators, in the order they were added. */
  nichesOf(creatorIds: readonly number[]): Promise<Map<number, string[]>> {
    return nichesByCreator(this.trx, creatorIds);
  }

  /** Accounts by (platform, handle), one query per platform and chunk of handles. */
  async accountsByHandle(
    keys: readonly { platform: string; handle: string }[],
    columns: readonly string[] = ACCOUNT_KEY_COLUMNS,
  ): Promise<Map<string, ImportAccountRow>> {
    const out = new Map<string, ImportAccountRow>();
    for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
      for (const part of chunked([...new Set(group.map((k) => k.handle))], IN_CHUNK)) {
        const rows: ImportAccountRow[] = await this.trx('accounts')
          .select([...columns])
          .where('platform', platform)
          .whereIn('handle', part);
        for (const row of rows) out.set(platformKey(row.platform, row.handle), row);
      }
    }
    return out;
  }

  /** Handle owning each (platform, external id): the second unique key of accounts. */
  async accountHandlesByExternalId(
    keys: readonly { platform: string; externalId: string }[],
  ): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
      for (const part of chunked(
        group.map((k) => k.externalId),
        IN_CHUNK,
      )) {
        const found: { handle: string; external_id: string }[] = await this.trx('accounts')
          .select('handle', 'external_id')
          .where('platform', platform)
          .whereIn('external_id', part);
        for (const row of found) out.set(platformKey(platform, row.external_id), row.handle);
      }
    }
    return out;
  }

  /** Posts by (platform, external id), with the columns an import writes. */
  async postsByExternalId(
    keys: readonly { platform: string; externalId: string }[],
  ): Promise<Map<string, Record<string, unknown>>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
      for (const part of chunked(
        group.map((k) => k.externalId),
        IN_CHUNK,
      )) {
        const found: Record<string, unknown>[] = await this.trx('posts')
          .select('external_id', ...POST_COLUMNS_WRITTEN)
          .where('platform', platform)
          .whereIn('external_id', part);
        for (const row of found) out.set(platformKey(platform, String(row.external_id)), row);
      }
    }
    return out;
  }

  /**
   * Snapshots of the given accounts at the given instants, by `${accountId}:${epochMs}`. Reads a superset
   * (every account × every instant) that the caller filters by exact key.
   */
  async snapshotsAt(
    accountIds: readonly number[],
    times: readonly number[],
  ): Promise<Map<string, { followers: number; following: number | null }>> {
    const out = new Map<string, { followers: number; following: number | null }>();
    for (const idPart of chunked(accountIds, IN_CHUNK / 2)) {
      for (const timePart of chunked(times, IN_CHUNK / 2)) {
        const found: { account_id: number; captured_at: unknown; followers: number; following: number | null }[] =
          await this.trx('follower_snapshots')
            .select('account_id', 'captured_at', 'followers', 'following')
            .whereIn('account_id', idPart)
            .whereIn(
              'captured_at',
              timePart.map((t) => dateParam(this.dialect, t)),
            );
        for (const row of found) {
          out.set(`${Number(row.account_id)}:${toMillis(row.captured_at)}`, {
            followers: Number(row.followers),
            following: rowNumber(row.following),
          });
        }
      }
    }
    return out;
  }

  /** Upserts creators; returns the id of each written ref. */
  upsertCreators(rows: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    return this.upsert(Creator, rows, { conflict: ['ref'], merge: ['name', 'country'], returning: ['id', 'ref'] });
  }

  /** Adds niches to creators (existing pairs are left alone). */
  async addNiches(rows: { creator_id: number; niche: string }[]): Promise<void> {
    await this.upsert(CreatorNiche, rows, { conflict: ['creator_id', 'niche'], merge: [] });
  }

  /** Removes niches a creator no longer lists. */
  async removeNiches(creatorId: number, niches: readonly string[]): Promise<void> {
    await this.trx('creator_niches').where('creator_id', creatorId).whereIn('niche', niches).delete();
  }

  /** Upserts accounts by (platform, handle). */
  async upsertAccounts(rows: Record<string, unknown>[]): Promise<void> {
    await this.upsert(Account, rows, {
      conflict: ['platform', 'handle'],
      merge: [
        'creator_id',
        'external_id',
        'followers',
        'following',
        'rate_per_post_minor',
        'rate_currency',
        'updated_at',
      ],
    });
  }

  /** Upserts posts by (platform, external id). */
  async upsertPosts(rows: Record<string, unknown>[]): Promise<void> {
    await this.upsert(Post, rows, { conflict: ['platform', 'external_id'], merge: [...POST_COLUMNS_WRITTEN] });
  }

  /** Upserts follower snapshots by (account, instant). */
  async upsertSnapshots(rows: Record<string, unknown>[]): Promise<void> {
    await this.upsert(FollowerSnapshot, rows, {
      conflict: ['account_id', 'captured_at'],
      merge: ['followers', 'following'],
    });
  }

  /** Creator.maxFollowers follows its accounts: recomputes it for the creators given. */
  async refreshMaxFollowers(creatorIds: Iterable<number>): Promise<void> {
    for (const part of chunked([...new Set(creatorIds)], IN_CHUNK)) {
      await this.trx('creators')
        .whereIn('id', part)
        .update({
          max_followers: this.trx.raw(
            'coalesce((select max(a.followers) from accounts a where a.creator_id = creators.id), 0)',
          ),
        });
    }
  }

  private upsert(
    entity: Parameters<typeof upsertRows>[2],
    rows: Record<string, unknown>[],
    spec: UpsertSpec,
  ): Promise<Record<string, unknown>[]> {
    return upsertRows(this.trx, this.em, entity, rows, spec);
  }
}

/** Niches of creators by creator id, in the order they were added (imports and exports alike). */
export async function nichesByCreator(knex: Knex, creatorIds: readonly number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (const part of chunked(creatorIds, IN_CHUNK)) {
    const found: { creator_id: number; niche: string }[] = await knex('creator_niches')
      .select('creator_id', 'niche')
      .whereIn('creator_id', part)
      .orderBy('id');
    for (const row of found) {
      const id = Number(row.creator_id);
      out.set(id, [...(out.get(id) ?? []), row.niche]);
    }
  }
  return out;
}

// ---- exports -------------------------------------------------------------------------------------------

/** How an export kind pages through its table. */
export interface ExportQuery {
  /** Table alias whose id the keyset walks. */
  idColumn: string;
  /** Column holding the creator id, for the filter. */
  creatorColumn: string;
  /** The rows of the kind, with the columns the export maps to the import format. */
  base(knex: Knex): Knex.QueryBuilder;
}

export const EXPORT_QUERIES: Record<ExportKind, ExportQuery> = {
  // Creators: one row each; niches come from nichesByCreator.
  creators: {
    idColumn: 'c.id',
    creatorColumn: 'c.id',
    base: (knex) => knex('creators as c').select('c.id', 'c.ref', 'c.name', 'c.country'),
  },
  // Accounts with their creator's ref.
  accounts: {
    idColumn: 'a.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('accounts as a')
        .join('creators as c', 'c.id', 'a.creator_id')
        .select(
          'a.id',
          'c.ref',
          'a.platform',
          'a.handle',
          'a.external_id',
          'a.followers',
          'a.following',
          'a.rate_per_post_minor',
          'a.rate_currency',
        ),
  },
  // Posts with their account's handle.
  posts: {
    idColumn: 'p.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('posts as p')
        .join('accounts as a', 'a.id', 'p.account_id')
        .select(
          'p.id',
          'p.platform',
          'a.handle',
          'p.external_id',
          'p.posted_at',
          'p.kind',
          'p.sponsored',
          'p.brand',
          ...POST_COUNT_FIELDS.map((f) => `p.${f}`),
          'p.caption',
        ),
  },
  // Snapshots with their account's platform and handle.
  snapshots: {
    idColumn: 's.id',
    creatorColumn: 'a.creator_id',
    base: (knex) =>
      knex('follower_snapshots as s')
        .join('accounts as a', 'a.id', 's.account_id')
        .select('s.id', 'a.platform', 'a.handle', 's.captured_at', 's.followers', 's.following'),
  },
};

/** One page of an export: rows after id `after`, optionally of the creators in `creatorIds`. */
export function exportPage(
  knex: Knex,
  query: ExportQuery,
  after: number,
  pageSize: number,
  creatorIds: Knex.QueryBuilder | null,
): Promise<Record<string, unknown>[]> {
  const q = query.base(knex).where(query.idColumn, '>', after).orderBy(query.idColumn).limit(pageSize);
  if (creatorIds) q.whereIn(query.creatorColumn, creatorIds.clone());
  return q;
}

/** Rows an export would stream, counting at most `limit` when given. */
export async function countExport(
  knex: Knex,
  query: ExportQuery,
  creatorIds: Knex.QueryBuilder | null,
  limit?: number,
): Promise<number> {
  const rows = query.base(knex).clearSelect().select(query.idColumn);
  if (creatorIds) rows.whereIn(query.creatorColumn, creatorIds);
  if (limit !== undefined) rows.limit(Math.max(0, Math.floor(limit)));
  const [row] = await knex.count({ n: '*' }).from(rows.as('export_rows'));
  return Number((row as { n: number | string } | undefined)?.n ?? 0);
}
