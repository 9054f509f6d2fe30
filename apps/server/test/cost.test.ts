import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, type FieldCost, operationCost } from '../src/http/cost.js';
import { schema } from '../src/schema/index.js';

const price = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), { variables });
const actual = (query: string, data: Record<string, unknown>) => operationCost(schema, parse(query), { data });

describe('operationCost before execution (requested)', () => {
  it('multiplies under connections by the page and under plain lists by their declared bound', () => {
    // creators 1 + nodes 1 + 10 × (name 0.1 + accounts 1 + 4 accounts × handle 0.1) = 17
    expect(price('{ creators(first: 10) { nodes { name accounts { handle } } } }')).toBe(17);
    // The default page is 20: creators 1 + edges 1 + 20 × (node 1 + name 0.1) = 24
    expect(DEFAULT_PAGE).toBe(20);
    expect(price('{ creators { edges { node { name } } } }')).toBe(24);
    // Variables resolve; nested connection: 2 + 5 × (accounts 1 + 4 × (posts 1 + nodes 1 + 3 × likes 0.1)) = 53
    expect(
      price('query($n: Int) { creators(first: $n) { nodes { accounts { posts(first: 3) { nodes { likes } } } } } }', {
        n: 5,
      }),
    ).toBe(53);
  });

  it('multiplies nested plain lists', () => {
    // campaigns 1 + nodes 1 + 5 × (members 1 + 10 × (account 1 + creator 1 + accounts 1 + 4 × handle 0.1)) = 177
    expect(price('{ campaigns(first: 5) { nodes { members { account { creator { accounts { handle } } } } } } }')).toBe(
      177,
    );
  });

  it('charges leaves, __typename included, and merges duplicate fields as execution does', () => {
    // 10,000 aliases × 0.1 = 1,000
    const aliases = Array.from({ length: 10_000 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(price(`{ ${aliases} }`)).toBe(1_000);
    // The same response key runs once: viewer 1 + keyPrefix 0.1 → 2
    expect(price('{ viewer { keyPrefix keyPrefix keyPrefix } }')).toBe(2);
    // A value object (Money) costs like a leaf: account 1 + quotedRate 0.1 + 2 × 0.1 → 2
    expect(price('{ account(platform: X, handle: "a") { quotedRate { amountMinor currency } } }')).toBe(2);
    // Skipped fields cost nothing: tierScheme 1 + name 0.1 → 2
    expect(price('{ viewer @skip(if: true) { keyPrefix } tierScheme { name } }')).toBe(2);
    expect(price('{ __typename }')).toBe(1);
  });

  it('prices the 20-level account → creator → accounts document far over any ceiling', () => {
    let selection = 'handle';
    for (let level = 0; level < 9; level++) selection = `creator { accounts { ${selection} } }`;
    const query = `{ account(platform: INSTAGRAM, handle: "a") { ${selection} } }`;
    expect(query.match(/\{/g)?.length).toBe(20);
    // Each `accounts` level multiplies by 4: at least 4^8 objects.
    expect(price(query)).toBeGreaterThan(4 ** 8);
    expect(price(query)).toBeGreaterThan(100 * 1_000);
  });

  it('prices 200 aliases of growth over 100 accounts at least at the 20,000 computations', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `g${i}: growth(days: ${i + 1})`).join(' ');
    // creators 1 + nodes 1 + 100 × (primaryAccount 1 + 200 × growth 2) = 40,102
    expect(price(`{ creators(first: 100) { nodes { primaryAccount { ${aliases} } } } }`)).toBe(40_102);
    // Over every account: 2 + 100 × (accounts 1 + 4 × 200 × 2) = 160,102
    expect(price(`{ creators(first: 100) { nodes { accounts { ${aliases} } } } }`)).toBe(160_102);
  });

  it('prices computed fields by their work', () => {
    const input =
      '{ budget: { amountMinor: 500000, currency: "USD" }, goal: ENGAGEMENT, platform: INSTAGRAM, maxCreators: 10 }';
    // planCampaign 150 + __typename 0.1 → 151
    expect(price(`{ planCampaign(input: ${input}) { __typename } }`)).toBe(151);
    // + selection 1 + 10 (maxCreators) × (account 1 + handle 0.1): 162.1 → 163
    expect(
      price(
        `{ planCampaign(input: ${input}) { __typename ... on PlanCampaignPayload { selection { account { handle } } } } }`,
      ),
    ).toBe(163);
    // compareCampaigns: 10 per campaign + campaigns 1 + 3 × name 0.1: 31.3 → 32
    expect(
      price('{ compareCampaigns(ids: ["a", "b", "c"]) { ... on CompareCampaignsPayload { campaigns { name } } } }'),
    ).toBe(32);
    // Ordering by a metric scans every matching creator: 200 + nodes 1 + 10 × id 0.1 = 202
    expect(
      price('{ creators(first: 10, orderBy: { field: ENGAGEMENT_RATE, direction: DESC }) { nodes { id } } }'),
    ).toBe(202);
    // Metric fields per account: 2 + 10 × (primaryAccount 1 + engagement 2 + value 0.1 + authenticity 5 + score 0.1) = 84
    expect(
      price('{ creators(first: 10) { nodes { primaryAccount { engagement { value } authenticity { score } } } } }'),
    ).toBe(84);
    // A mutation is a transaction: 10 + __typename 0.1 → 11
    expect(price('mutation { revokeApiKey(prefix: "cg_x") { __typename } }')).toBe(11);
  });

  it('prices nodes(ids) per id and refuses more than 100 ids before execution', () => {
    // nodes 1 + 3 × id 0.1: 1.3 → 2
    expect(price('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(2);
    const ids = Array.from({ length: 101 }, (_, i) => `"Creator:${i + 1}"`).join(',');
    expect(() => price(`{ nodes(ids: [${ids}]) { id } }`)).toThrow(/at most 100/);
    try {
      price('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'x') });
      expect.unreachable();
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('VALIDATION');
    }
  });

  it('declares a bound on every list of objects outside connections', () => {
    // Lists in files this cost model does not own use the default bound of 100 until they declare one.
    const undeclaredElsewhere = new Set(['Viewer.apiKeys', 'TierScheme.tiers', 'ValidationError.issues']);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const spec = (field as GraphQLField<unknown, unknown>).extensions?.cost as FieldCost | undefined;
        const name = `${type.name}.${field.name}`;
        if (listOfObjects && spec?.listSize === undefined && !undeclaredElsewhere.has(name)) missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('operationCost after execution (actual)', () => {
  it('counts the lists really returned', () => {
    const query = '{ creators(first: 10) { nodes { name accounts { handle } } } }';
    // creators 1 + nodes 1 + 2 × (name 0.1 + accounts 1) + 4 handles × 0.1 = 4.6 → 5
    const data = {
      creators: {
        nodes: [
          { name: 'a', accounts: [{ handle: 'a1' }] },
          { name: 'b', accounts: [{ handle: 'b1' }, { handle: 'b2' }, { handle: 'b3' }] },
        ],
      },
    };
    expect(actual(query, data)).toBe(5);
    // Longer than the estimate: charged for what came back. 2 + 1 × (0.1 + 1 + 12 × 0.1) = 4.3 → 5
    const many = {
      creators: { nodes: [{ name: 'c', accounts: Array.from({ length: 12 }, () => ({ handle: 'x' })) }] },
    };
    expect(actual(query, many)).toBe(5);
    // A failed operation (no data) costs the minimum.
    expect(operationCost(schema, parse(query), { data: null })).toBe(1);
  });

  it('prices each union member by the fields it holds', () => {
    const query =
      '{ compareCampaigns(ids: ["a", "b"]) { ... on CompareCampaignsPayload { campaigns { name } } ... on Error { code message } } }';
    // An error result ran the field (20) and two leaves: 20.2 → 21
    expect(actual(query, { compareCampaigns: { code: 'NOT_FOUND', message: 'x' } })).toBe(21);
    // A payload: 20 + campaigns 1 + 2 × name 0.1 = 21.2 → 22
    expect(actual(query, { compareCampaigns: { campaigns: [{ name: 'a' }, { name: 'b' }] } })).toBe(22);
  });
});
