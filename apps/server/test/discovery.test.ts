import { Account, Creator, Post, seedDemo } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness, NOW } from './harness.js';

/**
 * Discovery over HTTP on the demo data: metric filters and orderings use the account on the requested
 * platform (else the primary account), checked against the per-account fields of the same response.
 */

interface AccountNode {
  id: string;
  platform: string;
  followers: number;
  engagement: { value: number | null; sampleSize: number };
  reliableEngagement: { value: number | null };
}
interface CreatorNode {
  id: string;
  name: string;
  metricAccount: AccountNode | null;
}

interface CreatorsPage {
  creators: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: CreatorNode[] };
}

const ACCOUNT_FIELDS = 'id platform followers engagement { value sampleSize } reliableEngagement { value }';

describe.each(dialects)('discovery on %s', (dialect) => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 10 });
    await seedDemo(h.db, { end: NOW, seed: 7, creators: 150, postsTarget: 6000 });
    // "20% engagement on 10 likes": 50 followers, two posts of 10 likes.
    const em = h.db.em.fork();
    const tiny = em.create(Creator, { ref: 'tiny', name: 'Tiny Star', maxFollowers: 50 });
    const account = em.create(Account, {
      creator: tiny,
      platform: 'INSTAGRAM',
      handle: 'tiny.star',
      externalId: 'tiny-1',
      followers: 50,
    });
    for (const k of [1, 2]) {
      em.create(Post, {
        account,
        platform: 'INSTAGRAM',
        externalId: `tiny-post-${k}`,
        postedAt: new Date(NOW.getTime() - k * 86_400_000),
        kind: 'PHOTO',
        likes: 10,
        comments: 0,
      });
    }
    await em.flush();
  }, 120_000);
  afterAll(() => h?.db.destroy());

  /** Every creator of a filter and order, through the connection's cursors. */
  async function all(filter: string, orderBy: string, platform: string | null): Promise<CreatorNode[]> {
    const out: CreatorNode[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof h.gql<CreatorsPage>>> = await h.gql<CreatorsPage>(
        `query($after: String, $platform: Platform) { creators(first: 100, after: $after, filter: ${filter}, orderBy: ${orderBy}) {
          pageInfo { hasNextPage endCursor } nodes { id name metricAccount(platform: $platform) { ${ACCOUNT_FIELDS} } } } }`,
        { after, platform },
      );
      expect(res.errors).toBeUndefined();
      out.push(...res.data!.creators.nodes);
      if (!res.data!.creators.pageInfo.hasNextPage) return out;
      after = res.data!.creators.pageInfo.endCursor;
    }
  }

  it("filters Instagram engagement by each creator's Instagram account", async () => {
    const everyone = await all('{ platform: INSTAGRAM }', '{ field: NAME, direction: ASC }', 'INSTAGRAM');
    const kept = await all(
      '{ platform: INSTAGRAM, engagementRate: { min: 0.3 } }',
      '{ field: NAME, direction: ASC }',
      'INSTAGRAM',
    );
    const want = everyone.filter((c) => (c.metricAccount?.engagement.value ?? -1) >= 0.3).map((c) => c.id);
    expect(kept.map((c) => c.id)).toEqual(want);
    for (const c of kept) {
      expect(c.metricAccount?.platform).toBe('INSTAGRAM');
      expect(c.metricAccount?.engagement.value).toBeGreaterThanOrEqual(0.3);
    }
    // The rule matters on this data: some creator's largest account is on another platform.
    const primary = await all('{ platform: INSTAGRAM }', '{ field: NAME, direction: ASC }', null);
    expect(primary.some((c, i) => c.metricAccount?.id !== everyone[i]?.metricAccount?.id)).toBe(true);
  });

  it('puts no account with fewer than 3 posts in the top 10 by ENGAGEMENT_LOWER_BOUND of any tier', async () => {
    let seenSmall = false;
    for (const tier of ['NANO', 'MICRO', 'MID', 'MACRO']) {
      const res = await h.gql<{ top: { nodes: CreatorNode[] }; rate: { nodes: CreatorNode[] } }>(
        `{ top: creators(first: 10, filter: { tier: ${tier} }, orderBy: { field: ENGAGEMENT_LOWER_BOUND, direction: DESC }) {
             nodes { id name metricAccount { ${ACCOUNT_FIELDS} } } }
           rate: creators(first: 10, filter: { tier: ${tier} }, orderBy: { field: ENGAGEMENT_RATE, direction: DESC }) {
             nodes { id name metricAccount { ${ACCOUNT_FIELDS} } } } }`,
      );
      expect(res.errors).toBeUndefined();
      for (const c of res.data!.top.nodes) expect(c.metricAccount?.engagement.sampleSize).toBeGreaterThanOrEqual(3);
      if (res.data!.rate.nodes.some((c) => (c.metricAccount?.engagement.sampleSize ?? 0) < 3)) seenSmall = true;
    }
    // The plain rate does let them in (which is the problem the lower bound solves), else this proves nothing.
    expect(seenSmall).toBe(true);
  });

  it('orders by expected interactions as reliable rate × followers of the metric account', async () => {
    const got = await all('{ platform: TIKTOK }', '{ field: EXPECTED_INTERACTIONS, direction: DESC }', 'TIKTOK');
    const expected = (c: CreatorNode) =>
      c.metricAccount?.reliableEngagement.value == null
        ? null
        : c.metricAccount.reliableEngagement.value * c.metricAccount.followers;
    const values = got.map(expected);
    const present = values.filter((v): v is number => v !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(values.slice(present.length).every((v) => v === null)).toBe(true);
    expect(present.length).toBeGreaterThan(10);
  });

  it('answers creator metric fields for the named platform', async () => {
    const res = await h.gql<{
      creators: {
        nodes: {
          engagement: { value: number | null } | null;
          metricAccount: { engagement: { value: number | null } } | null;
        }[];
      };
    }>(
      '{ creators(first: 50, filter: { platform: YOUTUBE }) { nodes { engagement(platform: YOUTUBE) { value } metricAccount(platform: YOUTUBE) { engagement { value } } } } }',
    );
    expect(res.errors).toBeUndefined();
    for (const c of res.data!.creators.nodes) expect(c.engagement?.value).toBe(c.metricAccount?.engagement.value);
  });

  it('searches, counts niches and refuses an ambiguous handle with the matches', async () => {
    const em = h.db.em.fork();
    const one = em.create(Creator, { ref: 'dup-1', name: 'Dup One', maxFollowers: 1_000 });
    const two = em.create(Creator, { ref: 'dup-2', name: 'Dup Two', maxFollowers: 2_000 });
    em.create(Account, { creator: one, platform: 'INSTAGRAM', handle: 'dupe', externalId: 'd1', followers: 1_000 });
    em.create(Account, { creator: two, platform: 'X', handle: 'dupe', externalId: 'd2', followers: 2_000 });
    await em.flush();
    const ambiguous = await h.gql('{ creator(handle: "@dupe") { name } }');
    expect(ambiguous.status).toBe(200);
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(ambiguous.errors?.[0]?.extensions?.matches).toEqual([
      { platform: 'X', handle: 'dupe', creatorId: expect.any(String), creatorName: 'Dup Two' },
      { platform: 'INSTAGRAM', handle: 'dupe', creatorId: expect.any(String), creatorName: 'Dup One' },
    ]);
    const exact = await h.gql<{ creator: { name: string } }>(
      '{ creator(handle: "dupe", platform: INSTAGRAM) { name } }',
    );
    expect(exact.data?.creator.name).toBe('Dup One');

    const search = await h.gql<{ search: { totalCount: number; nodes: { name: string; followers: number }[] } }>(
      '{ search(text: "dup", first: 5) { totalCount nodes { name followers } } }',
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.search.nodes.slice(0, 2).map((n) => n.name)).toEqual(['Dup Two', 'Dup One']);
    const empty = await h.gql('{ search(text: " ") { totalCount } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');

    const niches = await h.gql<{ niches: { niche: string; creatorCount: number }[] }>(
      '{ niches { niche creatorCount } }',
    );
    const counts = niches.data!.niches.map((n) => n.creatorCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const travel = await h.gql<{ creators: { totalCount: number } }>(
      `{ creators(filter: { niches: ["${niches.data!.niches[0]!.niche}"] }) { totalCount } }`,
    );
    expect(travel.data!.creators.totalCount).toBe(niches.data!.niches[0]!.creatorCount);
  });
});
