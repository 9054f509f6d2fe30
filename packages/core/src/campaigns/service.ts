import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account } from '../creators/entity.js';
import type { EntityManager } from '../db/orm.js';
import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, type CampaignGoal, type CampaignStatus } from '../enums.js';
import { type FieldIssue, NotFoundError, ValidationError } from '../errors.js';
import { isKnownCurrency, type Money } from '../metrics/costs.js';
import { Organization } from '../organizations/entity.js';
import { type IPost, Post } from '../posts/entity.js';
import { keysetPage, type Page, type PageArgs } from '../shared/pagination.js';
import { CampaignCurrencyMismatchError } from './compare.js';
import { Campaign, CampaignMember, CampaignPost, type ICampaign, type ICampaignMember } from './entity.js';
import type { CampaignEventReason, CampaignEvents } from './events.js';

/** Re-exported: the API maps every campaign currency clash (this class and its subclasses) to one error type. */
export { CampaignCurrencyMismatchError };

export interface CampaignFilter {
  statuses?: CampaignStatus[] | null;
}

/**
 * Writes take the shapes of the API's inputs, and validation issues name the API's fields
 * (`input.budget.amountMinor`, `postIds.2`), so the API passes them through unchanged.
 */
export interface CreateCampaignInput {
  name: string;
  brand: string;
  goal: CampaignGoal;
  /** DRAFT by default; ARCHIVED only through `archiveCampaign`. */
  status?: CampaignStatus | null;
  /** ISO 4217; every fee and amount of the campaign is in it, for good. */
  currency: string;
  budget: Money;
  startsAt: Date;
  endsAt?: Date | null;
}

