import type { CampaignMetrics, ComparisonGoal, Tier } from '@creatorgraph/core';
import {
  BASE_ERRORS as BASE,
  CURRENCY,
  MONEY_ERRORS as ERRORS,
  type Errors,
  type MemberInput,
  type Money,
  type MoneyErrors,
  NOT_FOUND,
} from './campaign-documents.js';
import { type CurrencyMismatchError, graphql, type Typed, type ValidationError } from './testkit.js';

/**
 * The documents of decisions.test.ts, typed: campaign metrics, comparisons, tiers, plans and the writes (with
 * the error selections and inputs of campaign-documents.ts).
 */

const FX = 'from to rate asOf source';
const METRICS = `asOf currency spend { amountMinor currency } spendEstimated unpricedMembers
  budget { amountMinor currency } warnings { code message } reachFactors { platform factor }
  emvCpm { amountMinor currency } emvCpmConversion { ${FX} }
  memberFees { account { id } deliverables kind fee { amountMinor currency } conversion { ${FX} } source estimated method }
  creators deliverables posts reachPotential authenticReach impressions impressionsEstimated interactions views
  engagementRate cpe { amountMinor currency } cpm { amountMinor currency } cpv { amountMinor currency }
  emv { amountMinor currency } emvReason revenue { amountMinor currency } conversions
  costPerConversion { amountMinor currency } roi overheadHours coordinationRisk averageAuthenticity
  tierMix { tier creators spend { amountMinor currency } }`;

/**
 * Campaign.metrics as METRICS selects it: core's CampaignMetrics with its numbers as they are (the test
 * compares them one by one) and its amounts as Money.
 */
/** FxConversion as selected: its date as an ISO string. */
export interface FxFields {
  from: string;
  to: string;
  rate: number;
  asOf: string;
  source: string;
}

export type MetricsFields = Omit<
  CampaignMetrics,
  | 'spendMinor'
  | 'cpe'
  | 'cpm'
  | 'cpv'
  | 'emv'
  | 'revenueMinor'
  | 'costPerConversion'
  | 'tierMix'
  | 'budgetMinor'
  | 'emvCpmMinor'
  | 'emvCpmConversion'
> & {
  asOf: string;
  spend: Money;
  budget: Money | null;
  emvCpm: Money | null;
  emvCpmConversion: FxFields | null;
  unpricedMembers: number;
  memberFees: {
    account: { id: string };
    deliverables: number;
    kind: string;
    conversion: FxFields | null;
    fee: Money;
    source: string;
    estimated: boolean;
    method: string | null;
  }[];
  cpe: Money | null;
  cpm: Money | null;
  cpv: Money | null;
  emv: Money | null;
  revenue: Money | null;
  costPerConversion: Money | null;
  tierMix: { tier: Tier; creators: number; spend: Money }[];
};

export const CAMPAIGN_METRICS = graphql<
  { campaign: { metrics: MetricsFields } | null },
  { id: string; asOf?: string | undefined }
>(`query($id: ID!, $asOf: DateTime) { campaign(id: $id) { metrics(asOf: $asOf) { ${METRICS} } } }`);
export const CAMPAIGN_METRICS_NOW = graphql<{ campaign: { metrics: MetricsFields } | null }, { id: string }>(
  `query($id: ID!) { campaign(id: $id) { metrics { ${METRICS} } } }`,
);
export const CAMPAIGN_CREATORS = graphql<
  { campaign: { id: string; metrics: { creators: number } } | null },
  { id: string }
>('query($id: ID!) { campaign(id: $id) { id metrics { creators } } }');

export const COMPARE = graphql<
  {
    compareCampaigns:
      | Typed<
          'CompareCampaignsPayload',
          {
            currency: string;
            asOf: string;
            campaigns: {
              id: string;
              name: string;
              metrics: { spend: { amountMinor: number }; cpe: { amountMinor: number } | null };
            }[];
            rows: {
              metric: string;
              direction: string;
              values: { campaign: { id: string }; value: number | null }[];
              best: { id: string }[];
            }[];
            verdicts: { goal: ComparisonGoal; winners: { id: string }[]; reason: string }[];
          }
        >
      | MoneyErrors;
  },
  { ids: string[]; goal?: ComparisonGoal }
