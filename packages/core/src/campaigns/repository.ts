import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { keysetPage, type Page, type PageArgs } from '../common/pagination.js';
import { rowNumber } from '../common/rows.js';
import { Account, CreatorNiche, type IAccount } from '../creators/entity.js';
import { writeLock } from '../db/dialect.js';
import type { EntityManager } from '../db/orm.js';
import type { CampaignGoal, CampaignStatus, PostKind } from '../enums.js';
import { type FieldIssue, ValidationError } from '../errors.js';
import type { Platform } from '../metrics/config.js';
import type { InteractionComponent } from '../metrics/engagement.js';
import { Organization } from '../organizations/entity.js';
import { type IPost, Post } from '../posts/entity.js';
import { Campaign, CampaignMember, CampaignPost, type ICampaign, type ICampaignMember } from './entity.js';

/**
 * Every statement of the campaigns domain. Reads for decisions return plain rows (one mapper per row
 * kind, below); reads for writes return entities of the unit of work, whose flush writes them.
 * Lists of ids are chunked at ID_CHUNK per statement.
 */

/** Ids per `in (…)` list: far below the parameter limits of SQLite and PostgreSQL. */
export const ID_CHUNK = 1000;

export interface CampaignRow {
  id: number;
  organizationId: number;
  name: string;
  currency: string;
  budgetMinor: number;
  revenueMinor: number | null;
  conversions: number | null;
}

/** A member with the account facts its fee and authenticity need. */
export interface CampaignMemberRow {
  campaignId: number;
  accountId: number;
  feeMinor: number | null;
  deliverables: number;
  kind: PostKind;
  platform: Platform;
  followers: number;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

/**
 * One account's posts linked to one campaign, summed (the posts are the account's; the account need not be
 * a member). `rateSum` and `rated` are over the posts whose followers at post time are positive.
 */
export interface LinkedPostTotalsRow {
  campaignId: number;
  accountId: number;
  platform: Platform;
  posts: number;
  interactions: number;
  rateSum: number;
  rated: number;
  views: number;
  impressions: number;
  impressionsEstimated: number;
}

/** How linked posts are summed: which counts are interactions, and the reach factor of missing impressions per platform. */
export interface LinkedPostTotalsRules {
  interactions: readonly InteractionComponent[];
  reachFactor: Readonly<Record<Platform, number>>;
}

/** An account as decisions price and classify it. */
export interface PricedAccountRow {
  id: number;
  creatorId: number;
  platform: Platform;
  followers: number;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

/** Accounts of one platform, optionally of any of some niches and within some follower ranges. */
export interface AccountSelection {
  platform: Platform;
  /** Normalized niche names, any of; empty or absent means every niche. */
  niches?: readonly string[];
  /** Follower ranges `min ≤ followers < max` (max null: unbounded), any of; absent means every count. */
  followerRanges?: readonly { min: number; max: number | null }[];
}

/** A campaign's fields as written on creation. */
export interface NewCampaign {
  name: string;
  brand: string;
  goal: CampaignGoal;
  status: CampaignStatus;
  currency: string;
  budgetMinor: number;
  startsAt: Date;
  endsAt: Date | null;
}

type Row = Record<string, unknown>;

function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const idOf = (ref: unknown) => (ref as { id: number }).id;
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

// ---- Row mappers (raw rows: column names, driver types) ---------------------------------------------

const campaignRow = (r: Row): CampaignRow => ({
  id: Number(r.id),
  organizationId: Number(r.organization_id),
  name: String(r.name),
  currency: String(r.currency),
  budgetMinor: Number(r.budget_minor),
  revenueMinor: rowNumber(r.revenue_minor),
  conversions: rowNumber(r.conversions),
});

const memberRow = (r: Row): CampaignMemberRow => ({
  campaignId: Number(r.campaign_id),
  accountId: Number(r.account_id),
  feeMinor: rowNumber(r.fee_minor),
  deliverables: Number(r.deliverables),
  kind: String(r.kind) as PostKind,
  platform: String(r.platform) as Platform,
  followers: Number(r.followers),
  ratePerPostMinor: rowNumber(r.rate_per_post_minor),
  rateCurrency: text(r.rate_currency),
});

const linkedPostTotalsRow = (r: Row): LinkedPostTotalsRow => ({
  campaignId: Number(r.campaign_id),
  accountId: Number(r.account_id),
  platform: String(r.platform) as Platform,
  posts: Number(r.posts),
  interactions: Number(r.interactions),
  // A sum of nulls only (no post with a positive base) is null in SQL.
  rateSum: rowNumber(r.rate_sum) ?? 0,
  rated: Number(r.rated),
  views: Number(r.views),
  impressions: Number(r.impressions),
  impressionsEstimated: Number(r.impressions_estimated),
});

const pricedAccountRow = (r: Row): PricedAccountRow => ({
  id: Number(r.id),
  creatorId: Number(r.creator_id),
  platform: String(r.platform) as Platform,
  followers: Number(r.followers),
  ratePerPostMinor: rowNumber(r.rate_per_post_minor),
  rateCurrency: text(r.rate_currency),
});

/** A post's followers at post time: the latest snapshot at or before it, else the earliest (after it), else now. */
const FOLLOWERS_AT_POST = raw(
  `coalesce(
     (select s.followers from follower_snapshots s
       where s.account_id = p.account_id and s.captured_at <= p.posted_at
       order by s.captured_at desc limit 1),
     (select s.followers from follower_snapshots s
       where s.account_id = p.account_id order by s.captured_at asc limit 1),
     a.followers) as base`,
);

/** The interaction counts as columns of `posts p`; a count the platform did not report (null) is 0. */
const INTERACTION_COLUMNS: Readonly<Record<InteractionComponent, string>> = {
  likes: 'p.likes',
  comments: 'p.comments',
  shares: 'p.shares',
  saves: 'p.saves',
};

/**
 * A LIMIT no result reaches: it keeps SQLite and PostgreSQL from merging the per-post sub-select into the
 * aggregate above it, which would copy `base` (two correlated sub-queries) into every sum that uses it.
 */
const NO_MERGE_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Campaign statements for one organization. Construct it with the EntityManager of the unit of work:
 * the request's for reads, the transaction's inside a write.
 */
export class CampaignRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: number,
  ) {}

