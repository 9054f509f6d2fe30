import {
  authenticate,
  type CampaignEvents,
  type Database,
  DomainError,
  InProcessCampaignEvents,
  MetricsCache,
  touchApiKey,
  ValidationError,
} from '@creatorgraph/core';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { ScopeError } from './builder.js';
import { buildContext, type Context } from './context.js';
import { costPlugin, createMemoryRateLimiter, type RateLimiter } from './cost.js';
import { exportPlugin } from './export.js';
import { schema } from './schema/index.js';

export interface ServerOptions {
  db: Database;
  logger?: Logger;
  graphiql?: { apiKey?: string } | false;
  /** Largest accepted upload in bytes (imports). */
  maxUploadBytes?: number;
  /** Fixed clock for tests; by default every request uses the time it arrived. */
  now?: () => Date;
  /** Peer-group cache shared by the server's requests; a new one by default. */
  metricsCache?: MetricsCache;
  /**
   * Live campaign updates shared by the server's requests; in-process by default. Several instances
   * behind a load balancer need a shared one (Redis pub/sub; see CampaignEvents in core).
   */
  campaignEvents?: CampaignEvents;
  /** Hourly query-cost budget per API key; in memory (5,000 points an hour) by default. */
  rateLimiter?: RateLimiter;
}

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

function bearer(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/**
 * Duck-typed: graphql may be loaded both as CommonJS and as ESM (one copy per module system), and an
 * instanceof check against the other copy's class fails.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** Domain errors carry a code the caller can act on; everything else is masked. */
function toClientError(error: unknown, message: string): Error {
  let original: unknown = error;
  // Errors thrown in resolvers may arrive wrapped more than once (e.g. by a plugin re-throwing).
  while (isGraphQLError(original) && original.originalError) original = original.originalError;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      nodes: isGraphQLError(error) ? error.nodes : undefined,
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: {
        code: original.code,
        ...(original instanceof ValidationError ? { issues: original.issues } : {}),
      },
    });
  }
  if (original instanceof ScopeError) {
    return new GraphQLError(original.message, {
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: 'FORBIDDEN' },
    });
  }
  // Pothos rejects malformed or wrong-type global IDs while parsing arguments: the caller's input.
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return new GraphQLError(original.message, {
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: 'VALIDATION' },
    });
  }
  if (isGraphQLError(original)) return original;
  return new GraphQLError(message, {
    path: isGraphQLError(error) ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function readinessPlugin(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      try {
        await db.em.getConnection().execute('select 1');
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'ready' }), { status: 200 }));
      } catch {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'database unreachable' }), { status: 503 }));
      }
    },
  };
}

export function createServer(options: ServerOptions): YogaServerInstance<object, Context> {
  const { db, logger } = options;
  const metricsCache = options.metricsCache ?? new MetricsCache();
  const campaignEvents = options.campaignEvents ?? new InProcessCampaignEvents();
  const rateLimiter = options.rateLimiter ?? createMemoryRateLimiter();
  return createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: logger
      ? {
          debug: (...a) => logger.debug(a),
          info: (...a) => logger.info(a),
          warn: (...a) => logger.warn(a),
          error: (...a) => logger.error(a),
        }
      : false,
    maskedErrors: {
      maskError: (error, message) => {
        const masked = toClientError(error, message);
        if ((masked as GraphQLError).extensions?.code === 'INTERNAL_SERVER_ERROR') logger?.error({ err: error });
        return masked;
      },
    },
    graphiql: options.graphiql
      ? {
          title: 'creatorgraph',
          defaultQuery: EXAMPLE_QUERY,
          headers: options.graphiql.apiKey
            ? JSON.stringify({ Authorization: `Bearer ${options.graphiql.apiKey}` }, null, 2)
            : undefined,
          shouldPersistHeaders: false,
        }
      : false,
    plugins: [readinessPlugin(db), exportPlugin(db), costPlugin({ limiter: rateLimiter })],
    context: async ({ request }) => {
      const raw = bearer(request);
      const lookup = db.em.fork();
      const principal = raw ? await authenticate(lookup, raw) : null;
      if (!principal) {
        throw new GraphQLError(
          raw ? 'The API key is unknown or revoked.' : 'Missing API key: send it as `Authorization: Bearer <key>`.',
          { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
        );
      }
      await touchApiKey(lookup, principal.key);
      const context = buildContext(db, principal, options.now?.() ?? new Date(), metricsCache, campaignEvents);
      return Object.assign(context, { maxUploadBytes: options.maxUploadBytes, rateLimiter });
    },
  });
}
