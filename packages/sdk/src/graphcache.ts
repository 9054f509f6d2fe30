import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import introspection from './__generated__/introspection.js';
import { CONNECTION_FIELDS, VALUE_TYPES } from './cache.js';

/**
 * urql Graphcache helpers (`@creatorgraph/sdk/graphcache`). Needs `@urql/exchange-graphcache`.
 *
 * `cacheExchange(graphcacheConfig())` gives Graphcache what it would otherwise guess: the schema (minified
 * introspection, so `... on Error` matches exactly and results are written without heuristics), which
 * types are values kept inside their parent (no `id`), and relay pagination on every connection field,
 * so a page fetched with `after` extends the list of the same filter instead of replacing it.
 */
export function graphcacheConfig(
  options: { resolvers?: ResolverConfig } = {},
): Required<Pick<CacheExchangeOpts, 'keys' | 'schema' | 'resolvers'>> {
  const keys: KeyingConfig = Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null]));
  const resolvers: ResolverConfig = {};
  for (const [parent, fields] of Object.entries(CONNECTION_FIELDS)) {
    // Graphcache's relayPagination merges the pages whose other arguments are equal: the key arguments.
    resolvers[parent] = Object.fromEntries(Object.keys(fields).map((field) => [field, relayPagination()]));
  }
  for (const [parent, fields] of Object.entries(options.resolvers ?? {})) {
    resolvers[parent] = { ...resolvers[parent], ...fields };
  }
  return { keys, schema: introspection, resolvers };
}
