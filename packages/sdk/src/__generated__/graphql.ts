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
};

/** A creator's presence on one platform. */
export type Account = Node & {
  __typename: 'Account';
  /** Who owns the account. */
  creator: Creator;
  /** The platform's own id for the account. */
  externalId: Scalars['String']['output'];
  /** Current followers. */
  followers: Scalars['Int']['output'];
  /** Accounts this account follows, where the platform reports it. */
  following?: Maybe<Scalars['Int']['output']>;
  /** Handle without the leading @, lower case. */
  handle: Scalars['String']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Where the account lives. */
  platform: Platform;
  /** Latest posts first. Nested lists take `first` only; page further with the top-level `posts` query. */
  posts: AccountPostConnection;
  /** The creator's quoted price per post, when known. */
  quotedRate?: Maybe<Money>;
  /** Tier by current followers (default scheme, see `tierScheme`). */
  tier: Tier;
};


/** A creator's presence on one platform. */
export type AccountPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sponsored?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of an account's posts. */
export type AccountPostConnection = {
  __typename: 'AccountPostConnection';
  /** The objects of the page with their cursors. */
  edges: Array<AccountPostEdge>;
  /** The nodes of the page, in order, without edges. */
  nodes: Array<Post>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A post and its cursor. */
export type AccountPostEdge = {
  __typename: 'AccountPostEdge';
  /** Opaque cursor of this edge; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The object at this edge. */
  node: Post;
};

/** An API key of your organization. The secret is shown only once, when the key is created. */
export type ApiKey = {
  __typename: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
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
};

/** What an API key may do. */
export type ApiScope =
  /** Manage keys of your organization (implies WRITE). */
  | 'ADMIN'
  /** Read creators, posts, metrics and your campaigns. */
  | 'READ'
  /** Import data and change your campaigns (implies READ). */
  | 'WRITE';

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

/** A creator account hired for a campaign. */
export type CampaignMember = {
  __typename: 'CampaignMember';
  /** The hired account. */
  account: Account;
  /** Number of posts agreed. */
  deliverables: Scalars['Int']['output'];
  /** Agreed fee per deliverable in the campaign's currency; null when not agreed yet. */
  fee?: Maybe<Money>;
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

/** A new API key for your organization. */
export type CreateApiKeyInput = {
  /** What the key is for (1–200 characters). */
  name: Scalars['String']['input'];
  /** Scopes to grant (at least one). */
  scopes: Array<ApiScope>;
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
export type CreateApiKeyResult = CreateApiKeyPayload | ValidationError;

/** A person or brand publishing on one or more platforms. */
export type Creator = Node & {
  __typename: 'Creator';
  /** The creator's accounts, largest first. */
  accounts: Array<Account>;
  /** ISO 3166-1 alpha-2 country the creator is based in. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** Followers of the creator's largest account. */
  followers: Scalars['Int']['output'];
  /** Opaque global ID; pass it to `node` or to any argument taking this type. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Content niches, lower case (e.g. travel, fashion, beauty, photography). */
  niches: Array<Scalars['String']['output']>;
  /** The account with the most followers; creator-level metrics come from it. */
  primaryAccount?: Maybe<Account>;
  /** Tier of the creator's largest account (default scheme, see `tierScheme`). */
  tier: Tier;
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
  /** Based in this country. */
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Followers of the largest account; with `platform`, of the account on that platform. */
  followers?: InputMaybe<IntRangeInput>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Works in any of these niches. */
  niches?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Has an account on this platform. */
  platform?: InputMaybe<Platform>;
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

/** What to sort creators by. */
export type CreatorOrderField =
  /** When the creator was added. */
  | 'CREATED_AT'
  /** Followers of the creator's largest account. */
  | 'FOLLOWERS'
  /** Name, alphabetically. */
  | 'NAME';

/** Something the caller can act on. Unexpected failures are never described here. */
export type Error = {
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** One invalid input field. */
export type FieldIssue = {
  __typename: 'FieldIssue';
  /** Dotted path of the input field, e.g. `input.budget.amountMinor`. */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/** The object exists but belongs to another organization, or your key lacks the scope. */
export type ForbiddenError = Error & {
  __typename: 'ForbiddenError';
  /** A stable machine-readable code, e.g. VALIDATION or NOT_FOUND. */
  code: Scalars['String']['output'];
  /** A human-readable explanation. */
  message: Scalars['String']['output'];
};

/** An inclusive range of whole numbers; either end may be left open. */
export type IntRangeInput = {
  /** Largest value included. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest value included. */
  min?: InputMaybe<Scalars['Int']['input']>;
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

/** Writes. Each mutation is one transaction and returns a typed result. */
export type Mutation = {
  __typename: 'Mutation';
  /** Creates an API key for your organization (ADMIN scope). */
  createApiKey: CreateApiKeyResult;
  /** Revokes one of your API keys by its prefix (ADMIN scope). Requests with it are refused from now on. */
  revokeApiKey: RevokeApiKeyResult;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each mutation is one transaction and returns a typed result. */
export type MutationRevokeApiKeyArgs = {
  prefix: Scalars['String']['input'];
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

/** A customer: a brand or agency. Owns API keys and campaigns. */
export type Organization = {
  __typename: 'Organization';
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

/** Read entry points. Every query needs a key with the `read` scope. */
export type Query = {
  __typename: 'Query';
  /** One account by platform and handle. Null when not found. */
  account?: Maybe<Account>;
  /** One of your organization's campaigns; null when it does not exist or is not yours. */
  campaign?: Maybe<Campaign>;
  /** Your organization's campaigns, newest first. `first` is 1–100 (default 20). */
  campaigns: CampaignConnection;
  /** One creator by global `id`, or by `handle` (optionally on `platform`). Null when not found. */
  creator?: Maybe<Creator>;
  /** Creators matching a filter. `first` is 1–100 (default 20). */
  creators: CreatorConnection;
  /** Fetches any object by its global ID; null when it does not exist or is not yours. */
  node?: Maybe<Node>;
  /** Fetches objects by global IDs, in order; null for each that does not exist. */
  nodes: Array<Maybe<Node>>;
  /** Posts matching a filter, newest first by default. `first` is 1–100 (default 20). */
  posts: PostConnection;
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
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read entry points. Every query needs a key with the `read` scope. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
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

/** The revoked key. */
export type RevokeApiKeyPayload = {
  __typename: 'RevokeApiKeyPayload';
  /** The key, now revoked. */
  apiKey: ApiKey;
};

/** The payload, or a typed error explaining why nothing was written. */
export type RevokeApiKeyResult = NotFoundError | RevokeApiKeyPayload;

/** Order of a list. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

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
  /** Your organization's API keys, newest first (ADMIN scope). */
  apiKeys: Array<ApiKey>;
  /** Visible prefix of the key in use (the secret part is never shown again). */
  keyPrefix: Scalars['String']['output'];
  /** The organization that owns the key. */
  organization: Organization;
  /** Effective scopes of the key (ADMIN implies WRITE, WRITE implies READ). */
  scopes: Array<ApiScope>;
};

export type CampaignFieldsFragment = { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> };

export type CampaignsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<CampaignStatus> | CampaignStatus>;
}>;


export type CampaignsQuery = { __typename: 'Query', campaigns: { __typename: 'CampaignConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> }> } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { __typename: 'Query', campaign?: { __typename: 'Campaign', id: string, name: string, brand: string, goal: CampaignGoal, status: CampaignStatus, currency: string, startsAt: string, endsAt?: string | null, conversions?: number | null, posts: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null }>, budget: { __typename: 'Money', amountMinor: number, currency: string }, revenue?: { __typename: 'Money', amountMinor: number, currency: string } | null, members: Array<{ __typename: 'CampaignMember', deliverables: number, fee?: { __typename: 'Money', amountMinor: number, currency: string } | null, account: { __typename: 'Account', id: string, platform: Platform, handle: string, followers: number, tier: Tier } }> } | null };

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


export type AccountQuery = { __typename: 'Query', account?: { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, creator: { __typename: 'Creator', id: string, name: string }, posts: { __typename: 'AccountPostConnection', totalCount: number, nodes: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null }> }, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null } | null };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename: 'Query', node?: { __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null } | { __typename: 'Campaign', name: string, id: string } | { __typename: 'Creator', id: string, name: string, country?: string | null, niches: Array<string>, followers: number, tier: Tier, accounts: Array<{ __typename: 'Account', id: string, platform: Platform, handle: string, externalId: string, followers: number, following?: number | null, tier: Tier, quotedRate?: { __typename: 'Money', amountMinor: number, currency: string } | null }> } | { __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null } | null };

export type PostsQueryVariables = Exact<{
  filter?: InputMaybe<PostFilter>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostsQuery = { __typename: 'Query', posts: { __typename: 'PostConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename: 'Post', id: string, platform: Platform, externalId: string, postedAt: string, kind: PostKind, caption?: string | null, sponsored: boolean, brand?: string | null, likes?: number | null, comments?: number | null, shares?: number | null, saves?: number | null, views?: number | null, reach?: number | null, impressions?: number | null, account: { __typename: 'Account', id: string, handle: string } }> } };

export type TierSchemeQueryVariables = Exact<{ [key: string]: never; }>;


export type TierSchemeQuery = { __typename: 'Query', tierScheme: { __typename: 'TierScheme', name: string, description: string, tiers: Array<{ __typename: 'TierBound', tier: Tier, minFollowers: number, maxFollowers?: number | null }> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', apiKeys: Array<{ __typename: 'ApiKey', name: string, prefix: string, scopes: Array<ApiScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreateApiKeyPayload', secret: string, apiKey: { __typename: 'ApiKey', name: string, prefix: string, scopes: Array<ApiScope> } } | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ __typename: 'FieldIssue', field: string, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'NotFoundError', message: string, code: string } | { __typename: 'RevokeApiKeyPayload', apiKey: { __typename: 'ApiKey', prefix: string, revokedAt?: string | null } } };

export const CampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const AccountSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AccountSummaryFragment, unknown>;
export const CreatorSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreatorSummaryFragment, unknown>;
export const PostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}}]} as unknown as DocumentNode<CreatorsQuery, CreatorsQueryVariables>;
export const CreatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}},{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}}]} as unknown as DocumentNode<CreatorQuery, CreatorQueryVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"posts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"posts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreatorSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"following"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"quotedRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreatorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"niches"}},{"kind":"Field","name":{"kind":"Name","value":"followers"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const PostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Posts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"sponsored"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"saves"}},{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"impressions"}}]}}]} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const TierSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TierScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"minFollowers"}},{"kind":"Field","name":{"kind":"Name","value":"maxFollowers"}}]}}]}}]}}]} as unknown as DocumentNode<TierSchemeQuery, TierSchemeQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;