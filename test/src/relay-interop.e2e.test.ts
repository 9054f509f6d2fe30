import type { Dialect } from '@creatorgraph/core';
import { createClient as createSseClient } from 'graphql-sse';
import {
  commitMutation,
  createOperationDescriptor,
  Environment,
  fetchQuery,
  type GraphQLTaggedNode,
  type MutationParameters,
  Network,
  Observable,
  type OperationType,
  RecordSource,
  requestSubscription,
  Store,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type LiveServer, startLiveServer } from './live-server.js';
import CreateCampaign, {
  type RelayInteropCreateCampaignMutation,
} from './relay/__generated__/RelayInteropCreateCampaignMutation.graphql.js';
import Creators, { type RelayInteropCreatorsQuery } from './relay/__generated__/RelayInteropCreatorsQuery.graphql.js';
import Keys, { type RelayInteropKeysQuery } from './relay/__generated__/RelayInteropKeysQuery.graphql.js';
import Revoke, { type RelayInteropRevokeMutation } from './relay/__generated__/RelayInteropRevokeMutation.graphql.js';
import Updates, {
  type RelayInteropUpdatesSubscription,
} from './relay/__generated__/RelayInteropUpdatesSubscription.graphql.js';

/**
 * Relay's runtime against a live server, with artifacts from relay-compiler (src/relay, checked by
 * `relay-compiler --validate` in the suite's test script): the store normalizes by `id`, `@connection`
 * merges pages, mutations update records in place, and subscriptions arrive over graphql-sse.
 */
describe.each(dialects)('Relay runtime against a live server on %s', (dialect: Dialect) => {
  let live: LiveServer;
  let key: string;
  let env: Environment;

  async function post(body: object) {
    const res = await fetch(live.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return res.json();
  }

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    key = Object.values(live.keys)[0]!;
    const sse = createSseClient({ url: live.url, headers: () => ({ authorization: `Bearer ${key}` }) });
    const network = Network.create(
      (params, variables) => post({ query: params.text, variables, operationName: params.name }),
      (params, variables) =>
        Observable.create((sink) =>
          sse.subscribe(
            { query: params.text ?? '', variables, operationName: params.name },
            {
              next: (value) => sink.next(value as never),
              error: (error) => sink.error(error instanceof Error ? error : new Error(String(error))),
              complete: () => sink.complete(),
            },
          ),
        ),
    );
    env = new Environment({ network, store: new Store(new RecordSource()) });
  });
  afterAll(async () => {
    await live?.close();
  });

  const query = <T extends OperationType>(node: GraphQLTaggedNode, variables: T['variables']) =>
    fetchQuery<T>(env, node, variables).toPromise() as Promise<T['response']>;
  const mutate = <T extends MutationParameters>(mutation: GraphQLTaggedNode, variables: T['variables']) =>
    new Promise<T['response']>((resolve, reject) => {
      commitMutation<T>(env, {
        mutation,
        variables,
        onCompleted: (response, errors) =>
          errors?.length ? reject(new Error(JSON.stringify(errors))) : resolve(response),
        onError: reject,
      });
    });

  it('pages with @connection: the second page is appended to the first in the store', async () => {
    const operation = createOperationDescriptor(Creators, { first: 10 });
    const retained = env.retain(operation);
    try {
      const first = await query<RelayInteropCreatorsQuery>(Creators, { first: 10 });
      const edges = first?.creators?.edges ?? [];
      expect(edges).toHaveLength(10);
      await query<RelayInteropCreatorsQuery>(Creators, { first: 10, after: first?.creators?.pageInfo.endCursor });
      const merged = env.lookup(operation.fragment).data as RelayInteropCreatorsQuery['response'];
      const ids = (merged.creators?.edges ?? []).map((e) => e?.node?.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect(ids.slice(0, 10)).toEqual(edges.map((e) => e?.node?.id));
      expect(merged.creators?.totalCount).toBeGreaterThan(20);
    } finally {
      retained.dispose();
    }
  });

  it('commits a mutation and reads its typed union, success and ValidationError', async () => {
    const input = (name: string, amountMinor: number) => ({
      name,
      brand: 'Acme',
      goal: 'ENGAGEMENT' as const,
      currency: 'USD',
      budget: { amountMinor, currency: 'USD' },
      startsAt: '2026-05-01T00:00:00Z',
    });
    const ok = await mutate<RelayInteropCreateCampaignMutation>(CreateCampaign, {
      input: input('Interop Relay', 1000),
    });
    expect(ok.createCampaign).toMatchObject({
      __typename: 'CreateCampaignPayload',
      campaign: { name: 'Interop Relay' },
    });
    const bad = await mutate<RelayInteropCreateCampaignMutation>(CreateCampaign, { input: input('', -1) });
    expect(bad.createCampaign).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
  });

  it('updates the stored key record when a revocation returns it', async () => {
    const created = await post({
      query:
        'mutation { createApiKey(input: { name: "relay", scopes: [READ] }) { ... on CreateApiKeyPayload { apiKey { id prefix } } } }',
    });
    const { id, prefix } = created.data.createApiKey.apiKey;
    const operation = createOperationDescriptor(Keys, {});
    const retained = env.retain(operation);
    try {
      await query<RelayInteropKeysQuery>(Keys, {});
      const before = env.lookup(operation.fragment).data as RelayInteropKeysQuery['response'];
      expect(before.viewer.apiKeys.find((k) => k.id === id)?.revokedAt).toBeNull();
      await mutate<RelayInteropRevokeMutation>(Revoke, { prefix });
      const after = env.lookup(operation.fragment).data as RelayInteropKeysQuery['response'];
      expect(after.viewer.apiKeys.find((k) => k.id === id)?.revokedAt).not.toBeNull();
    } finally {
      retained.dispose();
    }
  });

  it('receives a subscription event within 1 s of a write', async () => {
    const campaign = await post({
      query: `mutation { createCampaign(input: { name: "Relay live", brand: "Acme", goal: AWARENESS, currency: "USD",
        budget: { amountMinor: 500000, currency: "USD" }, startsAt: "2026-05-01T00:00:00Z" }) {
        ... on CreateCampaignPayload { campaign { id } } } }`,
    });
    const campaignId = campaign.data.createCampaign.campaign.id;
    const accounts = await post({ query: '{ creators(first: 1) { nodes { accounts { id } } } }' });
    const accountId = accounts.data.creators.nodes[0].accounts[0].id;
    const events: { at: number; data: RelayInteropUpdatesSubscription['response'] | null | undefined }[] = [];
    const subscription = requestSubscription<RelayInteropUpdatesSubscription>(env, {
      subscription: Updates,
      variables: { campaignId },
      onNext: (data) => events.push({ at: performance.now(), data }),
    });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const res = await post({
        query: `mutation($input: AddCampaignMemberInput!) { addCampaignMember(input: $input) { __typename } }`,
        variables: { input: { campaignId, accountId, fee: { amountMinor: 5000, currency: 'USD' } } },
      });
      const wrote = performance.now();
      expect(res.data.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');
      const deadline = Date.now() + 3_000;
      while (events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(events[0]?.data?.campaignMetricsUpdated).toMatchObject({
        reason: 'MEMBER_ADDED',
        campaign: { id: campaignId },
      });
      expect(events[0]!.at - wrote).toBeLessThan(1_000);
    } finally {
      subscription.dispose();
    }
  });
});
