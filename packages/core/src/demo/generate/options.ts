/** Generator options, their defaults and their validation. */

export interface GeneratorOptions {
  seed: number;
  creators: number;
  /** Last instant of the history: snapshots and posts are at or before it. Required: the generator never reads the clock. */
  end: Date;
  /** Approximate total posts; scales every account's posting frequency. Default: the published frequencies as they are. */
  postsTarget?: number | null | undefined;
  /** History length in days (default 120). */
  days?: number | undefined;
  /** Share of accounts with one week of bought followers (default 0.04). */
  spikeShare?: number | undefined;
  /** Share of accounts in engagement pods: likes inflated, few comments (default 0.03). */
  podShare?: number | undefined;
  /** Share of eligible accounts (≥ 10k followers, platform reports following) that follow back en masse (default 0.02). */
  followBackShare?: number | undefined;
}

export interface ResolvedGeneratorOptions {
  seed: number;
  creators: number;
  end: Date;
  postsTarget: number | null;
  days: number;
  spikeShare: number;
  podShare: number;
  followBackShare: number;
}

export const GENERATOR_DEFAULTS = { days: 120, spikeShare: 0.04, podShare: 0.03, followBackShare: 0.02 } as const;

/** The server's first-start dataset: ≈ 500 creators, ≈ 700 accounts, ≈ 20,000 posts over 120 days. */
export const DEMO_OPTIONS = {
  seed: 20_190_401,
  creators: 500,
  postsTarget: 20_000,
  days: 120,
  spikeShare: 0.04,
  podShare: 0.03,
  followBackShare: 0.02,
} as const satisfies Omit<GeneratorOptions, 'end'>;

export function resolveGeneratorOptions(options: GeneratorOptions): ResolvedGeneratorOptions {
  const resolved: ResolvedGeneratorOptions = {
    seed: options.seed,
    creators: options.creators,
    end: options.end,
    postsTarget: options.postsTarget ?? null,
    days: options.days ?? GENERATOR_DEFAULTS.days,
    spikeShare: options.spikeShare ?? GENERATOR_DEFAULTS.spikeShare,
    podShare: options.podShare ?? GENERATOR_DEFAULTS.podShare,
    followBackShare: options.followBackShare ?? GENERATOR_DEFAULTS.followBackShare,
  };
  if (!Number.isSafeInteger(resolved.seed)) throw new RangeError(`seed must be a safe integer, got ${resolved.seed}`);
  if (!Number.isInteger(resolved.creators) || resolved.creators < 0) {
    throw new RangeError(`creators must be a non-negative integer, got ${resolved.creators}`);
  }
  if (!(resolved.end instanceof Date) || Number.isNaN(resolved.end.getTime())) {
    throw new RangeError('end must be a valid Date');
  }
  if (!Number.isInteger(resolved.days) || resolved.days < 1) {
    throw new RangeError(`days must be a positive integer, got ${resolved.days}`);
  }
  if (resolved.postsTarget !== null && !(resolved.postsTarget >= 0 && Number.isFinite(resolved.postsTarget))) {
    throw new RangeError(`postsTarget must be a non-negative number, got ${resolved.postsTarget}`);
  }
  for (const key of ['spikeShare', 'podShare', 'followBackShare'] as const) {
    const share = resolved[key];
    if (!(share >= 0 && share <= 1)) throw new RangeError(`${key} must be in [0, 1], got ${share}`);
  }
  if (resolved.spikeShare + resolved.podShare > 1) throw new RangeError('spikeShare + podShare must not exceed 1');
  return resolved;
}
