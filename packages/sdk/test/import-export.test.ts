import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CreatorgraphError,
  creatorgraph,
  csvFields,
  filesFromPaths,
  type ImportProgress,
  RecordSplitter,
} from '../src/index.js';
import { fakeFetch, json, streamed } from './fake-fetch.js';

const report = {
  rowsRead: 2,
  inserted: 1,
  updated: 0,
  unchanged: 0,
  rejected: 1,
  batches: 1,
  truncatedRejections: 0,
  files: [
    {
      name: 'creators.csv',
      kind: 'CREATORS',
      format: 'CSV',
      rowsRead: 2,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 1,
    },
  ],
  rejections: [{ file: 'creators.csv', line: 3, field: 'country', reason: 'must be a country code' }],
};
const imported = () => json({ data: { importData: { __typename: 'ImportDataPayload', report } } });

const sdk = (fn: typeof fetch) => creatorgraph({ url: 'http://x/api/graphql', apiKey: 'k', fetch: fn });

/** The parts of a multipart body: name, filename and content. */
function parts(body: string, contentType: string) {
  const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, ...rest] = part.slice(2, -2).split('\r\n\r\n');
      return {
        name: /name="([^"]+)"/.exec(head!)![1],
        filename: /filename="([^"]+)"/.exec(head!)?.[1],
        content: rest.join('\r\n\r\n'),
      };
    });
}

describe('importData', () => {
  it('sends a GraphQL multipart request, reports progress phases and returns the typed report', async () => {
    let sent: ReturnType<typeof parts> = [];
    let contentType = '';
    const { fn } = fakeFetch([
      async (_url, init) => {
        contentType = (init.headers as Record<string, string>)['content-type']!;
        sent = parts(await new Response(init.body).text(), contentType);
        return imported();
      },
    ]);
    const big = 'x'.repeat(150_000);
    const progress: ImportProgress[] = [];
    const res = await sdk(fn).importData(
      [
        { name: 'creators.csv', content: 'creator_ref,name,country,niches\ncr-1,Ana,FR,travel\n' },
        { name: 'posts "2".jsonl', content: new Blob([big]) },
        { name: 'accounts.csv', content: new TextEncoder().encode('creator_ref\n') },
      ],
      { onProgress: (p) => progress.push(p), rejections: 10 },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.inserted).toBe(1);
    expect(res.data.rejections[0]).toEqual({
      file: 'creators.csv',
      line: 3,
      field: 'country',
      reason: 'must be a country code',
    });

    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.map((p) => p.name)).toEqual(['operations', 'map', '0', '1', '2']);
    const operations = JSON.parse(sent[0]!.content);
    expect(operations.query).toMatch(/^mutation ImportData/);
    expect(operations.variables).toEqual({ files: [null, null, null], rejections: 10 });
    expect(JSON.parse(sent[1]!.content)).toEqual({
      0: ['variables.files.0'],
      1: ['variables.files.1'],
      2: ['variables.files.2'],
    });
    expect(sent[2]).toMatchObject({
      filename: 'creators.csv',
      content: 'creator_ref,name,country,niches\ncr-1,Ana,FR,travel\n',
    });
    expect(sent[3]).toMatchObject({ filename: 'posts %222%22.jsonl', content: big });
    expect(sent[4]).toMatchObject({ filename: 'accounts.csv', content: 'creator_ref\n' });

    const phases = progress.map((p) => p.phase);
    expect(phases[0]).toBe('uploading');
    expect(phases.slice(-2)).toEqual(['processing', 'done']);
    const uploads = progress.filter((p) => p.phase === 'uploading');
    // 150 kB in 64 KiB chunks: several steps, growing to the whole body.
    expect(uploads.length).toBeGreaterThanOrEqual(4);
    const sizes = uploads.map((p) => p.bytesSent);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(sizes.at(-1)).toBe(uploads[0]!.totalBytes);
    expect(progress.at(-1)).toEqual({ phase: 'done', report });
  });

  it('sends one Blob without streaming when asked, to the same endpoint', async () => {
    const { fn, calls } = fakeFetch([imported()]);
    const res = await sdk(fn).importData([{ name: 'creators.csv', content: 'creator_ref\n' }], {
      stream: false,
      format: 'CSV',
    });
    expect(res.ok).toBe(true);
    expect(calls[0]!.url).toBe('http://x/api/graphql');
    expect(calls[0]!.init.body).toBeInstanceOf(Blob);
    const body = await (calls[0]!.init.body as Blob).text();
    expect(body).toContain('"format":"CSV"');
  });

  it('returns a ValidationError payload as a domain error with its issues', async () => {
    const issues = [{ field: 'files.0', message: 'creators.csv is too large' }];
    const { fn } = fakeFetch([
      json({
        data: { importData: { __typename: 'ValidationError', message: 'Invalid input', code: 'VALIDATION', issues } },
      }),
    ]);
    const res = await sdk(fn).importData([{ name: 'creators.csv', content: 'x' }]);
    expect(res).toMatchObject({
      ok: false,
      error: { kind: 'domain', typename: 'ValidationError', code: 'VALIDATION', issues },
    });
  });

  it('returns a refusal (FORBIDDEN without CATALOG_WRITE) or a network failure as an error value', async () => {
    const { fn } = fakeFetch([
      json({
        data: null,
        errors: [{ message: 'Not authorized', path: ['importData'], extensions: { code: 'FORBIDDEN' } }],
      }),
      new TypeError('connect ECONNREFUSED'),
    ]);
    const cg = sdk(fn);
    expect(await cg.importData([{ name: 'a.csv', content: 'x' }])).toMatchObject({
      ok: false,
      error: { kind: 'graphql', code: 'FORBIDDEN', path: ['importData'] },
    });
    expect(await cg.importData([{ name: 'a.csv', content: 'x' }])).toMatchObject({
      ok: false,
      error: { kind: 'network', code: 'NETWORK_ERROR' },
    });
  });

  it('reads files from paths as Blobs named by their base name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-sdk-'));
    writeFileSync(join(dir, 'creators.csv'), 'creator_ref,name\n');
    const files = await filesFromPaths([join(dir, 'creators.csv')]);
    expect(files.map((f) => f.name)).toEqual(['creators.csv']);
    expect(await (files[0]!.content as Blob).text()).toBe('creator_ref,name\n');
    await expect(filesFromPaths([join(dir, 'missing.csv')])).rejects.toThrow();
  });
});

