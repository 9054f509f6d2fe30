import { DEFAULT_REDIS_PREFIX } from '@creatorgraph/core';
import type { Redis } from 'ioredis';

/**
 * Query-cost budgets per organization: a leaky bucket like Shopify's. Every request pours its cost
 * into the organization's bucket; the bucket drains at `restoreRate` points per second and holds at most
 * `capacity` points, so an organization may burst `capacity` points at once and then sustain
 * `restoreRate` points per second. A request that would overflow the bucket is refused and pours nothing.
 *
 * Two implementations behind one async interface: in memory (one process) and Redis (one atomic Lua
 * script per call, shared by every instance). Both take their time from an injected clock.
 */

export interface RateLimitState {
  /** Capacity of the bucket: the most an organization may spend at once. */
  limit: number;
  /** Points that fit in the bucket now (capacity − level, never below 0), after this request. */
  remaining: number;
  /** When the bucket is empty again, i.e. the whole capacity is available. */
  resetAt: Date;
  /** The same as whole seconds from now (the `RateLimit-Reset` header). */
  resetAfter: number;
  /** Points drained (restored to the caller) per second. */
  restoreRate: number;
  /** Points this request cost (0 for a look). */
  cost: number;
}

export interface ChargeResult {
  allowed: boolean;
  state: RateLimitState;
  /** Whole seconds until the refused cost fits (0 when allowed): the `Retry-After` value. */
  retryAfter: number;
}

export interface RateLimiter {
  readonly capacity: number;
  readonly restoreRate: number;
  /** Pours `cost` into `key`'s bucket when it fits; otherwise pours nothing and says how long to wait. */
  charge(key: string, cost: number): Promise<ChargeResult>;
  /**
   * Corrects an earlier charge once the real cost is known: `delta` < 0 drains (a refund), `delta` > 0
   * pours more without refusing (the work is done), so the level may exceed the capacity for a while.
   */
  adjust(key: string, delta: number): Promise<RateLimitState>;
  /** The bucket as it is, without charging. */
  peek(key: string): Promise<RateLimitState>;
}

export interface BucketOptions {
  /** Points the bucket holds (the burst). */
  capacity: number;
  /** Points restored per second. */
  restorePerSecond: number;
  /** Milliseconds since the epoch; `Date.now` by default. Tests pass a fixed or stepped clock. */
  clock?: () => number;
}

/** Defaults of the configuration (RATE_LIMIT_CAPACITY, RATE_LIMIT_RESTORE_PER_SECOND). */
export const DEFAULT_BUCKET = { capacity: 2_000, restorePerSecond: 50 } as const;

function checked(options: BucketOptions): Required<BucketOptions> {
  if (!(options.capacity > 0) || !(options.restorePerSecond > 0)) {
    throw new Error('A rate limiter needs a positive capacity and restore rate.');
  }
  return { clock: Date.now, ...options };
}

/** The level after draining since `since` (clocks of other instances may be behind: never negative time). */
export function drained(level: number, since: number, now: number, restorePerSecond: number): number {
  return Math.max(0, level - (Math.max(0, now - since) * restorePerSecond) / 1000);
}

/** What callers see of a bucket at `level`. */
export function bucketState(level: number, now: number, o: Required<BucketOptions>, cost: number): RateLimitState {
  const emptyInMs = Math.ceil((level / o.restorePerSecond) * 1000);
  return {
    limit: o.capacity,
    remaining: Math.max(0, Math.floor(o.capacity - level)),
    resetAt: new Date(now + emptyInMs),
    resetAfter: Math.ceil(emptyInMs / 1000),
    restoreRate: o.restorePerSecond,
    cost,
  };
}

/** Seconds until `cost` fits into a bucket at `level` (at least 1 when it does not fit now). */
export function retryAfterSeconds(level: number, cost: number, o: Required<BucketOptions>): number {
  const excess = level + cost - o.capacity;
  return excess <= 0 ? 0 : Math.max(1, Math.ceil(excess / o.restorePerSecond));
}

/**
 * In memory: right for one process. A number is read as the capacity (restoring 50 points/s), which
 * keeps `createMemoryRateLimiter(hugeNumber)` meaning "unlimited" in tests.
 */
