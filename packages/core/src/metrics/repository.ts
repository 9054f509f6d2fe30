import { raw } from '@mikro-orm/core';
import { rowDate, rowNumber } from '../common/rows.js';
import { Account, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform, PostKind } from '../enums.js';
import { Post } from '../posts/entity.js';
import type { MetricWindow } from './config.js';
import type { PostCounts, PostMetricsInput } from './engagement.js';
import type { SnapshotInput } from './growth.js';
import { type Tier, type TierScheme, tierRange } from './tiers.js';

/**
 * Every SQL statement of the metrics domain, and the mappers from driver rows to the inputs of the pure
 * metric functions. Posts and snapshots are read as raw rows (execute(…, false)) and converted here:
 * about twice as fast as the ORM's mapping on large peer groups.
 */

const MS_PER_DAY = 86_400_000;

/** An account as the metrics read it. */
export interface MetricsAccount {
  id: number;
  creatorId: number;
  platform: Platform;
  followers: number;
  following: number | null;
}

/** A post with the account it belongs to. */
export interface AccountPost extends PostMetricsInput {
  accountId: number;
}

/** A follower snapshot with the account it belongs to. */
export interface AccountSnapshot extends SnapshotInput {
  accountId: number;
}

/** A statement selecting one id column, used as an `in (…)` subquery. */
export type SubQuery = ReturnType<ReturnType<EntityManager['createQueryBuilder']>['getKnexQuery']>;

/** Accounts to read: a list of ids, or a subquery selecting them (a peer group). */
export type AccountIds = number[] | SubQuery;

/** A peer group: the accounts of one platform within one tier's follower range. */
export interface PeerGroupSpec {
  platform: Platform;
  tier: Tier;
}

// ---- Row mappers --------------------------------------------------------------------------------------

/**
 * A raw `posts` row (snake_case columns, as either driver returns them) as the pure functions take it.
 * The one post-row mapper: other domains reading posts with raw SQL use it too.
 */
export function postMetricsFromRow(r: Record<string, unknown>): PostMetricsInput {
  return {
    postedAt: rowDate(r.posted_at),
    kind: r.kind as PostKind,
    sponsored: Boolean(r.sponsored),
    ...postCountsFromRow(r),
  };
}

/** The count columns of a raw `posts` row (exports read them too). Spelled out: this runs per post read. */
export function postCountsFromRow(r: Record<string, unknown>): PostCounts {
  return {
    likes: rowNumber(r.likes),
    comments: rowNumber(r.comments),
    shares: rowNumber(r.shares),
    saves: rowNumber(r.saves),
    views: rowNumber(r.views),
    reach: rowNumber(r.reach),
    impressions: rowNumber(r.impressions),
  };
}

/** A raw `follower_snapshots` row as the pure functions take it. */
export function snapshotFromRow(r: Record<string, unknown>): SnapshotInput {
  return { capturedAt: rowDate(r.captured_at), followers: Number(r.followers), following: rowNumber(r.following) };
}

/** An `accounts` row as the query builder returns it (entity property names). */
function accountFromRow(r: {
  id: number;
  creator: number;
  platform: Platform;
  followers: number;
  following: number | null;
}): MetricsAccount {
  return {
    id: Number(r.id),
    creatorId: Number(r.creator),
    platform: r.platform,
    followers: Number(r.followers),
    following: r.following === null ? null : Number(r.following),
  };
}

/** Rows by account id, in their order. */
export function groupByAccount<T extends { accountId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.accountId);
    if (list) list.push(row);
    else out.set(row.accountId, [row]);
  }
  return out;
}

// ---- Statements -----------------------------------------------------------------------------------------

