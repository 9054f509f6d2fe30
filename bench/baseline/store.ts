import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The baseline's SQL, for PostgreSQL (node-postgres) and SQLite (better-sqlite3): the statements the API
 * sends for the same answers, written by hand, reading only the columns the answer needs.
 */

export interface CreatorRow {
  id: number;
  name: string;
}

export interface AccountRow {
  id: number;
  creatorId: number;
  platform: string;
  handle: string;
  followers: number;
}

export interface PostRow {
  accountId: number;
  likes: number | null;
  comments: number | null;
  postedAt: string;
}

/** One account_metrics row: the inputs of the engagement value and of the reliable rate's shrinkage. */
export interface SummaryRow {
  accountId: number;
  sampleSize: number | null;
  engagement: number | null;
  rateVariance: number | null;
  inverseBaseMean: number | null;
}

export interface Store {
  /** The organization id of an active key with this SHA-256 hex digest, or null. */
  keyOrganization(secretHash: string): Promise<number | null>;
  /** The first page of creators, largest first (the API's default order: max_followers desc, id desc). */
  creatorsPage(limit: number): Promise<CreatorRow[]>;
  /** Accounts of these creators, largest first. */
  accountsOf(creatorIds: number[]): Promise<AccountRow[]>;
  /** The latest `limit` posts of each account (one windowed statement), newest first per account. */
  latestPosts(accountIds: number[], limit: number): Promise<PostRow[]>;
  /** Whether account_metrics exists with the columns Q1+ reads; a reason when not. */
  summariesMissing(): Promise<string | null>;
  summaries(accountIds: number[]): Promise<SummaryRow[]>;
  /** Summaries of every account of a platform with followers in [min, max), by account id. */
  peerSummaries(platform: string, min: number, max: number | null): Promise<SummaryRow[]>;
  close(): Promise<void>;
}

const SUMMARY_COLUMNS = ['account_id', 'sample_size', 'engagement', 'rate_variance', 'inverse_base_mean'];
const SUMMARY_SELECT =
  'select m.account_id, m.sample_size, m.engagement, m.rate_variance, m.inverse_base_mean from account_metrics m';

function summaryRow(r: Record<string, unknown>): SummaryRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    accountId: Number(r.account_id),
    sampleSize: num(r.sample_size),
    engagement: num(r.engagement),
    rateVariance: num(r.rate_variance),
    inverseBaseMean: num(r.inverse_base_mean),
  };
}

function missingColumns(present: Set<string>): string | null {
  const missing = SUMMARY_COLUMNS.filter((c) => !present.has(c));
  if (present.size === 0) return 'table account_metrics does not exist';
  return missing.length ? `account_metrics lacks ${missing.join(', ')}` : null;
}

/** Posts of each account newest first (ties by id), in the order of first appearance of their account. */
function byAccountNewestFirst(raw: Record<string, unknown>[], epochMs: (value: unknown) => number): PostRow[] {
  const sorted = raw
    .map((r) => ({ id: Number(r.id), accountId: Number(r.account_id), at: epochMs(r.posted_at), r }))
    .sort((a, b) => a.accountId - b.accountId || b.at - a.at || b.id - a.id);
  return sorted.map(({ accountId, at, r }) => ({
    accountId,
    likes: r.likes === null ? null : Number(r.likes),
    comments: r.comments === null ? null : Number(r.comments),
    postedAt: new Date(at).toISOString(),
  }));
}

export function openStore(databaseUrl: string): Store {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? postgresStore(databaseUrl) : sqliteStore(databaseUrl);
}

