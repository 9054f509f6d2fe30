/**
 * The tenant matrix: for every query, node type, mutation, subscription and export, a second organization
 * learns nothing about the first. Organization-owned objects (campaigns) answer another organization
 * exactly as an unknown id does; the shared catalog answers every organization identically; and only a
 * CATALOG_WRITE key may write the catalog. The lists of root fields and node types come from the live
 * schema by introspection: a new one that this file does not classify fails the suite.
 */
import { randomUUID } from 'node:crypto';
import { Account, ApiKey, Campaign, CampaignMember, Organization, OrganizationService, Post } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, type LiveServer, startLiveServer } from './live-server.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are asserted field by field.
type Json = any;

interface Answer {
  status: number;
  body: Json;
  /** `data` and `errors` only: `extensions` carries the caller's own budget, which differs by design. */
  text: string;
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

/** Root fields and node types the matrix knows, by how they are guarded. */
const OWNED_NODE_TYPES = ['ApiKey', 'Campaign', 'CampaignMember', 'Organization'];
const CATALOG_NODE_TYPES = ['Account', 'Creator', 'Post'];

const ERROR_FIELDS = '__typename ... on Error { code message } ... on NotFoundError { entity ref }';
/** For results whose union has no NotFoundError. */
const ANY_ERROR = '__typename ... on Error { code message }';

describe.each(dialects)('tenant isolation on %s', (dialect) => {
  let live: LiveServer;
  let ownerSlug: string;
  let intruderSlug: string;
  let ownerKey: string;
  let intruderKey: string;
  /** A key the operator granted CATALOG_WRITE (and nothing else). */
  let catalogKey: string;
  let campaignId: string;
  let unknownCampaignId: string;
  let intruderCampaignId: string;
  let memberAccount: { id: string; postIds: string[] };
  let secrets: string[];
  /** Every answer the intruder received, checked for the owner's secrets at the end. */
  const intruderAnswers: string[] = [];

  async function gql(key: string, query: string, variables: Json = {}, record = true): Promise<Answer> {
    const res = await fetch(live.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    const text = JSON.stringify({ data: body.data, errors: body.errors });
    if (record && key === intruderKey) intruderAnswers.push(text);
    return { status: res.status, body, text };
  }

  /** The answer with the given ids (global and database forms) replaced, to compare two answers. */
  function normalized(answer: Answer, ids: string[]): string {
    let text = answer.text;
    for (const id of ids) {
      text = text.replaceAll(id, '<ID>');
      const raw = Buffer.from(id, 'base64').toString();
      if (/^[A-Za-z]+:\d+$/.test(raw)) {
        text = text
          .replaceAll(raw, '<ID>')
          .replace(new RegExp(`\\b${raw.split(':')[0]} ${raw.split(':')[1]}\\b`, 'g'), '<ID>');
      }
    }
    // Every response carries its own request id: not something an answer could leak.
    return text.replace(/"requestId":"[^"]*"/g, '"requestId":"<REQUEST>"');
  }

  /** The intruder's answer for the owner's object equals its answer for an id that does not exist. */
  async function sameAsUnknown(
    query: string,
    variables: (id: string) => Json,
    foreign = campaignId,
    unknown = unknownCampaignId,
  ): Promise<Answer> {
    const theirs = await gql(intruderKey, query, variables(foreign));
    const none = await gql(intruderKey, query, variables(unknown));
    expect(theirs.status).toBe(none.status);
    expect(normalized(theirs, [foreign]), theirs.text).toBe(normalized(none, [unknown]));
    return theirs;
  }

  /** The intruder and the owner get the same answer: the catalog is shared, nothing depends on who asks. */
  async function sameForBoth(query: string, variables: Json = {}): Promise<Answer> {
    const mine = await gql(ownerKey, query, variables);
    const theirs = await gql(intruderKey, query, variables);
    expect(mine.body.errors, mine.text).toBeUndefined();
    expect(theirs.text).toBe(mine.text);
    return theirs;
  }

  const ownerView = async () =>
    (
      await gql(
        ownerKey,
        `query($id: ID!) { campaign(id: $id) { name brand status conversions revenue { amountMinor }
          members { deliverables fee { amountMinor } account { id } } posts { id } } }`,
        { id: campaignId },
      )
    ).body.data.campaign;

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    [ownerSlug, intruderSlug] = Object.keys(live.keys) as [string, string];
    ownerKey = live.keys[ownerSlug]!;
    intruderKey = live.keys[intruderSlug]!;
    const em = live.db.em.fork();
    catalogKey = (
      await new OrganizationService(em).createKey(
        { slug: intruderSlug },
        { name: 'importer', scopes: ['catalog_write'] },
      )
    ).secret;

    // The owner's campaign: a unique name and brand, a paid member, linked posts and results.
    const tag = randomUUID().slice(0, 8);
    const created = await gql(
      ownerKey,
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
        ... on CreateCampaignPayload { campaign { id } } } }`,
      {
        input: {
          name: `Matrix secret ${tag}`,
          brand: `SecretBrand${tag}`,
          goal: 'CONVERSION',
          currency: 'USD',
          budget: { amountMinor: 3_141_592, currency: 'USD' },
          startsAt: '2026-05-01T00:00:00Z',
        },
      },
    );
    campaignId = created.body.data.createCampaign.campaign.id;
    // Any catalog account with two posts will do; read from the database so the setup costs no budget.
    const posts = await em.find(Post, {}, { orderBy: { id: 'asc' }, limit: 200 });
    const byAccount = new Map<number, number[]>();
    for (const post of posts) {
      const account = (post.account as { id: number }).id;
      byAccount.set(account, [...(byAccount.get(account) ?? []), post.id]);
    }
    const [accountId, postIds] = [...byAccount].find(([, list]) => list.length >= 2)!;
    memberAccount = { id: gid('Account', accountId), postIds: postIds.slice(0, 2).map((id) => gid('Post', id)) };
    const setup = await gql(
      ownerKey,
      `mutation($id: ID!, $account: ID!, $posts: [ID!]!) {
        a: addCampaignMember(input: { campaignId: $id, accountId: $account, fee: { amountMinor: 27182, currency: "USD" }, deliverables: 3 }) { __typename }
        b: linkCampaignPosts(campaignId: $id, postIds: $posts) { __typename }
        c: recordCampaignResults(campaignId: $id, input: { conversions: 42, revenue: { amountMinor: 1618033, currency: "USD" } }) { __typename }
      }`,
      { id: campaignId, account: memberAccount.id, posts: memberAccount.postIds },
    );
    expect(setup.body.data, setup.text).toEqual({
      a: { __typename: 'AddCampaignMemberPayload' },
      b: { __typename: 'LinkCampaignPostsPayload' },
      c: { __typename: 'RecordCampaignResultsPayload' },
    });

    const maxId = Math.max(...(await em.find(Campaign, {})).map((c) => c.id));
    unknownCampaignId = gid('Campaign', maxId + 10_000);
    const intruderOwn = await em.findOneOrFail(Campaign, { organization: { slug: intruderSlug } });
    intruderCampaignId = gid('Campaign', intruderOwn.id);

    const owner = await em.findOneOrFail(Organization, { slug: ownerSlug });
    const ownerCampaigns = await em.find(Campaign, { organization: owner.id });
    const ownerKeys = await em.find(ApiKey, { organization: owner.id });
    secrets = [
      owner.name,
      `Matrix secret ${tag}`,
      `SecretBrand${tag}`,
      ...ownerCampaigns.map((c) => c.name),
      ...ownerCampaigns.filter((c) => gid('Campaign', c.id) !== campaignId).map((c) => gid('Campaign', c.id)),
      ...ownerKeys.map((k) => k.prefix),
      ownerKey,
    ];
  });

  afterAll(async () => {
    await live?.close();
  });

  // ---- queries ------------------------------------------------------------------------------------

  const QUERIES: Record<string, () => Promise<void>> = {
    campaign: async () => {
      const query = `query($id: ID!) { campaign(id: $id) { id name metrics { creators spend { amountMinor } }
        members { fee { amountMinor } } posts { id } } }`;
      expect((await gql(ownerKey, query, { id: campaignId })).body.data.campaign.name).toMatch(/^Matrix secret/);
      const theirs = await sameAsUnknown(query, (id) => ({ id }));
      expect(theirs.body).toMatchObject({ data: { campaign: null } });
      expect(theirs.body.errors).toBeUndefined();
    },
    campaigns: async () => {
      const query = `query($statuses: [CampaignStatus!]) { campaigns(first: 100, statuses: $statuses) {
        totalCount nodes { id name } } }`;
      for (const statuses of [null, ['DRAFT', 'ACTIVE', 'COMPLETED', 'ARCHIVED']]) {
        const mine = await gql(ownerKey, query, { statuses });
        expect(mine.body.data.campaigns.nodes.map((c: Json) => c.id)).toContain(campaignId);
        const theirs = await gql(intruderKey, query, { statuses });
        const ids = theirs.body.data.campaigns.nodes.map((c: Json) => c.id);
        expect(ids).toContain(intruderCampaignId);
        expect(ids).not.toContain(campaignId);
        expect(theirs.body.data.campaigns.totalCount).toBe(ids.length);
      }
    },
    node: async () => {
      const query = `query($id: ID!) { node(id: $id) { __typename id ... on Campaign { name metrics { creators } } } }`;
      expect((await gql(ownerKey, query, { id: campaignId })).body.data.node.__typename).toBe('Campaign');
      const theirs = await sameAsUnknown(query, (id) => ({ id }));
      expect(theirs.body).toMatchObject({ data: { node: null } });
    },
    nodes: async () => {
      const query = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Campaign { name } } }`;
      const ids = (id: string) => ({ ids: [id, intruderCampaignId, memberAccount.id] });
      const theirs = await sameAsUnknown(query, ids);
      expect(theirs.body.data.nodes.map((n: Json) => n?.__typename ?? null)).toEqual([null, 'Campaign', 'Account']);
    },
    compareCampaigns: async () => {
      const query = `query($ids: [ID!]!) { compareCampaigns(ids: $ids) { ${ERROR_FIELDS}
        ... on CompareCampaignsPayload { campaigns { id name } } } }`;
      for (const ids of [
        (id: string) => ({ ids: [id, intruderCampaignId] }),
        (id: string) => ({ ids: [intruderCampaignId, id] }),
      ]) {
        const theirs = await sameAsUnknown(query, ids);
        expect(theirs.body.data.compareCampaigns).toMatchObject({
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          entity: 'Campaign',
          ref: campaignId,
        });
      }
    },
    viewer: async () => {
      const query = '{ viewer { organization { name slug } keyPrefix scopes apiKeys { name prefix } } }';
      const theirs = await gql(intruderKey, query);
      expect(theirs.body.data.viewer.organization.slug).toBe(intruderSlug);
      // Its own keys only (the owner's prefixes are among the secrets checked at the end).
      expect(theirs.body.data.viewer.apiKeys.length).toBeGreaterThan(0);
    },
    // The shared catalog: the same answer for every organization.
    account: async () => {
      const em = live.db.em.fork();
      const account = await em.findOneOrFail(Account, { id: dbId(memberAccount.id) });
      await sameForBoth(
        'query($p: Platform!, $h: String!) { account(platform: $p, handle: $h) { id handle followers quotedRate { amountMinor } } }',
        { p: account.platform, h: account.handle },
      );
    },
    benchmarks: async () => {
      await sameForBoth('{ benchmarks(platform: INSTAGRAM, tier: MICRO) { accountCount activeCount } }');
    },
    compareTiers: async () => {
      await sameForBoth('{ compareTiers(platform: INSTAGRAM) { tier accountCount medianAuthenticity } }');
    },
    creator: async () => {
      const account = await live.db.em.fork().findOneOrFail(Account, { id: dbId(memberAccount.id) });
      const answer = await sameForBoth('query($id: ID!) { creator(id: $id) { id name followers accounts { id } } }', {
        id: gid('Creator', (account.creator as { id: number }).id),
      });
      expect(answer.body.data.creator.accounts.map((a: Json) => a.id)).toContain(memberAccount.id);
    },
    creators: async () => {
      await sameForBoth('{ creators(first: 20) { totalCount nodes { id name followers } } }');
    },
    metricsConfig: async () => {
      await sameForBoth('{ metricsConfig { __typename } }');
    },
    planCampaign: async () => {
      const answer = await sameForBoth(
        `{ planCampaign(input: { platform: INSTAGRAM, goal: AWARENESS, budget: { amountMinor: 5000000, currency: "USD" }, maxCreators: 5 }) {
          ${ANY_ERROR} ... on PlanCampaignPayload { candidateCount accountsConsidered } } }`,
      );
      expect(answer.body.data.planCampaign.__typename).toBe('PlanCampaignPayload');
    },
    posts: async () => {
      await sameForBoth('{ posts(first: 20) { nodes { id brand likes } } }');
    },
    tierScheme: async () => {
      await sameForBoth('{ tierScheme { name tiers { tier minFollowers } } }');
    },
    search: async () => {
      await sameForBoth('{ search(text: "an", first: 10) { totalCount nodes { id name } } }');
    },
    niches: async () => {
      await sameForBoth('{ niches { niche creatorCount } }');
    },
    // Brands are catalog data (sponsored posts), not a campaign's: every organization sees the same.
    brandPerformance: async () => {
      const post = await live.db.em
        .fork()
        .findOneOrFail(Post, { sponsored: true, brand: { $ne: null } }, { orderBy: { id: 'asc' } });
      const answer = await sameForBoth(
        'query($b: String!) { brandPerformance(brand: $b, window: { days: 365 }) { posts creators lift topCreators { creator { id } } } }',
        { b: post.brand },
      );
      expect(answer.body.data.brandPerformance.posts).toBeGreaterThan(0);
    },
  };