>(`query($ids: [ID!]!, $goal: CampaignGoal, $asOf: DateTime) {
  compareCampaigns(ids: $ids, goal: $goal, asOf: $asOf) {
    __typename
    ... on CompareCampaignsPayload {
      currency asOf
      campaigns { id name metrics(asOf: $asOf) { spend { amountMinor } cpe { amountMinor } } }
      rows { metric direction values { campaign { id } value } best { id } }
      verdicts { goal winners { id } reason }
    }
    ${ERRORS}
  }
}`);

/** One row of compareTiers; the keys in TIER_NUMBERS are the numbers compared with compareTiersStats. */
export interface TierRow {
  tier: Tier;
  platform: string;
  niche: string | null;
  accountCount: number;
  medianRate: number | null;
  p25Rate: number | null;
  p75Rate: number | null;
  medianAvgInteractions: number | null;
  medianFee: Money | null;
  medianCpe: Money | null;
  medianAuthenticity: number | null;
  lowAuthenticityShare: number | null;
  windowDays: number | null;
  windowPosts: number | null;
  asOf: string;
}

export const TIERS_QUERY = graphql<
  { compareTiers: TierRow[] },
  { platform: string; niche?: string | null; window?: { days?: number; posts?: number } }
>(`query($platform: Platform!, $niche: String, $window: WindowInput, $asOf: DateTime) {
  compareTiers(platform: $platform, niche: $niche, window: $window, asOf: $asOf) {
    tier platform niche accountCount medianRate p25Rate p75Rate medianAvgInteractions
    medianFee { amountMinor currency } medianCpe { amountMinor currency } medianAuthenticity lowAuthenticityShare
    windowDays windowPosts asOf
  }
}`);

const PLAN_FIELDS = `optimal algorithm candidateCount tooFewPosts
  selection { account { id platform } tier cost { amountMinor currency } fee { amountMinor } feeSource feeMethod
    feeConversion { ${FX} } posts value authenticityScore reliableRate }
  totals { creators deliverables spend { amountMinor currency } cost { amountMinor } expectedValue
    projectedCpe { amountMinor currency } projectedCpm { amountMinor } overheadHours coordinationRisk }`;

interface PlanFields {
  optimal: boolean;
  algorithm: string;
  candidateCount: number;
  tooFewPosts: number;
  selection: {
    account: { id: string; platform: string };
    tier: Tier;
    cost: Money;
    fee: { amountMinor: number };
    feeSource: string;
    feeMethod: string;
    feeConversion: FxFields | null;
    posts: number;
    value: number;
    authenticityScore: number;
    reliableRate: number | null;
  }[];
  totals: {
    creators: number;
    deliverables: number;
    spend: Money;
    cost: { amountMinor: number };
    expectedValue: number;
    projectedCpe: Money | null;
    projectedCpm: { amountMinor: number } | null;
    overheadHours: number;
    coordinationRisk: number;
  };
}

export interface PlanInput {
  budget: Money;
  goal: string;
  platform: string;
  tiers?: Tier[] | null;
  minAuthenticity?: number;
  maxCreators?: number;
  postsPerCreator?: number;
  minPosts?: number;
  kind?: string;
  niches?: string[];
  hourlyOverhead?: Money;
  asOf?: string;
}

export const PLAN = graphql<
  {
    planCampaign:
      | Typed<
          'PlanCampaignPayload',
          PlanFields & {
            currency: string;
            asOf: string;
            accountsConsidered: number;
            unpricedAccounts: number;
            kind: string;
            minPosts: number;
            reachFactor: number;
            allMicro: PlanFields;
            allMacro: PlanFields;
          }
        >
      | ValidationError
      | CurrencyMismatchError;
  },
  { input: PlanInput }
>(`query($input: PlanCampaignInput!) {
  planCampaign(input: $input) {
    __typename
    ... on PlanCampaignPayload {
      ${PLAN_FIELDS} currency asOf accountsConsidered unpricedAccounts kind minPosts reachFactor
      allMicro { ${PLAN_FIELDS} }
      allMacro { ${PLAN_FIELDS} }
    }
    ${BASE} ${CURRENCY}
  }
}`);

