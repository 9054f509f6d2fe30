import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Account } from '../creators/entity.js';
import { PLATFORMS, POST_KINDS } from '../enums.js';

export const Post = defineEntity({
  name: 'Post',
  tableName: 'posts',
  // platform is copied from the account so (platform, external id) can be a unique key, as imports upsert on it.
  uniques: [{ properties: ['platform', 'externalId'] }],
  indexes: [
    { properties: ['account', 'postedAt'] },
    { properties: ['postedAt'] },
    { properties: ['sponsored'] },
    // Discovery's brand filter: sponsored posts by brand, case-insensitive (migration 20261129171500).
    {
      name: 'posts_sponsored_brand_index',
      expression: (table, columns, name) =>
        `create index ${name} on ${table} (lower(${columns.brand})) where ${columns.sponsored} = true`,
    },
  ],
  properties: {
    id: p.integer().primary(),
    account: () => p.manyToOne(Account).deleteRule('cascade'),
    platform: p.enum([...PLATFORMS]),
    externalId: p.string().length(100),
    postedAt: p.datetime(),
    kind: p.enum([...POST_KINDS]),
    caption: p.text().nullable(),
    sponsored: p.boolean().default(false),
    brand: p.string().length(200).nullable(),
    // null where the platform does not report the number; metrics count it as 0 and say so.
    likes: p.integer().nullable(),
    comments: p.integer().nullable(),
    shares: p.integer().nullable(),
    saves: p.integer().nullable(),
    views: p.integer().nullable(),
    reach: p.integer().nullable(),
    impressions: p.integer().nullable(),
  },
});
export type IPost = InferEntity<typeof Post>;
