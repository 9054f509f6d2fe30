export { buildContext, type Context } from './context.js';
export {
  costPlugin,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  operationCost,
  queryCost,
  type RateLimiter,
  type RateLimitState,
  unlimitedRateLimiter,
} from './cost.js';
export { EXAMPLE_QUERY } from './http/graphiql.js';
export { schema } from './schema/index.js';
export { printedSchema } from './schema/print.js';
export { createServer, type ServerOptions } from './yoga.js';
