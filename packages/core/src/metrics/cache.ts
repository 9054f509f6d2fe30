import { LRUCache } from 'lru-cache';

export interface MetricsCacheOptions {
  /** Peer groups kept (least recently used are dropped first). Default 256. */
  maxEntries?: number;
  /** How long a peer group stays valid: stale once more than ttlMs have passed. Default 10 minutes. */
  ttlMs?: number;
  /** Clock for expiry, in ms; tests pass their own. lru-cache reads a start time of 0 as "no TTL", so start above 0. */
  clock?: () => number;
}

/** lru-cache stores any value but undefined (setting undefined deletes). */
type Stored = NonNullable<unknown>;

/**
 * The peer-group cache shared by every request of one server (create it at start and pass it to each
 * request's MetricsService): an LRU with a TTL. It holds promises, so concurrent requests that need the
 * same peer group share one load. Call `clear()` after an import changes the catalog.
 */
export class MetricsCache {
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly stats = { hits: 0, misses: 0 };
  private readonly entries: LRUCache<string, Stored>;

  constructor(options: MetricsCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 256;
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    const clock = options.clock;
    this.entries = new LRUCache<string, Stored>({
      max: this.maxEntries,
      ttl: this.ttlMs,
      // A test clock is read at every check: lru-cache otherwise reuses one reading for 1 ms of real time.
      ...(clock ? { perf: { now: clock }, ttlResolution: 0 } : {}),
    });
  }

  get<T>(key: string): T | undefined {
    // An expired entry reads as missing and is dropped.
    const value = this.entries.get(key) as T | undefined;
    if (value === undefined) this.stats.misses++;
    else this.stats.hits++;
    return value;
  }

  set<T>(key: string, value: T): void {
    this.entries.set(key, value as Stored);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
