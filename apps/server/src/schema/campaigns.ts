import {
  AmountCurrencyMismatchError,
  CampaignCurrencyMismatchError,
  type CampaignEvent,
  type CampaignStatus,
  type FieldIssue,
  ForbiddenError,
  type ICampaign,
  type ICampaignMember,
  type IPost,
  isApiKeyActive,
  NotFoundError,
  POST_IDS_MAX,
  ValidationError,
} from '@creatorgraph/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { type Context, loaders, loadNodes } from '../context.js';
import { argLength, cost } from '../cost.js';
import { subscriptionSlotsOf } from '../http/cost-plugin.js';
import {
  CampaignGoalEnum,
  CampaignStatusEnum,
  connectionTotalCount,
  ErrorInterface,
  MoneyInput,
  MoneyRef,
  toConnection,
} from './common.js';
import { AccountRef } from './creators.js';
import { PostRef } from './posts.js';

export const CampaignRef = builder.objectRef<ICampaign>('Campaign');
export const CampaignMemberRef = builder.objectRef<ICampaignMember>('CampaignMember');

export const loadCampaign = loaders.campaign;

/**
 * Members and linked posts of a campaign have no hard cap: list estimates for pricing, corrected to the
 * real counts after execution. Only the organization itself can grow them (each write is charged).
 */
export const CAMPAIGN_MEMBERS_ESTIMATE = 10;
export const CAMPAIGN_POSTS_ESTIMATE = 20;
const postsOfCall = (args: Record<string, unknown>) => ({ posts: argLength('postIds', POST_IDS_MAX)(args) });

const loadCampaignMembers = (ctx: Context) =>
  ctx.loader<number, ICampaignMember[]>('campaignMembers', async (keys) => {
    const members = await ctx.campaigns.membersByCampaignIds(keys);
    return keys.map((k) => members.filter((m) => (m.campaign as { id: number }).id === k));
  });

const loadCampaignPostIds = (ctx: Context) =>
  ctx.loader<number, number[]>('campaignPostIds', async (keys) => {
    const map = await ctx.campaigns.postIdsByCampaignIds(keys);
    return keys.map((k) => map.get(k) ?? []);
  });

async function loadPosts(ctx: Context, ids: number[]): Promise<IPost[]> {
  const posts = await loaders.post(ctx).loadMany(ids);
  return posts.filter((p): p is IPost => p != null && !(p instanceof Error));
}

/** After a write, reads of the campaign in the same request (or subscription) see the committed state. */
function forgetCampaign(ctx: Context, id: number): void {
  loadCampaign(ctx).clear(id);
  loadCampaignMembers(ctx).clear(id);
  loadCampaignPostIds(ctx).clear(id);
}

builder.node(CampaignRef, {
  description: "A brand's influencer campaign. Visible only to the organization that owns it.",
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(loaders.campaign(ctx), ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Campaign name.' }),
    brand: t.exposeString('brand', { description: 'The brand promoted.' }),
    goal: t.field({ type: CampaignGoalEnum, description: 'What it is judged on.', resolve: (c) => c.goal }),
    status: t.field({ type: CampaignStatusEnum, description: 'Lifecycle state.', resolve: (c) => c.status }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency of every amount in the campaign.' }),
    budget: t.field({
      type: MoneyRef,
      description: 'Planned budget.',
      resolve: (c) => ({ amountMinor: c.budgetMinor, currency: c.currency }),
    }),
    startsAt: t.field({ type: 'DateTime', description: 'Start.', resolve: (c) => c.startsAt }),
    endsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'End, if set.',
      resolve: (c) => c.endsAt ?? null,
    }),
    revenue: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'Revenue attributed to the campaign, when recorded.',
      resolve: (c) => (c.revenueMinor != null ? { amountMinor: c.revenueMinor, currency: c.currency } : null),
    }),
    conversions: t.int({
      nullable: true,
      description: 'Conversions attributed to the campaign, when recorded.',
      resolve: (c) => c.conversions ?? null,
    }),
    members: t.field({
      type: [CampaignMemberRef],
      description: 'Creators hired for the campaign, in the order they were added.',
      // No hard cap: an estimate, corrected to the real count after execution.
      extensions: cost({ listSize: CAMPAIGN_MEMBERS_ESTIMATE }),
      resolve: (c, _args, ctx) => loadCampaignMembers(ctx).load(c.id),
    }),
    posts: t.field({
      type: [PostRef],
      description: 'Posts linked to the campaign.',
      extensions: cost({ listSize: CAMPAIGN_POSTS_ESTIMATE }),
      resolve: async (c, _args, ctx) => {
        const ids = (await loadCampaignPostIds(ctx).load(c.id)) ?? [];
        return loadPosts(ctx, ids);
      },
    }),
  }),
});