export function createMemoryRateLimiter(options: BucketOptions | number = DEFAULT_BUCKET): RateLimiter {
  const o = checked(
    typeof options === 'number' ? { capacity: options, restorePerSecond: DEFAULT_BUCKET.restorePerSecond } : options,
  );
  const buckets = new Map<string, { level: number; at: number }>();
  const current = (key: string) => {
    const now = o.clock();
    const bucket = buckets.get(key);
    const level = bucket ? drained(bucket.level, bucket.at, now, o.restorePerSecond) : 0;
    return { now, level, at: Math.max(now, bucket?.at ?? now) };
  };
  const store = (key: string, level: number, at: number) => {
    // An empty bucket is the same as no bucket: idle organizations cost no memory.
    if (level <= 0) buckets.delete(key);
    else buckets.set(key, { level, at });
  };
  return {
    capacity: o.capacity,
    restoreRate: o.restorePerSecond,
    async charge(key, cost) {
      const { now, level, at } = current(key);
      if (level + cost > o.capacity) {
        store(key, level, at);
        return {
          allowed: false,
          state: bucketState(level, now, o, cost),
          retryAfter: retryAfterSeconds(level, cost, o),
        };
      }
      store(key, level + cost, at);
      return { allowed: true, state: bucketState(level + cost, now, o, cost), retryAfter: 0 };
    },
    async adjust(key, delta) {
      const { now, level, at } = current(key);
      const next = Math.max(0, level + delta);
      store(key, next, at);
      return bucketState(next, now, o, 0);
    },
    async peek(key) {
      const { now, level } = current(key);
      return bucketState(level, now, o, 0);
    },
  };
}

/** The largest GraphQL Int: `viewer.rateLimit` reports the bucket in Ints. */
const INT_MAX = 2_147_483_647;

/** A limiter that never refuses in practice, for tests that make many large requests. */
export function unlimitedRateLimiter(): RateLimiter {
  return createMemoryRateLimiter({ capacity: INT_MAX, restorePerSecond: INT_MAX });
}

/**
 * No budgets (RATE_LIMIT_CAPACITY or RATE_LIMIT_RESTORE_PER_SECOND set to 0): every charge is admitted
 * and nothing is stored or sent to Redis. It reports an always-full bucket of the largest GraphQL Int, so
 * the RateLimit headers, `extensions.cost` and `viewer.rateLimit` keep their shape and say "no limit";
 * MAX_QUERY_COST still refuses a single operation that costs too much.
 */
export function disabledRateLimiter(): RateLimiter {
  const state = (cost: number): RateLimitState => ({
    limit: INT_MAX,
    remaining: INT_MAX,
    resetAt: new Date(),
    resetAfter: 0,
    restoreRate: INT_MAX,
    cost,
  });
  return {
    capacity: INT_MAX,
    restoreRate: INT_MAX,
    async charge(_key, cost) {
      return { allowed: true, state: state(cost), retryAfter: 0 };
    },
    async adjust() {
      return state(0);
    },
    async peek() {
      return state(0);
    },
  };
}

/** Whether a configured bucket means "no budgets": 0 for either setting. */
export const budgetsDisabled = (bucket: { capacity: number; restorePerSecond: number }) =>
  bucket.capacity === 0 || bucket.restorePerSecond === 0;

/** What an outage of the shared buckets is reported through (pino's logger fits). */
export interface OutageLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/**
 * The limiter the configuration asks for: none (a 0), shared through Redis when a client is given (and
 * per instance while Redis is down, see {@link degradingRateLimiter}), else in this process.
 */
export function rateLimiterFor(
  bucket: { capacity: number; restorePerSecond: number },
  redis?: Redis,
  options: { prefix?: string; logger?: OutageLogger } = {},
): RateLimiter {
  if (budgetsDisabled(bucket)) return disabledRateLimiter();
  if (!redis) return createMemoryRateLimiter(bucket);
  const shared = createRedisRateLimiter(redis, { ...bucket, prefix: options.prefix });
  return degradingRateLimiter(shared, createMemoryRateLimiter(bucket), options.logger);
}

/**
 * The shared buckets while Redis answers; while it does not, a bucket of the same size per instance, so
 * budgets still apply (each instance grants the full budget: looser by the number of instances, for the
 * length of the outage) and requests do not fail or wait for Redis. The switch is logged once each way,
 * not per request. `degraded` says which one answers now.
 */