/** Omitted fields stay as they are; `endsAt: null` clears the end. */
export interface UpdateCampaignInput {
  name?: string | null;
  brand?: string | null;
  goal?: CampaignGoal | null;
  status?: CampaignStatus | null;
  /** Only while no fee or revenue is recorded, and together with a `budget` in the new currency. */
  currency?: string | null;
  budget?: Money | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

export interface AddMemberInput {
  accountId: number;
  /** Agreed fee per deliverable, in the campaign's currency; null or omitted when not agreed yet. */
  fee?: Money | null;
  /** Posts agreed, 1–1000 (default 1). */
  deliverables?: number | null;
}

/** Omitted fields stay as they are; `fee: null` clears the agreed fee. */
export interface UpdateMemberInput {
  fee?: Money | null;
  deliverables?: number | null;
}

/** Omitted fields stay as they are; null clears a recorded value. */
export interface RecordResultsInput {
  revenue?: Money | null;
  conversions?: number | null;
}

export interface MemberChange {
  campaign: ICampaign;
  member: ICampaignMember;
}

export interface MemberRemoval {
  campaign: ICampaign;
  /** Posts of the removed account that were unlinked with it (a linked post's account is always a member). */
  unlinkedPostIds: number[];
}

export interface PostLinkChange {
  campaign: ICampaign;
  /** Post ids whose link changed; ids already in the requested state are left out. */
  postIds: number[];
}

/**
 * An amount (fee, budget, revenue) in a currency other than the campaign's. Code CURRENCY_MISMATCH, like
 * every currency clash of campaigns; `expected` is the campaign's currency, `actual` the one given.
 */
export class AmountCurrencyMismatchError extends CampaignCurrencyMismatchError {
  constructor(
    /** The input field holding the amount, e.g. `input.fee`. */
    readonly field: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super([expected, actual]);
    this.name = 'AmountCurrencyMismatchError';
    this.message = `${field} is in ${actual}, but amounts of this campaign are in ${expected}: currencies never mix.`;
  }
}

export const CAMPAIGN_TEXT_MAX = 200;
export const DELIVERABLES_MAX = 1000;
/** Posts per linkPosts / unlinkPosts call. */
export const POST_IDS_MAX = 500;
const INT32_MAX = 2_147_483_647;

export interface CampaignServiceOptions {
  /** Where successful writes announce themselves (after commit). Without it nothing is published. */
  events?: CampaignEvents;
  /** Called when publishing fails; the write has committed and still succeeds. */
  onPublishError?: (error: unknown) => void;
}

/**
 * Campaigns of one organization. Reads and writes treat other organizations' campaigns as absent:
 * NOT_FOUND, exactly as for an id that does not exist, so sequential ids reveal nothing.
 *
 * Each write is one transaction: it validates everything before it writes, and any failure rolls the
 * whole write back. A write that changes members, posts or results publishes one event after commit.
 * Do not call writes inside an outer transaction: the event would go out before that one commits.
 */
export class CampaignService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: number,
    private readonly options: CampaignServiceOptions = {},
  ) {}

  list(filter: CampaignFilter, args: PageArgs): Promise<Page<ICampaign>> {
    const qb = this.em.createQueryBuilder(Campaign, 'c').where({ organization: this.organizationId });
    if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
    return keysetPage(qb, { property: 'id', kind: 'number', direction: 'DESC', value: (c) => c.id }, args);
  }

  byIds(ids: readonly number[]): Promise<ICampaign[]> {
    return this.em.find(Campaign, { id: { $in: [...ids] }, organization: this.organizationId });
  }

  membersByCampaignIds(ids: readonly number[]): Promise<ICampaignMember[]> {
    return this.em.find(
      CampaignMember,
      { campaign: { $in: [...ids], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
  }

  async postIdsByCampaignIds(ids: readonly number[]): Promise<Map<number, number[]>> {
    const links = await this.em.find(
      CampaignPost,
      { campaign: { $in: [...ids], organization: this.organizationId } },
      { orderBy: { id: 'asc' } },
    );
    const out = new Map<number, number[]>(ids.map((id) => [id, []]));
    for (const l of links) out.get((l.campaign as { id: number }).id)?.push((l.post as { id: number }).id);
    return out;
  }

  /**
   * The campaign, for callers that need an error rather than null (subscriptions): NOT_FOUND both when
   * no campaign has the id and when it is another organization's.
   */
  owned(id: number): Promise<ICampaign> {
    return this.ownCampaign(this.em, id, false);
  }

  // ---- writes -------------------------------------------------------------------------------------

  async createCampaign(input: CreateCampaignInput): Promise<ICampaign> {
    const issues: FieldIssue[] = [];
    const name = text(issues, 'input.name', input.name);
    const brand = text(issues, 'input.brand', input.brand);
    oneOf(issues, 'input.goal', input.goal, CAMPAIGN_GOALS);
    const status = input.status ?? 'DRAFT';
    settableStatus(issues, 'input.status', status);
    currencyCode(issues, 'input.currency', input.currency);
    amount(issues, 'input.budget', input.budget);
    date(issues, 'input.startsAt', input.startsAt);
    if (input.endsAt != null) date(issues, 'input.endsAt', input.endsAt);
    if (!issues.length) endsAfterStart(issues, 'input.endsAt', input.startsAt, input.endsAt ?? null);
    fail(issues);
    sameCurrency('input.budget', input.currency, input.budget);

    return this.em.transactional(async (tx) => {
      const campaign = tx.create(Campaign, {
        organization: tx.getReference(Organization, this.organizationId),
        name,
        brand,
        goal: input.goal,
        status,
        currency: input.currency,
        budgetMinor: input.budget.amountMinor,
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? null,
      });
      await tx.flush();
      return campaign;
    });
  }

  async updateCampaign(id: number, input: UpdateCampaignInput): Promise<ICampaign> {
    const issues: FieldIssue[] = [];
    const name = input.name != null ? text(issues, 'input.name', input.name) : undefined;
    const brand = input.brand != null ? text(issues, 'input.brand', input.brand) : undefined;
    if (input.goal != null) oneOf(issues, 'input.goal', input.goal, CAMPAIGN_GOALS);
    if (input.status != null) settableStatus(issues, 'input.status', input.status);
    if (input.currency != null) currencyCode(issues, 'input.currency', input.currency);
    if (input.budget != null) amount(issues, 'input.budget', input.budget);
    if (input.startsAt != null) date(issues, 'input.startsAt', input.startsAt);
    if (input.endsAt != null) date(issues, 'input.endsAt', input.endsAt);
    fail(issues);

    return this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, id);
      if (campaign.status === 'ARCHIVED')
        fail([{ field: 'id', message: 'the campaign is archived and cannot change' }]);
      const currency = input.currency ?? campaign.currency;
      if (currency !== campaign.currency) {
        if (input.budget == null) {
          issues.push({ field: 'input.budget', message: 'give the budget in the new currency when changing it' });
        }
        const feeCount = await tx.count(CampaignMember, { campaign: campaign.id, feeMinor: { $ne: null } });
        if (feeCount > 0 || campaign.revenueMinor != null) {
          issues.push({
            field: 'input.currency',
            message: 'cannot change once member fees or revenue are recorded in the current currency',
          });
        }
      }
      const startsAt = input.startsAt ?? campaign.startsAt;
      const endsAt = input.endsAt === undefined ? (campaign.endsAt ?? null) : input.endsAt;
      endsAfterStart(issues, input.endsAt !== undefined ? 'input.endsAt' : 'input.startsAt', startsAt, endsAt);
      fail(issues);
      if (input.budget != null) sameCurrency('input.budget', currency, input.budget);

      if (name !== undefined) campaign.name = name;
      if (brand !== undefined) campaign.brand = brand;
      if (input.goal != null) campaign.goal = input.goal;
      if (input.status != null) campaign.status = input.status;
      campaign.currency = currency;
      if (input.budget != null) campaign.budgetMinor = input.budget.amountMinor;
      campaign.startsAt = startsAt;
      campaign.endsAt = endsAt;
      await tx.flush();
      return campaign;
    });
  }

  /** Archives the campaign: hidden from default listings, members and posts frozen. Idempotent. */
  archiveCampaign(id: number): Promise<ICampaign> {
    return this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, id);
      campaign.status = 'ARCHIVED';
      await tx.flush();
      return campaign;
    });
  }

  async addMember(campaignId: number, input: AddMemberInput): Promise<MemberChange> {
    const issues: FieldIssue[] = [];
    if (input.fee != null) amount(issues, 'input.fee', input.fee);
    const deliverables = input.deliverables ?? 1;
    wholeNumber(issues, 'input.deliverables', deliverables, 1, DELIVERABLES_MAX);
    fail(issues);

    const change = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      notArchived(campaign, 'input.campaignId');
      if (input.fee != null) sameCurrency('input.fee', campaign.currency, input.fee);
      const account = await tx.findOne(Account, { id: input.accountId });
      if (!account) throw new NotFoundError('Account', String(input.accountId));
      if (await tx.count(CampaignMember, { campaign: campaign.id, account: account.id })) {
        fail([{ field: 'input.accountId', message: 'the account is already a member of this campaign' }]);
      }
      const member = tx.create(CampaignMember, {
        campaign,
        account,
        feeMinor: input.fee?.amountMinor ?? null,
        deliverables,
      });
      await flushUnique(tx, { field: 'input.accountId', message: 'the account is already a member of this campaign' });
      return { campaign, member };
    });
    await this.publish(change.campaign, 'MEMBER_ADDED');
    return change;
  }

  async updateMember(campaignId: number, accountId: number, input: UpdateMemberInput): Promise<MemberChange> {
    const issues: FieldIssue[] = [];
    if (input.fee != null) amount(issues, 'input.fee', input.fee);
    if (input.deliverables != null) {
      wholeNumber(issues, 'input.deliverables', input.deliverables, 1, DELIVERABLES_MAX);
    }
    fail(issues);

    const change = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      notArchived(campaign, 'input.campaignId');
      if (input.fee != null) sameCurrency('input.fee', campaign.currency, input.fee);
      const member = await this.member(tx, campaign, accountId);
      if (input.fee !== undefined) member.feeMinor = input.fee?.amountMinor ?? null;
      if (input.deliverables != null) member.deliverables = input.deliverables;
      await tx.flush();
      return { campaign, member };
    });
    await this.publish(change.campaign, 'MEMBER_UPDATED');
    return change;
  }

  /** Removes the member and unlinks its account's posts from the campaign. */
  async removeMember(campaignId: number, accountId: number): Promise<MemberRemoval> {
    const removal = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      notArchived(campaign, 'input.campaignId');
      const member = await this.member(tx, campaign, accountId);
      const links = await tx.find(
        CampaignPost,
        { campaign: campaign.id, post: { account: accountId } },
        { orderBy: { id: 'asc' } },
      );
      tx.remove(links);
      tx.remove(member);
      await tx.flush();
      return { campaign, unlinkedPostIds: links.map((l) => (l.post as { id: number }).id) };
    });
    await this.publish(removal.campaign, 'MEMBER_REMOVED');
    return removal;
  }

  /**
   * Links posts to the campaign; each post's account must be a member. All or nothing: one unknown or
   * ineligible post fails the call and links none. Posts already linked are left as they are.
   */
  async linkPosts(campaignId: number, postIds: readonly number[]): Promise<PostLinkChange> {
    const ids = postIdList(postIds);
    const change = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      notArchived(campaign, 'campaignId');
      const posts = await this.existingPosts(tx, ids);
      const members = await tx.find(CampaignMember, { campaign: campaign.id });
      const memberAccounts = new Set(members.map((m) => (m.account as { id: number }).id));
      const issues: FieldIssue[] = [];
      postIds.forEach((id, i) => {
        const post = posts.get(id) as IPost;
        if (!memberAccounts.has((post.account as { id: number }).id)) {
          issues.push({ field: `postIds.${i}`, message: "the post's account is not a member of this campaign" });
        }
      });
      fail(issues);
      const linked = await tx.find(CampaignPost, { campaign: campaign.id, post: { $in: ids } });
      const already = new Set(linked.map((l) => (l.post as { id: number }).id));
      const added = ids.filter((id) => !already.has(id));
      for (const id of added) tx.create(CampaignPost, { campaign, post: posts.get(id) as IPost });
      await flushUnique(tx, { field: 'postIds', message: 'a post was linked concurrently; try again' });
      return { campaign, postIds: added };
    });
    if (change.postIds.length) await this.publish(change.campaign, 'POSTS_LINKED');
    return change;
  }

  /** Unlinks posts from the campaign. Unknown post ids fail the call; posts not linked are skipped. */
  async unlinkPosts(campaignId: number, postIds: readonly number[]): Promise<PostLinkChange> {
    const ids = postIdList(postIds);
    const change = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      notArchived(campaign, 'campaignId');
      await this.existingPosts(tx, ids);
      const links = await tx.find(
        CampaignPost,
        { campaign: campaign.id, post: { $in: ids } },
        { orderBy: { id: 'asc' } },
      );
      tx.remove(links);
      await tx.flush();
      return { campaign, postIds: links.map((l) => (l.post as { id: number }).id) };
    });
    if (change.postIds.length) await this.publish(change.campaign, 'POSTS_UNLINKED');
    return change;
  }

  /**
   * Records revenue and/or conversions attributed to the campaign (replacing earlier values). Allowed on
   * archived campaigns too: attribution often arrives after a campaign is put away.
   */
  async recordResults(campaignId: number, input: RecordResultsInput): Promise<ICampaign> {
    const issues: FieldIssue[] = [];
    if (input.revenue === undefined && input.conversions === undefined) {
      issues.push({ field: 'input', message: 'give revenue, conversions or both' });
    }
    if (input.revenue != null) amount(issues, 'input.revenue', input.revenue);
    if (input.conversions != null) wholeNumber(issues, 'input.conversions', input.conversions, 0, INT32_MAX);
    fail(issues);

    const campaign = await this.em.transactional(async (tx) => {
      const campaign = await this.ownCampaign(tx, campaignId);
      if (input.revenue != null) sameCurrency('input.revenue', campaign.currency, input.revenue);
      if (input.revenue !== undefined) campaign.revenueMinor = input.revenue?.amountMinor ?? null;
      if (input.conversions !== undefined) campaign.conversions = input.conversions;
      await tx.flush();
      return campaign;
    });
    await this.publish(campaign, 'RESULTS_RECORDED');
    return campaign;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /**
   * The campaign, locked for the rest of the transaction on PostgreSQL so concurrent writes to one
   * campaign serialize (SQLite has a single writer anyway). NOT_FOUND when no campaign has the id and,
   * identically, when it belongs to another organization (the lock is taken only on this organization's).
   */
  private async ownCampaign(tx: EntityManager, id: number, lock = true): Promise<ICampaign> {
    const sqlite = tx.getPlatform().constructor.name.toLowerCase().includes('sqlite');
    const campaign = await tx.findOne(
      Campaign,
      { id, organization: this.organizationId },
      lock && !sqlite ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!campaign) throw new NotFoundError('Campaign', String(id));
    return campaign;
  }

  private async member(tx: EntityManager, campaign: ICampaign, accountId: number): Promise<ICampaignMember> {
    const member = await tx.findOne(CampaignMember, { campaign: campaign.id, account: accountId });
    if (member) return member;
    if (!(await tx.count(Account, { id: accountId }))) throw new NotFoundError('Account', String(accountId));
    throw new NotFoundError('CampaignMember', String(accountId));
  }

  /** Posts by id; NOT_FOUND for the first id (in request order) that does not exist. */
  private async existingPosts(tx: EntityManager, ids: number[]): Promise<Map<number, IPost>> {
    const posts = new Map((await tx.find(Post, { id: { $in: ids } })).map((p) => [p.id, p]));
    const missing = ids.find((id) => !posts.has(id));
    if (missing !== undefined) throw new NotFoundError('Post', String(missing));
    return posts;
  }

  private async publish(campaign: ICampaign, reason: CampaignEventReason): Promise<void> {
    const { events, onPublishError } = this.options;
    if (!events) return;
    try {
      await events.publish({ campaignId: campaign.id, organizationId: this.organizationId, reason, at: new Date() });
    } catch (error) {
      onPublishError?.(error);
    }
  }
}

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new ValidationError(issues);
}

