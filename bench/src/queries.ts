/**
 * The operations the benchmark sends. The baseline (bench/baseline/server.ts) recognises Q1 and Q1+ by
 * their exact text, so both servers receive byte-identical request bodies.
 */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A page of creators with their accounts and each account's latest posts: the catalog's hot path. */
export const Q1 =
  'query Q1 { creators(first: 20) { nodes { id name accounts { handle followers tier posts(first: 3) { nodes { likes comments postedAt } } } } } }';

/** Q1 with the two per-account metrics that precomputed summaries serve. */
export const Q1_PLUS =
  'query Q1Plus { creators(first: 20) { nodes { id name accounts { handle followers tier engagement { value } reliableEngagement { value } posts(first: 3) { nodes { likes comments postedAt } } } } } }';

export interface DecisionQuery {
  /** Short label used in tables. */
  name: string;
  request: GraphQLRequest;
  /** The result's root field must be a payload of this type (unions), or a list (compareTiers). */
  expect?: string;
}

const CREATORS_BY_METRIC = `query CreatorsByMetric($field: CreatorOrderField!) {
  creators(first: 20, orderBy: { field: $field, direction: DESC }) {
    totalCount
    nodes { id name followers reliableEngagement { value } engagement { value } }
  }
}`;

/** Discovery on one platform: the metrics of each creator's account there (issue 11's orderings). */
const CREATORS_ON_PLATFORM = `query CreatorsOnPlatform($field: CreatorOrderField!, $direction: SortDirection!) {
  creators(first: 20, filter: { platform: INSTAGRAM }, orderBy: { field: $field, direction: $direction }) {
    totalCount
    nodes { id name metricAccount(platform: INSTAGRAM) { handle followers reliableEngagement { value interval95 { low high } } } }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) { totalCount nodes { id name accounts { platform handle } } }
}`;

const BRAND_PERFORMANCE = `query Brand($brand: String!) {
  brandPerformance(brand: $brand, window: { days: 90 }) {
    posts creators interactions rate lift organic { posts rate } topCreators { creator { id name } posts interactions rate }
  }
}`;

const COMPARE_TIERS = `query CompareTiers($platform: Platform!) {
  compareTiers(platform: $platform) {
    tier accountCount medianRate p25Rate p75Rate medianAvgInteractions medianAuthenticity lowAuthenticityShare
    medianFee { amountMinor currency } medianCpe { amountMinor currency }
  }
}`;

const PLAN_CAMPAIGN = `query PlanCampaign($input: PlanCampaignInput!) {
  planCampaign(input: $input) {
    __typename
    ... on PlanCampaignPayload {
      algorithm candidateCount accountsConsidered
      selection { account { id handle } tier value reliableRate authenticityScore cost { amountMinor currency } }
      totals { creators spend { amountMinor currency } expectedValue }
      allMicro { candidateCount totals { creators expectedValue } }
      allMacro { candidateCount totals { creators expectedValue } }
    }
    ... on Error { code message }
  }
}`;

/** The decision queries of issue 10, with arguments a planner would use on the generated catalog. */
export const DECISION_QUERIES: DecisionQuery[] = [
  {
    name: 'creators by RELIABLE_ENGAGEMENT_RATE',
    request: { query: CREATORS_BY_METRIC, variables: { field: 'RELIABLE_ENGAGEMENT_RATE' } },
  },
  {
    name: 'creators by ENGAGEMENT_RATE',
    request: { query: CREATORS_BY_METRIC, variables: { field: 'ENGAGEMENT_RATE' } },
  },
  { name: 'compareTiers(INSTAGRAM)', request: { query: COMPARE_TIERS, variables: { platform: 'INSTAGRAM' } } },
  {
    name: 'planCampaign(INSTAGRAM, ENGAGEMENT, $50k)',
    expect: 'PlanCampaignPayload',
    request: {
      query: PLAN_CAMPAIGN,
      variables: {
        input: {
          platform: 'INSTAGRAM',
          goal: 'ENGAGEMENT',
          budget: { amountMinor: 5_000_000, currency: 'USD' },
          maxCreators: 20,
        },
      },
    },
  },
  {
    name: 'creators by ENGAGEMENT_LOWER_BOUND (INSTAGRAM)',
    request: { query: CREATORS_ON_PLATFORM, variables: { field: 'ENGAGEMENT_LOWER_BOUND', direction: 'DESC' } },
  },
  {
    name: 'creators by ESTIMATED_CPE (INSTAGRAM)',
    request: { query: CREATORS_ON_PLATFORM, variables: { field: 'ESTIMATED_CPE', direction: 'ASC' } },
  },
  { name: 'search("an")', request: { query: SEARCH, variables: { text: 'an' } } },
  {
    name: 'brandPerformance(Lumen Skincare, 90 days)',
    request: { query: BRAND_PERFORMANCE, variables: { brand: 'Lumen Skincare' } },
  },
];

const COMPARE_CAMPAIGNS = `query CompareCampaigns($ids: [ID!]!) {
  compareCampaigns(ids: $ids) {
    __typename
    ... on CompareCampaignsPayload {
      asOf currency
      rows { metric direction values { value } best { id } }
      verdicts { goal reason winners { id } }
    }
    ... on Error { code message }
  }
}`;

export function compareCampaignsRequest(globalIds: string[]): DecisionQuery {
  return {
    name: `compareCampaigns(${globalIds.length} campaigns)`,
    expect: 'CompareCampaignsPayload',
    request: { query: COMPARE_CAMPAIGNS, variables: { ids: globalIds } },
  };
}

/** A filtered catalog page, for the load mix. */
const FILTERED_CREATORS = `query Filtered {
  creators(first: 20, filter: { platform: INSTAGRAM, tier: MICRO, niches: ["beauty", "fashion"] }) {
    nodes { id name country niches accounts { handle followers tier } }
  }
}`;

/**
 * The c = 50 load mix, cycled by every connection: catalog reads (Q1, Q1+, a filtered page) with one
 * decision query in ten, as a partner integration would send them.
 */
export function loadMix(): GraphQLRequest[] {
  const tiers = DECISION_QUERIES[2]?.request as GraphQLRequest;
  return [
    { query: Q1 },
    { query: Q1_PLUS },
    { query: FILTERED_CREATORS },
    { query: Q1 },
    { query: Q1_PLUS },
    { query: Q1 },
    { query: FILTERED_CREATORS },
    { query: Q1_PLUS },
    { query: Q1 },
    tiers,
  ];
}

/** Global IDs as the server issues them: base64 of `Type:id`. */
export function globalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}