  // ---- Decision reads (plain rows) ---------------------------------------------------------------

  /** campaigns-by-id: any organization's (the caller checks ownership, so unknown and foreign look alike). */
  async campaignRows(ids: readonly number[]): Promise<CampaignRow[]> {
    const out: CampaignRow[] = [];
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.em
        .createQueryBuilder(Campaign, 'c')
        .select(['id', 'organization', 'name', 'currency', 'budgetMinor', 'revenueMinor', 'conversions'])
        .where({ id: { $in: part } })
        .execute<Row[]>('all', false);
      out.push(...rows.map(campaignRow));
    }
    return out;
  }

  /** members-with-accounts: the campaigns' members in the order they were added, with their accounts' facts. */
  async memberRows(campaignIds: readonly number[]): Promise<CampaignMemberRow[]> {
    const out: CampaignMemberRow[] = [];
    for (const part of chunks(campaignIds)) {
      const rows = await this.em
        .createQueryBuilder(CampaignMember, 'm')
        // The joined relation's key by column name: its property name would select the joined row's id.
        .select(['m.campaign', 'm.account_id', 'm.feeMinor', 'm.deliverables', 'm.kind'])
        .addSelect(['a.platform', 'a.followers', 'a.ratePerPostMinor', 'a.rateCurrency'])
        .join('m.account', 'a')
        .where({ campaign: { $in: part } })
        .orderBy({ campaign: 'asc', id: 'asc' })
        .execute<Row[]>('all', false);
      out.push(...rows.map(memberRow));
    }
    return out;
  }

  /**
   * linked-post-totals: per campaign and account, sums over the posts linked to the campaigns and published
   * at or before asOf — what the campaign metrics need of them (computeCampaignMetrics' postTotals). Per
   * post, as metricsFor defined it on single rows: interactions = Σ the rules' counts (null counting 0);
   * base = followers at post time (two correlated sub-queries on follower_snapshots' (account_id,
   * captured_at) index); rate = interactions / base when base > 0; impressions = the post's, else base ×
   * reach factor (estimated). One row per (campaign, account) with a linked post, in that order.
   */
  async linkedPostTotals(
    campaignIds: readonly number[],
    asOf: Date,
    rules: LinkedPostTotalsRules,
  ): Promise<LinkedPostTotalsRow[]> {
    // bigint: four int counts of one post may exceed int on PostgreSQL; SQLite integers are 64-bit anyway.
    const interactions =
      rules.interactions.map((c) => `cast(coalesce(${INTERACTION_COLUMNS[c]}, 0) as bigint)`).join(' + ') || '0';
    const knex = this.em.getKnex();
    // The reach factor of the post's platform (an account has one platform, so it is constant per group).
    const platforms = Object.entries(rules.reachFactor);
    const reach = `case platform ${platforms.map(() => 'when ? then cast(? as double precision)').join(' ')} end`;
    const reachBindings = platforms.flat();
    const out: LinkedPostTotalsRow[] = [];
    for (const part of chunks(campaignIds)) {
      const perPost = this.em
        .createQueryBuilder(CampaignPost, 'cp')
        .select([
          'cp.campaign',
          'p.account_id',
          'a.platform',
          raw(`${interactions} as interactions`),
          'p.views',
          'p.impressions',
        ])
        .addSelect(FOLLOWERS_AT_POST)
        .join('cp.post', 'p')
        .join('p.account', 'a')
        .where({ campaign: { $in: part }, 'p.postedAt': { $lte: asOf } })
        .limit(NO_MERGE_LIMIT)
        .getKnexQuery();
      const query = knex
        .select(
          'campaign_id',
          'account_id',
          'platform',
          knex.raw('count(*) as posts'),
          knex.raw('sum(interactions) as interactions'),
          // "double precision" is a REAL type to SQLite too: the division is a float one on both engines.
          knex.raw('sum(case when base > 0 then cast(interactions as double precision) / base end) as rate_sum'),
          knex.raw('sum(case when base > 0 then 1 else 0 end) as rated'),
          knex.raw('sum(coalesce(views, 0)) as views'),
          knex.raw(`sum(coalesce(impressions, base * ${reach})) as impressions`, reachBindings),
          knex.raw('sum(case when impressions is null then 1 else 0 end) as impressions_estimated'),
        )
        .from(perPost.as('linked'))
        .groupBy('campaign_id', 'account_id', 'platform')
        .orderBy([
          { column: 'campaign_id', order: 'asc' },
          { column: 'account_id', order: 'asc' },
        ]);
      const rows: Row[] = await this.em.execute(query);
      out.push(...rows.map(linkedPostTotalsRow));
    }
    return out;
  }

  private accountWhere(selection: AccountSelection) {
    const where: Record<string, unknown> = { platform: selection.platform };
    if (selection.niches?.length) {
      const creators = this.em
        .createQueryBuilder(CreatorNiche, 'n')
        .select('n.creator')
        .where({ niche: { $in: [...selection.niches] } });
      where.creator = { $in: creators.getKnexQuery() };
    }
    if (selection.followerRanges?.length) {
      where.$or = selection.followerRanges.map((r) => ({
        followers: r.max === null ? { $gte: r.min } : { $gte: r.min, $lt: r.max },
      }));
    }
    return where;
  }

  /** accounts-selected: the platform's accounts (niches, follower ranges) by id. */
  async accountRows(selection: AccountSelection): Promise<PricedAccountRow[]> {
    const rows = await this.em
      .createQueryBuilder(Account, 'a')
      .select(['id', 'creator', 'platform', 'followers', 'ratePerPostMinor', 'rateCurrency'])
      .where(this.accountWhere(selection))
      .orderBy({ id: 'asc' })
      .execute<Row[]>('all', false);
    return rows.map(pricedAccountRow);
  }

  /** niches-of-selected: niches of the selected accounts' creators, by creator id (in the order stored). */
  async nichesOfAccounts(selection: AccountSelection): Promise<Map<number, string[]>> {
    const creators = this.em.createQueryBuilder(Account, 'a').select('a.creator').where(this.accountWhere(selection));
    const rows = await this.em
      .createQueryBuilder(CreatorNiche, 'cn')
      .select(['creator', 'niche'])
      .where({ creator: { $in: creators.getKnexQuery() } })
      .orderBy({ id: 'asc' })
      .execute<Row[]>('all', false);
    const out = new Map<number, string[]>();
    for (const r of rows) {
      const id = Number(r.creator_id);
      out.set(id, [...(out.get(id) ?? []), String(r.niche)]);
    }
    return out;
  }

  // ---- Campaign reads (entities) -----------------------------------------------------------------

  /** campaigns-page: this organization's campaigns, newest first, optionally of some statuses. */
  page(statuses: readonly string[] | null | undefined, args: PageArgs): Promise<Page<ICampaign>> {
    const qb = this.em.createQueryBuilder(Campaign, 'c').where({ organization: this.organizationId });
    if (statuses?.length) qb.andWhere({ status: { $in: [...statuses] } });
    return keysetPage(qb, { property: 'id', kind: 'number', direction: 'DESC', value: (c) => c.id }, args);
  }

  /** own-campaigns-by-id: this organization's campaigns among the ids. */
  byIds(ids: readonly number[]): Promise<ICampaign[]> {
    return this.em.find(Campaign, { id: { $in: [...ids] }, organization: this.organizationId });
  }

  /** own-members-by-id: members (by their own id) of this organization's campaigns among the ids. */
  membersByIds(ids: readonly number[]): Promise<ICampaignMember[]> {
    return this.em.find(CampaignMember, { id: { $in: [...ids] }, campaign: { organization: this.organizationId } });
  }

  /** own-members-by-campaign: members of this organization's campaigns among the ids, in the order added. */
  membersOf(campaignIds: readonly number[]): Promise<ICampaignMember[]> {
    return this.em.find(
      CampaignMember,
      { campaign: { $in: [...campaignIds], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
  }

  /** own-links-by-campaign: linked post ids per campaign (every id asked has an entry), in the order linked. */
  async postIdsOf(campaignIds: readonly number[]): Promise<Map<number, number[]>> {
    const links = await this.em.find(
      CampaignPost,
      { campaign: { $in: [...campaignIds], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
    const out = new Map<number, number[]>(campaignIds.map((id) => [id, []]));
    for (const l of links) out.get(idOf(l.campaign))?.push(idOf(l.post));
    return out;
  }

  /**
   * own-campaign: the campaign if this organization's, else null. With `lock` (inside a write) it stays
   * locked for the rest of the transaction on PostgreSQL, so concurrent writes to one campaign serialize;
   * only this organization's campaign is ever locked.
   */
  ownCampaign(id: number, lock: boolean): Promise<ICampaign | null> {
    return this.em.findOne(Campaign, { id, organization: this.organizationId }, lock ? writeLock(this.em) : {});
  }

  /** fees-recorded: members of the campaign with an agreed fee. */
  countMembersWithFee(campaignId: number): Promise<number> {
    return this.em.count(CampaignMember, { campaign: campaignId, feeMinor: { $ne: null } });
  }

  /** account-by-id. */
  account(id: number): Promise<IAccount | null> {
    return this.em.findOne(Account, { id });
  }

  /** account-exists. */
  async accountExists(id: number): Promise<boolean> {
    return (await this.em.count(Account, { id })) > 0;
  }

  /** membership: whether the account is a member of the campaign. */
  async isMember(campaignId: number, accountId: number): Promise<boolean> {
    return (await this.em.count(CampaignMember, { campaign: campaignId, account: accountId })) > 0;
  }

  /** member: the account's membership of the campaign. */
  member(campaignId: number, accountId: number): Promise<ICampaignMember | null> {
    return this.em.findOne(CampaignMember, { campaign: campaignId, account: accountId });
  }

  /** member-accounts: account ids of the campaign's members. */
  async memberAccountIds(campaignId: number): Promise<Set<number>> {
    const members = await this.em.find(CampaignMember, { campaign: campaignId });
    return new Set(members.map((m) => idOf(m.account)));
  }

  /** posts-by-id: the posts that exist among the ids. */
  async posts(ids: readonly number[]): Promise<Map<number, IPost>> {
    return new Map((await this.em.find(Post, { id: { $in: [...ids] } })).map((p) => [p.id, p]));
  }

  /** links-of-posts: the campaign's links to the posts, in the order linked. */
  links(campaignId: number, postIds: readonly number[]) {
    return this.em.find(
      CampaignPost,
      { campaign: campaignId, post: { $in: [...postIds] } },
      { orderBy: { id: 'asc' } },
    );
  }

  /** links-of-account: the campaign's links to posts of the account, in the order linked. */
  linksOfAccount(campaignId: number, accountId: number) {
    return this.em.find(
      CampaignPost,
      { campaign: campaignId, post: { account: accountId } },
      { orderBy: { id: 'asc' } },
    );
  }

  // ---- Writes (unit of work: the statements run at flush) ----------------------------------------

  newCampaign(data: NewCampaign): ICampaign {
    return this.em.create(Campaign, { organization: this.em.getReference(Organization, this.organizationId), ...data });
  }

  newMember(
    campaign: ICampaign,
    account: IAccount,
    feeMinor: number | null,
    deliverables: number,
    kind: PostKind,
  ): ICampaignMember {
    return this.em.create(CampaignMember, { campaign, account, feeMinor, deliverables, kind });
  }

  newLink(campaign: ICampaign, post: IPost): void {
    this.em.create(CampaignPost, { campaign, post });
  }

  remove(entities: object | object[]): void {
    this.em.remove(entities);
  }

  /** Writes the unit of work's changes. */
  flush(): Promise<void> {
    return this.em.flush();
  }

  /** Flushes; a unique-key clash from a concurrent write becomes a validation issue (the transaction rolls back). */
  async flushUnique(issue: FieldIssue): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ValidationError([issue]);
      throw error;
    }
  }
}
