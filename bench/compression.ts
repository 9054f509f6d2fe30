/**
 * What response compression (issue 15) saves in bytes and costs in time, against the same request sent
 * uncompressed (`Accept-Encoding: identity`, the baseline), run by hand; results go in bench/RESULTS.md.
 *
 *   node --conditions=source --import tsx bench/compression.ts [--requests 200] [--creators 400]
 *
 * In process (`yoga.fetch`, no sockets) on a fresh SQLite demo catalog: a page of 50 creators with their
 * metrics (JSON) and the posts CSV export, each requested identity / gzip / br in turn (interleaved, so
 * load drifts hit all three alike). Time is until the whole body is read, as a client would wait for it.
 */
import { parseArgs } from 'node:util';
import { createApiKey, Organization, seedDemo } from '@creatorgraph/core';
import { createTestDatabase } from '@creatorgraph/core/testing';
import { createServer, unlimitedRateLimiter } from '@creatorgraph/server';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '200' }, creators: { type: 'string', default: '400' } },
});
const requests = Number(values.requests);
const creators = Number(values.creators);
const END = new Date('2026-06-01T00:00:00Z');

const PAGE = `{ creators(first: 50, orderBy: { field: FOLLOWERS, direction: DESC }) { edges { cursor node { id name niches
  primaryAccount { id handle platform followers tier
    engagement { value sampleSize avgInteractionsPerPost interval95 { low high } }
    reliableEngagement { value weight }
    authenticity { score flags { code severity } } } } } pageInfo { endCursor hasNextPage } } }`;

const db = await createTestDatabase('sqlite');
await seedDemo(db, { end: END, creators, postsTarget: creators * 40 });
const em = db.em.fork();
const [org] = await em.find(Organization, {}, { orderBy: { id: 'asc' }, limit: 1 });
if (!org) throw new Error('the demo seeded no organization');
const key = (await createApiKey(em, org, 'bench', ['admin'])).raw;
const yoga = createServer({ db, now: () => END, rateLimiter: unlimitedRateLimiter() });

type Encoding = 'identity' | 'gzip' | 'br';
const ENCODINGS: Encoding[] = ['identity', 'gzip', 'br'];

async function once(kind: 'page' | 'csv', encoding: Encoding): Promise<{ ms: number; bytes: number }> {
  const headers = { authorization: `Bearer ${key}`, 'accept-encoding': encoding };
  const started = performance.now();
  const res =
    kind === 'page'
      ? await yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query: PAGE }),
        })
      : await yoga.fetch('http://localhost/export/posts.csv', { headers });
  // yoga.fetch hands back the body as sent: compressed bytes, not decoded.
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - started;
  const sent = res.headers.get('content-encoding') ?? 'identity';
  if (res.status !== 200 || sent !== encoding) throw new Error(`${kind} ${encoding}: ${res.status} ${sent}`);
  return { ms, bytes: body.length };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const rows: string[] = [];
for (const [kind, label, count] of [
  ['page', 'creators(first: 50) with metrics, JSON', requests],
  ['csv', 'posts export, CSV', Math.max(5, Math.round(requests / 20))],
] as const) {
  const times: Record<Encoding, number[]> = { identity: [], gzip: [], br: [] };
  const bytes: Record<Encoding, number> = { identity: 0, gzip: 0, br: 0 };
  for (const encoding of ENCODINGS) await once(kind, encoding); // warm-up
  for (let i = 0; i < count; i++) {
    for (const encoding of i % 2 ? [...ENCODINGS].reverse() : ENCODINGS) {
      const r = await once(kind, encoding);
      times[encoding].push(r.ms);
      bytes[encoding] = r.bytes;
    }
  }
  const base = median(times.identity);
  for (const encoding of ENCODINGS) {
    const p50 = median(times[encoding]);
    rows.push(
      `| ${label} | ${encoding} | ${bytes[encoding].toLocaleString('en-US')} | ${(bytes[encoding] / bytes.identity).toFixed(3)} | ${p50.toFixed(2)} ms | ${(p50 / base).toFixed(2)}× | ${count} |`,
    );
  }
}

console.log(
  `compression bench, ${new Date().toISOString()}, node ${process.version}, ${creators} demo creators (SQLite)`,
);
console.log('| response | encoding | bytes | bytes ÷ identity | p50 until the body is read | ÷ identity | requests |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
await db.destroy();
