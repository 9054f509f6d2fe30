import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloClient, ApolloLink, gql, InMemoryCache, Observable } from '@apollo/client';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { cacheConfig, typePolicies } from '../src/apollo.js';
import { CONNECTION_FIELDS, possibleTypes, VALUE_TYPES } from '../src/index.js';

/** The schema the generated files come from (generated.test.ts checks it is the server's). */
const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8'));
const roots = new Set(
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
);
const objects = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'),
);
const PAGING = ['first', 'after', 'last', 'before'];

/** Every field returning a `…Connection`, with the arguments expected to key its list. */
const connectionFields: { type: string; field: GraphQLField<unknown, unknown>; keyArgs: string[] | false }[] =
  objects.flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
      .map((field) => {
        const keys = field.args.map((a) => a.name).filter((name) => !PAGING.includes(name));
        return { type: type.name, field, keyArgs: keys.length > 0 ? keys : false };
      }),
  );

describe('possibleTypes', () => {
  it('lists the members of every union and interface of the schema, and nothing else', () => {
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    expect(Object.keys(possibleTypes).sort()).toEqual(abstract.map((t) => t.name).sort());
    for (const type of abstract) {
      expect([...(possibleTypes as Record<string, string[]>)[type.name]!].sort(), type.name).toEqual(
        schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort(),
      );
    }
    expect(possibleTypes.Error).toEqual(expect.arrayContaining(['ValidationError', 'NotFoundError']));
    expect(possibleTypes.Node).toEqual(expect.arrayContaining(['Creator', 'Campaign', 'Post', 'Account']));
    const results = Object.values(schema.getTypeMap()).filter((t) => isUnionType(t) && t.name.endsWith('Result'));
    expect(results.length).toBeGreaterThan(5);
    for (const union of results) expect(possibleTypes, union.name).toHaveProperty(union.name);
  });
});

describe('typePolicies', () => {
  const policies = typePolicies();

  it('pages every connection field relay-style, keyed by its arguments other than first/after/last/before', () => {
    expect(connectionFields.length).toBeGreaterThanOrEqual(5);
    for (const { type, field, keyArgs } of connectionFields) {
      const policy = policies[type]?.fields?.[field.name];
      expect(policy, `${type}.${field.name}`).toMatchObject({ keyArgs });
      expect(typeof (policy as { read?: unknown }).read).toBe('function');
      expect(typeof (policy as { merge?: unknown }).merge).toBe('function');
    }
    const generated = Object.entries(CONNECTION_FIELDS).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    );
    expect(generated.sort()).toEqual(connectionFields.map((c) => `${c.type}.${c.field.name}`).sort());
    expect(policies.Query?.fields?.creators).toMatchObject({ keyArgs: ['filter', 'orderBy'] });
  });

  it('merges object types without an id (value objects) and leaves the others to the default id key', () => {
    // Connections, edges and page info are merged by the pagination policy instead.
    const pagination = new Set(
      connectionFields.flatMap(({ field }) => {
        const connection = getNamedType(field.type) as GraphQLObjectType;
        const { edges, pageInfo } = connection.getFields();
        return [connection, edges && getNamedType(edges.type), pageInfo && getNamedType(pageInfo.type)]
          .filter((t) => t !== undefined)
          .map((t) => t.name);
      }),
    );
    expect([...pagination]).toEqual(expect.arrayContaining(['CreatorConnection', 'CreatorEdge', 'PageInfo']));
    for (const type of objects) {
      if (roots.has(type.name)) continue;
      const value = !type.getFields().id && !pagination.has(type.name);
      expect(policies[type.name]?.merge, type.name).toBe(value ? true : undefined);
      expect(policies[type.name]?.keyFields, type.name).toBeUndefined();
    }
    expect(VALUE_TYPES).toEqual(expect.arrayContaining(['Viewer', 'CampaignMetrics', 'Money']));
    expect(VALUE_TYPES).not.toContain('Creator');
    expect(VALUE_TYPES).not.toContain('PageInfo');
  });

  it('adds your own policies beside the generated ones', () => {
    const config = cacheConfig({
      typePolicies: { Query: { fields: { viewer: { merge: true } } }, Creator: { keyFields: ['id'] } },
    });
    expect(config.typePolicies.Query?.fields).toHaveProperty('creators');
    expect(config.typePolicies.Query?.fields).toHaveProperty('viewer');
    expect(config.typePolicies.Creator).toEqual({ keyFields: ['id'] });
    expect(config.possibleTypes).toBe(possibleTypes);
  });
});

const creator = (n: number) => ({ __typename: 'Creator', id: `Q3JlYXRvcjo${n}`, name: `creator ${n}` });
const edge = (n: number) => ({ __typename: 'CreatorEdge', cursor: `c${n}`, node: creator(n) });
const page = (from: number, hasNextPage: boolean) => ({
  __typename: 'CreatorConnection',
  totalCount: 4,
  edges: [edge(from), edge(from + 1)],
  nodes: [creator(from), creator(from + 1)],
  pageInfo: { __typename: 'PageInfo', endCursor: `c${from + 1}`, hasNextPage },
});

