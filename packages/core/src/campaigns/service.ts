import type { Page, PageArgs } from '../common/pagination.js';
import type { EntityManager } from '../db/orm.js';
import type { CampaignGoal, CampaignStatus, PostKind } from '../enums.js';
import { type FieldIssue, NotFoundError, ValidationError } from '../errors.js';
import type { Money } from '../metrics/costs.js';
import type { IPost } from '../posts/entity.js';
import { CampaignCurrencyMismatchError } from './compare.js';
import type { ICampaign, ICampaignMember } from './entity.js';
import type { CampaignEventReason, CampaignEvents } from './events/events.js';
import { CampaignRepository } from './repository.js';
import {
  assertAmountCurrency,
  validateAddMember,
  validateCampaignPostIds,
  validateCreateCampaign,
  validateRecordResults,
  validateUpdateCampaign,
  validateUpdateMember,
} from './validation.js';

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
  /** What each deliverable is (default PHOTO); estimates and quoted rates use its multiplier. */
  kind?: PostKind | null;
}

/** Omitted fields stay as they are; `fee: null` clears the agreed fee. */
export interface UpdateMemberInput {
  fee?: Money | null;
  deliverables?: number | null;
  kind?: PostKind | null;
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
 * Each write is one transaction: it validates everything before it writes (validation.ts), and any
 * failure rolls the whole write back. A write that changes members, posts or results publishes one event
 * after commit. Do not call writes inside an outer transaction: the event would go out before that one
 * commits. Statements live in repository.ts.
 */
export class CampaignService {
  private readonly repository: CampaignRepository;

  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: number,
    private readonly options: CampaignServiceOptions = {},
  ) {
    this.repository = new CampaignRepository(em, organizationId);
  }

  list(filter: CampaignFilter, args: PageArgs): Promise<Page<ICampaign>> {
    return this.repository.page(filter.statuses, args);
  }

  byIds(ids: readonly number[]): Promise<ICampaign[]> {
    return this.repository.byIds(ids);
  }

  membersByCampaignIds(ids: readonly number[]): Promise<ICampaignMember[]> {
    return this.repository.membersOf(ids);
  }

  /** Members by their own id (global IDs of CampaignMember); other organizations' members are absent. */
  membersByIds(ids: readonly number[]): Promise<ICampaignMember[]> {
    return this.repository.membersByIds(ids);
  }

  postIdsByCampaignIds(ids: readonly number[]): Promise<Map<number, number[]>> {
    return this.repository.postIdsOf(ids);
  }

  /**
   * The campaign, for callers that need an error rather than null (subscriptions): NOT_FOUND both when
   * no campaign has the id and when it is another organization's.
   */
  owned(id: number): Promise<ICampaign> {
    return ownCampaign(this.repository, id, false);
  }

  // ---- writes -------------------------------------------------------------------------------------

  async createCampaign(input: CreateCampaignInput): Promise<ICampaign> {
    const valid = validateCreateCampaign(input);
    assertAmountCurrency('input.budget', valid.currency, valid.budget);

    return this.write(async (repo) => {
      const campaign = repo.newCampaign({
        name: valid.name,
        brand: valid.brand,
        goal: valid.goal,
        status: valid.status,
        currency: valid.currency,
        budgetMinor: valid.budget.amountMinor,
        startsAt: valid.startsAt,
        endsAt: valid.endsAt ?? null,
      });
      await repo.flush();
      return campaign;
    });
  }

  async updateCampaign(id: number, input: UpdateCampaignInput): Promise<ICampaign> {
    const valid = validateUpdateCampaign(input);

    return this.write(async (repo) => {
      const campaign = await ownCampaign(repo, id);
      if (campaign.status === 'ARCHIVED')
        fail([{ field: 'id', message: 'the campaign is archived and cannot change' }]);
      const issues: FieldIssue[] = [];
      const currency = valid.currency ?? campaign.currency;
      if (currency !== campaign.currency) {
        if (valid.budget == null) {
          issues.push({ field: 'input.budget', message: 'give the budget in the new currency when changing it' });
        }
        if ((await repo.countMembersWithFee(campaign.id)) > 0 || campaign.revenueMinor != null) {
          issues.push({
            field: 'input.currency',
            message: 'cannot change once member fees or revenue are recorded in the current currency',
          });
        }
      }
      const startsAt = valid.startsAt ?? campaign.startsAt;
      const endsAt = valid.endsAt === undefined ? (campaign.endsAt ?? null) : valid.endsAt;
      if (endsAt && endsAt.getTime() < startsAt.getTime()) {
        issues.push({
          field: valid.endsAt !== undefined ? 'input.endsAt' : 'input.startsAt',
          message: 'must not be before startsAt',
        });
      }
      fail(issues);
      if (valid.budget != null) assertAmountCurrency('input.budget', currency, valid.budget);

      if (valid.name != null) campaign.name = valid.name;
      if (valid.brand != null) campaign.brand = valid.brand;
      if (valid.goal != null) campaign.goal = valid.goal;
      if (valid.status != null) campaign.status = valid.status;
      campaign.currency = currency;
      if (valid.budget != null) campaign.budgetMinor = valid.budget.amountMinor;
      campaign.startsAt = startsAt;
      campaign.endsAt = endsAt;
      await repo.flush();
      return campaign;
    });
  }

  /** Archives the campaign: hidden from default listings, members and posts frozen. Idempotent. */
  archiveCampaign(id: number): Promise<ICampaign> {
    return this.write(async (repo) => {
      const campaign = await ownCampaign(repo, id);
      campaign.status = 'ARCHIVED';
      await repo.flush();
      return campaign;
    });
  }