  it('covers every query field, and every node type as owned or shared', async () => {
    const schema = (
      await gql(
        intruderKey,
        `{ __schema { queryType { fields { name } } mutationType { fields { name } }
          subscriptionType { fields { name } } types { name kind interfaces { name } } } }`,
      )
    ).body.data.__schema;
    expect(schema.queryType.fields.map((f: Json) => f.name).sort()).toEqual(Object.keys(QUERIES).sort());
    expect(schema.mutationType.fields.map((f: Json) => f.name).sort()).toEqual(Object.keys(MUTATIONS).sort());
    expect(schema.subscriptionType.fields.map((f: Json) => f.name).sort()).toEqual(Object.keys(SUBSCRIPTIONS).sort());
    const nodeTypes = schema.types
      .filter((t: Json) => t.kind === 'OBJECT' && t.interfaces?.some((i: Json) => i.name === 'Node'))
      .map((t: Json) => t.name)
      .sort();
    expect(nodeTypes).toEqual([...OWNED_NODE_TYPES, ...CATALOG_NODE_TYPES].sort());
  });

  it.each(Object.keys(QUERIES))('query %s tells the second organization nothing', async (field) => {
    await QUERIES[field]!();
  });

  it('node: every shared node type is the same for both, every owned one null like an unknown id', async () => {
    const em = live.db.em.fork();
    const account = await em.findOneOrFail(Account, { id: dbId(memberAccount.id) }, { populate: ['creator'] });
    const samples: Record<string, string> = {
      Account: memberAccount.id,
      Creator: gid('Creator', account.creator.id),
      Post: memberAccount.postIds[0]!,
    };
    for (const type of CATALOG_NODE_TYPES) {
      const answer = await sameForBoth('query($id: ID!) { node(id: $id) { __typename id } }', { id: samples[type] });
      expect(answer.body.data.node.__typename).toBe(type);
    }
    // Each owned type: the owner's object (which the owner does see) answers the intruder exactly as an id
    // that exists nowhere.
    const em2 = live.db.em.fork();
    const owner = await em2.findOneOrFail(Organization, { slug: ownerSlug });
    const member = await em2.findOneOrFail(CampaignMember, { campaign: { id: dbId(campaignId) } });
    const key = await em2.findOneOrFail(ApiKey, { organization: owner.id }, { orderBy: { id: 'asc' } });
    const owned: Record<string, [string, string]> = {
      ApiKey: [gid('ApiKey', key.id), gid('ApiKey', 2_000_000_000)],
      Campaign: [campaignId, unknownCampaignId],
      CampaignMember: [gid('CampaignMember', member.id), gid('CampaignMember', 2_000_000_000)],
      Organization: [gid('Organization', owner.id), gid('Organization', 2_000_000_000)],
    };
    const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
    for (const type of OWNED_NODE_TYPES) {
      const [foreign, unknown] = owned[type]!;
      expect((await gql(ownerKey, NODE, { id: foreign })).body.data.node, type).toEqual({
        __typename: type,
        id: foreign,
      });
      const answer = await sameAsUnknown(NODE, (id) => ({ id }), foreign, unknown);
      expect(answer.body.data.node, type).toBeNull();
    }
  });

