import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country code as defined by ISO 3166-1 alpha-2 */
  CountryCode: { input: string; output: string; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** Integers that will have a value of 0 or more. */
  NonNegativeInt: { input: number; output: number; }
  /** A file sent with the request as multipart/form-data, per the GraphQL multipart request spec (https://github.com/jaydenseric/graphql-multipart-request-spec). Input only. */
  Upload: { input: Blob; output: Blob; }
};

/** A creator's presence on one platform. */
export type Account = Node & {
  __typename: 'Account';
  /** Authenticity score with its red flags. */
  authenticity: Authenticity;
  /** Percentile of the account's rate among the peers of its platform and tier. */
  benchmark: AccountBenchmark;
  /** Who owns the account. */
  creator: Creator;
  /** Engagement rate over a window, with its method. */
  engagement: EngagementRate;
  /** The platform's own id for the account. */
  externalId: Scalars['String']['output'];
  /** Follower snapshots in a time range, oldest first, with daily gains. */
  followerHistory: Array<FollowerSnapshot>;
  /** Current followers. */
  followers: Scalars['Int']['output'];
  /** Accounts this account follows, where the platform reports it. */
  following?: Maybe<Scalars['Int']['output']>;
  /** Follower growth over `days` days at asOf: (F(asOf) − F(asOf − days)) / F(asOf − days), from snapshots; null when either is missing. */
  growth?: Maybe<Scalars['Float']['output']>;
  /** Handle without the leading @, lower case. */
  handle: Scalars['String']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Where the account lives. */
  platform: Platform;
  /** Latest posts first. Nested lists take `first` only; page further with the top-level `posts` query. */
  posts: PostConnection;
  /** What one post of `kind` by this account costs: its quoted rate × the kind multiplier, else the rate-card midpoint of its tier (by current followers) × the platform and kind multipliers, rounded to minor units; converted into `currency` when given. CURRENCY_MISMATCH when no exchange rate is configured for the currency (see `metricsConfig.fx`). */
  price: Price;
  /** The creator's quoted price per post, when known. */
  quotedRate?: Maybe<Money>;
  /** Engagement rate shrunk toward the peers of the same platform and tier (and niche when asked). */
  reliableEngagement: ReliableEngagementRate;
  /** Engagement of sponsored against organic posts of the same window. */
  sponsoredVsOrganic: SponsoredVsOrganic;
  /** Tier by current followers (default scheme, see `tierScheme`). */
  tier: Tier;
};


/** A creator's presence on one platform. */
export type AccountAuthenticityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A creator's presence on one platform. */
export type AccountBenchmarkArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
};


/** A creator's presence on one platform. */
export type AccountEngagementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
};


/** A creator's presence on one platform. */
export type AccountFollowerHistoryArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A creator's presence on one platform. */
export type AccountGrowthArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  days: Scalars['Int']['input'];
};


/** A creator's presence on one platform. */
export type AccountPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sponsored?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A creator's presence on one platform. */
export type AccountPriceArgs = {
  currency?: InputMaybe<Scalars['Currency']['input']>;
  kind?: InputMaybe<PostKind>;
};


/** A creator's presence on one platform. */
export type AccountReliableEngagementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  byNiche?: InputMaybe<Scalars['Boolean']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
};


/** A creator's presence on one platform. */
export type AccountSponsoredVsOrganicArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
};

/** Where the account stands among its peers: same platform and tier, at least `metricsConfig.minPostsForBenchmark` posts, the account included. */
export type AccountBenchmark = {
  __typename: 'AccountBenchmark';
  /** The same percentiles of the peers' average interactions per post. */
  interactions: Percentiles;
  /** 10th percentile of the peers' rates. */
  p10?: Maybe<Scalars['Float']['output']>;
  /** 25th percentile of the peers' rates. */
  p25?: Maybe<Scalars['Float']['output']>;
  /** Median of the peers' rates. */
  p50?: Maybe<Scalars['Float']['output']>;
  /** 75th percentile of the peers' rates. */
  p75?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the peers' rates. */
  p90?: Maybe<Scalars['Float']['output']>;
  /** Peers in the comparison. */
  peerCount: Scalars['Int']['output'];
  /** The instant the peer group was evaluated at (see ReliableEngagementRate.peersAsOf). */
  peersAsOf: Scalars['DateTime']['output'];
  /** Percentile rank (0–100) of the account's rate: 100 × (below + 0.5 × equal) / peers. Null when the account has fewer than `metricsConfig.minPostsForBenchmark` posts in the window (see percentileReason). */
  percentile?: Maybe<Scalars['Float']['output']>;
  /** Why percentile is null, e.g. "2 posts in the window; a percentile needs at least 3"; null when it is answered. The peer percentiles are answered either way. */
  percentileReason?: Maybe<Scalars['String']['output']>;
};

/** A creator account to hire for a campaign. */
export type AddCampaignMemberInput = {
  /** Global ID of the account to hire. */
  accountId: Scalars['ID']['input'];
  /** Global ID of your campaign. */
  campaignId: Scalars['ID']['input'];
  /** Posts agreed, 1–1000 (default 1). */
  deliverables?: InputMaybe<Scalars['Int']['input']>;
  /** Agreed fee per deliverable, 0 or more, in the campaign's currency; omit when not agreed yet. */
  fee?: InputMaybe<MoneyInput>;
  /** What each deliverable is (default PHOTO). Without an agreed fee, the price is the quoted rate or rate-card estimate × its multiplier. */
  kind?: InputMaybe<PostKind>;
};

/** The new member and its campaign. */
export type AddCampaignMemberPayload = {
  __typename: 'AddCampaignMemberPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
  /** The member as it is now. */
  member: CampaignMember;
};

/** The payload, or a typed error explaining why nothing was written. */
export type AddCampaignMemberResult = AddCampaignMemberPayload | CurrencyMismatchError | ForbiddenError | NotFoundError | ValidationError;

/** How post rates combine into an account's rate. */
export type Aggregate =
  /** Arithmetic mean of post rates (default). */
  | 'MEAN'
  /** Middle post rate; the mean of the two middle ones for an even count. */
  | 'MEDIAN';

/** An API key of your organization. The secret is shown only once, when the key is created. */
export type ApiKey = Node & {
  __typename: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Last use, to the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** Visible start of the key, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; revoked keys are refused. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Granted scopes. */
  scopes: Array<ApiScope>;
  /** Whether the key may only run trusted (persisted) documents by `documentId`, never query text. */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
};

/** What an API key may do. */
export type ApiScope =
  /** Manage keys of your organization (implies WRITE). */
  | 'ADMIN'
  /** Write the shared catalog: creators, accounts, posts and follower snapshots (`importData`). Granted by the operator only; ADMIN does not imply it and it implies no other scope. */
  | 'CATALOG_WRITE'
  /** Read creators, posts, metrics and your campaigns. */
  | 'READ'
  /** Change your organization's campaigns (implies READ). */
  | 'WRITE';

/** The archived campaign. */
export type ArchiveCampaignPayload = {
  __typename: 'ArchiveCampaignPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
};

/** The payload, or a typed error explaining why nothing was written. */
export type ArchiveCampaignResult = ArchiveCampaignPayload | ForbiddenError | NotFoundError | ValidationError;

/** Audience authenticity at asOf: 100 × Π (1 − penalty) over raised flags, from snapshots and posts at or before asOf (default method and window). */
export type Authenticity = {
  __typename: 'Authenticity';
  /** Followers minus the excess of detected follower spikes. */
  authenticFollowers: Scalars['Int']['output'];
  /** Raised flags. */
  flags: Array<AuthenticityFlag>;
  /** The instant the tier peers (p50, CV p95) were evaluated at. */
  peersAsOf: Scalars['DateTime']['output'];
  /** 0–100, higher is more authentic (not rounded). */
  score: Scalars['Float']['output'];
};

/** One raised red flag with its penalty and the evidence for it. */
export type AuthenticityFlag = {
  __typename: 'AuthenticityFlag';
  /** Which flag. */
  code: AuthenticityFlagCode;
  /** The numbers behind the flag. */
  evidence: Array<Evidence>;
  /** A human-readable explanation with the numbers. */
  message: Scalars['String']['output'];
  /** Share (0–1) taken off the score: score × (1 − penalty). */
  penalty: Scalars['Float']['output'];
  /** From the penalty. */
  severity: Severity;
};

/** A red flag of the authenticity score. */
export type AuthenticityFlagCode =
  /** Interactions per post vary more than for 95% of the tier peers. */
  | 'ERRATIC_ENGAGEMENT'
  /** Follower gains far above the account’s usual pace (bought followers). */
  | 'FOLLOWER_SPIKE'
  /** Follows a large share of its followers back (follow-for-follow). */
  | 'FOLLOW_BACK_PATTERN'
  /** High engagement from likes with almost no comments (pods, bots). */
  | 'LIKES_WITHOUT_CONVERSATION'
  /** Engagement far below the tier peers’ median. */
  | 'LOW_ENGAGEMENT_FOR_TIER';

