import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AWKWARD_POST } from '../../test/ingest/fixtures.js';
import {
  ACCOUNT_COLUMNS,
  CREATOR_COLUMNS,
  csvHeader,
  csvLine,
  DATASET_COLUMNS,
  formatRow,
  POST_COLUMNS,
  type PostRow,
  SNAPSHOT_COLUMNS,
} from './format.js';

const post: PostRow = AWKWARD_POST;

describe('import format columns', () => {
  // The header lines of docs/formats.md.
  const spec = (header: string) => header.split(',');
  it('match the spec exactly, in order', () => {
    expect([...CREATOR_COLUMNS]).toEqual(spec('creator_ref,name,country,niches'));
    expect([...ACCOUNT_COLUMNS]).toEqual(
      spec('creator_ref,platform,handle,external_id,followers,following,rate_per_post_minor,currency'),
    );
    expect([...POST_COLUMNS]).toEqual(
      spec(
        'platform,handle,external_id,posted_at,kind,sponsored,brand,likes,comments,shares,saves,views,reach,impressions,caption',
      ),
    );
    expect([...SNAPSHOT_COLUMNS]).toEqual(spec('platform,handle,captured_at,followers,following'));
    expect(Object.keys(DATASET_COLUMNS)).toEqual(['creators', 'accounts', 'posts', 'follower_snapshots']);
  });

  it('write a plain header line', () => {
    expect(csvHeader(SNAPSHOT_COLUMNS)).toBe('platform,handle,captured_at,followers,following\n');
  });
});

describe('CSV rows', () => {
  const csv = csvHeader(POST_COLUMNS) + csvLine(post, POST_COLUMNS);
  const parsed = parse(csv, { columns: true }) as Record<string, string>[];

  it('round-trip a caption with commas, quotes and line breaks through csv-parse', () => {
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.caption).toBe(post.caption);
    expect(parsed[0]?.brand).toBe('Loom & Thread');
  });

  it('write nulls as empty cells, booleans as true/false, dates as ISO 8601 UTC', () => {
    const row = parsed[0] as Record<string, string>;
    expect(Object.keys(row)).toEqual([...POST_COLUMNS]);
    for (const column of ['shares', 'saves', 'views', 'reach', 'impressions']) expect(row[column]).toBe('');
    expect(row.sponsored).toBe('true');
    expect(row.likes).toBe('1200');
    expect(row.posted_at).toBe('2025-05-04T18:30:05.000Z');
    const line = csvLine({ ...post, caption: null, brand: null, sponsored: false }, POST_COLUMNS);
    expect(line).toBe('INSTAGRAM,maya.okafor,18000000000000001,2025-05-04T18:30:05.000Z,PHOTO,false,,1200,34,,,,,,\n');
  });

  it('is byte-identical to csv-stringify on any cells', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' a ', '')),
          { minLength: 4, maxLength: 4 },
        ),
        (cells) => {
          const row = { a: cells[0] ?? '', b: cells[1] ?? '', c: cells[2] ?? '', d: cells[3] ?? '' };
          expect(csvLine(row, ['a', 'b', 'c', 'd'])).toBe(stringify([cells]));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('JSONL rows', () => {
  it('keep JSON types and the column order, one line each', () => {
    const line = formatRow({ file: 'posts', row: post }, 'jsonl');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const object = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(object)).toEqual([...POST_COLUMNS]);
    expect(object).toEqual(post);
  });

  it('match the CSV writer for the same row', () => {
    expect(formatRow({ file: 'posts', row: post }, 'csv')).toBe(csvLine(post, POST_COLUMNS));
  });
});
