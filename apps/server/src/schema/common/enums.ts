import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, PLATFORMS, POST_KINDS, TIERS } from '@creatorgraph/core';
import { builder } from '../../builder.js';

function describe<T extends string>(values: readonly T[], descriptions: Record<T, string>) {
  return Object.fromEntries(values.map((v) => [v, { description: descriptions[v] }])) as Record<
    T,
    { description: string }
  >;
}

/** An enum declared as one description per value, in the order given. */
export const describedEnum = <K extends string>(name: string, description: string, values: Record<K, string>) =>
  builder.enumType(name, { description, values: describe(Object.keys(values) as K[], values) });

/** As {@link describedEnum}, each value being its lowercase name, as core spells it (`CATALOG_WRITE` → `catalog_write`). */
export const lowercaseEnum = <K extends string>(name: string, description: string, values: Record<K, string>) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      (Object.keys(values) as K[]).map((k) => [k, { value: k.toLowerCase(), description: values[k] }]),
    ) as Record<K, { value: Lowercase<K>; description: string }>,
  });

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

export const SortDirectionEnum = describedEnum('SortDirection', 'Order of a list.', {
  ASC: 'Smallest first.',
  DESC: 'Largest first.',
});

export const ApiScopeEnum = lowercaseEnum('ApiScope', 'What an API key may do.', {
  READ: 'Read creators, posts, metrics and your campaigns.',
  WRITE: "Change your organization's campaigns (implies READ).",
  ADMIN: 'Manage keys of your organization (implies WRITE).',
  CATALOG_WRITE:
    'Write the shared catalog: creators, accounts, posts and follower snapshots (`importData`). Granted by the ' +
    'operator only; ADMIN does not imply it and it implies no other scope.',
});

// Closed sets a client switches on are enums (not documented strings), so codegen gives them exhaustive
// types and a new value is a visible schema change.

export const CampaignUpdateReasonEnum = describedEnum('CampaignUpdateReason', 'What changed in a campaign.', {
  MEMBER_ADDED: 'An account was hired.',
  MEMBER_UPDATED: "A member's fee, deliverables or kind changed.",
  MEMBER_REMOVED: 'A member was removed.',
  POSTS_LINKED: 'Posts were linked to the campaign.',
  POSTS_UNLINKED: 'Posts were unlinked from the campaign.',
  RESULTS_RECORDED: 'Conversions or revenue were recorded.',
});

export const CampaignWarningCodeEnum = describedEnum('CampaignWarningCode', 'Why a campaign carries a warning.', {
  OVER_BUDGET: "The campaign's spend exceeds its budget.",
});

export const PlanAlgorithmEnum = describedEnum('PlanAlgorithm', 'How a plan was chosen.', {
  EXACT_MEET_IN_THE_MIDDLE_PARETO: 'Exact (meet in the middle over Pareto frontiers): provably optimal.',
  HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE:
    'Above 40 candidates: greedy by value per cost, local search, and an exact solve of the 32 closest candidates.',
});

/** The compared CampaignMetrics fields; each value stands for the field of the same name in camelCase. */
export const ComparedMetricEnum = builder.enumType('ComparedMetric', {
  description: 'A CampaignMetrics field compared by compareCampaigns, named in SCREAMING_SNAKE_CASE.',
  values: Object.fromEntries(
    (
      [
        ['SPEND', 'spend', 'Money spent (fees × deliverables), minor units.'],
        ['CREATORS', 'creators', 'Hired accounts.'],
        ['DELIVERABLES', 'deliverables', 'Agreed posts.'],
        ['POSTS', 'posts', 'Linked posts.'],
        ['REACH_POTENTIAL', 'reachPotential', 'Followers × the reach factor.'],
        ['AUTHENTIC_REACH', 'authenticReach', 'Reach potential from authentic followers.'],
        ['IMPRESSIONS', 'impressions', 'Impressions of the linked posts.'],
        ['VIEWS', 'views', 'Views of the linked posts.'],
        ['INTERACTIONS', 'interactions', 'Interactions on the linked posts.'],
        ['ENGAGEMENT_RATE', 'engagementRate', 'Engagement rate of the linked posts.'],
        ['CPE', 'cpe', 'Cost per engagement.'],
        ['CPM', 'cpm', 'Cost per thousand impressions.'],
        ['CPV', 'cpv', 'Cost per view.'],
        ['EMV', 'emv', 'Earned media value.'],
        ['ROI', 'roi', 'Return on investment.'],
        ['OVERHEAD_HOURS', 'overheadHours', 'Hours of managing the creators.'],
        ['COORDINATION_RISK', 'coordinationRisk', 'Chance that at least one creator fails to deliver.'],
        ['AVERAGE_AUTHENTICITY', 'averageAuthenticity', 'Mean authenticity score of the members.'],
      ] as const
    ).map(([name, value, description]) => [name, { value, description }]),
  ) as Record<string, { value: string; description: string }>,
});
