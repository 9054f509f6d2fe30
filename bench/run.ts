/**
 * `npm run bench`: the API at catalog scale against a hand-written baseline (issue 10). See bench/README.md.
 *
 *   npm run bench [-- --scale large|small|smoke] [--fresh] [--record|--no-record] [--no-build]
 *                    [--server dist|source] [--rounds N] [--seconds S] [--import-bench|--no-import-bench]
 *                    [--strict]
 *
 * Exit status: 0 measured (targets may still fail: see the table), 1 an answer differed from the
 * baseline's or something broke, 2 bad arguments; with --strict also 1 when a target does not hold.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  cleanGenerated,
  type Dataset,
  describe,
  dropDataset,
  type GenerationSpec,
  postgresDataset,
  sqliteDataset,
} from './src/datasets.js';
import {
  type CannonResult,
  cannon,
  compareData,
  type Equality,
  median,
  peakRss,
  problemOf,
  send,
  type Timing,
  timeSequential,
} from './src/measure.js';
import {
  buildServer,
  type Child,
  distFresh,
  ROOT,
  type ServerMode,
  startBaseline,
  startServer,
} from './src/processes.js';
import {
  compareCampaignsRequest,
  DECISION_QUERIES,
  type DecisionQuery,
  type GraphQLRequest,
  globalId,
  loadMix,
  Q1,
  Q1_PLUS,
} from './src/queries.js';
import { int, machine, ms, prependEntry, type Row, ratio, table } from './src/report.js';

interface Scale {
  /** The large PostgreSQL catalog: Q1/Q1+ on PostgreSQL, decision queries, campaigns, RSS, load. */
  big: GenerationSpec;
  /** The growth catalog (PostgreSQL) and the SQLite catalog (the same files). */
  growth: GenerationSpec;
  cannonSeconds: number;
  warmupSeconds: number;
  rounds: number;
  warm: { n: number; min: number; budgetMs: number };
  loadSeconds: number;
  /** Decision queries measured cold (each after its own server start). */
  coldQueries: number;
  importBench: string[] | null;
  record: boolean;
  build: boolean;
}

const SCALES: Record<string, Scale> = {
  large: {
    big: { label: '1m', creators: 10_000, posts: 1_000_000 },
    growth: { label: '100k', creators: 1_000, posts: 100_000 },
    cannonSeconds: 10,
    warmupSeconds: 3,
    rounds: 3,
    warm: { n: 20, min: 5, budgetMs: 60_000 },
    loadSeconds: 60,
    coldQueries: DECISION_QUERIES.length,
    importBench: [],
    record: true,
    build: true,
  },
  small: {
    big: { label: 'small_20k', creators: 500, posts: 20_000 },
    growth: { label: 'small_2k', creators: 50, posts: 2_000 },
    cannonSeconds: 3,
    warmupSeconds: 1,
    rounds: 3,
    warm: { n: 10, min: 3, budgetMs: 20_000 },
    loadSeconds: 10,
    coldQueries: DECISION_QUERIES.length,
    importBench: null,
    record: false,
    build: false,
  },
  smoke: {
    // One small catalog for everything (no growth comparison): the smoke run checks that every step works.
    big: { label: 'smoke', creators: 60, posts: 2_400 },
    growth: { label: 'smoke', creators: 60, posts: 2_400 },
    cannonSeconds: 0.5,
    warmupSeconds: 0,
    rounds: 1,
    warm: { n: 3, min: 2, budgetMs: 3_000 },
    loadSeconds: 2,
    coldQueries: 1,
    importBench: null,
    record: false,
    build: false,
  },
};

