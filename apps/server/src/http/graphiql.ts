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

# Who reliably engages on Instagram? Ordered by the low end of the reliable rate's 95% interval, so an
# account with 10 likes on 50 followers (20%, on two posts) does not outrank a proven one. Every number
# comes from the creator's Instagram account (metricAccount), not from its largest account elsewhere.
# minAuthenticity drops engagement pods (many likes, no comments), which a rate alone rewards.
query ReliablyEngaging {
  creators(first: 5, filter: { platform: INSTAGRAM, minSampleSize: 3, minAuthenticity: 70 }, orderBy: { field: ENGAGEMENT_LOWER_BOUND, direction: DESC }) {
    nodes {
      name
      metricAccount(platform: INSTAGRAM) {
        handle
        tier
        engagement { value sampleSize avgInteractionsPerPost interval95 { low high lowSource highSource } }
        reliableEngagement { value weight prior interval95 { low high } }
        benchmark { percentile percentileReason p50 peerCount }
        authenticity { score flags { code severity message } }
        growth(days: 30)
        price(kind: REEL) { amount { amountMinor currency } estimated method }
      }
    }
  }
}

# Cheapest expected engagement on TikTok: price of a post / (reliable rate × followers), ascending.
query CheapestEngagement {
  creators(first: 5, filter: { platform: TIKTOK }, orderBy: { field: ESTIMATED_CPE, direction: ASC }) {
    nodes {
      name
      metricAccount(platform: TIKTOK) {
        handle
        followers
        reliableEngagement { value }
        price { amount { amountMinor currency } method }
      }
    }
  }
}

# Find a creator by name or handle (prefix matches first), and the niches with their creator counts.
query Search {
  search(text: "an", first: 5) { nodes { name accounts { platform handle } } }
  niches(first: 10) { niche creatorCount }
}

# How a brand's sponsored posts engaged against the same creators' own posts (lift).
query BrandPerformance {
  brandPerformance(brand: "Lumen Skincare", window: { days: 365 }) {
    posts
    creators
    interactions
    rate
    organic { posts rate }
    lift
    topCreators { creator { name } posts interactions rate }
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
        budget { amountMinor currency }
        creators
        impressions
        interactions
        engagementRate
        cpe { amountMinor currency }
        cpm { amountMinor currency }
        roi
        coordinationRisk
        reachFactors { platform factor }
        warnings { code message }
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
      warnings { campaign { name } code message }
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

# The best roster for 5,000 EUR of Instagram reels, with the all-MICRO and all-MACRO alternatives. Only
# accounts with at least 3 recent posts are bought; USD quotes are converted at the disclosed rate.
query PlanCampaign {
  planCampaign(input: { budget: { amountMinor: 500000, currency: "EUR" }, goal: ENGAGEMENT, platform: INSTAGRAM, kind: REEL, maxCreators: 10 }) {
    __typename
    ... on PlanCampaignPayload {
      optimal
      algorithm
      candidateCount
      tooFewPosts
      reachFactor
      selection { account { handle followers } tier fee { amountMinor currency } feeMethod feeConversion { from to rate asOf source } value authenticityScore }
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