function postgresStore(url: string): Store {
  // As the API's pool (packages/core/src/db/orm.ts): at most 10 connections, no JIT.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  const rows = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
    (await pool.query(text, values)).rows as T[];
  return {
    async keyOrganization(secretHash) {
      const [row] = await rows<{ organization_id: number }>(
        'select k.organization_id from api_keys k join organizations o on o.id = k.organization_id where k.secret_hash = $1 and k.revoked_at is null',
        [secretHash],
      );
      return row ? Number(row.organization_id) : null;
    },
    async creatorsPage(limit) {
      return (
        await rows<{ id: number; name: string }>(
          'select id, name from creators order by max_followers desc, id desc limit $1',
          [limit],
        )
      ).map((r) => ({ id: Number(r.id), name: r.name }));
    },
    async accountsOf(creatorIds) {
      if (creatorIds.length === 0) return [];
      return (
        await rows(
          'select id, creator_id, platform, handle, followers from accounts where creator_id = any($1::int[]) order by followers desc, id asc',
          [creatorIds],
        )
      ).map((r) => ({
        id: Number(r.id),
        creatorId: Number(r.creator_id),
        platform: String(r.platform),
        handle: String(r.handle),
        followers: Number(r.followers),
      }));
    },
    async latestPosts(accountIds, limit) {
      if (accountIds.length === 0) return [];
      // One index walk per account (the API's firstRowsPerKey does the same with a LATERAL join).
      return byAccountNewestFirst(
        await rows(
          `select t.id, t.account_id, t.likes, t.comments, t.posted_at
           from unnest($1::int[]) as k(account_id)
           cross join lateral (
             select p.id, p.account_id, p.likes, p.comments, p.posted_at from posts p
             where p.account_id = k.account_id order by p.posted_at desc, p.id desc limit $2
           ) t`,
          [accountIds, limit],
        ),
        (v) => (v as Date).getTime(),
      );
    },
    async summariesMissing() {
      const cols = await rows<{ column_name: string }>(
        "select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'account_metrics'",
      );
      return missingColumns(new Set(cols.map((c) => c.column_name)));
    },
    async summaries(accountIds) {
      if (accountIds.length === 0) return [];
      return (await rows(`${SUMMARY_SELECT} where m.account_id = any($1::int[])`, [accountIds])).map(summaryRow);
    },
    async peerSummaries(platform, min, max) {
      return (
        await rows(
          `${SUMMARY_SELECT} join accounts a on a.id = m.account_id
           where a.platform = $1 and a.followers >= $2 and ($3::int is null or a.followers < $3) order by a.id`,
          [platform, min, max],
        )
      ).map(summaryRow);
    },
    close: () => pool.end(),
  };
}

function sqliteStore(url: string): Store {
  const db = new Database(url === ':memory:' ? url : url.replace(/^file:/, ''));
  // The API's connection settings (packages/core/src/db/dialect.ts).
  db.pragma('journal_mode = wal');
  db.pragma('synchronous = normal');
  type Statement = ReturnType<typeof db.prepare>;
  const cache = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  // SQLite binds no arrays: one placeholder per id, one prepared statement per list length.
  const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const all = (sql: string, values: unknown[]) => prepared(sql).all(...values) as Record<string, unknown>[];
  return {
    async keyOrganization(secretHash) {
      const row = prepared(
        'select k.organization_id from api_keys k join organizations o on o.id = k.organization_id where k.secret_hash = ? and k.revoked_at is null',
      ).get(secretHash) as { organization_id: number } | undefined;
      return row ? Number(row.organization_id) : null;
    },
    async creatorsPage(limit) {
      return all('select id, name from creators order by max_followers desc, id desc limit ?', [limit]).map((r) => ({
        id: Number(r.id),
        name: String(r.name),
      }));
    },
    async accountsOf(creatorIds) {
      if (creatorIds.length === 0) return [];
      return all(
        `select id, creator_id, platform, handle, followers from accounts where creator_id in (${list(creatorIds.length)}) order by followers desc, id asc`,
        creatorIds,
      ).map((r) => ({
        id: Number(r.id),
        creatorId: Number(r.creator_id),
        platform: String(r.platform),
        handle: String(r.handle),
        followers: Number(r.followers),
      }));
    },
    async latestPosts(accountIds, limit) {
      if (accountIds.length === 0) return [];
      // SQLite has no LATERAL: a correlated `id in (… limit n)` per account, as the API's firstRowsPerKey.
      return byAccountNewestFirst(
        all(
          `select t.id, t.account_id, t.likes, t.comments, t.posted_at
           from (values ${accountIds.map(() => '(?)').join(', ')}) as k
           join posts t on t.id in (
             select s.id from posts s where s.account_id = k.column1 order by s.posted_at desc, s.id desc limit ?
           )`,
          [...accountIds, limit],
        ),
        // MikroORM stores datetimes in SQLite as epoch milliseconds.
        Number,
      );
    },
    async summariesMissing() {
      const cols = db.prepare('pragma table_info(account_metrics)').all() as { name: string }[];
      return missingColumns(new Set(cols.map((c) => c.name)));
    },
    async summaries(accountIds) {
      if (accountIds.length === 0) return [];
      return all(`${SUMMARY_SELECT} where m.account_id in (${list(accountIds.length)})`, accountIds).map(summaryRow);
    },
    async peerSummaries(platform, min, max) {
      return all(
        `${SUMMARY_SELECT} join accounts a on a.id = m.account_id
         where a.platform = ? and a.followers >= ? and (? is null or a.followers < ?) order by a.id`,
        [platform, min, max, max],
      ).map(summaryRow);
    },
    close: async () => {
      db.close();
    },
  };
}