const USAGE = `Usage: npm run bench -- [--scale large|small|smoke] [--fresh] [--record|--no-record] [--no-build]
       [--server dist|source] [--rounds N] [--seconds S] [--import-bench|--no-import-bench] [--strict] [--scratch]
  --scale         large (default): 10k creators / 1M posts, 100k for growth; small: 20k posts; smoke: tiny, < 1 min
  --fresh         rebuild the cached benchmark databases
  --record        append the results to bench/RESULTS.md (default for large only)
  --no-build      do not compile the server (default for small and smoke); dist is used when fresh
  --server        force the built server (dist) or the sources through tsx (source)
  --rounds        interleaved autocannon rounds per comparison (default 3; 1 for smoke)
  --seconds       length of each autocannon run
  --import-bench  also run packages/core/bench/import.bench.ts and report its ratios (default for large)
  --strict        exit 1 when a target does not hold
  --scratch       build databases of its own (unique names), drop them at the end (the smoke test)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'large' },
    fresh: { type: 'boolean', default: false },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean' },
    build: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    server: { type: 'string' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    'import-bench': { type: 'boolean' },
    'no-import-bench': { type: 'boolean' },
    strict: { type: 'boolean', default: false },
    scratch: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const scaleName = values.scale as string;
const scale = SCALES[scaleName] ?? fail(`--scale must be large, small or smoke, got "${scaleName}"`);
if (values.server !== undefined && values.server !== 'dist' && values.server !== 'source') {
  fail(`--server must be dist or source, got "${values.server}"`);
}
const positive = (v: string | undefined, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, got "${v}"`);
  return n;
};
if (values.scratch) {
  // Unique names: a scratch run never touches the cached catalogs, nor another scratch run's.
  const tag = `x${process.pid}`;
  scale.big = { ...scale.big, label: `${scale.big.label}_${tag}` };
  scale.growth = { ...scale.growth, label: `${scale.growth.label}_${tag}` };
}
const rounds = Math.round(positive(values.rounds, 'rounds') ?? scale.rounds);
const cannonSeconds = positive(values.seconds, 'seconds') ?? scale.cannonSeconds;
const record = values['no-record'] ? false : (values.record ?? scale.record);
const build = values['no-build'] ? false : (values.build ?? scale.build);
const importBench = values['no-import-bench']
  ? null
  : values['import-bench']
    ? (scale.importBench ?? ['--posts', '20000'])
    : scale.importBench;
const ADMIN_URL = process.env.PG_ADMIN_URL ?? process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const t0 = performance.now();
/** Progress lines carry the seconds since the start, so slow steps show. */
/** Datasets to drop at exit (--scratch), named before they are built so that a failed build goes too. */
const scratch: Pick<Dataset, 'dialect' | 'label'>[] = values.scratch
  ? [
      { dialect: 'postgresql', label: scale.big.label },
      { dialect: 'postgresql', label: scale.growth.label },
      { dialect: 'sqlite', label: scale.growth.label },
    ]
  : [];
const log = (line: string) =>
  console.log(
    line.startsWith('\n') || line.startsWith('|')
      ? line
      : `[${Math.round((performance.now() - t0) / 1000)
          .toString()
          .padStart(4)} s] ${line}`,
  );
const rows: Row[] = [];
const notes: string[] = [];
const details: string[] = [];
let broken = false;

function loud(message: string): void {
  broken = true;
  const bar = '!'.repeat(100);
  console.error(`\n${bar}\n${message}\n${bar}\n`);
  notes.push(`**${message}**`);
}

// ---- the steps ---------------------------------------------------------------------------------------------

async function chooseMode(): Promise<ServerMode> {
  if (values.server) return values.server as ServerMode;
  if (build) {
    log('Building the server (tsc: packages/core, apps/server) …');
    const problem = await buildServer();
    if (!problem) return 'dist';
    notes.push('The build failed, so the server ran from its sources through tsx (more memory, slower start).');
    console.error(`Build failed; running the sources through tsx:\n${problem}`);
    return 'source';
  }
  return distFresh() ? 'dist' : 'source';
}

/** Decision query timings on one catalog: warm p50 after one untimed request (its time kept in `first`). */
async function warmDecisions(server: Child, key: string, queries: DecisionQuery[], first?: Map<string, number>) {
  const out = new Map<string, Timing>();
  for (const q of queries) {
    first?.set(q.name, (await send(server.url, key, q.request)).ms);
    const timing = await timeSequential(server.url, key, q.request, { ...scale.warm, expect: q.expect });
    log(`    ${q.name}: p50 ${ms(timing.p50)} (n = ${timing.samples.length}, max ${ms(timing.max)})`);
    if (timing.problem) log(`      problem: ${timing.problem}`);
    out.set(q.name, timing);
  }
  return out;
}

