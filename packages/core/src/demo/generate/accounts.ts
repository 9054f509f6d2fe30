import type { PostKind } from '../../metrics/config.js';
import { classifyTier } from '../../metrics/tiers.js';
import {
  FOLLOW_BACK,
  FOLLOWING,
  GROWTH,
  INSIGHTS_SHARE,
  KIND_PROFILES,
  NOISE,
  PLATFORM_PROFILES,
  type PlatformProfile,
  type PostMetric,
  QUOTED_RATE,
  SPIKE,
  SPONSORED,
  type Weighted,
} from '../parameters/index.js';
import { type Random, weyl } from '../random.js';
import { assignHandle, externalId, type GeneratorState } from './ids.js';
import type { AccountRecord, AccountTruth } from './records.js';
import type { AccountPlan, CreatorPlan, World } from './world.js';

// Accounts and their follower history

/** √2 − 1: a second Weyl step, independent enough of the golden ratio used for tiers. */
const ANOMALY_STEP = Math.SQRT2 - 1;

export interface AccountState {
  record: AccountRecord;
  truth: AccountTruth;
  profile: PlatformProfile;
  /** Followers (all) and organic followers (who engage) at each snapshot time. */
  followers: number[];
  organic: number[];
  following: (number | null)[];
  postsPerWeek: number;
  viewFactor: number;
  sponsoredShare: number;
  reported: ReadonlySet<PostMetric>;
  kindMix: Weighted<PostKind>;
  /** Mean kind multiplier of the account's mix: dividing by it keeps the account's mean rate at its true rate. */
  kindNorm: number;
}

function buildFollowerSeries(
  world: World,
  rng: Random,
  followersEnd: number,
  spike: boolean,
): { followers: number[]; bought: number; spikeAt: number | null; jump: number } {
  const k = world.snapshotTimes.length - 1;
  const declining = rng.bool(GROWTH.decliningShare);
  const base = declining
    ? rng.uniform(GROWTH.decliningMin, GROWTH.decliningMax)
    : rng.uniform(GROWTH.weeklyMin, GROWTH.weeklyMax);
  const noiseSd = GROWTH.weeklyRelativeNoise * Math.max(Math.abs(base), GROWTH.weeklyMin);
  const spikeAt = spike ? rng.int(3, k - 2) : null;
  const jump = spike ? rng.uniform(SPIKE.minJump, SPIKE.maxJump) : 0;
  const values = new Array<number>(k + 1);
  values[k] = followersEnd;
  let bought = 0;
  let realizedJump = 0;
  // Built backwards from the end so the account's current followers (and tier) are exactly as planned.
  for (let i = k; i >= 1; i--) {
    const after = values[i] as number;
    const growth = base + rng.normal(0, noiseSd);
    if (i === spikeAt) {
      let before = Math.floor(after / (1 + jump));
      if (after - before < SPIKE.minBought) before = after - SPIKE.minBought;
      realizedJump = (after - before) / before;
      bought = Math.max(0, after - Math.round(before * (1 + growth)));
      values[i - 1] = before;
    } else {
      values[i - 1] = Math.max(1, Math.round(after / (1 + growth)));
    }
  }
  return { followers: values, bought, spikeAt, jump: realizedJump };
}

function niceRate(minor: number): number {
  const step = minor < 10_000 ? 500 : minor < 100_000 ? 2_500 : 10_000;
  return Math.max(step, Math.round(minor / step) * step);
}

