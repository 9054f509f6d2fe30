import { rowNumber } from '../common/rows.js';
import { ACCOUNT_COMPARED_COLUMNS, type ImportAccountRow, type IngestRepository, platformKey } from './repository.js';
import type { ImportKind } from './types.js';
import type {
  AccountImportRow,
  CreatorImportRow,
  FieldProblem,
  InputByKind,
  PostImportRow,
  SnapshotImportRow,
} from './validate.js';

/**
 * One batch of valid rows → the database, inside the caller's transaction. Each writer classifies rows as
 * new, changed or unchanged, rejects rows whose references do not exist, and writes new and changed rows.
 * Creators, accounts and snapshots read what exists for the batch's keys (one query per table and platform)
 * and compare here; posts are compared in repository.mergePosts, by the same rule (equal to what is stored:
 * unchanged, not written). The SQL is in repository.ts; these are the rules.
 */

export interface WriteContext {
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
  /**
   * Accounts whose data the batch changed (the account itself, its posts or its follower snapshots),
   * each once: those whose per-account summaries are stale after the commit.
   */
  accountIds: number[];
}

const emptyOutcome = (): BatchOutcome => ({ inserted: 0, updated: 0, unchanged: 0, rejected: [], accountIds: [] });

function unknownAccount(line: number, value: { platform: string; handle: string }): FieldProblem & { line: number } {
  const reason = `account ${value.platform}/@${value.handle} not found: import accounts first or include accounts.csv`;
  return { line, field: 'handle', reason };
}

export type BatchWriter<T> = (repo: IngestRepository, rows: Pending<T>[], ctx: WriteContext) => Promise<BatchOutcome>;

/**
 * The rows (posts, snapshots) whose account exists, with its id; each of the others is rejected into
 * `outcome`, in line order.
 */
function onKnownAccounts<T extends { platform: string; handle: string }>(
  rows: Pending<T>[],
  accounts: Map<string, ImportAccountRow>,
  outcome: BatchOutcome,
): (Pending<T> & { accountId: number })[] {
  const known: (Pending<T> & { accountId: number })[] = [];
  for (const { line, value } of rows) {
    const account = accounts.get(platformKey(value.platform, value.handle));
    if (account) known.push({ line, value, accountId: Number(account.id) });
    else outcome.rejected.push(unknownAccount(line, value));
  }
  return known;
}

// ---------------------------------------------------------------------------------------------------

const writeCreators: BatchWriter<CreatorImportRow> = async (repo, rows, ctx) => {
  const outcome = emptyOutcome();
  const existing = await repo.creatorsByRef(rows.map((r) => r.value.ref));
  const niches = await repo.nichesOf([...existing.values()].map((c) => c.id));

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

  const written = await repo.upsertCreators(
    toWrite.map((c) => ({ ref: c.ref, name: c.name, country: c.country, max_followers: 0, created_at: ctx.now })),
  );
  const ids = new Map(written.map((r) => [String(r.ref), Number(r.id)]));

  // Niches: drop those no longer listed, add the missing ones in the order given.
  const add: { creator_id: number; niche: string }[] = [];
  for (const creator of toWrite) {
    const id = ids.get(creator.ref) as number;
    const had = niches.get(id) ?? [];
    const gone = had.filter((n) => !creator.niches.includes(n));
    if (gone.length) await repo.removeNiches(id, gone);
    for (const niche of creator.niches) if (!had.includes(niche)) add.push({ creator_id: id, niche });
  }
  await repo.addNiches(add);
  return outcome;
};

const writeAccounts: BatchWriter<AccountImportRow> = async (repo, rows, ctx) => {
  const outcome = emptyOutcome();
  const values = rows.map((r) => r.value);
  const creatorIds = await repo.creatorIdsByRef(values.map((v) => v.creatorRef));
  const existing = await repo.accountsByHandle(values, ACCOUNT_COMPARED_COLUMNS);
  // (platform, external_id) is unique too: an id already used by another handle cannot be taken.
  const owners = await repo.accountHandlesByExternalId(values);

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
    const owner = owners.get(platformKey(value.platform, value.externalId));
    if (owner !== undefined && owner !== value.handle) {
      outcome.rejected.push({
        line,
        field: 'external_id',
        reason: `external_id "${value.externalId}" already belongs to ${value.platform}/@${owner}`,
      });
      continue;
    }
    const current = existing.get(platformKey(value.platform, value.handle));
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
      created_at: ctx.now,
      updated_at: ctx.now,
    });
  }
  outcome.accountIds = await repo.upsertAccounts(toWrite);
  // Creator.maxFollowers follows its accounts, including the creator an account moved away from.
  if (touched.size) await repo.refreshMaxFollowers(touched);
  return outcome;
};

// Posts, the bulk of a catalog, are classified where they are written (repository.mergePosts): by the merge
// statement on PostgreSQL, next to the prepared statements on SQLite.
const writePosts: BatchWriter<PostImportRow> = async (repo, rows) => {
  const merged = await repo.mergePosts(rows);
  const unknown = new Set(merged.unknownAccountLines);
  const rejected = rows.filter((r) => unknown.has(r.line)).map((r) => unknownAccount(r.line, r.value));
  return {
    inserted: merged.inserted,
    updated: merged.updated,
    unchanged: rows.length - rejected.length - merged.inserted - merged.updated,
    rejected,
    accountIds: merged.accountIds,
  };
};

const writeSnapshots: BatchWriter<SnapshotImportRow> = async (repo, rows) => {
  const outcome = emptyOutcome();
  const accounts = await repo.accountsByHandle(rows.map((r) => r.value));
  const existing = await repo.snapshotsAt(
    [...new Set([...accounts.values()].map((a) => Number(a.id)))],
    [...new Set(rows.map((r) => r.value.capturedAt))],
  );

  const toWrite: Record<string, unknown>[] = [];
  const touched = new Set<number>();
  for (const { value, accountId } of onKnownAccounts(rows, accounts, outcome)) {
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
    touched.add(accountId);
    toWrite.push({
      account_id: accountId,
      captured_at: value.capturedAt,
      followers: value.followers,
      following: value.following,
    });
  }
  await repo.upsertSnapshots(toWrite);
  outcome.accountIds = [...touched];
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
  accounts: (v) => [`h:${platformKey(v.platform, v.handle)}`, `x:${platformKey(v.platform, v.externalId)}`],
  posts: (v) => [platformKey(v.platform, v.externalId)],
  follower_snapshots: (v) => [`${platformKey(v.platform, v.handle)}:${v.capturedAt}`],
};
