import { ApolloClient, ApolloLink, gql as apolloGql, HttpLink, InMemoryCache } from '@apollo/client';
import type { Dialect } from '@creatorgraph/core';
import { cacheConfig, createSseLink } from '@creatorgraph/sdk/apollo';
import { graphcacheConfig } from '@creatorgraph/sdk/graphcache';
import { sseExchange } from '@creatorgraph/sdk/urql';
import { fetchExchange, Client as UrqlClient, gql as urqlGql } from '@urql/core';
import { cacheExchange as graphcache } from '@urql/exchange-graphcache';
import { getOperationAST, type OperationDefinitionNode } from 'graphql';
import { GraphQLClient, gql } from 'graphql-request';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type LiveServer, startLiveServer } from './live-server.js';

// biome-ignore lint/suspicious/noExplicitAny: responses are checked field by field.
type Any = any;

/**
 * Clients no one here wrote, configured as their own documentation and our SDK README say, against a
 * live server: graphql-request, urql (Graphcache's relayPagination, the SDK's SSE exchange) and Apollo
 * Client (InMemoryCache with the SDK's possibleTypes and type policies, multipart and SSE subscriptions).
 * Relay's runtime is left out: it needs relay-compiler's generated artifacts for every operation.
 */

/** A fetch that records each response's Content-Encoding (Node's fetch decodes bodies itself). */
function recordingFetch() {
  const encodings: { url: string; type: string; encoding: string | null; length: string | null }[] = [];
  const fn: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    encodings.push({
      url: String(input instanceof Request ? input.url : input),
      type: res.headers.get('content-type') ?? '',
      encoding: res.headers.get('content-encoding'),
      length: res.headers.get('content-length'),
    });
    return res;
  };
  return { fn, encodings };
}

