import { intBetween, mulberry32, type Uniform } from '@creatorgraph/core/testing';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  validate,
} from 'graphql';
import { globalId } from './process-server.js';

/** A small seeded PRNG (mulberry32): the same seed and case index give the same request. */
export class Rng {
  readonly next: Uniform;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return intBetween(this.next, min, max);
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }
  string(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

/** Case `index` of a run: independent of the other cases, so one failure replays alone. */
export function rngFor(seed: number, index: number): Rng {
  const rng = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  rng.next();
  return rng;
}

/** Real ids and values taken from the running server, so generated arguments point at data. */
export interface Pools {
  creatorIds: string[];
  accountIds: string[];
  postIds: string[];
  campaignIds: string[];
  handles: { platform: string; handle: string }[];
  niches: string[];
}

// ---------------------------------------------------------------------------------------------------
// (a) Valid operations generated from the schema.

const MAX_DEPTH = 4;
/** Midnight UTC today: the demo data ends there, and dates stay the same for a whole day of reruns. */
const TODAY = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

interface GenContext {
  rng: Rng;
  pools: Pools;
  schema: GraphQLSchema;
}

/** Enum values are written bare in a document; this marks them. */
class EnumValue {
  constructor(readonly name: string) {}
  toJSON() {
    return this.name;
  }
}

function literalOf(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literalOf(v)}`)
      .join(', ')} }`;
  }
  return value === null ? 'null' : JSON.stringify(value);
}

function idFor(ctx: GenContext, owner: string, name: string): string {
  const { rng, pools } = ctx;
  const key = `${owner}.${name}`.toLowerCase();
  if (key.includes('campaign') && pools.campaignIds.length) return rng.pick(pools.campaignIds);
  if (key.includes('account') && pools.accountIds.length) return rng.pick(pools.accountIds);
  if (key.includes('post') && pools.postIds.length) return rng.pick(pools.postIds);
  if ((key.includes('creator') || key.endsWith('.id')) && owner !== 'node' && pools.creatorIds.length) {
    return rng.pick(pools.creatorIds);
  }
  return rng.pick([...pools.creatorIds, ...pools.accountIds, ...pools.postIds, ...pools.campaignIds]);
}

function scalarValue(ctx: GenContext, type: string, owner: string, name: string): unknown {
  const { rng, pools } = ctx;
  const n = name.toLowerCase();
  switch (type) {
    case 'Int':
    case 'NonNegativeInt':
      if (n === 'first' || n === 'last') return rng.int(1, 20);
      if (n === 'days') return rng.int(1, 365);
      if (n === 'posts') return rng.int(1, 50);
      if (n === 'maxcreators') return rng.int(1, 10);
      if (n === 'postspercreator' || n === 'deliverables') return rng.int(1, 3);
      if (n === 'amountminor') return rng.int(0, 1_000_000);
      if (n === 'min') return rng.int(0, 100_000);
      if (n === 'max') return rng.int(100_000, 10_000_000);
      return rng.int(1, 10);
    case 'Float':
      if (n === 'minauthenticity') return rng.int(0, 100);
      if (n === 'min') return rng.next() / 10;
      if (n === 'max') return 0.1 + rng.next();
      return rng.next();
    case 'Boolean':
      return rng.bool();
    case 'String':
      if (n === 'handle') return rng.pick(pools.handles).handle;
      if (n === 'niche') return rng.pick(pools.niches);
      if (n === 'namecontains') return rng.string(rng.int(1, 3));
      return `fuzz ${rng.string(5)}`;
    case 'ID':
      return idFor(ctx, owner, name);
    case 'DateTime':
      return new Date(TODAY - rng.int(0, 120) * 86_400_000).toISOString();
    case 'CountryCode':
      return rng.pick(['US', 'GB', 'DE', 'BR', 'FR']);
    case 'Currency':
      return 'USD';
    default:
      return undefined;
  }
}

