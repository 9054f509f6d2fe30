import type { CampaignGoal, CampaignStatus } from '../../enums.js';
import type { Platform } from '../../metrics/config.js';
import { classifyTier, type Tier } from '../../metrics/tiers.js';
import { BRANDS, CAMPAIGNS, DEMO_ORGANIZATIONS, type Niche, QUOTED_RATE } from '../parameters/index.js';
import { Random } from '../random.js';
import type { AccountRecord, GeneratedDataset, PostRecord } from './records.js';
import { DAY_MS, STREAM } from './world.js';

// Organizations and campaigns for the demo

export interface DemoOrganization {
  name: string;
  slug: string;
}

export interface DemoCampaignMember {
  platform: Platform;
  handle: string;
  feeMinor: number;
  deliverables: number;
}

export interface DemoCampaign {
  organizationSlug: string;
  name: string;
  brand: string;
  goal: CampaignGoal;
  status: CampaignStatus;
  currency: 'USD';
  budgetMinor: number;
  startsAt: Date;
  endsAt: Date;
  revenueMinor: number | null;
  conversions: number | null;
  members: DemoCampaignMember[];
  posts: { platform: Platform; externalId: string }[];
}

export function demoOrganizations(): DemoOrganization[] {
  return DEMO_ORGANIZATIONS.map(({ name, slug }) => ({ name, slug }));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface CampaignCandidate {
  account: AccountRecord;
  tier: Tier;
  posts: PostRecord[];
}

/**
 * Two campaigns per demo organization, one brand each: an all-MICRO squad (10–15 creators) and an
 * all-MACRO line-up (2–3), in the same window, so the API's campaign and tier comparisons have
 * something to say. The brand is the one most present in those tiers' sponsored posts inside the
 * window; members are the accounts with most such posts, and their linked posts are their sponsored
 * posts of that brand, then other sponsored posts, then other posts inside the window.
 */
export function demoCampaigns(dataset: GeneratedDataset, seed: number): DemoCampaign[] {
  const rng = Random.stream(seed, STREAM.campaigns);
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (const s of dataset.snapshots) {
    startMs = Math.min(startMs, s.capturedAt.getTime());
    endMs = Math.max(endMs, s.capturedAt.getTime());
  }
  if (!Number.isFinite(endMs)) return [];

  const byAccount = new Map<string, CampaignCandidate>();
  for (const account of dataset.accounts) {
    byAccount.set(`${account.platform}:${account.handle}`, {
      account,
      tier: classifyTier(account.followers),
      posts: [],
    });
  }
  for (const post of dataset.posts) byAccount.get(`${post.platform}:${post.handle}`)?.posts.push(post);
  const candidates = [...byAccount.values()];

  const windowMs = CAMPAIGNS.windowDays * DAY_MS;
  const span = Math.max(0, endMs - startMs);
  const windows: { from: number; to: number; status: CampaignStatus }[] = [
    { from: startMs + 0.12 * span, to: startMs + 0.12 * span + windowMs, status: 'COMPLETED' },
    { from: endMs - 21 * DAY_MS, to: endMs - 21 * DAY_MS + windowMs, status: 'ACTIVE' },
    { from: startMs + 0.45 * span, to: startMs + 0.45 * span + windowMs, status: 'COMPLETED' },
  ];

  const allBrands = (Object.keys(BRANDS) as Niche[]).flatMap((n) => [...BRANDS[n]]);
  const usedBrands = new Set<string>();
  const campaigns: DemoCampaign[] = [];

  for (const [orgIndex, org] of DEMO_ORGANIZATIONS.entries()) {
    const window = windows[orgIndex % windows.length] as (typeof windows)[number];
    const inWindow = (p: PostRecord) => p.postedAt.getTime() >= window.from && p.postedAt.getTime() < window.to;

    // Macro matches count triple: there are few macro accounts to go round.
    const scores = new Map<string, number>();
    for (const c of candidates) {
      if (c.tier !== 'MICRO' && c.tier !== 'MACRO') continue;
      const brands = new Set(c.posts.filter((p) => p.sponsored && p.brand !== null && inWindow(p)).map((p) => p.brand));
      for (const brand of brands) {
        if (brand !== null) scores.set(brand, (scores.get(brand) ?? 0) + (c.tier === 'MACRO' ? 3 : 1));
      }
    }
    let brand: string | undefined;
    let best = 0;
    for (const b of allBrands) {
      const score = scores.get(b) ?? 0;
      if (!usedBrands.has(b) && score > best) {
        brand = b;
        best = score;
      }
    }
    brand ??= rng.pick(allBrands.filter((b) => !usedBrands.has(b)));
    usedBrands.add(brand);

    for (const tier of ['MICRO', 'MACRO'] as const) {
      const sizes = tier === 'MICRO' ? CAMPAIGNS.microMembers : CAMPAIGNS.macroMembers;
      const deliverableRange = tier === 'MICRO' ? CAMPAIGNS.microDeliverables : CAMPAIGNS.macroDeliverables;
      const ranked = rng
        .shuffle(candidates.filter((c) => c.tier === tier))
        .map((c) => {
          const windowPosts = c.posts.filter((p) => inWindow(p) && p.kind !== 'STORY');
          const branded = windowPosts.filter((p) => p.sponsored && p.brand === brand);
          const otherSponsored = windowPosts.filter((p) => p.sponsored && p.brand !== brand);
          const organic = windowPosts.filter((p) => !p.sponsored);
          return { c, ordered: [...branded, ...otherSponsored, ...organic], branded, otherSponsored };
        })
        .filter((r) => r.ordered.length > 0)
        // Stable sort keeps the shuffled order among equals.
        .sort(
          (a, b) =>
            b.branded.length - a.branded.length ||
            b.otherSponsored.length - a.otherSponsored.length ||
            b.ordered.length - a.ordered.length,
        );
      const chosen = ranked.slice(0, rng.int(sizes.min, sizes.max));

      const members: DemoCampaignMember[] = [];
      const posts: DemoCampaign['posts'] = [];
      let spend = 0;
      for (const { c, ordered } of chosen) {
        const deliverables = rng.int(deliverableRange.min, deliverableRange.max);
        const quoted =
          c.account.ratePerPostMinor ??
          QUOTED_RATE.rateCardMinor[tier] * QUOTED_RATE.platformFactor[c.account.platform];
        const feeMinor = Math.max(
          1_000,
          Math.round((quoted * rng.uniform(CAMPAIGNS.feeNegotiation.min, CAMPAIGNS.feeNegotiation.max)) / 1_000) *
            1_000,
        );
        members.push({ platform: c.account.platform, handle: c.account.handle, feeMinor, deliverables });
        spend += feeMinor * deliverables;
        for (const p of ordered.slice(0, deliverables)) posts.push({ platform: p.platform, externalId: p.externalId });
      }

      const budgetMinor =
        Math.ceil((spend * rng.uniform(CAMPAIGNS.budgetHeadroom.min, CAMPAIGNS.budgetHeadroom.max)) / 50_000) * 50_000;
      let revenueMinor: number | null = null;
      let conversions: number | null = null;
      if (org.goal === 'CONVERSION') {
        const roas = CAMPAIGNS.roas[tier];
        revenueMinor = Math.round(spend * rng.uniform(roas.min, roas.max));
        const order = rng.uniform(CAMPAIGNS.averageOrderMinor.min, CAMPAIGNS.averageOrderMinor.max);
        conversions = Math.round(revenueMinor / order);
      }
      const month = MONTHS[new Date(window.from).getUTCMonth()] as string;
      campaigns.push({
        organizationSlug: org.slug,
        name: `${brand} ${month} ${tier === 'MICRO' ? 'micro squad' : 'macro spotlight'}`,
        brand,
        goal: org.goal,
        status: window.status,
        currency: 'USD',
        budgetMinor: Math.max(budgetMinor, 50_000),
        startsAt: new Date(Math.round(window.from)),
        endsAt: new Date(Math.round(window.to)),
        revenueMinor,
        conversions,
        members,
        posts,
      });
    }
  }
  return campaigns;
}
