import { rowDate, rowNumber } from '../common/rows.js';
import { concurrently } from '../db/concurrently.js';
import { dialectOf } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../enums.js';
import type { MetricsConfig } from './config.js';
import type { IntervalSource } from './engagement.js';
import {
  type AccountIds,
  groupByAccount,
  type MetricsAccount,
  MetricsRepository,
  type SubQuery,
} from './repository.js';
import {
  type AccountSummary,
  type ComputedSummary,
  componentsFromBits,
  componentsToBits,
  summarizeAccount,
} from './summary.js';

/**
 * The account_metrics table (docs/decisions/0015-precomputed-account-metrics.md): reads summaries with
 * their accounts in one statement, recomputes the expired ones from rows (the triggers expire a row in
 * the transaction that changes the account's posts, snapshots or follower counts; time expires it when a
 * post leaves the window) and writes them back unless the account changed meanwhile.
 */

/** Accounts per statement when recomputing (ids, windowed posts, snapshots, upserts). */
const REFRESH_CHUNK = 500;

/** Ids per `in (…)` list when reading: below SQLite's 32,766 parameters. */
const READ_CHUNK = 10_000;

/** An account with its current summary. */
export interface SummarizedAccount {
  account: MetricsAccount;
  summary: AccountSummary;
}

const SUMMARY_COLUMNS = [
  'generation',
  'computed_at',
  'valid_until',
  'sample_size',
  'excluded',
  'engagement',
  'rate_variance',
  'inverse_base_mean',
  'interval_low',
  'interval_high',
  'interval_low_source',
  'interval_high_source',
  'total_interactions',
  'avg_interactions',
  'interaction_cv',
  'components',
  'total_likes',
  'total_comments',
  'spike_penalty',
  'follow_back_penalty',
  'authentic_followers',
  'growth',
  'sponsored_share',
] as const;

/** What a read needs of a summary row (its dates are compared in SQL). */
const READ_COLUMNS = SUMMARY_COLUMNS.filter((c) => c !== 'computed_at' && c !== 'valid_until');

/** A stored interval source; anything else (a row from before the sources were kept) reads as no interval. */
function sourceOf(value: unknown): IntervalSource | null {
  return value === 'T' || value === 'WILSON' ? value : null;
}

function summaryFromRow(r: Record<string, unknown>): AccountSummary {
  const low = rowNumber(r.interval_low);
  const high = rowNumber(r.interval_high);
  const lowSource = sourceOf(r.interval_low_source);
  const highSource = sourceOf(r.interval_high_source);
  return {
    sampleSize: Number(r.sample_size),
    excluded: Number(r.excluded),
    engagement: rowNumber(r.engagement),
    rateVariance: rowNumber(r.rate_variance),
    inverseBaseMean: rowNumber(r.inverse_base_mean),
    interval95:
      low === null || high === null || lowSource === null || highSource === null
        ? null
        : { low, high, lowSource, highSource },
    totalInteractions: Number(r.total_interactions),
    avgInteractions: rowNumber(r.avg_interactions),
    interactionCv: rowNumber(r.interaction_cv),
    componentsPresent: componentsFromBits(Number(r.components)),
    totalLikes: Number(r.total_likes),
    totalComments: Number(r.total_comments),
    spikePenalty: rowNumber(r.spike_penalty),
    followBackPenalty: rowNumber(r.follow_back_penalty),
    authenticFollowers: Number(r.authentic_followers),
    growth: rowNumber(r.growth),
    sponsoredShare: rowNumber(r.sponsored_share),
  };
}

export class AccountSummaryStore {
  private readonly repository: MetricsRepository;

  constructor(
    private readonly em: EntityManager,
    private readonly config: MetricsConfig,
  ) {
    this.repository = new MetricsRepository(em);
  }

  private date(d: Date): unknown {
    return this.em.getPlatform().processDateProperty(d);
  }

