import { connect, createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { type Database, initORM } from '@creatorgraph/core';
import { type CatalogFixture, postgresRequired, scratchDatabase, seedCatalog } from '@creatorgraph/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ormLogging } from '../src/observability/logging.js';
import { createServer } from '../src/yoga.js';
import { NOW, unlimited } from './harness.js';
import { captureLogs, parseMetrics } from './observe.js';

/**
 * A database outage while the server runs: requests answer 503 with Retry-After and SERVICE_UNAVAILABLE
 * (so clients and proxies retry), are logged as an outage rather than as bugs, and the server serves again
 * once the database is back.
 */

const QUERY = 'query Few { creators(first: 2) { nodes { name } } }';
const TOKEN = 'metrics-token-0123456789abcdef';

function serverOn(db: Database) {
  const logs = captureLogs();
  const yoga = createServer({ db, now: () => NOW, rateLimiter: unlimited(), logger: logs.logger, metricsToken: TOKEN });
  const post = (key: string, query = QUERY, variables: Record<string, unknown> = {}) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
  const scrape = async () =>
    parseMetrics(
      await (await yoga.fetch('http://localhost/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).text(),
    );
  return { post, scrape, lines: logs.lines };
}

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  const body = await res.json();
  expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 5 });
  expect(body.errors[0].message).not.toMatch(/ECONNREFUSED|terminated|locked|127\.0\.0\.1/);
  return body;
}

/** A TCP relay to PostgreSQL that the test can cut (every connection dropped, nothing listening) and restore. */
async function relay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      const listening = createTcpServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server = listening;
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    async cut() {
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    restore: listen,
  };
}

describe.runIf(postgresRequired())('a PostgreSQL outage while serving', () => {
  const libraryLogs = captureLogs();
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let link: Awaited<ReturnType<typeof relay>>;
  let db: Database;
  let fixture: CatalogFixture;

  beforeAll(async () => {
    scratch = await scratchDatabase('postgresql');
    const url = new URL(scratch.url);
    link = await relay({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(link.port);
    db = await initORM({ databaseUrl: url.toString(), overrides: ormLogging(libraryLogs.logger) });
    fixture = await seedCatalog(db.em.fork(), { creators: 3, postsPerAccount: 1, end: NOW });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await db?.close();
    await scratch?.drop();
  });

  it('answers 503 with Retry-After while the database is gone, and serves again when it is back', async () => {
    const s = serverOn(db);
    const key = fixture.orgs[0]?.key as string;
    // Warm: the key is verified and cached, so the outage is met by the query itself.
    expect((await s.post(key)).status).toBe(200);

    vi.spyOn(console, 'log');
    await link.cut();
    // Open connections die under the server, and new ones are refused.
    const first = await expectUnavailable(await s.post(key));
    expect(first.extensions.requestId).toEqual(expect.any(String));
    await expectUnavailable(await s.post(key));

    // Logged as an outage (warn, with its cause), not as a bug with a stack.
    expect(s.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    const outages = s.lines.filter((l) => l.msg === 'request' && l.outcome === 'unavailable');
    expect(outages).toHaveLength(2);
    expect(outages[0]).toMatchObject({
      level: 40,
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      cause: expect.any(String),
    });
    const metrics = await s.scrape();
    expect(
      metrics.value('creatorgraph_requests_total', {
        operation: 'Few',
        type: 'query',
        outcome: 'unavailable',
        code: 'SERVICE_UNAVAILABLE',
      }),
    ).toBe(2);

    // pg's complaints reach the log as JSON, not the console.
    expect(console.log).not.toHaveBeenCalled();

    await link.restore();
    const back = await s.post(key);
    expect(back.status).toBe(200);
    expect((await back.json()).data.creators.nodes).toHaveLength(2);
  });
});

describe('a locked SQLite file', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let db: Database;
  let fixture: CatalogFixture;

  beforeAll(async () => {
    scratch = await scratchDatabase('sqlite');
    db = await initORM({ databaseUrl: scratch.url });
    fixture = await seedCatalog(db.em.fork(), { creators: 3, postsPerAccount: 1, end: NOW });
    // Give up on a held lock after 50 ms instead of the driver's 5 s.
    await db.em.getConnection().getKnex().raw('pragma busy_timeout = 50');
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  it('answers a write 503 while another process holds the write lock, and writes once it is released', async () => {
    const s = serverOn(db);
    const key = fixture.orgs[0]?.key as string;
    const create = `mutation Create($input: CreateCampaignInput!) { createCampaign(input: $input) { __typename } }`;
    const input = {
      name: 'Spring',
      brand: 'Acme',
      budget: { amountMinor: 100_000, currency: 'USD' },
      currency: 'USD',
      goal: 'AWARENESS',
      startsAt: '2026-07-01T00:00:00Z',
    };
    expect((await s.post(key)).status).toBe(200);

    // Another process (here: another connection) in the middle of a write transaction.
    const other = await initORM({ databaseUrl: scratch.url, migrate: false });
    const trx = await other.em.getConnection().getKnex().transaction();
    try {
      await trx.raw('update organizations set name = name');
      await expectUnavailable(await s.post(key, create, { input }));
      // Reads go on (WAL).
      expect((await s.post(key)).status).toBe(200);
    } finally {
      await trx.rollback();
      await other.close();
    }
    const written = await s.post(key, create, { input });
    expect(written.status).toBe(200);
    expect((await written.json()).data.createCampaign.__typename).toBe('CreateCampaignPayload');
  });
});