builder.objectType(CampaignMemberRef, {
  description: 'A creator account hired for a campaign.',
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      description: 'The hired account.',
      resolve: async (m, _args, ctx) => {
        const id = (m.account as { id: number }).id;
        const a = await loaders.account(ctx).load(id);
        if (!a) throw new Error(`account ${id} missing`);
        return a;
      },
    }),
    fee: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Agreed fee per deliverable in the campaign's currency; null when not agreed yet.",
      resolve: async (m, _args, ctx) => {
        if (m.feeMinor == null) return null;
        const campaign = await loadCampaign(ctx).load((m.campaign as { id: number }).id);
        return campaign ? { amountMinor: m.feeMinor, currency: campaign.currency } : null;
      },
    }),
    deliverables: t.exposeInt('deliverables', { description: 'Number of posts agreed.' }),
  }),
});

builder.queryFields((t) => ({
  campaign: t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { read: true },
    description: "One of your organization's campaigns; null when it does not exist or is not yours.",
    args: { id: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of the campaign.' }) },
    resolve: (_root, args, ctx) => loadCampaign(ctx).load(Number(args.id.id)),
  }),
  campaigns: t.connection(
    {
      type: CampaignRef,
      authScopes: { read: true },
      description: "Your organization's campaigns, newest first. `first` is 1–100 (default 20).",
      args: {
        statuses: t.arg({ type: [CampaignStatusEnum], description: 'Only campaigns in these states.' }),
      },
      resolve: async (_root, args, ctx) =>
        toConnection(await ctx.campaigns.list({ statuses: (args.statuses as CampaignStatus[] | null) ?? null }, args)),
    },
    { name: 'CampaignConnection', description: 'A page of campaigns.', ...connectionTotalCount },
    { name: 'CampaignEdge', description: 'A campaign and its cursor.' },
  ),
}));

// ---- Writes ---------------------------------------------------------------------------------------

/**
 * Any currency clash of campaign amounts. Writes raise AmountCurrencyMismatchError (one amount against
 * the campaign's currency); comparisons raise the base class (several campaigns' currencies).
 */
export const CurrencyMismatchErrorRef = builder.objectType(CampaignCurrencyMismatchError, {
  name: 'CurrencyMismatchError',
  description: 'Amounts in different currencies were combined; currencies never mix. Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (o) => o instanceof CampaignCurrencyMismatchError,
  fields: (t) => ({
    expected: t.string({
      description: "The currency required: the campaign's currency for an amount given to it.",
      resolve: (e) => (e instanceof AmountCurrencyMismatchError ? e.expected : (e.currencies[0] ?? '')),
    }),
    actual: t.string({
      description: 'The currency given instead.',
      resolve: (e) =>
        e instanceof AmountCurrencyMismatchError ? e.actual : (e.currencies[1] ?? e.currencies[0] ?? ''),
    }),
    field: t.string({
      nullable: true,
      description: 'The input field holding the amount, e.g. `input.fee`; null when no single field is at fault.',
      resolve: (e) => (e instanceof AmountCurrencyMismatchError ? e.field : null),
    }),
  }),
});

/** Typed errors of writes to an existing campaign; those that take an amount can also clash on currency. */
const WRITE_ERRORS = [ValidationError, NotFoundError, ForbiddenError];
const MONEY_WRITE_ERRORS = [...WRITE_ERRORS, CampaignCurrencyMismatchError];

/** Core errors name objects by database id; the API speaks global IDs. */
const GLOBAL_TYPENAME: Record<string, string> = {
  Campaign: 'Campaign',
  Account: 'Account',
  Post: 'Post',
  CampaignMember: 'Account',
};

/** Runs a campaign write: NOT_FOUND refs become global IDs, and later reads of the campaign see the write. */
async function write<T>(ctx: Context, campaignId: number | null, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const typename = error instanceof NotFoundError ? GLOBAL_TYPENAME[error.entity] : undefined;
    if (error instanceof NotFoundError && typename) {
      throw new NotFoundError(error.entity, encodeGlobalID(typename, error.ref));
    }
    throw error;
  } finally {
    if (campaignId != null) forgetCampaign(ctx, campaignId);
  }
}

