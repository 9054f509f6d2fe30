import {
  API_KEY_CHANGES_CHANNEL,
  authenticate,
  closeRedis,
  type Database,
  hashApiKey,
  type Principal,
} from '@creatorgraph/core';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

/**
 * Verified API keys kept in memory for a short while, so that a request does not cost a database
 * lookup of its key (API_KEY_CACHE_TTL_SECONDS, see docs/decisions/0016-front-door-under-load.md).
 *
 * - Entries are keyed by the SHA-256 of the presented key (the stored `secretHash`): the raw secret is
 *   never kept. An entry lives `ttlMs` from its lookup; reading it does not extend it.
 * - Unknown and revoked keys are remembered too, for at most {@link NEGATIVE_TTL_MS}, in a cache of their
 *   own: a flood of random keys evicts only other unknown keys, never the verified ones. Both are bounded.
 * - Concurrent requests with the same uncached key share one lookup.
 * - A revocation or change of scopes made through this server drops the key at once (`changed`), and
 *   every other instance does the same when they share Redis (`shareThroughRedis`); a change made
 *   elsewhere (the operator CLI, a lost message) is seen within the TTL.
 */

export const DEFAULT_KEY_CACHE_TTL_MS = 30_000;
/** Unknown or revoked keys are remembered this long at most. */
export const NEGATIVE_TTL_MS = 5_000;
const MAX_KNOWN = 10_000;
const MAX_UNKNOWN = 1_000;

export interface ApiKeyCacheOptions {
  /** How long a verified key is trusted without asking the database; 0 asks every time. */
  ttlMs?: number;
  /** Most verified keys held (least recently used go first). */
  maxEntries?: number;
}

export class ApiKeyCache {
  readonly ttlMs: number;
  private readonly known: LRUCache<string, Principal> | null;
  private readonly unknown: LRUCache<string, true> | null;
  private readonly pending = new Map<string, Promise<Principal | null>>();
  /** Bumped by every invalidation: a lookup that started before one does not store its (stale) answer. */
  private epoch = 0;
  private broadcast: ((keyId: number) => Promise<void>) | null = null;

  constructor(
    private readonly db: Database,
    options: ApiKeyCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_KEY_CACHE_TTL_MS;
    if (!(this.ttlMs >= 0)) throw new Error('The API key cache TTL must be 0 or more milliseconds.');
    this.known =
      this.ttlMs > 0
        ? new LRUCache({ max: options.maxEntries ?? MAX_KNOWN, ttl: this.ttlMs, updateAgeOnGet: false })
        : null;
    this.unknown =
      this.ttlMs > 0
        ? new LRUCache({ max: MAX_UNKNOWN, ttl: Math.min(this.ttlMs, NEGATIVE_TTL_MS), updateAgeOnGet: false })
        : null;
  }

  /** The caller behind a presented key, or null for an unknown or revoked one. */
  async authenticate(raw: string): Promise<Principal | null> {
    if (!this.known || !this.unknown) return authenticate(this.db.em.fork(), raw);
    const hash = hashApiKey(raw);
    const hit = this.known.get(hash);
    if (hit) return hit;
    if (this.unknown.has(hash)) return null;
    const running = this.pending.get(hash);
    if (running) return running;
    const epoch = this.epoch;
    const lookup = authenticate(this.db.em.fork(), raw)
      .then((principal) => {
        if (epoch === this.epoch) {
          if (principal) this.known?.set(hash, principal);
          else this.unknown?.set(hash, true);
        }
        return principal;
      })
      .finally(() => {
        if (this.pending.get(hash) === lookup) this.pending.delete(hash);
      });
    this.pending.set(hash, lookup);
    return lookup;
  }

  /** Forgets a key on this instance (revoked, or its scopes changed). */
  invalidate(keyId: number): void {
    this.epoch++;
    this.pending.clear();
    if (!this.known) return;
    // A scan: revocations are rare and the cache is bounded.
    const stale = [...this.known.entries()].filter(([, principal]) => principal.key.id === keyId);
    for (const [hash] of stale) this.known.delete(hash);
  }

  /** A key changed in the database: forget it here and tell the other instances. Never rejects. */
  async changed(keyId: number): Promise<void> {
    this.invalidate(keyId);
    await this.broadcast?.(keyId);
  }

  /** Verified keys held now (for tests and metrics). */
  get size(): number {
    return this.known?.size ?? 0;
  }

  /**
   * Shares invalidations between the instances on one Redis: `changed` publishes the key's id (never
   * its secret or hash) on `channel`, and every instance, this one included, forgets that key when the
   * message arrives. `subscriber` is given over to the subscription (`close` quits it); `publisher` may
   * be any connection (the budgets' one).
   */
  shareThroughRedis(
    publisher: Redis,
    subscriber: Redis,
    options: { channel?: string; logger?: Logger } = {},
  ): { ready: Promise<void>; close(): Promise<void> } {
    const channel = options.channel ?? API_KEY_CHANNEL;
    subscriber.on('message', (from: string, message: string) => {
      if (from !== channel) return;
      const keyId = Number(message);
      if (Number.isSafeInteger(keyId) && keyId > 0) this.invalidate(keyId);
    });
    // Logged once per outage (the first failure after a success): a Redis outage must not flood the log.
    let down = false;
    this.broadcast = async (keyId) => {
      try {
        await publisher.publish(channel, String(keyId));
        down = false;
      } catch (error) {
        // The revocation has committed; other instances then see it within the TTL.
        if (down) return;
        down = true;
        options.logger?.warn(
          { err: error, keyId },
          'could not publish an API key change (Redis); other instances see changes within the TTL until Redis answers again',
        );
      }
    };
    const ready = subscriber.subscribe(channel).then(() => undefined);
    return {
      ready,
      close: async () => {
        this.broadcast = null;
        await closeRedis(subscriber);
      },
    };
  }
}

/** The default Redis channel of API key changes (REDIS_PREFIX `creatorgraph`; see apiKeyChangesChannel). */
export const API_KEY_CHANNEL = API_KEY_CHANGES_CHANNEL;