  async addMember(campaignId: number, input: AddMemberInput): Promise<MemberChange> {
    const valid = validateAddMember(input);
    const alreadyMember = { field: 'input.accountId', message: 'the account is already a member of this campaign' };

    const change = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      notArchived(campaign, 'input.campaignId');
      if (valid.fee != null) assertAmountCurrency('input.fee', campaign.currency, valid.fee);
      const account = await repo.account(input.accountId);
      if (!account) throw new NotFoundError('Account', String(input.accountId));
      if (await repo.isMember(campaign.id, account.id)) fail([alreadyMember]);
      const member = repo.newMember(campaign, account, valid.fee?.amountMinor ?? null, valid.deliverables, valid.kind);
      await repo.flushUnique(alreadyMember);
      return { campaign, member };
    });
    await this.publish(change.campaign, 'MEMBER_ADDED');
    return change;
  }

  async updateMember(campaignId: number, accountId: number, input: UpdateMemberInput): Promise<MemberChange> {
    const valid = validateUpdateMember(input);

    const change = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      notArchived(campaign, 'input.campaignId');
      if (valid.fee != null) assertAmountCurrency('input.fee', campaign.currency, valid.fee);
      const member = await existingMember(repo, campaign, accountId);
      if (input.fee !== undefined) member.feeMinor = valid.fee?.amountMinor ?? null;
      if (valid.deliverables != null) member.deliverables = valid.deliverables;
      if (valid.kind != null) member.kind = valid.kind;
      await repo.flush();
      return { campaign, member };
    });
    await this.publish(change.campaign, 'MEMBER_UPDATED');
    return change;
  }

  /** Removes the member and unlinks its account's posts from the campaign. */
  async removeMember(campaignId: number, accountId: number): Promise<MemberRemoval> {
    const removal = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      notArchived(campaign, 'input.campaignId');
      const member = await existingMember(repo, campaign, accountId);
      const links = await repo.linksOfAccount(campaign.id, accountId);
      repo.remove(links);
      repo.remove(member);
      await repo.flush();
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
    const ids = validateCampaignPostIds(postIds);
    const change = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      notArchived(campaign, 'campaignId');
      const posts = await existingPosts(repo, ids);
      const memberAccounts = await repo.memberAccountIds(campaign.id);
      const issues: FieldIssue[] = [];
      postIds.forEach((id, i) => {
        const post = posts.get(id) as IPost;
        if (!memberAccounts.has((post.account as { id: number }).id)) {
          issues.push({ field: `postIds.${i}`, message: "the post's account is not a member of this campaign" });
        }
      });
      fail(issues);
      const already = new Set((await repo.links(campaign.id, ids)).map((l) => (l.post as { id: number }).id));
      const added = ids.filter((id) => !already.has(id));
      for (const id of added) repo.newLink(campaign, posts.get(id) as IPost);
      await repo.flushUnique({ field: 'postIds', message: 'a post was linked concurrently; try again' });
      return { campaign, postIds: added };
    });
    if (change.postIds.length) await this.publish(change.campaign, 'POSTS_LINKED');
    return change;
  }

  /** Unlinks posts from the campaign. Unknown post ids fail the call; posts not linked are skipped. */
  async unlinkPosts(campaignId: number, postIds: readonly number[]): Promise<PostLinkChange> {
    const ids = validateCampaignPostIds(postIds);
    const change = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      notArchived(campaign, 'campaignId');
      await existingPosts(repo, ids);
      const links = await repo.links(campaign.id, ids);
      repo.remove(links);
      await repo.flush();
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
    const valid = validateRecordResults(input);

    const campaign = await this.write(async (repo) => {
      const campaign = await ownCampaign(repo, campaignId);
      if (valid.revenue != null) assertAmountCurrency('input.revenue', campaign.currency, valid.revenue);
      if (input.revenue !== undefined) campaign.revenueMinor = valid.revenue?.amountMinor ?? null;
      if (input.conversions !== undefined) campaign.conversions = valid.conversions ?? null;
      await repo.flush();
      return campaign;
    });
    await this.publish(campaign, 'RESULTS_RECORDED');
    return campaign;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** One transaction, its statements through a repository bound to it. */
  private write<T>(work: (repo: CampaignRepository) => Promise<T>): Promise<T> {
    return this.em.transactional((tx) => work(new CampaignRepository(tx, this.organizationId)));
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

/**
 * The campaign, locked for the rest of the transaction when `lock` (see the repository). NOT_FOUND when no
 * campaign has the id and, identically, when it belongs to another organization.
 */
async function ownCampaign(repo: CampaignRepository, id: number, lock = true): Promise<ICampaign> {
  const campaign = await repo.ownCampaign(id, lock);
  if (!campaign) throw new NotFoundError('Campaign', String(id));
  return campaign;
}

async function existingMember(repo: CampaignRepository, campaign: ICampaign, accountId: number) {
  const member = await repo.member(campaign.id, accountId);
  if (member) return member;
  if (!(await repo.accountExists(accountId))) throw new NotFoundError('Account', String(accountId));
  throw new NotFoundError('CampaignMember', String(accountId));
}

/** Posts by id; NOT_FOUND for the first id (in request order) that does not exist. */
async function existingPosts(repo: CampaignRepository, ids: number[]): Promise<Map<number, IPost>> {
  const posts = await repo.posts(ids);
  const missing = ids.find((id) => !posts.has(id));
  if (missing !== undefined) throw new NotFoundError('Post', String(missing));
  return posts;
}

function notArchived(campaign: ICampaign, field: string): void {
  if (campaign.status === 'ARCHIVED') {
    fail([{ field, message: 'the campaign is archived: its members and posts can no longer change' }]);
  }
}
