import {
  CampaignDecisionService,
  type CampaignEvents,
  CampaignService,
  type CatalogAccount,
  type CatalogCreator,
  type CatalogPost,
  CreatorService,
  type Database,
  type EntityManager,
  type ICampaign,
  InProcessCampaignEvents,
  MetricsCache,
  MetricsService,
  OrganizationService,
  PostService,
  type Principal,
} from '@creatorgraph/core';
import { brandWithType } from '@pothos/core';
import DataLoader from 'dataloader';
import type { RateLimiter, RateLimitState } from './http/rate-limit.js';
import { databaseId } from './schema/common/ids.js';

/** Per-request state: one forked EntityManager, the caller, its services and its batch loaders. */
export interface Context {
  em: EntityManager;
  principal: Principal;
  /** The request's clock: `asOf` defaults to it, so every field of one response agrees on "now". */
  now: Date;
  creators: CreatorService;
  posts: PostService;
  campaigns: CampaignService;
  /** Metrics of this request (asOf defaults to `now`); peer groups come from the server's MetricsCache. */
  metrics: MetricsService;
  /** Campaign metrics, comparisons and plans of the caller's organization, on `metrics`. */
  decisions: CampaignDecisionService;
  /** Organizations and their API keys. */
  organizations: OrganizationService;
  /** The server's peer-group cache, to clear after writes that change the catalog. */
  metricsCache: MetricsCache;
  /** The server's live campaign updates (one per server): campaign writes publish, subscriptions listen. */
  events: CampaignEvents;
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V>;
  /** The key's query-cost budget after charging this request (set by the cost plugin before execution). */
  rateLimit?: RateLimitState;
  rateLimiter?: RateLimiter;
  /** Largest file `importData` accepts, in bytes (the server's MAX_UPLOAD_BYTES); the core default when unset. */
  maxUploadBytes?: number;
}

export function buildContext(
  db: Database,
  principal: Principal,
  now = new Date(),
  metricsCache: MetricsCache = new MetricsCache(),
  events: CampaignEvents = new InProcessCampaignEvents(),
): Context {
  const em = db.em.fork();
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const metrics = new MetricsService(em, undefined, { cache: metricsCache, now });
  return {
    em,
    principal,
    now,
    creators: new CreatorService(em),
    posts: new PostService(em),
    campaigns: new CampaignService(em, principal.organization.id, { events }),
    metrics,
    decisions: new CampaignDecisionService(em, principal.organization.id, metrics),
    organizations: new OrganizationService(em),
    metricsCache,
    events,
    loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>) {
      let loader = loaders.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
        loaders.set(key, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}

/** Orders batch results like the keys; missing keys resolve to null. */
export function byKey<K, V>(keys: readonly K[], items: V[], keyOf: (item: V) => K): (V | null)[] {
  const map = new Map(items.map((i) => [keyOf(i), i]));
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * Loaders shared by every field that needs an object by id, so one request loads each object once. Lists
 * prime them with the rows they read (see `prime`), so a nested field never reads an object again.
 */
export const loaders = {
  creator: (ctx: Context) =>
    ctx.loader<number, CatalogCreator | null>('creator', async (keys) =>
      byKey(keys, await ctx.creators.byIds(keys), (c) => c.id),
    ),
  account: (ctx: Context) =>
    ctx.loader<number, CatalogAccount | null>('account', async (keys) =>
      byKey(keys, await ctx.creators.accountsByIds(keys), (a) => a.id),
    ),
  post: (ctx: Context) =>
    ctx.loader<number, CatalogPost | null>('post', async (keys) =>
      byKey(keys, await ctx.posts.byIds(keys), (p) => p.id),
    ),
  campaign: (ctx: Context) =>
    ctx.loader<number, ICampaign | null>('campaign', async (keys) =>
      byKey(keys, await ctx.campaigns.byIds(keys), (c) => c.id),
    ),
};

/** Hands rows a list read to the by-id loader, so fields that reference them do not read them again. */
export function prime<V extends { id: number }>(loader: DataLoader<number, V | null>, rows: readonly V[]): void {
  for (const row of rows) loader.prime(row.id, row);
}

/** An object another one references (a foreign key guarantees it): missing is a bug, not a caller error. */
export async function loadExisting<V>(loader: DataLoader<number, V | null>, id: number, what: string): Promise<V> {
  const value = await loader.load(id);
  if (!value) throw new Error(`${what} ${id} missing`);
  return value;
}

/** For Relay `loadMany`: global ids (already checked while decoding) to objects, null for the missing or foreign. */
export async function loadNodes<V>(
  loader: DataLoader<number, V | null>,
  ids: string[],
  typename: string,
): Promise<(V | null)[]> {
  const results = await loader.loadMany(ids.map(databaseId));
  // Branded here, before anyone awaits them: Pothos brands node results only after its own load settles,
  // while `nodes` may read the same pending entry of its per-request cache (e.g. `node(id: X)` beside
  // `nodes(ids: [X])`) and finish first, leaving the Node interface unable to resolve the object's type.
  return results.map((r) => {
    if (r instanceof Error || r === null) return null;
    brandWithType(r, typename as never);
    return r;
  });
}
