/**
 * GraphiQL's starting document: several named operations (the run button asks which one). Rates are
 * fractions; money is integer minor units (MoneyRate: fractional minor units).
 */
export const EXAMPLE_QUERY = `# Creators in the MICRO tier, with their accounts.
query MicroCreators {
  creators(first: 5, filter: { tier: MICRO }) {
    totalCount
    nodes {
      id
      name
      niches
      accounts { platform handle followers tier }
    }
  }
}

# Metrics of the most-followed Instagram creators: engagement with its method, reliable rate,
# percentile among tier peers, authenticity with its red flags, and 30-day growth.
query CreatorMetrics {
  creators(first: 3, filter: { platform: INSTAGRAM }) {
    nodes {
      name
      primaryAccount {
        handle
        tier
        engagement(window: { days: 90 }) { value sampleSize interval95 { low high } method { base aggregate asOf } }
        reliableEngagement { value prior weight peerCount }
        benchmark { percentile p50 peerCount }
        authenticity { score authenticFollowers flags { code severity message } }
        growth(days: 30)
      }
    }
  }
}

# Your campaigns with their numbers; copy two ids for CompareCampaigns.
query MyCampaigns {
  campaigns(first: 10) {
    nodes {
      id
      name
      metrics {
        spend { amountMinor currency }
        creators
        impressions
        interactions
        engagementRate
        cpe { amountMinor currency }
        cpm { amountMinor currency }
        roi
        coordinationRisk
        tierMix { tier creators }
      }
    }
  }
}

# Put { "ids": ["<campaign id>", "<campaign id>"] } in the variables pane.
query CompareCampaigns($ids: [ID!]!) {
  compareCampaigns(ids: $ids) {
    __typename
    ... on CompareCampaignsPayload {
      rows { metric direction values { campaign { name } value } best { name } }
      verdicts { goal winners { name } reason }
    }
    ... on Error { message code }
  }
}

# Per tier of Instagram: engagement quartiles, fees, CPE and authenticity.
query CompareTiers {
  compareTiers(platform: INSTAGRAM, window: { days: 90 }) {
    tier
    accountCount
    medianRate
    p25Rate
    p75Rate
    medianFee { amountMinor currency }
    medianCpe { amountMinor currency }
    medianAuthenticity
    lowAuthenticityShare
  }
}

# The best roster for 5,000 USD on Instagram, with the all-MICRO and all-MACRO alternatives.
query PlanCampaign {
  planCampaign(input: { budget: { amountMinor: 500000, currency: "USD" }, goal: ENGAGEMENT, platform: INSTAGRAM, maxCreators: 10 }) {
    __typename
    ... on PlanCampaignPayload {
      optimal
      algorithm
      candidateCount
      selection { account { handle followers } tier cost { amountMinor } value authenticityScore }
      totals { spend { amountMinor currency } expectedValue projectedCpe { amountMinor } overheadHours coordinationRisk }
      allMicro { totals { spend { amountMinor } expectedValue } }
      allMacro { totals { spend { amountMinor } expectedValue } }
    }
    ... on Error { message code }
  }
}

# A write (needs a key with the write scope): a new draft campaign.
mutation CreateCampaign {
  createCampaign(input: { name: "Summer launch", brand: "Acme", goal: ENGAGEMENT, currency: "USD", budget: { amountMinor: 500000, currency: "USD" }, startsAt: "2026-07-01T00:00:00Z" }) {
    __typename
    ... on CreateCampaignPayload { campaign { id name status budget { amountMinor currency } } }
    ... on Error { message code }
  }
}
`;

/** The peer address of a request served by node:http; unknown (undefined) for in-process `fetch` calls. */
export function remoteAddress(serverContext: unknown): string | undefined {
  return (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress;
}

export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

/**
 * GraphiQL's options per request: the demo key is written into the page only for a browser on this
 * machine (the peer address, never a forwarded header), so a demo reachable from elsewhere leaks no key.
 */
export function graphiqlOptions(config: { apiKey?: string }) {
  return (_request: Request, serverContext?: object) => {
    const local = isLoopback(remoteAddress(serverContext));
    return {
      title: 'creatorgraph',
      defaultQuery: EXAMPLE_QUERY,
      headers:
        config.apiKey && local ? JSON.stringify({ Authorization: `Bearer ${config.apiKey}` }, null, 2) : undefined,
      shouldPersistHeaders: false,
    };
  };
}