function inputValue(ctx: GenContext, type: GraphQLInputType, owner: string, name: string, depth: number): unknown {
  const { rng, pools } = ctx;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const n = name.toLowerCase();
    if (n === 'ids') {
      const pool = owner === 'compareCampaigns' ? pools.campaignIds : [...pools.creatorIds, ...pools.accountIds];
      return rng.sample(pool, owner === 'compareCampaigns' ? 2 : rng.int(1, 3));
    }
    if (n === 'niches') return rng.sample(pools.niches, rng.int(1, 2));
    const items: unknown[] = [];
    for (let i = rng.int(1, 2); i > 0; i--) items.push(inputValue(ctx, nullable.ofType, owner, name, depth + 1));
    return items.includes(undefined) ? undefined : items;
  }
  if (isEnumType(nullable)) return new EnumValue(rng.pick(nullable.getValues()).name);
  if (isScalarType(nullable)) return scalarValue(ctx, nullable.name, owner, name);
  if (isInputObjectType(nullable)) {
    if (depth > 3) return undefined;
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (!required && !rng.bool(0.3)) continue;
      // A window is either days or posts; a page is first or last: one of each keeps requests meaningful.
      if (field.name === 'posts' && 'days' in out) continue;
      const value = inputValue(ctx, field.type, nullable.name, field.name, depth + 1);
      if (value === undefined) {
        if (required) return undefined;
        continue;
      }
      out[field.name] = value;
    }
    if (nullable.name === 'MoneyInput') out.currency = 'USD';
    return out;
  }
  return undefined;
}

