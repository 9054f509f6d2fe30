import type { Knex } from '@mikro-orm/knex';
import type { Dialect } from '../db/orm.js';
import { rowDate, rowNumber } from '../shared/rows.js';
import type { ImportKind } from './types.js';
import {
  type AccountImportRow,
  type CreatorImportRow,
  type FieldProblem,
  type InputByKind,
  POST_COUNT_FIELDS,
  type PostImportRow,
  type SnapshotImportRow,
} from './validate.js';

/**
 * One batch of valid rows → the database, inside the caller's transaction. Each writer reads what
 * exists for the batch's keys (one query per table and platform), classifies rows as new, changed or
 * unchanged, rejects rows whose references do not exist, and writes new and changed rows with
 * `insert … on conflict (key) do update`, which SQLite (≥ 3.24) and PostgreSQL both speak.
 *
 * Values are written as MikroORM stores them: datetimes as epoch milliseconds in SQLite and timestamptz
 * in PostgreSQL, booleans as 0/1 in SQLite.
 */

export interface WriteContext {
  dialect: Dialect;
  now: Date;
}

export interface Pending<T> {
  line: number;
  value: T;
}

export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: (FieldProblem & { line: number })[];
}

export type BatchWriter<T> = (trx: Knex.Transaction, rows: Pending<T>[], ctx: WriteContext) => Promise<BatchOutcome>;

/** Values per IN list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const IN_CHUNK = 2_000;
/** Bound parameters per insert statement. */
const MAX_PARAMS = 30_000;

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

/** A datetime column as read back, in epoch ms. */
export const toMillis = (value: unknown): number => rowDate(value).getTime();

function dbDate(ms: number, ctx: WriteContext): number | Date {
  return ctx.dialect === 'sqlite' ? ms : new Date(ms);
}

function dbBool(value: boolean, ctx: WriteContext): number | boolean {
  return ctx.dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

function accountKey(platform: string, handle: string): string {
  return `${platform}\u0000${handle}`;
}

function quote(identifier: string): string {
  return `"${identifier}"`;
}

/** PostgreSQL types of the columns the importer writes, for `unnest($1::type[], …)`. */
const PG_TYPES: Record<string, string> = {
  ref: 'text',
  name: 'text',
  country: 'text',
  max_followers: 'int',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  creator_id: 'int',
  niche: 'text',
  platform: 'text',
  handle: 'text',
  external_id: 'text',
  followers: 'int',
  following: 'int',
  rate_per_post_minor: 'bigint',
  rate_currency: 'text',
  account_id: 'int',
  posted_at: 'timestamptz',
  kind: 'text',
  caption: 'text',
  sponsored: 'boolean',
  brand: 'text',
  likes: 'int',
  comments: 'int',
  shares: 'int',
  saves: 'int',
  views: 'int',
  reach: 'int',
  impressions: 'int',
  captured_at: 'timestamptz',
};

/**
 * `insert … on conflict (key) do update set c = excluded.c` (or `do nothing` without `merge`). Hand-written:
 * knex's SQLite insert builds `select … union all select …`, which SQLite caps at 500 rows.
 * - SQLite: `values (…), (…)`, in statements of at most MAX_PARAMS bound values.
 * - PostgreSQL: `select * from unnest($1::int[], $2::text[], …)`, one array per column: one statement per
 *   batch, and much less to parse and bind than thousands of scalar parameters.
 */
async function upsert(
  trx: Knex.Transaction,
  ctx: WriteContext,
  table: string,
  rows: Record<string, unknown>[],
  conflict: string[],
  merge: string[],
  returning?: string[],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0] as object);
  const action = merge.length
    ? `do update set ${merge.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
    : 'do nothing';
  const tail =
    ` on conflict (${conflict.map(quote).join(', ')}) ${action}` +
    (returning ? ` returning ${returning.map(quote).join(', ')}` : '');
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')})`;
  const rowsOf = (result: unknown) =>
    (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];

  if (ctx.dialect === 'postgresql') {
    const arrays = columns.map((c) => rows.map((row) => row[c] ?? null));
    const sql = `${head} select * from unnest(${columns.map((c) => `?::${PG_TYPES[c] ?? 'text'}[]`).join(', ')})${tail}`;
    const result: unknown = await trx.raw(sql, arrays as Knex.RawBinding[]);
    return returning ? rowsOf(result) : [];
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const out: Record<string, unknown>[] = [];
  for (const part of chunked(rows, Math.max(1, Math.floor(MAX_PARAMS / columns.length)))) {
    const sql = `${head} values ${part.map(() => tuple).join(', ')}${tail}`;
    const bindings: Knex.RawBinding[] = [];
    for (const row of part) for (const c of columns) bindings.push((row[c] ?? null) as Knex.RawBinding);
    const result: unknown = await trx.raw(sql, bindings);
    if (returning) out.push(...rowsOf(result));
  }
  return out;
}

