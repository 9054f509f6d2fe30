import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Account } from '../creators/entity.js';
import { CAMPAIGN_GOALS, CAMPAIGN_STATUSES, POST_KINDS } from '../enums.js';
import { Organization } from '../organizations/entity.js';
import { Post } from '../posts/entity.js';

export const Campaign = defineEntity({
  name: 'Campaign',
  tableName: 'campaigns',
  indexes: [{ properties: ['organization', 'status'] }],
  properties: {
    id: p.integer().primary(),
    organization: () => p.manyToOne(Organization).deleteRule('cascade'),
    name: p.string().length(200),
    brand: p.string().length(200),
    goal: p.enum([...CAMPAIGN_GOALS]),
    status: p.enum([...CAMPAIGN_STATUSES]).default('DRAFT'),
    /** ISO 4217; every fee and amount of the campaign is in this currency. */
    currency: p.string().length(3),
    budgetMinor: p.bigint('number'),
    startsAt: p.datetime(),
    endsAt: p.datetime().nullable(),
    revenueMinor: p.bigint('number').nullable(),
    conversions: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    members: () => p.oneToMany(CampaignMember).mappedBy('campaign'),
    posts: () => p.oneToMany(CampaignPost).mappedBy('campaign'),
  },
});
export type ICampaign = InferEntity<typeof Campaign>;

export const CampaignMember = defineEntity({
  name: 'CampaignMember',
  tableName: 'campaign_members',
  uniques: [{ properties: ['campaign', 'account'] }],
  properties: {
    id: p.integer().primary(),
    campaign: () => p.manyToOne(Campaign).deleteRule('cascade'),
    account: () => p.manyToOne(Account).deleteRule('cascade').index(),
    /** Agreed fee per deliverable in the campaign's currency; null falls back to the quoted rate or the rate card. */
    feeMinor: p.bigint('number').nullable(),
    deliverables: p.integer().default(1),
    /** What each deliverable is (a reel costs more than a photo); fees and estimates use its multiplier. */
    kind: p.enum([...POST_KINDS]).default('PHOTO'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ICampaignMember = InferEntity<typeof CampaignMember>;

export const CampaignPost = defineEntity({
  name: 'CampaignPost',
  tableName: 'campaign_posts',
  uniques: [{ properties: ['campaign', 'post'] }],
  properties: {
    id: p.integer().primary(),
    campaign: () => p.manyToOne(Campaign).deleteRule('cascade'),
    post: () => p.manyToOne(Post).deleteRule('cascade').index(),
    linkedAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ICampaignPost = InferEntity<typeof CampaignPost>;
