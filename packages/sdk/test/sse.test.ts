import { ApolloClient, ApolloLink, gql, InMemoryCache, Observable } from '@apollo/client';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, print } from 'graphql';
import { createClient } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheConfig, createSseLink } from '../src/apollo.js';
import { sseUrl } from '../src/sse-client.js';
import { sseExchange } from '../src/urql.js';

/**
 * The Apollo link and the urql exchange against a real graphql-sse handler (both modes), behind a fetch
 * that records every request and, like the creatorgraph server, answers 400 to a body with keys beyond
 * the GraphQL-over-HTTP ones.
 */

const STANDARD = new Set(['query', 'variables', 'operationName', 'extensions', 'documentId']);

const update = new GraphQLObjectType({ name: 'CampaignMetricsUpdate', fields: { reason: { type: GraphQLString } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      campaignMetricsUpdated: {
        type: new GraphQLNonNull(update),
        args: { campaignId: { type: new GraphQLNonNull(GraphQLID) } },
        async *subscribe(_source, args: { campaignId: string }) {
          for (const reason of ['MEMBER_ADDED', 'RESULTS_RECORDED']) {
            yield { campaignMetricsUpdated: { reason: `${reason}:${args.campaignId}` } };
          }
        },
      },
    },
  }),
});

interface Recorded {
  method: string;
  url: string;
  authorization: string | null;
  body?: Record<string, unknown>;
}

function sseServer() {
  const handler = createHandler({ schema });
  const requests: Recorded[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const text = request.method === 'POST' ? await request.clone().text() : '';
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    requests.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get('authorization'),
      ...(body ? { body } : {}),
    });
    const unexpected = Object.keys(body ?? {}).filter((key) => !STANDARD.has(key));
    if (unexpected.length > 0) {
      return Response.json({ errors: [{ message: `Unexpected parameter "${unexpected[0]}"` }] }, { status: 400 });
    }
    return handler(request);
  }) as typeof fetch;
  return { fetch: fetchFn, requests, posts: () => requests.filter((r) => r.method === 'POST') };
}

const SUBSCRIPTION = `subscription Updates($campaignId: ID!) {
  campaignMetricsUpdated(campaignId: $campaignId) { reason }
}`;

function collectApollo(client: ApolloClient, variables: Record<string, unknown>) {
  return new Promise<string[]>((resolve, reject) => {
    const reasons: string[] = [];
    client.subscribe({ query: gql(SUBSCRIPTION), variables }).subscribe({
      next: (result) => {
        if (result.error) reject(result.error);
        else
          reasons.push((result.data as { campaignMetricsUpdated: { reason: string } }).campaignMetricsUpdated.reason);
      },
      error: reject,
      complete: () => resolve(reasons),
    });
  });
}

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