  // ---- mutations ----------------------------------------------------------------------------------

  /** A campaign mutation by the intruder: NOT_FOUND for the owner's campaign, exactly as for an unknown one. */
  const campaignWrite = (field: string, args: string) => async () => {
    // Only the variables the arguments use may be declared.
    const declared = ['$id: ID!', '$account: ID!', '$posts: [ID!]!'].filter((v) => args.includes(v.split(':')[0]!));
    const query = `mutation(${declared.join(', ')}) { ${field}(${args}) { ${ERROR_FIELDS} } }`;
    const theirs = await sameAsUnknown(query, (id) => ({
      id,
      account: memberAccount.id,
      posts: memberAccount.postIds,
    }));
    expect(theirs.body.data[field], theirs.text).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'Campaign',
      ref: campaignId,
    });
  };

  const MUTATIONS: Record<string, () => Promise<void>> = {
    updateCampaign: campaignWrite('updateCampaign', 'id: $id, input: { name: "Hijacked" }'),
    archiveCampaign: campaignWrite('archiveCampaign', 'id: $id'),
    addCampaignMember: campaignWrite('addCampaignMember', 'input: { campaignId: $id, accountId: $account }'),
    updateCampaignMember: campaignWrite(
      'updateCampaignMember',
      'input: { campaignId: $id, accountId: $account, deliverables: 99, fee: { amountMinor: 1, currency: "USD" } }',
    ),
    removeCampaignMember: campaignWrite('removeCampaignMember', 'input: { campaignId: $id, accountId: $account }'),
    linkCampaignPosts: campaignWrite('linkCampaignPosts', 'campaignId: $id, postIds: $posts'),
    unlinkCampaignPosts: campaignWrite('unlinkCampaignPosts', 'campaignId: $id, postIds: $posts'),
    recordCampaignResults: campaignWrite(
      'recordCampaignResults',
      'campaignId: $id, input: { conversions: 1, revenue: { amountMinor: 1, currency: "USD" } }',
    ),
    createCampaign: async () => {
      // A new campaign always belongs to the caller's organization.
      const created = await gql(
        intruderKey,
        `mutation { createCampaign(input: { name: "Intruder own", brand: "X", goal: AWARENESS, currency: "USD",
          budget: { amountMinor: 1, currency: "USD" }, startsAt: "2026-05-01T00:00:00Z" }) {
          ${ANY_ERROR} ... on CreateCampaignPayload { campaign { id } } } }`,
      );
      const id = created.body.data.createCampaign.campaign.id;
      const mine = await gql(ownerKey, 'query($id: ID!) { campaign(id: $id) { id } }', { id });
      expect(mine.body.data.campaign).toBeNull();
      const theirs = await gql(intruderKey, 'query($id: ID!) { campaign(id: $id) { id } }', { id });
      expect(theirs.body.data.campaign.id).toBe(id);
    },
    createApiKey: async () => {
      const query = `mutation($scopes: [ApiScope!]!) { createApiKey(input: { name: "matrix", scopes: $scopes }) {
        ${ANY_ERROR} ... on CreateApiKeyPayload { apiKey { prefix } } } }`;
      const catalog = await gql(intruderKey, query, { scopes: ['READ', 'CATALOG_WRITE'] });
      expect(catalog.body.data.createApiKey).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      const plain = await gql(intruderKey, query, { scopes: ['READ'] });
      const prefix = plain.body.data.createApiKey.apiKey.prefix;
      const ownerKeys = await gql(ownerKey, '{ viewer { apiKeys { prefix } } }');
      expect(ownerKeys.body.data.viewer.apiKeys.map((k: Json) => k.prefix)).not.toContain(prefix);
    },
    revokeApiKey: async () => {
      const ownerPrefix = ownerKey.slice(0, 11);
      const query = `mutation($id: String!) { revokeApiKey(prefix: $id) { ${ERROR_FIELDS} } }`;
      // The answer echoes the prefix the intruder sent; it is recorded without it.
      const theirs = await gql(intruderKey, query, { id: ownerPrefix }, false);
      const none = await gql(intruderKey, query, { id: 'cg_unknown0' });
      intruderAnswers.push(theirs.text.replaceAll(ownerPrefix, '<P>'));
      expect(theirs.text.replaceAll(ownerPrefix, '<P>')).toBe(none.text.replaceAll('cg_unknown0', '<P>'));
      expect(theirs.body.data.revokeApiKey).toMatchObject({ __typename: 'NotFoundError', entity: 'ApiKey' });
      expect((await gql(ownerKey, '{ viewer { keyPrefix } }')).body.data.viewer.keyPrefix).toBe(ownerPrefix);
    },
    importData: async () => {
      // The attack from the issue: rewrite a member of another organization's campaign.
      const em = live.db.em.fork();
      const account = await em.findOneOrFail(Account, { id: dbId(memberAccount.id) }, { populate: ['creator'] });
      const hostile =
        'creator_ref,platform,handle,external_id,followers,following,rate_per_post_minor,currency\n' +
        `${account.creator.ref},${account.platform},${account.handle},${account.externalId},9999999,,1,USD\n`;
      for (const key of [intruderKey, ownerKey]) {
        const res = await upload(key, 'accounts.csv', hostile);
        expect(res.body.data?.importData ?? null).toBeNull();
        expect(res.body.errors?.[0]?.extensions?.code, res.text).toBe('FORBIDDEN');
      }
      const after = await live.db.em.fork().findOneOrFail(Account, { id: account.id });
      expect(after.followers).toBe(account.followers);
      expect(after.ratePerPostMinor).toBe(account.ratePerPostMinor);

      // The operator's CATALOG_WRITE key may write it.
      const ref = `tenant-${randomUUID().slice(0, 8)}`;
      const ok = await upload(
        catalogKey,
        'creators.csv',
        `creator_ref,name,country,niches\n${ref},Matrix Creator,US,travel\n`,
      );
      expect(ok.body.data?.importData?.__typename, ok.text).toBe('ImportDataPayload');
      expect(ok.body.data.importData.report.inserted).toBe(1);
    },
  };

  async function upload(key: string, name: string, text: string): Promise<Answer> {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: `mutation($files: [Upload!]!) { importData(files: $files) { __typename
          ... on ImportDataPayload { report { inserted updated rejected } } } }`,
        variables: { files: [null] },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.files.0'] }));
    form.set('0', new File([text], name, { type: 'text/csv' }));
    const res = await fetch(live.url, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
    const body = await res.json();
    const answer = { status: res.status, body, text: JSON.stringify({ data: body.data, errors: body.errors }) };
    if (key === intruderKey) intruderAnswers.push(answer.text);
    return answer;
  }

  it.each(Object.keys(MUTATIONS))('mutation %s cannot reach the first organization', async (field) => {
    const before = await ownerView();
    await MUTATIONS[field]!();
    expect(await ownerView()).toEqual(before);
  });

  // ---- subscriptions ------------------------------------------------------------------------------

  async function subscribe(key: string, id: string): Promise<{ status: number; text: string }> {
    const res = await fetch(live.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason campaign { id name } } }',
        variables: { id },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    // A refused subscription ends after its error event; a live one would stay open until the timeout.
    const text = await res.text();
    if (key === intruderKey) intruderAnswers.push(text);
    return { status: res.status, text };
  }

  const SUBSCRIPTIONS: Record<string, () => Promise<void>> = {
    campaignMetricsUpdated: async () => {
      const theirs = await subscribe(intruderKey, campaignId);
      const none = await subscribe(intruderKey, unknownCampaignId);
      expect(theirs.status).toBe(none.status);
      expect(theirs.text).toContain('NOT_FOUND');
      expect(normalized({ status: 0, body: null, text: theirs.text }, [campaignId])).toBe(
        normalized({ status: 0, body: null, text: none.text }, [unknownCampaignId]),
      );
    },
  };

  it.each(Object.keys(SUBSCRIPTIONS))('subscription %s refuses the first organization’s campaign', async (field) => {
    await SUBSCRIPTIONS[field]!();
  });

  // ---- exports ------------------------------------------------------------------------------------

  it.each(['creators', 'accounts', 'posts', 'snapshots'])(
    'export %s is the same shared catalog for both',
    async (kind) => {
      const url = new URL(`/export/${kind}.csv`, live.url);
      const get = async (key: string) => {
        const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
        return { status: res.status, text: await res.text() };
      };
      const mine = await get(ownerKey);
      const theirs = await get(intruderKey);
      intruderAnswers.push(theirs.text);
      expect(mine.status).toBe(200);
      expect(theirs.status).toBe(200);
      expect(theirs.text).toBe(mine.text);
    },
  );

  // ---- what the intruder saw ----------------------------------------------------------------------

  it("never showed the second organization the first one's names, campaign ids or keys", () => {
    expect(intruderAnswers.length).toBeGreaterThan(40);
    for (const secret of secrets) {
      for (const answer of intruderAnswers) expect(answer.includes(secret), `${secret} leaked`).toBe(false);
    }
  });
});
