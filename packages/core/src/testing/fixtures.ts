import { Campaign, CampaignMember, CampaignPost } from '../campaigns/entity.js';
import { Account, Creator, CreatorNiche, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import type { EntityManager } from '../db/orm.js';
import { NICHES, PLATFORMS, POST_KINDS } from '../enums.js';
import { createApiKey, createOrganization } from '../organizations/service.js';
import { Post } from '../posts/entity.js';

/** Follower counts that put fixture accounts in every tier, cycling. */
const FOLLOWERS = [1_200, 8_000, 15_000, 42_000, 120_000, 700_000, 2_500_000, 30_000, 25_000, 5_000];

export interface CatalogFixture {
  orgs: { id: number; slug: string; key: string; readKey: string }[];
  creatorIds: number[];
  accountIds: number[];
  campaignIds: { [slug: string]: number[] };
}

/**
 * A small hand-shaped catalog for API tests: `creators` creators with 1–2 accounts each, `postsPerAccount`
 * posts a day apart ending at `end`, weekly snapshots, two organizations with a campaign each.
 */
export async function seedCatalog(
  em: EntityManager,
  opts: { creators: number; postsPerAccount: number; end: Date },
): Promise<CatalogFixture> {
  const day = 86_400_000;
  const creatorIds: number[] = [];
  const accounts: IAccount[] = [];
  for (let i = 0; i < opts.creators; i++) {
    const followers = FOLLOWERS[i % FOLLOWERS.length] as number;
    const creator = em.create(Creator, {
      ref: `fixture-${i}`,
      name: `Creator ${String(i).padStart(3, '0')}`,
      country: ['US', 'GB', 'DE', 'BR'][i % 4] as string,
      maxFollowers: followers,
    });
    em.create(CreatorNiche, { creator, niche: NICHES[i % NICHES.length] as string });
    if (i % 3 === 0) em.create(CreatorNiche, { creator, niche: NICHES[(i + 3) % NICHES.length] as string });
    const platforms = i % 2 === 0 ? [PLATFORMS[i % 4]] : [PLATFORMS[i % 4], PLATFORMS[(i + 1) % 4]];
    platforms.forEach((platform, j) => {
      const f = j === 0 ? followers : Math.round(followers / 3);
      const account = em.create(Account, {
        creator,
        platform: platform as (typeof PLATFORMS)[number],
        handle: `creator${i}_${j}`,
        externalId: `ext-${i}-${j}`,
        followers: f,
        following: 300 + i,
        ratePerPostMinor: i % 2 === 0 ? 10_000 + i * 100 : null,
        rateCurrency: i % 2 === 0 ? 'USD' : null,
      });
      accounts.push(account);
      for (let w = 0; w < 4; w++) {
        em.create(FollowerSnapshot, {
          account,
          capturedAt: new Date(opts.end.getTime() - (3 - w) * 7 * day),
          followers: Math.round(f * (0.97 + 0.01 * w)),
          following: 300 + i,
        });
      }
      for (let k = 0; k < opts.postsPerAccount; k++) {
        em.create(Post, {
          account,
          platform: account.platform,
          externalId: `post-${i}-${j}-${k}`,
          postedAt: new Date(opts.end.getTime() - k * day - i * 1000),
          kind: POST_KINDS[k % 3] as (typeof POST_KINDS)[number],
          caption: `Post ${k} of creator ${i}`,
          sponsored: k % 4 === 0,
          brand: k % 4 === 0 ? 'Acme' : null,
          likes: Math.round(f * 0.03) + k,
          comments: Math.round(f * 0.002) + (k % 5),
          shares: k % 2 === 0 ? k : null,
          saves: null,
          views: null,
          reach: null,
          impressions: null,
        });
      }
    });
    await em.flush();
    creatorIds.push(creator.id);
  }
  const orgs: CatalogFixture['orgs'] = [];
  const campaignIds: CatalogFixture['campaignIds'] = {};
  for (const slug of ['acme', 'globex']) {
    const org = await createOrganization(em, slug === 'acme' ? 'Acme Agency' : 'Globex Brands', slug);
    const { raw } = await createApiKey(em, org, 'test admin', ['admin']);
    const { raw: readKey } = await createApiKey(em, org, 'test read', ['read']);
    orgs.push({ id: org.id, slug, key: raw, readKey });
    const campaign = em.create(Campaign, {
      organization: org,
      name: `${org.name} launch`,
      brand: 'Acme',
      goal: 'ENGAGEMENT',
      status: 'ACTIVE',
      currency: 'USD',
      budgetMinor: 1_000_000,
      startsAt: new Date(opts.end.getTime() - 30 * day),
    });
    const members = slug === 'acme' ? accounts.slice(0, 3) : accounts.slice(3, 5);
    for (const account of members) em.create(CampaignMember, { campaign, account, feeMinor: 50_000, deliverables: 2 });
    await em.flush();
    const post = await em.findOne(Post, { account: members[0]?.id ?? 0 }, { orderBy: { postedAt: 'desc' } });
    if (post) em.create(CampaignPost, { campaign, post });
    await em.flush();
    campaignIds[slug] = [campaign.id];
  }
  return { orgs, creatorIds, accountIds: accounts.map((a) => a.id), campaignIds };
}
