import type { Platform, PostKind } from '../../metrics/config.js';
import type { Tier } from '../../metrics/tiers.js';

/** What the generator produces: plain records in import-file shape, and the truth it planted. */

export interface CreatorRecord {
  creatorRef: string;
  name: string;
  country: string;
  niches: string[];
}

export interface AccountRecord {
  creatorRef: string;
  platform: Platform;
  handle: string;
  externalId: string;
  followers: number;
  following: number | null;
  ratePerPostMinor: number | null;
  currency: string | null;
}

export interface PostRecord {
  platform: Platform;
  handle: string;
  externalId: string;
  postedAt: Date;
  kind: PostKind;
  sponsored: boolean;
  brand: string | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  caption: string | null;
}

export interface SnapshotRecord {
  platform: Platform;
  handle: string;
  capturedAt: Date;
  followers: number;
  following: number | null;
}

/** What the generator planted in an account: ground truth for tests of the metrics, never exported to files. */
export interface AccountTruth {
  /** Tier the engagement benchmark came from (organic followers at the end). */
  tier: Tier;
  /** The account's true engagement rate by organic followers, before kind and per-post noise. */
  trueRate: number;
  insights: boolean;
  spike: { capturedAt: Date; boughtFollowers: number; jump: number } | null;
  pod: boolean;
  followBack: boolean;
  expectedPosts: number;
}

export type DatasetEvent =
  | { type: 'creator'; record: CreatorRecord }
  | { type: 'account'; record: AccountRecord; truth: AccountTruth }
  | { type: 'snapshot'; record: SnapshotRecord }
  | { type: 'post'; record: PostRecord };

export interface DatasetCounts {
  creators: number;
  accounts: number;
  snapshots: number;
  posts: number;
}

export interface AccountRef {
  platform: Platform;
  handle: string;
}

export interface DatasetLabels {
  spikeAccounts: AccountRef[];
  podAccounts: AccountRef[];
  followBackAccounts: AccountRef[];
}

export interface GeneratedDataset {
  creators: CreatorRecord[];
  accounts: AccountRecord[];
  posts: PostRecord[];
  snapshots: SnapshotRecord[];
  labels: DatasetLabels;
}