export class MetricsRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * SQL "peer-group members": the ids (or creator ids) of the accounts of these peer groups, by platform
   * and current followers within the tier's range. A subquery for the statements below, never run alone.
   */
  peerGroupMembers(specs: readonly PeerGroupSpec[], scheme: TierScheme, column: 'id' | 'creator'): SubQuery {
    const where = {
      $or: specs.map((s) => {
        const r = tierRange(s.tier, scheme);
        return { platform: s.platform, followers: r.max === null ? { $gte: r.min } : { $gte: r.min, $lt: r.max } };
      }),
    };
    return this.em.createQueryBuilder(Account, 'ga').select(`ga.${column}`).where(where).getKnexQuery();
  }

  /** SQL "metric accounts": id, creator, platform, followers and following of the accounts. */
  async accounts(ids: AccountIds): Promise<MetricsAccount[]> {
    const rows = await this.em
      .createQueryBuilder(Account, 'ma')
      .select(['id', 'creator', 'platform', 'followers', 'following'])
      .where({ id: { $in: ids } })
      .execute<{ id: number; creator: number; platform: Platform; followers: number; following: number | null }[]>(
        'all',
      );
    return rows.map(accountFromRow);
  }

  /** SQL "creator niches": each creator's niches, in the order they were added. */
  async niches(creatorIds: number[] | SubQuery): Promise<Map<number, string[]>> {
    const rows = await this.em
      .createQueryBuilder(CreatorNiche, 'mn')
      .select(['creator', 'niche'])
      .where({ creator: { $in: creatorIds } })
      .orderBy({ id: 'asc' })
      .execute<{ creator: number; niche: string }[]>('all');
    const out = new Map<number, string[]>();
    for (const r of rows) {
      const id = Number(r.creator);
      out.set(id, [...(out.get(id) ?? []), r.niche]);
    }
    return out;
  }

  /**
   * SQL "windowed posts": posts of the accounts in the window, one statement: `asOf − days < posted_at ≤
   * asOf`, or for a `posts` window every post ranked ≤ N by posted_at (rank(), so posts tied at the boundary
   * all come and selectWindow picks among them exactly as the pure functions do).
   */
  async posts(accounts: AccountIds, window: MetricWindow, asOf: Date): Promise<AccountPost[]> {
    const qb = this.em
      .createQueryBuilder(Post, 'mp')
      .select(['account', 'postedAt', 'kind', 'sponsored', 'likes', 'comments', 'shares', 'saves'])
      .addSelect(['views', 'reach', 'impressions']);
    if (window.posts !== null) {
      const ranked = this.em
        .createQueryBuilder(Post, 'mr')
        .select(['mr.id', raw('rank() over (partition by mr.account_id order by mr.posted_at desc) as rn')])
        .where({ account: { $in: accounts }, postedAt: { $lte: asOf } })
        .getKnexQuery();
      const ids = this.em.getKnex().select('id').from(ranked.as('ranked')).where('rn', '<=', window.posts);
      qb.where({ id: { $in: ids } });
    } else {
      const start = new Date(asOf.getTime() - window.days * MS_PER_DAY);
      qb.where({ account: { $in: accounts }, postedAt: { $lte: asOf, $gt: start } });
    }
    const rows = await qb.execute<Record<string, unknown>[]>('all', false);
    return rows.map((r) => ({ accountId: Number(r.account_id), ...postMetricsFromRow(r) }));
  }

  /**
   * SQL "snapshots up to": snapshots at or before `upTo`, plus each account's first snapshot: with none at
   * or before a post, the earliest after it is the base, and when it is past `upTo` it can only be the first.
   */
  async snapshots(accounts: AccountIds, upTo: Date): Promise<AccountSnapshot[]> {
    const rows = await this.em
      .createQueryBuilder(FollowerSnapshot, 'ms')
      .select(['account', 'capturedAt', 'followers', 'following'])
      .where({ account: { $in: accounts } })
      .andWhere(
        '(ms.captured_at <= ? or ms.captured_at = (select min(ms2.captured_at) from follower_snapshots ms2 where ms2.account_id = ms.account_id))',
        [this.em.getPlatform().processDateProperty(upTo)],
      )
      .execute<Record<string, unknown>[]>('all', false);
    return (
      rows
        .map((r) => ({ accountId: Number(r.account_id), ...snapshotFromRow(r) }))
        // Each account's snapshots in time order: normalizeSnapshots then takes its fast path (batch metrics
        // call it several times per account).
        .sort((a, b) => a.accountId - b.accountId || a.capturedAt.getTime() - b.capturedAt.getTime())
    );
  }
}
