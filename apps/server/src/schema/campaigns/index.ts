// Campaigns: the types and queries, the writes, and live updates.
import './types.js';
import './mutations.js';
import './subscription.js';

export { SUBSCRIPTION_COST } from './subscription.js';
export { CAMPAIGN_MEMBERS_ESTIMATE, CAMPAIGN_POSTS_ESTIMATE } from './types.js';