/** The database id inside a global ID; a ValidationError on `field` when it cannot be one. */
function dbId(globalId: { id: string }, field: string): number {
  const id = Number(globalId.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ValidationError([{ field, message: 'is not a valid ID' }]);
  return id;
}

function dbIds(globalIds: readonly { id: string }[], field: string): number[] {
  const issues: FieldIssue[] = [];
  const ids = globalIds.map((g, i) => {
    const id = Number(g.id);
    if (!Number.isSafeInteger(id) || id <= 0) issues.push({ field: `${field}.${i}`, message: 'is not a valid ID' });
    return id;
  });
  if (issues.length) throw new ValidationError(issues);
  return ids;
}

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  description: 'A new campaign of your organization.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Campaign name (1–200 characters, trimmed).' }),
    brand: t.string({ required: true, description: 'The brand promoted (1–200 characters, trimmed).' }),
    goal: t.field({ type: CampaignGoalEnum, required: true, description: 'What it is judged on.' }),
    status: t.field({
      type: CampaignStatusEnum,
      description: 'Initial state (default DRAFT). ARCHIVED is refused: use `archiveCampaign`.',
    }),
    currency: t.field({
      type: 'Currency',
      required: true,
      description: 'ISO 4217 currency of every amount of the campaign: budget, fees and revenue.',
    }),
    budget: t.field({
      type: MoneyInput,
      required: true,
      description: 'Planned budget, 0 or more, in the campaign currency.',
    }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'Start.' }),
    endsAt: t.field({ type: 'DateTime', description: 'End, if known; not before `startsAt`.' }),
  }),
});

const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  description: 'Changes to a campaign. Omitted (or null) fields stay as they are, except `endsAt`: null clears it.',
  fields: (t) => ({
    name: t.string({ description: 'New name (1–200 characters, trimmed).' }),
    brand: t.string({ description: 'New brand (1–200 characters, trimmed).' }),
    goal: t.field({ type: CampaignGoalEnum, description: 'New goal.' }),
    status: t.field({
      type: CampaignStatusEnum,
      description: 'New state: DRAFT, ACTIVE or COMPLETED (archive with `archiveCampaign`).',
    }),
    currency: t.field({
      type: 'Currency',
      description:
        'New currency: only while no member fee or revenue is recorded, and with `budget` in the new currency.',
    }),
    budget: t.field({ type: MoneyInput, description: 'New budget, 0 or more, in the campaign currency.' }),
    startsAt: t.field({ type: 'DateTime', description: 'New start.' }),
    endsAt: t.field({ type: 'DateTime', description: 'New end, not before the start; null clears it.' }),
  }),
});

const AddCampaignMemberInput = builder.inputType('AddCampaignMemberInput', {
  description: 'A creator account to hire for a campaign.',
  fields: (t) => ({
    campaignId: t.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
    accountId: t.globalID({ for: AccountRef, required: true, description: 'Global ID of the account to hire.' }),
    fee: t.field({
      type: MoneyInput,
      description: "Agreed fee per deliverable, 0 or more, in the campaign's currency; omit when not agreed yet.",
    }),
    deliverables: t.int({ defaultValue: 1, description: 'Posts agreed, 1–1000 (default 1).' }),
  }),
});

const UpdateCampaignMemberInput = builder.inputType('UpdateCampaignMemberInput', {
  description: 'Changes to a member of a campaign. Omitted fields stay as they are.',
  fields: (t) => ({
    campaignId: t.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
    accountId: t.globalID({ for: AccountRef, required: true, description: 'Global ID of the member account.' }),
    fee: t.field({
      type: MoneyInput,
      description: "New fee per deliverable in the campaign's currency; null clears the agreed fee.",
    }),
    deliverables: t.int({ description: 'New number of posts agreed, 1–1000.' }),
  }),
});

const RemoveCampaignMemberInput = builder.inputType('RemoveCampaignMemberInput', {
  description: 'A member to remove from a campaign.',
  fields: (t) => ({
    campaignId: t.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
    accountId: t.globalID({ for: AccountRef, required: true, description: 'Global ID of the member account.' }),
  }),
});

