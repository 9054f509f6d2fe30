import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, jsonlRecords, kindFromColumns, kindFromName, prepareFile } from './read.js';
import { parseIsoDateTime, validateAccount, validateCreator, validatePost, validateSnapshot } from './validate.js';

const POST = {
  platform: 'INSTAGRAM',
  handle: 'ada',
  external_id: '1',
  posted_at: '2025-05-01T10:00:00Z',
  kind: 'PHOTO',
  sponsored: 'false',
  brand: '',
  likes: '10',
  comments: '',
  shares: '',
  saves: '',
  views: '',
  reach: '',
  impressions: '',
  caption: '',
};

function problems(result: { ok: boolean; problems?: { field: string; reason: string }[] }) {
  return result.ok ? [] : (result.problems ?? []).map((p) => p.field);
}

describe('parseIsoDateTime', () => {
  it.each([
    ['2025-05-01T10:00:00Z', '2025-05-01T10:00:00.000Z'],
    ['2025-05-01T10:00:00.5Z', '2025-05-01T10:00:00.500Z'],
    ['2025-05-01T10:00Z', '2025-05-01T10:00:00.000Z'],
    ['2025-05-01 10:00:00+02:00', '2025-05-01T08:00:00.000Z'],
    ['2025-05-01T10:00:00-0330', '2025-05-01T13:30:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(new Date(parseIsoDateTime(text) as number).toISOString()).toBe(iso);
  });

  it.each([
    '2025-13-01T00:00:00Z',
    '2025-02-29',
    '2025-04-31T00:00:00Z',
    '2025-05-01T24:00:00Z',
    '2025-05-01T10:00:00',
    '01/05/2025',
    'yesterday',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
  });
});

describe('row validation', () => {
  it('accepts a good post and normalises it', () => {
    const result = validatePost({ ...POST, platform: ' instagram ', handle: '@Ada', kind: 'reel', sponsored: 'TRUE' });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        platform: 'INSTAGRAM',
        handle: 'ada',
        kind: 'REEL',
        sponsored: true,
        likes: 10,
        comments: null,
      }),
    });
  });

  it('reports every bad field of a row at once', () => {
    const result = validatePost({ ...POST, platform: 'MYSPACE', kind: '', likes: '1.5', views: '-1', posted_at: 'x' });
    expect(problems(result)).toEqual(['platform', 'posted_at', 'kind', 'likes', 'views']);
  });

  it('bounds counts at 2^31 − 1 and rejects non-numbers, in CSV text and JSON numbers', () => {
    expect(problems(validatePost({ ...POST, likes: '2147483647' }))).toEqual([]);
    expect(problems(validatePost({ ...POST, likes: 2_147_483_648 }))).toEqual(['likes']);
    expect(problems(validatePost({ ...POST, likes: '1e3' }))).toEqual(['likes']);
    expect(problems(validatePost({ ...POST, likes: true }))).toEqual(['likes']);
  });

  it('keeps long numeric ids exact: JSON numbers past 2^53 are refused, strings are fine', () => {
    expect(problems(validatePost({ ...POST, external_id: JSON.parse('17840091658676987') }))).toEqual(['external_id']);
    expect(validatePost({ ...POST, external_id: 42 })).toMatchObject({ ok: true, value: { externalId: '42' } });
  });

  it('checks creators: required ref and name, ISO country, niches lower case and unique', () => {
    expect(validateCreator({ creator_ref: 'c1', name: 'Ada', country: 'gb', niches: 'Tech| gaming |tech||' })).toEqual({
      ok: true,
      value: { ref: 'c1', name: 'Ada', country: 'GB', niches: ['tech', 'gaming'] },
    });
    expect(problems(validateCreator({ creator_ref: '', name: ' ', country: 'UK', niches: null }))).toEqual([
      'creator_ref',
      'name',
      'country',
    ]);
    expect(validateCreator({ creator_ref: 'c1', name: 'Ada', country: '', niches: ['Food'] })).toMatchObject({
      value: { country: null, niches: ['food'] },
    });
  });

  it('checks accounts: known currency, required with a rate', () => {
    const base = {
      creator_ref: 'c1',
      platform: 'X',
      handle: 'ada',
      external_id: '9',
      followers: '10',
      following: '',
      rate_per_post_minor: '',
      currency: '',
    };
    expect(problems(validateAccount(base))).toEqual([]);
    expect(problems(validateAccount({ ...base, rate_per_post_minor: '100' }))).toEqual(['currency']);
    expect(problems(validateAccount({ ...base, rate_per_post_minor: '100', currency: 'ABC' }))).toEqual(['currency']);
    expect(validateAccount({ ...base, rate_per_post_minor: '100', currency: 'jpy' })).toMatchObject({
      value: { ratePerPostMinor: 100, currency: 'JPY' },
    });
    expect(problems(validateAccount({ ...base, handle: 'two words', followers: '' }))).toEqual(['handle', 'followers']);
  });

  it('checks snapshots', () => {
    expect(
      validateSnapshot({ platform: 'TIKTOK', handle: 'a', captured_at: '2025-01-01', followers: 5, following: null }),
    ).toEqual({
      ok: true,
      value: { platform: 'TIKTOK', handle: 'a', capturedAt: Date.UTC(2025, 0, 1), followers: 5, following: null },
    });
  });
});

describe('file detection and reading', () => {
  it('tells the kind from the header, else from the name', () => {
    expect(kindFromColumns(['platform', 'handle', 'captured_at', 'followers', 'following'])).toBe('follower_snapshots');
    expect(kindFromColumns(['creator_ref', 'platform', 'handle'])).toBe('accounts');
    expect(kindFromColumns(['creator_ref', 'name', 'country', 'niches'])).toBe('creators');
    expect(kindFromColumns(['a', 'b'])).toBeNull();
    expect(kindFromName('/tmp/2025-06 Posts.CSV')).toBe('posts');
    expect(kindFromName('follower_snapshots.jsonl')).toBe('follower_snapshots');
    expect(kindFromName('data.zip')).toBeNull();
  });

  it('sniffs the format when the extension does not say, and replays the peeked bytes', async () => {
    const file = await prepareFile(
      { name: 'upload', stream: Readable.from(['{"platform":"X","posted_at":', '"x"}\n{}\n']) },
      0,
    );
    expect(file).toMatchObject({ format: 'jsonl', kind: 'posts', problem: null });
    const lines = [];
    for await (const r of jsonlRecords(file.body)) lines.push(r.line);
    expect(lines).toEqual([1, 2]);
  });

  it('numbers CSV rows by their first line, past quoted newlines, blank lines and a BOM', async () => {
    const text = '\ufeffa,b\n1,"x\ny\nz"\n\n2,3\n4\n5,6\n';
    const out = [];
    for await (const r of csvRecords(Readable.from([Buffer.from(text)]))) out.push(r);
    expect(out).toEqual([
      { line: 2, values: { a: '1', b: 'x\ny\nz' } },
      { line: 6, values: { a: '2', b: '3' } },
      { line: 7, error: expect.stringMatching(/Invalid Record Length/) },
      { line: 8, values: { a: '5', b: '6' } },
    ]);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('a,b\n1,👇é\n');
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const out = [];
    for await (const r of csvRecords(Readable.from(chunks))) out.push(r);
    expect(out).toEqual([{ line: 2, values: { a: '1', b: '👇é' } }]);
  });
});
