import {
  CampaignCurrencyMismatchError,
  type CampaignStatus,
  ForbiddenError,
  type ICampaign,
  type ICampaignMember,
  NotFoundError,
  POST_IDS_MAX,
  ValidationError,
} from '@creatorgraph/core';
import { builder, type Types } from '../../builder.js';
import type { Context } from '../../context.js';
import { argLength, cost } from '../../http/cost.js';
import { CampaignGoalEnum, CampaignStatusEnum, PostKindEnum } from '../common/enums.js';
import { idOf, idsOf, speakingGlobalIds } from '../common/ids.js';
import { MoneyInput } from '../common/money.js';
import { AccountRef } from '../creators.js';
import { PostRef } from '../posts.js';
import { CAMPAIGN_POSTS_ESTIMATE, CampaignMemberRef, CampaignRef, forgetCampaign, loadPosts } from './types.js';

/** Campaign writes: inputs, payloads and mutations; each translates to one CampaignService call. */

const postsOfCall = (args: Record<string, unknown>) => ({ posts: argLength('postIds', POST_IDS_MAX)(args) });

/** Typed errors of writes to an existing campaign; those that take an amount can also clash on currency. */
const WRITE_ERRORS = [ValidationError, NotFoundError, ForbiddenError];
const MONEY_WRITE_ERRORS = [...WRITE_ERRORS, CampaignCurrencyMismatchError];

/** Runs a campaign write: NOT_FOUND refs become global IDs, and later reads of the campaign see the write. */
async function write<T>(ctx: Context, campaignId: number | null, run: () => Promise<T>): Promise<T> {
  try {
    return await speakingGlobalIds(run);
  } finally {
    if (campaignId != null) forgetCampaign(ctx, campaignId);
  }
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

/** The campaign and account naming a member: the first fields of every member input. */
const memberFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, account: string) => ({
  campaignId: t.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
  accountId: t.globalID({ for: AccountRef, required: true, description: account }),
});

const AddCampaignMemberInput = builder.inputType('AddCampaignMemberInput', {
  description: 'A creator account to hire for a campaign.',
  fields: (t) => ({
    ...memberFields(t, 'Global ID of the account to hire.'),
    fee: t.field({
      type: MoneyInput,
      description: "Agreed fee per deliverable, 0 or more, in the campaign's currency; omit when not agreed yet.",
    }),
    deliverables: t.int({ defaultValue: 1, description: 'Posts agreed, 1–1000 (default 1).' }),
    kind: t.field({
      type: PostKindEnum,
      defaultValue: 'PHOTO',
      description:
        'What each deliverable is (default PHOTO). Without an agreed fee, the price is the quoted rate or rate-card estimate × its multiplier.',
    }),
  }),
});

const UpdateCampaignMemberInput = builder.inputType('UpdateCampaignMemberInput', {
  description: 'Changes to a member of a campaign. Omitted fields stay as they are.',
  fields: (t) => ({
    ...memberFields(t, 'Global ID of the member account.'),
    fee: t.field({
      type: MoneyInput,
      description: "New fee per deliverable in the campaign's currency; null clears the agreed fee.",
    }),
    deliverables: t.int({ description: 'New number of posts agreed, 1–1000.' }),
    kind: t.field({ type: PostKindEnum, description: 'New kind of each deliverable.' }),
  }),
});

const RemoveCampaignMemberInput = builder.inputType('RemoveCampaignMemberInput', {
  description: 'A member to remove from a campaign.',
  fields: (t) => memberFields(t, 'Global ID of the member account.'),
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

/** linkCampaignPosts and unlinkCampaignPosts: the same arguments, price and errors around one service call. */
const campaignPostsMutation = (
  t: PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>,
  type: typeof LinkCampaignPostsPayload,
  description: string,
  run: (ctx: Context, id: number, postIds: number[]) => Promise<{ campaign: ICampaign; postIds: number[] }>,
) =>
  t.field({
    type,
    authScopes: { write: true },
    description,
    extensions: cost({ provides: postsOfCall }),
    errors: { types: WRITE_ERRORS },
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
      postIds: t.arg.globalIDList({ for: PostRef, required: true, description: 'Global IDs of the posts (1–500).' }),
    },
    resolve: (_root, args, ctx) => {
      const id = idOf(args.campaignId);
      const postIds = idsOf(args.postIds);
      return write(ctx, id, () => run(ctx, id, postIds));
    },
  });

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
      const id = idOf(args.id);
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
      const id = idOf(args.id);
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
      const id = idOf(input.campaignId);
      const accountId = idOf(input.accountId);
      return write(ctx, id, () =>
        ctx.campaigns.addMember(id, {
          accountId,
          fee: input.fee ?? null,
          deliverables: input.deliverables,
          kind: input.kind ?? null,
        }),
      );
    },
  }),
  updateCampaignMember: t.field({
    type: UpdateCampaignMemberPayload,
    authScopes: { write: true },
    description: "Changes a member's fee, deliverables or their kind (WRITE scope). Subscribers are notified.",
    errors: { types: MONEY_WRITE_ERRORS },
    args: { input: t.arg({ type: UpdateCampaignMemberInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) => {
      const id = idOf(input.campaignId);
      const accountId = idOf(input.accountId);
      return write(ctx, id, () =>
        ctx.campaigns.updateMember(id, accountId, {
          fee: input.fee,
          deliverables: input.deliverables,
          kind: input.kind ?? null,
        }),
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
      const id = idOf(input.campaignId);
      const accountId = idOf(input.accountId);
      return write(ctx, id, async () => {
        const removal = await ctx.campaigns.removeMember(id, accountId);
        return { campaign: removal.campaign, postIds: removal.unlinkedPostIds };
      });
    },
  }),
  linkCampaignPosts: campaignPostsMutation(
    t,
    LinkCampaignPostsPayload,
    "Links posts to a campaign (WRITE scope). Each post's account must be a member; one unknown or ineligible post links none. Subscribers are notified.",
    (ctx, id, postIds) => ctx.campaigns.linkPosts(id, postIds),
  ),
  unlinkCampaignPosts: campaignPostsMutation(
    t,
    UnlinkCampaignPostsPayload,
    'Unlinks posts from a campaign (WRITE scope); posts that are not linked are skipped. Subscribers are notified.',
    (ctx, id, postIds) => ctx.campaigns.unlinkPosts(id, postIds),
  ),
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
      const id = idOf(args.campaignId);
      return write(ctx, id, async () => ({ campaign: await ctx.campaigns.recordResults(id, args.input) }));
    },
  }),
}));
