import { cvPeerThreshold } from './authenticity.js';
import { type Benchmark, type BenchmarkPeer, benchmarkPeers } from './benchmark.js';
import type { MetricsConfig } from './config.js';
import type { PeerGroup, PeerMember } from './peers.js';
import { type ReliablePrior, reliablePrior } from './reliable.js';

/**
 * What an account compares against within its peer group: its peer set, the group's benchmark, CV
 * threshold and reliable-rate prior. Summaries and priors of a cached group are computed once and shared
 * across requests.
 */

/**
 * The peers of `own` in `group`: the group's members with the account itself replaced by its own,
 * freshly computed numbers (and added when the cached group predates it), optionally only those sharing
 * a niche with it. "The account itself is one of its peers."
 */
export function peersOf(group: PeerGroup | undefined, own: PeerMember, niches: readonly string[] | null): PeerMember[] {
  const wanted = niches === null ? null : new Set(niches);
  const others = (group?.members ?? []).filter(
    (m) => m.accountId !== own.accountId && (wanted === null || m.niches.some((n) => wanted.has(n))),
  );
  return [...others, own];
}

export function benchmarkPeerOf(m: PeerMember): BenchmarkPeer {
  return { rate: m.value, avgInteractionsPerPost: m.avgInteractionsPerPost, n: m.n };
}

/** What every member of a peer group compares against: the benchmark (without a percentile) and the CV p95. */
export interface PeerSummary {
  /** benchmarkPeers over the peers, percentile null (it depends on the asking account). */
  benchmark: Benchmark;
  /** The benchmark's eligible rates (n ≥ minPostsForBenchmark): an account's percentile rank is among these. */
  rates: number[];
  /** cvPeerThreshold over the peers with n ≥ erratic.minPosts. */
  cv: { p95: number | null; peerCount: number };
}

export function peerSummary(peers: readonly PeerMember[], config: MetricsConfig): PeerSummary {
  const minPosts = config.minPostsForBenchmark;
  const rules = config.authenticity;
  const cvs = peers.filter((m) => m.n >= rules.erratic.minPosts && m.cv !== null).map((m) => m.cv as number);
  return {
    benchmark: benchmarkPeers(peers.map(benchmarkPeerOf), null, minPosts),
    rates: peers.filter((m) => m.n >= minPosts && m.value !== null).map((m) => m.value as number),
    cv: cvPeerThreshold(cvs, rules),
  };
}

/** Whether two members carry the same numbers (then the cached group is the account's peer set as it is). */
function sameNumbers(a: PeerMember, b: PeerMember): boolean {
  return (
    a.n === b.n &&
    a.value === b.value &&
    a.avgInteractionsPerPost === b.avgInteractionsPerPost &&
    a.cv === b.cv &&
    a.stats.mean === b.stats.mean &&
    a.stats.variance === b.stats.variance &&
    a.stats.h === b.stats.h
  );
}

/** Per cached group (and config): its member index and summary, computed once and shared across requests. */
const groupMemo = new WeakMap<
  PeerGroup,
  {
    index: Map<number, PeerMember>;
    summaries: WeakMap<MetricsConfig, PeerSummary>;
    /** reliablePrior over the whole group, by minPeers. */
    priors: Map<number, ReliablePrior>;
  }
>();

function memoOf(group: PeerGroup) {
  let memo = groupMemo.get(group);
  if (!memo) {
    memo = {
      index: new Map(group.members.map((m) => [m.accountId, m])),
      summaries: new WeakMap(),
      priors: new Map(),
    };
    groupMemo.set(group, memo);
  }
  return memo;
}

/** The group's memo when the group holds `own` with the same numbers, i.e. when the group is its peer set. */
function memoFor(group: PeerGroup | undefined, own: PeerMember) {
  if (!group) return undefined;
  const memo = memoOf(group);
  const cached = memo.index.get(own.accountId);
  return cached && sameNumbers(cached, own) ? memo : undefined;
}

/**
 * The reliable rate's prior over `own`'s tier peers (no niche filter). Like summaryFor: when the group
 * holds the account with the same numbers, the peer set is the group itself and its prior is computed
 * once (the same value up to the order of float sums); otherwise it is computed for this peer set.
 */
export function priorFor(group: PeerGroup | undefined, own: PeerMember, minPeers: number): ReliablePrior {
  if (group && memoFor(group, own)) return groupPrior(group, minPeers);
  return reliablePrior(
    peersOf(group, own, null).map((m) => m.stats),
    minPeers,
  );
}

/**
 * The summary of `own`'s peers. When the group holds the account with the same numbers (the usual case)
 * it is the group's own summary, sorted once; otherwise (a live group computed at another instant, or one
 * that predates the account) it is computed for this account's peer set.
 */
export function summaryFor(group: PeerGroup | undefined, own: PeerMember, config: MetricsConfig): PeerSummary {
  if (group && memoFor(group, own)) return groupSummary(group, config);
  return peerSummary(peersOf(group, own, null), config);
}

/** The prior over a whole group (members as cached), computed once per group and minPeers. */
export function groupPrior(group: PeerGroup, minPeers: number): ReliablePrior {
  const memo = memoOf(group);
  let prior = memo.priors.get(minPeers);
  if (!prior) {
    prior = reliablePrior(
      group.members.map((m) => m.stats),
      minPeers,
    );
    memo.priors.set(minPeers, prior);
  }
  return prior;
}

/** The summary of a whole group (members as cached), computed once per group and config. */
export function groupSummary(group: PeerGroup, config: MetricsConfig): PeerSummary {
  const memo = memoOf(group);
  let summary = memo.summaries.get(config);
  if (!summary) {
    summary = peerSummary(group.members, config);
    memo.summaries.set(config, summary);
  }
  return summary;
}
