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
import type { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { classifyTier, MEDIAKIX_2019, type Tier, type TierScheme, tierRange } from '../metrics/tiers.js';
import {
  type CatalogAccount,
  type CatalogCreator,
  CREATOR_COLUMNS,
  CreatorRepository,
  catalogCreator,
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
  /** Engagement rate of the primary (largest) account, default method and window, inclusive. Computed. */
  engagementRate?: FloatRange | null;
  /** Reliable engagement rate of the primary account, default method and window, inclusive. Computed. */
  reliableEngagementRate?: FloatRange | null;
  /** Authenticity score (0–100) of the primary account at least this. Computed. */
  minAuthenticity?: number | null;
}

export interface FloatRange {
  min?: number | null;
  max?: number | null;
}

/** Creator orderings and filters computed from metrics rather than stored columns. */
export type CreatorMetricField = 'ENGAGEMENT_RATE' | 'RELIABLE_ENGAGEMENT_RATE' | 'AUTHENTICITY_SCORE';

/** Computes metric values for accounts (MetricsService implements it). */
export interface CreatorMetricSource {
  /**
   * The metrics of each candidate creator's primary account computed in SQL, by creator id (every
   * candidate present); null when this source cannot, and then creatorMetricValues is used.
   */
  creatorMetricValuesOf?(
    creatorIds: ReturnType<CreatorService['matchingIds']>,
    fields: ReadonlySet<CreatorMetricField>,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>> | null>;
  creatorMetricValues(
    accountIds: readonly number[],
    fields: ReadonlySet<CreatorMetricField>,
  ): Promise<Map<number, Partial<Record<CreatorMetricField, number | null>>>>;
}

export type CreatorOrderField = 'FOLLOWERS' | 'NAME' | 'CREATED_AT' | CreatorMetricField;
export interface CreatorOrder {
  field: CreatorOrderField;
  direction: SortDirection;
}

/** Sort columns of the creators query (`c` is creators). */
const CREATOR_SORTS: Record<
  Exclude<CreatorOrderField, CreatorMetricField>,
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

const METRIC_FIELDS: readonly CreatorMetricField[] = [
  'ENGAGEMENT_RATE',
  'RELIABLE_ENGAGEMENT_RATE',
  'AUTHENTICITY_SCORE',
];

/** The computed metrics a filter and order need; empty when SQL alone answers. */
export function creatorMetricFields(filter: CreatorFilter, order: CreatorOrder): Set<CreatorMetricField> {
  const fields = new Set<CreatorMetricField>();
  if (filter.engagementRate && (filter.engagementRate.min != null || filter.engagementRate.max != null)) {
    fields.add('ENGAGEMENT_RATE');
  }
  if (
    filter.reliableEngagementRate &&
    (filter.reliableEngagementRate.min != null || filter.reliableEngagementRate.max != null)
  ) {
    fields.add('RELIABLE_ENGAGEMENT_RATE');
  }
  if (filter.minAuthenticity != null) fields.add('AUTHENTICITY_SCORE');
  if ((METRIC_FIELDS as readonly string[]).includes(order.field)) fields.add(order.field as CreatorMetricField);
  return fields;
}

function inRange(value: number | null | undefined, range: FloatRange | null | undefined): boolean {
  if (!range || (range.min == null && range.max == null)) return true;
  if (value == null) return false;
  return (range.min == null || value >= range.min) && (range.max == null || value <= range.max);
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
      ...CREATOR_SORTS[order.field as Exclude<CreatorOrderField, CreatorMetricField>],
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
        inRange(metricOf(c, 'ENGAGEMENT_RATE'), filter.engagementRate) &&
        inRange(metricOf(c, 'RELIABLE_ENGAGEMENT_RATE'), filter.reliableEngagementRate) &&
        (filter.minAuthenticity == null || (metricOf(c, 'AUTHENTICITY_SCORE') ?? -1) >= filter.minAuthenticity),
    );
    const field = order.field;
    const kind: KeysetSort<CatalogCreator>['kind'] = field === 'NAME' ? 'string' : 'number';
    const sortValue = (c: CatalogCreator): string | number | null =>
      (METRIC_FIELDS as readonly string[]).includes(field)
        ? metricOf(c, field as CreatorMetricField)
        : (CREATOR_SORTS[field as Exclude<CreatorOrderField, CreatorMetricField>].value(c) as string | number);
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

  /** Each candidate's metric values: computed by the database when the source can, else from its primary account ids. */
  private async metricValues(
    filter: CreatorFilter,
    fields: ReadonlySet<CreatorMetricField>,
    metrics: CreatorMetricSource,
  ): Promise<{ of: (c: CatalogCreator, field: CreatorMetricField) => number | null; ids: number[] | null }> {
    const byCreator = await metrics.creatorMetricValuesOf?.(this.matchingIds(filter), fields);
    if (byCreator) return { of: (c, field) => byCreator.get(c.id)?.[field] ?? null, ids: [...byCreator.keys()] };
    const accounts = await this.run(
      this.em
        .getKnex()('accounts as pa')
        .select('pa.id', 'pa.creator_id')
        .whereIn('pa.creator_id', this.matchingIds(filter))
        .orderBy([
          { column: 'pa.followers', order: 'desc' },
          { column: 'pa.id', order: 'asc' },
        ]),
    );
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

  /** A handle on any platform; the largest account wins when several creators share it. */
  byHandle(handle: string, platform?: Platform | null): Promise<CatalogCreator | null> {
    return this.repository.creatorByHandle(handle, platform ?? null);
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