  /**
   * The accounts (ids, or a subquery selecting them) with their summaries valid at `now`: one statement
   * when every summary is current, plus a bounded recompute of those that expired.
   */
  async read(ids: AccountIds, now: Date): Promise<Map<number, SummarizedAccount>> {
    if (Array.isArray(ids) && ids.length > READ_CHUNK) {
      const out = new Map<number, SummarizedAccount>();
      for (let i = 0; i < ids.length; i += READ_CHUNK) {
        for (const [id, entry] of await this.read(ids.slice(i, i + READ_CHUNK), now)) out.set(id, entry);
      }
      return out;
    }
    const knex = this.em.getKnex();
    const at = this.date(now);
    // Valid from computed_at (a reader whose clock is behind recomputes) until valid_until: decided in SQL,
    // so no date is parsed per row.
    const stale = knex.raw(
      'case when m.computed_at is null or m.computed_at > ? or m.valid_until <= ? then 1 else 0 end as stale',
      [at, at] as never,
    );
    const query = knex
      .select(
        'a.id',
        'a.creator_id',
        'a.platform',
        'a.followers',
        'a.following',
        stale,
        ...READ_COLUMNS.map((c) => `m.${c}`),
      )
      .from('accounts as a')
      .leftJoin('account_metrics as m', 'm.account_id', 'a.id');
    if (Array.isArray(ids) && ids.length > 100 && dialectOf(this.em) === 'postgresql') {
      // One array parameter instead of thousands: PostgreSQL parses and plans it in a fraction of the time.
      query.whereRaw('a.id = any(?::int[])', [`{${ids.map((id) => Math.trunc(id)).join(',')}}`]);
    } else if (Array.isArray(ids)) query.whereIn('a.id', ids);
    else query.whereIn('a.id', ids as SubQuery);
    const rows: Record<string, unknown>[] = await this.em.execute(query);
    const out = new Map<number, SummarizedAccount>();
    const staleIds = new Map<number, number | null>();
    for (const r of rows) {
      const account: MetricsAccount = {
        id: Number(r.id),
        creatorId: Number(r.creator_id),
        platform: r.platform as Platform,
        followers: Number(r.followers),
        following: rowNumber(r.following),
      };
      if (Number(r.stale) === 1) staleIds.set(account.id, rowNumber(r.generation));
      else out.set(account.id, { account, summary: summaryFromRow(r) });
    }
    if (staleIds.size > 0) {
      for (const [id, entry] of await this.refresh([...staleIds.keys()], now, staleIds)) out.set(id, entry);
    }
    return out;
  }

  /**
   * Recomputes the summaries of these accounts at `now` from their rows and stores each one unless its
   * generation moved since `generations` (read before the rows, so a concurrent write wins). Inside a
   * transaction it sees, and stores, that transaction's rows. Returns what it computed.
   */
  async refresh(
    ids: readonly number[],
    now: Date,
    generations?: ReadonlyMap<number, number | null>,
  ): Promise<Map<number, SummarizedAccount>> {
    const out = new Map<number, SummarizedAccount>();
    for (let i = 0; i < ids.length; i += REFRESH_CHUNK) {
      const chunk = ids.slice(i, i + REFRESH_CHUNK);
      const known = generations ?? (await this.generations(chunk));
      const window = this.config.defaultWindow;
      const [accounts, posts, snapshots, nextPosts, nextSnapshots] = await concurrently(this.em, [
        () => this.repository.accounts(chunk),
        () => this.repository.posts(chunk, window, now),
        () => this.repository.snapshots(chunk, now),
        () => this.firstAfter('posts', 'posted_at', chunk, now),
        () => this.firstAfter('follower_snapshots', 'captured_at', chunk, now),
      ]);
      const postsBy = groupByAccount(posts);
      const snapshotsBy = groupByAccount(snapshots);
      const computed: { id: number; generation: number; summary: ComputedSummary }[] = [];
      for (const account of accounts) {
        const summary = summarizeAccount(
          {
            followers: account.followers,
            following: account.following,
            posts: postsBy.get(account.id) ?? [],
            snapshots: snapshotsBy.get(account.id) ?? [],
            nextPostAt: nextPosts.get(account.id) ?? null,
            nextSnapshotAt: nextSnapshots.get(account.id) ?? null,
          },
          now,
          this.config,
        );
        computed.push({ id: account.id, generation: known.get(account.id) ?? 0, summary });
        out.set(account.id, { account, summary });
      }
      await this.store(computed, now);
    }
    return out;
  }

