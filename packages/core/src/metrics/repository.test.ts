import { describe, expect, it } from 'vitest';
import { groupByAccount, postMetricsFromRow, snapshotFromRow } from './repository.js';

describe('row mappers', () => {
  const at = new Date('2026-06-30T12:00:00.123Z');

  it('read a SQLite posts row (epoch ms, 0/1 booleans) and a PostgreSQL one (timestamptz text, bigint strings) alike', () => {
    const expected = {
      postedAt: at,
      kind: 'REEL',
      sponsored: true,
      likes: 120,
      comments: 4,
      shares: null,
      saves: 0,
      views: 9000,
      reach: null,
      impressions: null,
    };
    const counts = { comments: 4, shares: null, saves: 0, reach: null, impressions: null };
    const sqlite = { posted_at: at.getTime(), kind: 'REEL', sponsored: 1, likes: 120, views: 9000, ...counts };
    const postgres = {
      posted_at: '2026-06-30 12:00:00.123+00',
      kind: 'REEL',
      sponsored: true,
      likes: '120',
      views: '9000',
      ...counts,
    };
    expect(postMetricsFromRow(sqlite)).toEqual(expected);
    expect(postMetricsFromRow(postgres)).toEqual(expected);
    expect(postMetricsFromRow({ ...sqlite, sponsored: 0, likes: null }).sponsored).toBe(false);
  });

  it('read a snapshots row with following absent as null', () => {
    expect(snapshotFromRow({ captured_at: at, followers: '1500', following: null })).toEqual({
      capturedAt: at,
      followers: 1500,
      following: null,
    });
  });

  it('group rows by account, keeping their order', () => {
    const rows = [
      { accountId: 2, k: 'a' },
      { accountId: 1, k: 'b' },
      { accountId: 2, k: 'c' },
    ];
    expect([...groupByAccount(rows)]).toEqual([
      [2, [rows[0], rows[2]]],
      [1, [rows[1]]],
    ]);
  });
});
