import {
  type AccountRow,
  type CreatorRow,
  type DatasetRow,
  NICHE_SEPARATOR,
  type PostRow,
  type SnapshotRow,
} from '../ingest/format.js';
import type { AccountRecord, CreatorRecord, DatasetEvent, PostRecord, SnapshotRecord } from './generate/index.js';

/** Generator records as rows of the import format (ingest/format.ts owns the format itself). */

// Key order follows the column arrays, so JSONL objects read like the CSV header.

export function creatorRow(r: CreatorRecord): CreatorRow {
  return { creator_ref: r.creatorRef, name: r.name, country: r.country, niches: r.niches.join(NICHE_SEPARATOR) };
}

export function accountRow(r: AccountRecord): AccountRow {
  return {
    creator_ref: r.creatorRef,
    platform: r.platform,
    handle: r.handle,
    external_id: r.externalId,
    followers: r.followers,
    following: r.following,
    rate_per_post_minor: r.ratePerPostMinor,
    currency: r.currency,
  };
}

export function postRow(r: PostRecord): PostRow {
  return {
    platform: r.platform,
    handle: r.handle,
    external_id: r.externalId,
    posted_at: r.postedAt.toISOString(),
    kind: r.kind,
    sponsored: r.sponsored,
    brand: r.brand,
    likes: r.likes,
    comments: r.comments,
    shares: r.shares,
    saves: r.saves,
    views: r.views,
    reach: r.reach,
    impressions: r.impressions,
    caption: r.caption,
  };
}

export function snapshotRow(r: SnapshotRecord): SnapshotRow {
  return {
    platform: r.platform,
    handle: r.handle,
    captured_at: r.capturedAt.toISOString(),
    followers: r.followers,
    following: r.following,
  };
}

/** Which file a generator event belongs in, and its row. */
export function eventRow(event: DatasetEvent): DatasetRow {
  switch (event.type) {
    case 'creator':
      return { file: 'creators', row: creatorRow(event.record) };
    case 'account':
      return { file: 'accounts', row: accountRow(event.record) };
    case 'snapshot':
      return { file: 'follower_snapshots', row: snapshotRow(event.record) };
    case 'post':
      return { file: 'posts', row: postRow(event.record) };
  }
}