interface Cold {
  ms: number;
  problem: string | null;
  peakMb: number;
}

/** A decision query as the first request of a newly started server. */
async function coldOne(server: Child, key: string, q: DecisionQuery, out: Map<string, Cold>): Promise<void> {
  const { result, peakMb } = await peakRss(server, () => send(server.url, key, q.request));
  const problem = problemOf(result, q.expect);
  log(`    ${q.name}: ${ms(result.ms)}${problem ? ` (${problem})` : ''}`);
  out.set(q.name, { ms: result.ms, problem, peakMb });
}

/**
 * Each decision query on its own newly started server. Run after the warm phase, so that what is cold is
 * the process (code, caches, connections), not summaries a fresh import has not computed yet.
 */
async function coldDecisions(dataset: Dataset, mode: ServerMode, out: Map<string, Cold>): Promise<void> {
  for (const q of DECISION_QUERIES.slice(0, scale.coldQueries)) {
    const { child } = await startServer(dataset.url, mode, `server (${dataset.label}, cold)`);
    try {
      await coldOne(child, dataset.key, q, out);
    } finally {
      await child.stop();
    }
  }
}

/** The API's and the baseline's answers to Q1 or Q1+, compared once before any timing. */
async function checkAnswers(server: Child, baseline: Child, key: string, query: string, label: string) {
  const request = { query };
  const a = await send(server.url, key, request);
  const b = await send(baseline.url, key, request);
  const problem = problemOf(a);
  if (problem) {
    loud(`${label}: the API failed: ${problem}`);
    return { usable: false, equality: null as Equality | null, skip: problem };
  }
  if (b.status === 501) return { usable: false, equality: null, skip: `baseline: ${b.text}` };
  if (problemOf(b)) {
    loud(`${label}: the baseline failed: ${problemOf(b)}`);
    return { usable: false, equality: null, skip: 'baseline failed' };
  }
  const equality = compareData(a.json?.data, b.json?.data);
  log(`    ${label}: ${equality.detail}`);
  if (equality.kind === 'mismatch') loud(`${label}: the API and the baseline answer differently: ${equality.detail}`);
  return { usable: equality.kind !== 'mismatch', equality, skip: null };
}

interface Comparison {
  server: CannonResult[];
  baseline: CannonResult[];
}

/** Interleaved autocannon rounds, server and baseline alternating which goes first. */
async function compareThroughput(
  server: Child,
  baseline: Child,
  key: string,
  query: string,
  connections: number,
): Promise<Comparison> {
  const requests: GraphQLRequest[] = [{ query }];
  const run = (target: Child, seconds = cannonSeconds) => cannon({ target, key, requests, connections, seconds });
  if (scale.warmupSeconds > 0) {
    await run(server, scale.warmupSeconds);
    await run(baseline, scale.warmupSeconds);
  }
  const out: Comparison = { server: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['server', 'baseline'] as const) : (['baseline', 'server'] as const);
    for (const who of order) out[who].push(await run(who === 'server' ? server : baseline));
  }
  return out;
}

