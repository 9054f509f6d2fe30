import {
  type CampaignEvents,
  type Database,
  InProcessCampaignEvents,
  MetricsCache,
  OrganizationService,
} from '@creatorgraph/core';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { buildContext, type Context } from './context.js';
import { authPlugin, principalOf } from './http/auth.js';
import {
  type BackpressureOptions,
  backpressurePlugin,
  DEFAULT_BACKPRESSURE,
  inFlightGate,
  registerGate,
} from './http/backpressure.js';
import { compressionPlugin } from './http/compression.js';
import { costPlugin } from './http/cost-plugin.js';
import { type DashboardOptions, dashboardPlugin } from './http/dashboard.js';
import { requestParseErrorsPlugin, toClientError } from './http/errors.js';
import { EXPORT_PATHS, exportPlugin } from './http/export.js';
import { graphiqlPage } from './http/graphiql.js';
import { inputLimitsPlugin } from './http/inputs.js';
import { ApiKeyCache } from './http/key-cache.js';
import {
  bodyLimitPlugin,
  boundedParserCache,
  DEFAULT_LIMITS,
  documentLimitPlugins,
  type RequestLimits,
} from './http/limits.js';
import { negotiationPlugin } from './http/negotiation.js';
import { createMemoryRateLimiter, type RateLimiter } from './http/rate-limit.js';
import { type ReadinessOptions, readinessPlugin } from './http/readiness.js';
import { unknownRoutePlugin } from './http/routes.js';
import { subscriptionTransportPlugins } from './http/subscriptions/index.js';
import { loadTrustedDocuments, trustedDocumentsPlugins } from './http/trusted-documents.js';
import { yogaLogger } from './observability/logging.js';
import { createServerMetrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/plugin.js';
import { databaseProbe } from './runtime/dependencies.js';
import { schema } from './schema/index.js';

export interface ServerOptions {
  db: Database;
  logger?: Logger;
  graphiql?: { apiKey?: string } | false;
  /** The web dashboard at /app (DASHBOARD): its build folder and the demo key it hands loopback browsers. */
  dashboard?: Pick<DashboardOptions, 'apiKey' | 'dist'> | false;
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
  /**
   * Query-cost budget per organization (a leaky bucket): in memory with 2,000 points restored at 50 per
   * second by default; `createRedisRateLimiter` shares it between instances.
   */
  rateLimiter?: RateLimiter;
  /** Highest price of one operation in points (MAX_QUERY_COST); by default the bucket's capacity. */
  maxQueryCost?: number;
  /** Subscriptions one organization may hold open at once (MAX_SUBSCRIPTIONS_PER_ORGANIZATION); 10 by default. */
  maxSubscriptionsPerOrganization?: number;
  /** `production` hides field suggestions; `demo` (default) keeps them for people learning the API. */
  profile?: 'demo' | 'production';
  /** Body, upload and document limits; see DEFAULT_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** Origins allowed by CORS (scheme and host, or `*`); none by default. */
  corsOrigins?: string[];
  /** Requests worked on at once, and how many may wait (MAX_IN_FLIGHT, MAX_QUEUE, QUEUE_TIMEOUT_MS). */
  backpressure?: Partial<BackpressureOptions>;
  /**
   * Verified API keys kept between requests (30 s by default); pass one to set its TTL or share
   * revocations through Redis. Revoking a key through this server drops it from the cache at once.
   */
  apiKeyCache?: ApiKeyCache;
  /**
   * What `/ready` asks (each dependency's probe) and whether the process is draining; by default the
   * database alone, never draining.
   */
  readiness?: ReadinessOptions;
  /**
   * METRICS_TOKEN: `/metrics` answers only `Authorization: Bearer <token>`. Without one it is open to
   * loopback callers in the demo profile and absent in production.
   */
  metricsToken?: string;
}

export function createServer(options: ServerOptions): YogaServerInstance<object, Context> {
  const { db, logger } = options;
  const metricsCache = options.metricsCache ?? new MetricsCache();
  const campaignEvents = options.campaignEvents ?? new InProcessCampaignEvents();
  const rateLimiter = options.rateLimiter ?? createMemoryRateLimiter();
  const profile = options.profile ?? 'demo';
  const limits: RequestLimits = {
    ...DEFAULT_LIMITS,
    ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
    ...options.limits,
  };
  const corsOrigins = options.corsOrigins ?? [];
  const apiKeyCache = options.apiKeyCache ?? new ApiKeyCache(db);
  const onKeyChanged = (key: { id: number }) => apiKeyCache.changed(key.id);
  const gate = inFlightGate({ ...DEFAULT_BACKPRESSURE, ...options.backpressure });
  // One registry per server: tests create many servers in one process.
  const metrics = createServerMetrics({ db, gate });
  const graphiql = options.graphiql ? graphiqlPage(options.graphiql) : undefined;
  // One copy for /graphql and the graphql-sse stream endpoint.
  const trustedDocuments = loadTrustedDocuments();
  const yoga = createYoga<object, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: logger ? yogaLogger(logger) : false,
    // Internal errors are logged once, with the request id, by the observability plugin.
    maskedErrors: { maskError: (error, message) => toClientError(error, message) },
    graphiql: graphiql?.options ?? false,
    renderGraphiQL: graphiql?.render,
    cors: corsOrigins.length
      ? // PUT and DELETE: graphql-sse's single connection mode reserves and stops streams with them.
        { origin: corsOrigins, credentials: false, maxAge: 600, methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'] }
      : false,
    parserAndValidationCache: boundedParserCache(),
    plugins: [
      // First: every request gets its id and start time, and `/metrics` is answered before any other work.
      observabilityPlugin({ metrics, logger, metricsToken: options.metricsToken, profile }),
      readinessPlugin(options.readiness ?? { probes: [databaseProbe(db)] }),
      // Before anything that costs: a busy instance refuses without looking up the key or reading the body.
      backpressurePlugin(gate, metrics.queued),
      // Static files, no key needed (the page's own GraphQL calls carry one).
      ...(options.dashboard ? [dashboardPlugin(options.dashboard)] : []),
      unknownRoutePlugin(
        (path) => /^\/(graphql\/?|graphql\/stream|ready|health)$/.test(path) || EXPORT_PATHS.some((p) => p.test(path)),
      ),
      negotiationPlugin(),
      // Order matters: the key before the body, the body's size before parsing, document limits before cost.
      authPlugin(db, { keys: apiKeyCache, logger }),
      bodyLimitPlugin(limits),
      requestParseErrorsPlugin(),
      ...trustedDocumentsPlugins(trustedDocuments),
      ...documentLimitPlugins(limits, { suggestions: profile !== 'production' }),
      exportPlugin(db, { metricsCache, now: options.now }),
      // Before the cost plugin: a request with an overlong or NUL-carrying string is refused uncharged.
      inputLimitsPlugin({ maxStringLength: limits.maxStringLength }),
      costPlugin({
        limiter: rateLimiter,
        maxCost: options.maxQueryCost,
        maxSubscriptionsPerOrganization: options.maxSubscriptionsPerOrganization,
      }),
      ...subscriptionTransportPlugins({
        maxBodyBytes: limits.maxBodyBytes,
        maxStreamsPerOrganization: options.maxSubscriptionsPerOrganization,
        trustedDocuments,
        suggestions: profile !== 'production',
        logger,
      }),
      // Last: compresses GraphiQL's page once every other plugin has seen (and labelled) its response.
      ...(graphiql ? [graphiql.plugin] : []),
      compressionPlugin({ varyOrigin: corsOrigins.length > 0 }),
    ],
    context: async ({ request }) => {
      const principal = principalOf(request);
      // The auth plugin answers 401 before any GraphQL work; reaching here without a caller is a bug.
      if (!principal) throw new Error('request reached GraphQL without an authenticated principal');
      const context = buildContext(db, principal, options.now?.() ?? new Date(), metricsCache, campaignEvents);
      return Object.assign(context, {
        maxUploadBytes: limits.maxUploadBytes,
        rateLimiter,
        // Key revocations and scope changes reach the key cache (and, through it, the other instances).
        organizations: new OrganizationService(context.em, { onKeyChanged }),
      });
    },
  });
  registerGate(yoga, gate);
  return yoga;
}
