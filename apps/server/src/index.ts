export { buildContext, type Context } from './context.js';
export { createMemoryRateLimiter, queryCost, type RateLimiter } from './cost.js';
export { schema } from './schema/index.js';
export { printedSchema } from './schema/print.js';
export { createServer, EXAMPLE_QUERY, type ServerOptions } from './yoga.js';