const RecordCampaignResultsInput = builder.inputType('RecordCampaignResultsInput', {
  description: 'Results attributed to a campaign; they replace earlier ones. Give at least one field.',
  fields: (t) => ({
    revenue: t.field({
      type: MoneyInput,
      description: "Revenue, 0 or more, in the campaign's currency; null clears it, omitted keeps it.",
    }),
    conversions: t.int({ description: 'Conversions, 0 or more; null clears them, omitted keeps them.' }),
  }),
});

const campaignField = {
  type: CampaignRef,
  description: 'The campaign as it is after the write.',
  resolve: (p: { campaign: ICampaign }) => p.campaign,
} as const;

function campaignPayload(name: string, description: string) {
  return builder.objectRef<{ campaign: ICampaign }>(name).implement({
    description,
    fields: (t) => ({ campaign: t.field(campaignField) }),
  });
}

const CreateCampaignPayload = campaignPayload('CreateCampaignPayload', 'The created campaign.');
const UpdateCampaignPayload = campaignPayload('UpdateCampaignPayload', 'The updated campaign.');
const ArchiveCampaignPayload = campaignPayload('ArchiveCampaignPayload', 'The archived campaign.');
const RecordCampaignResultsPayload = campaignPayload(
  'RecordCampaignResultsPayload',
  'The campaign with its recorded results.',
);

const memberPayload = (name: string, description: string) =>
  builder.objectRef<{ campaign: ICampaign; member: ICampaignMember }>(name).implement({
    description,
    fields: (t) => ({
      campaign: t.field(campaignField),
      member: t.field({ type: CampaignMemberRef, description: 'The member as it is now.', resolve: (p) => p.member }),
    }),
  });

const AddCampaignMemberPayload = memberPayload('AddCampaignMemberPayload', 'The new member and its campaign.');
const UpdateCampaignMemberPayload = memberPayload(
  'UpdateCampaignMemberPayload',
  'The updated member and its campaign.',
);

const postsPayload = (name: string, description: string, postsName: string, postsDescription: string) =>
  builder.objectRef<{ campaign: ICampaign; postIds: number[] }>(name).implement({
    description,
    fields: (t) => ({
      campaign: t.field(campaignField),
      [postsName]: t.field({
        type: [PostRef],
        description: postsDescription,
        // The posts of the call (link/unlink: at most POST_IDS_MAX), else the member's linked posts.
        extensions: cost({ listSize: (_args, bounds) => bounds.posts ?? CAMPAIGN_POSTS_ESTIMATE }),
        resolve: (p, _args, ctx) => loadPosts(ctx, p.postIds),
      }),
    }),
  });