interface AccountRow {
  id: number;
  creator_id: number;
  platform: string;
  handle: string;
  external_id: string;
  followers: number;
  following: number | null;
  rate_per_post_minor: number | string | null;
  rate_currency: string | null;
}

/** Accounts by (platform, handle), one query per platform and chunk of handles. */
async function accountsByHandle(
  trx: Knex.Transaction,
  keys: { platform: string; handle: string }[],
  columns = ['id', 'creator_id', 'platform', 'handle'],
): Promise<Map<string, AccountRow>> {
  const out = new Map<string, AccountRow>();
  for (const [platform, group] of groupBy(keys, (k) => k.platform)) {
    const handles = [...new Set(group.map((k) => k.handle))];
    for (const part of chunked(handles, IN_CHUNK)) {
      const rows: AccountRow[] = await trx('accounts')
        .select(columns)
        .where('platform', platform)
        .whereIn('handle', part);
      for (const row of rows) out.set(accountKey(row.platform, row.handle), row);
    }
  }
  return out;
}

function accountNotFound(platform: string, handle: string): string {
  return `account ${platform}/@${handle} not found: import accounts first or include accounts.csv`;
}

async function refreshMaxFollowers(trx: Knex.Transaction, creatorIds: Iterable<number>): Promise<void> {
  for (const part of chunked([...new Set(creatorIds)], IN_CHUNK)) {
    await trx('creators')
      .whereIn('id', part)
      .update({
        max_followers: trx.raw(
          'coalesce((select max(a.followers) from accounts a where a.creator_id = creators.id), 0)',
        ),
      });
  }
}

// ---------------------------------------------------------------------------------------------------

const writeCreators: BatchWriter<CreatorImportRow> = async (trx, rows, ctx) => {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
  const existing = new Map<string, { id: number; name: string; country: string | null }>();
  for (const part of chunked(
    rows.map((r) => r.value.ref),
    IN_CHUNK,
  )) {
    const found: { id: number; ref: string; name: string; country: string | null }[] = await trx('creators')
      .select('id', 'ref', 'name', 'country')
      .whereIn('ref', part);
    for (const row of found) existing.set(row.ref, { id: Number(row.id), name: row.name, country: row.country });
  }
  const niches = new Map<number, string[]>();
  for (const part of chunked(
    [...existing.values()].map((c) => c.id),
    IN_CHUNK,
  )) {
    const found: { creator_id: number; niche: string }[] = await trx('creator_niches')
      .select('creator_id', 'niche')
      .whereIn('creator_id', part)
      .orderBy('id');
    for (const row of found) {
      const id = Number(row.creator_id);
      niches.set(id, [...(niches.get(id) ?? []), row.niche]);
    }
  }

  const toWrite: CreatorImportRow[] = [];
  for (const { value } of rows) {
    const current = existing.get(value.ref);
    if (!current) {
      outcome.inserted++;
      toWrite.push(value);
      continue;
    }
    const had = niches.get(current.id) ?? [];
    const sameNiches = had.length === value.niches.length && value.niches.every((n) => had.includes(n));
    if (current.name === value.name && (current.country ?? null) === value.country && sameNiches) {
      outcome.unchanged++;
    } else {
      outcome.updated++;
      toWrite.push(value);
    }
  }
  if (toWrite.length === 0) return outcome;

  const written = await upsert(
    trx,
    ctx,
    'creators',
    toWrite.map((c) => ({
      ref: c.ref,
      name: c.name,
      country: c.country,
      max_followers: 0,
      created_at: dbDate(ctx.now.getTime(), ctx),
    })),
    ['ref'],
    ['name', 'country'],
    ['id', 'ref'],
  );
  const ids = new Map(written.map((r) => [String(r.ref), Number(r.id)]));

  // Niches: drop those no longer listed, add the missing ones in the order given.
  const add: { creator_id: number; niche: string }[] = [];
  for (const creator of toWrite) {
    const id = ids.get(creator.ref) as number;
    const had = niches.get(id) ?? [];
    const gone = had.filter((n) => !creator.niches.includes(n));
    if (gone.length) await trx('creator_niches').where('creator_id', id).whereIn('niche', gone).delete();
    for (const niche of creator.niches) if (!had.includes(niche)) add.push({ creator_id: id, niche });
  }
  await upsert(trx, ctx, 'creator_niches', add, ['creator_id', 'niche'], []);
  return outcome;
};

