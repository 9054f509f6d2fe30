import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malformedRequest, type Pools, rngFor, validOperation } from './fuzz-gen.js';
import {
  codesOf,
  dataOf,
  dialects,
  leaksOf,
  type ProcessServer,
  post,
  type RawResponse,
  ROOT,
  request,
  show,
  startProcessServer,
} from './process-server.js';

// Fuzzing with a fixed seed against the real server (production profile). `npm test` runs a short pass;
// `npm run fuzz -w @creatorgraph/e2e` the full one (FUZZ_VALID / FUZZ_MALFORMED / FUZZ_SEED override).
// Every case is replayable alone: case i of a run uses rngFor(seed, i).
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
const VALID = Number(process.env.FUZZ_VALID ?? 300);
const MALFORMED = Number(process.env.FUZZ_MALFORMED ?? 300);
const RSS_LIMIT_MB = 400;
/** Failures kept for the report; the count is always exact. */
const KEEP = 25;

const schema = buildSchema(readFileSync(join(ROOT, 'apps/server/schema.graphql'), 'utf8'));

interface Tally {
  failures: string[];
  failed: number;
  outcomes: Map<string, number>;
}

function tally(): Tally {
  return { failures: [], failed: 0, outcomes: new Map() };
}

/** The fuzz invariants: an answer, no 5xx, no INTERNAL_SERVER_ERROR, nothing internal in the body. */
function check(t: Tally, label: string, res: RawResponse & { error?: string }, requireCodes: boolean): void {
  const codes = codesOf(res);
  const outcome = `${res.status} ${[...new Set(codes)].sort().join(',') || (dataOf(res) ? 'data' : '-')}`;
  t.outcomes.set(outcome, (t.outcomes.get(outcome) ?? 0) + 1);
  const problems: string[] = [];
  if (res.status === 0) problems.push(`no answer (${res.error})`);
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (requireCodes && codes.includes('<none>')) problems.push('an error without extensions.code');
  const leaks = leaksOf(res);
  if (leaks.length) problems.push(`leaks ${leaks.join(', ')}`);
  if (problems.length === 0) return;
  t.failed++;
  if (t.failures.length < KEEP) t.failures.push(`${label}: ${problems.join('; ')} — ${show(res)}`);
}

function summary(t: Tally): string {
  return [...t.outcomes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${v} × ${k}`)
    .join('\n');
}

async function poolsOf(server: ProcessServer, key: string): Promise<Pools> {
  const res = await post(
    server,
    {
      query:
        '{ creators(first: 20) { nodes { id niches accounts { id handle platform posts(first: 2) { nodes { id } } } } } campaigns(first: 20) { nodes { id } } }',
    },
    key,
  );
  type Data = {
    creators: {
      nodes: {
        id: string;
        niches: string[];
        accounts: { id: string; handle: string; platform: string; posts: { nodes: { id: string }[] } }[];
      }[];
    };
    campaigns: { nodes: { id: string }[] };
  };
  const data = dataOf(res) as Data | undefined;
  if (!data?.creators) throw new Error(`could not read ids to fuzz with: ${show(res)}`);
  const accounts = data.creators.nodes.flatMap((c) => c.accounts);
  return {
    creatorIds: data.creators.nodes.map((c) => c.id),
    accountIds: accounts.map((a) => a.id),
    postIds: accounts.flatMap((a) => a.posts.nodes.map((p) => p.id)),
    campaignIds: data.campaigns.nodes.map((c) => c.id),
    handles: accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
    niches: [...new Set(data.creators.nodes.flatMap((c) => c.niches))],
  };
}

describe.each(dialects)(`fuzz with seed ${SEED}, production profile (%s)`, (dialect) => {
  let server: ProcessServer;
  let key: string;
  let pools: Pools;

  beforeAll(async () => {
    // The budget is not under test here: a bucket that never empties lets every case reach the parsers.
    server = await startProcessServer({
      profile: 'production',
      dialect,
      env: { RATE_LIMIT_CAPACITY: '1000000000', RATE_LIMIT_RESTORE_PER_SECOND: '1000000000' },
    });
    // The demo organization that owns campaigns, so campaign ids point at real objects.
    let best = { key: server.key, campaigns: -1 };
    for (const candidate of Object.values(server.keys)) {
      const res = await post(server, { query: '{ campaigns(first: 20) { nodes { id } } }' }, candidate);
      const count = (dataOf(res) as { campaigns?: { nodes: unknown[] } } | undefined)?.campaigns?.nodes.length ?? 0;
      if (count > best.campaigns) best = { key: candidate, campaigns: count };
    }
    key = best.key;
    pools = await poolsOf(server, key);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`runs ${VALID} valid operations generated from the schema`, { timeout: 120_000 + VALID * 500 }, async () => {
    const t = tally();
    const invalid: string[] = [];
    let answered = 0;
    for (let i = 0; i < VALID; i++) {
      const query = validOperation(schema, pools, rngFor(SEED, i));
      const errors = validate(schema, parse(query));
      if (errors.length) {
        invalid.push(`case ${i}: ${errors[0]?.message} in ${query}`);
        continue;
      }
      const res = await post(server, { query }, key, { timeoutMs: 20_000 });
      check(t, `valid case ${i} (${query.slice(0, 300)})`, res, true);
      if (res.status === 200 && dataOf(res)) answered++;
    }
    console.log(`valid operations on ${dialect}, seed ${SEED}: ${answered}/${VALID} answered with data\n${summary(t)}`);
    // The generator must produce what the schema accepts, or the run proves nothing.
    expect(invalid.slice(0, 5), 'operations the generator got wrong').toEqual([]);
    expect(t.failures, `${t.failed} of ${VALID} failed`).toEqual([]);
    // Limits refuse some (cost, depth); most must still run, or the fuzz only exercises refusals.
    expect(answered / VALID).toBeGreaterThan(0.6);
    expect(await server.alive()).toBe(true);
    expect(server.rssMb()).toBeLessThan(RSS_LIMIT_MB);
  });

  it(`answers ${MALFORMED} malformed requests without a 5xx or an internal error`, {
    timeout: 120_000 + MALFORMED * 200,
  }, async () => {
    const t = tally();
    for (let i = 0; i < MALFORMED; i++) {
      const rng = rngFor(SEED ^ 0x5bd1e995, i);
      const req = malformedRequest(rng, key);
      const res = await request(`${server.origin}${req.path}`, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        timeoutMs: 10_000,
      });
      check(t, `malformed case ${i} [${req.kind}] ${req.method} ${req.path.slice(0, 120)}`, res, false);
    }
    console.log(`malformed requests on ${dialect}, seed ${SEED}:\n${summary(t)}`);
    expect(t.failures, `${t.failed} of ${MALFORMED} failed`).toEqual([]);
    expect(server.running(), 'the server process is still running').toBe(true);
    expect(await server.alive()).toBe(true);
    expect(server.rssMb()).toBeLessThan(RSS_LIMIT_MB);
  });
});
