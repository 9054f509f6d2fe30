import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { PLATFORMS } from '../enums.js';
import { Post } from '../posts/entity.js';

export const Creator = defineEntity({
  name: 'Creator',
  tableName: 'creators',
  properties: {
    id: p.integer().primary(),
    /** The importer's key for the creator; unique so re-imports update instead of duplicating. */
    ref: p.string().length(128).unique(),
    name: p.string().length(200).index(),
    country: p.string().length(2).nullable().index(),
    /**
     * Followers of the creator's largest account, kept in step by the services that write accounts,
     * so tier and follower filters on creators are one indexed range scan.
     */
    maxFollowers: p.integer().default(0).index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    accounts: () => p.oneToMany(Account).mappedBy('creator'),
    niches: () => p.oneToMany(CreatorNiche).mappedBy('creator').orphanRemoval(),
  },
});
export type ICreator = InferEntity<typeof Creator>;

/** One row per (creator, niche): indexed niche filters work the same on SQLite and PostgreSQL. */
export const CreatorNiche = defineEntity({
  name: 'CreatorNiche',
  tableName: 'creator_niches',
  uniques: [{ properties: ['creator', 'niche'] }],
  properties: {
    id: p.integer().primary(),
    creator: () => p.manyToOne(Creator).deleteRule('cascade'),
    niche: p.string().length(40).index(),
  },
});
export type ICreatorNiche = InferEntity<typeof CreatorNiche>;

export const Account = defineEntity({
  name: 'Account',
  tableName: 'accounts',
  uniques: [{ properties: ['platform', 'handle'] }, { properties: ['platform', 'externalId'] }],
  // handle: `creator(handle:)` without a platform, which the unique (platform, handle) cannot serve.
  indexes: [{ properties: ['platform', 'followers'] }, { properties: ['handle'] }],
  properties: {
    id: p.integer().primary(),
    // Indexed on both engines (SQLite indexes foreign keys by itself, PostgreSQL does not): creators load
    // their accounts and imports recompute maxFollowers through it.
    creator: () => p.manyToOne(Creator).deleteRule('cascade').index(),
    platform: p.enum([...PLATFORMS]),
    handle: p.string().length(100),
    externalId: p.string().length(100),
    followers: p.integer().index(),
    following: p.integer().nullable(),
    ratePerPostMinor: p.bigint('number').nullable(),
    rateCurrency: p.string().length(3).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    posts: () => p.oneToMany(Post).mappedBy('account'),
    snapshots: () => p.oneToMany(FollowerSnapshot).mappedBy('account'),
  },
});
export type IAccount = InferEntity<typeof Account>;

export const FollowerSnapshot = defineEntity({
  name: 'FollowerSnapshot',
  tableName: 'follower_snapshots',
  uniques: [{ properties: ['account', 'capturedAt'] }],
  properties: {
    id: p.integer().primary(),
    account: () => p.manyToOne(Account).deleteRule('cascade'),
    capturedAt: p.datetime(),
    followers: p.integer(),
    following: p.integer().nullable(),
  },
});
export type IFollowerSnapshot = InferEntity<typeof FollowerSnapshot>;