const writeAccounts: BatchWriter<AccountImportRow> = async (trx, rows, ctx) => {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
  const creatorIds = new Map<string, number>();
  for (const part of chunked([...new Set(rows.map((r) => r.value.creatorRef))], IN_CHUNK)) {
    const found: { id: number; ref: string }[] = await trx('creators').select('id', 'ref').whereIn('ref', part);
    for (const row of found) creatorIds.set(row.ref, Number(row.id));
  }
  const existing = await accountsByHandle(
    trx,
    rows.map((r) => r.value),
    [
      'id',
      'creator_id',
      'platform',
      'handle',
      'external_id',
      'followers',
      'following',
      'rate_per_post_minor',
      'rate_currency',
    ],
  );
  // (platform, external_id) is unique too: an id already used by another handle cannot be taken.
  const owners = new Map<string, string>();
  for (const [platform, group] of groupBy(
    rows.map((r) => r.value),
    (v) => v.platform,
  )) {
    for (const part of chunked(
      group.map((v) => v.externalId),
      IN_CHUNK,
    )) {
      const found: { handle: string; external_id: string }[] = await trx('accounts')
        .select('handle', 'external_id')
        .where('platform', platform)
        .whereIn('external_id', part);
      for (const row of found) owners.set(accountKey(platform, row.external_id), row.handle);
    }
  }

  const toWrite: Record<string, unknown>[] = [];
  const touched = new Set<number>();
  for (const { line, value } of rows) {
    const creatorId = creatorIds.get(value.creatorRef);
    if (creatorId === undefined) {
      outcome.rejected.push({
        line,
        field: 'creator_ref',
        reason: `creator "${value.creatorRef}" not found: import creators first or include creators.csv`,
      });
      continue;
    }
    const owner = owners.get(accountKey(value.platform, value.externalId));
    if (owner !== undefined && owner !== value.handle) {
      outcome.rejected.push({
        line,
        field: 'external_id',
        reason: `external_id "${value.externalId}" already belongs to ${value.platform}/@${owner}`,
      });
      continue;
    }
    const current = existing.get(accountKey(value.platform, value.handle));
    if (current) {
      const same =
        Number(current.creator_id) === creatorId &&
        current.external_id === value.externalId &&
        Number(current.followers) === value.followers &&
        rowNumber(current.following) === value.following &&
        rowNumber(current.rate_per_post_minor) === value.ratePerPostMinor &&
        (current.rate_currency ?? null) === value.currency;
      if (same) {
        outcome.unchanged++;
        continue;
      }
      outcome.updated++;
      touched.add(Number(current.creator_id));
    } else {
      outcome.inserted++;
    }
    touched.add(creatorId);
    toWrite.push({
      creator_id: creatorId,
      platform: value.platform,
      handle: value.handle,
      external_id: value.externalId,
      followers: value.followers,
      following: value.following,
      rate_per_post_minor: value.ratePerPostMinor,
      rate_currency: value.currency,
      created_at: dbDate(ctx.now.getTime(), ctx),
      updated_at: dbDate(ctx.now.getTime(), ctx),
    });
  }
  await upsert(
    trx,
    ctx,
    'accounts',
    toWrite,
    ['platform', 'handle'],
    ['creator_id', 'external_id', 'followers', 'following', 'rate_per_post_minor', 'rate_currency', 'updated_at'],
  );
  // Creator.maxFollowers follows its accounts, including the creator an account moved away from.
  if (touched.size) await refreshMaxFollowers(trx, touched);
  return outcome;
};

const POST_COLUMNS_WRITTEN = [
  'account_id',
  'posted_at',
  'kind',
  'caption',
  'sponsored',
  'brand',
  ...POST_COUNT_FIELDS,
] as const;

