/**
 * The hand-written baseline the API is measured against: node:http, one SQL client (node-postgres or
 * better-sqlite3), no ORM and no GraphQL. It answers exactly two request bodies — Q1 and Q1+ of
 * bench/src/queries.ts, recognised by their text — with the JSON the GraphQL endpoint returns for them
 * (`{"data": …}`, fields in selection order), after the same key check (a SHA-256 lookup, remembered
 * 30 s like the API's key cache).
 *
 *   DATABASE_URL=postgres://… PORT=4100 node --import tsx bench/baseline/server.ts
 *
 * Q1+ reads account_metrics (the API's precomputed summaries) and computes the reliable rate from them
 * with core's pure shrinkage functions; without that table it answers 501 and says why.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  type PeerStats,
  type ReliablePrior,
  reliableFromPrior,
  reliablePrior,
} from '../../packages/core/src/metrics/reliable.js';
import { Q1, Q1_PLUS } from '../src/queries.js';
import { openStore, type SummaryRow } from './store.js';

// Set by the harness when it starts this process (bench/src/processes.ts), not by turbo.
const { DATABASE_URL: databaseUrl, PORT: port = '4100', HOST: host = '127.0.0.1' } = process.env;
if (!databaseUrl) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const store = openStore(databaseUrl);

/** Mediakix 2019 tiers, as the API classifies accounts (packages/core/src/metrics/tiers.ts). */
const TIERS: { tier: string; min: number; max: number | null }[] = [
  { tier: 'NANO', min: 0, max: 10_000 },
  { tier: 'MICRO', min: 10_000, max: 50_000 },
  { tier: 'MID', min: 50_000, max: 500_000 },
  { tier: 'MACRO', min: 500_000, max: 1_000_000 },
  { tier: 'MEGA', min: 1_000_000, max: null },
];

function tierOf(followers: number) {
  return TIERS.findLast((t) => followers >= t.min) ?? (TIERS[0] as (typeof TIERS)[number]);
}

function creatorId(id: number): string {
  return Buffer.from(`Creator:${id}`, 'utf8').toString('base64');
}

const KEY_TTL_MS = 30_000;
const MIN_PEERS_FOR_PRIOR = 3;
/** Peer priors live as long as the API's peer-group cache (10 minutes). */
const PRIOR_TTL_MS = 10 * 60_000;
const keys = new Map<string, number>();
const priors = new Map<string, { expires: number; prior: Promise<ReliablePrior> }>();

async function authorized(req: IncomingMessage): Promise<boolean> {
  const raw = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!raw) return false;
  const hash = createHash('sha256').update(raw).digest('hex');
  const until = keys.get(hash);
  if (until !== undefined && until > Date.now()) return true;
  if ((await store.keyOrganization(hash)) === null) return false;
  keys.set(hash, Date.now() + KEY_TTL_MS);
  return true;
}

function statsOf(row: SummaryRow | undefined): PeerStats {
  const n = row?.sampleSize ?? 0;
  return {
    n,
    mean: n > 0 ? (row?.engagement ?? null) : null,
    variance: row?.rateVariance ?? null,
    h: row?.inverseBaseMean ?? null,
  };
}

function priorOf(platform: string, followers: number): Promise<ReliablePrior> {
  const tier = tierOf(followers);
  const key = `${platform}|${tier.tier}`;
  const cached = priors.get(key);
  if (cached && cached.expires > Date.now()) return cached.prior;
  const prior = store
    .peerSummaries(platform, tier.min, tier.max)
    .then((rows) => reliablePrior(rows.map(statsOf), MIN_PEERS_FOR_PRIOR));
  priors.set(key, { expires: Date.now() + PRIOR_TTL_MS, prior });
  prior.catch(() => priors.delete(key));
  return prior;
}

let summariesProblem: string | null | undefined;

async function catalogPage(withMetrics: boolean): Promise<unknown> {
  const creators = await store.creatorsPage(20);
  const accounts = await store.accountsOf(creators.map((c) => c.id));
  const accountIds = accounts.map((a) => a.id);
  const [posts, summaries] = await Promise.all([
    store.latestPosts(accountIds, 3),
    withMetrics ? store.summaries(accountIds) : Promise.resolve([]),
  ]);
  const postsOf = new Map<number, { likes: number | null; comments: number | null; postedAt: string }[]>();
  for (const p of posts) {
    let list = postsOf.get(p.accountId);
    if (!list) {
      list = [];
      postsOf.set(p.accountId, list);
    }
    list.push({ likes: p.likes, comments: p.comments, postedAt: p.postedAt });
  }
  const summaryOf = new Map(summaries.map((s) => [s.accountId, s]));
  const metrics = new Map<number, { engagement: number | null; reliable: number | null }>();
  if (withMetrics) {
    await Promise.all(
      accounts.map(async (a) => {
        const own = statsOf(summaryOf.get(a.id));
        const prior = await priorOf(a.platform, a.followers);
        metrics.set(a.id, { engagement: own.mean, reliable: reliableFromPrior(own, prior).value });
      }),
    );
  }
  const accountsOf = new Map<number, unknown[]>();
  for (const a of accounts) {
    let list = accountsOf.get(a.creatorId);
    if (!list) {
      list = [];
      accountsOf.set(a.creatorId, list);
    }
    const m = metrics.get(a.id);
    list.push({
      handle: a.handle,
      followers: a.followers,
      tier: tierOf(a.followers).tier,
      ...(m ? { engagement: { value: m.engagement }, reliableEngagement: { value: m.reliable } } : {}),
      posts: { nodes: postsOf.get(a.id) ?? [] },
    });
  }
  return {
    creators: {
      nodes: creators.map((c) => ({ id: creatorId(c.id), name: c.name, accounts: accountsOf.get(c.id) ?? [] })),
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1024 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health') return send(res, 200, { ok: true });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'not found' }] });
  if (!(await authorized(req))) return send(res, 401, { errors: [{ message: 'unauthenticated' }] });
  const { query } = JSON.parse(await readBody(req)) as { query?: string };
  if (query === Q1) return send(res, 200, { data: await catalogPage(false) });
  if (query === Q1_PLUS) {
    summariesProblem ??= await store.summariesMissing();
    if (summariesProblem) return send(res, 501, { errors: [{ message: summariesProblem }] });
    return send(res, 200, { data: await catalogPage(true) });
  }
  return send(res, 400, { errors: [{ message: 'the baseline answers Q1 and Q1+ only' }] });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { errors: [{ message: String((error as Error)?.message ?? error) }] });
    else res.destroy();
  });
});
server.listen(Number(port), host);

const stop = () => server.close(() => store.close().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