describe('createSseLink (Apollo Client)', () => {
  for (const singleConnection of [false, true]) {
    it(`streams a subscription sending only the standard keys (singleConnection: ${singleConnection})`, async () => {
      const server = sseServer();
      const link = createSseLink({
        url: 'http://api.test/graphql',
        apiKey: 'cg_key',
        singleConnection,
        fetch: server.fetch,
        retryAttempts: 0,
      });
      disposers.push(() => link.dispose());
      const client = new ApolloClient({ cache: new InMemoryCache(cacheConfig()), link });

      expect(await collectApollo(client, { campaignId: 'c1' })).toEqual(['MEMBER_ADDED:c1', 'RESULTS_RECORDED:c1']);

      const posts = server.posts();
      expect(posts).toHaveLength(1);
      const body = posts[0]!.body!;
      expect(Object.keys(body).sort()).toEqual(
        singleConnection
          ? ['extensions', 'operationName', 'query', 'variables'] // graphql-sse's extensions.operationId
          : ['operationName', 'query', 'variables'],
      );
      expect(body).toMatchObject({ operationName: 'Updates', variables: { campaignId: 'c1' } });
      expect(body.query).toContain('campaignMetricsUpdated(campaignId: $campaignId)');
      const endpoint = singleConnection ? 'http://api.test/graphql/stream' : 'http://api.test/graphql';
      for (const request of server.requests) {
        expect(request.url.replace(/\?.*$/, '')).toBe(endpoint);
        expect(request.authorization).toBe('Bearer cg_key');
      }
      if (singleConnection)
        expect(server.requests.map((r) => r.method)).toEqual(expect.arrayContaining(['PUT', 'GET']));
    });
  }

  it('fails with the usual recipe that spreads the Apollo operation (the fake server is as strict as ours)', async () => {
    const server = sseServer();
    const sse = createClient({ url: 'http://api.test/graphql', fetchFn: server.fetch, retryAttempts: 0 });
    disposers.push(() => sse.dispose());
    const recipe = new ApolloLink(
      (operation) =>
        new Observable((observer) =>
          sse.subscribe(
            { ...operation, query: print(operation.query) },
            {
              next: (r) => observer.next(r as ApolloLink.Result),
              error: (e) => observer.error(e instanceof Error ? e : new Error(String(e))),
              complete: () => observer.complete(),
            },
          ),
        ),
    );
    const client = new ApolloClient({ cache: new InMemoryCache(), link: recipe });
    await expect(collectApollo(client, { campaignId: 'c1' })).rejects.toThrow(/400/);
    expect(Object.keys(server.posts()[0]!.body!)).toContain('operationType');
  });

  it('calls an apiKey function for each connection', async () => {
    const server = sseServer();
    let calls = 0;
    const link = createSseLink({
      url: 'http://api.test/graphql',
      apiKey: async () => `rotated_${++calls}`,
      fetch: server.fetch,
      retryAttempts: 0,
    });
    disposers.push(() => link.dispose());
    const client = new ApolloClient({ cache: new InMemoryCache(), link });
    await collectApollo(client, { campaignId: 'a' });
    await collectApollo(client, { campaignId: 'b' });
    expect(server.requests.map((r) => r.authorization)).toEqual(['Bearer rotated_1', 'Bearer rotated_2']);
  });
});

describe('sseExchange (urql)', () => {
  for (const singleConnection of [false, true]) {
    it(`streams a subscription sending only the standard keys (singleConnection: ${singleConnection})`, async () => {
      const server = sseServer();
      const client = new Client({
        url: 'http://api.test/graphql',
        exchanges: [
          fetchExchange,
          sseExchange({
            url: 'http://api.test/graphql',
            apiKey: 'cg_key',
            singleConnection,
            fetch: server.fetch,
            retryAttempts: 0,
          }),
        ],
      });
      const reasons = await new Promise<string[]>((resolve, reject) => {
        const seen: string[] = [];
        const { unsubscribe } = client.subscription(urqlGql(SUBSCRIPTION), { campaignId: 'c2' }).subscribe((result) => {
          if (result.error) return reject(result.error);
          seen.push(result.data.campaignMetricsUpdated.reason);
          if (seen.length === 2) {
            unsubscribe();
            resolve(seen);
          }
        });
      });
      expect(reasons).toEqual(['MEMBER_ADDED:c2', 'RESULTS_RECORDED:c2']);
      const posts = server.posts();
      expect(posts).toHaveLength(1);
      for (const key of Object.keys(posts[0]!.body!)) expect(STANDARD.has(key), key).toBe(true);
      expect(posts[0]!.body).toMatchObject({ operationName: 'Updates', variables: { campaignId: 'c2' } });
      const endpoint = singleConnection ? 'http://api.test/graphql/stream' : 'http://api.test/graphql';
      for (const request of server.requests) {
        expect(request.url.replace(/\?.*$/, '')).toBe(endpoint);
        expect(request.authorization).toBe('Bearer cg_key');
      }
    });
  }
});

describe('sseUrl', () => {
  it('is the GraphQL endpoint for distinct connections and <url>/stream for a single connection', () => {
    expect(sseUrl({ url: 'https://api.example.com/graphql' })).toBe('https://api.example.com/graphql');
    expect(sseUrl({ url: 'https://api.example.com/graphql/', singleConnection: true })).toBe(
      'https://api.example.com/graphql/stream',
    );
    expect(sseUrl({ url: 'https://a/graphql', singleConnection: true, streamUrl: 'https://b/sse' })).toBe(
      'https://b/sse',
    );
  });
});
