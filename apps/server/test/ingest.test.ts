import {
  Creator,
  createApiKey,
  csvHeader,
  DATASET_COLUMNS,
  type DatasetFile,
  eventRow,
  formatRow,
  generateDataset,
  MetricsCache,
  Organization,
  Post,
} from '@creatorgraph/core';
import { type CatalogFixture, createTestDatabase, seedCatalog, type TestDatabase } from '@creatorgraph/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer } from '../src/yoga.js';
import { dialects, NOW, unlimited } from './harness.js';

const LIMIT = 256 * 1024;

/** A small generated dataset as CSV texts, one per file, and its row count. */
function dataset(): { texts: Record<DatasetFile, string>; rows: number } {
  const out: Record<DatasetFile, string[]> = { creators: [], accounts: [], follower_snapshots: [], posts: [] };
  for (const file of Object.keys(out) as DatasetFile[]) out[file].push(csvHeader(DATASET_COLUMNS[file]));
  let rows = 0;
  for (const event of generateDataset({ seed: 3, creators: 12, postsTarget: 400, days: 30, end: NOW })) {
    const entry = eventRow(event);
    out[entry.file].push(formatRow(entry, 'csv'));
    rows++;
  }
  const texts = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join('')])) as Record<DatasetFile, string>;
  return { texts, rows };
}

const IMPORT = `mutation Import($files: [Upload!]!, $format: ImportFormat) {
  importData(files: $files, format: $format) {
    __typename
    ... on ImportDataPayload {
      report {
        rowsRead inserted updated unchanged rejected batches truncatedRejections
        files { name kind format rowsRead inserted updated unchanged rejected }
        rejections(first: 10) { file line field reason }
      }
    }
    ... on ValidationError { message issues { field message } }
  }
}`;

interface ImportResult {
  status: number;
  data?: {
    importData: {
      __typename: string;
      message?: string;
      issues?: { field: string; message: string }[];
      report?: {
        rowsRead: number;
        inserted: number;
        updated: number;
        unchanged: number;
        rejected: number;
        batches: number;
        truncatedRejections: number;
        files: {
          name: string;
          kind: string | null;
          format: string;
          rowsRead: number;
          inserted: number;
          rejected: number;
        }[];
        rejections: { file: string; line: number; field: string | null; reason: string }[];
      };
    } | null;
  };
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe.each(dialects)('importData and /export on %s', (dialect) => {
  let db: TestDatabase;
  let fixture: CatalogFixture;
  let yoga: ReturnType<typeof createServer>;
  /** Writing the catalog needs CATALOG_WRITE, which the fixture's organization keys do not hold. */
  let catalogKey: string;
  /** The server's peer-group cache: an import that changes the catalog must clear it. */
  const metricsCache = new MetricsCache();
  const { texts: files, rows } = dataset();

  /** A GraphQL multipart request (operations, map, then the files), as a browser or client library sends it. */
  async function upload(
    parts: { name: string; text: string }[],
    key: string | undefined = catalogKey,
    format?: 'CSV' | 'JSONL',
  ): Promise<ImportResult> {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({ query: IMPORT, variables: { files: parts.map(() => null), format: format ?? null } }),
    );
    form.set('map', JSON.stringify(Object.fromEntries(parts.map((_, i) => [String(i), [`variables.files.${i}`]]))));
    parts.forEach((p, i) => {
      form.set(String(i), new File([p.text], p.name, { type: 'text/csv' }));
    });
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: key ? { authorization: `Bearer ${key}` } : {},
      body: form,
    });
    return { status: res.status, ...(await res.json()) };
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    fixture = await seedCatalog(db.em.fork(), { creators: 3, postsPerAccount: 2, end: NOW });
    const em = db.em.fork();
    const org = await em.findOneOrFail(Organization, { id: fixture.orgs[0]!.id });
    catalogKey = (await createApiKey(em, org, 'catalog importer', ['catalog_write'])).raw;
    yoga = createServer({ db, now: () => NOW, maxUploadBytes: LIMIT, rateLimiter: unlimited(), metricsCache });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('imports uploaded files in dependency order and reports per file', async () => {
    const before = await db.em.fork().count(Post, {});
    const res = await upload([
      { name: 'posts.csv', text: files.posts },
      { name: 'follower_snapshots.csv', text: files.follower_snapshots },
      { name: 'accounts.csv', text: files.accounts },
      { name: 'creators.csv', text: files.creators },
    ]);
    expect(res.errors).toBeUndefined();
    const report = res.data?.importData?.report;
    expect(res.data?.importData?.__typename).toBe('ImportDataPayload');
    expect(report?.files.map((f) => f.kind)).toEqual(['CREATORS', 'ACCOUNTS', 'FOLLOWER_SNAPSHOTS', 'POSTS']);
    expect(report).toMatchObject({ rowsRead: rows, inserted: rows, rejected: 0, updated: 0, unchanged: 0 });
    const em = db.em.fork();
    expect(await em.count(Post, {})).toBe(before + (report?.files[3]?.inserted ?? 0));
    expect(await em.count(Creator, { ref: { $like: 'cr-%' } })).toBe(12);

    // Again: nothing new, everything unchanged.
    const again = await upload([
      { name: 'creators.csv', text: files.creators },
      { name: 'posts.csv', text: files.posts },
    ]);
    expect(again.data?.importData?.report).toMatchObject({ inserted: 0, updated: 0, rejected: 0 });
  });