const writePosts: BatchWriter<PostImportRow> = async (trx, rows, ctx) => {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
  const accounts = await accountsByHandle(
    trx,
    rows.map((r) => r.value),
  );
  const existing = new Map<string, Record<string, unknown>>();
  for (const [platform, group] of groupBy(
    rows.map((r) => r.value),
    (v) => v.platform,
  )) {
    for (const part of chunked(
      group.map((v) => v.externalId),
      IN_CHUNK,
    )) {
      const found: Record<string, unknown>[] = await trx('posts')
        .select('external_id', ...POST_COLUMNS_WRITTEN)
        .where('platform', platform)
        .whereIn('external_id', part);
      for (const row of found) existing.set(accountKey(platform, String(row.external_id)), row);
    }
  }

  const toWrite: Record<string, unknown>[] = [];
  for (const { line, value } of rows) {
    const account = accounts.get(accountKey(value.platform, value.handle));
    if (!account) {
      outcome.rejected.push({ line, field: 'handle', reason: accountNotFound(value.platform, value.handle) });
      continue;
    }
    const accountId = Number(account.id);
    const current = existing.get(accountKey(value.platform, value.externalId));
    if (current) {
      const same =
        Number(current.account_id) === accountId &&
        toMillis(current.posted_at) === value.postedAt &&
        current.kind === value.kind &&
        (current.caption ?? null) === value.caption &&
        Boolean(current.sponsored) === value.sponsored &&
        (current.brand ?? null) === value.brand &&
        POST_COUNT_FIELDS.every((f) => rowNumber(current[f]) === value[f]);
      if (same) {
        outcome.unchanged++;
        continue;
      }
      outcome.updated++;
    } else {
      outcome.inserted++;
    }
    const row: Record<string, unknown> = {
      account_id: accountId,
      // Copied from the account: (platform, external_id) is the post's key.
      platform: value.platform,
      external_id: value.externalId,
      posted_at: dbDate(value.postedAt, ctx),
      kind: value.kind,
      caption: value.caption,
      sponsored: dbBool(value.sponsored, ctx),
      brand: value.brand,
    };
    for (const f of POST_COUNT_FIELDS) row[f] = value[f];
    toWrite.push(row);
  }
  await upsert(trx, ctx, 'posts', toWrite, ['platform', 'external_id'], [...POST_COLUMNS_WRITTEN]);
  return outcome;
};

const writeSnapshots: BatchWriter<SnapshotImportRow> = async (trx, rows, ctx) => {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, rejected: [] };
  const accounts = await accountsByHandle(
    trx,
    rows.map((r) => r.value),
  );
  const accountIds = [...new Set([...accounts.values()].map((a) => Number(a.id)))];
  const times = [...new Set(rows.map((r) => r.value.capturedAt))];
  const existing = new Map<string, { followers: number; following: number | null }>();
  // A superset (every listed account × every listed instant), filtered by the exact key below.
  for (const idPart of chunked(accountIds, IN_CHUNK / 2)) {
    for (const timePart of chunked(times, IN_CHUNK / 2)) {
      const found: { account_id: number; captured_at: unknown; followers: number; following: number | null }[] =
        await trx('follower_snapshots')
          .select('account_id', 'captured_at', 'followers', 'following')
          .whereIn('account_id', idPart)
          .whereIn(
            'captured_at',
            timePart.map((t) => dbDate(t, ctx)),
          );
      for (const row of found) {
        existing.set(`${Number(row.account_id)}:${toMillis(row.captured_at)}`, {
          followers: Number(row.followers),
          following: rowNumber(row.following),
        });
      }
    }
  }

  const toWrite: Record<string, unknown>[] = [];
  for (const { line, value } of rows) {
    const account = accounts.get(accountKey(value.platform, value.handle));
    if (!account) {
      outcome.rejected.push({ line, field: 'handle', reason: accountNotFound(value.platform, value.handle) });
      continue;
    }
    const accountId = Number(account.id);
    const current = existing.get(`${accountId}:${value.capturedAt}`);
    if (current) {
      if (current.followers === value.followers && current.following === value.following) {
        outcome.unchanged++;
        continue;
      }
      outcome.updated++;
    } else {
      outcome.inserted++;
    }
    toWrite.push({
      account_id: accountId,
      captured_at: dbDate(value.capturedAt, ctx),
      followers: value.followers,
      following: value.following,
    });
  }
  await upsert(trx, ctx, 'follower_snapshots', toWrite, ['account_id', 'captured_at'], ['followers', 'following']);
  return outcome;
};

export const WRITERS: { [K in ImportKind]: BatchWriter<InputByKind[K]> } = {
  creators: writeCreators,
  accounts: writeAccounts,
  posts: writePosts,
  follower_snapshots: writeSnapshots,
};

/**
 * Keys a row occupies in its batch. A second row with one of them closes the batch first: one upsert
 * statement cannot touch a row twice, and the later row must win.
 */
export const BATCH_KEYS: { [K in ImportKind]: (value: InputByKind[K]) => string[] } = {
  creators: (v) => [v.ref],
  accounts: (v) => [`h:${accountKey(v.platform, v.handle)}`, `x:${accountKey(v.platform, v.externalId)}`],
  posts: (v) => [accountKey(v.platform, v.externalId)],
  follower_snapshots: (v) => [`${accountKey(v.platform, v.handle)}:${v.capturedAt}`],
};
