import { createApiKey, InProcessCampaignEvents, loadConfig, Organization } from '@creatorgraph/core';
import { type CatalogFixture, createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnavailableError, toClientError } from '../src/http/errors.js';
import { yogaLogger } from '../src/observability/logging.js';
import { ANONYMOUS, OTHER, operationLabels, outcomeOf } from '../src/observability/metrics.js';
import { createServer } from '../src/yoga.js';
import { dialects, NOW, unlimited } from './harness.js';
import { captureLogs, parseMetrics } from './observe.js';
import { sse } from './sse.js';

describe('outcomes and operation labels', () => {
  it('classifies a response by its worst code, then by its status', () => {
    expect(outcomeOf([], 200)).toEqual({ outcome: 'ok', code: '' });
    expect(outcomeOf(['NOT_FOUND'], 200)).toEqual({ outcome: 'caller_error', code: 'NOT_FOUND' });
    expect(outcomeOf(['NOT_FOUND', 'RATE_LIMITED'], 429)).toEqual({ outcome: 'refused', code: 'RATE_LIMITED' });
    expect(outcomeOf(['OVERLOADED'], 503)).toEqual({ outcome: 'refused', code: 'OVERLOADED' });
    expect(outcomeOf(['RATE_LIMITED', 'SERVICE_UNAVAILABLE'], 503)).toEqual({
      outcome: 'unavailable',
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(outcomeOf(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'], 503)).toEqual({
      outcome: 'internal_error',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(outcomeOf([], 500)).toEqual({ outcome: 'internal_error', code: 'HTTP_500' });
    expect(outcomeOf([], 415)).toEqual({ outcome: 'caller_error', code: 'HTTP_415' });
    // A code nobody chose never becomes a label of its own.
    expect(outcomeOf(['made up by a plugin'], 200)).toEqual({ outcome: 'caller_error', code: 'OTHER' });
  });

  it('keeps the first names, buckets the rest, anonymous and malformed ones', () => {
    const label = operationLabels(2);
    expect(label('Top')).toBe('Top');
    expect(label(undefined)).toBe(ANONYMOUS);
    expect(label('{ creators { name } }')).toBe(OTHER);
    expect(label('Second')).toBe('Second');
    expect(label('Third')).toBe(OTHER);
    expect(label('Top')).toBe('Top');
  });
});

describe('database outages are unavailable, not bugs', () => {
  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    ['a refused connection', coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a timed-out connection', coded('connect ETIMEDOUT', 'ETIMEDOUT')],
    ['an administrator shutdown (57P01)', coded('terminating connection due to administrator command', '57P01')],
    ['a server starting up (57P03)', coded('the database system is starting up', '57P03')],
    ['a connection exception (class 08)', coded('connection failure', '08006')],
    ['a socket closed under a query', new Error('Connection terminated unexpectedly')],
    [
      'a pool acquire timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    ['a busy SQLite file', coded('database is locked', 'SQLITE_BUSY')],
    ['a locked SQLite table', coded('database table is locked', 'SQLITE_LOCKED_SHAREDCACHE')],
    [
      'one refused address of several',
      new AggregateError([coded('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
    ],
    ['a cause', new Error('query failed', { cause: coded('read ECONNRESET', 'ECONNRESET') })],
  ])('%s', (_what, error) => {
    expect(isUnavailableError(error)).toBe(true);
    const masked = toClientError(
      new GraphQLError('x', { originalError: error, path: ['creators'] }),
      'Unexpected error.',
    );
    expect((masked as GraphQLError).extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: 5,
      http: { status: 503, headers: { 'Retry-After': '5' } },
    });
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation (23505)', coded('duplicate key value violates unique constraint', '23505')],
    ['a syntax error (42601)', coded('syntax error at or near "selec"', '42601')],
    ['a missing table', coded('no such table: creator', 'SQLITE_ERROR')],
  ])('but %s stays an internal error', (_what, error) => {
    expect(isUnavailableError(error)).toBe(false);
    const masked = toClientError(error, 'Unexpected error.');
    expect((masked as GraphQLError).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional, empty means unset, and a short one is refused', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32) }).METRICS_TOKEN).toBe('a'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('Yoga logger', () => {
  it('gives Yoga lines a msg and keeps masked errors at debug', () => {
    const { logger, lines } = captureLogs();
    const yoga = yogaLogger(logger);
    yoga.info('Processing GraphQL Parameters');
    yoga.warn('something odd', { detail: 1 });
    yoga.error(new Error('masked'));
    yoga.error('a real problem');
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'Processing GraphQL Parameters'],
      [40, 'something odd'],
      [20, 'masked: masked'],
      [50, 'a real problem'],
    ]);
    for (const line of lines) expect(line).not.toHaveProperty('0');
  });
});

/** Waits (up to 5 s) until `check` holds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const TOKEN = 'metrics-token-0123456789abcdef';
const QUERY = 'query TopCreators($first: Int!) { creators(first: $first) { nodes { name } } }';

describe.each(dialects)('observability (%s)', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let key: string;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 6, postsPerAccount: 2, end: NOW });
    key = fixture.orgs[0]?.key as string;
  });
  afterAll(() => db.destroy());

  function server(options: Partial<Parameters<typeof createServer>[0]> = {}) {
    const logs = captureLogs();
    const yoga = createServer({
      db,
      now: () => NOW,
      rateLimiter: unlimited(),
      logger: logs.logger,
      profile: 'production',
      metricsToken: TOKEN,
      ...options,
    });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: JSON.stringify(body),
      });
    const scrape = async () => {
      const res = await yoga.fetch('http://localhost/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return parseMetrics(await res.text());
    };
    return { yoga, post, scrape, lines: logs.lines };
  }

  it('counts requests by operation and outcome, with latency and cost', async () => {
    const s = server();
    const ok = { operation: 'TopCreators', type: 'query', outcome: 'ok', code: '' };
    const before = await s.scrape();
    expect(before.value('creatorgraph_requests_total', ok)).toBeUndefined();
    expect((await s.post({ query: QUERY, variables: { first: 3 } })).status).toBe(200);
    expect((await s.post({ query: QUERY, variables: { first: 2 } })).status).toBe(200);
    // A caller mistake: a variable of the wrong type.
    expect((await s.post({ query: QUERY, variables: { first: 'many' } })).status).toBe(200);
    // Anonymous, and a request refused before any work.
    await s.post({ query: '{ creators(first: 1) { nodes { name } } }' });
    expect((await s.post({ query: '{ __typename }' }, { authorization: 'Bearer nope' })).status).toBe(401);

    const after = await s.scrape();
    expect(after.value('creatorgraph_requests_total', ok)).toBe(2);
    expect(
      after.value('creatorgraph_requests_total', {
        operation: 'TopCreators',
        type: 'query',
        outcome: 'caller_error',
        code: 'BAD_USER_INPUT',
      }),
    ).toBe(1);
    expect(
      after.value('creatorgraph_requests_total', { operation: ANONYMOUS, type: 'query', outcome: 'ok', code: '' }),
    ).toBe(1);
    expect(
      after.value('creatorgraph_requests_total', {
        operation: '(unknown)',
        type: 'none',
        outcome: 'caller_error',
        code: 'UNAUTHENTICATED',
      }),
    ).toBe(1);
    expect(
      after.value('creatorgraph_request_duration_seconds_count', {
        operation: 'TopCreators',
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(2);
    expect(
      after.value('creatorgraph_query_cost_points_total', { operation: 'TopCreators', kind: 'requested' }),
    ).toBeGreaterThan(0);
    expect(
      after.value('creatorgraph_query_cost_points_total', { operation: 'TopCreators', kind: 'actual' }),
    ).toBeGreaterThan(0);
    // The pool, the gate and the process are there too.
    expect(after.value('creatorgraph_db_pool_connections', { state: 'used' })).toBe(0);
    expect(after.value('creatorgraph_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(1);
    expect(after.value('creatorgraph_requests_in_flight')).toBe(0);
    expect(
      after.value('creatorgraph_backpressure_queue_seconds_count', { outcome: 'admitted' }),
    ).toBeGreaterThanOrEqual(5);
    expect(after.names.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(after.value('creatorgraph_subscriptions_open')).toBe(0);
  });

  it('counts exports by file, with their cost', async () => {
    const s = server();
    const res = await s.yoga.fetch('http://localhost/export/creators.csv', {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    await res.text();
    const m = await s.scrape();
    expect(
      m.value('creatorgraph_requests_total', { operation: 'creators.csv', type: 'export', outcome: 'ok', code: '' }),
    ).toBe(1);
    expect(m.value('creatorgraph_query_cost_points_total', { operation: 'creators.csv', kind: 'requested' })).toBe(1);
    expect(s.lines.find((l) => l.msg === 'request')).toMatchObject({
      path: '/export/creators.csv',
      operation: 'creators.csv',
      operationType: 'export',
      status: 200,
    });
  });

  it('keeps its own registry: a second server starts from zero', async () => {
    const a = server();
    await a.post({ query: QUERY, variables: { first: 1 } });
    const b = server();
    const ok = { operation: 'TopCreators', type: 'query', outcome: 'ok', code: '' };
    expect((await a.scrape()).value('creatorgraph_requests_total', ok)).toBe(1);
    expect((await b.scrape()).value('creatorgraph_requests_total', ok)).toBeUndefined();
  });

  it('serves /metrics only for the token in production, and on loopback in the demo profile', async () => {
    const s = server();
    expect((await s.yoga.fetch('http://localhost/metrics')).status).toBe(401);
    const wrong = await s.yoga.fetch('http://localhost/metrics', { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Without a token, production does not serve it at all.
    const closed = server({ metricsToken: undefined });
    expect((await closed.yoga.fetch('http://localhost/metrics')).status).toBe(404);
    const demo = server({ metricsToken: undefined, profile: 'demo' });
    expect((await demo.yoga.fetch('http://localhost/metrics')).status).toBe(200);
    const remote = { req: { socket: { remoteAddress: '203.0.113.9' } } };
    expect((await demo.yoga.fetch('http://localhost/metrics', {}, remote)).status).toBe(404);
  });

  it('echoes a request id in the header and in extensions, and logs one access line without secrets', async () => {
    const s = server();
    const res = await s.post(
      { query: QUERY, variables: { first: 2 }, operationName: 'TopCreators' },
      { 'x-request-id': 'edge-42.a:b' },
    );
    expect(res.headers.get('x-request-id')).toBe('edge-42.a:b');
    const body = await res.json();
    expect(body.extensions.requestId).toBe('edge-42.a:b');

    // A malformed id is replaced by one of the server's.
    const bad = await s.post({ query: QUERY, variables: { first: 2 } }, { 'x-request-id': 'x'.repeat(200) });
    const generated = bad.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect((await bad.json()).extensions.requestId).toBe(generated);

    const access = s.lines.filter((l) => l.msg === 'request');
    expect(access).toHaveLength(2);
    const org = fixture.orgs[0] as CatalogFixture['orgs'][number];
    expect(access[0]).toMatchObject({
      level: 30,
      requestId: 'edge-42.a:b',
      method: 'POST',
      path: '/graphql',
      status: 200,
      organizationId: org.id,
      organization: org.slug,
      operation: 'TopCreators',
      operationType: 'query',
      outcome: 'ok',
      cost: { requested: expect.any(Number), actual: expect.any(Number) },
    });
    expect(access[0]?.ms).toEqual(expect.any(Number));
    expect(access[1]?.requestId).toBe(generated);
    const all = JSON.stringify(s.lines);
    expect(all).not.toContain(key);
    expect(all).not.toContain('creators(first');
    expect(all.toLowerCase()).not.toContain('authorization');
  });

  it('logs caller mistakes at info, with their code and no stack', async () => {
    const s = server();
    await s.post({ query: QUERY, variables: { first: 'many' } });
    await s.post({ query: '{ nope }' });
    expect(s.lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
    const access = s.lines.filter((l) => l.msg === 'request');
    expect(access.map((l) => [l.level, l.outcome, l.code])).toEqual([
      [30, 'caller_error', 'BAD_USER_INPUT'],
      [30, 'caller_error', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
    // Yoga's own lines all carry a message.
    for (const line of s.lines) expect(typeof line.msg).toBe('string');
  });

  it('logs an internal error once, at error, with the request id', async () => {
    // A table gone from under the server: a bug to fix, not the caller's doing.
    const broken = await createTestDatabase(dialect);
    try {
      const seeded = await seedCatalog(broken.em.fork(), { creators: 2, postsPerAccount: 1, end: NOW });
      await broken.em.getConnection().getKnex().raw('alter table creators rename to creators_gone');
      const s = server({ db: broken });
      const res = await s.post(
        { query: QUERY, variables: { first: 1 } },
        { authorization: `Bearer ${seeded.orgs[0]?.key}` },
      );
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      const errors = s.lines.filter((l) => (l.level as number) >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        msg: 'internal error',
        requestId: body.extensions.requestId,
        operation: 'TopCreators',
      });
      expect(JSON.stringify(errors[0]?.err)).toContain('creators');
      const access = s.lines.filter((l) => l.msg === 'request');
      expect(access).toMatchObject([{ level: 40, outcome: 'internal_error', code: 'INTERNAL_SERVER_ERROR' }]);
      const metrics = await s.scrape();
      expect(
        metrics.value('creatorgraph_requests_total', {
          operation: 'TopCreators',
          type: 'query',
          outcome: 'internal_error',
          code: 'INTERNAL_SERVER_ERROR',
        }),
      ).toBe(1);
    } finally {
      await broken.destroy();
    }
  });

  it('counts import rows by file kind and outcome', async () => {
    const em = db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: (fixture.orgs[0] as CatalogFixture['orgs'][number]).id });
    const catalogKey = (await createApiKey(em, org, 'importer', ['catalog_write'])).raw;
    const s = server({ profile: 'demo' });
    const creators = 'creator_ref,name,country,niches\nobs-1,One,US,travel\nobs-2,Two,FR,food\nobs-3,,FR,food\n';
    const send = async () => {
      const form = new FormData();
      const query = 'mutation Import($files: [Upload!]!) { importData(files: $files) { __typename } }';
      form.set('operations', JSON.stringify({ query, variables: { files: [null] } }));
      form.set('map', JSON.stringify({ 0: ['variables.files.0'] }));
      form.set('0', new File([creators], 'creators.csv', { type: 'text/csv' }));
      const res = await s.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { authorization: `Bearer ${catalogKey}` },
        body: form,
      });
      expect((await res.json()).data.importData.__typename).toBe('ImportDataPayload');
    };
    await send();
    await send();
    const m = await s.scrape();
    // Two good rows, one without a name; the second run finds the two unchanged.
    expect(m.value('creatorgraph_import_rows_total', { kind: 'creators', outcome: 'inserted' })).toBe(2);
    expect(m.value('creatorgraph_import_rows_total', { kind: 'creators', outcome: 'unchanged' })).toBe(2);
    expect(m.value('creatorgraph_import_rows_total', { kind: 'creators', outcome: 'rejected' })).toBe(2);
    expect(m.value('creatorgraph_import_rows_total', { kind: 'creators', outcome: 'updated' })).toBeUndefined();
    const access = s.lines.filter((l) => l.msg === 'request');
    expect(access[0]).toMatchObject({ operation: 'Import', operationType: 'mutation', status: 200 });
    // The uploaded rows never reach the log.
    expect(JSON.stringify(s.lines)).not.toContain('obs-1');
  });

  it('counts open subscriptions until their stream ends', async () => {
    const events = new InProcessCampaignEvents();
    const s = server({ campaignEvents: events });
    const campaignId = fixture.campaignIds[(fixture.orgs[0] as CatalogFixture['orgs'][number]).slug]?.[0] as number;
    const res = await s.post(
      {
        query: 'subscription Live($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }',
        variables: { id: btoa(`Campaign:${campaignId}`) },
      },
      { accept: 'text/event-stream' },
    );
    const stream = sse(res);
    try {
      await until(async () => events.listenerCount(campaignId) > 0);
      events.publish({
        campaignId,
        organizationId: (fixture.orgs[0] as CatalogFixture['orgs'][number]).id,
        reason: 'MEMBER_ADDED',
        at: NOW,
      });
      expect((await stream.next())?.data.data.campaignMetricsUpdated.reason).toBe('MEMBER_ADDED');
      expect((await s.scrape()).value('creatorgraph_subscriptions_open')).toBe(1);
    } finally {
      await stream.cancel();
    }
    await until(async () => (await s.scrape()).value('creatorgraph_subscriptions_open') === 0);
    expect(res.headers.get('x-request-id')).toEqual(expect.any(String));
    const access = s.lines.filter((l) => l.msg === 'request');
    expect(access[0]).toMatchObject({ operation: 'Live', operationType: 'subscription', status: 200 });
  });

  it('counts refusals of the budget and of backpressure', async () => {
    const s = server({ rateLimiter: undefined, maxQueryCost: 5 });
    const refused = await s.post({ query: QUERY, variables: { first: 50 } });
    expect(refused.status).toBe(400);
    const metrics = await s.scrape();
    expect(metrics.value('creatorgraph_rate_limit_refusals_total', { reason: 'query_too_costly' })).toBe(1);

    // One slot, no queue: a second request while the first holds it is refused with OVERLOADED.
    const busy = server({ backpressure: { maxInFlight: 1, maxQueue: 0 } });
    const slow = busy.post({ query: QUERY, variables: { first: 3 } });
    const second = await busy.post({ query: QUERY, variables: { first: 3 } });
    await slow;
    expect(second.status).toBe(503);
    const m = await busy.scrape();
    expect(m.value('creatorgraph_backpressure_refusals_total')).toBe(1);
    expect(m.value('creatorgraph_backpressure_queue_seconds_count', { outcome: 'refused' })).toBe(1);
    expect(
      m.value('creatorgraph_requests_total', {
        operation: '(unknown)',
        type: 'none',
        outcome: 'refused',
        code: 'OVERLOADED',
      }),
    ).toBe(1);
  });
});

describe('createLogger', () => {
  it('redacts secrets handed to it by mistake', () => {
    const { logger, lines } = captureLogs();
    logger.info({ headers: { authorization: 'Bearer cg_secret' }, variables: { key: 'cg_secret' } }, 'oops');
    expect(JSON.stringify(lines)).not.toContain('cg_secret');
    expect(pino.levels.values.info).toBe(lines[0]?.level);
  });
});
