import { describe, expect, it } from 'vitest';
import { NICHES } from '../enums.js';
import type { Platform } from '../metrics/config.js';
import { classifyTier, TIERS } from '../metrics/tiers.js';
import {
  type DatasetEvent,
  DEMO_OPTIONS,
  demoCampaigns,
  demoOrganizations,
  type GeneratedDataset,
  type GeneratorOptions,
  generateDataset,
  generateDemo,
} from './generate/index.js';
import { PLATFORM_PROFILES, REACH } from './parameters/index.js';
import { Random } from './random.js';

const END = new Date('2025-06-01T00:00:00.000Z');
const DAY = 86_400_000;
const key = (r: { platform: Platform; handle: string }) => `${r.platform}:${r.handle}`;

function collect(options: GeneratorOptions): { events: DatasetEvent[]; counts: unknown } {
  const events: DatasetEvent[] = [];
  const iterator = generateDataset(options);
  for (let step = iterator.next(); ; step = iterator.next()) {
    if (step.done) return { events, counts: step.value };
    events.push(step.value);
  }
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

// One demo for the whole file: the server seeds exactly this.
const demo: GeneratedDataset = generateDemo({ end: END });

describe('Random', () => {
  it('repeats a stream for the same seed and keys, and differs otherwise', () => {
    const draw = (r: Random) => Array.from({ length: 5 }, () => r.next());
    expect(draw(Random.stream(1, 2, 3))).toEqual(draw(Random.stream(1, 2, 3)));
    expect(draw(Random.stream(1, 2, 3))).not.toEqual(draw(Random.stream(1, 2, 4)));
    expect(draw(Random.stream(1))).not.toEqual(draw(Random.stream(2)));
  });

  it('samples with the right moments', () => {
    const rng = Random.stream(99);
    const n = 40_000;
    const sample = <T>(f: () => T): T[] => Array.from({ length: n }, f);
    const variance = (xs: number[]) => {
      const m = mean(xs);
      return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
    };
    const normal = sample(() => rng.normal(3, 2));
    expect(mean(normal)).toBeCloseTo(3, 1);
    expect(Math.sqrt(variance(normal))).toBeCloseTo(2, 1);
    expect(mean(sample(() => rng.gamma(2.5, 2)))).toBeCloseTo(5, 0);
    expect(mean(sample(() => rng.gamma(0.4)))).toBeCloseTo(0.4, 1);
    expect(mean(sample(() => rng.beta(2, 6)))).toBeCloseTo(0.25, 2);
    expect(mean(sample(() => rng.poisson(4)))).toBeCloseTo(4, 1);
    const big = sample(() => rng.poisson(350));
    expect(mean(big) / 350).toBeCloseTo(1, 2);
    expect(variance(big) / 350).toBeCloseTo(1, 1);
    const lognormal = sample(() => rng.lognormalMedian(10, 0.5));
    expect([...lognormal].sort((a, b) => a - b)[n / 2]).toBeCloseTo(10, 0);
    const ints = sample(() => rng.int(1, 6));
    expect(Math.min(...ints)).toBe(1);
    expect(Math.max(...ints)).toBe(6);
    const picks = sample(() =>
      rng.weighted([
        ['a', 1],
        ['b', 3],
      ] as const),
    );
    expect(picks.filter((p) => p === 'b').length / n).toBeCloseTo(0.75, 1);
    const shuffled = rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('generateDataset determinism', () => {
  const options: GeneratorOptions = { seed: 7, creators: 40, postsTarget: 2_000, end: END };

  it('gives identical records and totals for the same seed', () => {
    const a = collect(options);
    const b = collect(options);
    expect(b.events.length).toBe(a.events.length);
    expect(b.events.slice(0, 500)).toEqual(a.events.slice(0, 500));
    expect(b.events).toEqual(a.events);
    expect(b.counts).toEqual(a.counts);
  });

  it('gives different records for a different seed', () => {
    const a = collect(options).events;
    const b = collect({ ...options, seed: 8 }).events;
    const posts = (events: DatasetEvent[]) => events.filter((e) => e.type === 'post').slice(0, 50);
    expect(posts(b)).not.toEqual(posts(a));
    expect(b.filter((e) => e.type === 'account').map((e) => e.record)).not.toEqual(
      a.filter((e) => e.type === 'account').map((e) => e.record),
    );
  });

  it('returns counts that match the events, in creator → accounts → snapshots/posts order', () => {
    const { events, counts } = collect(options);
    const tally = { creators: 0, accounts: 0, snapshots: 0, posts: 0 };
    for (const e of events) tally[`${e.type}s` as keyof typeof tally]++;
    expect(counts).toEqual(tally);
    expect(events[0]?.type).toBe('creator');
    expect(events[1]?.type).toBe('account');
    // Every record of a creator comes before the next creator.
    const seen = new Set<string>();
    let current = '';
    for (const e of events) {
      if (e.type === 'creator') {
        expect(seen.has(e.record.creatorRef)).toBe(false);
        seen.add(e.record.creatorRef);
        current = e.record.creatorRef;
      } else if (e.type === 'account') {
        expect(e.record.creatorRef).toBe(current);
      }
    }
  });

  it('lands near postsTarget and scales with it', () => {
    const count = (postsTarget: number) =>
      collect({ seed: 3, creators: 200, postsTarget, end: END }).events.filter((e) => e.type === 'post').length;
    expect(count(10_000)).toBeGreaterThan(9_300);
    expect(count(10_000)).toBeLessThan(10_700);
    expect(count(2_000)).toBeGreaterThan(1_750);
    expect(count(2_000)).toBeLessThan(2_250);
  });

  it('rejects bad options and never needs the clock', () => {
    expect(() => generateDataset({ seed: 1, creators: -1, end: END }).next()).toThrow(RangeError);
    expect(() => generateDataset({ seed: 1.5, creators: 1, end: END }).next()).toThrow(RangeError);
    expect(() => generateDataset({ seed: 1, creators: 1, end: new Date('nope') }).next()).toThrow(RangeError);
    expect(collect({ seed: 1, creators: 0, end: END }).events).toEqual([]);
  });
});

describe('the demo dataset', () => {
  const accounts = new Map(demo.accounts.map((a) => [key(a), a]));

  it('has about 500 creators, 700 accounts and 20,000 posts', () => {
    expect(demo.creators).toHaveLength(DEMO_OPTIONS.creators);
    expect(demo.accounts.length).toBeGreaterThanOrEqual(620);
    expect(demo.accounts.length).toBeLessThanOrEqual(800);
    expect(demo.posts.length).toBeGreaterThanOrEqual(18_500);
    expect(demo.posts.length).toBeLessThanOrEqual(21_500);
    // Weekly snapshots over 120 days: 18 per account.
    expect(demo.snapshots.length).toBe(demo.accounts.length * 18);
  });

  it('skews to nano and micro accounts yet holds every tier', () => {
    const tiers = demo.accounts.map((a) => classifyTier(a.followers));
    const share = (t: string) => tiers.filter((x) => x === t).length / tiers.length;
    expect(share('NANO') + share('MICRO')).toBeGreaterThan(0.8);
    expect(share('NANO')).toBeGreaterThan(share('MICRO'));
    expect(share('MICRO')).toBeGreaterThan(share('MID'));
    for (const tier of TIERS) expect(tiers).toContain(tier);
  });

  it('spreads creators over ~1.4 accounts, Instagram first', () => {
    expect(demo.accounts.length / demo.creators.length).toBeGreaterThan(1.25);
    expect(demo.accounts.length / demo.creators.length).toBeLessThan(1.6);
    const byPlatform = (p: Platform) => demo.accounts.filter((a) => a.platform === p).length;
    expect(byPlatform('INSTAGRAM')).toBeGreaterThan(byPlatform('TIKTOK'));
    expect(byPlatform('TIKTOK')).toBeGreaterThan(0);
    expect(byPlatform('YOUTUBE')).toBeGreaterThan(0);
    expect(byPlatform('X')).toBeGreaterThan(0);
  });

  it('gives micro a higher mean rate than macro but fewer interactions per post (Instagram)', () => {
    const perAccount = new Map<string, { rates: number[]; interactions: number[] }>();
    for (const p of demo.posts) {
      if (p.platform !== 'INSTAGRAM') continue;
      const account = accounts.get(key(p));
      if (!account) continue;
      const interactions = (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
      const entry = perAccount.get(key(p)) ?? { rates: [], interactions: [] };
      entry.rates.push(interactions / account.followers);
      entry.interactions.push(interactions);
      perAccount.set(key(p), entry);
    }
    const tierStats = (tier: string) => {
      const entries = [...perAccount].filter(([k]) => classifyTier(accounts.get(k)?.followers ?? 0) === tier);
      return {
        n: entries.length,
        rate: mean(entries.map(([, e]) => mean(e.rates))),
        interactions: mean(entries.map(([, e]) => mean(e.interactions))),
      };
    };
    const micro = tierStats('MICRO');
    const macro = tierStats('MACRO');
    expect(micro.n).toBeGreaterThan(20);
    expect(macro.n).toBeGreaterThanOrEqual(2);
    expect(micro.rate).toBeGreaterThan(macro.rate);
    expect(micro.interactions).toBeLessThan(macro.interactions);
    // Inside the published bands (all components, unreported ones missing).
    expect(micro.rate).toBeGreaterThan(0.02);
    expect(micro.rate).toBeLessThan(0.04);
  });

  it('has unique handles and external ids per platform', () => {
    const handles = new Set(demo.accounts.map(key));
    expect(handles.size).toBe(demo.accounts.length);
    const accountIds = new Set(demo.accounts.map((a) => `${a.platform}:${a.externalId}`));
    expect(accountIds.size).toBe(demo.accounts.length);
    const postIds = new Set(demo.posts.map((p) => `${p.platform}:${p.externalId}`));
    expect(postIds.size).toBe(demo.posts.length);
    for (const a of demo.accounts) {
      expect(a.handle).toMatch(a.platform === 'X' ? /^[a-z0-9_]{1,15}$/ : /^[a-z0-9._]{1,30}$/);
    }
  });

  it('links every record: posts and snapshots to accounts, accounts to creators', () => {
    const creators = new Set(demo.creators.map((c) => c.creatorRef));
    expect(demo.accounts.every((a) => creators.has(a.creatorRef))).toBe(true);
    expect(demo.posts.every((p) => accounts.has(key(p)))).toBe(true);
    expect(demo.snapshots.every((s) => accounts.has(key(s)))).toBe(true);
  });

  it('keeps posts and snapshots inside the history, and the last snapshot equal to the account', () => {
    const from = END.getTime() - DEMO_OPTIONS.days * DAY;
    const outside = demo.posts.filter((p) => p.postedAt.getTime() <= from || p.postedAt.getTime() > END.getTime());
    expect(outside).toEqual([]);
    expect(demo.snapshots.filter((s) => s.capturedAt.getTime() < from)).toEqual([]);
    const last = new Map<string, { at: number; followers: number; following: number | null }>();
    for (const s of demo.snapshots) {
      const prev = last.get(key(s));
      if (!prev || s.capturedAt.getTime() > prev.at) {
        last.set(key(s), { at: s.capturedAt.getTime(), followers: s.followers, following: s.following });
      }
    }
    const mismatched = demo.accounts.filter((a) => {
      const l = last.get(key(a));
      return l?.at !== END.getTime() || l.followers !== a.followers || l.following !== a.following;
    });
    expect(mismatched).toEqual([]);
  });

  it('uses the platform post kinds and leaves unreported metrics null', () => {
    const problems = demo.posts.flatMap((p) => {
      const found: string[] = [];
      if (!PLATFORM_PROFILES[p.platform].kindMix.some(([k]) => k === p.kind)) found.push('kind');
      if (p.likes === null || p.comments === null) found.push('likes/comments');
      if ((p.platform === 'X' || p.platform === 'YOUTUBE') && p.saves !== null) found.push('saves');
      if ((p.kind === 'PHOTO' || p.kind === 'CAROUSEL') && p.views !== null) found.push('photo views');
      if ((p.kind === 'REEL' || p.kind === 'VIDEO' || p.kind === 'SHORT') && p.views === null)
        found.push('video views');
      if (p.platform === 'X' && p.impressions === null) found.push('X impressions');
      if (p.reach !== null && p.impressions !== null && p.impressions < p.reach) found.push('impressions < reach');
      if (p.sponsored !== (p.brand !== null)) found.push('brand');
      return found.length > 0 ? [{ post: p.externalId, found }] : [];
    });
    expect(problems).toEqual([]);
    // Only some accounts share insights.
    const withReach = demo.posts.filter((p) => p.platform === 'INSTAGRAM' && p.reach !== null).length;
    const instagram = demo.posts.filter((p) => p.platform === 'INSTAGRAM').length;
    expect(withReach / instagram).toBeGreaterThan(0.15);
    expect(withReach / instagram).toBeLessThan(0.6);
  });

  it('never lets a post’s interactions exceed its reach, impressions or views', () => {
    // Everyone who interacts was reached; a reach-based rate above 30% is the generator's ceiling.
    const problems = demo.posts.flatMap((p) => {
      const interactions = (p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0);
      const found: string[] = [];
      if (p.reach !== null && interactions > p.reach) found.push(`interactions ${interactions} > reach ${p.reach}`);
      if (p.reach !== null && interactions > REACH.maxInteractionsPerReach * p.reach + 1) found.push('reach rate');
      if (p.impressions !== null && interactions > p.impressions) found.push('interactions > impressions');
      if (p.reach !== null && p.impressions !== null && p.reach > p.impressions) found.push('reach > impressions');
      if (p.views !== null && interactions > p.views) found.push('interactions > views');
      if (p.views !== null && p.reach !== null && p.views < p.reach) found.push('views < reach');
      if (p.views !== null && p.impressions !== null && p.views > p.impressions) found.push('views > impressions');
      for (const v of [p.likes, p.comments, p.shares, p.saves, p.views, p.reach, p.impressions]) {
        if (v !== null && !(Number.isInteger(v) && v >= 0)) found.push(`count ${v}`);
      }
      return found.length > 0 ? [{ post: p.externalId, found }] : [];
    });
    expect(problems).toEqual([]);
    // The rates by reach look like published ones: a median of a few percent, nothing near 60%.
    const byReach = demo.posts
      .filter((p) => p.reach !== null && p.reach > 0)
      .map((p) => ((p.likes ?? 0) + (p.comments ?? 0) + (p.shares ?? 0) + (p.saves ?? 0)) / (p.reach as number))
      .sort((a, b) => a - b);
    expect(byReach.length).toBeGreaterThan(1_000);
    const median = byReach[Math.floor(byReach.length / 2)] as number;
    expect(median).toBeGreaterThan(0.01);
    expect(median).toBeLessThan(0.2);
    expect(byReach.at(-1)).toBeLessThanOrEqual(REACH.maxInteractionsPerReach + 0.01);
  });

  it('sponsors 10–15% of posts and quotes rates for ~60% of accounts', () => {
    const sponsored = demo.posts.filter((p) => p.sponsored).length / demo.posts.length;
    expect(sponsored).toBeGreaterThan(0.09);
    expect(sponsored).toBeLessThan(0.16);
    const quoted = demo.accounts.filter((a) => a.ratePerPostMinor !== null);
    expect(quoted.length / demo.accounts.length).toBeGreaterThan(0.5);
    expect(quoted.length / demo.accounts.length).toBeLessThan(0.7);
    for (const a of demo.accounts) expect(a.currency).toBe(a.ratePerPostMinor === null ? null : 'USD');
    // Rates rise with tier.
    const median = (tier: string) => {
      const xs = quoted
        .filter((a) => a.platform === 'INSTAGRAM' && classifyTier(a.followers) === tier)
        .map((a) => a.ratePerPostMinor as number)
        .sort((x, y) => x - y);
      return xs[Math.floor(xs.length / 2)] ?? 0;
    };
    expect(median('NANO')).toBeLessThan(median('MICRO'));
    expect(median('MICRO')).toBeLessThan(median('MID'));
  });

  it('gives creators ISO countries and known niches', () => {
    for (const c of demo.creators) {
      expect(c.country).toMatch(/^[A-Z]{2}$/);
      expect(c.niches.length).toBeGreaterThanOrEqual(1);
      for (const n of c.niches) expect(NICHES).toContain(n);
    }
  });
});

describe('planted anomalies', () => {
  const snapshotsOf = (ref: { platform: Platform; handle: string }) =>
    demo.snapshots.filter((s) => key(s) === key(ref)).sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());

  it('gives spike accounts one weekly jump of at least 10%', () => {
    expect(demo.labels.spikeAccounts.length).toBeGreaterThanOrEqual(15);
    for (const ref of demo.labels.spikeAccounts) {
      const s = snapshotsOf(ref);
      const jumps = s.slice(1).map((cur, i) => (cur.followers - (s[i]?.followers ?? 0)) / (s[i]?.followers ?? 1));
      expect(Math.max(...jumps)).toBeGreaterThanOrEqual(0.1);
      expect(jumps.filter((j) => j >= 0.1)).toHaveLength(1);
    }
  });

  it('keeps clean accounts free of 10% weekly jumps', () => {
    const spiked = new Set(demo.labels.spikeAccounts.map(key));
    const bySeries = new Map<string, number[]>();
    for (const s of demo.snapshots) {
      const list = bySeries.get(key(s)) ?? [];
      list.push(s.followers);
      bySeries.set(key(s), list);
    }
    for (const [k, f] of bySeries) {
      if (spiked.has(k)) continue;
      for (let i = 1; i < f.length; i++) {
        expect(((f[i] as number) - (f[i - 1] as number)) / (f[i - 1] as number)).toBeLessThan(0.05);
      }
    }
  });

  it('gives pod accounts inflated likes and almost no comments', () => {
    expect(demo.labels.podAccounts.length).toBeGreaterThanOrEqual(10);
    for (const ref of demo.labels.podAccounts) {
      const posts = demo.posts.filter((p) => key(p) === key(ref));
      const likes = posts.reduce((s, p) => s + (p.likes ?? 0), 0);
      const comments = posts.reduce((s, p) => s + (p.comments ?? 0), 0);
      if (likes > 0) expect(comments / likes).toBeLessThan(0.002);
    }
  });

  it('gives follow-back accounts following above half their followers', () => {
    for (const ref of demo.labels.followBackAccounts) {
      const account = demo.accounts.find((a) => key(a) === key(ref));
      expect(account?.followers).toBeGreaterThanOrEqual(10_000);
      expect((account?.following ?? 0) / (account?.followers ?? 1)).toBeGreaterThan(0.5);
    }
  });
});

describe('demo organizations and campaigns', () => {
  const campaigns = demoCampaigns(demo, DEMO_OPTIONS.seed);
  const accounts = new Map(demo.accounts.map((a) => [key(a), a]));
  const posts = new Map(demo.posts.map((p) => [`${p.platform}:${p.externalId}`, p]));

  it('has three organizations with two campaigns each', () => {
    const orgs = demoOrganizations();
    expect(orgs).toHaveLength(3);
    expect(new Set(orgs.map((o) => o.slug)).size).toBe(3);
    expect(campaigns).toHaveLength(6);
    for (const org of orgs) expect(campaigns.filter((c) => c.organizationSlug === org.slug)).toHaveLength(2);
  });

  it('builds all-MICRO squads of 10–15 and all-MACRO line-ups of 2–3', () => {
    for (const campaign of campaigns) {
      const tiers = new Set(campaign.members.map((m) => classifyTier(accounts.get(key(m))?.followers ?? -1)));
      expect(tiers.size).toBe(1);
      const [tier] = tiers;
      if (tier === 'MICRO') {
        expect(campaign.members.length).toBeGreaterThanOrEqual(10);
        expect(campaign.members.length).toBeLessThanOrEqual(15);
      } else {
        expect(tier).toBe('MACRO');
        expect(campaign.members.length).toBeGreaterThanOrEqual(2);
        expect(campaign.members.length).toBeLessThanOrEqual(3);
      }
      expect(campaign.budgetMinor).toBeGreaterThanOrEqual(
        campaign.members.reduce((s, m) => s + m.feeMinor * m.deliverables, 0),
      );
      expect(campaign.endsAt.getTime()).toBeGreaterThan(campaign.startsAt.getTime());
      expect(campaign.revenueMinor === null).toBe(campaign.goal !== 'CONVERSION');
    }
  });

  it("links members' posts inside the campaign dates, sponsored ones first", () => {
    let sponsored = 0;
    let total = 0;
    for (const campaign of campaigns) {
      const members = new Set(campaign.members.map(key));
      expect(campaign.posts.length).toBeGreaterThan(0);
      for (const ref of campaign.posts) {
        const post = posts.get(`${ref.platform}:${ref.externalId}`);
        expect(post).toBeDefined();
        if (!post) continue;
        expect(members.has(key(post))).toBe(true);
        expect(post.postedAt.getTime()).toBeGreaterThanOrEqual(campaign.startsAt.getTime());
        expect(post.postedAt.getTime()).toBeLessThan(campaign.endsAt.getTime());
        total++;
        if (post.sponsored) sponsored++;
      }
    }
    expect(sponsored / total).toBeGreaterThan(0.5);
  });

  it('is deterministic for a seed', () => {
    expect(demoCampaigns(demo, DEMO_OPTIONS.seed)).toEqual(campaigns);
  });
});
