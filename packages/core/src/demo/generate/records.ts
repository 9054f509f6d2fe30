import type { AccountImportRow } from '../../ingest/validate.js';
import type { Platform, PostKind } from '../../metrics/config.js';
import type { PostCounts } from '../../metrics/engagement.js';
import type { Tier } from '../../metrics/tiers.js';

/** What the generator produces: plain records in import-file shape, and the truth it planted. */

export interface CreatorRecord {
  creatorRef: string;
  name: string;
  country: string;
  niches: string[];
}

/** An account has the very fields of a validated import row. */
export type AccountRecord = AccountImportRow;

export interface PostRecord extends PostCounts {
  platform: Platform;
  handle: string;
  externalId: string;
  postedAt: Date;
  kind: PostKind;
  sponsored: boolean;
  brand: string | null;
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