  /** Recomputes every account's summary at `now`, in chunks; returns how many it computed. */
  async rebuild(now: Date, onProgress?: (done: number) => void): Promise<number> {
    let after = 0;
    let done = 0;
    for (;;) {
      const rows: { id: number }[] = await this.em.execute(
        this.em.getKnex().select('id').from('accounts').where('id', '>', after).orderBy('id').limit(REFRESH_CHUNK),
      );
      if (rows.length === 0) return done;
      const ids = rows.map((r) => Number(r.id));
      await this.refresh(ids, now);
      done += ids.length;
      after = ids[ids.length - 1] as number;
      onProgress?.(done);
    }
  }

  /**
   * Recomputes every summary that expired by `now` (written since, or its window moved): after an import,
   * so the next request finds them current. Returns how many it recomputed.
   */
  async refreshExpired(now: Date): Promise<number> {
    const knex = this.em.getKnex();
    const at = this.date(now) as never;
    let done = 0;
    let after = 0;
    for (;;) {
      // Expired, or computed by a clock ahead of ours: two index ranges. Every account has a row (a trigger
      // adds an expired one with the account), so nothing else can be missing.
      const rows: { account_id: number; generation: number | null }[] = await this.em.execute(
        knex
          .select('account_id', 'generation')
          .from('account_metrics')
          .where((q) => q.where('valid_until', '<=', at).orWhere('computed_at', '>', at))
          .andWhere('account_id', '>', after)
          .orderBy('account_id')
          .limit(REFRESH_CHUNK),
      );
      if (rows.length === 0) return done;
      const generations = new Map(rows.map((r) => [Number(r.account_id), rowNumber(r.generation)]));
      await this.refresh([...generations.keys()], now, generations);
      done += rows.length;
      after = Number(rows[rows.length - 1]?.account_id);
    }
  }

  private async generations(ids: readonly number[]): Promise<Map<number, number>> {
    const rows: { account_id: number; generation: number }[] = await this.em.execute(
      this.em
        .getKnex()
        .select('account_id', 'generation')
        .from('account_metrics')
        .whereIn('account_id', [...ids]),
    );
    return new Map(rows.map((r) => [Number(r.account_id), Number(r.generation)]));
  }

  /** Each account's first row after `now` in a table of timed rows (posts, snapshots). */
  private async firstAfter(
    table: 'posts' | 'follower_snapshots',
    column: 'posted_at' | 'captured_at',
    ids: readonly number[],
    now: Date,
  ): Promise<Map<number, Date>> {
    const rows: { account_id: number; at: unknown }[] = await this.em.execute(
      this.em
        .getKnex()
        .select('account_id')
        .min({ at: column })
        .from(table)
        .whereIn('account_id', [...ids])
        .andWhere(column, '>', this.date(now) as never)
        .groupBy('account_id'),
    );
    return new Map(rows.map((r) => [Number(r.account_id), rowDate(r.at)]));
  }

  /** Upserts summaries; a row whose generation changed since it was read keeps its (expired) state. */
  private async store(rows: readonly { id: number; generation: number; summary: ComputedSummary }[], now: Date) {
    if (rows.length === 0) return;
    const columns = ['account_id', ...SUMMARY_COLUMNS];
    const values: unknown[] = [];
    for (const { id, generation, summary: s } of rows) {
      values.push(
        id,
        generation,
        this.date(now),
        s.validUntil === null ? null : this.date(s.validUntil),
        s.sampleSize,
        s.excluded,
        s.engagement,
        s.rateVariance,
        s.inverseBaseMean,
        s.interval95?.low ?? null,
        s.interval95?.high ?? null,
        s.interval95?.lowSource ?? null,
        s.interval95?.highSource ?? null,
        s.totalInteractions,
        s.avgInteractions,
        s.interactionCv,
        componentsToBits(s.componentsPresent),
        s.totalLikes,
        s.totalComments,
        s.spikePenalty,
        s.followBackPenalty,
        s.authenticFollowers,
        s.growth,
        s.sponsoredShare,
      );
    }
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const updates = SUMMARY_COLUMNS.filter((c) => c !== 'generation').map((c) => `${c} = excluded.${c}`);
    await this.em.execute(
      `insert into account_metrics (${columns.join(', ')}) values ${rows.map(() => tuple).join(', ')} ` +
        `on conflict (account_id) do update set ${updates.join(', ')} ` +
        'where account_metrics.generation = excluded.generation',
      values,
    );
  }
}
