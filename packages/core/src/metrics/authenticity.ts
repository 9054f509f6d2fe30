/**
 * Authenticity (docs/metrics.md#authenticity): a 0–100 score from five red flags, each a
 * pure check on data the caller has already gathered at `asOf` (engagement under the default method
 * and window, the tier peers' p50 and CV p95). Nothing here reads the clock or the database.
 */
import { DEFAULT_METRICS_CONFIG, type MetricsConfig } from './config.js';
import { robustMad, robustMean, robustMedian, robustPercentileType7, robustSampleSd } from './robust.js';

export type AuthenticityConfig = MetricsConfig['authenticity'];
export type AuthenticityFlagCode =
  | 'FOLLOWER_SPIKE'
  | 'LOW_ENGAGEMENT_FOR_TIER'
  | 'LIKES_WITHOUT_CONVERSATION'
  | 'FOLLOW_BACK_PATTERN'
  | 'ERRATIC_ENGAGEMENT';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Evidence {
  name: string;
  value: number | null;
  text: string | null;
}

export interface AuthenticityFlag {
  code: AuthenticityFlagCode;
  severity: Severity;
  penalty: number;
  message: string;
  evidence: Evidence[];
}

export interface FollowerSnapshotInput {
  capturedAt: Date;
  followers: number;
  following: number | null;
}

export interface AuthenticityInput {
  /** The account's stored follower count. */
  followers: number;
  /** The account's stored following count; null falls back to the latest snapshot at or before asOf. */
  following: number | null;
  snapshots: readonly FollowerSnapshotInput[];
  asOf: Date;
  /** Engagement under the default method and window at asOf, computed by the caller. */
  engagement: {
    sampleSize: number;
    value: number | null;
    totalLikes: number;
    totalComments: number;
    /** Interactions of each post in the sample, for the coefficient of variation. */
    postInteractions: readonly number[];
  };
  /** p50: benchmark p50 rate of the tier peers; cvP95 and cvPeerCount from cvPeerThreshold. */
  peer: { p50: number | null; cvP95: number | null; cvPeerCount: number };
}

export interface Spike {
  /** The snapshot that shows the jump. */
  capturedAt: Date;
  previousCapturedAt: Date;
  previousFollowers: number;
  followers: number;
  /** F_j − F_{j−1}. */
  gain: number;
  days: number;
  /** g_j = gain / days. */
  dailyGain: number;
  /** Robust z; null when MAD is 0 (every gain above the median then counts as z above the threshold). */
  z: number | null;
  /** gain − median g × days: followers beyond the account's usual growth. */
  excess: number;
}

export interface FollowerSpikeAnalysis {
  /** Daily gains g_j between consecutive snapshots at or before asOf. */
  gains: number[];
  /** False when there are fewer gains than config.followerSpike.minGains. */
  evaluated: boolean;
  medianGain: number | null;
  mad: number | null;
  spikes: Spike[];
  totalExcess: number;
}

export interface AuthenticityAssessment {
  score: number;
  authenticFollowers: number;
  flags: AuthenticityFlag[];
  spikes: Spike[];
}

const MS_PER_DAY = 86_400_000;

export function severityFor(
  penalty: number,
  thresholds: AuthenticityConfig['severity'] = DEFAULT_METRICS_CONFIG.authenticity.severity,
): Severity {
  if (penalty >= thresholds.high) return 'HIGH';
  if (penalty >= thresholds.medium) return 'MEDIUM';
  return 'LOW';
}

/** Sample standard deviation / mean; null when n < 2 or the mean is 0. */
export function coefficientOfVariation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = robustMean(values);
  const sd = robustSampleSd(values);
  if (m === null || sd === null || m === 0) return null;
  return sd / m;
}

/**
 * The CV threshold for ERRATIC_ENGAGEMENT: the type-7 percentile (config.erratic.peerPercentile) of
 * the peers' CVs (peers with n ≥ minPosts, chosen by the caller). Null below config.erratic.minPeers;
 * non-finite entries are dropped and not counted.
 */