function throughputRow(
  label: string,
  c: Comparison,
  minRatio: number,
  maxCpuRatio: number | null,
  equality: Equality | null,
): Row {
  const serverRps = median(c.server.map((r) => r.rps));
  const baseRps = median(c.baseline.map((r) => r.rps));
  const serverCpu = median(c.server.map((r) => r.cpuMsPerRequest));
  const baseCpu = median(c.baseline.map((r) => r.cpuMsPerRequest));
  const rpsRatio = serverRps / baseRps;
  const cpuRatio = serverCpu / baseCpu;
  const bad = [...c.server, ...c.baseline].filter(
    (r) => Object.keys(r.statusCodes).some((code) => code !== '200') || r.errors > 0,
  );
  const fails = bad.map((r) => JSON.stringify(r.statusCodes)).join(', ');
  details.push(
    `- ${label}: server ${c.server.map((r) => int(r.rps)).join(' / ')} req/s, baseline ${c.baseline.map((r) => int(r.rps)).join(' / ')} req/s; CPU per request server ${c.server.map((r) => r.cpuMsPerRequest.toFixed(2)).join(' / ')} ms, baseline ${c.baseline.map((r) => r.cpuMsPerRequest.toFixed(2)).join(' / ')} ms; p50 latency server ${ms(median(c.server.map((r) => r.p50)))}, baseline ${ms(median(c.baseline.map((r) => r.p50)))}`,
  );
  const holds = rpsRatio >= minRatio && (maxCpuRatio === null || cpuRatio <= maxCpuRatio) && bad.length === 0;
  return {
    measure: label,
    target: `≥ ${minRatio}× baseline req/s${maxCpuRatio === null ? '' : `, CPU/request ≤ ${maxCpuRatio}×`}`,
    result:
      `${ratio(rpsRatio)} (${int(serverRps)} vs ${int(baseRps)} req/s); CPU/request ${ratio(cpuRatio)} (${serverCpu.toFixed(2)} vs ${baseCpu.toFixed(2)} ms)` +
      (equality && equality.kind !== 'identical' ? `; answers: ${equality.kind}` : '') +
      (bad.length ? `; non-200 answers ${fails}` : ''),
    holds,
  };
}

/** Q1 and Q1+ against the baseline on one catalog. */
async function ratios(server: Child, baseline: Child, key: string, engine: string) {
  for (const [name, query, minRatio, maxCpu] of [
    ['Q1', Q1, 0.7, 2],
    ['Q1 + engagement + reliableEngagement', Q1_PLUS, 0.5, null],
  ] as const) {
    const check = await checkAnswers(server, baseline, key, query, `${name}, ${engine}`);
    if (!check.usable) {
      for (const c of [1, 20]) {
        rows.push({
          measure: `${name}, c=${c}, ${engine}`,
          target: '',
          result: `skipped: ${check.skip}`,
          holds: null,
        });
      }
      if (check.skip) notes.push(`${name} on ${engine} was not compared: ${check.skip}`);
      continue;
    }
    for (const c of [1, 20]) {
      log(`    ${name}, c=${c}: ${rounds} interleaved rounds of ${cannonSeconds} s …`);
      const comparison = await compareThroughput(server, baseline, key, query, c);
      const row = throughputRow(`${name}, c=${c}, ${engine}`, comparison, minRatio, maxCpu, check.equality);
      log(`      ${row.result}`);
      rows.push(row);
    }
  }
}

/** compareCampaigns over the seeded campaigns against one SQL aggregate of their linked posts. */
async function compareCampaignsRow(dataset: Dataset, server: Child, key: string): Promise<Row> {
  const ids = dataset.meta.campaignIds;
  const q = compareCampaignsRequest(ids.map((id) => globalId('Campaign', id)));
  await send(server.url, key, q.request);
  const api = await timeSequential(server.url, key, q.request, { ...scale.warm, expect: q.expect });
  // The API's connection settings (no JIT), so that only the work differs.
  const client = new pg.Client({ connectionString: dataset.url, options: '-c jit=off' });
  await client.connect();
  // The sums the comparison needs, written by hand: interactions, views, impressions (estimated from the
  // followers at post time when missing) and the rate of each post over its followers at post time (the
  // latest snapshot at or before the post, else the earliest, else the account's count).
  const sql = `select campaign_id, count(*) as posts, sum(interactions) as interactions, sum(coalesce(views, 0)) as views,
      sum(coalesce(impressions, base * 0.25)) as impressions,
      sum(case when impressions is null then 1 else 0 end) as impressions_estimated,
      sum(case when base > 0 then cast(interactions as double precision) / base end) as rate_sum,
      sum(case when base > 0 then 1 else 0 end) as rated
    from (
      select cp.campaign_id, coalesce(p.likes, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0) + coalesce(p.saves, 0) as interactions,
        p.views, p.impressions,
        coalesce(
          (select s.followers from follower_snapshots s
            where s.account_id = p.account_id and s.captured_at <= p.posted_at order by s.captured_at desc limit 1),
          (select s.followers from follower_snapshots s where s.account_id = p.account_id order by s.captured_at asc limit 1),
          a.followers) as base
      from campaign_posts cp join posts p on p.id = cp.post_id join accounts a on a.id = p.account_id
      where cp.campaign_id = any($1::int[]) and p.posted_at <= now()
      offset 0
    ) x
    group by campaign_id`;
  const samples: number[] = [];
  try {
    await client.query(sql, [ids]);
    for (let i = 0; i < api.samples.length; i++) {
      const started = performance.now();
      await client.query(sql, [ids]);
      samples.push(performance.now() - started);
    }
  } finally {
    await client.end();
  }
  const raw = median(samples);
  const r = api.p50 / raw;
  const linked = dataset.meta.linkedPosts;
  log(`    ${q.name}: API p50 ${ms(api.p50)}, one SQL aggregate p50 ${ms(raw)} → ${ratio(r)}`);
  return {
    measure: `compareCampaigns over ${ids.length} campaigns, ${int(linked)} linked posts (HTTP, warm)`,
    target: '≤ 1.5× one raw SQL aggregate (≥ 100k linked posts)',
    result: `${ratio(r)} (API p50 ${ms(api.p50)} over HTTP, SQL aggregate p50 ${ms(raw)})${api.problem ? `; ${api.problem}` : ''}`,
    holds: r <= 1.5 && !api.problem && linked >= 100_000,
  };
}

