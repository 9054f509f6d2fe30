import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, PLATFORMS, POST_KINDS, TIERS } from '@creatorgraph/core';
import { builder } from '../../builder.js';

function describe<T extends string>(values: readonly T[], descriptions: Record<T, string>) {
  return Object.fromEntries(values.map((v) => [v, { description: descriptions[v] }])) as Record<
    T,
    { description: string }
  >;
}

export const PlatformEnum = builder.enumType('Platform', {
  description: 'A social platform an account lives on.',
  values: describe(PLATFORMS, {
    INSTAGRAM: 'Instagram.',
    TIKTOK: 'TikTok.',
    YOUTUBE: 'YouTube.',
    X: 'X (formerly Twitter).',
  }),
});

export const TierEnum = builder.enumType('Tier', {
  description: 'Follower tier of an account (default scheme mediakix-2019; see `tierScheme`).',
  values: describe(TIERS, {
    NANO: 'Fewer than 10,000 followers.',
    MICRO: '10,000 to 49,999 followers.',
    MID: '50,000 to 499,999 followers.',
    MACRO: '500,000 to 999,999 followers.',
    MEGA: '1,000,000 followers or more.',
  }),
});

export const PostKindEnum = builder.enumType('PostKind', {
  description: 'The format of a post.',
  values: describe(POST_KINDS, {
    PHOTO: 'A single image.',
    CAROUSEL: 'Several images or videos in one post.',
    VIDEO: 'A video post.',
    REEL: 'An Instagram Reel.',
    STORY: 'An ephemeral story.',
    SHORT: 'A YouTube Short.',
    LIVE: 'A live broadcast.',
  }),
});

export const CampaignGoalEnum = builder.enumType('CampaignGoal', {
  description: 'What a campaign is judged on.',
  values: describe(CAMPAIGN_GOALS, {
    AWARENESS: 'Reach people: judged on cost per thousand impressions.',
    ENGAGEMENT: 'Get interactions: judged on cost per engagement.',
    CONVERSION: 'Drive sales: judged on return on investment.',
  }),
});

export const CampaignStatusEnum = builder.enumType('CampaignStatus', {
  description: 'Lifecycle of a campaign.',
  values: describe(CAMPAIGN_STATUSES, {
    DRAFT: 'Being planned.',
    ACTIVE: 'Running.',
    COMPLETED: 'Finished.',
    ARCHIVED: 'Hidden from default listings; kept for history.',
  }),
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Order of a list.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

export const ApiScopeEnum = builder.enumType('ApiScope', {
  description: 'What an API key may do.',
  values: {
    READ: { value: 'read', description: 'Read creators, posts, metrics and your campaigns.' },
    WRITE: { value: 'write', description: "Change your organization's campaigns (implies READ)." },
    ADMIN: { value: 'admin', description: 'Manage keys of your organization (implies WRITE).' },
    CATALOG_WRITE: {
      value: 'catalog_write',
      description:
        'Write the shared catalog: creators, accounts, posts and follower snapshots (`importData`). Granted by the ' +
        'operator only; ADMIN does not imply it and it implies no other scope.',
    },
  } as const,
});