export const M = {
  create: graphql<
    { createCampaign: Typed<'CreateCampaignPayload', { campaign: { id: string } }> | MoneyErrors },
    {
      input: { name: string; brand: string; goal: string; currency: string; budget: Money; startsAt: string };
    }
  >(`mutation($input: CreateCampaignInput!) {
    createCampaign(input: $input) { __typename ... on CreateCampaignPayload { campaign { id } } ${BASE} ${CURRENCY} } }`),
  addMember: graphql<
    {
      addCampaignMember:
        | Typed<
            'AddCampaignMemberPayload',
            { campaign: { id: string; metrics: { spend: { amountMinor: number }; creators: number } } }
          >
        | MoneyErrors;
    },
    { input: MemberInput }
  >(`mutation($input: AddCampaignMemberInput!) {
    addCampaignMember(input: $input) { __typename ... on AddCampaignMemberPayload { campaign { id metrics { spend { amountMinor } creators } } } ${ERRORS} } }`),
  updateMember: graphql<
    { updateCampaignMember: Typed<'UpdateCampaignMemberPayload', object> | MoneyErrors },
    { input: MemberInput }
  >(`mutation($input: UpdateCampaignMemberInput!) {
    updateCampaignMember(input: $input) { __typename ${ERRORS} } }`),
  link: graphql<
    { linkCampaignPosts: Typed<'LinkCampaignPostsPayload', object> | Errors },
    { campaignId: string; postIds: string[] }
  >(`mutation($campaignId: ID!, $postIds: [ID!]!) {
    linkCampaignPosts(campaignId: $campaignId, postIds: $postIds) { __typename ${BASE} ${NOT_FOUND} } }`),
  results: graphql<
    { recordCampaignResults: Typed<'RecordCampaignResultsPayload', object> | MoneyErrors },
    { campaignId: string; input: { revenue: Money; conversions: number } }
  >(`mutation($campaignId: ID!, $input: RecordCampaignResultsInput!) {
    recordCampaignResults(campaignId: $campaignId, input: $input) { __typename ${ERRORS} } }`),
};

/** A page of campaigns with their metrics: the statements it takes must not grow with the page. */
export const CAMPAIGN_PAGE = graphql<{ campaigns: { nodes: { id: string }[] } }, { n: number }>(
  `query($n: Int!) { campaigns(first: $n) { nodes { id metrics { spend { amountMinor } creators
      memberFees { account { handle } } tierMix { tier } } } } }`,
);

export interface MetricsUpdate {
  reason: string;
  campaign: { id: string; metrics: { spend: { amountMinor: number }; creators: number } };
}
export const METRICS_SUBSCRIPTION = `subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) {
          reason campaign { id metrics { spend { amountMinor } creators } } } }`;

export interface PriceFields {
  amount: Money;
  estimated: boolean;
  method: string;
  conversion: FxFields | null;
}

export const ACCOUNT_PRICE = graphql<
  { account: { price: PriceFields } | null },
  { platform: string; handle: string; kind?: string | undefined; currency?: string | undefined }
>(`query($platform: Platform!, $handle: String!, $kind: PostKind, $currency: Currency) {
  account(platform: $platform, handle: $handle) {
    price(kind: $kind, currency: $currency) { amount { amountMinor currency } estimated method conversion { ${FX} } }
  }
}`);

export const METRICS_CONFIG_PRICES = graphql<{
  metricsConfig: {
    platformMultipliers: { platform: string; value: number }[];
    reachFactors: { platform: string; value: number }[];
    fx: { asOf: string; source: string; rates: { currency: string; usdPerUnit: number }[] };
    plannerMinPosts: number;
    growthDays: number;
    thresholds: { name: string; value: number }[];
  };
}>(`{ metricsConfig {
  platformMultipliers { platform value } reachFactors { platform value }
  fx { asOf source rates { currency usdPerUnit } } plannerMinPosts growthDays thresholds { name value }
} }`);
