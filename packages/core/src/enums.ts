/** Enumerations shared by entities, import formats and the API. */
export const PLATFORMS = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'] as const;
export const NICHES = [
  'travel',
  'fashion',
  'beauty',
  'photography',
  'food',
  'lifestyle',
  'fitness',
  'gaming',
  'tech',
  'parenting',
] as const;
export const POST_KINDS = ['PHOTO', 'CAROUSEL', 'VIDEO', 'REEL', 'STORY', 'SHORT', 'LIVE'] as const;
export const CAMPAIGN_GOALS = ['AWARENESS', 'ENGAGEMENT', 'CONVERSION'] as const;
export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED'] as const;
/** `catalog_write` (creators, accounts, posts, snapshots) is granted by the operator only; see effectiveScopes. */
export const API_SCOPES = ['read', 'write', 'admin', 'catalog_write'] as const;

export type ApiScope = (typeof API_SCOPES)[number];
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type Platform = (typeof PLATFORMS)[number];
export type PostKind = (typeof POST_KINDS)[number];
