import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import { peersOf } from './peer-summary.js';
import type { PeerGroup, PeerMember } from './peers.js';

const NOW = new Date('2026-06-30T12:00:00Z');
const METHOD = DEFAULT_METRICS_CONFIG.defaultMethod;
const WINDOW = DEFAULT_METRICS_CONFIG.defaultWindow;

describe('peersOf', () => {
  const member = (accountId: number, niches: string[], mean: number): PeerMember => ({
    accountId,
    creatorId: accountId,
    niches,
    n: 3,
    value: mean,
    avgInteractionsPerPost: 10,
    stats: { n: 3, mean, variance: 0, h: 0.001 },
    cv: null,
    componentsPresent: ['likes'],
  });
  const group: PeerGroup = {
    platform: 'INSTAGRAM',
    tier: 'MICRO',
    method: METHOD,
    window: WINDOW,
    asOf: NOW,
    members: [member(1, ['food'], 0.01), member(2, ['travel'], 0.02), member(3, ['food', 'travel'], 0.03)],
  };

  it('replaces the cached account with its fresh numbers and keeps it among its peers', () => {
    const fresh = member(2, ['travel'], 0.05);
    const peers = peersOf(group, fresh, null);
    expect(peers.map((p) => [p.accountId, p.value])).toEqual([
      [1, 0.01],
      [3, 0.03],
      [2, 0.05],
    ]);
    // An account the cached group does not know yet (new, or moved tier) still joins.
    expect(peersOf(group, member(9, [], 0.04), null).map((p) => p.accountId)).toEqual([1, 2, 3, 9]);
    expect(peersOf(undefined, fresh, null)).toEqual([fresh]);
  });

  it('narrows to peers sharing any niche', () => {
    expect(peersOf(group, member(9, ['food'], 0.04), ['food']).map((p) => p.accountId)).toEqual([1, 3, 9]);
    expect(peersOf(group, member(9, [], 0.04), []).map((p) => p.accountId)).toEqual([9]);
  });
});
