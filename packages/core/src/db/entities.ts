import { Campaign, CampaignMember, CampaignPost } from '../campaigns/entity.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot } from '../creators/entity.js';
import { AccountMetrics } from '../metrics/entity.js';
import { ApiKey, Organization } from '../organizations/entity.js';
import { Post } from '../posts/entity.js';

export const entities = [
  Creator,
  CreatorNiche,
  Account,
  FollowerSnapshot,
  Post,
  AccountMetrics,
  Organization,
  ApiKey,
  Campaign,
  CampaignMember,
  CampaignPost,
];
