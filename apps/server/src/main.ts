import { createServer as createHttpServer } from 'node:http';
import {
  ConfigError,
  dialectOf,
  initORM,
  isCatalogEmpty,
  issueDemoKeys,
  loadConfig,
  RedisCampaignEvents,
  seedDemo,
} from '@creatorgraph/core';
import { Redis } from 'ioredis';
import pino from 'pino';
import { ApiKeyCache } from './http/key-cache.js';
import { capLingeringBodies } from './http/linger.js';
import { budgetsDisabled, rateLimiterFor } from './http/rate-limit.js';
import { createServer } from './yoga.js';

/** Starts the API: validated config → database (migrated) → demo data when asked → HTTP. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({ level: config.LOG_LEVEL });
  const db = await initORM({ databaseUrl: config.DATABASE_URL });
  logger.info({ dialect: dialectOf(config.DATABASE_URL) }, 'database ready (migrations applied)');

  let demoKey: string | undefined;
  let otherKeys: { raw: string; organization: string }[] = [];
  if (config.PROFILE === 'demo') {
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
    const [first, ...others] = await issueDemoKeys(db);
    demoKey = first?.raw;
    otherKeys = others;
  }

  // Several instances share live campaign updates through Redis; one instance needs nothing.
  const campaignEvents = config.REDIS_URL
    ? new RedisCampaignEvents(new Redis(config.REDIS_URL), new Redis(config.REDIS_URL), { logger })
    : undefined;
  if (campaignEvents) await campaignEvents.whenReady();
  // Query-cost budgets per organization: one bucket per organization in Redis shared by every instance,
  // else in this process; none when either setting is 0.
  const bucket = { capacity: config.RATE_LIMIT_CAPACITY, restorePerSecond: config.RATE_LIMIT_RESTORE_PER_SECOND };
  if (budgetsDisabled(bucket))
    logger.warn('query-cost budgets are off (RATE_LIMIT_* = 0): only MAX_QUERY_COST applies');
  const budgetRedis = config.REDIS_URL ? new Redis(config.REDIS_URL) : undefined;
  const rateLimiter = rateLimiterFor(bucket, budgetRedis);
  // Verified API keys are trusted for a few seconds; with Redis, revocations reach every instance at once.
  const apiKeyCache = new ApiKeyCache(db, { ttlMs: config.API_KEY_CACHE_TTL_SECONDS * 1000 });
  const keySharing =
    budgetRedis && config.REDIS_URL
      ? apiKeyCache.shareThroughRedis(budgetRedis, new Redis(config.REDIS_URL), { logger })
      : undefined;
  await keySharing?.ready;

  const yoga = createServer({
    db,
    logger,
    campaignEvents,
    rateLimiter,
    maxQueryCost: config.MAX_QUERY_COST,
    maxSubscriptionsPerOrganization: config.MAX_SUBSCRIPTIONS_PER_ORGANIZATION,
    graphiql: config.GRAPHIQL ? { apiKey: demoKey } : false,
    profile: config.PROFILE,
    corsOrigins: config.CORS_ORIGINS,
    apiKeyCache,
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
  const server = createHttpServer(yoga);
  capLingeringBodies(server);
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://localhost:${port}/graphql`;
    const lines = [
      '',
      `  creatorgraph is running: ${url}${config.GRAPHIQL ? '  (GraphiQL: open it in a browser)' : ''}`,
      ...(demoKey
        ? [
            `  Demo API key (admin and catalog_write scopes, this run only): ${demoKey}`,
            ...otherKeys.map((k) => `  Key of ${k.organization} (to see another organization's view): ${k.raw}`),
            `  Try: curl -s ${url} -H 'authorization: Bearer ${demoKey}' -H 'content-type: application/json' \\`,
            `         -d '{"query":"{ creators(first: 3, filter: { tier: MICRO }) { nodes { name } } }"}'`,
          ]
        : []),
      '',
    ];
    console.log(lines.join('\n'));
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      Promise.allSettled([db.close(), campaignEvents?.close(), keySharing?.close(), budgetRedis?.quit()]).finally(() =>
        process.exit(0),
      );
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