const RemoveCampaignMemberPayload = postsPayload(
  'RemoveCampaignMemberPayload',
  'The campaign without the member.',
  'unlinkedPosts',
  "The removed account's posts that were unlinked with it.",
);
const LinkCampaignPostsPayload = postsPayload(
  'LinkCampaignPostsPayload',
  'The campaign with its posts.',
  'linkedPosts',
  'Posts newly linked by this call; posts already linked are left out.',
);
const UnlinkCampaignPostsPayload = postsPayload(
  'UnlinkCampaignPostsPayload',
  'The campaign without the posts.',
  'unlinkedPosts',
  'Posts unlinked by this call; posts that were not linked are left out.',
);

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: CreateCampaignPayload,
    authScopes: { write: true },
    description: 'Creates a campaign for your organization (WRITE scope).',
    errors: { types: [ValidationError, CampaignCurrencyMismatchError] },
    args: { input: t.arg({ type: CreateCampaignInput, required: true, description: 'The campaign to create.' }) },
    resolve: (_root, { input }, ctx) =>
      write(ctx, null, async () => ({
        campaign: await ctx.campaigns.createCampaign({
          ...input,
          status: (input.status as CampaignStatus | null | undefined) ?? null,
          endsAt: input.endsAt ?? null,
        }),
      })),
  }),
  updateCampaign: t.field({
    type: UpdateCampaignPayload,
    authScopes: { write: true },
    description: 'Changes a campaign of your organization (WRITE scope). Archived campaigns cannot change.',
    errors: { types: MONEY_WRITE_ERRORS },
    args: {
      id: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of the campaign.' }),
      input: t.arg({ type: UpdateCampaignInput, required: true, description: 'The changes.' }),
    },
    resolve: (_root, args, ctx) => {
      const id = dbId(args.id, 'id');
      return write(ctx, id, async () => ({ campaign: await ctx.campaigns.updateCampaign(id, args.input) }));
    },
  }),
  archiveCampaign: t.field({
    type: ArchiveCampaignPayload,
    authScopes: { write: true },
    description:
      'Archives a campaign (WRITE scope): hidden from default listings, its members and posts frozen, results still recordable. Idempotent.',
    errors: { types: WRITE_ERRORS },
    args: { id: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of the campaign.' }) },
    resolve: (_root, args, ctx) => {
      const id = dbId(args.id, 'id');
      return write(ctx, id, async () => ({ campaign: await ctx.campaigns.archiveCampaign(id) }));
    },
  }),
  addCampaignMember: t.field({
    type: AddCampaignMemberPayload,
    authScopes: { write: true },
    description: 'Hires a creator account for a campaign (WRITE scope). Subscribers are notified.',
    errors: { types: MONEY_WRITE_ERRORS },
    args: { input: t.arg({ type: AddCampaignMemberInput, required: true, description: 'The member to add.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = dbId(input.campaignId, 'input.campaignId');
      const accountId = dbId(input.accountId, 'input.accountId');
      return write(ctx, id, () =>
        ctx.campaigns.addMember(id, { accountId, fee: input.fee ?? null, deliverables: input.deliverables }),
      );
    },
  }),
  updateCampaignMember: t.field({
    type: UpdateCampaignMemberPayload,
    authScopes: { write: true },
    description: "Changes a member's fee or deliverables (WRITE scope). Subscribers are notified.",
    errors: { types: MONEY_WRITE_ERRORS },
    args: { input: t.arg({ type: UpdateCampaignMemberInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = dbId(input.campaignId, 'input.campaignId');
      const accountId = dbId(input.accountId, 'input.accountId');
      return write(ctx, id, () =>
        ctx.campaigns.updateMember(id, accountId, { fee: input.fee, deliverables: input.deliverables }),
      );
    },
  }),
  removeCampaignMember: t.field({
    type: RemoveCampaignMemberPayload,
    authScopes: { write: true },
    description:
      "Removes a member from a campaign and unlinks its account's posts from it (WRITE scope). Subscribers are notified.",
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: RemoveCampaignMemberInput, required: true, description: 'The member to remove.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = dbId(input.campaignId, 'input.campaignId');
      const accountId = dbId(input.accountId, 'input.accountId');
      return write(ctx, id, async () => {
        const removal = await ctx.campaigns.removeMember(id, accountId);
        return { campaign: removal.campaign, postIds: removal.unlinkedPostIds };
      });
    },
  }),
  linkCampaignPosts: t.field({
    type: LinkCampaignPostsPayload,
    authScopes: { write: true },
    description:
      "Links posts to a campaign (WRITE scope). Each post's account must be a member; one unknown or ineligible post links none. Subscribers are notified.",
    extensions: cost({ provides: postsOfCall }),
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
      postIds: t.arg.globalIDList({ for: PostRef, required: true, description: 'Global IDs of the posts (1–500).' }),
    },
    resolve: (_root, args, ctx) => {
      const id = dbId(args.campaignId, 'campaignId');
      const postIds = dbIds(args.postIds, 'postIds');
      return write(ctx, id, () => ctx.campaigns.linkPosts(id, postIds));
    },
  }),
  unlinkCampaignPosts: t.field({
    type: UnlinkCampaignPostsPayload,
    authScopes: { write: true },
    description:
      'Unlinks posts from a campaign (WRITE scope); posts that are not linked are skipped. Subscribers are notified.',
    extensions: cost({ provides: postsOfCall }),
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
      postIds: t.arg.globalIDList({ for: PostRef, required: true, description: 'Global IDs of the posts (1–500).' }),
    },
    resolve: (_root, args, ctx) => {
      const id = dbId(args.campaignId, 'campaignId');
      const postIds = dbIds(args.postIds, 'postIds');
      return write(ctx, id, () => ctx.campaigns.unlinkPosts(id, postIds));
    },
  }),
  recordCampaignResults: t.field({
    type: RecordCampaignResultsPayload,
    authScopes: { write: true },
    description:
      'Records revenue and/or conversions attributed to a campaign, replacing earlier values (WRITE scope). Subscribers are notified.',
    errors: { types: MONEY_WRITE_ERRORS },
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
      input: t.arg({ type: RecordCampaignResultsInput, required: true, description: 'The results.' }),
    },
    resolve: (_root, args, ctx) => {
      const id = dbId(args.campaignId, 'campaignId');
      return write(ctx, id, async () => ({ campaign: await ctx.campaigns.recordResults(id, args.input) }));
    },
  }),
}));

