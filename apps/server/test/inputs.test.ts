import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId } from '../src/schema/common/ids.js';
import { createHarness, dialects, type Harness } from './harness.js';

/**
 * Strict inputs: malformed global ids, overlong or NUL-carrying strings, values that fail coercion and
 * unreadable requests are the caller's mistakes, answered with a code (4xx class), never as internal
 * errors; refused requests are not charged.
 */

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

type GqlError = { message: string; extensions?: Record<string, unknown>; path?: string[]; locations?: unknown[] };
type Body = { data?: Record<string, unknown> | null; errors?: GqlError[]; extensions?: Record<string, unknown> };

describe.each(dialects)('strict inputs (%s)', (dialect) => {
  let h: Harness;
  let key: string;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 5 });
    key = h.fixture.orgs[0]?.key as string;
  });
  afterAll(() => h.db.destroy());

  async function send(
    body: Record<string, unknown>,
    { accept = 'application/json' }: { accept?: string } = {},
  ): Promise<{ status: number; body: Body }> {
    const res = await h.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Body };
  }

  const codes = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);
  const issues = (body: Body) =>
    (body.errors ?? []).flatMap((e) => (e.extensions?.issues as { field: string }[] | undefined) ?? []);

  const campaignOf = (slug: string) => h.fixture.campaignIds[slug]?.[0] as number;

  describe('global ids', () => {
    const malformed: [string, string][] = [
      ['a non-numeric id', b64('Campaign:abc')],
      ['an unknown type', b64('Nope:1')],
      ['an object type that is not a node', b64('Money:1')],
      ['base64 garbage', '!!!not-base64!!!'],
      ['the empty string', ''],
      ['a number beyond the id columns', b64('Campaign:2147483648')],
      ['a number beyond safe integers', b64('Campaign:99999999999999999999999')],
      ['a zero id', b64('Campaign:0')],
      ['a negative id', b64('Campaign:-1')],
      ['a leading zero', b64('Campaign:01')],
      ['an id with spaces', b64('Campaign: 1')],
      ['a fractional id', b64('Campaign:1.5')],
      ['an exponent', b64('Campaign:1e3')],
      ['a third segment', b64('Campaign:1:2')],
      ['unpadded base64 of a valid id', b64('Campaign:1').replace(/=+$/, '')],
      ['a raw database id', '1'],
    ];

    it.each(malformed)('refuses %s in node(id) with VALIDATION', async (_label, id) => {
      const { status, body } = await send({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } });
      expect(status).toBe(200);
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(body.data).toEqual({ node: null });
      expect(JSON.stringify(body)).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it.each(malformed)('refuses %s in campaign(id) with the argument path', async (_label, id) => {
      const { body } = await send({ query: 'query($id: ID!) { campaign(id: $id) { id } }', variables: { id } });
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(issues(body).map((i) => i.field)).toEqual(['id']);
    });

    it('refuses an overlong id before execution, as any overlong string', async () => {
      const { status, body } = await send(
        {
          query: 'query($id: ID!) { campaign(id: $id) { id } }',
          variables: { id: b64(`Campaign:${'1'.repeat(5_000)}`) },
        },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(issues(body)).toEqual([{ field: '$id', message: 'is longer than 100 characters' }]);
    });

    it('answers null for a well-formed id of nothing, and for another organization’s object', async () => {
      const foreign = encodeGlobalId('Campaign', campaignOf('globex'));
      const missing = encodeGlobalId('Campaign', 2_147_483_647);
      const { body } = await send({
        query: 'query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }',
        variables: { a: foreign, b: missing },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ a: null, b: null });
    });

    it('resolves a valid id, and round-trips it', async () => {
      const id = encodeGlobalId('Campaign', campaignOf('acme'));
      const { body } = await send({ query: `{ node(id: "${id}") { id ... on Campaign { name } } }` });
      expect(body.errors).toBeUndefined();
      expect(body.data?.node).toMatchObject({ id });
      expect(decodeGlobalId(id)).toEqual({ typename: 'Campaign', id: String(campaignOf('acme')) });
    });

    it('refuses an id of the wrong type where the argument names one', async () => {
      const creator = encodeGlobalId('Creator', h.fixture.creatorIds[0] as number);
      const { body } = await send({ query: `{ campaign(id: "${creator}") { id } }` });
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(body.errors?.[0]?.message).toContain('Campaign');
    });

    it('names the list index in nodes(ids)', async () => {
      const good = encodeGlobalId('Campaign', campaignOf('acme'));
      const { body } = await send({
        query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: [good, b64('Campaign:abc'), good, 'garbage'] },
      });
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(issues(body).map((i) => i.field)).toEqual(['ids.1', 'ids.3']);
    });

    it('names the input field in a filter', async () => {
      const { body } = await send({ query: `{ posts(filter: { account: "${b64('Account:x')}" }) { totalCount } }` });
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(issues(body).map((i) => i.field)).toEqual(['filter.account']);
    });

    it('returns a mutation’s ValidationError result for malformed ids in its input', async () => {
      const { body } = await send({
        query: `mutation($input: AddCampaignMemberInput!) {
          addCampaignMember(input: $input) {
            __typename
            ... on ValidationError { code issues { field message } }
          }
        }`,
        variables: { input: { campaignId: b64('Campaign:abc'), accountId: b64('Nope:1') } },
      });
      expect(body.errors).toBeUndefined();
      const result = body.data?.addCampaignMember as { __typename: string; issues: { field: string }[] };
      expect(result.__typename).toBe('ValidationError');
      expect(result.issues.map((i) => i.field)).toEqual(['input.campaignId', 'input.accountId']);
    });

    it('returns a query’s ValidationError result for a malformed id in a list', async () => {
      const good = encodeGlobalId('Campaign', campaignOf('acme'));
      const { body } = await send({
        query: `query($ids: [ID!]!) { compareCampaigns(ids: $ids) { __typename ... on ValidationError { issues { field } } } }`,
        variables: { ids: [good, b64('Campaign:1x')] },
      });
      expect(body.data?.compareCampaigns).toEqual({ __typename: 'ValidationError', issues: [{ field: 'ids.1' }] });
    });

    it('refuses a malformed id of a subscription with VALIDATION, and an unknown one with NOT_FOUND', async () => {
      const first = async (campaignId: string) => {
        const res = await h.yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query: 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { __typename } }',
            variables: { id: campaignId },
          }),
        });
        // The stream ends right after its one error event.
        const text = await res.text();
        const data = text.split('\n').find((line) => line.startsWith('data: {'));
        return JSON.parse(data?.slice(6) ?? '{}') as Body;
      };
      const malformed = await first(b64('Campaign:abc'));
      expect(codes(malformed)).toEqual(['VALIDATION']);
      expect(issues(malformed).map((i) => i.field)).toEqual(['campaignId']);
      expect(codes(await first(encodeGlobalId('Campaign', 2_000_000_000)))).toEqual(['NOT_FOUND']);
      expect(codes(await first('x\u0000'))).toEqual(['VALIDATION']);
    });

    it('decodes only canonical encodings of node types and int4 ids', () => {
      expect(decodeGlobalId(b64('Creator:2147483647'))).toEqual({ typename: 'Creator', id: '2147483647' });
      expect(decodeGlobalId(b64('Creator:2147483648'))).toHaveProperty('problem');
      expect(decodeGlobalId(` ${b64('Creator:1')}`)).toHaveProperty('problem');
      expect(decodeGlobalId(b64('Creator:1'), ['Campaign'])).toHaveProperty('problem');
      expect(decodeGlobalId(42)).toHaveProperty('problem');
    });
  });

  describe('strings', () => {
    it('refuses an overlong literal before execution, naming its path, without charging', async () => {
      const long = 'a'.repeat(201);
      const { status, body } = await send(
        { query: `{ creators(filter: { nameContains: "${long}" }) { totalCount } }` },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(issues(body)).toEqual([{ field: 'filter.nameContains', message: 'is longer than 200 characters' }]);
      expect(body.extensions?.cost).toBeUndefined();
    });

    it('accepts nameContains at its limit and charges it', async () => {
      const { status, body } = await send({
        query: 'query($s: String) { creators(filter: { nameContains: $s }) { totalCount } }',
        variables: { s: 'a'.repeat(200) },
      });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ creators: { totalCount: 0 } });
      expect(body.extensions?.cost).toBeDefined();
    });

    it('refuses an overlong variable used in a limited position, without charging', async () => {
      const { status, body } = await send(
        {
          query: 'query($s: String) { creators(filter: { nameContains: $s }) { totalCount } }',
          variables: { s: 'a'.repeat(50_000) },
        },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(status).toBe(400);
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(issues(body).map((i) => i.field)).toEqual(['$s']);
      expect(body.errors?.[0]?.locations).toBeDefined();
      expect(body.extensions?.cost).toBeUndefined();
    });

    it('follows input objects and lists inside variables', async () => {
      const { body } = await send(
        {
          query: 'query($f: CreatorFilter) { creators(filter: $f) { totalCount } }',
          variables: { f: { niches: ['fitness', 'x'.repeat(101)], nameContains: 'ok' } },
        },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(issues(body)).toEqual([{ field: '$f.niches.1', message: 'is longer than 100 characters' }]);
    });

    it('applies the global limit to every string, including default values', async () => {
      const long = 'b'.repeat(10_001);
      const viaDefault = await send(
        { query: `query($s: String = "${long}") { creators(filter: { nameContains: $s }) { totalCount } }` },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(viaDefault.status).toBe(400);
      expect(codes(viaDefault.body)[0]).toBe('VALIDATION');
      const viaInput = await send(
        {
          query: 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { __typename } }',
          variables: {
            i: { name: long, brand: 'B', goal: 'ENGAGEMENT', currency: 'USD', startsAt: '2026-07-01T00:00:00Z' },
          },
        },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(viaInput.status).toBe(400);
      expect(issues(viaInput.body)).toEqual([{ field: '$i.name', message: 'is longer than 10000 characters' }]);
      const unused = await send({ query: '{ __typename }', variables: { junk: long } }, { accept: GRAPHQL_RESPONSE });
      expect(unused.status).toBe(400);
      expect(issues(unused.body).map((i) => i.field)).toEqual(['$junk']);
    });

    it('refuses NUL characters in literals and variables with VALIDATION', async () => {
      const literal = await send({ query: '{ creator(handle: "a\\u0000b") { id } }' }, { accept: GRAPHQL_RESPONSE });
      expect(literal.status).toBe(400);
      expect(issues(literal.body)).toEqual([{ field: 'handle', message: 'contains a NUL character' }]);
      const variable = await send({
        query: 'query($h: String!) { account(handle: $h, platform: INSTAGRAM) { id } }',
        variables: { h: 'x\u0000' },
      });
      expect(variable.status).toBe(200);
      expect(codes(variable.body)).toEqual(['VALIDATION']);
      expect(variable.body.data).toBeUndefined();
      const nested = await send(
        { query: '{ creators(filter: { niches: ["ok", "n\\u0000"] }) { totalCount } }' },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(issues(nested.body)).toEqual([{ field: 'filter.niches.1', message: 'contains a NUL character' }]);
    });

    it('refuses deeply nested variables without overflowing a stack', async () => {
      const depth = 50_000;
      const res = await h.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, authorization: `Bearer ${key}` },
        body: `{"query":"query($f: CreatorFilter) { creators(filter: $f) { totalCount } }","variables":{"f":{"niches":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}}`,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as Body;
      expect(codes(body)).toEqual(['VALIDATION']);
      expect(body.errors?.[0]?.message).toContain('nested more than');
    });
  });

  describe('caller mistakes are coded, with the right status', () => {
    it('answers a variable coercion failure with 400 under graphql-response+json, keeping the variable path', async () => {
      const query = 'query($f: CreatorFilter) { creators(filter: $f) { totalCount } }';
      const variables = { f: { followers: { min: 'many' } } };
      const strict = await send({ query, variables }, { accept: GRAPHQL_RESPONSE });
      expect(strict.status).toBe(400);
      expect(strict.body.data).toBeUndefined();
      expect(codes(strict.body)).toEqual(['BAD_USER_INPUT']);
      expect(strict.body.errors?.[0]?.message).toMatch(
        /^Variable "\$f" got invalid value "many" at "f\.followers\.min"/,
      );
      expect(strict.body.errors?.[0]?.locations).toEqual([{ line: 1, column: 7 }]);
      expect(strict.body.extensions?.cost).toBeUndefined();
      const legacy = await send({ query, variables });
      expect(legacy.status).toBe(200);
      expect(codes(legacy.body)).toEqual(['BAD_USER_INPUT']);
    });

    it('codes a missing required variable and a bad custom scalar', async () => {
      const missing = await send(
        { query: 'query($id: ID!) { node(id: $id) { id } }', variables: {} },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(missing.status).toBe(400);
      expect(codes(missing.body)).toEqual(['BAD_USER_INPUT']);
      const date = await send(
        {
          query: 'query($d: DateTime) { campaigns(first: 1) { nodes { metrics(asOf: $d) { creators } } } }',
          variables: { d: 'soon' },
        },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(date.status).toBe(400);
      expect(codes(date.body)).toEqual(['BAD_USER_INPUT']);
      expect(date.body.errors?.[0]?.message).toMatch(/^Variable "\$d" got invalid value "soon"/);
    });

    it('answers GET with variables that are not JSON with 400 and a code', async () => {
      for (const accept of ['application/json', GRAPHQL_RESPONSE]) {
        const res = await h.yoga.fetch(
          `http://localhost/graphql?query=${encodeURIComponent('{ __typename }')}&variables=not-json`,
          { headers: { accept, authorization: `Bearer ${key}` } },
        );
        expect(res.status).toBe(400);
        const body = (await res.json()) as Body;
        expect(codes(body)).toEqual(['BAD_REQUEST']);
      }
    });

    it('answers malformed multipart with 400 and a code', async () => {
      const bodies: [string, BodyInit][] = [
        [
          'no operations',
          (() => {
            const form = new FormData();
            form.set('map', '{}');
            return form;
          })(),
        ],
        [
          'operations not JSON',
          (() => {
            const form = new FormData();
            form.set('operations', '{oops');
            return form;
          })(),
        ],
      ];
      for (const [label, body] of bodies) {
        const res = await h.yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { authorization: `Bearer ${key}` },
          body,
        });
        expect(res.status, label).toBe(400);
        const parsed = (await res.json()) as Body;
        expect(codes(parsed)[0], label).toEqual(expect.any(String));
        expect(codes(parsed), label).not.toContain('INTERNAL_SERVER_ERROR');
      }
      const garbled = await h.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'multipart/form-data; boundary=xyz' },
        body: 'this is not multipart at all',
      });
      expect(garbled.status).toBe(400);
      expect(codes((await garbled.json()) as Body)).toEqual(['BAD_REQUEST']);
    });

    it('codes an unknown operation name', async () => {
      const { status, body } = await send(
        { query: 'query A { __typename }', operationName: 'B' },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(status).toBe(400);
      expect(codes(body)[0]).toEqual(expect.any(String));
      expect(codes(body)).not.toContain('INTERNAL_SERVER_ERROR');
    });

    it('keeps FORBIDDEN for a missing scope', async () => {
      const readKey = h.fixture.orgs[0]?.readKey as string;
      const res = await h.gql(
        'mutation { createApiKey(input: { name: "x", scopes: [READ] }) { __typename } }',
        {},
        readKey,
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });
  });
});