export function buildAccount(
  world: World,
  state: GeneratorState,
  plan: CreatorPlan,
  creatorRef: string,
  handleStyle: number,
  accountPlan: AccountPlan,
): AccountState {
  const { rng } = plan;
  const { platform, followers: followersEnd } = accountPlan;
  const profile = PLATFORM_PROFILES[platform];
  const accountIndex = state.accountIndex++;
  const handle = assignHandle(state, rng, plan, handleStyle, platform);
  const id = externalId(world, rng, platform, 'account', state.accountIds[platform]++);

  const u = weyl(accountIndex, world.anomalyOffset, ANOMALY_STEP);
  const canSpike = world.snapshotTimes.length >= SPIKE.minSnapshots && followersEnd >= 3 * SPIKE.minBought;
  const spike = u < world.opts.spikeShare && canSpike;
  const pod = !spike && u >= world.opts.spikeShare && u < world.opts.spikeShare + world.opts.podShare;
  const hasFollowing = FOLLOWING.cap[platform] > 0;
  const followBackEligible = !spike && !pod && hasFollowing && followersEnd >= FOLLOW_BACK.minFollowers;
  const followBack =
    followBackEligible &&
    weyl(state.followBackIndex++, world.followBackOffset, ANOMALY_STEP) < world.opts.followBackShare;

  const series = buildFollowerSeries(world, rng, followersEnd, spike);
  const spikeAt = series.spikeAt;
  const organic = series.followers.map((f, i) => (spikeAt !== null && i >= spikeAt ? f - series.bought : f));
  const tier = classifyTier(organic[organic.length - 1] as number);

  // Mean-one lognormal, so the tier's mean rate is the benchmark. Pods are drawn above the mean so
  // that × 4 likes clears the 3 × peer p50 test.
  const rateSigma = NOISE.accountRateSigma;
  const rateDraw = rng.normal(0, rateSigma);
  const rateMultiplier = pod ? Math.exp(Math.abs(rateDraw)) : Math.exp(rateDraw - (rateSigma * rateSigma) / 2);
  const trueRate = profile.engagementRate[tier] * rateMultiplier;
  const viewFactor = Math.sqrt(rateMultiplier) * rng.lognormalMedian(1, NOISE.accountViewsSigma);
  const insights = rng.bool(INSIGHTS_SHARE);
  const sponsoredShare = rng.betaMean(SPONSORED.mean, SPONSORED.concentration);

  let followingEnd: number | null = null;
  let following: (number | null)[] = series.followers.map(() => null);
  if (hasFollowing) {
    if (followBack) {
      const ratio = rng.uniform(FOLLOW_BACK.minRatio, FOLLOW_BACK.maxRatio);
      following = series.followers.map((f) => Math.round(f * ratio));
    } else {
      const end = Math.min(
        FOLLOWING.cap[platform],
        Math.round(rng.lognormalMedian(FOLLOWING.median[tier], FOLLOWING.sigma)),
      );
      const drift = rng.normal(FOLLOWING.weeklyDriftMean, FOLLOWING.weeklyDriftSd);
      const last = series.followers.length - 1;
      following = series.followers.map((_, i) => Math.max(0, Math.round(end - drift * (last - i))));
    }
    followingEnd = following[following.length - 1] ?? null;
  }

  let ratePerPostMinor: number | null = null;
  if (rng.bool(QUOTED_RATE.share)) {
    // Quotes follow the advertised (current) followers, bought ones included.
    const advertisedTier = classifyTier(followersEnd);
    ratePerPostMinor = niceRate(
      QUOTED_RATE.rateCardMinor[advertisedTier] *
        QUOTED_RATE.platformFactor[platform] *
        rng.lognormalMedian(1, QUOTED_RATE.sigma) *
        rateMultiplier ** QUOTED_RATE.engagementElasticity,
    );
  }

  const reported = new Set<PostMetric>([...profile.publicMetrics, ...(insights ? profile.insightMetrics : [])]);
  // Story metrics are private: only creators sharing insights have stories in the data.
  const kindMix = insights ? profile.kindMix : profile.kindMix.filter(([kind]) => kind !== 'STORY');
  let weightSum = 0;
  let engagementSum = 0;
  for (const [kind, weight] of kindMix) {
    weightSum += weight;
    engagementSum += weight * KIND_PROFILES[kind].engagement;
  }
  const expectedPosts = accountPlan.postsPerWeek * world.weeks * world.postScale;

  return {
    record: {
      creatorRef,
      platform,
      handle,
      externalId: id,
      followers: followersEnd,
      following: followingEnd,
      ratePerPostMinor,
      currency: ratePerPostMinor === null ? null : QUOTED_RATE.currency,
    },
    truth: {
      tier,
      trueRate,
      insights,
      spike:
        spikeAt === null
          ? null
          : {
              capturedAt: new Date(world.snapshotTimes[spikeAt] as number),
              boughtFollowers: series.bought,
              jump: series.jump,
            },
      pod,
      followBack,
      expectedPosts,
    },
    profile,
    followers: series.followers,
    organic,
    following,
    postsPerWeek: accountPlan.postsPerWeek,
    viewFactor,
    sponsoredShare,
    reported,
    kindMix,
    kindNorm: engagementSum / weightSum,
  };
}