const CREATORS = gql`
  query Creators($first: Int, $after: String, $filter: CreatorFilter) {
    creators(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { cursor node { id name } }
      nodes { id name }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

describe('InMemoryCache with cacheConfig()', () => {
  it('merges two pages written with writeQuery, and reads nodes from the merged edges', () => {
    const cache = new InMemoryCache(cacheConfig());
    cache.writeQuery({ query: CREATORS, variables: { first: 2 }, data: { creators: page(1, true) } });
    cache.writeQuery({ query: CREATORS, variables: { first: 2, after: 'c2' }, data: { creators: page(3, false) } });
    const data = cache.readQuery<{ creators: ReturnType<typeof page> }>({ query: CREATORS, variables: { first: 2 } });
    expect(data?.creators.edges.map((e) => e.cursor)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(data?.creators.nodes.map((n) => n.name)).toEqual(['creator 1', 'creator 2', 'creator 3', 'creator 4']);
    expect(data?.creators.pageInfo).toMatchObject({ endCursor: 'c4', hasNextPage: false });
    expect(data?.creators.totalCount).toBe(4);

    // Another filter is another list.
    const filter = { tier: 'MICRO' };
    cache.writeQuery({ query: CREATORS, variables: { first: 2, filter }, data: { creators: page(7, true) } });
    const micro = cache.readQuery<{ creators: ReturnType<typeof page> }>({
      query: CREATORS,
      variables: { first: 2, filter },
    });
    expect(micro?.creators.nodes.map((n) => n.name)).toEqual(['creator 7', 'creator 8']);
    expect(cache.readQuery<{ creators: ReturnType<typeof page> }>({ query: CREATORS })?.creators.edges).toHaveLength(4);
  });

  it('keeps a page that selected nodes without edges as it came', () => {
    const NODES = gql`
      query Names($first: Int, $after: String) {
        creators(first: $first, after: $after) { nodes { id name } pageInfo { endCursor hasNextPage } }
      }
    `;
    const cache = new InMemoryCache(cacheConfig());
    const { edges: _edges, totalCount: _total, ...nodesOnly } = page(1, true);
    cache.writeQuery({ query: NODES, variables: { first: 2 }, data: { creators: nodesOnly } });
    const data = cache.readQuery<{ creators: ReturnType<typeof page> }>({ query: NODES, variables: { first: 2 } });
    expect(data?.creators.nodes.map((n) => n.name)).toEqual(['creator 1', 'creator 2']);
  });

  it('merges two selections of a value object instead of replacing one with the other', () => {
    const PREFIX = gql`query Prefix { viewer { keyPrefix } }`;
    const SCOPES = gql`query Scopes { viewer { scopes } }`;
    const write = (cache: InMemoryCache) => {
      cache.writeQuery({ query: PREFIX, data: { viewer: { __typename: 'Viewer', keyPrefix: 'cg_ab' } } });
      cache.writeQuery({ query: SCOPES, data: { viewer: { __typename: 'Viewer', scopes: ['READ'] } } });
      return cache.readQuery<{ viewer: { keyPrefix: string } }>({ query: PREFIX });
    };
    expect(write(new InMemoryCache(cacheConfig()))?.viewer.keyPrefix).toBe('cg_ab');
    // Without the policy Apollo replaces the first selection (and warns that data may be lost).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(write(new InMemoryCache())).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });

  it('accumulates pages with fetchMore through ApolloClient', async () => {
    const pages: Record<string, ReturnType<typeof page>> = { start: page(1, true), c2: page(3, false) };
    const sent: Record<string, unknown>[] = [];
    const link = new ApolloLink((operation) => {
      sent.push(operation.variables);
      const after = (operation.variables.after as string | undefined) ?? 'start';
      return new Observable((observer) => {
        observer.next({ data: { creators: pages[after] } });
        observer.complete();
      });
    });
    const client = new ApolloClient({ cache: new InMemoryCache(cacheConfig()), link });
    const EDGES = gql`
      query Page($first: Int, $after: String) {
        creators(first: $first, after: $after) {
          totalCount
          edges { cursor node { id name } }
          pageInfo { endCursor hasNextPage }
        }
      }
    `;
    const first = await client.query({ query: EDGES, variables: { first: 2 } });
    const end = (first.data as { creators: ReturnType<typeof page> }).creators.pageInfo.endCursor;
    const watched = client.watchQuery({ query: EDGES, variables: { first: 2 } });
    const seen: number[] = [];
    const subscription = watched.subscribe((r) => {
      const edges = (r.data as { creators?: ReturnType<typeof page> } | undefined)?.creators?.edges;
      if (edges) seen.push(edges.length);
    });
    await watched.fetchMore({ variables: { after: end } });
    // The watcher hears of the merged list once the cache broadcasts, after fetchMore has resolved.
    await vi.waitFor(() => expect(seen.at(-1)).toBe(4));
    subscription.unsubscribe();
    expect(sent).toEqual([{ first: 2 }, { first: 2, after: 'c2' }]);
    const merged = client.readQuery<{ creators: ReturnType<typeof page> }>({ query: EDGES, variables: { first: 2 } });
    expect(merged?.creators.edges.map((e) => e.node.name)).toEqual([
      'creator 1',
      'creator 2',
      'creator 3',
      'creator 4',
    ]);
  });
});
