import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@creatorgraph/cli';
import { Creator, createApiKey, Organization } from '@creatorgraph/core';
import { createMemoryRateLimiter, createServer } from '@creatorgraph/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsWithPosts, dialects, type LiveServer, NOW, startLiveServer } from './live-server.js';

/** Runs the CLI in process against `url` with `key`; no config file, no colours. */
async function cli(args: string[], options: { url: string; key?: string; env?: Record<string, string> }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: {
      CREATORGRAPH_URL: options.url,
      ...(options.key ? { CREATORGRAPH_API_KEY: options.key } : {}),
      CREATORGRAPH_CONFIG: join(tmpdir(), 'creatorgraph-cli-e2e-none.json'),
      ...options.env,
    },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe.each(dialects)('the creatorgraph CLI against a live server on %s', (dialect) => {
  let live: LiveServer;
  let key: string;
  const c = (...args: string[]) => cli(args, { url: live.url, key });

  beforeAll(async () => {
    live = await startLiveServer(dialect);
    key = Object.values(live.keys)[0]!;
  });
  afterAll(() => live?.close());

  it('creators search filters and orders, as a table, JSON and CSV', async () => {
    const args = [
      'creators',
      'search',
      '--tier',
      'micro',
      '--min-sample-size',
      '3',
      '--order-by',
      'engagement-lower-bound',
      '--first',
      '5',
    ];
    const json = await c('--json', ...args);
    expect(json.code, json.stderr).toBe(0);
    const page = JSON.parse(json.stdout) as {
      totalCount: number;
      nodes: { metricAccount: { tier: string; engagement: { sampleSize: number } | null } | null }[];
    };
    expect(page.nodes.length).toBeGreaterThan(0);
    expect(page.nodes.length).toBeLessThanOrEqual(5);
    for (const n of page.nodes) {
      expect(n.metricAccount?.tier).toBe('MICRO');
      expect(n.metricAccount?.engagement?.sampleSize).toBeGreaterThanOrEqual(3);
    }

    const human = await c(...args);
    expect(human.code).toBe(0);
    const lines = human.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+platform\s+handle\s+tier\s+followers\s+engagement/);
    expect(lines).toHaveLength(page.nodes.length + 1);
    expect(lines[1]).toMatch(/MICRO .*\d+\.\d\d%/);
    expect(human.stderr).toMatch(new RegExp(`${page.nodes.length} of ${page.totalCount} creators`));

    const csv = await c('--csv', ...args);
    expect(csv.stdout.split('\n')[0]).toMatch(/^name,id,platform,handle,tier,followers,engagement,/);
    expect(csv.stdout.trimEnd().split('\n')).toHaveLength(page.nodes.length + 1);
  });

  it('creators search --all pages through every match', async () => {
    const one = JSON.parse((await c('--json', 'creators', 'search', '--tier', 'mid', '--first', '5')).stdout) as {
      totalCount: number;
    };
    const res = await c('--json', 'creators', 'search', '--tier', 'mid', '--first', '5', '--all');
    expect(res.code, res.stderr).toBe(0);
    const all = JSON.parse(res.stdout) as { nodes: { id: string }[] };
    expect(one.totalCount).toBeGreaterThan(5);
    expect(all.nodes).toHaveLength(one.totalCount);
    expect(new Set(all.nodes.map((n) => n.id)).size).toBe(one.totalCount);
  });

  it('creator show prints engagement with its method, the reliable rate, percentile, authenticity, growth and prices', async () => {
    const found = JSON.parse(
      (await c('--json', 'creators', 'search', '--platform', 'instagram', '--min-sample-size', '3', '--first', '1'))
        .stdout,
    ) as {
      nodes: { metricAccount: { handle: string } }[];
    };
    const handle = found.nodes[0]!.metricAccount.handle;
    const res = await c('creator', 'show', `@${handle}`, '--platform', 'instagram');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`INSTAGRAM @${handle}`);
    expect(res.stdout).toMatch(/engagement\s+\d+\.\d\d% from \d+ posts \(95% interval \d+\.\d\d% – \d+\.\d\d%\)/);
    expect(res.stdout).toMatch(/method\s+\w+ interactions \/ \w+, \w+ over the last \d+ (days|posts)/);
    expect(res.stdout).toMatch(/reliable rate\s+\d+\.\d\d% \(95% interval/);
    expect(res.stdout).toMatch(/percentile\s+(\d+(st|nd|rd|th) among \d+ peers|— .+)/);
    expect(res.stdout).toMatch(/authenticity\s+\d+(\.\d)?\/100/);
    expect(res.stdout).toMatch(/growth \(30 d\)/);
    expect(res.stdout).toMatch(/PHOTO\s+[\d,]+\.\d\d USD/);
    expect(res.stdout).toMatch(/REEL\s+[\d,]+\.\d\d USD/);

    const json = JSON.parse((await c('--json', 'creator', 'show', handle, '--platform', 'instagram')).stdout) as {
      accounts: { engagement: { method: { base: string } }; prices: { kind: string }[] }[];
    };
    expect(json.accounts[0]!.engagement.method.base).toBeTruthy();
    expect(json.accounts[0]!.prices).toHaveLength(7);
  });

  it('plan prints the plan beside all-micro and all-macro', async () => {
    const res = await c('plan', '--budget', '5,000 USD', '--goal', 'engagement', '--platform', 'instagram');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/plans for 5,000\.00 USD on INSTAGRAM/);
    expect(res.stdout).toMatch(/^BEST\s/m);
    expect(res.stdout).toMatch(/^ALL_MICRO\s/m);
    expect(res.stdout).toMatch(/^ALL_MACRO\s/m);
    expect(res.stdout).toMatch(/best plan: \d+ creators/);
    expect(res.stdout).toMatch(/all micro: \d+ creators/);
    expect(res.stdout).toMatch(/all macro: \d+ creators/);
    const json = JSON.parse(
      (await c('--json', 'plan', '--budget', '5000USD', '--goal', 'engagement', '--platform', 'instagram')).stdout,
    );
    expect(json.totals.cost.amountMinor).toBeLessThanOrEqual(500_000);
    expect(json.allMicro.selection.every((s: { tier: string }) => s.tier === 'MICRO')).toBe(true);
  });

  it('creates campaigns, adds members and compares them', async () => {
    const ids: string[] = [];
    const sdk = live.sdk(key);
    const [micro] = await accountsWithPosts(sdk, 'MICRO', 1, 2);
    const [macro] = await accountsWithPosts(sdk, 'MACRO', 1, 2);
    for (const [name, member] of [
      ['CLI micro', micro!],
      ['CLI macro', macro!],
    ] as const) {
      const created = await c(
        '--json',
        'campaigns',
        'create',
        '--name',
        name,
        '--brand',
        'Acme',
        '--goal',
        'engagement',
        '--budget',
        '5000USD',
        '--starts-at',
        '2026-05-01',
      );
      expect(created.code, created.stderr).toBe(0);
      const campaign = JSON.parse(created.stdout) as { id: string; budget: { amountMinor: number; currency: string } };
      expect(campaign.budget).toEqual({ amountMinor: 500_000, currency: 'USD' });
      ids.push(campaign.id);
      const added = await c(
        'campaigns',
        'add-member',
        campaign.id,
        member.id,
        '--fee',
        '250USD',
        '--deliverables',
        '2',
      );
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).toMatch(/fee 250\.00 USD/);
      const linked = await c('campaigns', 'link-posts', campaign.id, ...member.postIds);
      expect(linked.code, linked.stderr).toBe(0);
    }
    const shown = await c('campaigns', 'show', ids[0]!);
    expect(shown.stdout).toMatch(/spend\s+500\.00 USD of 5,000\.00 USD budget/);

    const compared = await c('campaigns', 'compare', ...ids, '--goal', 'engagement');
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stdout).toMatch(/CLI micro\s+CLI macro/);
    expect(compared.stdout).toMatch(/^ENGAGEMENT: CLI (micro|macro)/m);
    const json = JSON.parse((await c('--json', 'campaigns', 'compare', ...ids, '--goal', 'engagement')).stdout);
    expect(json.rows.map((r: { metric: string }) => r.metric)).toContain('CPE');
    const listed = await c('--csv', 'campaigns', 'list');
    expect(listed.stdout).toContain('CLI micro');

    // A campaign of another organization is not found: exit 1.
    const other = await cli(['campaigns', 'show', ids[0]!], { url: live.url, key: Object.values(live.keys)[1]! });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/not found/);
  });

  it('export streams a catalog table and watch prints live updates', async () => {
    const exported = await c('export', 'creators', '--filter', '{"tier":"MEGA"}');
    expect(exported.code, exported.stderr).toBe(0);
    const lines = exported.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^creator_ref,/);
    expect(lines.length).toBeGreaterThan(1);

    const sdk = live.sdk(key);
    const [member] = await accountsWithPosts(sdk, 'MICRO', 1, 2);
    const created = JSON.parse(
      (
        await c(
          '--json',
          'campaigns',
          'create',
          '--name',
          'CLI watch',
          '--brand',
          'Acme',
          '--goal',
          'engagement',
          '--budget',
          '1000USD',
        )
      ).stdout,
    ) as { id: string };
    const watching = c('--json', 'watch', created.id, '--count', '1');
    await new Promise((r) => setTimeout(r, 300));
    expect((await c('campaigns', 'add-member', created.id, member!.id)).code).toBe(0);
    const watched = await watching;
    expect(watched.code, watched.stderr).toBe(0);
    const update = JSON.parse(watched.stdout.trim()) as { reason: string; campaign: { metrics: { creators: number } } };
    expect(update.reason).toBe('MEMBER_ADDED');
    expect(update.campaign.metrics.creators).toBe(1);
  });

  it('exits 1 with a clear message for bad arguments and domain errors', async () => {
    const badTier = await c('creators', 'search', '--tier', 'giant');
    expect(badTier.code).toBe(1);
    expect(badTier.stderr).toMatch(/--tier <tier>.*expected one of nano, micro, mid, macro, mega/s);
    const noCurrency = await c('plan', '--budget', '5000', '--goal', 'engagement', '--platform', 'instagram');
    expect(noCurrency.code).toBe(1);
    expect(noCurrency.stderr).toMatch(/has no currency/);
    const invalid = await c(
      'campaigns',
      'create',
      '--name',
      ' ',
      '--brand',
      'Acme',
      '--goal',
      'engagement',
      '--budget',
      '5USD',
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/error: .*\n\s+input\.name: /);
    const badKey = await cli(['keys', 'list'], { url: live.url, key: 'cg_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB' });
    expect(badKey.code).toBe(1);
  });

  it('imports files with a report of inserted and rejected rows, and --strict exits 1 on a rejection', async () => {
    const em = live.db.em.fork();
    const [org] = await em.find(Organization, {}, { orderBy: { id: 'asc' }, limit: 1 });
    const writer = (await createApiKey(em, org!, 'cli import', ['admin', 'catalog_write'])).raw;
    const dir = await mkdtemp(join(tmpdir(), 'creatorgraph-cli-import-'));
    try {
      const file = join(dir, 'creators.csv');
      await writeFile(
        file,
        'creator_ref,name,country,niches\ncli-e2e-1,Cli One,US,travel\ncli-e2e-2,Cli Two,FR,food|travel\ncli-e2e-3,,XX,\n',
      );
      const imported = await cli(['--json', 'import', file], { url: live.url, key: writer });
      expect(imported.code, imported.stderr).toBe(0);
      const report = JSON.parse(imported.stdout) as { inserted: number; rejected: number };
      expect(report).toMatchObject({ inserted: 2, rejected: 1 });
      expect(await live.db.em.fork().count(Creator, { ref: { $like: 'cli-e2e-%' } })).toBe(2);
      const strict = await cli(['import', '--strict', file], { url: live.url, key: writer });
      expect(strict.code).toBe(1);
      // A key without CATALOG_WRITE is refused: a caller error.
      const refused = await cli(['import', file], { url: live.url, key });
      expect(refused.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when the server cannot be reached', async () => {
    const res = await cli(['keys', 'list'], { url: 'http://127.0.0.1:1/graphql', key });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^error: /);
    expect(res.stdout).toBe('');
  });

  it('exits 3 when the budget is spent, saying when it allows the operation again', async () => {
    // The live server's budget never runs out: a second server on the same database with a 100-point bucket (`keys list` costs 72).
    const limiter = createMemoryRateLimiter({ capacity: 100, restorePerSecond: 0.01, clock: () => NOW.getTime() });
    const server: Server = createHttpServer(createServer({ db: live.db, now: () => NOW, rateLimiter: limiter }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      let last = await cli(['keys', 'list'], { url, key });
      for (let i = 0; i < 30 && last.code === 0; i++) last = await cli(['keys', 'list'], { url, key });
      expect(last.code, last.stderr).toBe(3);
      expect(last.stderr).toMatch(/Rate limit exceeded/);
      expect(last.stderr).toMatch(/allows this operation again in \d+ s \(at \d{4}-\d\d-\d\dT/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('login verifies the key and stores it readable by the owner only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-login-'));
    try {
      const path = join(dir, 'config.json');
      const res = await cli(['login', '--url', live.url, '--api-key', key], {
        url: 'http://unused.invalid',
        env: { CREATORGRAPH_CONFIG: path },
      });
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/logged in to .* as /);
      const { stat } = await import('node:fs/promises');
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      // Later commands read the file when neither flags nor the environment give a key.
      const out: string[] = [];
      const code = await run(['--json', 'keys', 'list'], {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: () => true },
        env: { CREATORGRAPH_CONFIG: path },
      });
      expect(code).toBe(0);
      expect(Array.isArray(JSON.parse(out.join('')))).toBe(true);
      const refused = await cli(
        ['login', '--url', live.url, '--api-key', 'cg_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'],
        {
          url: live.url,
          env: { CREATORGRAPH_CONFIG: join(dir, 'other.json') },
        },
      );
      expect(refused.code).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