function argumentsOf(ctx: GenContext, field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args as readonly GraphQLArgument[]) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (['after', 'before', 'last'].includes(arg.name)) continue;
    if (!required && !ctx.rng.bool(arg.name === 'first' ? 0.8 : 0.3)) continue;
    if (field.name === 'creator' && (arg.name === 'id' || arg.name === 'handle') && parts.length) continue;
    const value = inputValue(ctx, arg.type, field.name, arg.name, 0);
    if (value === undefined) {
      if (required) return null;
      continue;
    }
    parts.push(`${arg.name}: ${literalOf(value)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionOf(ctx: GenContext, type: GraphQLNamedType, depth: number): string {
  const { rng, schema } = ctx;
  if (isAbstractType(type)) {
    const possible = rng.sample(schema.getPossibleTypes(type), rng.int(1, 2));
    return `{ __typename ${possible.map((t) => `... on ${t.name} ${selectionOf(ctx, t, depth)}`).join(' ')} }`;
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const chosen =
    depth >= MAX_DEPTH ? rng.sample(leaves, rng.int(1, 3)) : rng.sample(fields, rng.int(1, depth === 1 ? 2 : 4));
  const parts: string[] = [];
  for (const field of chosen) {
    const args = argumentsOf(ctx, field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else parts.push(`${field.name}${args} ${selectionOf(ctx, named, depth + 1)}`);
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

/**
 * A query of depth ≤ 4 from Query, with valid arguments; the schema's Upload-taking fields are left out.
 * Fragments on two types may select one field name with different nullability, which GraphQL forbids:
 * such a draft is dropped and another drawn from the same generator (deterministic for a seed).
 */
export function validOperation(schema: GraphQLSchema, pools: Pools, rng: Rng): string {
  let query = draftOperation(schema, pools, rng);
  for (let tries = 0; tries < 10 && validate(schema, parse(query)).length > 0; tries++) {
    query = draftOperation(schema, pools, rng);
  }
  return query;
}

function draftOperation(schema: GraphQLSchema, pools: Pools, rng: Rng): string {
  const ctx: GenContext = { rng, pools, schema };
  const query = schema.getQueryType() as GraphQLObjectType;
  const roots = rng.sample(Object.values(query.getFields()), rng.int(1, 2));
  const parts: string[] = [];
  for (const field of roots) {
    const args = argumentsOf(ctx, field);
    if (args === null) continue;
    const named = getNamedType(field.type);
    parts.push(isLeafType(named) ? `${field.name}${args}` : `${field.name}${args} ${selectionOf(ctx, named, 2)}`);
  }
  if (parts.length === 0) parts.push('__typename');
  return `query Fuzz { ${parts.join(' ')} }`;
}

// ---------------------------------------------------------------------------------------------------
// (b) Malformed requests.

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
}

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '@',
  '...',
  '=',
  '|',
  '&',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'creators',
  'node',
  'id',
  'first',
  '1',
  '-1',
  '1e999',
  '"str"',
  '"""block"""',
  'true',
  'null',
  '__typename',
  '__schema',
  '#comment\n',
  '\n',
  ',',
  '"\\u0000"',
  '"\\uD800"',
  'Creator',
  'viewer',
  'campaign',
  '$x',
  'Int',
  'String!',
  '@include(if: true)',
  '@skip',
  '"',
  '\\',
  '\u0000',
  '\uFEFF',
];

const VALID_QUERIES = [
  '{ __typename }',
  'query ($first: Int) { creators(first: $first) { totalCount nodes { id name } } }',
  'query ($id: ID!) { node(id: $id) { id } }',
  'query ($f: CreatorFilter) { creators(filter: $f, first: 2) { totalCount } }',
  'query ($h: String!, $p: Platform!) { account(handle: $h, platform: $p) { id followers } }',
  '{ viewer { keyPrefix scopes } }',
];

function jsonBody(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

function oddValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(0, 13)) {
    case 0:
      return rng.string(rng.int(0, 20), 'ab\u0000\u202e\ud83d\ude00"\\{}');
    case 1:
      return rng.pick([1e308, -1e308, 2 ** 53 + 1, -0, 0.5, -1, 2_147_483_648]);
    case 2:
      return rng.bool();
    case 3:
      return null;
    case 4:
      return depth > 40 ? [] : [oddValue(rng, depth + 1)];
    case 5:
      return depth > 40 ? {} : { a: oddValue(rng, depth + 1), constructor: 'x', toString: 1 };
    case 6:
      return Array.from({ length: rng.int(100, 2_000) }, () => 1);
    case 7:
      return 'x'.repeat(rng.int(1_000, 70_000));
    case 8:
      return { tier: rng.pick(['NANO', 'nano', 'GIANT', 1, null, []]) };
    case 9:
      return { followers: { min: rng.pick([-1, 'a', 1e20, null]), max: rng.pick([0, 'b', -5]) } };
    case 10:
      return rng.pick(['NaN', 'Infinity', '1e3', '0x10', ' 1 ', '']);
    case 11:
      return Buffer.from(
        `${rng.pick(['Creator', 'Campaign', 'Account', 'Post', 'X', ''])}:${rng.pick(['abc', '-1', '0', '1.5', '99999999999999999999', '1e3', ''])}`,
      ).toString('base64');
    case 12:
      return { nameContains: rng.pick(['\u0000', 'a'.repeat(60_000), '%', '_', "'; drop table creators; --"]) };
    default:
      return rng.string(rng.int(1, 40), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=');
  }
}

function oddId(rng: Rng): string {
  return rng.pick([
    () =>
      globalId(
        rng.pick(['Creator', 'Account', 'Post', 'Campaign']),
        rng.pick(['abc', '-1', '0', '1.5', '1e9', '99999999999999999999', ' 7', '7 ', '0x1f', '']),
      ),
    () =>
      globalId(
        rng.pick(['Bogus', 'ApiKey', 'Organization', '__proto__', 'constructor', 'toString', '']),
        rng.int(1, 100),
      ),
    () => rng.string(rng.int(0, 64), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_!*'),
    () => Buffer.from(rng.bytes(rng.int(1, 48))).toString('base64'),
    () => 'Q3JlYXRvcjox'.repeat(rng.int(1, 2_000)),
    () => '\u0000',
    () => globalId('Creator', `1${'\u0000'}`),
  ])();
}

/**
 * One malformed or hostile request. `key` is a valid key (most cases authenticate so that they reach
 * the parsers, not just the key check).
 */
export function malformedRequest(rng: Rng, key: string): FuzzRequest {
  const auth = { authorization: `Bearer ${key}` };
  const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const valid = () => ({
    query: rng.pick(VALID_QUERIES),
    variables: { first: 2, id: oddId(rng), h: 'x', p: 'TIKTOK' },
  });
  const kinds: (() => FuzzRequest)[] = [
    // Broken JSON.
    () => {
      const text = JSON.stringify(valid());
      const cut = rng.int(0, text.length - 1);
      const mutated = rng.pick([
        text.slice(0, cut),
        `${text.slice(0, cut)}${rng.pick(['"', '{', '}', ',', '\u0000', '\\', 'ÿ', '\ud800'])}${text.slice(cut)}`,
        text.replaceAll('"', "'"),
        `${text}${text}`,
        `[${text}`,
        '',
        ' ',
        'null',
        '0',
        '"string"',
        'true',
        '{}',
        '{"query": null}',
        '{"query": {}}',
        '{"query": ["{ __typename }"]}',
        '{"variables": {}}',
        '{"query": "{ __typename }", "operationName": 7}',
        '{"query": "{ __typename }", "extensions": "x"}',
        '{"__proto__": {"query": "{ __typename }"}}',
        `{"query": "{ __typename }", ${'"a": 1, '.repeat(rng.int(1, 5_000))}"b": 2}`,
        `${'['.repeat(rng.int(10, 5_000))}`,
        `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(rng.int(10, 3_000))}1${'}'.repeat(3_000)}}`,
      ]);
      return {
        kind: 'broken JSON',
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, ...json },
        body: Buffer.from(mutated),
      };
    },
    // Wrong content types.
    () => ({
      kind: 'content type',
      method: 'POST',
      path: '/graphql',
      headers: {
        ...auth,
        'content-type': rng.pick([
          'text/plain',
          'application/xml',
          'application/graphql',
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'application/jsonx',
          'text/html',
          '*/*',
          'application/json, text/plain',
          ';;;',
          'application/graphql-response+json',
          'text/event-stream',
        ]),
      },
      body: jsonBody(valid()),
    }),
    // Odd and huge headers.
    () => {
      const headers: Record<string, string | string[]> = { ...auth, ...json };
      switch (rng.int(0, 6)) {
        case 0:
          headers[`x-${rng.string(8)}`] = 'v'.repeat(rng.int(1_000, 20_000));
          break;
        case 1:
          for (let i = rng.int(50, 300); i > 0; i--) headers[`x-h${i}`] = rng.string(20);
          break;
        case 2:
          headers.accept = rng.pick([
            'application/graphql-response+json;q=0',
            'text/event-stream',
            'multipart/mixed',
            'image/png',
            '*/*;q=0.1, application/json;q=abc',
            'application/json;charset=utf-8;q=0.9',
            '',
            'text/html',
          ]);
          break;
        case 3:
          headers['content-type'] = ['application/json', 'text/plain'];
          break;
        case 4:
          headers[`x-${rng.string(4)}`] = Buffer.from(
            rng.bytes(rng.int(1, 40)).map((b) => (b < 32 || b === 127 ? 65 : b)),
          ).toString('latin1');
          break;
        case 5:
          headers['content-encoding'] = rng.pick(['gzip', 'br', 'deflate', 'zstd', 'identity, gzip', 'bogus']);
          break;
        default:
          headers['x-forwarded-for'] = Array.from({ length: 200 }, () => '10.0.0.1').join(', ');
          headers.origin = rng.pick(['https://evil.example', 'null', 'http://localhost:3000']);
      }
      return { kind: 'headers', method: 'POST', path: '/graphql', headers, body: jsonBody(valid()) };
    },
    // Random bytes.
    () => ({
      kind: 'random bytes',
      method: 'POST',
      path: '/graphql',
      headers: { ...auth, ...json },
      body: rng.bytes(rng.int(0, 4_096)),
    }),
    // Wrong variable types.
    () => ({
      kind: 'variables',
      method: 'POST',
      path: '/graphql',
      headers: { ...auth, ...json },
      body: jsonBody({
        query: rng.pick(VALID_QUERIES.slice(1)),
        variables: rng.bool(0.2)
          ? oddValue(rng)
          : { first: oddValue(rng), id: oddValue(rng), f: oddValue(rng), h: oddValue(rng), p: oddValue(rng) },
      }),
    }),
    // Random documents.
    () => {
      const tokens: string[] = [];
      for (let i = rng.int(1, 200); i > 0; i--) tokens.push(rng.pick(TOKENS));
      return {
        kind: 'document',
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, ...json },
        body: jsonBody({ query: tokens.join(rng.pick([' ', '', '\n'])) }),
      };
    },
    // Invalid ids in every id-taking place.
    () => {
      const id = oddId(rng);
      const query = rng.pick([
        'query ($id: ID!) { node(id: $id) { id __typename } }',
        'query ($id: ID!) { nodes(ids: [$id, $id]) { id } }',
        'query ($id: ID!) { campaign(id: $id) { id name members { account { id } } } }',
        'query ($id: ID) { creator(id: $id) { id name } }',
        'query ($id: ID) { posts(first: 2, filter: { account: $id }) { totalCount } }',
        'query ($id: ID) { posts(first: 2, filter: { creator: $id }) { totalCount } }',
        'query ($id: ID!) { compareCampaigns(ids: [$id, $id]) { __typename ... on Error { code } } }',
        'mutation ($id: ID!) { archiveCampaign(id: $id) { __typename ... on Error { code } } }',
        'mutation ($id: ID!) { linkCampaignPosts(campaignId: $id, postIds: [$id]) { __typename ... on Error { code } } }',
        'mutation ($id: ID!) { addCampaignMember(input: { campaignId: $id, accountId: $id }) { __typename ... on Error { code } } }',
      ]);
      return {
        kind: 'ids',
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, ...json },
        body: jsonBody({ query, variables: { id } }),
      };
    },
    // Bad Authorization headers.
    () => {
      const authorization = rng.pick<string | string[]>([
        '',
        'Bearer',
        'Bearer ',
        `Basic ${Buffer.from('user:pass').toString('base64')}`,
        `bearer ${key}x`,
        `Bearer ${key} extra`,
        `Bearer  ${key.slice(0, -1)}`,
        `Bearer ${'a'.repeat(rng.int(100, 8_000))}`,
        `Bearer cg_${rng.string(8)}_${rng.string(32)}`,
        `Token ${key}`,
        [`Bearer ${key}`, 'Bearer other'],
        `Bearer ${Buffer.from(rng.bytes(12).map((b) => (b < 33 || b === 127 ? 66 : b))).toString('latin1')}`,
        `Bearer ${key.toUpperCase()}`,
      ]);
      return {
        kind: 'authorization',
        method: rng.pick(['POST', 'GET']),
        path: rng.pick(['/graphql', '/graphql?query=%7B__typename%7D', '/export/creators.csv']),
        headers: { ...json, authorization },
        body: jsonBody(valid()),
      };
    },
    // Wrong methods and paths.
    () => ({
      kind: 'method',
      method: rng.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'GET', 'POST']),
      path: rng.pick([
        '/graphql',
        '/graphql/',
        '/GRAPHQL',
        '/graphql?query=mutation%20%7B__typename%7D',
        '/graphql/../health',
        '/export/creators.csv',
        '/export/creators.xml',
        '/export/..%2f..%2fetc%2fpasswd',
        '/export/%00.csv',
        '/health?x=1',
        '/ready',
        `/${rng.string(rng.int(1, 30), 'abc%/.?&=')}`,
        `/graphql?${'a=1&'.repeat(rng.int(1, 2_000))}`,
      ]),
      headers: { ...auth, ...json, origin: rng.pick(['https://evil.example', 'null']) },
      body: rng.bool() ? jsonBody(valid()) : undefined,
    }),
    // GET with odd parameters.
    () => {
      const params = new URLSearchParams();
      params.set('query', rng.pick([...VALID_QUERIES, 'mutation { __typename }', '{', '']));
      if (rng.bool(0.7))
        params.set(
          'variables',
          rng.pick(['{first: 3', 'not json', '[1,2', 'null', '{}', '"x"', JSON.stringify({ first: oddValue(rng) })]),
        );
      if (rng.bool(0.4))
        params.set(
          'extensions',
          rng.pick(['{bad', '[]', '{"persistedQuery":{"version":1,"sha256Hash":"00"}}', 'null']),
        );
      if (rng.bool(0.3)) params.set('operationName', rng.pick(['', 'Nope', '{', 'x'.repeat(500)]));
      if (rng.bool(0.2)) params.append('query', '{ __typename }');
      if (rng.bool(0.2))
        params.set('documentId', rng.pick(['sha256:00', 'sha256:', 'x', `sha256:${'f'.repeat(64)}`, 'f'.repeat(64)]));
      return {
        kind: 'GET',
        method: 'GET',
        path: `/graphql?${params.toString()}`,
        headers: { ...auth, accept: json.accept },
      };
    },
    // Trusted documents and persisted queries that do not exist.
    () => ({
      kind: 'documentId',
      method: 'POST',
      path: '/graphql',
      headers: { ...auth, ...json },
      body: jsonBody(
        rng.pick([
          { documentId: `sha256:${rng.string(64, '0123456789abcdef')}` },
          { documentId: rng.string(rng.int(0, 100)) },
          { documentId: 7 },
          { documentId: `sha256:${'a'.repeat(64)}`, query: '{ __typename }' },
          { extensions: { persistedQuery: { version: 1, sha256Hash: rng.string(64, '0123456789abcdef') } } },
          { extensions: { persistedQuery: { version: 'x' } } },
          { extensions: { persistedQuery: null } },
        ]),
      ),
    }),
    // Multipart that is not what it says.
    () => {
      const boundary = rng.string(rng.int(1, 70));
      return {
        kind: 'multipart',
        method: 'POST',
        path: '/graphql',
        headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${rng.pick(['operations', 'map', '0', ''])}"\r\n\r\n`,
          ),
          rng.bool() ? rng.bytes(rng.int(0, 2_000)) : jsonBody(valid()),
          Buffer.from(rng.bool() ? `\r\n--${boundary}--\r\n` : ''),
        ]),
      };
    },
    // Operation selection mistakes.
    () => ({
      kind: 'operations',
      method: 'POST',
      path: '/graphql',
      headers: { ...auth, ...json },
      body: jsonBody(
        rng.pick([
          { query: 'query A { __typename } query B { __typename }' },
          { query: 'query A { __typename } query A { __typename }', operationName: 'A' },
          { query: '{ __typename } { __typename }' },
          { query: 'query A { __typename }', operationName: 'B' },
          { query: 'fragment F on Query { __typename }' },
          { query: 'subscription { campaignMetricsUpdated(campaignId: "x") { at } }' },
          { query: 'mutation { __typename }', operationName: null },
          { query: 'query ($a: Int = "x") { __typename }' },
          { query: 'query ($a: Nope) { __typename }', variables: { a: 1 } },
          { query: 'query { __typename @deprecated }' },
          { query: `query { ${'creators(first: 1) { totalCount } '.repeat(2)} }` },
        ]),
      ),
    }),
  ];
  return rng.pick(kinds)();
}