/** One creator's posts for the brand in the window, beside its own organic posts. */
export type BrandCreatorPerformance = {
  __typename: 'BrandCreatorPerformance';
  /** The creator. */
  creator: Creator;
  /** Posts left out of the rate because their base was null or 0 (their interactions still count). */
  excluded: Scalars['Int']['output'];
  /** Σ interactions (likes + comments + shares + saves; a component not reported counts 0). */
  interactions: Scalars['Int']['output'];
  /** rate / organic.rate − 1 (0.25 = 25% more engagement on the brand’s posts); null without an organic rate. */
  lift?: Maybe<Scalars['Float']['output']>;
  /** The creator's own organic posts in the window (its accounts that posted for the brand). */
  organic: OrganicComparison;
  /** The creator's sponsored posts naming the brand. */
  posts: Scalars['Int']['output'];
  /** Mean post rate (interactions / followers at post time) over the posts with a usable base; null when none has one. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** How a brand’s sponsored posts performed in a window: volume, the mean post rate, the same creators’ organic rate beside it (the lift), and the creators with the most interactions. Rates are fractions. */
export type BrandPerformance = {
  __typename: 'BrandPerformance';
  /** Distinct accounts of those posts. */
  accounts: Scalars['Int']['output'];
  /** The brand as asked (trimmed); posts match it ignoring case, exactly otherwise. */
  brand: Scalars['String']['output'];
  /** Distinct creators of those posts. */
  creators: Scalars['Int']['output'];
  /** Posts left out of the rate because their base was null or 0 (their interactions still count). */
  excluded: Scalars['Int']['output'];
  /** Σ interactions (likes + comments + shares + saves; a component not reported counts 0). */
  interactions: Scalars['Int']['output'];
  /** rate / organic.rate − 1: how much more (or, negative, less) the brand’s posts engaged than the same creators’ own posts; null without organic posts with a rate. */
  lift?: Maybe<Scalars['Float']['output']>;
  /** How the rates were computed: ALL interactions, FOLLOWERS base, MEAN over posts; the window and asOf. */
  method: EngagementMethod;
  /** The same creators' organic posts in the window (on the accounts that posted for the brand). */
  organic: OrganicComparison;
  /** The platform asked for; null for every platform. */
  platform?: Maybe<Platform>;
  /** Sponsored posts naming the brand in the window. */
  posts: Scalars['Int']['output'];
  /** Mean post rate (interactions / followers at post time) over the posts with a usable base; null when none has one. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** The creators with the most interactions on the brand’s posts (ties: more posts, then the older creator), at most `top`. */
  topCreators: Array<BrandCreatorPerformance>;
};

/** A brand's influencer campaign. Visible only to the organization that owns it. */
export type Campaign = Node & {
  __typename: 'Campaign';
  /** The brand promoted. */
  brand: Scalars['String']['output'];
  /** Planned budget. */
  budget: Money;
  /** Conversions attributed to the campaign, when recorded. */
  conversions?: Maybe<Scalars['Int']['output']>;
  /** ISO 4217 currency of every amount in the campaign. */
  currency: Scalars['String']['output'];
  /** End, if set. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is judged on. */
  goal: CampaignGoal;
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Creators hired for the campaign, in the order they were added. */
  members: Array<CampaignMember>;
  /** The campaign's spend, reach, costs and risk. Batched: a page of campaigns with metrics costs a fixed number of statements. */
  metrics: CampaignMetrics;
  /** Campaign name. */
  name: Scalars['String']['output'];
  /** Posts linked to the campaign. */
  posts: Array<Post>;
  /** Revenue attributed to the campaign, when recorded. */
  revenue?: Maybe<Money>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Lifecycle state. */
  status: CampaignStatus;
};


/** A brand's influencer campaign. Visible only to the organization that owns it. */
export type CampaignMetricsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One metric across the compared campaigns. */
export type CampaignComparisonRow = {
  __typename: 'CampaignComparisonRow';
  /** The campaign(s) with the best value, ties included; empty when every value is null or the direction is NEUTRAL. */
  best: Array<Campaign>;
  /** Which way is better. */
  direction: MetricDirection;
  /** The CampaignMetrics field compared (SPEND for `spend`, REACH_POTENTIAL for `reachPotential`, …). */
  metric: ComparedMetric;
  /** Each campaign’s value, in the order the ids were given. */
  values: Array<CampaignComparisonValue>;
};

/** One campaign's value of a metric. */
export type CampaignComparisonValue = {
  __typename: 'CampaignComparisonValue';
  /** The campaign. */
  campaign: Campaign;
  /** The value (money in minor units of the shared currency); null where undefined. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Something to know about one compared campaign before trusting its numbers. */
export type CampaignComparisonWarning = {
  __typename: 'CampaignComparisonWarning';
  /** The campaign warned about. */
  campaign: Campaign;
  /** What the warning is about. */
  code: CampaignWarningCode;
  /** The warning, with the amounts in major units. */
  message: Scalars['String']['output'];
};

/** A page of campaigns. */
export type CampaignConnection = {
  __typename: 'CampaignConnection';
  /** The objects of the page with their cursors. */
  edges: Array<CampaignEdge>;
  /** The nodes of the page, in order, without edges. */
  nodes: Array<Campaign>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A campaign and its cursor. */
export type CampaignEdge = {
  __typename: 'CampaignEdge';
  /** Opaque cursor of this edge; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The object at this edge. */
  node: Campaign;
};

/** What a campaign is judged on. */
export type CampaignGoal =
  /** Reach people: judged on cost per thousand impressions. */
  | 'AWARENESS'
  /** Drive sales: judged on return on investment. */
  | 'CONVERSION'
  /** Get interactions: judged on cost per engagement. */
  | 'ENGAGEMENT';

/** A creator account hired for a campaign. Visible only to the organization that owns the campaign. */
export type CampaignMember = Node & {
  __typename: 'CampaignMember';
  /** The hired account. */
  account: Account;
  /** The campaign the account is hired for. */
  campaign: Campaign;
  /** Number of posts agreed. */
  deliverables: Scalars['Int']['output'];
  /** Agreed fee per deliverable in the campaign's currency; null when not agreed yet. */
  fee?: Maybe<Money>;
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** What each deliverable is (PHOTO unless set): without an agreed fee, the quoted rate or rate-card estimate is × its multiplier (see `metricsConfig.kindMultipliers`). */
  kind: PostKind;
};

/** How one member's fee per deliverable was found. */
export type CampaignMemberFee = {
  __typename: 'CampaignMemberFee';
  /** The member account. */
  account: Account;
  /** How a quoted rate or estimate in another currency was converted into the campaign's (rate, date, source); null when none was needed. */
  conversion?: Maybe<FxConversion>;
  /** Posts agreed. */
  deliverables: Scalars['Int']['output'];
  /** True for a rate-card estimate or an unpriced member. */
  estimated: Scalars['Boolean']['output'];
  /** Fee per deliverable in the campaign's currency; null when UNPRICED. */
  fee?: Maybe<Money>;
  /** What each deliverable is; a quoted rate or estimate is × its multiplier. */
  kind: PostKind;
  /** How the fee was found, in words (e.g. the rate-card line). */
  method: Scalars['String']['output'];
  /** Where the fee came from. */
  source: FeeSource;
};

/** A campaign's numbers (docs/metrics.md#campaign-metrics): fees are the agreed member fee, else the account's price for the deliverable's kind (quoted rate, else a rate-card estimate by platform and kind, marked) converted into the campaign's currency (disclosed); a post without impressions counts followers at post time × its platform's reach factor (marked, see `reachFactors`). */
export type CampaignMetrics = {
  __typename: 'CampaignMetrics';
  /** Authenticity is evaluated at this instant, and linked posts published after it do not count. */
  asOf: Scalars['DateTime']['output'];
  /** Σ members' authentic followers (followers minus detected spike excess). */
  authenticReach: Scalars['Float']['output'];
  /** Mean of the members' authenticity scores (0–100); null without members. */
  averageAuthenticity?: Maybe<Scalars['Float']['output']>;
  /** The campaign's budget; spend above it raises an OVER_BUDGET warning. */
  budget?: Maybe<Money>;
  /** Recorded conversions; null when none are recorded. */
  conversions?: Maybe<Scalars['Int']['output']>;
  /** Chance that at least one creator relationship goes wrong: 1 − (1 − 0.05)^creators. */
  coordinationRisk: Scalars['Float']['output'];
  /** spend / conversions; null without conversions. */
  costPerConversion?: Maybe<MoneyRate>;
  /** Cost per engagement: spend / interactions; null without interactions. */
  cpe?: Maybe<MoneyRate>;
  /** Cost per thousand impressions: spend / impressions × 1000; null without impressions. */
  cpm?: Maybe<MoneyRate>;
  /** Cost per view: spend / views; null without views. */
  cpv?: Maybe<MoneyRate>;
  /** Members (creator accounts) on the roster. */
  creators: Scalars['Int']['output'];
  /** The campaign's currency: every amount below is in it. */
  currency: Scalars['String']['output'];
  /** Σ deliverables agreed. */
  deliverables: Scalars['Int']['output'];
  /** Earned media value: impressions / 1000 × the CPM of the campaign's currency (`emvCpm`), rounded; null when there is none (see `emvReason`). */
  emv?: Maybe<Money>;
  /** The CPM EMV used: the one configured for the currency, else 6.50 USD converted at the configured exchange rate (see `emvCpmConversion`); null when neither exists. */
  emvCpm?: Maybe<Money>;
  /** How the USD CPM was converted into the campaign currency; null when none was needed. */
  emvCpmConversion?: Maybe<FxConversion>;
  /** Why `emv` is null; null when it has a value. */
  emvReason?: Maybe<Scalars['String']['output']>;
  /** Mean post rate over the posts, interactions / followers at post time; null without posts. */
  engagementRate?: Maybe<Scalars['Float']['output']>;
  /** Σ impressions of the posts; estimated ones are followers at post time × the reach factor. */
  impressions: Scalars['Float']['output'];
  /** Posts whose impressions are estimated (the platform reported none). */
  impressionsEstimated: Scalars['Int']['output'];
  /** Σ interactions (likes + comments + shares + saves) of the posts. */
  interactions: Scalars['Float']['output'];
  /** Each member's fee and where it came from, in the order members were added. */
  memberFees: Array<CampaignMemberFee>;
  /** 3 × creators + 1 × deliverables. */
  overheadHours: Scalars['Float']['output'];
  /** Linked posts published at or before asOf. */
  posts: Scalars['Int']['output'];
  /** The reach factor of each platform of the roster and its posts: estimated impressions are followers at post time × it — the same factor `planCampaign` values AWARENESS with, so a plan's projected CPM and this realised CPM rest on one assumption. */
  reachFactors: Array<ReachFactor>;
  /** Σ members' current followers (a Float: sums can exceed 32-bit integers). */
  reachPotential: Scalars['Float']['output'];
  /** Recorded revenue; null when none is recorded. */
  revenue?: Maybe<Money>;
  /** (revenue − spend) / spend; null without recorded revenue or with zero spend. */
  roi?: Maybe<Scalars['Float']['output']>;
  /** Σ member fee × deliverables. */
  spend: Money;
  /** True when at least one fee is a rate-card estimate or unpriced (see `memberFees`). */
  spendEstimated: Scalars['Boolean']['output'];
  /** Members and spend per tier, all five tiers in order (zero rows included). */
  tierMix: Array<CampaignTierMix>;
  /** Members without an agreed fee whose price cannot be converted into the campaign's currency (no exchange rate configured), counted 0 (spend is then a lower bound). */
  unpricedMembers: Scalars['Int']['output'];
  /** Σ views of the posts (a missing count is 0). */
  views: Scalars['Float']['output'];
  /** What to act on, e.g. OVER_BUDGET when spend exceeds the budget; empty when nothing. */
  warnings: Array<CampaignWarning>;
};

/** A committed change to a campaign that can move its metrics (members, posts or results). */
export type CampaignMetricsUpdate = {
  __typename: 'CampaignMetricsUpdate';
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** The campaign as it is after the change, read when the update is delivered. */
  campaign: Campaign;
  /** What changed. */
  reason: CampaignUpdateReason;
};

/** Lifecycle of a campaign. */
export type CampaignStatus =
  /** Running. */
  | 'ACTIVE'
  /** Hidden from default listings; kept for history. */
  | 'ARCHIVED'
  /** Finished. */
  | 'COMPLETED'
  /** Being planned. */
  | 'DRAFT';

/** One tier's share of a campaign's roster. */
export type CampaignTierMix = {
  __typename: 'CampaignTierMix';
  /** Members in the tier. */
  creators: Scalars['Int']['output'];
  /** Σ fee × deliverables of those members. */
  spend: Money;
  /** The tier (by current followers). */
  tier: Tier;
};

/** What changed in a campaign. */
export type CampaignUpdateReason =
  /** An account was hired. */
  | 'MEMBER_ADDED'
  /** A member was removed. */
  | 'MEMBER_REMOVED'
  /** A member's fee, deliverables or kind changed. */
  | 'MEMBER_UPDATED'
  /** Posts were linked to the campaign. */
  | 'POSTS_LINKED'
  /** Posts were unlinked from the campaign. */
  | 'POSTS_UNLINKED'
  /** Conversions or revenue were recorded. */
  | 'RESULTS_RECORDED';

/** The winner for one goal: AWARENESS → lowest CPM (tie: larger authentic reach); ENGAGEMENT → lowest CPE (tie: more interactions); CONVERSION → highest ROI. Money in the reason is in major units with the currency code (e.g. "lowest CPM: 46.67 USD"). */
export type CampaignVerdict = {
  __typename: 'CampaignVerdict';
  /** The goal judged. */
  goal: CampaignGoal;
  /** Why, with the numbers. */
  reason: Scalars['String']['output'];
  /** The winning campaign(s); several when they tie on everything; empty when none qualifies. */
  winners: Array<Campaign>;
};

/** Something about a campaign's numbers its owner should act on. */
export type CampaignWarning = {
  __typename: 'CampaignWarning';
  /** What the warning is about. */
  code: CampaignWarningCode;
  /** In words, money in major units with the currency, e.g. "spend 6,950.00 USD exceeds the budget of 3,000.00 USD". */
  message: Scalars['String']['output'];
};

/** Why a campaign carries a warning. */
export type CampaignWarningCode =
  /** The campaign's spend exceeds its budget. */
  | 'OVER_BUDGET';

/** Campaigns side by side: one row per metric, and a verdict per goal. */
export type CompareCampaignsPayload = {
  __typename: 'CompareCampaignsPayload';
  /** The instant the metrics were evaluated at. */
  asOf: Scalars['DateTime']['output'];
  /** The compared campaigns, in the order given; their `metrics(asOf)` with the same asOf are free. */
  campaigns: Array<Campaign>;
  /** The currency shared by every compared campaign. */
  currency: Scalars['String']['output'];
  /** One row per metric. */
  rows: Array<CampaignComparisonRow>;
  /** One verdict per goal (only the asked goal when `goal` is given). */
  verdicts: Array<CampaignVerdict>;
  /** Warnings per campaign, in the order given (e.g. OVER_BUDGET); empty when there are none. */
  warnings: Array<CampaignComparisonWarning>;
};

/** The payload, or a typed error explaining why nothing was written. */
export type CompareCampaignsResult = CompareCampaignsPayload | CurrencyMismatchError | ForbiddenError | NotFoundError | ValidationError;

/** A CampaignMetrics field compared by compareCampaigns, named in SCREAMING_SNAKE_CASE. */
export type ComparedMetric =
  /** Reach potential from authentic followers. */
  | 'AUTHENTIC_REACH'
  /** Mean authenticity score of the members. */
  | 'AVERAGE_AUTHENTICITY'
  /** Chance that at least one creator fails to deliver. */
  | 'COORDINATION_RISK'
  /** Cost per engagement. */
  | 'CPE'
  /** Cost per thousand impressions. */
  | 'CPM'
  /** Cost per view. */
  | 'CPV'
  /** Hired accounts. */
  | 'CREATORS'
  /** Agreed posts. */
  | 'DELIVERABLES'
  /** Earned media value. */
  | 'EMV'
  /** Engagement rate of the linked posts. */
  | 'ENGAGEMENT_RATE'
  /** Impressions of the linked posts. */
  | 'IMPRESSIONS'
  /** Interactions on the linked posts. */
  | 'INTERACTIONS'
  /** Hours of managing the creators. */
  | 'OVERHEAD_HOURS'
  /** Linked posts. */
  | 'POSTS'
  /** Followers × the reach factor. */
  | 'REACH_POTENTIAL'
  /** Return on investment. */
  | 'ROI'
  /** Money spent (fees × deliverables), minor units. */
  | 'SPEND'
  /** Views of the linked posts. */
  | 'VIEWS';

/** A new API key for your organization. */
export type CreateApiKeyInput = {
  /** What the key is for (1–200 characters). */
  name: Scalars['String']['input'];
  /** Scopes to grant (at least one). CATALOG_WRITE only if your own key holds it. */
  scopes: Array<ApiScope>;
  /** Restrict the key to trusted (persisted) documents sent by `documentId`: for internal apps (default false). */
  trustedDocumentsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The created key. */
export type CreateApiKeyPayload = {
  __typename: 'CreateApiKeyPayload';
  /** The stored key. */
  apiKey: ApiKey;
  /** The whole key. Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
};

/** The payload, or a typed error explaining why nothing was written. */
export type CreateApiKeyResult = CreateApiKeyPayload | ForbiddenError | ValidationError;

/** A new campaign of your organization. */
export type CreateCampaignInput = {
  /** The brand promoted (1–200 characters, trimmed). */
  brand: Scalars['String']['input'];
  /** Planned budget, 0 or more, in the campaign currency. */
  budget: MoneyInput;
  /** ISO 4217 currency of every amount of the campaign: budget, fees and revenue. */
  currency: Scalars['Currency']['input'];
  /** End, if known; not before `startsAt`. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is judged on. */
  goal: CampaignGoal;
  /** Campaign name (1–200 characters, trimmed). */
  name: Scalars['String']['input'];
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Initial state (default DRAFT). ARCHIVED is refused: use `archiveCampaign`. */
  status?: InputMaybe<CampaignStatus>;
};

/** The created campaign. */
export type CreateCampaignPayload = {
  __typename: 'CreateCampaignPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
};

/** The payload, or a typed error explaining why nothing was written. */
export type CreateCampaignResult = CreateCampaignPayload | CurrencyMismatchError | ValidationError;

/** A person or brand publishing on one or more platforms. */
export type Creator = Node & {
  __typename: 'Creator';
  /** The creator's accounts, largest first. */
  accounts: Array<Account>;
  /** Authenticity of the creator's metric account (its account on `platform`, else its primary account); null without one. */
  authenticity?: Maybe<Authenticity>;
  /** ISO 3166-1 alpha-2 country the creator is based in. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** Engagement of the creator's metric account (`metricAccount(platform:)`: its account on `platform`, else its primary account); null without one. */
  engagement?: Maybe<EngagementRate>;
  /** Followers of the creator's largest account. */
  followers: Scalars['Int']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** The account the creator's metrics come from: its account on `platform` (the largest, if several), else its primary account. The creator's `engagement`, `reliableEngagement` and `authenticity` with the same `platform`, and the `creators` metric filters and orderings with the same `filter.platform`, use it. Null when the creator has no such account. */
  metricAccount?: Maybe<Account>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Content niches, lower case (e.g. travel, fashion, beauty, photography). */
  niches: Array<Scalars['String']['output']>;
  /** The account with the most followers (then the oldest); creator-level metrics come from it when no platform is named. */
  primaryAccount?: Maybe<Account>;
  /** Reliable engagement of the creator's metric account (on `platform`, else the primary account); null without one. */
  reliableEngagement?: Maybe<ReliableEngagementRate>;
  /** Tier of the creator's largest account (default scheme, see `tierScheme`). */
  tier: Tier;
};


/** A person or brand publishing on one or more platforms. */
export type CreatorAuthenticityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  platform?: InputMaybe<Platform>;
};


/** A person or brand publishing on one or more platforms. */
export type CreatorEngagementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  platform?: InputMaybe<Platform>;
  window?: InputMaybe<WindowInput>;
};


/** A person or brand publishing on one or more platforms. */
export type CreatorMetricAccountArgs = {
  platform?: InputMaybe<Platform>;
};


/** A person or brand publishing on one or more platforms. */
export type CreatorReliableEngagementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  byNiche?: InputMaybe<Scalars['Boolean']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  platform?: InputMaybe<Platform>;
  window?: InputMaybe<WindowInput>;
};

/** A page of creators. */
export type CreatorConnection = {
  __typename: 'CreatorConnection';
  /** The objects of the page with their cursors. */
  edges: Array<CreatorEdge>;
  /** The nodes of the page, in order, without edges. */
  nodes: Array<Creator>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A creator and its cursor. */
export type CreatorEdge = {
  __typename: 'CreatorEdge';
  /** Opaque cursor of this edge; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The object at this edge. */
  node: Creator;
};

/** Narrows the creators list. All given conditions must hold. */
export type CreatorFilter = {
  /** Has a sponsored post naming this brand (case-insensitive, any date): on the metric account when `platform` is given, else on any account. */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** Based in this country. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Low end of the metric account's reliable-rate 95% interval (see `ENGAGEMENT_LOWER_BOUND`); accounts without posts never match. */
  engagementLowerBound?: InputMaybe<FloatRangeInput>;
  /** Engagement rate (a fraction) of the metric account (on `platform` when given, else the primary account; see `Creator.metricAccount`), default method and window, at the request time. */
  engagementRate?: InputMaybe<FloatRangeInput>;
  /** Followers of the largest account; with `platform`, of the account on that platform. */
  followers?: InputMaybe<IntRangeInput>;
  /** Follower growth (a fraction, 0.05 = +5%) of the metric account over the last `metricsConfig` discovery growth days (30 by default); accounts without enough follower history never match. */
  growth?: InputMaybe<FloatRangeInput>;
  /** Authenticity score (0–100) of the metric account at least this. */
  minAuthenticity?: InputMaybe<Scalars['Float']['input']>;
  /** At least this many posts in the metric account's default-window sample (n): rates from fewer posts are noise. */
  minSampleSize?: InputMaybe<Scalars['Int']['input']>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Works in any of these niches. */
  niches?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Has an account on this platform. */
  platform?: InputMaybe<Platform>;
  /** Reliable engagement rate (a fraction) of the metric account, default method and window. */
  reliableEngagementRate?: InputMaybe<FloatRangeInput>;
  /** Share (0–1) of sponsored posts among the metric account's posts of the default window; accounts without posts never match. */
  sponsoredShare?: InputMaybe<FloatRangeInput>;
  /** Creator tier (largest account); with `platform`, the tier of the account on that platform. */
  tier?: InputMaybe<Tier>;
};

/** Sort order for creators; ties are broken by creation order. */
export type CreatorOrder = {
  /** Which way. */
  direction: SortDirection;
  /** What to sort by. */
  field: CreatorOrderField;
};

/** What to sort creators by. Metric orderings use the creator's metric account (its account on `filter.platform`, else its primary account; see `Creator.metricAccount`), default method and window, now; creators without a value come last in either direction. */
export type CreatorOrderField =
  /** Authenticity score of the metric account. */
  | 'AUTHENTICITY_SCORE'
  /** Mean interactions per post over the window. */
  | 'AVG_INTERACTIONS'
  /** When the creator was added. */
  | 'CREATED_AT'
  /** Low end of the reliable rate's 95% interval (the account's own interval95 where it has fewer than 3 peers): a rate that is high and well-evidenced. Answers "who reliably engages well". */
  | 'ENGAGEMENT_LOWER_BOUND'
  /** Engagement rate of the metric account. A high rate from a handful of posts or a tiny audience is mostly luck: prefer ENGAGEMENT_LOWER_BOUND. */
  | 'ENGAGEMENT_RATE'
  /** Price of a PHOTO post in USD minor units (the quoted rate converted, else the rate-card estimate) / expected interactions: cost per expected interaction. Use ASC for the cheapest engagement. */
  | 'ESTIMATED_CPE'
  /** Reliable rate × current followers: interactions to expect per post. Answers "who brings the most engagement per post". */
  | 'EXPECTED_INTERACTIONS'
  /** Followers of the creator's largest account. */
  | 'FOLLOWERS'
  /** Follower growth over the discovery growth days (30 by default). */
  | 'GROWTH'
  /** Name, alphabetically. */
  | 'NAME'
  /** Reliable (shrunk toward the tier peers) engagement rate of the metric account. */
  | 'RELIABLE_ENGAGEMENT_RATE';

/** Amounts in different currencies were combined; currencies never mix. Nothing was written. */
export type CurrencyMismatchError = Error & {
  __typename: 'CurrencyMismatchError';
  /** The currency given instead. */
  actual: Scalars['String']['output'];
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** The currency required: the campaign's currency for an amount given to it. */
  expected: Scalars['String']['output'];
  /** The input field holding the amount, e.g. `input.fee`; null when no single field is at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** The method and window a rate was computed with, echoed beside its value. */
export type EngagementMethod = {
  __typename: 'EngagementMethod';
  /** How post rates were combined. */
  aggregate: Aggregate;
  /** The instant the window ends at. */
  asOf: Scalars['DateTime']['output'];
  /** Rate denominator. */
  base: RateBase;
  /** Interaction components reported by at least one post of the sample; missing ones counted 0. */
  componentsPresent: Array<InteractionComponent>;
  /** Interactions counted. */
  interactions: Interactions;
  /** Window length in days (unused when windowPosts is set). */
  windowDays: Scalars['Int']['output'];
  /** Window as the last N posts; null for a days window. */
  windowPosts?: Maybe<Scalars['Int']['output']>;
};

/** The default engagement method and window. */
export type EngagementMethodDefaults = {
  __typename: 'EngagementMethodDefaults';
  /** Aggregate of post rates. */
  aggregate: Aggregate;
  /** Rate denominator. */
  base: RateBase;
  /** Interactions counted. */
  interactions: Interactions;
  /** Window length in days. */
  windowDays: Scalars['Int']['output'];
  /** Window as the last N posts; null for a days window. */
  windowPosts?: Maybe<Scalars['Int']['output']>;
};

/** How engagement is measured; omitted parts take the defaults reported by `metricsConfig`. */
export type EngagementMethodInput = {
  /** How post rates combine. */
  aggregate?: InputMaybe<Aggregate>;
  /** The denominator of a post rate. */
  base?: InputMaybe<RateBase>;
  /** Which interactions count. */
  interactions?: InputMaybe<Interactions>;
};

/** Engagement of an account over a window. Rates are fractions (0.034, not 3.4). */
export type EngagementRate = {
  __typename: 'EngagementRate';
  /** totalInteractions / sampleSize; null when the sample is empty. */
  avgInteractionsPerPost?: Maybe<Scalars['Float']['output']>;
  /** Posts of the window left out because their base was null or 0. */
  excluded: Scalars['Int']['output'];
  /** 95% interval of the MEAN rate: the hull of Student's t-interval (2+ posts) and the Wilson score interval of total interactions over total bases, so two posts with one like each do not look precise. Each end names its source; low clamped at 0. Null for MEDIAN or an empty sample. */
  interval95?: Maybe<Interval>;
  /** How the value was computed. */
  method: EngagementMethod;
  /** Posts in the sample (n). */
  sampleSize: Scalars['Int']['output'];
  /** Interactions over the sample. */
  totalInteractions: Scalars['Int']['output'];
  /** Mean or median post rate; null when no post of the window has a usable base. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Something the caller can act on. Unexpected failures are never described here. */
export type Error = {
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** A named number or text behind a flag. */
export type Evidence = {
  __typename: 'Evidence';
  /** What it is, e.g. `gain` or `peerP50`. */
  name: Scalars['String']['output'];
  /** The text, when it is one (dates, notes). */
  text?: Maybe<Scalars['String']['output']>;
  /** The number, when it is one. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Where a creator's fee per post or deliverable came from. */
export type FeeSource =
  /** The fee agreed with the campaign member. */
  | 'MEMBER_FEE'
  /** The account's quoted rate per post × the kind multiplier, converted into the currency asked for when needed. */
  | 'QUOTED_RATE'
  /** An estimate: the rate-card midpoint of the tier × the platform and kind multipliers (see `metricsConfig`), converted when needed. */
  | 'RATE_CARD'
  /** No agreed fee, and the price cannot be converted into the campaign's currency (no exchange rate): counted 0. */
  | 'UNPRICED';

/** One invalid input field. */
export type FieldIssue = {
  __typename: 'FieldIssue';
  /** Dotted path of the input field, e.g. `input.budget.amountMinor`. */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/** An inclusive range of numbers; either end may be left open. */
export type FloatRangeInput = {
  /** Largest value included. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest value included. */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** Followers at one instant. */
export type FollowerSnapshot = {
  __typename: 'FollowerSnapshot';
  /** When it was captured. */
  capturedAt: Scalars['DateTime']['output'];
  /** Followers gained per day since the previous snapshot; null for the first snapshot. */
  dailyGain?: Maybe<Scalars['Float']['output']>;
  /** Followers then. */
  followers: Scalars['Int']['output'];
  /** Accounts followed then. */
  following?: Maybe<Scalars['Int']['output']>;
};

/** Your key lacks the scope for this (e.g. granting CATALOG_WRITE without holding it). Another organization's objects are never FORBIDDEN: they answer NOT_FOUND, like ids that do not exist. */
export type ForbiddenError = Error & {
  __typename: 'ForbiddenError';
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** How an amount was converted between currencies: through the configured exchange-rate table (see `metricsConfig.fx`), dated and sourced; approximate. */
export type FxConversion = {
  __typename: 'FxConversion';
  /** Date of the exchange rates. */
  asOf: Scalars['DateTime']['output'];
  /** ISO 4217 code of the amount as quoted. */
  from: Scalars['String']['output'];
  /** Units of `to` per unit of `from` (USD per `from` ÷ USD per `to`); the amount is × this, rounded to whole minor units. */
  rate: Scalars['Float']['output'];
  /** Where the exchange rates come from. */
  source: Scalars['String']['output'];
  /** ISO 4217 code it was converted into. */
  to: Scalars['String']['output'];
};

/** One row of the exchange-rate table. */
export type FxRate = {
  __typename: 'FxRate';
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** US dollars per one unit of the currency. */
  usdPerUnit: Scalars['Float']['output'];
};

/** The exchange rates fees, rate-card estimates and the EMV CPM are converted with: dated, sourced and approximate (a fixed table, not live rates). A currency missing here cannot be converted (CURRENCY_MISMATCH). */
export type FxTable = {
  __typename: 'FxTable';
  /** Date of the rates. */
  asOf: Scalars['DateTime']['output'];
  /** US dollars per unit, one row per configured currency. */
  rates: Array<FxRate>;
  /** Where the rates come from. */
  source: Scalars['String']['output'];
};

/** The import report. */
export type ImportDataPayload = {
  __typename: 'ImportDataPayload';
  /** What was read, written and rejected. */
  report: ImportReport;
};

/** The payload, or a typed error explaining why nothing was written. */
export type ImportDataResult = ImportDataPayload | ValidationError;

/** What happened to one file. */
export type ImportFileReport = {
  __typename: 'ImportFileReport';
  /** Format it was read as. */
  format: ImportFormat;
  /** Rows that were new. */
  inserted: Scalars['Int']['output'];
  /** What the file holds, from its header or name; null when neither tells (the file is skipped). */
  kind?: Maybe<ImportKind>;
  /** Name of the uploaded file. */
  name: Scalars['String']['output'];
  /** Rows not imported; see `rejections`. */
  rejected: Scalars['Int']['output'];
  /** Data rows read (headers and blank lines excluded). */
  rowsRead: Scalars['Int']['output'];
  /** Existing rows already holding these values. */
  unchanged: Scalars['Int']['output'];
  /** Existing rows whose values changed. */
  updated: Scalars['Int']['output'];
};

/** Format of an import file. */
export type ImportFormat =
  /** Comma-separated values with a header row; an empty cell is null. */
  | 'CSV'
  /** One JSON object per line, with the same keys as the CSV header. */
  | 'JSONL';

/** What an import file holds. Files are imported in this order, whatever order they are sent in. */
export type ImportKind =
  /** creator_ref, platform, handle, external_id, followers, following, rate_per_post_minor, currency. */
  | 'ACCOUNTS'
  /** creator_ref, name, country, niches (`|`-separated). */
  | 'CREATORS'
  /** platform, handle, captured_at, followers, following. */
  | 'FOLLOWER_SNAPSHOTS'
  /** platform, handle, external_id, posted_at, kind, sponsored, brand, likes, comments, shares, saves, views, reach, impressions, caption. */
  | 'POSTS';

/** A row (or file) that was not imported, and why. */
export type ImportRejection = {
  __typename: 'ImportRejection';
  /** Column at fault; null when the whole row or file is. */
  field?: Maybe<Scalars['String']['output']>;
  /** Name of the uploaded file. */
  file: Scalars['String']['output'];
  /** Line in the file, from 1 (the CSV header is line 1). */
  line: Scalars['Int']['output'];
  /** What is wrong, e.g. `must not be negative (got -5)`. */
  reason: Scalars['String']['output'];
};

/** Outcome of an import. Valid rows were committed in batches of 1,000, one transaction each; invalid rows were skipped and are listed in `rejections`. */
export type ImportReport = {
  __typename: 'ImportReport';
  /** Transactions committed. */
  batches: Scalars['Int']['output'];
  /** Per file, in the order they were imported (creators, accounts, follower snapshots, posts). */
  files: Array<ImportFileReport>;
  /** Rows that were new, all files. */
  inserted: Scalars['Int']['output'];
  /** Rows not imported, all files. */
  rejected: Scalars['Int']['output'];
  /** Rejections by file and line: the first `first` of at most 1,000 kept. */
  rejections: Array<ImportRejection>;
  /** Data rows read, all files. */
  rowsRead: Scalars['Int']['output'];
  /** Rejections beyond the 1,000 kept (not listable). */
  truncatedRejections: Scalars['Int']['output'];
  /** Existing rows already holding these values, all files: importing a file twice changes nothing. */
  unchanged: Scalars['Int']['output'];
  /** Existing rows whose values changed, all files. */
  updated: Scalars['Int']['output'];
};


/** Outcome of an import. Valid rows were committed in batches of 1,000, one transaction each; invalid rows were skipped and are listed in `rejections`. */
export type ImportReportRejectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An inclusive range of whole numbers; either end may be left open. */
export type IntRangeInput = {
  /** Largest value included. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest value included. */
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** One kind of interaction a platform may report for a post. */
export type InteractionComponent =
  /** Comments. */
  | 'COMMENTS'
  /** Likes. */
  | 'LIKES'
  /** Saves. */
  | 'SAVES'
  /** Shares. */
  | 'SHARES';

/** Which interactions of a post count. */
export type Interactions =
  /** Likes + comments + shares + saves (default). */
  | 'ALL'
  /** Likes + comments only. */
  | 'LIKES_COMMENTS';

/** A 95% interval. Rates are fractions; the low end is clamped at 0. */
export type Interval = {
  __typename: 'Interval';
  /** Upper end. */
  high: Scalars['Float']['output'];
  /** The interval the upper end came from (EngagementRate.interval95); null for other intervals. */
  highSource?: Maybe<IntervalSource>;
  /** Lower end (clamped at 0). */
  low: Scalars['Float']['output'];
  /** The interval the lower end came from (EngagementRate.interval95); null for other intervals. */
  lowSource?: Maybe<IntervalSource>;
};

/** Which interval an end of an engagement rate’s interval95 came from (the interval is the hull of both). */
export type IntervalSource =
  /** Student's t-interval of the mean post rate (needs at least 2 posts). */
  | 'T'
  /** Wilson score interval of all interactions over all bases of the sample: it stays wide when counts are tiny. */
  | 'WILSON';

/** Fee multiplier of a post kind against a photo post. */
export type KindMultiplier = {
  __typename: 'KindMultiplier';
  /** The post kind. */
  kind: PostKind;
  /** Fee × this. */
  multiplier: Scalars['Float']['output'];
};

/** The key is the last active ADMIN key of your organization; revoking it would lock the organization out. Create another ADMIN key first. */
export type LastAdminKeyError = Error & {
  __typename: 'LastAdminKeyError';
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
  /** Prefix of the key that was kept. */
  prefix: Scalars['String']['output'];
};

/** The campaign with its posts. */
export type LinkCampaignPostsPayload = {
  __typename: 'LinkCampaignPostsPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
  /** Posts newly linked by this call; posts already linked are left out. */
  linkedPosts: Array<Post>;
};

/** The payload, or a typed error explaining why nothing was written. */
export type LinkCampaignPostsResult = ForbiddenError | LinkCampaignPostsPayload | NotFoundError | ValidationError;

/** Which way a metric is better. */
export type MetricDirection =
  /** The largest value is best. */
  | 'HIGHER_IS_BETTER'
  /** The smallest value is best (costs, overhead, risk). */
  | 'LOWER_IS_BETTER'
  /** Neither side is better (creators, deliverables: more of them buys reach but costs coordination, which overheadHours and coordinationRisk count): no campaign wins the row. */
  | 'NEUTRAL';

/** One named default of the metric definitions. */
export type MetricThreshold = {
  __typename: 'MetricThreshold';
  /** Dotted name, e.g. `authenticity.followerSpike.zThreshold`. */
  name: Scalars['String']['output'];
  /** The value in use. */
  value: Scalars['Float']['output'];
};

/** The defaults and thresholds the metric answers use (docs/metrics.md#defaults). */
export type MetricsConfig = {
  __typename: 'MetricsConfig';
  /** Method and window used when omitted, and by authenticity. */
  defaultMethod: EngagementMethodDefaults;
  /** CPM rates used for earned media value, one per configured currency; other currencies convert the USD one through `fx`. */
  emvCpm: Array<Money>;
  /** The exchange-rate table, with its date and source. */
  fx: FxTable;
  /** Days of the growth that creator filters and orderings use. */
  growthDays: Scalars['Int']['output'];
  /** Rate-card multipliers by post kind. */
  kindMultipliers: Array<KindMultiplier>;
  /** Peers (with posts) a reliable rate needs before it gets a prior. */
  minPeersForPrior: Scalars['Int']['output'];
  /** Posts an account needs in the window to count in benchmarks and the authenticity peer median. */
  minPostsForBenchmark: Scalars['Int']['output'];
  /** How long a peer group computed for the request time is reused (see `peersAsOf`). */
  peerCacheTtlSeconds: Scalars['Float']['output'];
  /** Posts in the window an account needs before planCampaign may pick it (the default of `minPosts`). */
  plannerMinPosts: Scalars['Int']['output'];
  /** Rate-card multipliers by platform (the rate card is Instagram's). */
  platformMultipliers: Array<PlatformFactor>;
  /** Rate-card midpoints by tier (Instagram photo post), used when no agreed or quoted fee exists; × `platformMultipliers` and `kindMultipliers`. */
  rateCard: Array<TierRate>;
  /** Share of followers assumed to see a post that reports no impressions, by platform: used by campaign metrics and by AWARENESS plans alike. */
  reachFactors: Array<PlatformFactor>;
  /** Every numeric threshold of authenticity, costs, campaigns and the planner, by dotted name. */
  thresholds: Array<MetricThreshold>;
  /** Name of the tier scheme (see `tierScheme`). */
  tierScheme: Scalars['String']['output'];
  /** Allowed window sizes. */
  windowLimits: Scalars['String']['output'];
};

/** An amount of money in integer minor units (cents for USD) with its ISO 4217 currency. */
export type Money = {
  __typename: 'Money';
  /** Amount in minor units, e.g. 12345 = 123.45 USD. */
  amountMinor: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** An amount of money in integer minor units with its ISO 4217 currency. */
export type MoneyInput = {
  /** Amount in minor units (cents for USD); not negative. */
  amountMinor: Scalars['Int']['input'];
  /** ISO 4217 currency code. */
  currency: Scalars['Currency']['input'];
};

/** A unit cost (per engagement, per thousand impressions, per view) or a median of amounts: minor units of `currency`, not rounded (0.37 = 0.37 cents for USD). */
export type MoneyRate = {
  __typename: 'MoneyRate';
  /** Minor units, fractional. */
  amountMinor: Scalars['Float']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** Writes. Each mutation is one transaction and returns a typed result. */
export type Mutation = {
  __typename: 'Mutation';
  /** Hires a creator account for a campaign (WRITE scope). Subscribers are notified. */
  addCampaignMember?: Maybe<AddCampaignMemberResult>;
  /** Archives a campaign (WRITE scope): hidden from default listings, its members and posts frozen, results still recordable. Idempotent. */
  archiveCampaign?: Maybe<ArchiveCampaignResult>;
  /** Creates an API key for your organization (ADMIN scope). Granting CATALOG_WRITE needs a key that holds it (ForbiddenError otherwise). */
  createApiKey?: Maybe<CreateApiKeyResult>;
  /** Creates a campaign for your organization (WRITE scope). */
  createCampaign?: Maybe<CreateCampaignResult>;
  /** Imports creators, accounts, follower snapshots and posts from CSV or JSONL files sent as multipart/form-data (CATALOG_WRITE scope: the catalog is shared, so organization keys do not hold it). Upserts by creator_ref, (platform, handle), (platform, external_id) and (account, captured_at), in batches of 1,000 rows per transaction; invalid rows are reported and skipped. Plain files only (no .zip). */
  importData?: Maybe<ImportDataResult>;
  /** Links posts to a campaign (WRITE scope). Each post's account must be a member; one unknown or ineligible post links none. Subscribers are notified. */
  linkCampaignPosts?: Maybe<LinkCampaignPostsResult>;
  /** Records revenue and/or conversions attributed to a campaign, replacing earlier values (WRITE scope). Subscribers are notified. */
  recordCampaignResults?: Maybe<RecordCampaignResultsResult>;
  /** Removes a member from a campaign and unlinks its account's posts from it (WRITE scope). Subscribers are notified. */
  removeCampaignMember?: Maybe<RemoveCampaignMemberResult>;
  /** Revokes one of your API keys by its prefix (ADMIN scope). Requests with it are refused from now on. The last active ADMIN key of your organization cannot be revoked (LastAdminKeyError). */
  revokeApiKey?: Maybe<RevokeApiKeyResult>;
  /** Unlinks posts from a campaign (WRITE scope); posts that are not linked are skipped. Subscribers are notified. */
  unlinkCampaignPosts?: Maybe<UnlinkCampaignPostsResult>;
  /** Changes a campaign of your organization (WRITE scope). Archived campaigns cannot change. */
  updateCampaign?: Maybe<UpdateCampaignResult>;
  /** Changes a member's fee, deliverables or their kind (WRITE scope). Subscribers are notified. */
  updateCampaignMember?: Maybe<UpdateCampaignMemberResult>;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationAddCampaignMemberArgs = {
  input: AddCampaignMemberInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationArchiveCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationImportDataArgs = {
  files: Array<Scalars['Upload']['input']>;
  format?: InputMaybe<ImportFormat>;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationLinkCampaignPostsArgs = {
  campaignId: Scalars['ID']['input'];
  postIds: Array<Scalars['ID']['input']>;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationRecordCampaignResultsArgs = {
  campaignId: Scalars['ID']['input'];
  input: RecordCampaignResultsInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationRemoveCampaignMemberArgs = {
  input: RemoveCampaignMemberInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationRevokeApiKeyArgs = {
  prefix: Scalars['String']['input'];
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationUnlinkCampaignPostsArgs = {
  campaignId: Scalars['ID']['input'];
  postIds: Array<Scalars['ID']['input']>;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationUpdateCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationUpdateCampaignMemberArgs = {
  input: UpdateCampaignMemberInput;
};

/** A niche and how many creators work in it. */
export type NicheCount = {
  __typename: 'NicheCount';
  /** Creators with this niche. */
  creatorCount: Scalars['Int']['output'];
  /** The niche, lower case (a value for `CreatorFilter.niches`). */
  niche: Scalars['String']['output'];
};

/** An object with a global ID. */
export type Node = {
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
};

/** The object does not exist (or is not visible to you). */
export type NotFoundError = Error & {
  __typename: 'NotFoundError';
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** Kind of object looked for. */
  entity: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
  /** The identifier that was looked for. */
  ref: Scalars['String']['output'];
};

/** The same creators' organic (not sponsored) posts in the same window, on the accounts that posted for the brand: the baseline of the lift. */
export type OrganicComparison = {
  __typename: 'OrganicComparison';
  /** Posts left out of the rate because their base was null or 0 (their interactions still count). */
  excluded: Scalars['Int']['output'];
  /** Σ interactions (likes + comments + shares + saves; a component not reported counts 0). */
  interactions: Scalars['Int']['output'];
  /** Posts counted. */
  posts: Scalars['Int']['output'];
  /** Mean post rate (interactions / followers at post time) over the posts with a usable base; null when none has one. */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** A customer: a brand or agency. Owns API keys and campaigns. You see your own only. */
export type Organization = Node & {
  __typename: 'Organization';
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** URL-safe unique name. */
  slug: Scalars['String']['output'];
};

/** Where a page sits in its connection. */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Percentiles by linear interpolation between closest ranks (numpy and R default, type 7). */
export type Percentiles = {
  __typename: 'Percentiles';
  /** 10th percentile. */
  p10?: Maybe<Scalars['Float']['output']>;
  /** 25th percentile. */
  p25?: Maybe<Scalars['Float']['output']>;
  /** Median. */
  p50?: Maybe<Scalars['Float']['output']>;
  /** 75th percentile. */
  p75?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile. */
  p90?: Maybe<Scalars['Float']['output']>;
};

/** A plan under the same rules, restricted to one tier (the side-by-side alternatives). */
export type Plan = {
  __typename: 'Plan';
  /** EXACT_MEET_IN_THE_MIDDLE_PARETO, or HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE above 40 candidates. */
  algorithm: PlanAlgorithm;
  /** Candidates left after every filter (platform, niches, tiers, posts in the window, authenticity, a reliable rate). */
  candidateCount: Scalars['Int']['output'];
  /** True when the plan is provably optimal (exact algorithm, ≤ 40 candidates after the filters). */
  optimal: Scalars['Boolean']['output'];
  /** The creators chosen, highest value first. */
  selection: Array<PlanSelection>;
  /** Accounts (of the platform, niches and tiers) left out for fewer than minPosts posts in the window. */
  tooFewPosts: Scalars['Int']['output'];
  /** What the selection adds up to. */
  totals: PlanTotals;
};

/** How a plan was chosen. */
export type PlanAlgorithm =
  /** Exact (meet in the middle over Pareto frontiers): provably optimal. */
  | 'EXACT_MEET_IN_THE_MIDDLE_PARETO'
  /** Above 40 candidates: greedy by value per cost, local search, and an exact solve of the 32 closest candidates. */
  | 'HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE';

/** What to plan: a budget, a goal and the rules creators must meet. */
export type PlanCampaignInput = {
  /** Evaluate authenticity and engagement at this instant; defaults to now. */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** Most the plan may cost (fees plus overhead), 0 or more; fees are priced in its currency, quotes in others converted at the configured exchange rate (disclosed per selection). */
  budget: MoneyInput;
  /** What to maximize. */
  goal: PlanGoal;
  /** Cost of one coordination hour, in the budget currency; adds (3 + posts) hours × this to each creator’s cost. Omitted: overhead costs nothing. */
  hourlyOverhead?: InputMaybe<MoneyInput>;
  /** What each bought post is (default PHOTO): fees are the quoted rate or estimate × its multiplier. */
  kind?: InputMaybe<PostKind>;
  /** Most creators in the plan (default 20, at most 1000). */
  maxCreators?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest authenticity score (0–100) accepted, inclusive (default 70). */
  minAuthenticity?: InputMaybe<Scalars['Float']['input']>;
  /** Posts in the default window an account needs to be a candidate (default 3, 1–1000): an account without evidence is not bought on its peers' averages. */
  minPosts?: InputMaybe<Scalars['Int']['input']>;
  /** Creators working in any of these niches; all niches when omitted or empty. */
  niches?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Accounts of this platform only. */
  platform: Platform;
  /** Posts bought from each creator (default 1, 1–1000). */
  postsPerCreator?: InputMaybe<Scalars['Int']['input']>;
  /** Allowed tiers; every tier when omitted or empty. */
  tiers?: InputMaybe<Array<Tier>>;
};

/** The best roster for the budget: maximal Σ value with Σ cost ≤ budget and at most maxCreators creators, with the best all-MICRO and all-MACRO rosters under the same rules beside it. */
export type PlanCampaignPayload = {
  __typename: 'PlanCampaignPayload';
  /** Accounts of the platform matching the niches (and tiers, plus MICRO and MACRO for the alternatives). */
  accountsConsidered: Scalars['Int']['output'];
  /** EXACT_MEET_IN_THE_MIDDLE_PARETO, or HEURISTIC_GREEDY_LOCAL_SEARCH_EXACT_CORE above 40 candidates. */
  algorithm: PlanAlgorithm;
  /** The best plan using MACRO creators only. */
  allMacro: Plan;
  /** The best plan using MICRO creators only. */
  allMicro: Plan;
  /** The instant authenticity and engagement were evaluated at. */
  asOf: Scalars['DateTime']['output'];
  /** Candidates left after every filter (platform, niches, tiers, posts in the window, authenticity, a reliable rate). */
  candidateCount: Scalars['Int']['output'];
  /** The budget currency: every amount is in it. */
  currency: Scalars['String']['output'];
  /** The kind of post priced. */
  kind: PostKind;
  /** Posts in the window a candidate needed. */
  minPosts: Scalars['Int']['output'];
  /** True when the plan is provably optimal (exact algorithm, ≤ 40 candidates after the filters). */
  optimal: Scalars['Boolean']['output'];
  /** The platform's reach factor: AWARENESS values are authentic followers × it × posts, the factor campaign metrics estimate impressions with (`CampaignMetrics.reachFactors`). */
  reachFactor: Scalars['Float']['output'];
  /** The creators chosen, highest value first. */
  selection: Array<PlanSelection>;
  /** Accounts (of the platform, niches and tiers) left out for fewer than minPosts posts in the window. */
  tooFewPosts: Scalars['Int']['output'];
  /** What the selection adds up to. */
  totals: PlanTotals;
  /** Accounts left out because their price cannot be converted into the budget currency (no exchange rate configured). */
  unpricedAccounts: Scalars['Int']['output'];
};

/** The payload, or a typed error explaining why nothing was written. */
export type PlanCampaignResult = CurrencyMismatchError | PlanCampaignPayload | ValidationError;

/** What a plan maximizes. */
export type PlanGoal =
  /** Expected impressions: authentic followers × the platform's reach factor × posts. */
  | 'AWARENESS'
  /** Expected interactions: reliable engagement rate × followers × posts. */
  | 'ENGAGEMENT';

/** One creator account in a plan. */
export type PlanSelection = {
  __typename: 'PlanSelection';
  /** The account to hire. */
  account: Account;
  /** Its authenticity score (0–100). */
  authenticityScore: Scalars['Float']['output'];
  /** fee × posts + overhead hours × hourly overhead: what it takes from the budget. */
  cost: Money;
  /** Fee per post used. */
  fee: Money;
  /** How a quote or estimate in another currency was converted into the budget's; null when none was needed. */
  feeConversion?: Maybe<FxConversion>;
  /** How the fee was found, e.g. "rate card MICRO 300 USD × 0.8 (TIKTOK) × 1 (PHOTO)". */
  feeMethod: Scalars['String']['output'];
  /** QUOTED_RATE, or RATE_CARD for an estimate. */
  feeSource: FeeSource;
  /** Posts of the account in the default window: the evidence behind its numbers (at least minPosts). */
  posts: Scalars['Int']['output'];
  /** Its reliable engagement rate (ENGAGEMENT plans; null for AWARENESS). */
  reliableRate?: Maybe<Scalars['Float']['output']>;
  /** Its tier. */
  tier: Tier;
  /** Expected interactions (ENGAGEMENT) or expected impressions (AWARENESS) it brings. */
  value: Scalars['Float']['output'];
};

/** What a plan adds up to. */
export type PlanTotals = {
  __typename: 'PlanTotals';
  /** Chance that at least one creator relationship goes wrong: 1 − (1 − 0.05)^creators. */
  coordinationRisk: Scalars['Float']['output'];
  /** Spend plus overhead cost: what the budget bounds. */
  cost: Money;
  /** Creators selected. */
  creators: Scalars['Int']['output'];
  /** Posts bought. */
  deliverables: Scalars['Int']['output'];
  /** Σ value: expected interactions (ENGAGEMENT) or expected impressions, authentic followers × reach factor × posts (AWARENESS). */
  expectedValue: Scalars['Float']['output'];
  /** 3 × creators + 1 × posts. */
  overheadHours: Scalars['Float']['output'];
  /** ENGAGEMENT: spend / expected interactions; null otherwise or when nothing is expected. */
  projectedCpe?: Maybe<MoneyRate>;
  /** AWARENESS: spend / expected impressions × 1000, on the reach model of campaign metrics (see `reachFactor`); null otherwise or when nothing is expected. */
  projectedCpm?: Maybe<MoneyRate>;
  /** Σ fee × posts. */
  spend: Money;
};

/** A social platform an account lives on. */
export type Platform =
  /** Instagram. */
  | 'INSTAGRAM'
  /** TikTok. */
  | 'TIKTOK'
  /** X (formerly Twitter). */
  | 'X'
  /** YouTube. */
  | 'YOUTUBE';

/** A number that depends on the platform (a price multiplier or a reach factor). */
export type PlatformFactor = {
  __typename: 'PlatformFactor';
  /** The platform. */
  platform: Platform;
  /** The value in use for it. */
  value: Scalars['Float']['output'];
};

/** One piece of content published by an account. */
export type Post = Node & {
  __typename: 'Post';
  /** The account that published it. */
  account: Account;
  /** Partner brand of a sponsored post. */
  brand?: Maybe<Scalars['String']['output']>;
  /** Caption text. */
  caption?: Maybe<Scalars['String']['output']>;
  /** Comments. Null when the platform does not report it. */
  comments?: Maybe<Scalars['Int']['output']>;
  /** The platform's own id for the post. */
  externalId: Scalars['String']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Times shown (creator-shared insight). Null when the platform does not report it. */
  impressions?: Maybe<Scalars['Int']['output']>;
  /** Format of the post. */
  kind: PostKind;
  /** Likes. Null when the platform does not report it. */
  likes?: Maybe<Scalars['Int']['output']>;
  /** Where it was published. */
  platform: Platform;
  /** When it was published (UTC). */
  postedAt: Scalars['DateTime']['output'];
  /** Unique accounts reached (creator-shared insight). Null when the platform does not report it. */
  reach?: Maybe<Scalars['Int']['output']>;
  /** Saves or bookmarks. Null when the platform does not report it. */
  saves?: Maybe<Scalars['Int']['output']>;
  /** Shares or reposts. Null when the platform does not report it. */
  shares?: Maybe<Scalars['Int']['output']>;
  /** Disclosed as paid partnership or ad. */
  sponsored: Scalars['Boolean']['output'];
  /** Video views. Null when the platform does not report it. */
  views?: Maybe<Scalars['Int']['output']>;
};

/** A page of posts. */
export type PostConnection = {
  __typename: 'PostConnection';
  /** The objects of the page with their cursors. */
  edges: Array<PostEdge>;
  /** The nodes of the page, in order, without edges. */
  nodes: Array<Post>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A post and its cursor. */
export type PostEdge = {
  __typename: 'PostEdge';
  /** Opaque cursor of this edge; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The object at this edge. */
  node: Post;
};

/** Narrows the posts list. All given conditions must hold. */
export type PostFilter = {
  /** Posts of this account. */
  account?: InputMaybe<Scalars['ID']['input']>;
  /** Sponsored posts naming this partner brand: exact match ignoring case and surrounding spaces ("acme" matches "Acme", not "Acme Foods"). 1–200 characters. */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** Posts of any account of this creator. */
  creator?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these formats. */
  kinds?: InputMaybe<Array<PostKind>>;
  /** Posts on this platform. */
  platform?: InputMaybe<Platform>;
  /** Published at or after this time. */
  postedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Published at or before this time. */
  postedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only sponsored (true) or only organic (false). */
  sponsored?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The format of a post. */
export type PostKind =
  /** Several images or videos in one post. */
  | 'CAROUSEL'
  /** A live broadcast. */
  | 'LIVE'
  /** A single image. */
  | 'PHOTO'
  /** An Instagram Reel. */
  | 'REEL'
  /** A YouTube Short. */
  | 'SHORT'
  /** An ephemeral story. */
  | 'STORY'
  /** A video post. */
  | 'VIDEO';

/** An account's price for one post of a kind, with the rule that produced it. */
export type Price = {
  __typename: 'Price';
  /** The price of one post. */
  amount: Money;
  /** How the amount was converted into the currency asked for; null when no conversion was needed. */
  conversion?: Maybe<FxConversion>;
  /** True for a rate-card estimate; false when the account quotes a rate. */
  estimated: Scalars['Boolean']['output'];
  /** The rule in words: "quoted rate × 1.45 (REEL)", or "rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)" (rate-card midpoint of the tier × platform multiplier × kind multiplier). */
  method: Scalars['String']['output'];
};

/** Read entry points. Every query needs a key with the `read` scope. */
export type Query = {
  __typename: 'Query';
  /** One account by platform and handle. Null when not found. */
  account?: Maybe<Account>;
  /** Engagement percentiles of the accounts of one platform and tier, optionally one niche. */
  benchmarks?: Maybe<TierBenchmark>;
  /** A brand’s sponsored posts (those naming it, ignoring case) in a window up to now: posts, creators, interactions and mean rate, beside the same creators’ organic rate (the lift), and the top creators by interactions. VALIDATION error for an empty brand, a window or `top` out of range. */
  brandPerformance?: Maybe<BrandPerformance>;
  /** One of your organization's campaigns; null when it does not exist or is not yours. */
  campaign?: Maybe<Campaign>;
  /** Your organization's campaigns, newest first. `first` is 1–100 (default 20). */
  campaigns?: Maybe<CampaignConnection>;
  /** Compares 2–10 of your campaigns (all in one currency): each metric side by side with the best campaign(s), and a verdict per goal. */
  compareCampaigns?: Maybe<CompareCampaignsResult>;
  /** Per tier of a platform (optionally one niche): account count, engagement quartiles, interactions, fees, CPE and authenticity. VALIDATION error for a window out of range. */
  compareTiers?: Maybe<Array<TierComparison>>;
  /** One creator by global `id`, or by `handle` (optionally on `platform`). Null when not found. A handle that accounts of several creators use (on different platforms) needs `platform`: without it the field fails with code VALIDATION and `extensions.matches` (platform, handle, creatorId, creatorName of each). */
  creator?: Maybe<Creator>;
  /** Creators matching a filter. `first` is 1–100 (default 20). */
  creators?: Maybe<CreatorConnection>;
  /** The defaults and thresholds the metric answers use. */
  metricsConfig: MetricsConfig;
  /** Niches with their number of creators, most creators first, then by name: the first `first`. */
  niches?: Maybe<Array<NicheCount>>;
  /** Fetches any object by its global ID; null when it does not exist or is not yours. */
  node?: Maybe<Node>;
  /** Fetches objects by global IDs, in order; null for each that does not exist. At most 100 IDs. */
  nodes: Array<Maybe<Node>>;
  /** Chooses creators for a budget (docs/metrics.md#planner): provably optimal with ≤ 40 candidates after the filters, a documented heuristic above. */
  planCampaign?: Maybe<PlanCampaignResult>;
  /** Posts matching a filter, newest first by default. `first` is 1–100 (default 20). */
  posts?: Maybe<PostConnection>;
  /** Creators whose name or any account handle contains `text` (case-insensitive): those where it starts the name or a handle first, then by followers (largest first). At most the best 1000 matches (and `totalCount`); pages forward only (`first`/`after`, `first` 1–100, default 20). */
  search?: Maybe<CreatorConnection>;
  /** The tier scheme every `tier` field uses. */
  tierScheme: TierScheme;
  /** Who is calling. */
  viewer: Viewer;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryAccountArgs = {
  handle: Scalars['String']['input'];
  platform: Platform;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryBenchmarksArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  niche?: InputMaybe<Scalars['String']['input']>;
  platform: Platform;
  tier: Tier;
  window?: InputMaybe<WindowInput>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryBrandPerformanceArgs = {
  brand: Scalars['String']['input'];
  platform?: InputMaybe<Platform>;
  top?: InputMaybe<Scalars['Int']['input']>;
  window?: InputMaybe<WindowInput>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<CampaignStatus>>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCompareCampaignsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  goal?: InputMaybe<CampaignGoal>;
  ids: Array<Scalars['ID']['input']>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCompareTiersArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  niche?: InputMaybe<Scalars['String']['input']>;
  platform: Platform;
  window?: InputMaybe<WindowInput>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCreatorArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  platform?: InputMaybe<Platform>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryCreatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CreatorOrder>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryNichesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryPlanCampaignArgs = {
  input: PlanCampaignInput;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<PostFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** The denominator of a post rate. */
export type RateBase =
  /** Followers at post time: the latest snapshot at or before the post, else the earliest after it, else current followers (default). */
  | 'FOLLOWERS'
  /** Impressions of the post. */
  | 'IMPRESSIONS'
  /** Reach of the post. */
  | 'REACH'
  /** Views of the post. */
  | 'VIEWS';

/** Your organization's query-cost budget, a leaky bucket shared by all its keys: each operation takes its cost from it and it refills at `restoreRate` points per second up to `limit`. */
export type RateLimit = {
  __typename: 'RateLimit';
  /** Points charged for this request before execution (`requested`). */
  cost: Scalars['Int']['output'];
  /** Capacity of the bucket: the most points you may spend at once. */
  limit: Scalars['Int']['output'];
  /** Points available now, after this request was charged. */
  remaining: Scalars['Int']['output'];
  /** When the bucket is full again if you make no more requests. */
  resetAt: Scalars['DateTime']['output'];
  /** Points the bucket regains every second. */
  restoreRate: Scalars['Int']['output'];
};

/** The share of followers assumed to see a post that reports no impressions, on one platform: estimated impressions = followers at post time × factor. */
export type ReachFactor = {
  __typename: 'ReachFactor';
  /** The reach factor (0–1). */
  factor: Scalars['Float']['output'];
  /** The platform. */
  platform: Platform;
};

/** Results attributed to a campaign; they replace earlier ones. Give at least one field. */
export type RecordCampaignResultsInput = {
  /** Conversions, 0 or more; null clears them, omitted keeps them. */
  conversions?: InputMaybe<Scalars['Int']['input']>;
  /** Revenue, 0 or more, in the campaign's currency; null clears it, omitted keeps it. */
  revenue?: InputMaybe<MoneyInput>;
};

/** The campaign with its recorded results. */
export type RecordCampaignResultsPayload = {
  __typename: 'RecordCampaignResultsPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
};

/** The payload, or a typed error explaining why nothing was written. */
export type RecordCampaignResultsResult = CurrencyMismatchError | ForbiddenError | NotFoundError | RecordCampaignResultsPayload | ValidationError;

/** Engagement rate shrunk toward the peer norm (empirical Bayes): few posts or a tiny audience pull the value to the peers' mean. */
export type ReliableEngagementRate = {
  __typename: 'ReliableEngagementRate';
  /** 95% posterior interval of the account's true rate: value ± 1.959964 · √(weight · V), V the sampling variance of its own mean; low clamped at 0. Sort by its low end to rank honestly. Null without a prior or without posts. */
  interval95?: Maybe<Interval>;
  /** Peers with at least one post in the window, the account included. */
  peerCount: Scalars['Int']['output'];
  /** The instant the peer group was evaluated at: asOf when given; with asOf omitted, when the cached peer group was computed (at most the cache TTL ago). */
  peersAsOf: Scalars['DateTime']['output'];
  /** The peers' mean rate μ; null with fewer peers than `metricsConfig.minPeersForPrior`. */
  prior?: Maybe<Scalars['Float']['output']>;
  /** weight · own mean + (1 − weight) · prior; null without posts and without a prior. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Share (0–1) of the account's own mean in the value. */
  weight: Scalars['Float']['output'];
};

/** A member to remove from a campaign. */
export type RemoveCampaignMemberInput = {
  /** Global ID of the member account. */
  accountId: Scalars['ID']['input'];
  /** Global ID of your campaign. */
  campaignId: Scalars['ID']['input'];
};

/** The campaign without the member. */
export type RemoveCampaignMemberPayload = {
  __typename: 'RemoveCampaignMemberPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
  /** The removed account's posts that were unlinked with it. */
  unlinkedPosts: Array<Post>;
};

/** The payload, or a typed error explaining why nothing was written. */
export type RemoveCampaignMemberResult = ForbiddenError | NotFoundError | RemoveCampaignMemberPayload | ValidationError;

/** The revoked key. */
export type RevokeApiKeyPayload = {
  __typename: 'RevokeApiKeyPayload';
  /** The key, now revoked. */
  apiKey: ApiKey;
};

/** The payload, or a typed error explaining why nothing was written. */
export type RevokeApiKeyResult = LastAdminKeyError | NotFoundError | RevokeApiKeyPayload | ValidationError;

/** How much a flag weighs, from its penalty. */
export type Severity =
  /** Penalty of 0.25 or more. */
  | 'HIGH'
  /** Penalty under 0.10. */
  | 'LOW'
  /** Penalty from 0.10 to under 0.25. */
  | 'MEDIUM';

/** Order of a list. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Sponsored against organic engagement over the same window (the window's posts, split). */
export type SponsoredVsOrganic = {
  __typename: 'SponsoredVsOrganic';
  /** sponsored.value / organic.value; null when either is null or organic is 0. */
  liftRatio?: Maybe<Scalars['Float']['output']>;
  /** Organic posts. */
  organic: EngagementRate;
  /** Sponsored posts. */
  sponsored: EngagementRate;
};

/** Live updates over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream`. Every subscription needs a key with the `read` scope. */
export type Subscription = {
  __typename: 'Subscription';
  /** An update each time a write changes the members, posts or results of your campaign. NOT_FOUND for an unknown id and, alike, for another organization's campaign. */
  campaignMetricsUpdated: CampaignMetricsUpdate;
};


/** Live updates over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream`. Every subscription needs a key with the `read` scope. */
export type SubscriptionCampaignMetricsUpdatedArgs = {
  campaignId: Scalars['ID']['input'];
};

/** Follower tier of an account (default scheme mediakix-2019; see `tierScheme`). */
export type Tier =
  /** 500,000 to 999,999 followers. */
  | 'MACRO'
  /** 1,000,000 followers or more. */
  | 'MEGA'
  /** 10,000 to 49,999 followers. */
  | 'MICRO'
  /** 50,000 to 499,999 followers. */
  | 'MID'
  /** Fewer than 10,000 followers. */
  | 'NANO';

/** Engagement across the accounts of one platform and tier (optionally one niche). */
export type TierBenchmark = {
  __typename: 'TierBenchmark';
  /** Accounts in the group. */
  accountCount: Scalars['Int']['output'];
  /** Accounts with at least one post in the window. */
  activeCount: Scalars['Int']['output'];
  /** τ², the spread of true rates between accounts (reliable rate). */
  betweenAccountVariance?: Maybe<Scalars['Float']['output']>;
  /** Percentiles of average interactions per post. */
  interactions: Percentiles;
  /** First follower count above the tier (exclusive); null for the top tier. */
  maxFollowers?: Maybe<Scalars['Int']['output']>;
  /** The method, window and instant the group was evaluated with. */
  method: EngagementMethod;
  /** Lowest follower count of the tier (inclusive). */
  minFollowers: Scalars['Int']['output'];
  /** The niche, when narrowed to one. */
  niche?: Maybe<Scalars['String']['output']>;
  /** 10th percentile of account rates. */
  p10?: Maybe<Scalars['Float']['output']>;
  /** 25th percentile of account rates. */
  p25?: Maybe<Scalars['Float']['output']>;
  /** Median account rate. */
  p50?: Maybe<Scalars['Float']['output']>;
  /** 75th percentile of account rates. */
  p75?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of account rates. */
  p90?: Maybe<Scalars['Float']['output']>;
  /** Accounts with at least `metricsConfig.minPostsForBenchmark` posts: those in the percentiles. */
  peerCount: Scalars['Int']['output'];
  /** The platform. */
  platform: Platform;
  /** μ, the prior of the reliable rate: mean of the per-account mean rates (accounts with posts). */
  prior?: Maybe<Scalars['Float']['output']>;
  /** The tier scheme, e.g. mediakix-2019. */
  scheme: Scalars['String']['output'];
  /** The tier, by current followers. */
  tier: Tier;
  /** σ²_w, the pooled post-to-post variance (reliable rate). */
  withinAccountVariance?: Maybe<Scalars['Float']['output']>;
};

/** The follower range of one tier. */
export type TierBound = {
  __typename: 'TierBound';
  /** First follower count above the tier (exclusive); null for the top tier. */
  maxFollowers?: Maybe<Scalars['Int']['output']>;
  /** Lowest follower count in the tier (inclusive). */
  minFollowers: Scalars['Int']['output'];
  /** The tier. */
  tier: Tier;
};

/** One tier of a platform (optionally one niche): engagement (default method, the given window), fee per photo post in USD (the quoted rate, else the rate-card estimate × the platform multiplier, converted at the configured exchange rate) and authenticity. Medians and quartiles by linear interpolation (type 7); each skips accounts where its input is missing. */
export type TierComparison = {
  __typename: 'TierComparison';
  /** Accounts of the platform (and niche) in the tier. */
  accountCount: Scalars['Int']['output'];
  /** The instant the numbers were computed at. */
  asOf: Scalars['DateTime']['output'];
  /** Share (0–1) of accounts scoring below 70; null when the tier has no account. */
  lowAuthenticityShare?: Maybe<Scalars['Float']['output']>;
  /** Median authenticity score (0–100). */
  medianAuthenticity?: Maybe<Scalars['Float']['output']>;
  /** Median of average interactions per post. */
  medianAvgInteractions?: Maybe<Scalars['Float']['output']>;
  /** Median over accounts of fee / average interactions per post (accounts with 0 left out). */
  medianCpe?: Maybe<MoneyRate>;
  /** Median fee per post. */
  medianFee?: Maybe<MoneyRate>;
  /** Median engagement rate. */
  medianRate?: Maybe<Scalars['Float']['output']>;
  /** The niche, when narrowed to one. */
  niche?: Maybe<Scalars['String']['output']>;
  /** 25th percentile engagement rate. */
  p25Rate?: Maybe<Scalars['Float']['output']>;
  /** 75th percentile engagement rate. */
  p75Rate?: Maybe<Scalars['Float']['output']>;
  /** The platform. */
  platform: Platform;
  /** The tier, by current followers. */
  tier: Tier;
  /** Engagement window in days (unused when windowPosts is set). */
  windowDays: Scalars['Int']['output'];
  /** Engagement window as the last N posts; null for a days window. */
  windowPosts?: Maybe<Scalars['Int']['output']>;
};

/** Estimated fee per post of one tier (rate-card midpoint). */
export type TierRate = {
  __typename: 'TierRate';
  /** Fee per photo post. */
  fee: Money;
  /** The tier. */
  tier: Tier;
};

/** How follower counts map to tiers. */
export type TierScheme = {
  __typename: 'TierScheme';
  /** Where the scheme comes from. */
  description: Scalars['String']['output'];
  /** Scheme name, e.g. mediakix-2019. */
  name: Scalars['String']['output'];
  /** Tiers in ascending order. */
  tiers: Array<TierBound>;
};

/** The campaign without the posts. */
export type UnlinkCampaignPostsPayload = {
  __typename: 'UnlinkCampaignPostsPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
  /** Posts unlinked by this call; posts that were not linked are left out. */
  unlinkedPosts: Array<Post>;
};

/** The payload, or a typed error explaining why nothing was written. */
export type UnlinkCampaignPostsResult = ForbiddenError | NotFoundError | UnlinkCampaignPostsPayload | ValidationError;

/** Changes to a campaign. Omitted (or null) fields stay as they are, except `endsAt`: null clears it. */
export type UpdateCampaignInput = {
  /** New brand (1–200 characters, trimmed). */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** New budget, 0 or more, in the campaign currency. */
  budget?: InputMaybe<MoneyInput>;
  /** New currency: only while no member fee or revenue is recorded, and with `budget` in the new currency. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** New end, not before the start; null clears it. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New goal. */
  goal?: InputMaybe<CampaignGoal>;
  /** New name (1–200 characters, trimmed). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New start. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New state: DRAFT, ACTIVE or COMPLETED (archive with `archiveCampaign`). */
  status?: InputMaybe<CampaignStatus>;
};

/** Changes to a member of a campaign. Omitted fields stay as they are. */
export type UpdateCampaignMemberInput = {
  /** Global ID of the member account. */
  accountId: Scalars['ID']['input'];
  /** Global ID of your campaign. */
  campaignId: Scalars['ID']['input'];
  /** New number of posts agreed, 1–1000. */
  deliverables?: InputMaybe<Scalars['Int']['input']>;
  /** New fee per deliverable in the campaign's currency; null clears the agreed fee. */
  fee?: InputMaybe<MoneyInput>;
  /** New kind of each deliverable. */
  kind?: InputMaybe<PostKind>;
};

/** The updated member and its campaign. */
export type UpdateCampaignMemberPayload = {
  __typename: 'UpdateCampaignMemberPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
  /** The member as it is now. */
  member: CampaignMember;
};

/** The payload, or a typed error explaining why nothing was written. */
export type UpdateCampaignMemberResult = CurrencyMismatchError | ForbiddenError | NotFoundError | UpdateCampaignMemberPayload | ValidationError;

/** The updated campaign. */
export type UpdateCampaignPayload = {
  __typename: 'UpdateCampaignPayload';
  /** The campaign as it is after the write. */
  campaign: Campaign;
};

/** The payload, or a typed error explaining why nothing was written. */
export type UpdateCampaignResult = CurrencyMismatchError | ForbiddenError | NotFoundError | UpdateCampaignPayload | ValidationError;

/** The input was rejected; nothing was written. */
export type ValidationError = Error & {
  __typename: 'ValidationError';
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** Every invalid field. */
  issues: Array<FieldIssue>;
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** The caller: the organization and key behind this request. */
export type Viewer = {
  __typename: 'Viewer';
  /** Your organization's API keys, newest first, revoked ones included (ADMIN scope). */
  apiKeys: Array<ApiKey>;
  /** Visible prefix of the key in use (the secret part is never shown again). */
  keyPrefix: Scalars['String']['output'];
  /** The organization that owns the key. */
  organization: Organization;
  /** Your organization's query-cost budget (also in every response's `extensions.cost` and RateLimit headers). */
  rateLimit: RateLimit;
  /** Effective scopes of the key (ADMIN implies WRITE, WRITE implies READ). */
  scopes: Array<ApiScope>;
};

/** Which posts count: those of the last `days` days up to asOf, or the last `posts` posts. */
export type WindowInput = {
  /** Posts with asOf − days < postedAt ≤ asOf; 1–3650. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** The last N posts at or before asOf (1–1000); wins over days. */
  posts?: InputMaybe<Scalars['Int']['input']>;
};

export type CampaignWriteFieldsFragment = { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> };

export type ValidationErrorFieldsFragment = { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> };

export type NotFoundErrorFieldsFragment = { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string };

export type ForbiddenErrorFieldsFragment = { __typename: 'ForbiddenError', message: string, code: string };

export type CurrencyMismatchErrorFieldsFragment = { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename: 'Mutation', createCampaign: { __typename: 'CreateCampaignPayload', campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { __typename: 'Mutation', updateCampaign: { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'UpdateCampaignPayload', campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type ArchiveCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveCampaignMutation = { __typename: 'Mutation', archiveCampaign: { __typename: 'ArchiveCampaignPayload', campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type AddCampaignMemberMutationVariables = Exact<{
  input: AddCampaignMemberInput;
}>;


export type AddCampaignMemberMutation = { __typename: 'Mutation', addCampaignMember: { __typename: 'AddCampaignMemberPayload', member: { __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, handle: string, tier: Tier } }, campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type UpdateCampaignMemberMutationVariables = Exact<{
  input: UpdateCampaignMemberInput;
}>;


export type UpdateCampaignMemberMutation = { __typename: 'Mutation', updateCampaignMember: { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'UpdateCampaignMemberPayload', member: { __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, handle: string, tier: Tier } }, campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type RemoveCampaignMemberMutationVariables = Exact<{
  input: RemoveCampaignMemberInput;
}>;


export type RemoveCampaignMemberMutation = { __typename: 'Mutation', removeCampaignMember: { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'RemoveCampaignMemberPayload', unlinkedPosts: Array<{ __typename: 'Post', id: string }>, campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type LinkCampaignPostsMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  postIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type LinkCampaignPostsMutation = { __typename: 'Mutation', linkCampaignPosts: { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'LinkCampaignPostsPayload', linkedPosts: Array<{ __typename: 'Post', id: string }>, campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type UnlinkCampaignPostsMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  postIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type UnlinkCampaignPostsMutation = { __typename: 'Mutation', unlinkCampaignPosts: { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'UnlinkCampaignPostsPayload', unlinkedPosts: Array<{ __typename: 'Post', id: string }>, campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type RecordCampaignResultsMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  input: RecordCampaignResultsInput;
}>;


export type RecordCampaignResultsMutation = { __typename: 'Mutation', recordCampaignResults: { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'RecordCampaignResultsPayload', campaign: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type CampaignFieldsFragment = { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> };

export type CampaignsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<CampaignStatus> | CampaignStatus>;
}>;


export type CampaignsQuery = { __typename: 'Query', campaigns: { __typename: 'CampaignConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> }> } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { __typename: 'Query', campaign?: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, kind: PostKind, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } | null };

export type CampaignMetricsUpdatedSubscriptionVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CampaignMetricsUpdatedSubscription = { __typename: 'Subscription', campaignMetricsUpdated: { __typename: 'CampaignMetricsUpdate', reason: CampaignUpdateReason, at: string, campaign: { __typename: 'Campaign', id: string, name: string, status: CampaignStatus, currency: string, metrics: { __typename: 'CampaignMetrics', asOf: string, currency: string, spendEstimated: boolean, unpricedMembers: number, creators: number, deliverables: number, posts: number, reachPotential: number, authenticReach: number, impressions: number, impressionsEstimated: number, interactions: number, views: number, engagementRate?: number | null, emvReason?: string | null, conversions?: number | null, roi?: number | null, overheadHours: number, coordinationRisk: number, averageAuthenticity?: number | null, spend: { __typename: 'Money', amountMinor: number, currency: string }, budget?: { __typename: 'Money', amountMinor: number, currency: string } | null, warnings: Array<{ __typename: 'CampaignWarning', code: CampaignWarningCode, message: string }>, memberFees: Array<{ __typename: 'CampaignMemberFee', deliverables: number, kind: PostKind, source: FeeSource, estimated: boolean, method: string, account: { __typename: 'Account', id: string, platform: Platform, handle: string, tier: Tier }, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, cpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpv?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, emv?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpm?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpmConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null, reachFactors: Array<{ __typename: 'ReachFactor', platform: Platform, factor: number }>, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, costPerConversion?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, tierMix: Array<{ __typename: 'CampaignTierMix', tier: Tier, creators: number, spend: { __typename: 'Money', amountMinor: number, currency: string } }> } } } };

export type AccountSummaryFragment = { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null };

export type CreatorSummaryFragment = { __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> };

export type PostFieldsFragment = { __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', keyPrefix: string, scopes: Array<ApiScope>, organization: { __typename: 'Organization', name: string, slug: string } } };

export type CreatorsQueryVariables = Exact<{
  filter?: InputMaybe<CreatorFilter>;
  orderBy?: InputMaybe<CreatorOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreatorsQuery = { __typename: 'Query', creators: { __typename: 'CreatorConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename: 'CreatorEdge', cursor: string, node: { __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> } }> } };

export type CreatorQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Platform>;
}>;


export type CreatorQuery = { __typename: 'Query', creator?: { __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> } | null };

export type AccountQueryVariables = Exact<{
  platform: Platform;
  handle: Scalars['String']['input'];
  posts?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccountQuery = { __typename: 'Query', account?: { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, creator: { __typename: 'Creator', id: string, name: string }, posts: { __typename: 'PostConnection', totalCount: number, nodes: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null }> }, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null } | null };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename: 'Query', node?: { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null } | { __typename: 'ApiKey', id: string } | { __typename: 'Campaign', name: string, id: string } | { __typename: 'CampaignMember', id: string } | { __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> } | { __typename: 'Organization', id: string } | { __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null } | null };

export type PostsQueryVariables = Exact<{
  filter?: InputMaybe<PostFilter>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostsQuery = { __typename: 'Query', posts: { __typename: 'PostConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null, account: { __typename: 'Account', id: string, handle: string } }> } };

export type TierSchemeQueryVariables = Exact<{ [key: string]: never; }>;


export type TierSchemeQuery = { __typename: 'Query', tierScheme: { __typename: 'TierScheme', name: string, description: string, tiers: Array<{ __typename: 'TierBound', tier: Tier, minFollowers: number, maxFollowers?: number | null }> } };

export type PriceFieldsFragment = { __typename: 'Price', estimated: boolean, method: string, amount: { __typename: 'Money', amountMinor: number, currency: string }, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null };

export type DiscoverQueryVariables = Exact<{
  filter?: InputMaybe<CreatorFilter>;
  orderBy?: InputMaybe<CreatorOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Platform>;
  kind?: InputMaybe<PostKind>;
  currency?: InputMaybe<Scalars['Currency']['input']>;
}>;


export type DiscoverQuery = { __typename: 'Query', creators: { __typename: 'CreatorConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, metricAccount?: { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, engagement: { __typename: 'EngagementRate', value?: number | null, sampleSize: number, avgInteractionsPerPost?: number | null, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null }, reliableEngagement: { __typename: 'ReliableEngagementRate', value?: number | null, prior?: number | null, weight: number, interval95?: { __typename: 'Interval', low: number, high: number } | null }, price: { __typename: 'Price', estimated: boolean, method: string, amount: { __typename: 'Money', amountMinor: number, currency: string }, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null } | null }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchQuery = { __typename: 'Query', search: { __typename: 'CreatorConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> }> } };

export type NichesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NichesQuery = { __typename: 'Query', niches: Array<{ __typename: 'NicheCount', niche: string, creatorCount: number }> };

export type AccountPriceQueryVariables = Exact<{
  platform: Platform;
  handle: Scalars['String']['input'];
  kind?: InputMaybe<PostKind>;
  currency?: InputMaybe<Scalars['Currency']['input']>;
}>;


export type AccountPriceQuery = { __typename: 'Query', account?: { __typename: 'Account', id: string, handle: string, tier: Tier, price: { __typename: 'Price', estimated: boolean, method: string, amount: { __typename: 'Money', amountMinor: number, currency: string }, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null } } | null };

export type BrandPerformanceQueryVariables = Exact<{
  brand: Scalars['String']['input'];
  platform?: InputMaybe<Platform>;
  window?: InputMaybe<WindowInput>;
  top?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BrandPerformanceQuery = { __typename: 'Query', brandPerformance: { __typename: 'BrandPerformance', brand: string, platform?: Platform | null, posts: number, accounts: number, creators: number, interactions: number, excluded: number, rate?: number | null, lift?: number | null, organic: { __typename: 'OrganicComparison', posts: number, interactions: number, excluded: number, rate?: number | null }, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string }, topCreators: Array<{ __typename: 'BrandCreatorPerformance', posts: number, interactions: number, rate?: number | null, lift?: number | null, creator: { __typename: 'Creator', id: string, name: string } }> } };

export type MoneyRateFieldsFragment = { __typename: 'MoneyRate', amountMinor: number, currency: string };

export type FxConversionFieldsFragment = { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string };

export type CampaignMetricsFieldsFragment = { __typename: 'CampaignMetrics', asOf: string, currency: string, spendEstimated: boolean, unpricedMembers: number, creators: number, deliverables: number, posts: number, reachPotential: number, authenticReach: number, impressions: number, impressionsEstimated: number, interactions: number, views: number, engagementRate?: number | null, emvReason?: string | null, conversions?: number | null, roi?: number | null, overheadHours: number, coordinationRisk: number, averageAuthenticity?: number | null, spend: { __typename: 'Money', amountMinor: number, currency: string }, budget?: { __typename: 'Money', amountMinor: number, currency: string } | null, warnings: Array<{ __typename: 'CampaignWarning', code: CampaignWarningCode, message: string }>, memberFees: Array<{ __typename: 'CampaignMemberFee', deliverables: number, kind: PostKind, source: FeeSource, estimated: boolean, method: string, account: { __typename: 'Account', id: string, platform: Platform, handle: string, tier: Tier }, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, cpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpv?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, emv?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpm?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpmConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null, reachFactors: Array<{ __typename: 'ReachFactor', platform: Platform, factor: number }>, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, costPerConversion?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, tierMix: Array<{ __typename: 'CampaignTierMix', tier: Tier, creators: number, spend: { __typename: 'Money', amountMinor: number, currency: string } }> };

export type CampaignMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CampaignMetricsQuery = { __typename: 'Query', campaign?: { __typename: 'Campaign', id: string, name: string, metrics: { __typename: 'CampaignMetrics', asOf: string, currency: string, spendEstimated: boolean, unpricedMembers: number, creators: number, deliverables: number, posts: number, reachPotential: number, authenticReach: number, impressions: number, impressionsEstimated: number, interactions: number, views: number, engagementRate?: number | null, emvReason?: string | null, conversions?: number | null, roi?: number | null, overheadHours: number, coordinationRisk: number, averageAuthenticity?: number | null, spend: { __typename: 'Money', amountMinor: number, currency: string }, budget?: { __typename: 'Money', amountMinor: number, currency: string } | null, warnings: Array<{ __typename: 'CampaignWarning', code: CampaignWarningCode, message: string }>, memberFees: Array<{ __typename: 'CampaignMemberFee', deliverables: number, kind: PostKind, source: FeeSource, estimated: boolean, method: string, account: { __typename: 'Account', id: string, platform: Platform, handle: string, tier: Tier }, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, cpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpv?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, emv?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpm?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpmConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null, reachFactors: Array<{ __typename: 'ReachFactor', platform: Platform, factor: number }>, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, costPerConversion?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, tierMix: Array<{ __typename: 'CampaignTierMix', tier: Tier, creators: number, spend: { __typename: 'Money', amountMinor: number, currency: string } }> } } | null };

export type CompareCampaignsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  goal?: InputMaybe<CampaignGoal>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CompareCampaignsQuery = { __typename: 'Query', compareCampaigns: { __typename: 'CompareCampaignsPayload', currency: string, asOf: string, campaigns: Array<{ __typename: 'Campaign', id: string, name: string, metrics: { __typename: 'CampaignMetrics', asOf: string, currency: string, spendEstimated: boolean, unpricedMembers: number, creators: number, deliverables: number, posts: number, reachPotential: number, authenticReach: number, impressions: number, impressionsEstimated: number, interactions: number, views: number, engagementRate?: number | null, emvReason?: string | null, conversions?: number | null, roi?: number | null, overheadHours: number, coordinationRisk: number, averageAuthenticity?: number | null, spend: { __typename: 'Money', amountMinor: number, currency: string }, budget?: { __typename: 'Money', amountMinor: number, currency: string } | null, warnings: Array<{ __typename: 'CampaignWarning', code: CampaignWarningCode, message: string }>, memberFees: Array<{ __typename: 'CampaignMemberFee', deliverables: number, kind: PostKind, source: FeeSource, estimated: boolean, method: string, account: { __typename: 'Account', id: string, platform: Platform, handle: string, tier: Tier }, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, conversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, cpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, cpv?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, emv?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpm?: { __typename: 'Money', amountMinor: number, currency: string } | null, emvCpmConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null, reachFactors: Array<{ __typename: 'ReachFactor', platform: Platform, factor: number }>, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, costPerConversion?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, tierMix: Array<{ __typename: 'CampaignTierMix', tier: Tier, creators: number, spend: { __typename: 'Money', amountMinor: number, currency: string } }> } }>, rows: Array<{ __typename: 'CampaignComparisonRow', metric: ComparedMetric, direction: MetricDirection, values: Array<{ __typename: 'CampaignComparisonValue', value?: number | null, campaign: { __typename: 'Campaign', id: string } }>, best: Array<{ __typename: 'Campaign', id: string }> }>, verdicts: Array<{ __typename: 'CampaignVerdict', goal: CampaignGoal, reason: string, winners: Array<{ __typename: 'Campaign', id: string, name: string }> }>, warnings: Array<{ __typename: 'CampaignComparisonWarning', code: CampaignWarningCode, message: string, campaign: { __typename: 'Campaign', id: string, name: string } }> } | { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'NotFoundError', message: string, code: string, entity: string, ref: string } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type CompareTiersQueryVariables = Exact<{
  platform: Platform;
  niche?: InputMaybe<Scalars['String']['input']>;
  window?: InputMaybe<WindowInput>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CompareTiersQuery = { __typename: 'Query', compareTiers: Array<{ __typename: 'TierComparison', tier: Tier, platform: Platform, niche?: string | null, accountCount: number, medianRate?: number | null, p25Rate?: number | null, p75Rate?: number | null, medianAvgInteractions?: number | null, medianAuthenticity?: number | null, lowAuthenticityShare?: number | null, windowDays: number, windowPosts?: number | null, asOf: string, medianFee?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, medianCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null }> };

export type PlanFieldsFragment = { __typename: 'Plan', optimal: boolean, algorithm: PlanAlgorithm, candidateCount: number, selection: Array<{ __typename: 'PlanSelection', tier: Tier, feeSource: FeeSource, feeMethod: string, posts: number, value: number, authenticityScore: number, reliableRate?: number | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number }, cost: { __typename: 'Money', amountMinor: number, currency: string }, fee: { __typename: 'Money', amountMinor: number, currency: string }, feeConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, totals: { __typename: 'PlanTotals', creators: number, deliverables: number, expectedValue: number, overheadHours: number, coordinationRisk: number, spend: { __typename: 'Money', amountMinor: number, currency: string }, cost: { __typename: 'Money', amountMinor: number, currency: string }, projectedCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, projectedCpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null } };

export type PlanSelectionFieldsFragment = { __typename: 'PlanSelection', tier: Tier, feeSource: FeeSource, feeMethod: string, posts: number, value: number, authenticityScore: number, reliableRate?: number | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number }, cost: { __typename: 'Money', amountMinor: number, currency: string }, fee: { __typename: 'Money', amountMinor: number, currency: string }, feeConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null };

export type PlanTotalsFieldsFragment = { __typename: 'PlanTotals', creators: number, deliverables: number, expectedValue: number, overheadHours: number, coordinationRisk: number, spend: { __typename: 'Money', amountMinor: number, currency: string }, cost: { __typename: 'Money', amountMinor: number, currency: string }, projectedCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, projectedCpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null };

export type PlanCampaignQueryVariables = Exact<{
  input: PlanCampaignInput;
}>;


export type PlanCampaignQuery = { __typename: 'Query', planCampaign: { __typename: 'CurrencyMismatchError', message: string, code: string, expected: string, actual: string, field?: string | null } | { __typename: 'PlanCampaignPayload', optimal: boolean, algorithm: PlanAlgorithm, candidateCount: number, currency: string, asOf: string, accountsConsidered: number, unpricedAccounts: number, tooFewPosts: number, minPosts: number, kind: PostKind, reachFactor: number, selection: Array<{ __typename: 'PlanSelection', tier: Tier, feeSource: FeeSource, feeMethod: string, posts: number, value: number, authenticityScore: number, reliableRate?: number | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number }, cost: { __typename: 'Money', amountMinor: number, currency: string }, fee: { __typename: 'Money', amountMinor: number, currency: string }, feeConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, totals: { __typename: 'PlanTotals', creators: number, deliverables: number, expectedValue: number, overheadHours: number, coordinationRisk: number, spend: { __typename: 'Money', amountMinor: number, currency: string }, cost: { __typename: 'Money', amountMinor: number, currency: string }, projectedCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, projectedCpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null }, allMicro: { __typename: 'Plan', optimal: boolean, algorithm: PlanAlgorithm, candidateCount: number, selection: Array<{ __typename: 'PlanSelection', tier: Tier, feeSource: FeeSource, feeMethod: string, posts: number, value: number, authenticityScore: number, reliableRate?: number | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number }, cost: { __typename: 'Money', amountMinor: number, currency: string }, fee: { __typename: 'Money', amountMinor: number, currency: string }, feeConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, totals: { __typename: 'PlanTotals', creators: number, deliverables: number, expectedValue: number, overheadHours: number, coordinationRisk: number, spend: { __typename: 'Money', amountMinor: number, currency: string }, cost: { __typename: 'Money', amountMinor: number, currency: string }, projectedCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, projectedCpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null } }, allMacro: { __typename: 'Plan', optimal: boolean, algorithm: PlanAlgorithm, candidateCount: number, selection: Array<{ __typename: 'PlanSelection', tier: Tier, feeSource: FeeSource, feeMethod: string, posts: number, value: number, authenticityScore: number, reliableRate?: number | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number }, cost: { __typename: 'Money', amountMinor: number, currency: string }, fee: { __typename: 'Money', amountMinor: number, currency: string }, feeConversion?: { __typename: 'FxConversion', from: string, to: string, rate: number, asOf: string, source: string } | null }>, totals: { __typename: 'PlanTotals', creators: number, deliverables: number, expectedValue: number, overheadHours: number, coordinationRisk: number, spend: { __typename: 'Money', amountMinor: number, currency: string }, cost: { __typename: 'Money', amountMinor: number, currency: string }, projectedCpe?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null, projectedCpm?: { __typename: 'MoneyRate', amountMinor: number, currency: string } | null } } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', apiKeys: Array<{ __typename: 'ApiKey', name: string, prefix: string, scopes: Array<ApiScope>, trustedDocumentsOnly: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreateApiKeyPayload', secret: string, apiKey: { __typename: 'ApiKey', name: string, prefix: string, scopes: Array<ApiScope>, trustedDocumentsOnly: boolean } } | { __typename: 'ForbiddenError', message: string, code: string } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'LastAdminKeyError', message: string, code: string, prefix: string } | { __typename: 'NotFoundError', message: string, code: string } | { __typename: 'RevokeApiKeyPayload', apiKey: { __typename: 'ApiKey', prefix: string, revokedAt?: string | null } } | { __typename: 'ValidationError', message: string, code: string } };

export type IntervalFieldsFragment = { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null };

export type EngagementRateFieldsFragment = { __typename: 'EngagementRate', value?: number | null, sampleSize: number, excluded: number, totalInteractions: number, avgInteractionsPerPost?: number | null, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string, componentsPresent: Array<InteractionComponent> } };

export type AuthenticityFieldsFragment = { __typename: 'Authenticity', score: number, authenticFollowers: number, peersAsOf: string, flags: Array<{ __typename: 'AuthenticityFlag', code: AuthenticityFlagCode, severity: Severity, penalty: number, message: string, evidence: Array<{ __typename: 'Evidence', name: string, value?: number | null, text?: string | null }> }> };

export type PercentileFieldsFragment = { __typename: 'Percentiles', p10?: number | null, p25?: number | null, p50?: number | null, p75?: number | null, p90?: number | null };

export type AccountMetricsQueryVariables = Exact<{
  platform: Platform;
  handle: Scalars['String']['input'];
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  byNiche?: InputMaybe<Scalars['Boolean']['input']>;
  growthDays?: InputMaybe<Scalars['Int']['input']>;
  historyFrom?: InputMaybe<Scalars['DateTime']['input']>;
  historyTo?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type AccountMetricsQuery = { __typename: 'Query', account?: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, following?: number | null, tier: Tier, growth?: number | null, engagement: { __typename: 'EngagementRate', value?: number | null, sampleSize: number, excluded: number, totalInteractions: number, avgInteractionsPerPost?: number | null, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string, componentsPresent: Array<InteractionComponent> } }, reliableEngagement: { __typename: 'ReliableEngagementRate', value?: number | null, prior?: number | null, weight: number, peerCount: number, peersAsOf: string, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null }, benchmark: { __typename: 'AccountBenchmark', percentile?: number | null, percentileReason?: string | null, peerCount: number, p10?: number | null, p25?: number | null, p50?: number | null, p75?: number | null, p90?: number | null, peersAsOf: string, interactions: { __typename: 'Percentiles', p10?: number | null, p25?: number | null, p50?: number | null, p75?: number | null, p90?: number | null } }, authenticity: { __typename: 'Authenticity', score: number, authenticFollowers: number, peersAsOf: string, flags: Array<{ __typename: 'AuthenticityFlag', code: AuthenticityFlagCode, severity: Severity, penalty: number, message: string, evidence: Array<{ __typename: 'Evidence', name: string, value?: number | null, text?: string | null }> }> }, followerHistory: Array<{ __typename: 'FollowerSnapshot', capturedAt: string, followers: number, following?: number | null, dailyGain?: number | null }>, sponsoredVsOrganic: { __typename: 'SponsoredVsOrganic', liftRatio?: number | null, sponsored: { __typename: 'EngagementRate', value?: number | null, sampleSize: number, excluded: number, totalInteractions: number, avgInteractionsPerPost?: number | null, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string, componentsPresent: Array<InteractionComponent> } }, organic: { __typename: 'EngagementRate', value?: number | null, sampleSize: number, excluded: number, totalInteractions: number, avgInteractionsPerPost?: number | null, interval95?: { __typename: 'Interval', low: number, high: number, lowSource?: IntervalSource | null, highSource?: IntervalSource | null } | null, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string, componentsPresent: Array<InteractionComponent> } } } } | null };

export type BenchmarksQueryVariables = Exact<{
  platform: Platform;
  tier: Tier;
  niche?: InputMaybe<Scalars['String']['input']>;
  method?: InputMaybe<EngagementMethodInput>;
  window?: InputMaybe<WindowInput>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type BenchmarksQuery = { __typename: 'Query', benchmarks: { __typename: 'TierBenchmark', platform: Platform, tier: Tier, niche?: string | null, scheme: string, minFollowers: number, maxFollowers?: number | null, accountCount: number, activeCount: number, peerCount: number, p10?: number | null, p25?: number | null, p50?: number | null, p75?: number | null, p90?: number | null, prior?: number | null, betweenAccountVariance?: number | null, withinAccountVariance?: number | null, interactions: { __typename: 'Percentiles', p10?: number | null, p25?: number | null, p50?: number | null, p75?: number | null, p90?: number | null }, method: { __typename: 'EngagementMethod', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null, asOf: string, componentsPresent: Array<InteractionComponent> } } };

export type MetricsConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsConfigQuery = { __typename: 'Query', metricsConfig: { __typename: 'MetricsConfig', tierScheme: string, windowLimits: string, minPeersForPrior: number, minPostsForBenchmark: number, plannerMinPosts: number, growthDays: number, peerCacheTtlSeconds: number, defaultMethod: { __typename: 'EngagementMethodDefaults', interactions: Interactions, base: RateBase, aggregate: Aggregate, windowDays: number, windowPosts?: number | null }, thresholds: Array<{ __typename: 'MetricThreshold', name: string, value: number }>, rateCard: Array<{ __typename: 'TierRate', tier: Tier, fee: { __typename: 'Money', amountMinor: number, currency: string } }>, kindMultipliers: Array<{ __typename: 'KindMultiplier', kind: PostKind, multiplier: number }>, emvCpm: Array<{ __typename: 'Money', amountMinor: number, currency: string }>, platformMultipliers: Array<{ __typename: 'PlatformFactor', platform: Platform, value: number }>, reachFactors: Array<{ __typename: 'PlatformFactor', platform: Platform, value: number }>, fx: { __typename: 'FxTable', asOf: string, source: string, rates: Array<{ __typename: 'FxRate', currency: string, usdPerUnit: number }> } } };

export type CreatorsByMetricQueryVariables = Exact<{
  filter?: InputMaybe<CreatorFilter>;
  orderBy?: InputMaybe<CreatorOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Platform>;
}>;


export type CreatorsByMetricQuery = { __typename: 'Query', creators: { __typename: 'CreatorConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename: 'CreatorEdge', cursor: string, node: { __typename: 'Creator', id: string, name: string, niches: Array<string>, tier: Tier, followers: number, metricAccount?: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number } | null, engagement?: { __typename: 'EngagementRate', value?: number | null, sampleSize: number } | null, reliableEngagement?: { __typename: 'ReliableEngagementRate', value?: number | null, prior?: number | null, weight: number, interval95?: { __typename: 'Interval', low: number, high: number } | null } | null, authenticity?: { __typename: 'Authenticity', score: number, authenticFollowers: number, flags: Array<{ __typename: 'AuthenticityFlag', code: AuthenticityFlagCode }> } | null, primaryAccount?: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number } | null } }> } };

export const CampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const CampaignWriteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignWriteFieldsFragment, unknown>;
export const ValidationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ValidationErrorFieldsFragment, unknown>;
export const NotFoundErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}}]} as unknown as DocumentNode<NotFoundErrorFieldsFragment, unknown>;
export const ForbiddenErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ForbiddenErrorFieldsFragment, unknown>;
export const CurrencyMismatchErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CurrencyMismatchErrorFieldsFragment, unknown>;
export const AccountSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AccountSummaryFragment, unknown>;
export const CreatorSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreatorSummaryFragment, unknown>;
export const PostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const PriceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Price"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PriceFieldsFragment, unknown>;
export const FxConversionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<FxConversionFieldsFragment, unknown>;
export const MoneyRateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MoneyRateFieldsFragment, unknown>;
export const CampaignMetricsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"memberFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reachPotential"}},{"kind":"Field","name":{"kind":"Name","value":"authenticReach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"impressionsEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"cpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvReason"}},{"kind":"Field","name":{"kind":"Name","value":"emvCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvCpmConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}},{"kind":"Field","name":{"kind":"Name","value":"averageAuthenticity"}},{"kind":"Field","name":{"kind":"Name","value":"tierMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CampaignMetricsFieldsFragment, unknown>;
export const PlanSelectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSource"}},{"kind":"Field","name":{"kind":"Name","value":"feeMethod"}},{"kind":"Field","name":{"kind":"Name","value":"feeConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"authenticityScore"}},{"kind":"Field","name":{"kind":"Name","value":"reliableRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<PlanSelectionFieldsFragment, unknown>;
export const PlanTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PlanTotalsFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSelectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTotalsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSource"}},{"kind":"Field","name":{"kind":"Name","value":"feeMethod"}},{"kind":"Field","name":{"kind":"Name","value":"feeConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"authenticityScore"}},{"kind":"Field","name":{"kind":"Name","value":"reliableRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const IntervalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"lowSource"}},{"kind":"Field","name":{"kind":"Name","value":"highSource"}}]}}]} as unknown as DocumentNode<IntervalFieldsFragment, unknown>;
export const EngagementRateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"totalInteractions"}},{"kind":"Field","name":{"kind":"Name","value":"avgInteractionsPerPost"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntervalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"componentsPresent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"lowSource"}},{"kind":"Field","name":{"kind":"Name","value":"highSource"}}]}}]} as unknown as DocumentNode<EngagementRateFieldsFragment, unknown>;
export const AuthenticityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthenticityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authenticity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"authenticFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"peersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<AuthenticityFieldsFragment, unknown>;
export const PercentileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PercentileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentiles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<PercentileFieldsFragment, unknown>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const ArchiveCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveCampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ArchiveCampaignMutation, ArchiveCampaignMutationVariables>;
export const AddCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddCampaignMemberMutation, AddCampaignMemberMutationVariables>;
export const UpdateCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCampaignMemberMutation, UpdateCampaignMemberMutationVariables>;
export const RemoveCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCampaignMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCampaignMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkedPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RemoveCampaignMemberMutation, RemoveCampaignMemberMutationVariables>;
export const LinkCampaignPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkCampaignPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCampaignPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"postIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkCampaignPostsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<LinkCampaignPostsMutation, LinkCampaignPostsMutationVariables>;
export const UnlinkCampaignPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkCampaignPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkCampaignPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"postIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkCampaignPostsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkedPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UnlinkCampaignPostsMutation, UnlinkCampaignPostsMutationVariables>;
export const RecordCampaignResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCampaignResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCampaignResultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCampaignResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCampaignResultsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignWriteFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignWriteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordCampaignResultsMutation, RecordCampaignResultsMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignMetricsUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CampaignMetricsUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignMetricsUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMetricsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"memberFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reachPotential"}},{"kind":"Field","name":{"kind":"Name","value":"authenticReach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"impressionsEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"cpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvReason"}},{"kind":"Field","name":{"kind":"Name","value":"emvCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvCpmConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}},{"kind":"Field","name":{"kind":"Name","value":"averageAuthenticity"}},{"kind":"Field","name":{"kind":"Name","value":"tierMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignMetricsUpdatedSubscription, CampaignMetricsUpdatedSubscriptionVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}}]} as unknown as DocumentNode<CreatorsQuery, CreatorsQueryVariables>;
export const CreatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}},{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}}]} as unknown as DocumentNode<CreatorQuery, CreatorQueryVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"posts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"posts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const PostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Posts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const TierSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"minFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"maxFollowers"}}]}}]}}]}}]} as unknown as DocumentNode<TierSchemeQuery, TierSchemeQueryVariables>;
export const DiscoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Discover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostKind"}},"defaultValue":{"kind":"EnumValue","value":"PHOTO"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"metricAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"avgInteractionsPerPost"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"lowSource"}},{"kind":"Field","name":{"kind":"Name","value":"highSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableEngagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Price"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<DiscoverQuery, DiscoverQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const NichesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Niches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niche"}},{"kind":"Field","name":{"kind":"Name","value":"creatorCount"}}]}}]}}]} as unknown as DocumentNode<NichesQuery, NichesQueryVariables>;
export const AccountPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostKind"}},"defaultValue":{"kind":"EnumValue","value":"PHOTO"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Price"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AccountPriceQuery, AccountPriceQueryVariables>;
export const BrandPerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brand"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brandPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brand"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brand"}}},{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topCreators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}}]}}]}}]}}]} as unknown as DocumentNode<BrandPerformanceQuery, BrandPerformanceQueryVariables>;
export const CampaignMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMetricsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"memberFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reachPotential"}},{"kind":"Field","name":{"kind":"Name","value":"authenticReach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"impressionsEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"cpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvReason"}},{"kind":"Field","name":{"kind":"Name","value":"emvCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvCpmConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}},{"kind":"Field","name":{"kind":"Name","value":"averageAuthenticity"}},{"kind":"Field","name":{"kind":"Name","value":"tierMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignMetricsQuery, CampaignMetricsQueryVariables>;
export const CompareCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignGoal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"goal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goal"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompareCampaignsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMetricsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"best"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verdicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotFoundErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForbiddenErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"memberFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reachPotential"}},{"kind":"Field","name":{"kind":"Name","value":"authenticReach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}},{"kind":"Field","name":{"kind":"Name","value":"impressionsEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"engagementRate"}},{"kind":"Field","name":{"kind":"Name","value":"cpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvReason"}},{"kind":"Field","name":{"kind":"Name","value":"emvCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvCpmConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"costPerConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}},{"kind":"Field","name":{"kind":"Name","value":"averageAuthenticity"}},{"kind":"Field","name":{"kind":"Name","value":"tierMix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotFoundErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForbiddenErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CompareCampaignsQuery, CompareCampaignsQueryVariables>;
export const CompareTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"niche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niche"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"niche"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"medianRate"}},{"kind":"Field","name":{"kind":"Name","value":"p25Rate"}},{"kind":"Field","name":{"kind":"Name","value":"p75Rate"}},{"kind":"Field","name":{"kind":"Name","value":"medianAvgInteractions"}},{"kind":"Field","name":{"kind":"Name","value":"medianFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianCpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianAuthenticity"}},{"kind":"Field","name":{"kind":"Name","value":"lowAuthenticityShare"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CompareTiersQuery, CompareTiersQueryVariables>;
export const PlanCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"accountsConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewPosts"}},{"kind":"Field","name":{"kind":"Name","value":"minPosts"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reachFactor"}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSelectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMicro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allMacro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FxConversionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FxConversion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSource"}},{"kind":"Field","name":{"kind":"Name","value":"feeMethod"}},{"kind":"Field","name":{"kind":"Name","value":"feeConversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FxConversionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"authenticityScore"}},{"kind":"Field","name":{"kind":"Name","value":"reliableRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"spend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectedCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationRisk"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSelectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanTotalsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrencyMismatchErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CurrencyMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PlanCampaignQuery, PlanCampaignQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentsOnly"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LastAdminKeyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AccountMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementMethodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byNiche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"growthDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"historyFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"historyTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"byNiche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byNiche"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"peersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntervalFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"percentileReason"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PercentileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peersAsOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthenticityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"growth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"growthDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"followerHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"historyFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"historyTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"dailyGain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsoredVsOrganic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sponsored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liftRatio"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"lowSource"}},{"kind":"Field","name":{"kind":"Name","value":"highSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"totalInteractions"}},{"kind":"Field","name":{"kind":"Name","value":"avgInteractionsPerPost"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntervalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"componentsPresent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PercentileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentiles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthenticityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authenticity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"authenticFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"peersAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<AccountMetricsQuery, AccountMetricsQueryVariables>;
export const BenchmarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Benchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Tier"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementMethodInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"window"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WindowInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"tier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tier"}}},{"kind":"Argument","name":{"kind":"Name","value":"niche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niche"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}},{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"Variable","name":{"kind":"Name","value":"window"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"niche"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"minFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"maxFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerCount"}},{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PercentileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"betweenAccountVariance"}},{"kind":"Field","name":{"kind":"Name","value":"withinAccountVariance"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"componentsPresent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PercentileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentiles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}}]} as unknown as DocumentNode<BenchmarksQuery, BenchmarksQueryVariables>;
export const MetricsConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricsConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierScheme"}},{"kind":"Field","name":{"kind":"Name","value":"defaultMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowPosts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowLimits"}},{"kind":"Field","name":{"kind":"Name","value":"minPeersForPrior"}},{"kind":"Field","name":{"kind":"Name","value":"minPostsForBenchmark"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kindMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emvCpm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdPerUnit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannerMinPosts"}},{"kind":"Field","name":{"kind":"Name","value":"growthDays"}},{"kind":"Field","name":{"kind":"Name","value":"peerCacheTtlSeconds"}}]}}]}}]} as unknown as DocumentNode<MetricsConfigQuery, MetricsConfigQueryVariables>;
export const CreatorsByMetricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorsByMetric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"metricAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reliableEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"interval95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authenticity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"authenticFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"primaryAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CreatorsByMetricQuery, CreatorsByMetricQueryVariables>;