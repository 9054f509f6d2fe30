import { type EngagementResult, Z95 } from './engagement.js';
import { mean, sampleVariance } from './stats.js';

/**
 * Reliable engagement rate: empirical-Bayes shrinkage of an account's mean post rate toward the peer
 * norm (docs/metrics.md#reliable-engagement-rate).
 */

/** What the shrinkage needs from one account's sample of post rates. */
export interface PeerStats {
  /** n: posts in the sample. */
  n: number;
  /** m: arithmetic mean of the post rates (whatever the method's aggregate); null when n = 0. */
  mean: number | null;
  /** s²: sample variance (n − 1) of the post rates; null when n < 2. */
  variance: number | null;
  /** H: mean over the sample of 1 / base; null when n = 0. */
  h: number | null;
}

export interface ReliableEngagement {
  /** w · m + (1 − w) · μ; μ when n = 0; null when n = 0 and there is no prior. */
  value: number | null;
  /** μ: unweighted mean of peer means; null with fewer than `minPeers` peers. */
  prior: number | null;
  /** w in [0, 1]: the share of the account's own mean in `value`. */
  weight: number;
  /** Peers with n ≥ 1 (the account itself among them, added by the caller). */
  peerCount: number;
  /** τ²: between-account variance of true rates; null without a prior. */
  tau2: number | null;
  /** σ²_w: pooled post-to-post variance; null without a prior. */
  sigma2Within: number | null;
  /**
   * value ± z · √(w · V), low clamped at 0: the posterior 95% interval of the account's true rate under the
   * normal–normal model (posterior variance w · V = τ²V / (τ² + V)). Null without a prior or when n = 0.
   */
  interval95: { low: number; high: number } | null;
}

/** PeerStats from an engagement result: the shrinkage always uses the mean of post rates. */
export function peerStatsFromEngagement(result: Pick<EngagementResult, 'rates' | 'bases'>): PeerStats {
  return {
    n: result.rates.length,
    mean: mean(result.rates),
    variance: sampleVariance(result.rates),
    h: mean(result.bases.map((b) => 1 / b)),
  };
}

/** V = (σ²_w + μ̃(1 − μ̃) H) / n; a missing H (no bases) contributes no binomial term. */
function samplingVariance(stats: PeerStats, sigma2Within: number, binomial: number): number {
  return (sigma2Within + binomial * (stats.h ?? 0)) / stats.n;
}

/** The peer-only part of the shrinkage: the same for every account of one peer set. */
export interface ReliablePrior {
  /** Peers with n ≥ 1. */
  peerCount: number;
  /** μ; null with fewer than `minPeers` peers (then nothing below is used). */
  mu: number | null;
  sigma2Within: number | null;
  /** μ̃(1 − μ̃), the binomial factor of the sampling variance. */
  binomial: number | null;
  tau2: number | null;
}

/** μ, σ²_w and τ² of a peer set (peers with n = 0 are ignored). */
export function reliablePrior(peers: readonly PeerStats[], minPeers = 3): ReliablePrior {
  const valid = peers.filter((p): p is PeerStats & { mean: number } => p.n >= 1 && p.mean !== null);
  const peerCount = valid.length;
  if (peerCount < minPeers) return { peerCount, mu: null, sigma2Within: null, binomial: null, tau2: null };

  const means = valid.map((p) => p.mean);
  const mu = mean(means) as number;

  let pooled = 0;
  let dof = 0;
  for (const p of valid) {
    if (p.n >= 2 && p.variance !== null) {
      pooled += (p.n - 1) * p.variance;
      dof += p.n - 1;
    }
  }
  const sigma2Within = dof > 0 ? pooled / dof : 0;

  const muClamped = Math.min(1, Math.max(0, mu));
  const binomial = muClamped * (1 - muClamped);
  const meanV = mean(valid.map((p) => samplingVariance(p, sigma2Within, binomial))) as number;
  // var(m_i) needs two peers; with minPeers lowered to 1 a single peer has no spread.
  const betweenVariance = sampleVariance(means) ?? 0;
  const tau2 = Math.max(0, betweenVariance - meanV);
  return { peerCount, mu, sigma2Within, binomial, tau2 };
}

/** The account's reliable rate from its peer set's prior (`reliablePrior` over peers that include it). */
export function reliableFromPrior(account: PeerStats, prior: ReliablePrior): ReliableEngagement {
  const { peerCount, mu, sigma2Within, binomial, tau2 } = prior;
  const ownMean = account.n >= 1 ? account.mean : null;

  if (mu === null || sigma2Within === null || binomial === null || tau2 === null) {
    // No prior: the estimate is the account's own, whole (even when it has no posts, hence null).
    return { value: ownMean, prior: null, weight: 1, peerCount, tau2: null, sigma2Within: null, interval95: null };
  }

  if (ownMean === null) {
    return { value: mu, prior: mu, weight: 0, peerCount, tau2, sigma2Within, interval95: null };
  }

  const v = samplingVariance(account, sigma2Within, binomial);
  const weight = v === 0 ? 1 : tau2 === 0 ? 0 : tau2 / (tau2 + v);
  const value = weight * ownMean + (1 - weight) * mu;
  return { value, prior: mu, weight, peerCount, tau2, sigma2Within, interval95: posteriorInterval(value, weight, v) };
}

/**
 * value ± z · √(w · V), low clamped at 0. w · V is the posterior variance of the normal–normal model, so
 * w = 1 with V = 0 (no noise) and w = 0 (no spread between accounts) both give a zero-width interval.
 */
export function posteriorInterval(value: number, weight: number, v: number, z = Z95): { low: number; high: number } {
  const half = z * Math.sqrt(weight * v);
  return { low: Math.max(0, value - half), high: value + half };
}

/**
 * The account's reliable rate given its peers. `peers` must include the account itself; peers with
 * n = 0 are ignored.
 */
export function reliableEngagement(account: PeerStats, peers: readonly PeerStats[], minPeers = 3): ReliableEngagement {
  return reliableFromPrior(account, reliablePrior(peers, minPeers));
}