  it('clears the peer-group cache when an import changes the catalog, and only then', async () => {
    const clear = vi.spyOn(metricsCache, 'clear');
    try {
      const unchanged = await upload([{ name: 'creators.csv', text: files.creators }]);
      expect(unchanged.data?.importData?.report).toMatchObject({ inserted: 0, updated: 0 });
      expect(clear).not.toHaveBeenCalled();
      const renamed = files.creators.replace(/^(cr-000001,)[^,]*/m, '$1Renamed Creator');
      expect(renamed).not.toBe(files.creators);
      const changed = await upload([{ name: 'creators.csv', text: renamed }]);
      expect(changed.data?.importData?.report).toMatchObject({ updated: 1 });
      expect(clear).toHaveBeenCalledTimes(1);
    } finally {
      clear.mockRestore();
    }
  });

  it('lists bad rows with line, field and reason while the good rows commit', async () => {
    const header = DATASET_COLUMNS.posts.join(',');
    const account = files.posts.split('\n')[1]?.split(',').slice(0, 2).join(',');
    const text = [
      header,
      `${account},up-1,2025-05-01T10:00:00Z,PHOTO,false,,1,1,,,,,,`,
      `${account},up-2,2025-05-01T10:00:00Z,SELFIE,false,,1,1,,,,,,`,
      `INSTAGRAM,nobody_here,up-3,2025-05-01T10:00:00Z,PHOTO,false,,1,1,,,,,,`,
      '',
    ].join('\n');
    const res = await upload([{ name: 'more.csv', text }], catalogKey, 'CSV');
    const report = res.data?.importData?.report;
    expect(report).toMatchObject({ rowsRead: 3, inserted: 1, rejected: 2 });
    expect(report?.rejections).toEqual([
      { file: 'more.csv', line: 3, field: 'kind', reason: expect.stringMatching(/"SELFIE" is not one of/) },
      {
        file: 'more.csv',
        line: 4,
        field: 'handle',
        reason: 'account INSTAGRAM/@nobody_here not found: import accounts first or include accounts.csv',
      },
    ]);
  });

  it('refuses organization keys, ADMIN included, without CATALOG_WRITE', async () => {
    const before = await db.em.fork().count(Creator, {});
    for (const key of [fixture.orgs[0]?.readKey, fixture.orgs[0]?.key, fixture.orgs[1]?.key]) {
      const res = await upload([{ name: 'creators.csv', text: files.creators.replaceAll('cr-', 'zz-') }], key);
      expect(res.data?.importData ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await db.em.fork().count(Creator, {})).toBe(before);
  });

  it('refuses a file over MAX_UPLOAD_BYTES while it streams in, importing nothing', async () => {
    const big = files.creators + 'x'.repeat(LIMIT);
    const res = await upload([
      { name: 'creators.csv', text: files.creators },
      { name: 'huge.csv', text: big },
    ]);
    expect(res.status).toBe(413);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.errors?.[0]?.message).toMatch(/262144 bytes/);
    // Nothing was imported from the request, not even the small file.
    expect(await db.em.fork().count(Creator, { ref: 'cr-000001' })).toBe(1);
  });

  it('streams an export with a READ key, filtered like the creators query', async () => {
    const get = (path: string, key: string | null = fixture.orgs[0]?.readKey ?? null) =>
      yoga.fetch(`http://localhost${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    const all = await get('/export/posts.csv');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await all.text();
    expect(text.startsWith(`${DATASET_COLUMNS.posts.join(',')}\n`)).toBe(true);

    const creators = await get('/export/creators.jsonl');
    const lines = (await creators.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe(await db.em.fork().count(Creator, {}));

    const filter = encodeURIComponent(JSON.stringify({ country: 'US' }));
    const us = (await (await get(`/export/creators.jsonl?filter=${filter}`)).text()).trim().split('\n');
    expect(us.length).toBe(await db.em.fork().count(Creator, { country: 'US' }));

    expect((await get('/export/posts.csv', null)).status).toBe(401);
    const bad = await get(`/export/posts.csv?filter=${encodeURIComponent('{"tier":"HUGE"}')}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('VALIDATION');
  });
});