export function degradingRateLimiter(
  shared: RateLimiter,
  local: RateLimiter,
  logger?: OutageLogger,
): RateLimiter & { readonly degraded: boolean } {
  let degraded = false;
  const run = async <T>(use: (limiter: RateLimiter) => Promise<T>): Promise<T> => {
    let result: T;
    try {
      result = await use(shared);
    } catch (error) {
      if (!degraded) {
        degraded = true;
        logger?.warn(
          { err: error },
          'shared query-cost budgets unavailable (Redis): each instance keeps its own buckets until Redis answers again',
        );
      }
      return use(local);
    }
    if (degraded) {
      degraded = false;
      logger?.info({}, 'shared query-cost budgets are back (Redis answers)');
    }
    return result;
  };
  return {
    capacity: shared.capacity,
    restoreRate: shared.restoreRate,
    get degraded() {
      return degraded;
    },
    charge: (key, cost) => run((limiter) => limiter.charge(key, cost)),
    adjust: (key, delta) => run((limiter) => limiter.adjust(key, delta)),
    peek: (key) => run((limiter) => limiter.peek(key)),
  };
}

/**
 * KEYS[1] the bucket; ARGV capacity, restore per second, now (ms), amount, mode (charge | adjust | peek).
 * Returns { allowed (1/0), level as a string } (Lua numbers would be truncated to integers on the way out).
 * The key expires when the bucket would have drained empty, so idle organizations leave nothing behind.
 */
const LEAKY_BUCKET_LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local amount = tonumber(ARGV[4])
local mode = ARGV[5]
local stored = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(stored[1]) or 0
local at = tonumber(stored[2]) or now
level = math.max(0, level - math.max(0, now - at) * rate / 1000)
if at < now then at = now end
local allowed = 1
if mode == 'charge' then
  if level + amount > capacity then allowed = 0 else level = level + amount end
elseif mode == 'adjust' then
  level = math.max(0, level + amount)
end
if mode ~= 'peek' then
  if level <= 0 then
    redis.call('DEL', KEYS[1])
  else
    redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(at))
    redis.call('PEXPIRE', KEYS[1], math.ceil(level * 1000 / rate) + 1000)
  end
end
return { allowed, tostring(level) }
`;

type BucketCommand = (key: string, ...args: (string | number)[]) => Promise<[number, string]>;

/**
 * Shared by every instance on one Redis: each call is one atomic script (EVALSHA through ioredis
 * `defineCommand`), keyed `<prefix><organization id>`.
 */
export function createRedisRateLimiter(
  redis: Redis,
  options: BucketOptions & { prefix?: string } = DEFAULT_BUCKET,
): RateLimiter {
  const o = checked(options);
  const prefix = options.prefix ?? `${DEFAULT_REDIS_PREFIX}:bucket:`;
  const name = 'creatorgraphLeakyBucket';
  if (!(name in redis)) redis.defineCommand(name, { numberOfKeys: 1, lua: LEAKY_BUCKET_LUA });
  const command = (redis as unknown as Record<string, BucketCommand>)[name] as BucketCommand;
  const run = async (key: string, amount: number, mode: 'charge' | 'adjust' | 'peek') => {
    const now = o.clock();
    const [allowed, level] = await command.call(
      redis,
      `${prefix}${key}`,
      o.capacity,
      o.restorePerSecond,
      now,
      amount,
      mode,
    );
    return { allowed: allowed === 1, level: Number(level), now };
  };
  return {
    capacity: o.capacity,
    restoreRate: o.restorePerSecond,
    async charge(key, cost) {
      const { allowed, level, now } = await run(key, cost, 'charge');
      return allowed
        ? { allowed, state: bucketState(level, now, o, cost), retryAfter: 0 }
        : { allowed, state: bucketState(level, now, o, cost), retryAfter: retryAfterSeconds(level, cost, o) };
    },
    async adjust(key, delta) {
      const { level, now } = await run(key, delta, 'adjust');
      return bucketState(level, now, o, 0);
    },
    async peek(key) {
      const { level, now } = await run(key, 0, 'peek');
      return bucketState(level, now, o, 0);
    },
  };
}

/** The RateLimit headers (IETF draft: limit, remaining, seconds until reset) of a bucket state. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(state.remaining),
    'RateLimit-Reset': String(state.resetAfter),
  };
}
