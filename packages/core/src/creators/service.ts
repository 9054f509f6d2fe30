import {
  decodeCursor,
  encodeCursor,
  type KeysetSort,
  keysetPage,
  type Page,
  type PageArgs,
  pageSize,
  type SortDirection,
} from '../common/pagination.js';
import type { EntityManager } from '../db/orm.js';
import type { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { classifyTier, MEDIAKIX_2019, type Tier, type TierScheme, tierRange } from '../metrics/tiers.js';
import { Account, Creator, CreatorNiche, type IAccount, type ICreator } from './entity.js';

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

const CREATOR_SORTS: Record<Exclude<CreatorOrderField, CreatorMetricField>, Omit<KeysetSort<ICreator>, 'direction'>> = {
  FOLLOWERS: { property: 'maxFollowers', kind: 'number', value: (c) => c.maxFollowers },
  NAME: { property: 'name', kind: 'string', value: (c) => c.name },
  CREATED_AT: { property: 'id', kind: 'number', value: (c) => c.id },
};

function rangeCondition(range: IntRange | null | undefined, tier: Tier | null | undefined, scheme: TierScheme) {
  const cond: Record<string, number> = {};
  if (tier) {
    const r = tierRange(tier, scheme);
    cond.$gte = r.min;
    if (r.max !== null) cond.$lt = r.max;
  }
  if (range?.min != null) cond.$gte = Math.max(cond.$gte ?? 0, range.min);
  if (range?.max != null) cond.$lte = range.max;
  return Object.keys(cond).length ? cond : null;
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

export class CreatorService {
  constructor(
    private readonly em: EntityManager,
    private readonly scheme: TierScheme = MEDIAKIX_2019,
  ) {}

  /** Ids of the creators a filter matches, as a subquery (the same rule as `list`, for export and joins). */
  matchingIds(filter: CreatorFilter = {}) {
    return this.filteredQuery(filter).select('c.id').getKnexQuery();
  }

  private filteredQuery(filter: CreatorFilter = {}) {
    const qb = this.em.createQueryBuilder(Creator, 'c');
    const followerCond = rangeCondition(filter.followers, filter.tier, this.scheme);
    const and: object[] = [];
    if (filter.platform) {
      const sub = this.em
        .createQueryBuilder(Account, 'a')
        .select('a.creator')
        .where({ platform: filter.platform, ...(followerCond ? { followers: followerCond } : {}) });
      and.push({ id: { $in: sub.getKnexQuery() } });
    } else if (followerCond) {
      and.push({ maxFollowers: followerCond });
    }
    if (filter.niches?.length) {
      const sub = this.em
        .createQueryBuilder(CreatorNiche, 'n')
        .select('n.creator')
        .where({ niche: { $in: filter.niches.map((n) => n.toLowerCase()) } });
      and.push({ id: { $in: sub.getKnexQuery() } });
    }
    if (filter.country) and.push({ country: filter.country.toUpperCase() });
    if (filter.nameContains) and.push({ name: { $like: `%${filter.nameContains.replace(/[%_]/g, '')}%` } });
    if (and.length) qb.where({ $and: and } as never);
    return qb;
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
  ): Promise<Page<ICreator>> {
    const fields = creatorMetricFields(filter, order);
    if (fields.size > 0) {
      if (!metrics) throw new Error('Metric filters and orderings need a metric source');
      return this.computedPage(filter, order, args, fields, metrics);
    }
    const sort = {
      ...CREATOR_SORTS[order.field as Exclude<CreatorOrderField, CreatorMetricField>],
      direction: order.direction,
    };
    return keysetPage(this.filteredQuery(filter), sort, args);
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
  ): Promise<Page<ICreator>> {
    const { limit, backward } = pageSize(args);
    // Raw rows: hydrating every candidate as an entity costs more than all the metrics; only the page is mapped.
    const rows = await this.filteredQuery(filter).execute<Record<string, unknown>[]>('all', false);
    const candidates = rows.map((row) => ({
      id: Number(row.id),
      name: String(row.name),
      maxFollowers: Number(row.max_followers),
      row,
    }));
    const ids = this.matchingIds(filter);
    // Plain rows, not entities: a partial Account in the identity map would shadow later full loads.
    const accounts = await this.em
      .createQueryBuilder(Account, 'pa')
      .select(['id', 'creator'])
      .where({ creator: { $in: ids } } as never)
      .orderBy({ followers: 'desc', id: 'asc' })
      .execute<{ id: number; creator: number }[]>('all');
    const primary = new Map<number, number>();
    for (const a of accounts) {
      if (!primary.has(Number(a.creator))) primary.set(Number(a.creator), Number(a.id));
    }
    const values = await metrics.creatorMetricValues([...primary.values()], fields);
    type Candidate = (typeof candidates)[number];
    const metricOf = (c: Candidate, field: CreatorMetricField) => {
      const accountId = primary.get(c.id);
      return accountId === undefined ? null : (values.get(accountId)?.[field] ?? null);
    };
    const kept = candidates.filter(
      (c) =>
        inRange(metricOf(c, 'ENGAGEMENT_RATE'), filter.engagementRate) &&
        inRange(metricOf(c, 'RELIABLE_ENGAGEMENT_RATE'), filter.reliableEngagementRate) &&
        (filter.minAuthenticity == null || (metricOf(c, 'AUTHENTICITY_SCORE') ?? -1) >= filter.minAuthenticity),
    );
    const field = order.field;
    const kind: KeysetSort<ICreator>['kind'] = field === 'NAME' ? 'string' : 'number';
    const sortValue = (c: Candidate): string | number | null =>
      (METRIC_FIELDS as readonly string[]).includes(field)
        ? metricOf(c, field as CreatorMetricField)
        : (CREATOR_SORTS[field as Exclude<CreatorOrderField, CreatorMetricField>].value(c as unknown as ICreator) as
            | string
            | number);
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
      items: slice.map((s) => this.em.map(Creator, s.c.row) as ICreator),
      cursors: slice.map((s) => encodeCursor(s.v, s.id)),
      hasNextPage: backward ? to < sorted.length : from + limit < sorted.length,
      hasPreviousPage: backward ? window.length > limit : from > 0,
      totalCount: async () => kept.length,
    };
  }

  byIds(ids: readonly number[]): Promise<ICreator[]> {
    return this.em.find(Creator, { id: { $in: [...ids] } });
  }

  /** A handle on any platform; the largest account wins when several creators share it. */
  async byHandle(handle: string, platform?: Platform | null): Promise<ICreator | null> {
    const account = await this.em.findOne(
      Account,
      { handle: handle.replace(/^@/, '').toLowerCase(), ...(platform ? { platform } : {}) },
      { orderBy: { followers: 'desc' }, populate: ['creator'] },
    );
    return (account?.creator as ICreator | undefined) ?? null;
  }

  accountsByCreatorIds(ids: readonly number[]): Promise<IAccount[]> {
    return this.em.find(Account, { creator: { $in: [...ids] } }, { orderBy: { followers: 'desc', id: 'asc' } });
  }

  accountsByIds(ids: readonly number[]): Promise<IAccount[]> {
    return this.em.find(Account, { id: { $in: [...ids] } });
  }

  accountByHandle(platform: Platform, handle: string): Promise<IAccount | null> {
    return this.em.findOne(Account, { platform, handle: handle.replace(/^@/, '').toLowerCase() });
  }

  async nichesByCreatorIds(ids: readonly number[]): Promise<Map<number, string[]>> {
    const rows = await this.em.find(CreatorNiche, { creator: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const out = new Map<number, string[]>();
    for (const row of rows) {
      const key = (row.creator as { id: number }).id;
      out.set(key, [...(out.get(key) ?? []), row.niche]);
    }
    return out;
  }

  tierOf(followers: number): Tier {
    return classifyTier(followers, this.scheme);
  }
}
