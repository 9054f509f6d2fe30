import { buildAccount } from './accounts.js';
import { newState } from './ids.js';
import { DEMO_OPTIONS, type GeneratorOptions, resolveGeneratorOptions } from './options.js';
import { generatePosts } from './posts.js';
import type { CreatorRecord, DatasetCounts, DatasetEvent, GeneratedDataset } from './records.js';
import { createWorld, planCreator } from './world.js';

/**
 * Deterministic synthetic creators, accounts, follower snapshots and posts. Pure record generation:
 * no database, no clock (the caller passes `end`), no Math.random. `generateDataset` streams so a
 * million posts never sit in memory; `generateDemo` collects a small dataset for seeding.
 *
 * Parts, in the order a dataset is made: options.ts (defaults, validation), world.ts (what all creators
 * share, and each creator's plan), ids.ts (handles, external ids), accounts.ts (follower history and the
 * planted anomalies), posts.ts and captions.ts, then campaigns.ts for the demo's organisations. The
 * distributions live in ../parameters/, the random streams in ../random.ts.
 */

// The public surface; the modules' other exports are shared between the generator's parts only.
export {
  type DemoCampaign,
  type DemoCampaignMember,
  type DemoOrganization,
  demoCampaigns,
  demoOrganizations,
} from './campaigns.js';
export {
  DEMO_OPTIONS,
  GENERATOR_DEFAULTS,
  type GeneratorOptions,
  type ResolvedGeneratorOptions,
  resolveGeneratorOptions,
} from './options.js';
export type {
  AccountRecord,
  AccountRef,
  AccountTruth,
  CreatorRecord,
  DatasetCounts,
  DatasetEvent,
  DatasetLabels,
  GeneratedDataset,
  PostRecord,
  SnapshotRecord,
} from './records.js';

/**
 * Streams the dataset: a creator, then its accounts, then each account's weekly snapshots and its posts
 * (oldest first), then the next creator. Only one creator's accounts are held at a time. Returns the
 * counts when exhausted.
 */
export function* generateDataset(options: GeneratorOptions): Generator<DatasetEvent, DatasetCounts, undefined> {
  const opts = resolveGeneratorOptions(options);
  const world = createWorld(opts);
  const state = newState();
  const counts: DatasetCounts = { creators: 0, accounts: 0, snapshots: 0, posts: 0 };
  const width = Math.max(6, String(opts.creators).length);
  for (let index = 0; index < opts.creators; index++) {
    const plan = planCreator(world, index);
    const creatorRef = `cr-${String(index + 1).padStart(width, '0')}`;
    const creator: CreatorRecord = {
      creatorRef,
      name: `${plan.first} ${plan.last}`,
      country: plan.country,
      niches: [...plan.niches],
    };
    counts.creators++;
    yield { type: 'creator', record: creator };

    const handleStyle = plan.rng.int(0, 6);
    const accounts = plan.accounts.map((a) => buildAccount(world, state, plan, creatorRef, handleStyle, a));
    for (const account of accounts) {
      counts.accounts++;
      yield { type: 'account', record: account.record, truth: account.truth };
    }
    for (const account of accounts) {
      const { platform, handle } = account.record;
      for (let i = 0; i < world.snapshotTimes.length; i++) {
        counts.snapshots++;
        yield {
          type: 'snapshot',
          record: {
            platform,
            handle,
            capturedAt: new Date(world.snapshotTimes[i] as number),
            followers: account.followers[i] as number,
            following: account.following[i] ?? null,
          },
        };
      }
      for (const post of generatePosts(world, state, plan, account)) {
        counts.posts++;
        yield { type: 'post', record: post };
      }
    }
  }
  return counts;
}

/** Collects a whole (small) dataset with its planted anomalies. Defaults to DEMO_OPTIONS. */
export function generateDemo(options: Partial<GeneratorOptions> & { end: Date }): GeneratedDataset {
  const dataset: GeneratedDataset = {
    creators: [],
    accounts: [],
    posts: [],
    snapshots: [],
    labels: { spikeAccounts: [], podAccounts: [], followBackAccounts: [] },
  };
  // Explicit undefineds fall back to the demo values, not to the generator's defaults.
  const merged: GeneratorOptions = { ...DEMO_OPTIONS, end: options.end };
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(merged, { [name]: value });
  }
  for (const event of generateDataset(merged)) {
    switch (event.type) {
      case 'creator':
        dataset.creators.push(event.record);
        break;
      case 'account': {
        dataset.accounts.push(event.record);
        const ref = { platform: event.record.platform, handle: event.record.handle };
        if (event.truth.spike) dataset.labels.spikeAccounts.push(ref);
        if (event.truth.pod) dataset.labels.podAccounts.push(ref);
        if (event.truth.followBack) dataset.labels.followBackAccounts.push(ref);
        break;
      }
      case 'snapshot':
        dataset.snapshots.push(event.record);
        break;
      case 'post':
        dataset.posts.push(event.record);
        break;
    }
  }
  return dataset;
}
