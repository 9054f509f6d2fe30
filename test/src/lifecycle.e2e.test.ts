import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { Creator, initORM } from '@creatorgraph/core';
import { PG_ADMIN_URL, scratchDatabase, TEST_DIALECTS } from '@creatorgraph/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './child.js';
import { type ProcessServer, ROOT, serverCommand, startProcessServer } from './process-server.js';

/**
 * The process lifecycle as an operator meets it: graceful shutdown with work in flight, migrations as a
 * step (two at once), and the refusals of a production start, each with one paragraph and no stack.
 */

/** Runs the server or migrate entry to its exit; returns its code and output. */
function run(entry: 'main' | 'migrate', env: Record<string, string>, timeoutMs = 30_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, serverCommand(entry), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The refusal printed on stderr: one paragraph, no stack trace, no driver object dump. */
function expectOneParagraph(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^creatorgraph cannot start: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |Unhandled error event/);
}

describe('graceful shutdown (SIGTERM with work in flight)', () => {
  let server: ProcessServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('finishes a slow import whole, completes open streams, answers 503 meanwhile, then exits 0', async () => {
    server = await startProcessServer({
      profile: 'production',
      dialect: 'sqlite',
      creators: 12,
      env: { DRAIN_TIMEOUT_MS: '20000' },
    });
    const s = server;
    const demoKey = Object.entries(s.keys).find(([slug]) => slug !== 'e2e-partner')?.[1] as string;
    const campaigns = await (
      await fetch(s.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${demoKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ campaigns(first: 1) { nodes { id } } }' }),
      })
    ).json();
    const campaignId = campaigns.data.campaigns.nodes[0].id as string;

    // An open subscription (SSE).
    const stream = await fetch(s.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${demoKey}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { campaignMetricsUpdated(campaignId: $id) { reason } }',
        variables: { id: campaignId },
      }),
    });
    expect(stream.status).toBe(200);
    const streamText = stream.text();

    // A slow import: 4,000 creators uploaded over about 2 s, as a slow client would.
    const rows = 4_000;
    const ref = `drain-${Date.now()}`;
    const csv = `creator_ref,name,country,niches\n${Array.from({ length: rows }, (_, i) => `${ref}-${i},Drain ${i},US,travel`).join('\n')}\n`;
    const boundary = 'lifecycle-boundary';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({
          query:
            'mutation($files: [Upload!]!) { importData(files: $files) { ... on ImportDataPayload { report { inserted } } } }',
          variables: { files: [null] },
        }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.files.0"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="creators.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
    );
    const upload = new Promise<{ status: number; text: string }>((done, fail) => {
      const req = httpRequest(
        `${s.url}`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${s.catalogKey}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': body.length,
            'graphql-require-preflight': '1',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c;
          });
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', fail);
      const pieces = 20;
      const size = Math.ceil(body.length / pieces);
      let i = 0;
      const next = () => {
        if (i >= pieces) return void req.end();
        req.write(body.subarray(i * size, (i + 1) * size));
        i++;
        setTimeout(next, 100);
      };
      next();
    });

    // SIGTERM while the upload is a quarter through.
    await new Promise((r) => setTimeout(r, 500));
    s.signal('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));

    const ready = await fetch(`${s.origin}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await ready.json()).status).toBe('draining');
    const health = await fetch(`${s.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const refused = await fetch(s.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { keyPrefix } }' }),
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('connection')).toBe('close');
    expect((await refused.json()).errors[0].extensions.code).toBe('SHUTTING_DOWN');

    // The stream ended with `complete`.
    expect(await streamText).toMatch(/event: complete/);

    const imported = await upload;
    expect(imported.status, imported.text).toBe(200);
    expect(JSON.parse(imported.text).data.importData.report.inserted).toBe(rows);
    expect(await s.exited()).toBe(0);

    const db = await initORM({ databaseUrl: s.databaseUrl, migrate: false, createDatabase: false });
    try {
      expect(await db.em.fork().count(Creator, { ref: { $like: `${ref}-%` } })).toBe(rows);
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe.each(TEST_DIALECTS)('npm run migrate (%s)', (dialect) => {
  it('two migrate processes at once on a fresh database both exit 0, one applying, one finding nothing to do', async () => {
    const database = await scratchDatabase(dialect);
    try {
      const [a, b] = await Promise.all([
        run('migrate', { DATABASE_URL: database.url }),
        run('migrate', { DATABASE_URL: database.url }),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const outputs = [a.stdout, b.stdout].sort();
      expect(outputs[0]).toMatch(/^migrate: applied \d+ migrations/);
      expect(outputs[1]).toMatch(/^migrate: nothing to do/);
    } finally {
      await database.drop();
    }
  }, 60_000);
});

describe('a production start that must refuse', () => {
  const production = async (env: Record<string, string>) =>
    run('main', {
      PROFILE: 'production',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ...env,
    });

  it.each(TEST_DIALECTS)(
    'refuses an unmigrated database, naming npm run migrate (%s)',
    async (dialect) => {
      const database = await scratchDatabase(dialect);
      try {
        if (dialect === 'sqlite') {
          // An existing but empty SQLite file.
          const db = await initORM({ databaseUrl: database.url, migrate: false });
          await db.close();
        }
        const { code, stderr } = await production({ DATABASE_URL: database.url });
        expect(code).toBe(1);
        expectOneParagraph(stderr, /schema is not current.*npm run migrate/);
      } finally {
        await database.drop();
      }
    },
    30_000,
  );

  it.runIf(TEST_DIALECTS.includes('postgresql'))(
    'refuses a missing database and does not create it',
    async () => {
      const name = `cg_missing_${Date.now()}`;
      const { code, stderr } = await production({ DATABASE_URL: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) });
      expect(code).toBe(1);
      expectOneParagraph(stderr, new RegExp(`database ${name} does not exist`));
      const admin = await initORM({ databaseUrl: PG_ADMIN_URL, migrate: false });
      try {
        expect(await admin.em.getConnection().execute('select 1 from pg_database where datname = ?', [name])).toEqual(
          [],
        );
      } finally {
        await admin.close();
      }
    },
    30_000,
  );

  it('explains an unreachable PostgreSQL in one paragraph', async () => {
    const port = await freePort();
    const { code, stderr } = await production({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${port}/cg` });
    expect(code).toBe(1);
    expectOneParagraph(stderr, new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port} is unreachable \\(ECONNREFUSED\\)`));
    expect(stderr).not.toContain('secret');
  }, 30_000);

  it('explains an unreachable Redis in one paragraph, without an error flood', async () => {
    const database = await scratchDatabase('sqlite');
    try {
      expect((await run('migrate', { DATABASE_URL: database.url })).code).toBe(0);
      const port = await freePort();
      const { code, stderr, ms } = await production({
        DATABASE_URL: database.url,
        REDIS_URL: `redis://127.0.0.1:${port}`,
      });
      expect(code).toBe(1);
      expectOneParagraph(stderr, new RegExp(`Redis at 127\\.0\\.0\\.1:${port} is unreachable`));
      expect(ms).toBeLessThan(15_000);
    } finally {
      await database.drop();
    }
  }, 30_000);
});
