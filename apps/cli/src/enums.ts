/**
 * The API's enum values at run time. The SDK exports them as types only; `satisfies Record<…>` makes the
 * compiler fail here when the schema gains or loses a value.
 */
import type {
  Aggregate,
  ApiScope,
  CampaignGoal,
  CampaignStatus,
  CreatorOrderField,
  Interactions,
  PlanGoal,
  Platform,
  PostKind,
  RateBase,
  Tier,
} from '@creatorgraph/sdk';

const keys = <T extends string>(record: Record<T, true>) => Object.keys(record) as T[];

export const PLATFORMS = keys<Platform>({ INSTAGRAM: true, TIKTOK: true, X: true, YOUTUBE: true });
/** Smallest first, as the tier scheme orders them. */
export const TIERS = keys<Tier>({ NANO: true, MICRO: true, MID: true, MACRO: true, MEGA: true });
export const POST_KINDS = keys<PostKind>({
  PHOTO: true,
  CAROUSEL: true,
  VIDEO: true,
  REEL: true,
  STORY: true,
  SHORT: true,
  LIVE: true,
});
export const CAMPAIGN_GOALS = keys<CampaignGoal>({ AWARENESS: true, ENGAGEMENT: true, CONVERSION: true });
export const PLAN_GOALS = keys<PlanGoal>({ AWARENESS: true, ENGAGEMENT: true });
export const CAMPAIGN_STATUSES = keys<CampaignStatus>({ DRAFT: true, ACTIVE: true, COMPLETED: true, ARCHIVED: true });
export const SCOPES = keys<ApiScope>({ READ: true, WRITE: true, ADMIN: true, CATALOG_WRITE: true });
export const ORDER_FIELDS = keys<CreatorOrderField>({
  AUTHENTICITY_SCORE: true,
  AVG_INTERACTIONS: true,
  CREATED_AT: true,
  ENGAGEMENT_LOWER_BOUND: true,
  ENGAGEMENT_RATE: true,
  ESTIMATED_CPE: true,
  EXPECTED_INTERACTIONS: true,
  FOLLOWERS: true,
  GROWTH: true,
  NAME: true,
  RELIABLE_ENGAGEMENT_RATE: true,
});
export const INTERACTIONS = keys<Interactions>({ ALL: true, LIKES_COMMENTS: true });
export const RATE_BASES = keys<RateBase>({ FOLLOWERS: true, IMPRESSIONS: true, REACH: true, VIEWS: true });
export const AGGREGATES = keys<Aggregate>({ MEAN: true, MEDIAN: true });
