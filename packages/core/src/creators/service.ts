import type { Knex } from '@mikro-orm/knex';
import {
  decodeCursor,
  encodeCursor,
  type KeysetSort,
  keysetRows,
  type Page,
  type PageArgs,
  pageSize,
  type SortDirection,
} from '../common/pagination.js';
import type { EntityManager } from '../db/orm.js';
import { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { classifyTier, MEDIAKIX_2019, type Tier, type TierScheme, tierRange } from '../metrics/tiers.js';
import {
  type CatalogAccount,
  type CatalogCreator,
  CREATOR_COLUMNS,
  CreatorRepository,
  catalogCreator,
  normalizeHandle,
  type SearchKey,
} from './repository.js';

export type { CatalogAccount, CatalogCreator } from './repository.js';

export interface IntRange {
  min?: number | null;
  max?: number | null;
}

export interface CreatorFilter {
  /** Creators with at least one account on this platform. */
  platform?: Platform | null;
  /**
   * Without `platform`: the creator's tier (its largest account). With `platform`: an account on that
   * platform in this tier.
   */
  tier?: Tier | null;
  /** Any of these niches. */
  niches?: string[] | null;
  country?: string | null;
  /** Same rule as `tier`: the largest account, or the account on `platform`. Inclusive. */
  followers?: IntRange | null;
  /** Case-insensitive substring of the name. */
  nameContains?: string | null;
  /**
   * The metric filters below (and the metric orderings) use the creator's metric account: its account on
   * `platform` when given, else its primary account (most followers, then lowest id). Default method and
   * window, at the request time; inclusive; computed.
   */
  /** Engagement rate of the metric account. */
  engagementRate?: FloatRange | null;
  /** Reliable engagement rate of the metric account. */
  reliableEngagementRate?: FloatRange | null;
  /** Authenticity score (0–100) of the metric account at least this. */
  minAuthenticity?: number | null;
  /** Follower growth of the metric account over config.discovery.growthDays. */
  growth?: FloatRange | null;
  /** Share of sponsored posts in the metric account's window. */
  sponsoredShare?: FloatRange | null;
  /** At least this many posts in the metric account's sample (n). */
  minSampleSize?: number | null;
  /** Low end of the metric account's reliable-rate 95% interval (ENGAGEMENT_LOWER_BOUND). */
  engagementLowerBound?: FloatRange | null;
  /**
   * Has a sponsored post naming this brand (case-insensitive, any time): on the metric account when
   * `platform` is given, else on any account.
   */
  brand?: string | null;
}

export interface FloatRange {
  min?: number | null;
  max?: number | null;
}

/** Creator orderings computed from the metric account's metrics rather than stored columns. */
export type CreatorMetricOrderField =
  | 'ENGAGEMENT_RATE'
  | 'RELIABLE_ENGAGEMENT_RATE'
  | 'AUTHENTICITY_SCORE'
  | 'ENGAGEMENT_LOWER_BOUND'
  | 'EXPECTED_INTERACTIONS'
  | 'ESTIMATED_CPE'
  | 'AVG_INTERACTIONS'
  | 'GROWTH';
/** Creator orderings and filters computed from metrics rather than stored columns. */
export type CreatorMetricField = CreatorMetricOrderField | 'SPONSORED_SHARE' | 'SAMPLE_SIZE';

/** Computes metric values for accounts (MetricsService implements it). */
export interface CreatorMetricSource {
  /**
   * The metrics of each candidate creator's metric account (on `platform`, else the primary account)
   * computed in SQL, by creator id (every candidate present); null when this source cannot, and then
   * creatorMetricValues is used.
   */
  creatorMetricValuesOf?(
    creatorIds: ReturnType<CreatorService['matchingIds']>,
    fields: ReadonlySet<CreatorMetricField>,
    platform: Platform | null,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>> | null>;
  /** The same numbers for the given (metric) accounts, by account id. */
  creatorMetricValues(
    accountIds: readonly number[],
    fields: ReadonlySet<CreatorMetricField>,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>>;
}

export type CreatorOrderField = 'FOLLOWERS' | 'NAME' | 'CREATED_AT' | CreatorMetricOrderField;
export interface CreatorOrder {
  field: CreatorOrderField;
  direction: SortDirection;
}

/** Sort columns of the creators query (`c` is creators). */
const CREATOR_SORTS: Record<
  Exclude<CreatorOrderField, CreatorMetricOrderField>,
  Omit<KeysetSort<CatalogCreator>, 'direction'>
> = {
  FOLLOWERS: { property: 'c.max_followers', kind: 'number', value: (c) => c.maxFollowers },
  NAME: { property: 'c.name', kind: 'string', value: (c) => c.name },
  CREATED_AT: { property: 'c.id', kind: 'number', value: (c) => c.id },
};

interface FollowerBounds {
  /** Inclusive. */
  gte?: number;
  /** Exclusive (a tier's upper end). */
  lt?: number;
  /** Inclusive (a range's max). */
  lte?: number;
}

function rangeCondition(
  range: IntRange | null | undefined,
  tier: Tier | null | undefined,
  scheme: TierScheme,
): FollowerBounds | null {
  const cond: FollowerBounds = {};
  if (tier) {
    const r = tierRange(tier, scheme);
    cond.gte = r.min;
    if (r.max !== null) cond.lt = r.max;
  }
  if (range?.min != null) cond.gte = Math.max(cond.gte ?? 0, range.min);
  if (range?.max != null) cond.lte = range.max;
  return Object.keys(cond).length ? cond : null;
}

function whereBounds(q: Knex.QueryBuilder, column: string, bounds: FollowerBounds): Knex.QueryBuilder {
  if (bounds.gte != null) q.where(column, '>=', bounds.gte);
  if (bounds.lt != null) q.where(column, '<', bounds.lt);
  if (bounds.lte != null) q.where(column, '<=', bounds.lte);
  return q;
}

export function validateFollowerRange(range: IntRange | null | undefined, path: string): ValidationError['issues'] {
  const issues = [];
  if (range?.min != null && range.min < 0) issues.push({ field: `${path}.min`, message: 'must be ≥ 0' });
  if (range?.min != null && range.max != null && range.max < range.min) {
    issues.push({ field: `${path}.max`, message: 'must be ≥ min' });
  }
  return issues;
}

export function validateFloatRange(range: FloatRange | null | undefined, path: string): ValidationError['issues'] {
  const issues = [];
  for (const end of ['min', 'max'] as const) {
    const v = range?.[end];
    if (v != null && !Number.isFinite(v)) issues.push({ field: `${path}.${end}`, message: 'must be a finite number' });
  }
  if (range?.min != null && range.max != null && range.max < range.min) {
    issues.push({ field: `${path}.max`, message: 'must be ≥ min' });
  }
  return issues;
}

const METRIC_FIELDS: readonly CreatorMetricOrderField[] = [
  'ENGAGEMENT_RATE',
  'RELIABLE_ENGAGEMENT_RATE',
  'AUTHENTICITY_SCORE',
  'ENGAGEMENT_LOWER_BOUND',
  'EXPECTED_INTERACTIONS',
  'ESTIMATED_CPE',
  'AVG_INTERACTIONS',
  'GROWTH',
];

const hasRange = (range: FloatRange | null | undefined) => range != null && (range.min != null || range.max != null);

/** Each range filter and the computed field it reads. */
const RANGE_FILTERS = [
  ['engagementRate', 'ENGAGEMENT_RATE'],
  ['reliableEngagementRate', 'RELIABLE_ENGAGEMENT_RATE'],
  ['growth', 'GROWTH'],
  ['sponsoredShare', 'SPONSORED_SHARE'],
  ['engagementLowerBound', 'ENGAGEMENT_LOWER_BOUND'],
] as const satisfies readonly (readonly [keyof CreatorFilter, CreatorMetricField])[];

/** The computed metrics a filter and order need; empty when SQL alone answers. */
export function creatorMetricFields(filter: CreatorFilter, order: CreatorOrder): Set<CreatorMetricField> {
  const fields = new Set<CreatorMetricField>();
  for (const [key, field] of RANGE_FILTERS) if (hasRange(filter[key])) fields.add(field);
  if (filter.minAuthenticity != null) fields.add('AUTHENTICITY_SCORE');
  if (filter.minSampleSize != null) fields.add('SAMPLE_SIZE');
  if ((METRIC_FIELDS as readonly string[]).includes(order.field)) fields.add(order.field as CreatorMetricField);
  return fields;
}

function inRange(value: number | null | undefined, range: FloatRange | null | undefined): boolean {
  if (!range || (range.min == null && range.max == null)) return true;
  if (value == null) return false;
  return (range.min == null || value >= range.min) && (range.max == null || value <= range.max);
}

/** Bounds of `search`: each request does bounded work. */
export const SEARCH_LIMITS = {
  /** Shorter text matches too much to be a search (after trimming). */
  minLength: 2,
  maxLength: 100,
  /** Matches considered per search (and counted in totalCount): the best ones by the search order. */
  maxMatches: 1000,
} as const;

function validateSearchText(text: string): string {
  const needle = text.trim().replace(/^@/, '').toLowerCase();
  if (needle.length < SEARCH_LIMITS.minLength) {
    throw new ValidationError([
      {
        field: 'text',
        message: `must have at least ${SEARCH_LIMITS.minLength} characters besides spaces and a leading @`,
      },
    ]);
  }
  if (needle.length > SEARCH_LIMITS.maxLength) {
    throw new ValidationError([{ field: 'text', message: `must have at most ${SEARCH_LIMITS.maxLength} characters` }]);
  }
  return needle;
}

/** A search cursor: (rank, followers) of the last creator and its id. */
function decodeSearchCursor(cursor: string): SearchKey {
  const { value, id } = decodeCursor(cursor, 'string', 'after');
  const match = /^([01]):(\d+)$/.exec(String(value));
  if (!match) throw new ValidationError([{ field: 'after', message: 'not a cursor of this search' }]);
  return { rank: Number(match[1]), followers: Number(match[2]), id };
}

/** One creator sharing a looked-up handle. */
export interface HandleMatch {
  platform: Platform;
  handle: string;
  creator: CatalogCreator;
}

/**
 * A handle used by accounts of more than one creator, looked up without a platform: the caller must say
 * which (VALIDATION, with the matches).
 */
export class AmbiguousHandleError extends ValidationError {
  constructor(
    readonly handle: string,
    readonly matches: readonly HandleMatch[],
  ) {
    super(
      [{ field: 'platform', message: 'required: several creators have an account with this handle' }],
      `Handle "${handle}" belongs to ${new Set(matches.map((m) => m.creator.id)).size} creators (${matches
        .map((m) => `${m.platform}: ${m.creator.name}`)
        .join(', ')}); give a platform.`,
    );
    this.name = 'AmbiguousHandleError';
  }
}

/** Rules of creators and accounts; reads return plain rows (CreatorRepository holds their SQL). */
export class CreatorService {
  private readonly repository: CreatorRepository;

  constructor(
    private readonly em: EntityManager,
    private readonly scheme: TierScheme = MEDIAKIX_2019,
  ) {
    this.repository = new CreatorRepository(em);
  }

  /** Ids of the creators a filter matches, as a subquery (the same rule as `list`, for export and joins). */
  matchingIds(filter: CreatorFilter = {}): Knex.QueryBuilder {
    return this.filteredQuery(filter).select('c.id');
  }

  /** The creators a filter matches (`c`), without select or order: plain SQL, built without the ORM's criteria. */
  private filteredQuery(filter: CreatorFilter = {}): Knex.QueryBuilder {
    const knex = this.em.getKnex();
    const q = knex('creators as c');
    const followers = rangeCondition(filter.followers, filter.tier, this.scheme);
    if (filter.platform) {
      const sub = knex('accounts as a').select('a.creator_id').where('a.platform', filter.platform);
      q.whereIn('c.id', followers ? whereBounds(sub, 'a.followers', followers) : sub);
    } else if (followers) {
      whereBounds(q, 'c.max_followers', followers);
    }
    if (filter.niches?.length) {
      const niches = filter.niches.map((n) => n.toLowerCase());
      q.whereIn('c.id', knex('creator_niches as n').select('n.creator_id').whereIn('n.niche', niches));
    }
    if (filter.country) q.where('c.country', filter.country.toUpperCase());
    if (filter.nameContains) q.where('c.name', 'like', `%${filter.nameContains.replace(/[%_]/g, '')}%`);
    const brand = filter.brand?.trim().toLowerCase();
    if (brand) {
      // From the brand's sponsored posts (a partial index on lower(brand)) to their creators.
      const sponsored = knex('posts as bp')
        .join('accounts as ba', 'ba.id', 'bp.account_id')
        .select('ba.creator_id')
        .whereRaw('bp.sponsored = true')
        .whereRaw('lower(bp.brand) = ?', [brand]);
      if (filter.platform) {
        // Only the metric account: the creator's largest account on the platform.
        sponsored.where('ba.platform', filter.platform).where(
          'ba.id',
          knex('accounts as bm')
            .select('bm.id')
            .whereRaw('bm.creator_id = ba.creator_id')
            .where('bm.platform', filter.platform)
            .orderBy([
              { column: 'bm.followers', order: 'desc' },
              { column: 'bm.id', order: 'asc' },
            ])
            .limit(1),
        );
      }
      q.whereIn('c.id', sponsored);
    }
    return q;
  }

  /** Runs a knex-built statement in the entity manager's transaction, if any. */
  private run(query: Knex.QueryBuilder): Promise<Record<string, unknown>[]> {
    return this.em.execute<Record<string, unknown>[]>(query, [], 'all');
  }

  /**
   * A page of creators. Filters and orderings on metrics (engagement, reliable engagement, authenticity)
   * need `metrics`: see `computedPage`.
   */
  async list(
    filter: CreatorFilter,
    order: CreatorOrder,
    args: PageArgs,
    metrics?: CreatorMetricSource,
  ): Promise<Page<CatalogCreator>> {
    const fields = creatorMetricFields(filter, order);
    if (fields.size > 0) {
      if (!metrics) throw new Error('Metric filters and orderings need a metric source');
      return this.computedPage(filter, order, args, fields, metrics);
    }
    const sort = {
      ...CREATOR_SORTS[order.field as Exclude<CreatorOrderField, CreatorMetricOrderField>],
      direction: order.direction,
    };
    return keysetRows(this.filteredQuery(filter), sort, args, {
      columns: CREATOR_COLUMNS,
      id: 'c.id',
      run: (q) => this.run(q),
      map: catalogCreator,
    });
  }

  /**
   * Metric filters and orderings. The SQL filters narrow the candidates; the metrics of every candidate's
   * primary account are computed in bulk (a bounded number of statements: peer groups come from the
   * metrics cache), then filtered, sorted (nulls last, ties by id) and paged in memory with a cursor of
   * (value, id) that has the keyset cursors' format. Costs O(candidates) memory and CPU per request: fine
   * for a catalog of thousands; the scalable follow-up is a materialized per-account summary table.
   */
  private async computedPage(
    filter: CreatorFilter,
    order: CreatorOrder,
    args: PageArgs,
    fields: ReadonlySet<CreatorMetricField>,
    metrics: CreatorMetricSource,
  ): Promise<Page<CatalogCreator>> {
    const { limit, backward } = pageSize(args);
    // Plain rows: hydrating every candidate as an entity costs more than all the metrics.
    const metricOrder = (METRIC_FIELDS as readonly string[]).includes(order.field);
    const { of: metricOf, ids } = await this.metricValues(filter, fields, metrics);
    // Ordered by a metric computed in SQL, the candidates are just ids: only the page's rows are read.
    const candidates =
      metricOrder && ids
        ? ids.map((id) => ({ id }) as CatalogCreator)
        : (await this.run(this.filteredQuery(filter).select(CREATOR_COLUMNS))).map(catalogCreator);
    const kept = candidates.filter(
      (c) =>
        RANGE_FILTERS.every(([key, field]) => inRange(metricOf(c, field), filter[key])) &&
        (filter.minAuthenticity == null || (metricOf(c, 'AUTHENTICITY_SCORE') ?? -1) >= filter.minAuthenticity) &&
        (filter.minSampleSize == null || (metricOf(c, 'SAMPLE_SIZE') ?? -1) >= filter.minSampleSize),
    );
    const field = order.field;
    const kind: KeysetSort<CatalogCreator>['kind'] = field === 'NAME' ? 'string' : 'number';
    const sortValue = (c: CatalogCreator): string | number | null =>
      (METRIC_FIELDS as readonly string[]).includes(field)
        ? metricOf(c, field as CreatorMetricField)
        : (CREATOR_SORTS[field as Exclude<CreatorOrderField, CreatorMetricOrderField>].value(c) as string | number);
    const sign = order.direction === 'ASC' ? 1 : -1;
    // Total order: value in the requested direction with nulls last, then id in the same direction.
    const compare = (a: { v: string | number | null; id: number }, b: { v: string | number | null; id: number }) => {
      if (a.v !== b.v) {
        if (a.v === null) return 1;
        if (b.v === null) return -1;
        return (a.v < b.v ? -1 : 1) * sign;
      }
      return (a.id - b.id) * sign;
    };
    const sorted = kept.map((c) => ({ c, v: sortValue(c), id: c.id })).sort(compare);
    const cursor = backward ? args.before : args.after;
    let from = 0;
    let to = sorted.length;
    if (cursor) {
      const at = decodeCursor(cursor, kind, backward ? 'before' : 'after');
      const key = { v: at.value instanceof Date ? at.value.getTime() : at.value, id: at.id };
      // Strictly after the cursor going forward; strictly before it going backward.
      const index = sorted.findIndex((s) => (backward ? compare(s, key) >= 0 : compare(s, key) > 0));
      if (backward) to = index === -1 ? sorted.length : index;
      else from = index === -1 ? sorted.length : index;
    }
    const window = sorted.slice(from, to);
    const slice = backward ? window.slice(Math.max(0, window.length - limit)) : window.slice(0, limit);
    return {
      items: metricOrder && ids ? await this.inOrder(slice.map((s) => s.c.id)) : slice.map((s) => s.c),
      cursors: slice.map((s) => encodeCursor(s.v, s.id)),
      hasNextPage: backward ? to < sorted.length : from + limit < sorted.length,
      hasPreviousPage: backward ? window.length > limit : from > 0,
      totalCount: async () => kept.length,
    };
  }

  /** Each candidate's metric values: computed by the database when the source can, else from its metric account ids. */
  private async metricValues(
    filter: CreatorFilter,
    fields: ReadonlySet<CreatorMetricField>,
    metrics: CreatorMetricSource,
  ): Promise<{ of: (c: CatalogCreator, field: CreatorMetricField) => number | null; ids: number[] | null }> {
    const platform = filter.platform ?? null;
    const byCreator = await metrics.creatorMetricValuesOf?.(this.matchingIds(filter), fields, platform);
    if (byCreator) return { of: (c, field) => byCreator.get(c.id)?.[field] ?? null, ids: [...byCreator.keys()] };
    const candidates = this.em
      .getKnex()('accounts as pa')
      .select('pa.id', 'pa.creator_id')
      .whereIn('pa.creator_id', this.matchingIds(filter))
      .orderBy([
        { column: 'pa.followers', order: 'desc' },
        { column: 'pa.id', order: 'asc' },
      ]);
    if (platform) candidates.where('pa.platform', platform);
    const accounts = await this.run(candidates);
    const primary = new Map<number, number>();
    for (const a of accounts) {
      if (!primary.has(Number(a.creator_id))) primary.set(Number(a.creator_id), Number(a.id));
    }
    const values = await metrics.creatorMetricValues([...primary.values()], fields);
    return {
      of: (c, field) => {
        const accountId = primary.get(c.id);
        return accountId === undefined ? null : (values.get(accountId)?.[field] ?? null);
      },
      ids: null,
    };
  }

  /** Creators by id, in the order of `ids`. */
  private async inOrder(ids: readonly number[]): Promise<CatalogCreator[]> {
    const rows = new Map((await this.byIds(ids)).map((c) => [c.id, c]));
    return ids.map((id) => rows.get(id)).filter((c): c is CatalogCreator => c !== undefined);
  }

  byIds(ids: readonly number[]): Promise<CatalogCreator[]> {
    return this.repository.creatorsByIds(ids);
  }

  /**
   * The creator with an account of this handle (on `platform`, when given). AmbiguousHandleError when,
   * without a platform, accounts of different creators share the handle.
   */
  async byHandle(handle: string, platform?: Platform | null): Promise<CatalogCreator | null> {
    const matches = await this.repository.creatorsByHandle(handle, platform ?? null);
    const creators = new Set(matches.map((m) => m.creator.id));
    if (creators.size > 1) throw new AmbiguousHandleError(normalizeHandle(handle), matches);
    return matches[0]?.creator ?? null;
  }

  /**
   * Creators whose name or any account handle contains `text` (case-insensitive): prefix matches first,
   * then by followers (largest first), then id. ValidationError for text shorter than SEARCH_LIMITS.minLength
   * (after trimming) or longer than maxLength.
   */
  async search(text: string, args: PageArgs): Promise<Page<CatalogCreator>> {
    const needle = validateSearchText(text);
    const { limit, backward } = pageSize(args);
    if (backward) throw new ValidationError([{ field: 'last', message: 'search pages forward only (first/after)' }]);
    const after = args.after ? decodeSearchCursor(args.after) : null;
    const rows = await this.repository.search(needle, limit + 1, after, SEARCH_LIMITS.maxMatches);
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => r.creator),
      cursors: page.map((r) => encodeCursor(`${r.rank}:${r.creator.maxFollowers}`, r.creator.id)),
      hasNextPage: rows.length > limit,
      hasPreviousPage: after !== null,
      totalCount: () => this.repository.searchCount(needle, SEARCH_LIMITS.maxMatches),
    };
  }

  /** Every niche with its number of creators, most creators first, then by name. */
  niches(limit: number): Promise<{ niche: string; creatorCount: number }[]> {
    return this.repository.nicheCounts(limit);
  }

  /** Accounts of the creators, largest first (ties by id). */
  accountsByCreatorIds(ids: readonly number[]): Promise<CatalogAccount[]> {
    return this.repository.accountsByCreatorIds(ids);
  }

  accountsByIds(ids: readonly number[]): Promise<CatalogAccount[]> {
    return this.repository.accountsByIds(ids);
  }

  accountByHandle(platform: Platform, handle: string): Promise<CatalogAccount | null> {
    return this.repository.accountByHandle(platform, handle);
  }

  /** Niches per creator, in the order they were added; creators without niches are absent. */
  nichesByCreatorIds(ids: readonly number[]): Promise<Map<number, string[]>> {
    return this.repository.nichesByCreatorIds(ids);
  }

  tierOf(followers: number): Tier {
    return classifyTier(followers, this.scheme);
  }
}
