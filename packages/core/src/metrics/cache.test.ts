import { describe, expect, it } from 'vitest';
import { MetricsCache } from './cache.js';

describe('MetricsCache', () => {
  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new MetricsCache({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('expires entries once more than the TTL has passed, and counts hits and misses', () => {
    let t = 5_000;
    const cache = new MetricsCache({ ttlMs: 1000, clock: () => t });
    cache.set('a', 1);
    t = 6_000;
    expect(cache.get('a')).toBe(1);
    t = 6_001;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('restarts the TTL when a key is set again, and forgets on delete and clear', () => {
    let t = 1;
    const cache = new MetricsCache({ ttlMs: 100, clock: () => t });
    cache.set('a', 1);
    t = 90;
    cache.set('a', 2);
    t = 150;
    expect(cache.get('a')).toBe(2);
    cache.set('b', 3);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keeps entries on the real clock by default', () => {
    const cache = new MetricsCache();
    const value = Promise.resolve(1);
    cache.set('k', value);
    expect(cache.get('k')).toBe(value);
    expect(cache.ttlMs).toBe(600_000);
    expect(cache.maxEntries).toBe(256);
  });
});