const CREATORS_PAGE = `query CreatorsPage($first: Int!, $after: String) {
  creators(first: $first, after: $after, filter: { tier: MICRO }) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NESTED_METRICS = `query NestedMetrics {
  creators(first: 5, filter: { platform: INSTAGRAM, minSampleSize: 3 }, orderBy: { field: ENGAGEMENT_LOWER_BOUND, direction: DESC }) {
    nodes {
      id
      name
      metricAccount(platform: INSTAGRAM) {
        id
        handle
        engagement { value sampleSize interval95 { low high } }
        reliableEngagement { value weight }
        authenticity { score flags { code } }
      }
    }
  }
}`;

const CREATE_CAMPAIGN = `mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    __typename
    ... on CreateCampaignPayload { campaign { id name } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

const ADD_MEMBER = `mutation AddMember($input: AddCampaignMemberInput!) {
  addCampaignMember(input: $input) {
    __typename
    ... on AddCampaignMemberPayload { member { id deliverables } campaign { id members { id } } }
    ... on Error { code message }
  }
}`;

const UPDATES = `subscription Updates($campaignId: ID!) {
  campaignMetricsUpdated(campaignId: $campaignId) { reason at campaign { id } }
}`;

const campaignInput = (name: string, budget = 500_000) => ({
  name,
  brand: 'Acme',
  goal: 'ENGAGEMENT',
  currency: 'USD',
  budget: { amountMinor: budget, currency: 'USD' },
  startsAt: '2026-05-01T00:00:00Z',
});

describe.each(dialects)('third-party clients against a live server on %s', (dialect: Dialect) => {
  let live: LiveServer;
  let key: string;
  let plain: GraphQLClient;
  /** Accounts not yet hired by the campaign the subscription tests write to. */
  let freeAccounts: string[] = [];
  let campaignId: string;

  const headers = () => ({ authorization: `Bearer ${key}` });
  /** A write that publishes an update: hires the next free account; resolves when the response is in. */
  async function hire(): Promise<number> {
    const accountId = freeAccounts.shift();
    if (!accountId) throw new Error('no free account left');
    const res = await plain.request<Any>(ADD_MEMBER, {
      input: { campaignId, accountId, fee: { amountMinor: 10_000, currency: 'USD' } },
    });
    expect(res.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');
    return performance.now();
  }

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    key = Object.values(live.keys)[0]!;
    plain = new GraphQLClient(live.url, { headers: headers() });
    const created = await plain.request<Any>(CREATE_CAMPAIGN, { input: campaignInput('Interop live') });
    campaignId = created.createCampaign.campaign.id;
    const accounts = await plain.request<Any>(`{ creators(first: 40) { nodes { accounts { id } } } }`);
    freeAccounts = accounts.creators.nodes.flatMap((c: Any) => c.accounts.map((a: Any) => a.id));
  });
  afterAll(async () => {
    await live?.close();
  });

  describe('graphql-request 7', () => {
    it('pages through a connection with cursors and reaches every item once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page++) {
        const res: Any = await plain.request(gql`${CREATORS_PAGE}`, { first: 25, after });
        total = res.creators.totalCount;
        seen.push(...res.creators.edges.map((e: Any) => e.node.id));
        if (!res.creators.pageInfo.hasNextPage) break;
        after = res.creators.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(25);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('reads nested metrics', async () => {
      const res: Any = await plain.request(NESTED_METRICS);
      expect(res.creators.nodes.length).toBeGreaterThan(0);
      for (const c of res.creators.nodes) {
        expect(c.metricAccount.engagement.sampleSize).toBeGreaterThanOrEqual(3);
        expect(c.metricAccount.engagement.interval95.low).toBeLessThanOrEqual(c.metricAccount.engagement.value);
        expect(typeof c.metricAccount.authenticity.score).toBe('number');
      }
    });

    it('gets a mutation’s typed union: the payload, and a ValidationError with its issues', async () => {
      const ok: Any = await plain.request(CREATE_CAMPAIGN, { input: campaignInput('Interop graphql-request') });
      expect(ok.createCampaign).toMatchObject({
        __typename: 'CreateCampaignPayload',
        campaign: { name: 'Interop graphql-request' },
      });
      const bad: Any = await plain.request(CREATE_CAMPAIGN, { input: campaignInput('', -5) });
      expect(bad.createCampaign.__typename).toBe('ValidationError');
      expect(bad.createCampaign.code).toBe('VALIDATION');
      expect(bad.createCampaign.issues.map((i: Any) => i.field)).toEqual(expect.arrayContaining(['input.name']));
    });

    it('keeps the other fields when one root field fails (errorPolicy all)', async () => {
      const client = new GraphQLClient(live.url, { headers: headers(), errorPolicy: 'all' });
      const res = await client.rawRequest<Any>(`{ creators(first: 500) { totalCount } tierScheme { name } }`);
      expect(res.data.creators).toBeNull();
      expect(res.data.tierScheme.name).toBe('mediakix-2019');
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    });

    it('receives compressed JSON and decodes it', async () => {
      const { fn, encodings } = recordingFetch();
      const client = new GraphQLClient(live.url, {
        headers: { ...headers(), 'accept-encoding': 'br, gzip' },
        fetch: fn,
      });
      const res: Any = await client.request(NESTED_METRICS);
      expect(res.creators.nodes.length).toBeGreaterThan(0);
      expect(encodings.at(-1)?.encoding).toMatch(/^(br|gzip)$/);
    });
  });

  describe('urql 6 with Graphcache and the SDK’s SSE exchange', () => {
    const urql = (singleConnection = false) =>
      new UrqlClient({
        url: live.url,
        fetchOptions: () => ({ headers: headers() }),
        preferGetMethod: false,
        exchanges: [
          // Value objects kept in their parents, exact `... on Error` matching, relay pagination.
          graphcache(graphcacheConfig()),
          fetchExchange,
          sseExchange({ url: live.url, apiKey: key, singleConnection }),
        ],
      });

    it('pages with Graphcache’s relayPagination: the second page extends the first', async () => {
      const client = urql();
      const first: Any = await client.query(urqlGql(CREATORS_PAGE), { first: 10 }).toPromise();
      expect(first.error).toBeUndefined();
      expect(first.data.creators.edges).toHaveLength(10);
      const after = first.data.creators.pageInfo.endCursor;
      const second: Any = await client.query(urqlGql(CREATORS_PAGE), { first: 10, after }).toPromise();
      expect(second.error).toBeUndefined();
      const ids = second.data.creators.edges.map((e: Any) => e.node.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect(ids.slice(0, 10)).toEqual(first.data.creators.edges.map((e: Any) => e.node.id));
    });

    it('reads nested metrics and a mutation union (success and ValidationError)', async () => {
      const client = urql();
      const metrics: Any = await client.query(urqlGql(NESTED_METRICS), {}).toPromise();
      expect(metrics.error).toBeUndefined();
      expect(metrics.data.creators.nodes[0].metricAccount.engagement.sampleSize).toBeGreaterThanOrEqual(3);
      const ok: Any = await client
        .mutation(urqlGql(CREATE_CAMPAIGN), { input: campaignInput('Interop urql') })
        .toPromise();
      expect(ok.data.createCampaign.__typename).toBe('CreateCampaignPayload');
      const bad: Any = await client.mutation(urqlGql(CREATE_CAMPAIGN), { input: campaignInput('x', -1) }).toPromise();
      expect(bad.data.createCampaign).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    });

    for (const singleConnection of [false, true]) {
      it(`receives a subscription event within 1 s of a write (${singleConnection ? 'single connection' : 'distinct connections'})`, async () => {
        const client = urql(singleConnection);
        const events: { at: number; data: Any }[] = [];
        const { unsubscribe } = client.subscription(urqlGql(UPDATES), { campaignId }).subscribe((r) => {
          if (r.error) events.push({ at: performance.now(), data: { error: r.error.message } });
          else events.push({ at: performance.now(), data: r.data });
        });
        try {
          await new Promise((r) => setTimeout(r, 300)); // the stream is open
          const wrote = await hire();
          await waitFor(() => events.length > 0, 3_000);
          expect(events[0]!.data.campaignMetricsUpdated).toMatchObject({
            reason: 'MEMBER_ADDED',
            campaign: { id: campaignId },
          });
          expect(events[0]!.at - wrote).toBeLessThan(1_000);
        } finally {
          unsubscribe();
        }
      });
    }
  });

  describe('Apollo Client 4 with InMemoryCache and the SDK’s cache config', () => {
    const apollo = (link?: ApolloLink, fetchFn: typeof fetch = fetch) =>
      new ApolloClient({
        link: link ?? new HttpLink({ uri: live.url, headers: headers(), fetch: fetchFn }),
        cache: new InMemoryCache(cacheConfig()),
      });

    it('pages with fetchMore: relayStylePagination merges the edges, and nodes follow', async () => {
      const client = apollo();
      const query = apolloGql(`query ApolloPage($first: Int!, $after: String) {
        creators(first: $first, after: $after, filter: { tier: MICRO }) {
          totalCount
          edges { cursor node { id name } }
          nodes { id }
          pageInfo { hasNextPage endCursor }
        }
      }`);
      const watched = client.watchQuery({ query, variables: { first: 10 } });
      const first: Any = await firstValueFrom(watched.pipe(filter((r: Any) => r.dataState === 'complete')));
      expect(first.data.creators.edges).toHaveLength(10);
      await watched.fetchMore({ variables: { after: first.data.creators.pageInfo.endCursor } });
      const merged: Any = watched.getCurrentResult().data;
      expect(merged.creators.edges).toHaveLength(20);
      expect(merged.creators.nodes.map((n: Any) => n.id)).toEqual(merged.creators.edges.map((e: Any) => e.node.id));
      expect(new Set(merged.creators.nodes.map((n: Any) => n.id)).size).toBe(20);
    });

    it('reads nested metrics, compressed on the wire, and answers them again from the cache', async () => {
      const { fn, encodings } = recordingFetch();
      const client = apollo(undefined, fn);
      const query = apolloGql(NESTED_METRICS);
      const res: Any = await client.query({ query });
      expect(res.data.creators.nodes.length).toBeGreaterThan(0);
      expect(res.data.creators.nodes[0].metricAccount.engagement.sampleSize).toBeGreaterThanOrEqual(3);
      // Node's fetch asks for compression by itself (Accept-Encoding: gzip, deflate, br) and decodes it.
      expect(encodings.at(-1)?.encoding).toMatch(/^(br|gzip)$/);
      const requests = encodings.length;
      const cached: Any = await client.query({ query, fetchPolicy: 'cache-only' });
      expect(cached.data).toEqual(res.data);
      expect(encodings).toHaveLength(requests);
    });

    it('reads a mutation union’s Error fields through possibleTypes (not only __typename)', async () => {
      const client = apollo();
      const bad: Any = await client.mutate({
        mutation: apolloGql(CREATE_CAMPAIGN),
        variables: { input: campaignInput('y', -1) },
      });
      expect(bad.data.createCampaign).toMatchObject({
        __typename: 'ValidationError',
        code: 'VALIDATION',
        message: expect.any(String),
      });
      const ok: Any = await client.mutate({
        mutation: apolloGql(CREATE_CAMPAIGN),
        variables: { input: campaignInput('Interop Apollo') },
      });
      expect(ok.data.createCampaign).toMatchObject({
        __typename: 'CreateCampaignPayload',
        campaign: { name: 'Interop Apollo' },
      });
    });

    it('updates a cached key when it is revoked, without refetching the list', async () => {
      const client = apollo();
      const created: Any = await client.mutate({
        mutation: apolloGql(`mutation { createApiKey(input: { name: "to revoke", scopes: [READ] }) {
          ... on CreateApiKeyPayload { apiKey { id prefix revokedAt } } } }`),
      });
      const { prefix, id } = created.data.createApiKey.apiKey;
      const KEYS = apolloGql(`query Keys { viewer { apiKeys { id prefix revokedAt } } }`);
      const before: Any = await client.query({ query: KEYS });
      expect(before.data.viewer.apiKeys.find((k: Any) => k.id === id).revokedAt).toBeNull();
      await client.mutate({
        mutation: apolloGql(`mutation($prefix: String!) { revokeApiKey(prefix: $prefix) {
          ... on RevokeApiKeyPayload { apiKey { id revokedAt } } } }`),
        variables: { prefix },
      });
      const after: Any = client.readQuery({ query: KEYS });
      expect(after.viewer.apiKeys.find((k: Any) => k.id === id).revokedAt).not.toBeNull();
    });

    it('keeps two different selections of a campaign and its members consistent', async () => {
      const client = apollo();
      const A = apolloGql(
        `query A($id: ID!) { campaign(id: $id) { id name members { id deliverables fee { amountMinor currency } } } }`,
      );
      const B = apolloGql(
        `query B($id: ID!) { campaign(id: $id) { id budget { amountMinor } members { id kind account { id handle } } } }`,
      );
      await hire(); // at least one member
      const a: Any = await client.query({ query: A, variables: { id: campaignId } });
      const b: Any = await client.query({ query: B, variables: { id: campaignId } });
      expect(a.data.campaign.members.length).toBeGreaterThan(0);
      // Both selections are still answered from the cache alone, each complete.
      const aCached: Any = client.readQuery({ query: A, variables: { id: campaignId } });
      const bCached: Any = client.readQuery({ query: B, variables: { id: campaignId } });
      expect(aCached).toEqual(a.data);
      expect(bCached).toEqual(b.data);
      const member: Any = (client.cache.extract() as Record<string, Any>)[
        client.cache.identify(a.data.campaign.members[0])!
      ];
      expect(member).toMatchObject({ deliverables: expect.any(Number), kind: expect.any(String) });
    });

    it('receives a subscription over multipart HTTP within 1 s of a write', async () => {
      const client = apollo();
      await expectSubscriptionEvent(client);
    });

    it('receives a subscription over the SDK’s SSE link (single connection) within 1 s of a write', async () => {
      const http = new HttpLink({ uri: live.url, headers: headers() });
      const sse = createSseLink({ url: live.url, apiKey: key, singleConnection: true });
      const link = ApolloLink.split(
        ({ query }) => (getOperationAST(query) as OperationDefinitionNode | null)?.operation === 'subscription',
        sse,
        http,
      );
      await expectSubscriptionEvent(apollo(link));
    });

    async function expectSubscriptionEvent(client: ApolloClient) {
      const events: { at: number; value: Any }[] = [];
      const sub = client.subscribe({ query: apolloGql(UPDATES), variables: { campaignId } }).subscribe({
        next: (value) => events.push({ at: performance.now(), value }),
        error: (e) => events.push({ at: 0, value: { error: String(e) } }),
      });
      try {
        await new Promise((r) => setTimeout(r, 300));
        const wrote = await hire();
        await waitFor(() => events.length > 0, 3_000);
        expect(events[0]!.value.data?.campaignMetricsUpdated, JSON.stringify(events[0]!.value)).toMatchObject({
          reason: 'MEMBER_ADDED',
          campaign: { id: campaignId },
        });
        expect(events[0]!.at - wrote).toBeLessThan(1_000);
      } finally {
        sub.unsubscribe();
      }
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
