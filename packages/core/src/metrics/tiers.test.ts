import { describe, expect, it } from 'vitest';
import { classifyTier, creatorTier, MEDIAKIX_2019, tierRange } from './tiers.js';

describe('classifyTier (mediakix-2019)', () => {
  it.each([
    [0, 'NANO'],
    [9_999, 'NANO'],
    [10_000, 'MICRO'],
    [49_999, 'MICRO'],
    [50_000, 'MID'],
    [499_999, 'MID'],
    [500_000, 'MACRO'],
    [999_999, 'MACRO'],
    [1_000_000, 'MEGA'],
    [250_000_000, 'MEGA'],
  ])('%i followers → %s (lower bound inclusive)', (followers, tier) => {
    expect(classifyTier(followers, MEDIAKIX_2019)).toBe(tier);
  });

  it('gives the range of each tier', () => {
    expect(tierRange('MICRO')).toEqual({ min: 10_000, max: 50_000 });
    expect(tierRange('MEGA')).toEqual({ min: 1_000_000, max: null });
  });

  it('uses the account with the most followers for a creator', () => {
    expect(creatorTier([5_000, 60_000, 12_000])).toBe('MID');
    expect(creatorTier([])).toBeNull();
  });
});
