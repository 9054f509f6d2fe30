import { CampaignMember, CampaignPost } from '@creatorgraph/core';
import type { Tier } from '@creatorgraph/sdk';
import { describe, expect, it } from 'vitest';
import { accountsWithPosts, createCampaign, dialects, twoOrganizations } from './live-server.js';

describe.each(dialects)('campaign writes through the SDK on %s', (dialect) => {
  const suite = twoOrganizations(dialect);
  const accountsOf = (tier: Tier, count: number) => accountsWithPosts(suite.owner, tier, count, 3);
  const create = (name: string) => createCampaign(suite.owner, name, 'CONVERSION', 2_000_000);

  it('creates a campaign, hires members, links their posts and records revenue', async () => {
    const { live, owner } = suite;
    const campaign = await create('SDK micro campaign');
    expect(campaign).toMatchObject({ status: 'DRAFT', currency: 'USD', members: [], posts: [] });
    const accounts = await accountsOf('MICRO', 2);

    for (const account of accounts) {
      const added = await owner.addCampaignMember({
        input: {
          campaignId: campaign.id,
          accountId: account.id,
          fee: { amountMinor: 25_000, currency: 'USD' },
          deliverables: 2,
        },
      });
      if (!added.ok) throw new Error(JSON.stringify(added.errors));
      const result = added.data.addCampaignMember;
      if (result.__typename !== 'AddCampaignMemberPayload') throw new Error(`addCampaignMember: ${result.__typename}`);
      expect(result.member).toMatchObject({ deliverables: 2, fee: { amountMinor: 25_000, currency: 'USD' } });
      expect(result.member.account).toMatchObject({ id: account.id, tier: 'MICRO' });
    }

    const postIds = accounts.flatMap((a) => a.postIds.slice(0, 2));
    const linked = await owner.linkCampaignPosts({ campaignId: campaign.id, postIds });
    if (!linked.ok || linked.data.linkCampaignPosts.__typename !== 'LinkCampaignPostsPayload') {
      throw new Error(`linkCampaignPosts: ${JSON.stringify(linked)}`);
    }
    expect(linked.data.linkCampaignPosts.linkedPosts.map((p) => p.id)).toEqual(postIds);
    expect(linked.data.linkCampaignPosts.campaign.members).toHaveLength(2);

    const recorded = await owner.recordCampaignResults({
      campaignId: campaign.id,
      input: { revenue: { amountMinor: 300_000, currency: 'USD' }, conversions: 55 },
    });
    if (!recorded.ok || recorded.data.recordCampaignResults.__typename !== 'RecordCampaignResultsPayload') {
      throw new Error(`recordCampaignResults: ${JSON.stringify(recorded)}`);
    }
    expect(recorded.data.recordCampaignResults.campaign).toMatchObject({
      revenue: { amountMinor: 300_000, currency: 'USD' },
      conversions: 55,
    });

    // Errors are values of the result union.
    const wrongCurrency = await owner.recordCampaignResults({
      campaignId: campaign.id,
      input: { revenue: { amountMinor: 1, currency: 'EUR' } },
    });
    const mismatch = wrongCurrency.data?.recordCampaignResults;
    if (mismatch?.__typename !== 'CurrencyMismatchError') throw new Error(`expected a currency mismatch`);
    expect(mismatch).toMatchObject({ code: 'CURRENCY_MISMATCH', expected: 'USD', actual: 'EUR' });

    const [stranger] = await accountsOf('MID', 1);
    const ineligible = await owner.linkCampaignPosts({ campaignId: campaign.id, postIds: [stranger!.postIds[0]!] });
    const invalid = ineligible.data?.linkCampaignPosts;
    if (invalid?.__typename !== 'ValidationError') throw new Error('expected a validation error');
    expect(invalid.issues).toEqual([
      { field: 'postIds.0', message: "the post's account is not a member of this campaign" },
    ]);

    // The full read agrees with the database.
    const read = await owner.campaign({ id: campaign.id });
    if (!read.ok || !read.data.campaign) throw new Error('campaign read failed');
    expect(read.data.campaign.posts.map((p) => p.id)).toEqual(postIds);
    const em = live.db.em.fork();
    const dbId = Number(Buffer.from(campaign.id, 'base64').toString().split(':')[1]);
    expect(await em.count(CampaignMember, { campaign: dbId })).toBe(2);
    expect(await em.count(CampaignPost, { campaign: dbId })).toBe(4);
  });

  it('denies another organization every write to a campaign, and hides it from reads', async () => {
    const { owner, other } = suite;
    const campaign = await create('SDK private campaign');
    const [account] = await accountsOf('MICRO', 1);
    const added = await owner.addCampaignMember({ input: { campaignId: campaign.id, accountId: account!.id } });
    expect(added.ok && added.data.addCampaignMember.__typename).toBe('AddCampaignMemberPayload');

    const read = await other.campaign({ id: campaign.id });
    expect(read.ok && read.data.campaign).toBeNull();
    const attempts = [
      () => other.updateCampaign({ id: campaign.id, input: { name: 'Hijacked' } }).then((r) => r.data?.updateCampaign),
      () => other.archiveCampaign({ id: campaign.id }).then((r) => r.data?.archiveCampaign),
      () =>
        other
          .addCampaignMember({ input: { campaignId: campaign.id, accountId: account!.id } })
          .then((r) => r.data?.addCampaignMember),
      () =>
        other
          .removeCampaignMember({ input: { campaignId: campaign.id, accountId: account!.id } })
          .then((r) => r.data?.removeCampaignMember),
      () =>
        other
          .linkCampaignPosts({ campaignId: campaign.id, postIds: account!.postIds })
          .then((r) => r.data?.linkCampaignPosts),
      () =>
        other
          .recordCampaignResults({ campaignId: campaign.id, input: { conversions: 1 } })
          .then((r) => r.data?.recordCampaignResults),
    ];
    const results = [];
    for (const attempt of attempts) results.push(await attempt());
    for (const result of results) {
      expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', ref: campaign.id });
    }

    const after = await owner.campaign({ id: campaign.id });
    if (!after.ok || !after.data.campaign) throw new Error('campaign read failed');
    expect(after.data.campaign).toMatchObject({ name: 'SDK private campaign', status: 'DRAFT', conversions: null });
    expect(after.data.campaign.members).toHaveLength(1);
    expect(after.data.campaign.posts).toEqual([]);
  });
});
