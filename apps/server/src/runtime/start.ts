import { createServer as createHttpServer } from 'node:http';
import {
  type AppConfig,
  apiKeyChangesChannel,
  type CampaignEvents,
  type Database,
  InProcessCampaignEvents,
  isCatalogEmpty,
  issueDemoKeys,
  RedisCampaignEvents,
  seedDemo,
} from '@creatorgraph/core';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ApiKeyCache } from '../http/key-cache.js';
import { capLingeringBodies } from '../http/linger.js';
import { budgetsDisabled, rateLimiterFor } from '../http/rate-limit.js';
import { ormLogging } from '../observability/logging.js';
import { createServer } from '../yoga.js';
import { announce, type DemoKeys } from './banner.js';
import { databaseProbe, openDatabase } from './dependencies.js';
import { StartupError } from './failures.js';
import type { DependencyProbe } from './probes.js';
import { type RedisConnections, redisConnections } from './redis.js';
import { createLifecycle, endingOnShutdown, installShutdown } from './shutdown.js';

/**
 * The API's start, step by step: database (checked, or migrated in the demo) → demo data when asked →
 * Redis when configured → HTTP, with probes and graceful shutdown. Every step that can fail for a reason
 * outside the code (unreachable, refused, missing) throws a StartupError: one paragraph, exit 1.
 */
export async function start(config: AppConfig, logger: Logger): Promise<void> {
  const db = await openDatabase(config, logger, ormLogging(logger));
  const redis = config.REDIS_URL ? redisConnections(config.REDIS_URL, logger) : undefined;
  try {
    // Connections first (a missing Redis fails the start here, in one paragraph), then their users.
    const clients = redis && {
      publisher: redis.client('publisher'),
      events: redis.client('events'),
      keyChanges: redis.client('key-changes'),
    };
    await redis?.connectAll();
    const keys = config.PROFILE === 'demo' ? await prepareDemo(db, config, logger) : { otherKeys: [] };
    await serve(config, logger, db, redis && clients ? { ...clients, connections: redis } : undefined, keys);
  } catch (error) {
    await Promise.allSettled([db.close(), redis?.close()]);
    throw error;
  }
}

/** Demo catalog on an empty database, and this run's keys. */
async function prepareDemo(db: Database, config: AppConfig, logger: Logger): Promise<DemoKeys> {
  if (await isCatalogEmpty(db)) {
    const started = Date.now();
    // Ending the history today keeps the default 90-day windows full of posts.
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    const seeded = await seedDemo(db, { end: today, seed: config.DEMO_SEED });
    logger.info(
      { ...seeded, labels: undefined, ms: Date.now() - started },
      'demo data generated (deterministic for this seed and end date)',
    );
  }
  const [first, ...otherKeys] = await issueDemoKeys(db);
  return { demoKey: first?.raw, otherKeys };
}

async function serve(
  config: AppConfig,
  logger: Logger,
  db: Database,
  clients: { publisher: Redis; events: Redis; keyChanges: Redis; connections: RedisConnections } | undefined,
  keys: DemoKeys,
): Promise<void> {
  const lifecycle = createLifecycle();
  const prefix = config.REDIS_PREFIX;
  const redis = clients?.connections;

  // Several instances share live campaign updates through Redis; one instance needs nothing.
  const sharedEvents: CampaignEvents = clients
    ? new RedisCampaignEvents(clients.publisher, clients.events, { logger, prefix })
    : new InProcessCampaignEvents();
  if (sharedEvents instanceof RedisCampaignEvents) await sharedEvents.whenReady();

  // Query-cost budgets per organization: shared in Redis (per instance while it is down), else in this
  // process; none when either setting is 0.
  const bucket = { capacity: config.RATE_LIMIT_CAPACITY, restorePerSecond: config.RATE_LIMIT_RESTORE_PER_SECOND };
  if (budgetsDisabled(bucket))
    logger.warn('query-cost budgets are off (RATE_LIMIT_* = 0): only MAX_QUERY_COST applies');
  const rateLimiter = rateLimiterFor(bucket, clients?.publisher, { prefix: `${prefix}:bucket:`, logger });

  // Verified API keys are trusted for a few seconds; with Redis, revocations reach every instance at once.
  const apiKeyCache = new ApiKeyCache(db, { ttlMs: config.API_KEY_CACHE_TTL_SECONDS * 1000 });
  const keySharing = clients
    ? apiKeyCache.shareThroughRedis(clients.publisher, clients.keyChanges, {
        logger,
        channel: apiKeyChangesChannel(prefix),
      })
    : undefined;
  await keySharing?.ready;

  const probes: DependencyProbe[] = [databaseProbe(db, config.READY_TIMEOUT_MS)];
  if (redis) probes.push(redis.probe(config.REDIS_REQUIRED, config.READY_TIMEOUT_MS));

  const yoga = createServer({
    db,
    logger,
    // Subscriptions end (with `complete`) when the drain begins.
    campaignEvents: endingOnShutdown(sharedEvents, lifecycle.signal),
    rateLimiter,
    maxQueryCost: config.MAX_QUERY_COST,
    maxSubscriptionsPerOrganization: config.MAX_SUBSCRIPTIONS_PER_ORGANIZATION,
    graphiql: config.GRAPHIQL ? { apiKey: keys.demoKey } : false,
    dashboard: config.DASHBOARD ? { apiKey: keys.demoKey } : false,
    profile: config.PROFILE,
    corsOrigins: config.CORS_ORIGINS,
    apiKeyCache,
    readiness: { probes, draining: () => lifecycle.draining },
    metricsToken: config.METRICS_TOKEN,
    backpressure: {
      maxInFlight: config.MAX_IN_FLIGHT,
      maxQueue: config.MAX_QUEUE,
      queueTimeoutMs: config.QUEUE_TIMEOUT_MS,
    },
    limits: {
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxMultipartBytes: config.MAX_MULTIPART_BYTES,
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      maxUploadFiles: config.MAX_UPLOAD_FILES,
      maxTokens: config.MAX_TOKENS,
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxDirectives: config.MAX_DIRECTIVES,
      maxStringLength: config.MAX_STRING_LENGTH,
    },
  });
  const server = createHttpServer(lifecycle.listener(yoga));
  capLingeringBodies(server);
  installShutdown({
    server,
    lifecycle,
    drainTimeoutMs: config.DRAIN_TIMEOUT_MS,
    logger,
    close: [
      () => db.close(),
      async () => {
        await keySharing?.close();
        if (sharedEvents instanceof RedisCampaignEvents) await sharedEvents.close();
        await redis?.close();
      },
    ],
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      failed(
        new StartupError(
          `Cannot listen on ${config.HOST}:${config.PORT} (${error.code ?? error.message}): ${error.code === 'EADDRINUSE' ? 'another process uses this port; stop it or set PORT' : 'check HOST and PORT'}.`,
        ),
      ),
    );
    server.listen(config.PORT, config.HOST, () => {
      server.removeAllListeners('error');
      listening();
    });
  });
  const address = server.address();
  announce(config, typeof address === 'object' && address ? address.port : config.PORT, keys, logger);
}
