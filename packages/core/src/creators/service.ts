import type { EntityManager } from '../db/orm.js';
import type { ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import { classifyTier, MEDIAKIX_2019, type Tier, type TierScheme, tierRange } from '../metrics/tiers.js';
import { type KeysetSort, keysetPage, type Page, type PageArgs, type SortDirection } from '../shared/pagination.js';
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
}

export type CreatorOrderField = 'FOLLOWERS' | 'NAME' | 'CREATED_AT';
export interface CreatorOrder {
  field: CreatorOrderField;
  direction: SortDirection;
}

const CREATOR_SORTS: Record<CreatorOrderField, Omit<KeysetSort<ICreator>, 'direction'>> = {
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

export class CreatorService {
  constructor(
    private readonly em: EntityManager,
    private readonly scheme: TierScheme = MEDIAKIX_2019,
  ) {}

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

  list(filter: CreatorFilter, order: CreatorOrder, args: PageArgs): Promise<Page<ICreator>> {
    const sort = { ...CREATOR_SORTS[order.field], direction: order.direction };
    return keysetPage(this.filteredQuery(filter), sort, args);
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
