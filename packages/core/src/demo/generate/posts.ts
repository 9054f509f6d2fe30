import type { PostKind } from '../../metrics/config.js';
import { BRAND_BURSTS, BRANDS, KIND_PROFILES, type Niche, NOISE, POD, REACH, SPONSORED } from '../parameters/index.js';
import type { Random } from '../random.js';
import type { AccountState } from './accounts.js';
import { makeCaption } from './captions.js';
import { externalId, type GeneratorState } from './ids.js';
import type { PostRecord } from './records.js';
import type { CreatorPlan, World } from './world.js';

// Posts: when, what kind, which brand, and the counts each platform reports.

const VIDEO_KINDS: ReadonlySet<PostKind> = new Set(['REEL', 'VIDEO', 'SHORT', 'LIVE', 'STORY']);

function chooseBrand(world: World, rng: Random, niches: readonly Niche[], t: number): string {
  const entries: [string, number][] = [];
  for (const niche of niches) {
    for (const brand of BRANDS[niche]) {
      const active = world.brandBursts.get(brand)?.some(([from, to]) => t >= from && t < to) ?? false;
      entries.push([brand, active ? BRAND_BURSTS.activeWeight : 1]);
    }
  }
  return rng.weighted(entries);
}

export function* generatePosts(
  world: World,
  state: GeneratorState,
  plan: CreatorPlan,
  account: AccountState,
): Generator<PostRecord, number> {
  const { rng } = plan;
  const { record, truth, profile } = account;
  const platform = record.platform;
  const count = rng.poisson(truth.expectedPosts);
  if (count === 0) return 0;
  // Whole seconds in (end − days, end]: offsets from the end, sorted so posts come out in time order.
  const spanSeconds = Math.floor((world.endMs - world.startMs) / 1000);
  const offsets = new Float64Array(count);
  for (let i = 0; i < count; i++) offsets[i] = Math.floor(rng.next() * spanSeconds);
  offsets.sort();

  const times = world.snapshotTimes;
  const reported = account.reported;
  const split = profile.split;
  let segment = 0;
  for (let i = count - 1; i >= 0; i--) {
    const t = world.endMs - (offsets[i] as number) * 1000;
    while (segment < times.length - 2 && t >= (times[segment + 1] as number)) segment++;
    const t0 = times[segment] as number;
    const t1 = times[segment + 1] ?? t0;
    const f = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
    const o0 = account.organic[segment] as number;
    const o1 = account.organic[segment + 1] ?? o0;
    // Organic followers only: bought ones inflate the count but never engage.
    const organicAt = o0 + (o1 - o0) * f;

    const kind = rng.weighted(account.kindMix);
    const kindProfile = KIND_PROFILES[kind];
    const sponsored = rng.bool(account.sponsoredShare);
    const brand = sponsored ? chooseBrand(world, rng, plan.niches, t) : null;
    let noise = rng.lognormal(-(NOISE.postSigma * NOISE.postSigma) / 2, NOISE.postSigma);
    if (rng.bool(NOISE.viralChance)) noise *= rng.lognormalMedian(NOISE.viralMedian, NOISE.viralSigma);
    const interactions =
      ((truth.trueRate * kindProfile.engagement) / account.kindNorm) *
      noise *
      (sponsored ? SPONSORED.engagementMultiplier : 1) *
      organicAt;

    const wLikes = split.likes * rng.lognormalMedian(1, NOISE.splitSigma);
    const wComments = split.comments * rng.lognormalMedian(1, NOISE.splitSigma);
    const wShares = split.shares * rng.lognormalMedian(1, NOISE.splitSigma);
    // Stories cannot be saved.
    const wSaves = kind === 'STORY' ? 0 : split.saves * rng.lognormalMedian(1, NOISE.splitSigma);
    const wTotal = wLikes + wComments + wShares + wSaves;
    let likes = Math.round((interactions * wLikes) / wTotal);
    let comments = Math.round((interactions * wComments) / wTotal);
    const shares = Math.round((interactions * wShares) / wTotal);
    const saves = Math.round((interactions * wSaves) / wTotal);
    if (truth.pod) {
      likes = Math.round(likes * POD.likesMultiplier);
      comments = Math.floor(likes * rng.uniform(0, POD.maxCommentsPerLike));
    }

    // Every interaction (saves included: a null component still happened) came from someone reached.
    const engaged = likes + comments + shares + saves;

    let views: number | null = null;
    if (kindProfile.views > 0 && (reported.has('views') || kind === 'STORY')) {
      const raw =
        organicAt *
        profile.viewsPerFollower[truth.tier] *
        account.viewFactor *
        kindProfile.views *
        noise ** 0.7 *
        rng.lognormalMedian(1, NOISE.viewsSigma);
      views = Math.max(Math.round(raw), engaged);
    }

    let reach: number | null = null;
    let impressions: number | null = null;
    const noiseFactor = noise ** 0.5 * rng.lognormalMedian(1, 0.3);
    if (reported.has('reach')) {
      reach =
        views !== null && VIDEO_KINDS.has(kind)
          ? Math.round(views * rng.uniform(REACH.ofVideoViews.min, REACH.ofVideoViews.max))
          : Math.round(organicAt * REACH.perFollower[truth.tier] * noiseFactor);
      reach = Math.max(reach, Math.ceil(engaged / REACH.maxInteractionsPerReach));
      // A view is counted per play: never fewer than the people reached.
      if (views !== null && views < reach) views = reach;
    }
    if (reported.has('impressions')) {
      if (platform === 'YOUTUBE' && views !== null) {
        impressions = Math.round(views / rng.uniform(REACH.youtubeClickThrough.min, REACH.youtubeClickThrough.max));
      } else if (platform === 'X') {
        impressions = Math.round(organicAt * REACH.xImpressionsPerFollower[truth.tier] * noiseFactor);
      } else if (reach !== null) {
        impressions = Math.round(reach * rng.uniform(REACH.impressionsPerReach.min, REACH.impressionsPerReach.max));
      }
      // Impressions count every showing: at least the reach, the plays and the interactions.
      if (impressions !== null) impressions = Math.max(impressions, reach ?? 0, views ?? 0, engaged);
    }

    yield {
      platform,
      handle: record.handle,
      externalId: externalId(world, rng, platform, 'post', state.postIds[platform]++),
      postedAt: new Date(t),
      kind,
      sponsored,
      brand,
      likes: reported.has('likes') ? likes : null,
      comments: reported.has('comments') ? comments : null,
      shares: reported.has('shares') ? shares : null,
      saves: reported.has('saves') && kind !== 'STORY' ? saves : null,
      views,
      reach,
      impressions,
      caption: makeCaption(rng, plan.niches, kind, brand),
    };
  }
  return count;
}
