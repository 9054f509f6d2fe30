import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AWKWARD_POST } from '../../test/ingest/fixtures.js';
import { csvHeader, csvLine, DATASET_COLUMNS, formatRow } from '../ingest/format.js';
import { generateDataset, type PostRecord } from './generate/index.js';
import { accountRow, creatorRow, eventRow, postRow, snapshotRow } from './rows.js';

const END = new Date('2025-06-01T00:00:00.000Z');

// The awkward post as the generator's record: camelCase keys, a Date.
const { external_id, posted_at, ...cells } = AWKWARD_POST;
const post: PostRecord = { ...cells, externalId: external_id, postedAt: new Date(posted_at) };

describe('generator records as import rows', () => {
  it('give row objects exactly the columns as keys', () => {
    expect(Object.keys(postRow(post))).toEqual([...DATASET_COLUMNS.posts]);
    expect(Object.keys(creatorRow({ creatorRef: 'c', name: 'n', country: 'US', niches: [] }))).toEqual([
      ...DATASET_COLUMNS.creators,
    ]);
    const account = accountRow({
      creatorRef: 'c',
      platform: 'X',
      handle: 'h',
      externalId: '1',
      followers: 10,
      following: null,
      ratePerPostMinor: null,
      currency: null,
    });
    expect(Object.keys(account)).toEqual([...DATASET_COLUMNS.accounts]);
    const snapshot = snapshotRow({ platform: 'X', handle: 'h', capturedAt: END, followers: 1, following: 2 });
    expect(Object.keys(snapshot)).toEqual([...DATASET_COLUMNS.follower_snapshots]);
  });

  it('join niches with |', () => {
    const line = csvLine(
      creatorRow({ creatorRef: 'cr-1', name: 'Ana, "Chef"', country: 'BR', niches: ['food', 'travel'] }),
      DATASET_COLUMNS.creators,
    );
    expect(line).toBe('cr-1,"Ana, ""Chef""",BR,food|travel\n');
  });

  it('write dates as ISO 8601 UTC', () => {
    expect(postRow(post).posted_at).toBe('2025-05-04T18:30:05.000Z');
  });
});

describe('a generated dataset in both formats', () => {
  const events = [...generateDataset({ seed: 11, creators: 30, postsTarget: 1_500, end: END })];

  it('parses back from CSV to the same values', () => {
    const files: Record<string, string> = {};
    for (const [file, columns] of Object.entries(DATASET_COLUMNS)) files[file] = csvHeader(columns);
    for (const e of events) {
      const entry = eventRow(e);
      files[entry.file] += formatRow(entry, 'csv');
    }
    const posts = parse(files.posts ?? '', { columns: true }) as Record<string, string>[];
    const records = events.flatMap((e) => (e.type === 'post' ? [e.record] : []));
    expect(posts).toHaveLength(records.length);
    records.forEach((r, i) => {
      const row = posts[i] as Record<string, string>;
      expect(row.external_id).toBe(r.externalId);
      expect(row.caption === '' ? null : row.caption).toBe(r.caption);
      expect(row.likes === '' ? null : Number(row.likes)).toBe(r.likes);
      expect(row.saves === '' ? null : Number(row.saves)).toBe(r.saves);
      expect(new Date(row.posted_at as string).getTime()).toBe(r.postedAt.getTime());
    });
    const snapshots = parse(files.follower_snapshots ?? '', { columns: true }) as Record<string, string>[];
    expect(snapshots.length).toBe(events.filter((e) => e.type === 'snapshot').length);
    const creators = parse(files.creators ?? '', { columns: true }) as Record<string, string>[];
    expect(creators[0]?.niches?.split('|').length).toBeGreaterThanOrEqual(1);
  });

  it('writes JSONL objects with the same keys and JSON types', () => {
    for (const e of events.slice(0, 400)) {
      const entry = eventRow(e);
      const line = formatRow(entry, 'jsonl');
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      const object = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(object)).toEqual([...DATASET_COLUMNS[entry.file]]);
      if (entry.file === 'posts') {
        expect(typeof object.sponsored).toBe('boolean');
        expect(object.posted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      }
    }
  });
});
