import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { compress, type Encoding, mergeVary, preferredEncoding } from './compression.js';

// The dashboard and older callers take the Accept-Encoding choice from here.
export { preferredEncoding };

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
 * What the GraphiQL bundled by @graphql-yoga/render-graphiql reads, beyond Yoga's option type. Its page
 * passes `query` as the editor's initial document and ignores `defaultQuery` (it would open on Yoga's
 * welcome comment); an initial document also activates (or adds) the tab holding it, so tabs a browser kept
 * in localStorage from an earlier visit never hide the examples. `headers` fills new tabs' header editor,
 * `initialHeaders` the first one even when an earlier visit stored empty headers.
 */
export type GraphiQLPageOptions = GraphiQLOptions & { query: string; initialHeaders?: string };

/**
 * GraphiQL's options for one request: the demo key is written into the page only for a browser on this
 * machine (the peer address, never a forwarded header), so a demo reachable from elsewhere leaks no key.
 */
export function graphiqlPageOptions(apiKey: string | undefined, local: boolean): GraphiQLPageOptions {
  const headers = apiKey && local ? JSON.stringify({ Authorization: `Bearer ${apiKey}` }, null, 2) : undefined;
  return {
    title: 'creatorgraph',
    query: EXAMPLE_QUERY,
    defaultQuery: EXAMPLE_QUERY,
    headers,
    initialHeaders: headers,
    shouldPersistHeaders: false,
    // Show which key is sent; without one, the variables (CompareCampaigns takes ids).
    defaultEditorToolsVisibility: headers ? 'headers' : 'variables',
  };
}

/** One rendered page (~9 MB: GraphiQL, Monaco, its workers and fonts inline) and its compressed forms. */
interface Page {
  html: string;
  encoded: Partial<Record<Encoding, Promise<Uint8Array<ArrayBuffer>>>>;
}

/**
 * Rendered pages by their options (a server has at most two: with and without the key). Rendering copies
 * the whole bundle, and compressing it takes ~0.2 s, so both happen once; the bound keeps processes that
 * build many servers (tests) from holding a page per key.
 */
const pages = new Map<string, Page>();
const MAX_PAGES = 4;

function pageFor(options: GraphiQLOptions): Page {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = { html: renderGraphiQL(options), encoded: {} };
    pages.set(key, page);
    for (const old of pages.keys()) {
      if (pages.size <= MAX_PAGES) break;
      pages.delete(old);
    }
  }
  return page;
}

/**
 * The page compressed once per encoding (~0.2 s): brotli 5 (~1.9 MB), gzip 6 (~2.4 MB) for clients
 * without it; every later request is sent the stored bytes.
 */
function encoded(page: Page, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  page.encoded[encoding] ??= compress(page.html, encoding);
  return page.encoded[encoding];
}

/**
 * GraphiQL served from this process: the page bundles every asset (no CDN, no fonts from elsewhere), so it
 * works offline, and opens with EXAMPLE_QUERY. `options` and `render` go to Yoga's `graphiql` and
 * `renderGraphiQL`; `plugin` sends the page compressed (Yoga's own GraphiQL response is uncompressed).
 */
export function graphiqlPage(config: { apiKey?: string }) {
  // The page each GraphiQL request was given, so the response can be swapped for its compressed form.
  const served = new WeakMap<Request, Page>();
  return {
    options: (request: Request, serverContext?: object): GraphiQLOptions => {
      const options = graphiqlPageOptions(config.apiKey, isLoopback(remoteAddress(serverContext)));
      served.set(request, pageFor(options));
      return options;
    },
    render: (options: GraphiQLOptions): string => pageFor(options).html,
    plugin: {
      onResponse: async ({ request, response, setResponse, fetchAPI }) => {
        const page = served.get(request);
        if (!page || response.status !== 200) return;
        const encoding = preferredEncoding(request.headers.get('accept-encoding'));
        if (!encoding) return;
        const body = await encoded(page, encoding).catch(() => {
          // Never expected; the page then goes uncompressed, and the next request tries again.
          delete page.encoded[encoding];
          return undefined;
        });
        if (!body) return;
        const headers = new fetchAPI.Headers(response.headers);
        headers.set('content-encoding', encoding);
        headers.set('content-length', String(body.length));
        mergeVary(headers, 'Accept-Encoding');
        setResponse(new fetchAPI.Response(body, { status: 200, headers }));
      },
    } satisfies Plugin,
  };
}