// ---- Live updates ---------------------------------------------------------------------------------

builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream`. Every subscription needs a key with the `read` scope.',
});

const CampaignMetricsUpdateRef = builder.objectRef<CampaignEvent>('CampaignMetricsUpdate').implement({
  description: 'A committed change to a campaign that can move its metrics (members, posts or results).',
  fields: (t) => ({
    campaign: t.field({
      type: CampaignRef,
      description: 'The campaign as it is after the change, read when the update is delivered.',
      resolve: async (e, _args, ctx) => {
        const campaign = await loadCampaign(ctx).load(e.campaignId);
        if (!campaign) throw new Error(`campaign ${e.campaignId} missing`);
        return campaign;
      },
    }),
    reason: t.exposeString('reason', {
      description:
        'What changed: MEMBER_ADDED, MEMBER_UPDATED, MEMBER_REMOVED, POSTS_LINKED, POSTS_UNLINKED or RESULTS_RECORDED.',
    }),
    at: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.at }),
  }),
});

/** Points for opening a subscription (charged once, at the start, with its selection). */
export const SUBSCRIPTION_COST = 10;

/** Stands in for an event once the key is revoked: resolved as an UNAUTHENTICATED error, then the stream ends. */
const KEY_REVOKED: CampaignEvent = { campaignId: 0, organizationId: 0, reason: 'KEY_REVOKED', at: new Date(0) };

/**
 * The campaign's events, each delivered only while the subscribing key is still active (checked in the
 * database before every event). A revoked key gets one error event and the stream ends. Closing the
 * stream, either side, frees the organization's subscription slot at once, even while waiting.
 */
function reauthorized(
  ctx: Context,
  events: AsyncIterableIterator<CampaignEvent>,
  release: () => void,
): AsyncIterableIterator<CampaignEvent> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    release();
    await events.return?.();
  };
  const done = { done: true, value: undefined } as IteratorReturnResult<undefined>;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (closed) return done;
      const next = await events.next();
      if (next.done || closed) {
        await close();
        return done;
      }
      if (!(await isApiKeyActive(ctx.em, ctx.principal.key.id))) {
        await close();
        return { done: false, value: KEY_REVOKED };
      }
      return next;
    },
    async return() {
      await close();
      return done;
    },
    async throw(error?: unknown) {
      await close();
      throw error;
    },
  };
}

builder.subscriptionFields((t) => ({
  campaignMetricsUpdated: t.field({
    type: CampaignMetricsUpdateRef,
    authScopes: { read: true },
    description:
      "An update each time a write changes the members, posts or results of your campaign. NOT_FOUND for an unknown id and, alike, for another organization's campaign.",
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
    },
    // Holding a stream open; its selection is priced on top, once, when it starts.
    extensions: cost({ complexity: SUBSCRIPTION_COST }),
    subscribe: async (_root, args, ctx) => {
      const id = dbId(args.campaignId, 'campaignId');
      try {
        await ctx.campaigns.owned(id);
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError('Campaign', encodeGlobalID('Campaign', String(id)));
        throw error;
      }
      const slots = subscriptionSlotsOf(ctx);
      const release = slots ? slots.acquire(String(ctx.principal.organization.id)) : () => {};
      if (!release) {
        throw new GraphQLError(
          `Your organization already has ${slots?.max} open subscriptions: close one before opening another.`,
          { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', max: slots?.max, http: { status: 429 } } },
        );
      }
      return reauthorized(ctx, ctx.events.subscribe(id), release);
    },
    resolve: (event, _args, ctx) => {
      if (event === KEY_REVOKED) {
        throw new GraphQLError('The API key of this subscription was revoked: the stream ends here.', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      // One context serves the whole subscription: drop what earlier updates loaded, so each update
      // reads the committed state.
      ctx.em.clear();
      forgetCampaign(ctx, event.campaignId);
      return event;
    },
  }),
}));