function text(issues: FieldIssue[], field: string, value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length < 1 || trimmed.length > CAMPAIGN_TEXT_MAX) {
    issues.push({ field, message: `must be 1–${CAMPAIGN_TEXT_MAX} characters` });
  }
  return trimmed;
}

function oneOf(issues: FieldIssue[], field: string, value: unknown, values: readonly string[]): void {
  if (!values.includes(value as string)) issues.push({ field, message: `must be one of ${values.join(', ')}` });
}

function settableStatus(issues: FieldIssue[], field: string, value: unknown): void {
  if (value === 'ARCHIVED') issues.push({ field, message: 'use archiveCampaign to archive a campaign' });
  else oneOf(issues, field, value, CAMPAIGN_STATUSES);
}

function currencyCode(issues: FieldIssue[], field: string, value: unknown): void {
  if (typeof value !== 'string' || !isKnownCurrency(value)) {
    issues.push({ field, message: 'must be a known ISO 4217 currency code, e.g. USD' });
  }
}

function wholeNumber(issues: FieldIssue[], field: string, value: unknown, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    issues.push({ field, message: `must be a whole number from ${min} to ${max}` });
  }
}

/** Money as input: whole minor units, not negative, a known currency. */
function amount(issues: FieldIssue[], field: string, money: Money): void {
  if (!Number.isSafeInteger(money?.amountMinor) || money.amountMinor < 0) {
    issues.push({ field: `${field}.amountMinor`, message: 'must be a whole number of minor units, 0 or more' });
  }
  currencyCode(issues, `${field}.currency`, money?.currency);
}

function date(issues: FieldIssue[], field: string, value: unknown): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    issues.push({ field, message: 'must be a valid date' });
}

function endsAfterStart(issues: FieldIssue[], field: string, startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt.getTime() < startsAt.getTime()) issues.push({ field, message: 'must not be before startsAt' });
}

function sameCurrency(field: string, expected: string, money: Money): void {
  if (money.currency !== expected) throw new AmountCurrencyMismatchError(field, expected, money.currency);
}

function notArchived(campaign: ICampaign, field: string): void {
  if (campaign.status === 'ARCHIVED') {
    fail([{ field, message: 'the campaign is archived: its members and posts can no longer change' }]);
  }
}

function postIdList(postIds: readonly number[]): number[] {
  if (postIds.length < 1 || postIds.length > POST_IDS_MAX) {
    fail([{ field: 'postIds', message: `give 1–${POST_IDS_MAX} post ids` }]);
  }
  return [...new Set(postIds)];
}

/** Flushes; a unique-key clash from a concurrent write becomes a validation issue (the transaction rolls back). */
async function flushUnique(tx: EntityManager, issue: FieldIssue): Promise<void> {
  try {
    await tx.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ValidationError([issue]);
    throw error;
  }
}