async function loadRun(server: Child, key: string): Promise<Row> {
  log(`    c=50 for ${scale.loadSeconds} s (mix of ${loadMix().length} requests) …`);
  const r = await cannon({
    target: server,
    key,
    requests: loadMix(),
    connections: 50,
    seconds: scale.loadSeconds,
    timeoutSeconds: 30,
  });
  const codes = Object.entries(r.statusCodes)
    .map(([code, n]) => `${code}: ${int(n)}`)
    .join(', ');
  const unexpected = Object.keys(r.statusCodes).filter((code) => code !== '200' && code !== '503');
  const holds =
    r.max <= 2_000 &&
    r.p99 <= 5 * r.p50 &&
    unexpected.length === 0 &&
    r.unavailableWithoutRetryAfter === 0 &&
    r.errors === 0 &&
    r.timeouts === 0;
  const result = `max ${ms(r.max)}, p50 ${ms(r.p50)}, p99 ${ms(r.p99)} (${ratio(r.p99 / r.p50)} p50); ${int(r.rps)} req/s; ${codes}${r.unavailableWithoutRetryAfter ? `; ${r.unavailableWithoutRetryAfter} 503 without Retry-After` : ''}${r.errors ? `; ${r.errors} connection errors (${r.timeouts} timeouts)` : ''}`;
  log(`      ${result}`);
  return {
    measure: `c=50 for ${scale.loadSeconds} s, load mix (PostgreSQL, ${scale.big.label})`,
    target: 'no request > 2 s, p99 ≤ 5× p50, errors only 503 with Retry-After',
    result,
    holds,
  };
}

function runImportBench(args: string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/core/bench/import.bench.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('exit', (code) => {
      const lines = out.split('\n');
      // The dialect headings, every line naming a ratio, and the markdown rows it prints.
      const kept = lines.filter((l) => /ratio|^\s*(sqlite|postgresql)\b|^\|/i.test(l));
      resolve(code === 0 ? kept : [...kept, `import.bench.ts exited ${code}: ${lines.slice(-5).join(' ')}`]);
    });
  });
}

/** "sqlite 0.82; postgresql 0.37" from the dialect headings and ratio lines import.bench.ts prints. */
function importRatios(lines: string[]): string {
  const out: string[] = [];
  let dialect = '';
  for (const line of lines) {
    const heading = /^\s*(sqlite|postgresql)\b/i.exec(line);
    if (heading) dialect = heading[1] as string;
    const value = /ratio.*=\s*([\d.]+)/i.exec(line);
    if (value) out.push(`${dialect || '?'}: pipeline / raw = ${value[1]}`);
  }
  return out.join('; ') || 'no ratio line printed';
}

