export { buildContext, type Context } from './context.js';
export { operationCost, queryCost } from './http/cost.js';
export { costPlugin } from './http/cost-plugin.js';
export { EXAMPLE_QUERY } from './http/graphiql.js';
export {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
  type RateLimitState,
  unlimitedRateLimiter,
} from './http/rate-limit.js';
export { schema } from './schema/index.js';
export { printedSchema } from './schema/print.js';
export { createServer, type ServerOptions } from './yoga.js';
