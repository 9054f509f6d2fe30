import type { IFollowerSnapshot } from '../creators/entity.js';
import type { PostMetricsInput, SnapshotInput } from '../metrics/engagement.js';
import type { IPost } from '../posts/entity.js';

/** A stored post as the pure metric functions take it: tests recompute API answers from database rows. */
type StoredPost = Pick<IPost, 'postedAt' | 'kind'> &
  Partial<Record<'likes' | 'comments' | 'shares' | 'saves' | 'views' | 'reach' | 'impressions', number | null>> & {
    sponsored?: boolean | null;
  };

export function postMetricsInput(p: StoredPost): PostMetricsInput {
  return {
    postedAt: p.postedAt,
    kind: p.kind,
    sponsored: p.sponsored ?? false,
    likes: p.likes ?? null,
    comments: p.comments ?? null,
    shares: p.shares ?? null,
    saves: p.saves ?? null,
    views: p.views ?? null,
    reach: p.reach ?? null,
    impressions: p.impressions ?? null,
  };
}

export function snapshotInput(s: Pick<IFollowerSnapshot, 'capturedAt' | 'followers' | 'following'>): SnapshotInput {
  return { capturedAt: s.capturedAt, followers: s.followers, following: s.following ?? null };
}
