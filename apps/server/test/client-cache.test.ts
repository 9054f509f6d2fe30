import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: each test checks the shape it reads.
type Any = any;

/**
 * What normalized client caches (Apollo, urql Graphcache, Relay) and partial results rely on: ids on every
 * cacheable object, one connection type per node type, and a failing root field that nulls only itself.
 */
describe.each(dialects)('schema for client caches on %s', (dialect) => {
  let h: Harness;
  let acme: { key: string; readKey: string };
  let globex: { key: string };
  const gql = (query: string, variables?: Record<string, unknown>, key?: string) =>
    h.gql<Any>(query, variables, key ?? acme.key) as Promise<{ status: number; data?: Any; errors?: Any[] }>;

  beforeAll(async () => {
    h = await createHarness(dialect);
    const [a, g] = h.fixture.orgs;
    acme = a!;
    globex = g!;
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  it('gives campaign members a global id that node(id) answers, for their own organization only', async () => {
    const res = await gql(
      `{ campaigns(first: 1) { nodes { id members { id deliverables account { id } campaign { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const campaign = res.data.campaigns.nodes[0];
    const member = campaign.members[0];
    expect(member.campaign.id).toBe(campaign.id);
    expect(Buffer.from(member.id, 'base64').toString()).toMatch(/^CampaignMember:\d+$/);

    const node = await gql(
      `query($id: ID!) { node(id: $id) { __typename id ... on CampaignMember { deliverables account { id } } } }`,
      { id: member.id },
    );
    expect(node.data.node).toEqual({
      __typename: 'CampaignMember',
      id: member.id,
      deliverables: member.deliverables,
      account: member.account,
    });
    const foreign = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: member.id }, globex.key);
    expect(foreign.data.node).toBeNull();
  });

  it('gives API keys an id, so a revocation updates the key a cache already holds', async () => {
    const created = await gql(
      `mutation { createApiKey(input: { name: "cache test", scopes: [READ] }) {
        ... on CreateApiKeyPayload { apiKey { id prefix revokedAt } } } }`,
    );
    const key = created.data.createApiKey.apiKey;
    expect(Buffer.from(key.id, 'base64').toString()).toMatch(/^ApiKey:\d+$/);
    const listed = await gql(`{ viewer { apiKeys { id prefix } } }`);
    expect(listed.data.viewer.apiKeys).toContainEqual({ id: key.id, prefix: key.prefix });

    const revoked = await gql(
      `mutation($prefix: String!) { revokeApiKey(prefix: $prefix) {
        ... on RevokeApiKeyPayload { apiKey { id revokedAt } } } }`,
      { prefix: key.prefix },
    );
    expect(revoked.data.revokeApiKey.apiKey.id).toBe(key.id);
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();

    const node = await gql(`query($id: ID!) { node(id: $id) { ... on ApiKey { id revokedAt } } }`, { id: key.id });
    expect(node.data.node).toEqual(revoked.data.revokeApiKey.apiKey);
    // Keys are an ADMIN matter, through node as through viewer.apiKeys; another organization never sees them.
    expect((await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: key.id }, acme.readKey)).data.node).toBeNull();
    expect((await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: key.id }, globex.key)).data.node).toBeNull();
  });

  it("answers the caller's organization by id, and no one else's", async () => {
    const own = (await gql(`{ viewer { organization { id slug } } }`)).data.viewer.organization;
    const other = (await gql(`{ viewer { organization { id } } }`, {}, globex.key)).data.viewer.organization;
    const node = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { id slug } } }`, {
      ids: [own.id, other.id],
    });
    expect(node.data.nodes).toEqual([own, null]);
  });

  it("lists an account's posts and the posts query in one connection type", async () => {
    const res = await gql(`{
      posts(first: 1) { __typename edges { __typename } }
      creators(first: 1) { nodes { accounts { posts(first: 1) { __typename edges { __typename } } } } }
    }`);
    expect(res.data.posts.__typename).toBe('PostConnection');
    const nested = res.data.creators.nodes[0].accounts[0].posts;
    expect(nested.__typename).toBe('PostConnection');
    expect(nested.edges[0]?.__typename ?? 'PostEdge').toBe('PostEdge');
  });

  it('keeps the rest of a response when one root field is refused', async () => {
    const res = await gql(
      `{ creators(first: 500) { totalCount } tierScheme { name } campaigns(first: 1) { totalCount } }`,
    );
    expect(res.status).toBe(200);
    expect(res.data.creators).toBeNull();
    expect(res.data.tierScheme.name).toBe('mediakix-2019');
    expect(res.data.campaigns.totalCount).toBeGreaterThan(0);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['creators'], extensions: { code: 'VALIDATION' } });

    const badFilter = await gql(`{ posts(first: 1, filter: { account: "nope" }) { totalCount } tierScheme { name } }`);
    expect(badFilter.data.posts).toBeNull();
    expect(badFilter.data.tierScheme).not.toBeNull();
  });

  it("keeps a committed mutation's result when a later mutation of the same request fails", async () => {
    const res = await gql(
      `mutation {
        a: createCampaign(input: { name: "Kept", brand: "Acme", goal: AWARENESS, currency: "USD",
          budget: { amountMinor: 100000, currency: "USD" }, startsAt: "2026-07-01T00:00:00Z" }) {
          __typename ... on CreateCampaignPayload { campaign { id name } }
        }
        b: importData(files: []) { __typename }
      }`,
    );
    expect(res.status).toBe(200);
    expect(res.data.a.__typename).toBe('CreateCampaignPayload');
    expect(res.data.b).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ path: ['b'], extensions: { code: 'FORBIDDEN' } });
    const stored = await gql(`query($id: ID!) { campaign(id: $id) { name } }`, { id: res.data.a.campaign.id });
    expect(stored.data.campaign.name).toBe('Kept');
  });

  it("puts a malformed or wrong-type id of every mutation argument in that mutation's ValidationError", async () => {
    const post = Buffer.from('Post:1').toString('base64');
    const campaign = Buffer.from('Campaign:1').toString('base64');
    const cases: [string, string][] = [
      ['archiveCampaign', `archiveCampaign(id: "bad")`],
      ['updateCampaign', `updateCampaign(id: "${post}", input: { name: "x" })`],
      ['addCampaignMember', `addCampaignMember(input: { campaignId: "${campaign}", accountId: "${campaign}" })`],
      ['updateCampaignMember', `updateCampaignMember(input: { campaignId: "x", accountId: "y" })`],
      ['removeCampaignMember', `removeCampaignMember(input: { campaignId: "x", accountId: "y" })`],
      ['linkCampaignPosts', `linkCampaignPosts(campaignId: "${campaign}", postIds: ["${campaign}"])`],
      ['unlinkCampaignPosts', `unlinkCampaignPosts(campaignId: "x", postIds: ["${post}"])`],
      ['recordCampaignResults', `recordCampaignResults(campaignId: "x", input: { conversions: 1 })`],
    ];
    for (const [field, call] of cases) {
      const res = await gql(`mutation { ${call} { __typename ... on ValidationError { code issues { field } } } }`);
      expect(res.errors, field).toBeUndefined();
      expect(res.data[field], field).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    }
  });
});
