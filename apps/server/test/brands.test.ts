import { BrandService, DEFAULT_METRICS_CONFIG } from '@creatorgraph/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, dialects, type Harness, NOW } from './harness.js';

/**
 * brandPerformance and the posts `brand` filter over HTTP. The fixture gives every account 6 posts a day
 * apart ending at NOW, the 1st and 5th sponsored by "Acme": 2 brand posts and 4 organic ones each.
 */

interface Performance {
  brand: string;
  platform: string | null;
  posts: number;
  creators: number;
  accounts: number;
  interactions: number;
  rate: number | null;
  excluded: number;
  organic: { posts: number; interactions: number; rate: number | null; excluded: number };
  lift: number | null;
  topCreators: { creator: { id: string; name: string }; posts: number; interactions: number; lift: number | null }[];
  method: { interactions: string; base: string; aggregate: string; windowDays: number; asOf: string };
}

const QUERY = `query($brand: String!, $platform: Platform, $window: WindowInput, $top: Int) {
  brandPerformance(brand: $brand, platform: $platform, window: $window, top: $top) {
    brand platform posts creators accounts interactions rate excluded lift
    organic { posts interactions rate excluded }
    topCreators { creator { id name } posts interactions lift }
    method { interactions base aggregate windowDays asOf }
  } }`;

describe.each(dialects)('brand performance on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect, { creators: 30 });
  });
  afterAll(async () => {
    await h?.db.destroy();
  });

  const run = (variables: Record<string, unknown>) =>
    h.gql<{ brandPerformance: Performance }>(QUERY, variables) as Promise<{
      status: number;
      data?: { brandPerformance: Performance };
      errors?: { message: string; extensions?: Record<string, unknown> }[];
      extensions?: { cost?: { requested: number } };
    }>;

  it('answers the brand’s posts beside the same creators’ organic ones, as the core computes them', async () => {
    const res = await run({ brand: 'ACME' });
    expect(res.errors).toBeUndefined();
    const p = res.data?.brandPerformance as Performance;
    const accounts = h.fixture.accountIds.length;
    expect(p).toMatchObject({ brand: 'ACME', platform: null, posts: 2 * accounts, creators: 30, accounts });
    expect(p.organic.posts).toBe(4 * accounts);
    expect(p.method).toEqual({
      interactions: 'ALL',
      base: 'FOLLOWERS',
      aggregate: 'MEAN',
      windowDays: 90,
      asOf: NOW.toISOString(),
    });
    const core = await new BrandService(h.db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW }).performance({
      brand: 'acme',
    });
    expect(p.interactions).toBe(core.interactions);
    expect(p.rate).toBeCloseTo(core.rate as number, 12);
    expect(p.organic.rate).toBeCloseTo(core.organic.rate as number, 12);
    expect(p.lift).toBeCloseTo(core.lift as number, 12);
    expect(p.topCreators).toHaveLength(10);
    expect(p.topCreators.map((c) => c.creator.id)).toEqual(core.topCreators.map((c) => btoa(`Creator:${c.creatorId}`)));
    const interactions = p.topCreators.map((c) => c.interactions);
    expect(interactions).toEqual([...interactions].sort((a, b) => b - a));
  });

  it('narrows to a platform and a window, and bounds the top creators', async () => {
    const res = await run({ brand: 'acme', platform: 'INSTAGRAM', window: { days: 2 }, top: 3 });
    const p = res.data?.brandPerformance as Performance;
    // Only the first post (NOW − i s) of each Instagram account is inside the last 2 days and sponsored.
    const core = await new BrandService(h.db.em.fork(), DEFAULT_METRICS_CONFIG, { now: NOW }).performance({
      brand: 'acme',
      platform: 'INSTAGRAM',
      window: { days: 2 },
    });
    expect(p.posts).toBe(core.posts);
    expect(p.posts).toBe(p.accounts);
    expect(p.organic.posts).toBe(p.accounts); // the 2nd post, a day back
    expect(p.topCreators).toHaveLength(3);
    // The price follows `top`.
    const small = res.extensions?.cost?.requested as number;
    const large = (await run({ brand: 'acme', top: 50 })).extensions?.cost?.requested as number;
    expect(large).toBeGreaterThan(small);
  });

  it('answers zeros for an unknown brand and VALIDATION for bad arguments', async () => {
    const none = (await run({ brand: 'Acme Foods' })).data?.brandPerformance as Performance;
    expect(none).toMatchObject({ posts: 0, creators: 0, rate: null, lift: null, topCreators: [] });
    for (const variables of [{ brand: ' ' }, { brand: 'acme', top: 51 }, { brand: 'acme', window: { days: 0 } }]) {
      const res = await run(variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('VALIDATION');
    }
  });

  it('filters posts by brand, ignoring case, exactly', async () => {
    const count = async (brand: string) => {
      const res = await h.gql<{ posts: { totalCount: number; nodes: { brand: string | null }[] } }>(
        'query($brand: String) { posts(first: 100, filter: { brand: $brand }) { totalCount nodes { brand } } }',
        { brand },
      );
      return res.data?.posts;
    };
    const acme = await count(' aCmE ');
    expect(acme?.totalCount).toBe(2 * h.fixture.accountIds.length);
    expect(new Set(acme?.nodes.map((n) => n.brand))).toEqual(new Set(['Acme']));
    expect((await count('Acm'))?.totalCount).toBe(0);
    const empty = await h.gql('{ posts(filter: { brand: "" }) { totalCount } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