// ---- main --------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const startedAt = new Date();
  const before = machine();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  log(
    `creatorgraph benchmark, scale ${scaleName}: ${before.cpu}, ${before.cores} cores, load ${before.load}, node ${before.node}`,
  );
  const mode = await chooseMode();
  log(`Server: ${mode === 'dist' ? 'apps/server/dist/main.js (built)' : 'apps/server/src/main.ts through tsx'}`);

  log('Datasets:');
  const options = { adminUrl: ADMIN_URL, fresh: values.fresh ?? false, log };
  const big = await postgresDataset(scale.big, { ...options, campaigns: true });
  const sameCatalog = scale.growth.label === scale.big.label;
  const growth = sameCatalog ? big : await postgresDataset(scale.growth, { ...options, campaigns: false });
  const lite = await sqliteDataset(scale.growth, options);
  cleanGenerated();

  // 1. On one server over the large catalog: the decision queries warm, compareCampaigns, Q1/Q1+ against
  // the baseline (started beside it) and the load run.
  // The SQLite pair starts now too (idle until step 4): starts overlap, which keeps the smoke run short.
  const [started, baseline, liteServer, liteBaseline] = await Promise.all([
    startServer(big.url, mode, `server (${big.label})`),
    startBaseline(big.url, `baseline (${big.label})`),
    startServer(lite.url, mode, `server (SQLite ${lite.label})`).then((s) => s.child),
    startBaseline(lite.url, `baseline (SQLite ${lite.label})`),
  ]);
  notes.push(`Rate limits: ${started.rateLimits}.`);
  const server = started.child;
  let warmBig = new Map<string, Timing>();
  let peakMb = 0;
  const firstRequests = new Map<string, number>();
  try {
    log(`Decision queries, warm, ${big.label}:`);
    const watched = await peakRss(server, () => warmDecisions(server, big.key, DECISION_QUERIES, firstRequests));
    warmBig = watched.result;
    peakMb = watched.peakMb;
    notes.push(
      `First request of each decision query on the main server, in order${big.reused ? '' : ' (catalog imported by this run, so summaries were computed on demand)'}: ${[
        ...firstRequests,
      ]
        .map(([name, v]) => `${name} ${ms(v)}`)
        .join(', ')}.`,
    );
    rows.push(await compareCampaignsRow(big, server, big.key));
    log(`Q1 and Q1+ against the baseline, PostgreSQL (${big.label}):`);
    await ratios(server, baseline, big.key, `PostgreSQL ${big.label}`);
    log('Load:');
    rows.push(await loadRun(server, big.key));
    if (!server.running())
      loud(`the server (${big.label}) died during the load run:\n${server.output().slice(-2_000)}`);
  } finally {
    await Promise.all([server.stop(), baseline.stop()]);
  }

  // 2. Cold: each decision query as the first request after a start.
  const cold = new Map<string, Cold>();
  log(`Decision queries, cold (first request after a start), ${big.label}:`);
  await coldDecisions(big, mode, cold);
  peakMb = Math.max(peakMb, ...[...cold.values()].map((c) => c.peakMb));

  // 3. SQLite: Q1 and Q1+ against the baseline.
  log(`Q1 and Q1+ against the baseline, SQLite (${lite.label}):`);
  try {
    await ratios(liteServer, liteBaseline, lite.key, `SQLite ${lite.label}`);
  } finally {
    await Promise.all([liteServer.stop(), liteBaseline.stop()]);
  }

  // 4. The growth catalog: the same decision queries, warm.
  let warmGrowth = warmBig;
  if (sameCatalog) {
    notes.push('Scale smoke has one catalog: the growth ratios compare it with itself.');
  } else {
    log(`Decision queries, warm, ${growth.label}:`);
    const small = (await startServer(growth.url, mode, `server (${growth.label})`)).child;
    try {
      warmGrowth = await warmDecisions(small, growth.key, DECISION_QUERIES);
    } finally {
      await small.stop();
    }
  }

  for (const q of DECISION_QUERIES) {
    const b = warmBig.get(q.name);
    const g = warmGrowth.get(q.name);
    if (!b || !g) continue;
    const growthRatio = b.p50 / g.p50;
    const problem = b.problem ?? g.problem;
    rows.push({
      measure: `${q.name}, warm, ${big.label}`,
      target: `p50 ≤ 100 ms and ≤ 1.3× at ${growth.label}`,
      result: `p50 ${ms(b.p50)} (n = ${b.samples.length}); ${growth.label}: ${ms(g.p50)} → ${ratio(growthRatio)}${problem ? `; ${problem}` : ''}`,
      holds: b.p50 <= 100 && growthRatio <= 1.3 && !problem,
    });
  }
  for (const q of DECISION_QUERIES) {
    const c = cold.get(q.name);
    rows.push({
      measure: `${q.name}, cold, ${big.label}`,
      target: '≤ 1 s',
      result: c ? `${ms(c.ms)}${c.problem ? `; ${c.problem}` : ''}` : `not measured at scale ${scaleName}`,
      holds: c ? c.ms <= 1_000 && !c.problem : null,
    });
  }
  rows.push({
    measure: `server RSS during the decision queries, ${big.label}`,
    target: '≤ 300 MB',
    result: `peak ${Math.round(peakMb)} MB (VmRSS, sampled every 20 ms, heap cap 256 MB)`,
    holds: peakMb <= 300,
  });

  let importLines: string[] = [];
  if (importBench) {
    log(`Import (packages/core/bench/import.bench.ts ${importBench.join(' ')}) …`);
    importLines = await runImportBench(importBench);
    for (const line of importLines) log(`    ${line}`);
  }
  rows.push({
    measure: 'import: pipeline / raw (packages/core/bench/import.bench.ts)',
    target: 'see import.bench.ts',
    result: importBench ? importRatios(importLines) : 'not run (--import-bench)',
    holds: null,
  });

  const after = machine();
  // In the order of issue 10's targets, whatever order they were measured in.
  const rank = (r: Row) => {
    const m = r.measure;
    if (m.startsWith('Q1,')) return 0;
    if (m.startsWith('Q1 +')) return 1;
    if (m.startsWith('compareCampaigns')) return 4;
    if (m.includes(', warm')) return 2;
    if (m.includes(', cold')) return 3;
    if (m.startsWith('c=50')) return 5;
    if (m.startsWith('server RSS')) return 6;
    return 7;
  };
  const md = table([...rows].sort((a, b) => rank(a) - rank(b)));
  log(`\n${md}\n`);
  for (const n of notes) log(`Note: ${n}`);
  const failed = rows.filter((r) => r.holds === false).length;
  log(`\n${failed} of ${rows.filter((r) => r.holds !== null).length} targets do not hold.`);

  if (record) {
    const date = startedAt.toISOString().slice(0, 10);
    const entry = [
      `## ${date} — \`npm run bench\` (scale ${scaleName}, issue 10)`,
      '',
      `Command: \`${command}\`, ${startedAt.toISOString()}. Machine: ${before.cpu}, ${before.cores} cores, node ${before.node}; load average ${before.load} at the start, ${after.load} at the end (shared machine: treat the numbers as upper bounds). Server: ${mode === 'dist' ? 'apps/server/dist/main.js' : 'sources through tsx'}, PROFILE=production, heap cap 256 MB.`,
      '',
      `Catalogs: PostgreSQL ${big.label}: ${describe(big.meta)}${big.reused ? ' (cached)' : ''}; PostgreSQL ${growth.label}: ${describe(growth.meta)}; SQLite ${lite.label}: ${describe(lite.meta)}.`,
      '',
      md,
      '',
      ...(notes.length ? [...notes.map((n) => `- ${n}`), ''] : []),
      'Rounds (autocannon, interleaved):',
      '',
      ...details,
      '',
      ...(importLines.length ? ['Import benchmark output:', '', '```', ...importLines, '```', ''] : []),
    ].join('\n');
    prependEntry(join(ROOT, 'bench/RESULTS.md'), entry);
    log('Recorded in bench/RESULTS.md.');
  }
  if (broken) return 1;
  return values.strict && failed > 0 ? 1 : 0;
}

async function dropScratch(): Promise<void> {
  for (const dataset of scratch) await dropDataset(dataset, ADMIN_URL).catch(() => undefined);
}

main().then(
  async (code) => {
    await dropScratch();
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(error);
    await dropScratch();
    process.exit(1);
  },
);