export function cvPeerThreshold(
  peerCvs: readonly number[],
  config: AuthenticityConfig = DEFAULT_METRICS_CONFIG.authenticity,
): { p95: number | null; peerCount: number } {
  const cvs = peerCvs.filter((cv) => Number.isFinite(cv));
  const peerCount = cvs.length;
  if (peerCount < config.erratic.minPeers) return { p95: null, peerCount };
  return { p95: robustPercentileType7(cvs, config.erratic.peerPercentile), peerCount };
}

/**
 * Snapshots at or before asOf in time order. Snapshots sharing a timestamp would give Δdays = 0, so
 * one is kept: the largest followers (then following), which makes the result independent of input order.
 */
function usableSnapshots(snapshots: readonly FollowerSnapshotInput[], asOf: Date): FollowerSnapshotInput[] {
  const limit = asOf.getTime();
  const sorted = snapshots
    .filter((s) => {
      const t = s.capturedAt.getTime();
      return Number.isFinite(t) && t <= limit && Number.isFinite(s.followers);
    })
    .sort(
      (a, b) =>
        a.capturedAt.getTime() - b.capturedAt.getTime() ||
        a.followers - b.followers ||
        (a.following ?? -1) - (b.following ?? -1),
    );
  const kept: FollowerSnapshotInput[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.capturedAt.getTime() === s.capturedAt.getTime()) kept[kept.length - 1] = s;
    else kept.push(s);
  }
  return kept;
}

