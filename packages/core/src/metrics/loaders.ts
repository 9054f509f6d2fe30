import DataLoader from 'dataloader';
import type { MetricWindow } from './config.js';
import {
  type AccountPost,
  type AccountSnapshot,
  groupByAccount,
  type MetricsAccount,
  type MetricsRepository,
} from './repository.js';

/** Ids per `in (…)` list: far below the parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
export const ACCOUNT_CHUNK = 1000;

/** What the metrics read of one account for one request: its row, windowed posts, snapshots and niches. */
export interface OwnData {
  account: MetricsAccount;
  posts: AccountPost[];
  snapshots: AccountSnapshot[];
  niches: string[];
}

/**
 * A DataLoader over account (or creator) ids: ids asked for in the same tick are fetched together, at most
 * ACCOUNT_CHUNK per statement, and remembered for the rest of the request (a failed fetch is forgotten).
 */
function loader<V>(fetch: (ids: number[]) => Promise<Map<number, V>>, missing: () => V): DataLoader<number, V> {
  return new DataLoader<number, V>(
    async (ids) => {
      const found = await fetch([...ids]);
      return ids.map((id) => (found.has(id) ? (found.get(id) as V) : missing()));
    },
    { maxBatchSize: ACCOUNT_CHUNK },
  );
}

const loadAll = <V>(dataLoader: DataLoader<number, V>, ids: readonly number[]): Promise<V[]> =>
  Promise.all(ids.map((id) => dataLoader.load(id)));

/**
 * The accounts' own rows for one request (one per MetricsService): at most one statement per kind of row
 * and (window, asOf), however many fields and calls ask for them.
 */
export class OwnRowLoaders {
  private readonly accounts: DataLoader<number, MetricsAccount | null>;
  private readonly niches: DataLoader<number, string[]>;
  private readonly posts = new Map<string, DataLoader<number, AccountPost[]>>();
  private readonly snapshots = new Map<number, DataLoader<number, AccountSnapshot[]>>();

  constructor(private readonly repository: MetricsRepository) {
    this.accounts = loader(
      async (ids) => new Map((await repository.accounts(ids)).map((a) => [a.id, a])),
      () => null,
    );
    this.niches = loader(
      (creatorIds) => repository.niches(creatorIds),
      () => [],
    );
  }

  private postsLoader(window: MetricWindow, asOf: Date): DataLoader<number, AccountPost[]> {
    const key = `${window.posts !== null ? `p${window.posts}` : `d${window.days}`}@${asOf.getTime()}`;
    let posts = this.posts.get(key);
    if (!posts) {
      posts = loader(
        async (ids) => groupByAccount(await this.repository.posts(ids, window, asOf)),
        () => [],
      );
      this.posts.set(key, posts);
    }
    return posts;
  }

  private snapshotsLoader(upTo: Date): DataLoader<number, AccountSnapshot[]> {
    let snapshots = this.snapshots.get(upTo.getTime());
    if (!snapshots) {
      snapshots = loader(
        async (ids) => groupByAccount(await this.repository.snapshots(ids, upTo)),
        () => [],
      );
      this.snapshots.set(upTo.getTime(), snapshots);
    }
    return snapshots;
  }

  /** The niches of these creators (batched with every other niche read of the request). */
  async nichesOf(creatorIds: readonly number[]): Promise<Map<number, string[]>> {
    const unique = [...new Set(creatorIds)];
    const lists = await loadAll(this.niches, unique);
    return new Map(unique.map((id, i) => [id, lists[i] ?? []]));
  }

  /** The accounts' rows, windowed posts (none without a window) and snapshots; ids that do not exist are absent. */
  async load(
    ids: readonly number[],
    window: MetricWindow | null,
    asOf: Date,
    withNiches = false,
  ): Promise<Map<number, OwnData>> {
    const unique = [...new Set(ids)];
    const [accounts, posts, snapshots] = await Promise.all([
      loadAll(this.accounts, unique),
      window ? loadAll(this.postsLoader(window, asOf), unique) : Promise.resolve(unique.map(() => [])),
      loadAll(this.snapshotsLoader(asOf), unique),
    ]);
    const niches = withNiches
      ? await loadAll(
          this.niches,
          accounts.map((a) => a?.creatorId ?? 0),
        )
      : accounts.map(() => []);
    const out = new Map<number, OwnData>();
    unique.forEach((id, i) => {
      const account = accounts[i];
      if (!account) return;
      out.set(id, {
        account,
        posts: posts[i] ?? [],
        snapshots: snapshots[i] ?? [],
        niches: niches[i] ?? [],
      });
    });
    return out;
  }
}
