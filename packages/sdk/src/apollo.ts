import {
  ApolloLink,
  type FieldFunctionOptions,
  type FieldPolicy,
  Observable,
  type PossibleTypesMap,
  type Reference,
  type StoreObject,
  type TypePolicies,
} from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import type { Client } from 'graphql-sse';
import { CONNECTION_FIELDS, possibleTypes, VALUE_TYPES } from './cache.js';
import { asError, createSseClient, type SseOptions, standardBody } from './sse-client.js';

/**
 * Apollo Client 4 helpers (`@creatorgraph/sdk/apollo`): the cache configuration generated from the schema
 * and a link that runs subscriptions over Server-Sent Events. Needs `@apollo/client` and `graphql-sse`.
 */

export type { SseOptions };
export { possibleTypes };

type KeyArgs = FieldPolicy['keyArgs'];

/** A connection as the cache holds it: relayStylePagination's edges and pageInfo, plus extras such as totalCount. */
interface StoredConnection {
  edges: { cursor?: string; node?: unknown }[];
  pageInfo?: unknown;
  /** Only when the last page written selected `nodes` without `edges` (see relayPagination). */
  nodes?: Reference[];
  [extra: string]: unknown;
}

/**
 * Apollo's `relayStylePagination(keyArgs)`, with `nodes`: Apollo merges the pages' `edges` into one
 * list, and `nodes` is read from that list, so a query may select `edges`, `nodes` or both. A page that
 * selects `nodes` without `edges` carries no cursors to place it by: it replaces the previous one (what
 * Apollo does without a policy). To accumulate pages with `fetchMore`, select `edges { cursor node { … } }`.
 */
export function relayPagination(keyArgs: KeyArgs = false): FieldPolicy {
  // biome-ignore lint/suspicious/noExplicitAny: relayStylePagination's own types know only edges and pageInfo.
  const relay = relayStylePagination(keyArgs) as FieldPolicy<any>;
  const readRelay = relay.read as (existing: unknown, options: FieldFunctionOptions) => StoredConnection | undefined;
  const mergeRelay = relay.merge as (
    existing: unknown,
    incoming: unknown,
    options: FieldFunctionOptions,
  ) => StoredConnection;
  return {
    keyArgs,
    read(existing: StoredConnection | undefined, options) {
      const connection = readRelay(existing, options);
      if (!connection) return connection;
      const stored = existing?.nodes;
      const nodes =
        connection.edges.length === 0 && stored
          ? stored.filter((node) => options.canRead(node))
          : connection.edges.map((edge) => options.readField('node', edge as StoreObject));
      return { ...connection, nodes };
    },
    merge(existing: StoredConnection | undefined, incoming: StoredConnection | null | undefined, options) {
      if (!incoming) return mergeRelay(existing, incoming, options);
      const { nodes, ...page } = incoming;
      const merged = mergeRelay(existing, page, options);
      // With edges, nodes are read from the merged edges: a stored copy would only go stale.
      if (incoming.edges) {
        const { nodes: _stale, ...rest } = merged;
        return rest;
      }
      return nodes === undefined ? merged : { ...merged, nodes };
    },
  };
}

/**
 * Type policies from the schema: relay pagination for every field returning a connection, keyed by its
 * other arguments (`Query.creators` by `filter` and `orderBy`, `Query.search` by `text`…), and
 * `merge: true` for every object type without an `id` (value objects such as `Viewer`, `Money`,
 * `CampaignMetrics`), so two queries selecting different fields of one of them both keep theirs. The
 * connections, edges and `PageInfo` are left to the pagination policy. Types with an `id` are normalized
 * under Apollo's default `__typename:id` key.
 */
export function typePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const name of VALUE_TYPES) policies[name] = { merge: true };
  for (const [type, fields] of Object.entries(CONNECTION_FIELDS)) {
    policies[type] = {
      ...policies[type],
      fields: Object.fromEntries(
        Object.entries(fields).map(([field, keys]) => [
          field,
          relayPagination(keys === false ? false : [...(keys as readonly string[])]),
        ]),
      ),
    };
  }
  return policies;
}

export interface CacheConfig {
  possibleTypes: PossibleTypesMap;
  typePolicies: TypePolicies;
}

/**
 * `new InMemoryCache(cacheConfig())`: the schema's possible types and type policies. Your own policies
 * are merged in by type (their fields beside the generated ones, yours winning on the same name).
 */
export function cacheConfig(options: { typePolicies?: TypePolicies } = {}): CacheConfig {
  const policies = typePolicies();
  for (const [type, own] of Object.entries(options.typePolicies ?? {})) {
    const generated = policies[type];
    policies[type] = {
      ...generated,
      ...own,
      ...(generated?.fields || own.fields ? { fields: { ...generated?.fields, ...own.fields } } : {}),
    };
  }
  return { possibleTypes, typePolicies: policies };
}

/**
 * An ApolloLink that runs operations (meant for subscriptions: route them here with `ApolloLink.split`)
 * over Server-Sent Events with graphql-sse, sending only the GraphQL-over-HTTP keys. `dispose()` closes
 * every stream.
 */
export class SseLink extends ApolloLink {
  readonly client: Client<boolean>;

  constructor(options: SseOptions) {
    super();
    this.client = createSseClient(options);
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    const body = standardBody({
      query: print(operation.query),
      variables: operation.variables,
      operationName: operation.operationName,
      extensions: operation.extensions,
    });
    return new Observable<ApolloLink.Result>((observer) =>
      this.client.subscribe<Record<string, unknown>>(body, {
        next: (result) => observer.next(result as ApolloLink.Result),
        error: (error) => observer.error(asError(error)),
        complete: () => observer.complete(),
      }),
    );
  }

  dispose(): void {
    this.client.dispose();
  }
}

/**
 * `createSseLink({ url, apiKey })` streams each subscription on its own request to `url` (the `/graphql`
 * endpoint); with `singleConnection: true`, all of them share one stream at `<url>/stream`.
 */
export function createSseLink(options: SseOptions): SseLink {
  return new SseLink(options);
}