/** FOLLOWER_SPIKE detection without the penalty; exported for the simulation and for diagnostics. */
export function detectFollowerSpikes(
  snapshots: readonly FollowerSnapshotInput[],
  asOf: Date,
  config: AuthenticityConfig = DEFAULT_METRICS_CONFIG.authenticity,
): FollowerSpikeAnalysis {
  const rules = config.followerSpike;
  const series = usableSnapshots(snapshots, asOf);
  const steps: { prev: FollowerSnapshotInput; cur: FollowerSnapshotInput; days: number; g: number }[] = [];
  for (let j = 1; j < series.length; j++) {
    const prev = series[j - 1] as FollowerSnapshotInput;
    const cur = series[j] as FollowerSnapshotInput;
    const days = (cur.capturedAt.getTime() - prev.capturedAt.getTime()) / MS_PER_DAY;
    steps.push({ prev, cur, days, g: (cur.followers - prev.followers) / days });
  }
  const gains = steps.map((s) => s.g);
  if (gains.length < rules.minGains) {
    return { gains, evaluated: false, medianGain: null, mad: null, spikes: [], totalExcess: 0 };
  }
  const medianGain = robustMedian(gains) as number;
  const mad = robustMad(gains) as number;
  const scale = rules.madScale * mad;
  const spikes: Spike[] = [];
  for (const { prev, cur, days, g } of steps) {
    const z = scale > 0 ? (g - medianGain) / scale : null;
    const outlier = z === null ? g > medianGain : z > rules.zThreshold;
    const gain = cur.followers - prev.followers;
    const bigEnough = gain >= Math.max(rules.minAbsoluteGain, rules.minRelativeGain * prev.followers);
    if (!outlier || !bigEnough) continue;
    spikes.push({
      capturedAt: cur.capturedAt,
      previousCapturedAt: prev.capturedAt,
      previousFollowers: prev.followers,
      followers: cur.followers,
      gain,
      days,
      dailyGain: g,
      z,
      excess: gain - medianGain * days,
    });
  }
  const totalExcess = spikes.reduce((acc, s) => acc + s.excess, 0);
  return { gains, evaluated: true, medianGain, mad, spikes, totalExcess };
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const num = (x: number, digits = 2): string => x.toLocaleString('en-US', { maximumFractionDigits: digits });
const pct = (x: number, digits = 2): string => `${(x * 100).toFixed(digits)}%`;
const day = (d: Date): string => d.toISOString().slice(0, 10);
const plural = (n: number, word: string): string => `${int(n)} ${word}${n === 1 ? '' : 's'}`;
const value = (name: string, v: number | null): Evidence => ({ name, value: v, text: null });
const text = (name: string, t: string): Evidence => ({ name, value: null, text: t });

function flag(
  code: AuthenticityFlagCode,
  penalty: number,
  message: string,
  evidence: Evidence[],
  config: AuthenticityConfig,
): AuthenticityFlag {
  return { code, severity: severityFor(penalty, config.severity), penalty, message, evidence };
}

/** FOLLOWER_SPIKE's penalty, null without a spike (shared by the flag and the precomputed summaries). */
export function followerSpikePenalty(
  analysis: Pick<FollowerSpikeAnalysis, 'spikes' | 'totalExcess'>,
  followers: number,
  config: AuthenticityConfig,
): number | null {
  if (analysis.spikes.length === 0) return null;
  // A stored count of 0 next to a detected spike is as suspicious as it gets: take the cap, not ∞.
  const share = followers > 0 ? analysis.totalExcess / followers : Number.POSITIVE_INFINITY;
  return Math.min(config.followerSpike.maxPenalty, share);
}

/** Whether LOW_ENGAGEMENT_FOR_TIER fires. */
export function lowEngagementApplies(
  e: { sampleSize: number; value: number | null },
  p50: number | null,
  config: AuthenticityConfig,
): boolean {
  const rules = config.lowEngagement;
  if (e.sampleSize < rules.minPosts || e.value === null || p50 === null) return false;
  return e.value < rules.ratioToPeerP50 * p50;
}

/** Whether LIKES_WITHOUT_CONVERSATION fires. */
export function likesWithoutConversationApplies(
  e: { sampleSize: number; value: number | null; totalLikes: number; totalComments: number },
  p50: number | null,
  config: AuthenticityConfig,
): boolean {
  const rules = config.likesWithoutConversation;
  // Without likes the ratio is undefined and there are no likes to lack conversation.
  if (e.sampleSize < rules.minPosts || e.value === null || p50 === null || e.totalLikes <= 0) return false;
  return e.value > rules.ratioToPeerP50 * p50 && e.totalComments / e.totalLikes < rules.maxCommentsPerLike;
}

/** The following count FOLLOW_BACK_PATTERN reads: the account's, else the latest snapshot's at or before asOf. */
function followingOf(
  following: number | null,
  series: readonly FollowerSnapshotInput[],
): { following: number; source: string } | null {
  if (following !== null) return { following, source: 'account' };
  const latest = [...series].reverse().find((s) => s.following !== null);
  return latest
    ? { following: latest.following as number, source: `snapshot ${latest.capturedAt.toISOString()}` }
    : null;
}

/** Whether FOLLOW_BACK_PATTERN fires. */
function followBackApplies(followers: number, following: number | null, config: AuthenticityConfig): boolean {
  const rules = config.followBack;
  return followers >= rules.minFollowers && following !== null && following / followers > rules.maxFollowingRatio;
}

/** Whether ERRATIC_ENGAGEMENT fires for a sample of n posts whose interactions have this CV. */
export function erraticApplies(
  n: number,
  cv: number | null,
  peer: { cvP95: number | null; cvPeerCount: number },
  config: AuthenticityConfig,
): boolean {
  const rules = config.erratic;
  if (n < rules.minPosts || peer.cvP95 === null || peer.cvPeerCount < rules.minPeers) return false;
  return cv !== null && cv > peer.cvP95;
}

/** What authenticity needs of an account apart from its peers: precomputed per account (metrics/summary.ts). */
export interface OwnAuthenticity {
  spikePenalty: number | null;
  followBackPenalty: number | null;
  authenticFollowers: number;
}

/** The peer-independent half of assessAuthenticity: follower spikes and the follow-back pattern. */
export function ownAuthenticity(
  input: Pick<AuthenticityInput, 'followers' | 'following' | 'snapshots' | 'asOf'>,
  config: AuthenticityConfig = DEFAULT_METRICS_CONFIG.authenticity,
): OwnAuthenticity {
  const series = usableSnapshots(input.snapshots, input.asOf);
  const spikes = detectFollowerSpikes(series, input.asOf, config);
  const following = followingOf(input.following, series)?.following ?? null;
  return {
    spikePenalty: followerSpikePenalty(spikes, input.followers, config),
    followBackPenalty: followBackApplies(input.followers, following, config) ? config.followBack.penalty : null,
    authenticFollowers: Math.max(0, Math.round(input.followers - spikes.totalExcess)),
  };
}

/**
 * assessAuthenticity's score from the own half and the engagement sample's sums: the same penalties
 * multiplied in the same order as the flags, so the same number to the last bit.
 */
export function authenticityScoreOf(
  own: OwnAuthenticity,
  e: { sampleSize: number; value: number | null; totalLikes: number; totalComments: number; cv: number | null },
  peer: AuthenticityInput['peer'],
  config: AuthenticityConfig = DEFAULT_METRICS_CONFIG.authenticity,
): number {
  const penalties = [
    own.spikePenalty,
    lowEngagementApplies(e, peer.p50, config) ? config.lowEngagement.penalty : null,
    likesWithoutConversationApplies(e, peer.p50, config) ? config.likesWithoutConversation.penalty : null,
    own.followBackPenalty,
    erraticApplies(e.sampleSize, e.cv, peer, config) ? config.erratic.penalty : null,
  ];
  return 100 * penalties.reduce<number>((acc, p) => (p === null ? acc : acc * (1 - p)), 1);
}

function followerSpikeFlag(
  analysis: FollowerSpikeAnalysis,
  followers: number,
  config: AuthenticityConfig,
): AuthenticityFlag | null {
  const penalty = followerSpikePenalty(analysis, followers, config);
  if (penalty === null) return null;
  const rules = config.followerSpike;
  const share = followers > 0 ? analysis.totalExcess / followers : Number.POSITIVE_INFINITY;
  const evidence: Evidence[] = [];
  const parts: string[] = [];
  for (const s of analysis.spikes) {
    evidence.push(text('date', s.capturedAt.toISOString()), value('gain', s.gain));
    evidence.push(
      s.z === null ? text('z', `MAD of daily gains is 0; counted as above ${num(rules.zThreshold)}`) : value('z', s.z),
    );
    const zText = s.z === null ? `z > ${num(rules.zThreshold)}, MAD 0` : `robust z ${num(s.z, 1)}`;
    parts.push(`+${int(s.gain)} by ${day(s.capturedAt)} over ${num(s.days, 1)} days (${zText})`);
  }
  const capped = share > rules.maxPenalty ? ` (penalty capped at ${pct(rules.maxPenalty, 0)})` : '';
  const shareText = Number.isFinite(share)
    ? `${pct(share, 1)} of the current ${int(followers)}`
    : 'more than the current 0';
  const message =
    `${analysis.spikes.length === 1 ? 'Follower spike' : `${analysis.spikes.length} follower spikes`}: ` +
    `${parts.join('; ')}. Beyond the usual ${num(analysis.medianGain ?? 0)} followers a day, ` +
    `${plural(analysis.totalExcess, 'follower')} arrived in jumps, ${shareText} followers${capped}.`;
  return flag('FOLLOWER_SPIKE', penalty, message, evidence, config);
}

function lowEngagementFlag(input: AuthenticityInput, config: AuthenticityConfig): AuthenticityFlag | null {
  const rules = config.lowEngagement;
  const { sampleSize: n, value: rate } = input.engagement;
  const p50 = input.peer.p50;
  if (!lowEngagementApplies(input.engagement, p50, config) || rate === null || p50 === null) return null;
  const threshold = rules.ratioToPeerP50 * p50;
  return flag(
    'LOW_ENGAGEMENT_FOR_TIER',
    rules.penalty,
    `Engagement rate ${pct(rate)} over ${plural(n, 'post')} is below ${num(rules.ratioToPeerP50)} × the ` +
      `tier peer median of ${pct(p50)} (threshold ${pct(threshold, 3)}).`,
    [value('rate', rate), value('peerP50', p50), value('threshold', threshold), value('sampleSize', n)],
    config,
  );
}

function likesWithoutConversationFlag(input: AuthenticityInput, config: AuthenticityConfig): AuthenticityFlag | null {
  const rules = config.likesWithoutConversation;
  const { sampleSize: n, value: rate, totalLikes, totalComments } = input.engagement;
  const p50 = input.peer.p50;
  if (!likesWithoutConversationApplies(input.engagement, p50, config) || rate === null || p50 === null) return null;
  const threshold = rules.ratioToPeerP50 * p50;
  const commentsPerLike = totalComments / totalLikes;
  return flag(
    'LIKES_WITHOUT_CONVERSATION',
    rules.penalty,
    `Engagement rate ${pct(rate)} over ${plural(n, 'post')} is above ${num(rules.ratioToPeerP50)} × the tier ` +
      `peer median of ${pct(p50)}, yet ${int(totalLikes)} likes drew only ${plural(totalComments, 'comment')} ` +
      `(${num(commentsPerLike, 5)} per like, below ${num(rules.maxCommentsPerLike, 5)}).`,
    [
      value('rate', rate),
      value('peerP50', p50),
      value('threshold', threshold),
      value('commentsPerLike', commentsPerLike),
      value('totalLikes', totalLikes),
      value('totalComments', totalComments),
      value('sampleSize', n),
    ],
    config,
  );
}

function followBackFlag(
  input: AuthenticityInput,
  series: readonly FollowerSnapshotInput[],
  config: AuthenticityConfig,
): AuthenticityFlag | null {
  const rules = config.followBack;
  const followers = input.followers;
  const found = followingOf(input.following, series);
  if (!found || !followBackApplies(followers, found.following, config)) return null;
  const { following, source } = found;
  const ratio = following / followers;
  return flag(
    'FOLLOW_BACK_PATTERN',
    rules.penalty,
    `Follows ${int(following)} accounts with ${int(followers)} followers, a following/followers ratio of ` +
      `${num(ratio, 4)}, above ${num(rules.maxFollowingRatio, 4)}.`,
    [
      value('followers', followers),
      value('following', following),
      value('followingRatio', ratio),
      value('threshold', rules.maxFollowingRatio),
      text('followingSource', source),
    ],
    config,
  );
}

function erraticFlag(input: AuthenticityInput, config: AuthenticityConfig): AuthenticityFlag | null {
  const rules = config.erratic;
  const { postInteractions } = input.engagement;
  const { cvP95, cvPeerCount } = input.peer;
  if (postInteractions.length < rules.minPosts) return null;
  const cv = coefficientOfVariation(postInteractions);
  if (!erraticApplies(input.engagement.sampleSize, cv, input.peer, config) || cv === null || cvP95 === null) {
    return null;
  }
  return flag(
    'ERRATIC_ENGAGEMENT',
    rules.penalty,
    `Interactions per post vary with a coefficient of variation of ${num(cv, 3)} over ` +
      `${plural(postInteractions.length, 'post')}, above the p${num(rules.peerPercentile)} of ` +
      `${num(cvP95, 3)} among ${plural(cvPeerCount, 'peer')}.`,
    [
      value('coefficientOfVariation', cv),
      value('peerP95', cvP95),
      value('peerCount', cvPeerCount),
      value('sampleSize', postInteractions.length),
    ],
    config,
  );
}

export function assessAuthenticity(
  input: AuthenticityInput,
  config: AuthenticityConfig = DEFAULT_METRICS_CONFIG.authenticity,
): AuthenticityAssessment {
  const series = usableSnapshots(input.snapshots, input.asOf);
  const spikes = detectFollowerSpikes(series, input.asOf, config);
  const flags = [
    followerSpikeFlag(spikes, input.followers, config),
    lowEngagementFlag(input, config),
    likesWithoutConversationFlag(input, config),
    followBackFlag(input, series, config),
    erraticFlag(input, config),
  ].filter((f): f is AuthenticityFlag => f !== null);
  const score = 100 * flags.reduce((acc, f) => acc * (1 - f.penalty), 1);
  const authenticFollowers = Math.max(0, Math.round(input.followers - spikes.totalExcess));
  return { score, authenticFollowers, flags, spikes: spikes.spikes };
}