describe('exports', () => {
  it('streams a catalog export with the key and filter; lines keep quoted line breaks; rows are keyed by the header', async () => {
    const csv = [
      'creator_ref,name,country,niches\r\n',
      'cr-1,"Ana, ""the',
      ' traveller""\nof Lyon",FR,\ncr-2,Bo,,food|travel\n',
    ];
    const { fn, calls } = fakeFetch([
      streamed(csv, { contentType: 'text/csv' }),
      streamed(csv, { contentType: 'text/csv' }),
    ]);
    const cg = sdk(fn);
    const res = await cg.exportData('creators', { filter: { tier: 'MICRO', niches: ['travel'] } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/api/export/creators.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ tier: 'MICRO', niches: ['travel'] });
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer k');
    const lines: string[] = [];
    for await (const line of res.data) lines.push(line);
    expect(lines).toEqual([
      'creator_ref,name,country,niches',
      'cr-1,"Ana, ""the traveller""\nof Lyon",FR,',
      'cr-2,Bo,,food|travel',
    ]);

    const again = await cg.exportData('creators');
    if (!again.ok) throw new Error('export failed');
    const rows = [];
    for await (const row of again.data.rows()) rows.push(row);
    expect(rows).toEqual([
      { creator_ref: 'cr-1', name: 'Ana, "the traveller"\nof Lyon', country: 'FR', niches: null },
      { creator_ref: 'cr-2', name: 'Bo', country: null, niches: 'food|travel' },
    ]);
  });

  it('parses JSONL rows and reads the cost headers', async () => {
    const response = streamed(['{"handle":"a"}\n{"hand', 'le":"b"}\n'], { contentType: 'application/x-ndjson' });
    response.headers.set('x-cost-requested', '3');
    response.headers.set('ratelimit-remaining', '997');
    const { fn, calls } = fakeFetch([response]);
    const res = await sdk(fn).exportData('accounts', { format: 'jsonl' });
    if (!res.ok) throw new Error('export failed');
    expect(new URL(calls[0]!.url).pathname).toBe('/api/export/accounts.jsonl');
    expect(res.data.cost).toMatchObject({ requested: 3, remaining: 997 });
    const rows = [];
    for await (const row of res.data.rows()) rows.push(row);
    expect(rows).toEqual([{ handle: 'a' }, { handle: 'b' }]);
  });

  it('returns a 4xx JSON refusal as a typed error, and retries a 503 with a short Retry-After', async () => {
    const issues = [{ field: 'filter', message: 'must be a JSON object' }];
    const { fn, calls } = fakeFetch([
      json({ errors: [{ message: 'filter: must be a JSON object', extensions: { code: 'VALIDATION', issues } }] }, 400),
      json({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, 503, { 'retry-after': '0' }),
      streamed(['a\n'], { contentType: 'text/csv' }),
      json({ errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED' } }] }, 429, {
        'retry-after': '600',
      }),
    ]);
    const cg = sdk(fn);
    expect(await cg.exportData('posts')).toMatchObject({
      ok: false,
      error: { kind: 'graphql', code: 'VALIDATION', status: 400, issues },
    });
    const retried = await cg.exportData('posts');
    expect(retried.ok && (await retried.data.text())).toBe('a\n');
    expect(calls).toHaveLength(3);
    expect(await cg.exportData('posts')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfter: 600 } });
    expect(calls).toHaveLength(4);
  });

  it('builds each decision export’s query from its arguments', async () => {
    const { fn, calls } = fakeFetch([
      streamed(['x\n'], { contentType: 'text/csv' }),
      streamed(['x\n'], { contentType: 'text/csv' }),
      json({ errors: [{ message: 'Campaign not found.', extensions: { code: 'NOT_FOUND' } }] }, 404),
    ]);
    const cg = sdk(fn);
    const input = {
      budget: { amountMinor: 500_000, currency: 'USD' },
      goal: 'ENGAGEMENT' as const,
      platform: 'INSTAGRAM' as const,
    };
    await cg.exportDecision('plan', { input }, 'jsonl');
    await cg.exportDecision('campaign-comparison', { ids: ['A', 'B'], goal: 'AWARENESS' });
    const missing = await cg.exportDecision('campaign-members', { campaign: 'Z', asOf: '2026-06-01T00:00:00Z' });
    const urls = calls.map((c) => new URL(c.url));
    expect(urls[0]!.pathname).toBe('/api/export/plan.jsonl');
    expect(JSON.parse(urls[0]!.searchParams.get('input')!)).toEqual(input);
    expect(urls[1]!.pathname).toBe('/api/export/campaign-comparison.csv');
    expect(Object.fromEntries(urls[1]!.searchParams)).toEqual({ ids: 'A,B', goal: 'AWARENESS' });
    expect(Object.fromEntries(urls[2]!.searchParams)).toEqual({ campaign: 'Z', asOf: '2026-06-01T00:00:00Z' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', status: 404 } });
  });

  it('throws a CreatorgraphError when the download breaks midway', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(new TextEncoder().encode('a\nb'));
        else controller.error(new TypeError('terminated'));
      },
    });
    const { fn } = fakeFetch([new Response(body, { headers: { 'content-type': 'text/csv' } })]);
    const res = await sdk(fn).exportData('snapshots');
    if (!res.ok) throw new Error('export failed');
    const lines: string[] = [];
    const error = await (async () => {
      for await (const line of res.data.lines()) lines.push(line);
    })().catch((e: unknown) => e);
    expect(lines).toEqual(['a']);
    expect(error).toBeInstanceOf(CreatorgraphError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR' });
  });
});

describe('RecordSplitter and csvFields', () => {
  it('splits records at line breaks outside quotes only in CSV', () => {
    const csv = new RecordSplitter(true);
    expect(csv.push('a,"x\ny"\nb,')).toEqual(['a,"x\ny"']);
    expect(csv.push('"')).toEqual([]);
    expect(csv.push('"\n')).toEqual(['b,""']);
    expect(csv.end()).toEqual([]);
    const jsonl = new RecordSplitter(false);
    expect(jsonl.push('{"q":"\\""}\n{"r"')).toEqual(['{"q":"\\""}']);
    expect(jsonl.end()).toEqual(['{"r"']);
  });

  it('reads quoted fields with escaped quotes and empty cells', () => {
    expect(csvFields('a,"b,c","d""e",')).toEqual(['a', 'b,c', 'd"e', '']);
  });
});
