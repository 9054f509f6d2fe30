import { describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../errors.js';
import {
  assertSameCurrency,
  CampaignCurrencyMismatchError,
  COMPARISON_METRICS,
  type ComparedCampaign,
  ComparisonInputError,
  compareCampaigns,
} from './compare.js';
import type { CampaignMetrics } from './metrics.js';

function metrics(overrides: Partial<CampaignMetrics> = {}): CampaignMetrics {
  return {
    currency: 'USD',
    spendMinor: 100_000,
    spendEstimated: false,
    creators: 2,
    deliverables: 2,
    posts: 2,
    reachPotential: 50_000,
    authenticReach: 40_000,
    impressions: 20_000,
    impressionsEstimated: 0,
    interactions: 1_000,
    views: 0,
    engagementRate: 0.02,
    cpe: 100,
    cpm: 5_000,
    cpv: null,
    emv: 13_000,
    emvReason: null,
    revenueMinor: null,
    conversions: null,
    costPerConversion: null,
    roi: null,
    overheadHours: 8,
    coordinationRisk: 0.0975,
    averageAuthenticity: 80,
    tierMix: [],
    ...overrides,
  };
}

function campaign(id: string, overrides: Partial<CampaignMetrics> = {}): ComparedCampaign {
  return { id, name: `Campaign ${id.toUpperCase()}`, metrics: metrics(overrides) };
}

function row(result: ReturnType<typeof compareCampaigns>, metric: string) {
  const found = result.rows.find((r) => r.metric === metric);
  if (!found) throw new Error(`no row ${metric}`);
  return found;
}

describe('compareCampaigns rows', () => {
  it('has one row per numeric metric with a fixed direction', () => {
    const result = compareCampaigns([campaign('a'), campaign('b')]);
    expect(result.rows.map((r) => [r.metric, r.direction])).toEqual([
      ['spend', 'LOWER_IS_BETTER'],
      ['creators', 'HIGHER_IS_BETTER'],
      ['deliverables', 'HIGHER_IS_BETTER'],
      ['posts', 'HIGHER_IS_BETTER'],
      ['reachPotential', 'HIGHER_IS_BETTER'],
      ['authenticReach', 'HIGHER_IS_BETTER'],
      ['impressions', 'HIGHER_IS_BETTER'],
      ['views', 'HIGHER_IS_BETTER'],
      ['interactions', 'HIGHER_IS_BETTER'],
      ['engagementRate', 'HIGHER_IS_BETTER'],
      ['cpe', 'LOWER_IS_BETTER'],
      ['cpm', 'LOWER_IS_BETTER'],
      ['cpv', 'LOWER_IS_BETTER'],
      ['emv', 'HIGHER_IS_BETTER'],
      ['roi', 'HIGHER_IS_BETTER'],
      ['overheadHours', 'LOWER_IS_BETTER'],
      ['coordinationRisk', 'LOWER_IS_BETTER'],
      ['averageAuthenticity', 'HIGHER_IS_BETTER'],
    ]);
    expect(COMPARISON_METRICS).toHaveLength(18);
  });

  it('lists each campaign value in input order and the best by direction', () => {
    const result = compareCampaigns([
      campaign('a', { spendMinor: 90_000, overheadHours: 12, interactions: 500 }),
      campaign('b', { spendMinor: 120_000, overheadHours: 7, interactions: 2_000 }),
      campaign('c', { spendMinor: 100_000, overheadHours: 9, interactions: 1_000 }),
    ]);
    expect(row(result, 'spend').values).toEqual([
      { campaignId: 'a', value: 90_000 },
      { campaignId: 'b', value: 120_000 },
      { campaignId: 'c', value: 100_000 },
    ]);
    expect(row(result, 'spend').best).toEqual(['a']); // lowest spend
    expect(row(result, 'overheadHours').best).toEqual(['b']); // fewest hours
    expect(row(result, 'interactions').best).toEqual(['b']); // most interactions
  });

  it('includes every tied campaign and skips nulls', () => {
    const result = compareCampaigns([
      campaign('a', { cpv: null, roi: 0.5, coordinationRisk: 0.0975 }),
      campaign('b', { cpv: 3, roi: null, coordinationRisk: 0.0975 }),
      campaign('c', { cpv: 3, roi: 0.2, coordinationRisk: 0.142625 }),
    ]);
    expect(row(result, 'cpv').best).toEqual(['b', 'c']);
    expect(row(result, 'roi').best).toEqual(['a']);
    expect(row(result, 'coordinationRisk').best).toEqual(['a', 'b']);
  });

  it('ties values that differ only by float noise', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary floating point
    const result = compareCampaigns([
      campaign('a', { engagementRate: 0.1 + 0.2 }),
      campaign('b', { engagementRate: 0.3 }),
    ]);
    expect(row(result, 'engagementRate').best).toEqual(['a', 'b']);
  });

  it('has no best when every value is null', () => {
    const result = compareCampaigns([campaign('a', { roi: null }), campaign('b', { roi: null })]);
    expect(row(result, 'roi').best).toEqual([]);
    expect(row(result, 'roi').values).toEqual([
      { campaignId: 'a', value: null },
      { campaignId: 'b', value: null },
    ]);
  });
});

describe('compareCampaigns verdicts', () => {
  it('returns all three goals in order without a goal, one with it', () => {
    const list = [campaign('a'), campaign('b')];
    expect(compareCampaigns(list).verdicts.map((v) => v.goal)).toEqual(['AWARENESS', 'ENGAGEMENT', 'CONVERSION']);
    const only = compareCampaigns(list, 'ENGAGEMENT').verdicts;
    expect(only).toHaveLength(1);
    expect(only[0]?.goal).toBe('ENGAGEMENT');
  });

  it('AWARENESS: lowest CPM wins', () => {
    const [v] = compareCampaigns(
      [campaign('a', { cpm: 4_000 }), campaign('b', { cpm: 3_500 }), campaign('c', { cpm: null })],
      'AWARENESS',
    ).verdicts;
    expect(v?.winners).toEqual(['b']);
    expect(v?.reason).toContain('Campaign B');
    expect(v?.reason).toContain('CPM');
  });

  it('AWARENESS: a CPM tie goes to the larger authentic reach', () => {
    const [v] = compareCampaigns(
      [
        campaign('a', { cpm: 3_500, authenticReach: 30_000 }),
        campaign('b', { cpm: 3_500, authenticReach: 45_000 }),
        campaign('c', { cpm: 6_000, authenticReach: 90_000 }),
      ],
      'AWARENESS',
    ).verdicts;
    expect(v?.winners).toEqual(['b']);
    expect(v?.reason).toMatch(/tie/);
  });

  it('AWARENESS: a tie on both keeps every tied campaign; no CPM anywhere means no winner', () => {
    const both = compareCampaigns(
      [campaign('a', { cpm: 3_500, authenticReach: 45_000 }), campaign('b', { cpm: 3_500, authenticReach: 45_000 })],
      'AWARENESS',
    ).verdicts[0];
    expect(both?.winners).toEqual(['a', 'b']);
    const none = compareCampaigns([campaign('a', { cpm: null }), campaign('b', { cpm: null })], 'AWARENESS')
      .verdicts[0];
    expect(none?.winners).toEqual([]);
    expect(none?.reason).toMatch(/CPM/);
  });

  it('ENGAGEMENT: lowest CPE wins, a tie goes to more interactions', () => {
    const plain = compareCampaigns([campaign('a', { cpe: 80 }), campaign('b', { cpe: 120 })], 'ENGAGEMENT').verdicts[0];
    expect(plain?.winners).toEqual(['a']);
    const tie = compareCampaigns(
      [campaign('a', { cpe: 50, interactions: 1_200 }), campaign('b', { cpe: 50, interactions: 2_400 })],
      'ENGAGEMENT',
    ).verdicts[0];
    expect(tie?.winners).toEqual(['b']);
  });

  it('CONVERSION: highest ROI among campaigns with revenue', () => {
    const [v] = compareCampaigns(
      [
        campaign('a', { revenueMinor: 150_000, roi: 0.5 }),
        campaign('b', { revenueMinor: 300_000, roi: 2 }),
        campaign('c', { revenueMinor: null, roi: null }),
      ],
      'CONVERSION',
    ).verdicts;
    expect(v?.winners).toEqual(['b']);
    expect(v?.reason).toContain('ROI');
  });

  it('CONVERSION: tied ROIs all win (the spec names no tie-breaker)', () => {
    const [v] = compareCampaigns(
      [campaign('a', { revenueMinor: 200_000, roi: 1 }), campaign('b', { revenueMinor: 300_000, roi: 1 })],
      'CONVERSION',
    ).verdicts;
    expect(v?.winners).toEqual(['a', 'b']);
  });

  it('CONVERSION: no winner, with a reason, when no campaign has revenue', () => {
    const [v] = compareCampaigns([campaign('a'), campaign('b')], 'CONVERSION').verdicts;
    expect(v?.winners).toEqual([]);
    expect(v?.reason).toMatch(/revenue/i);
  });
});

describe('compareCampaigns validation', () => {
  it.each([0, 1, 11])('rejects %i campaigns with a VALIDATION error', (count) => {
    const list = Array.from({ length: count }, (_, i) => campaign(`c${i}`));
    expect(() => compareCampaigns(list)).toThrow(ComparisonInputError);
    try {
      compareCampaigns(list);
    } catch (error) {
      expect((error as ComparisonInputError).code).toBe('VALIDATION');
      expect(error).toBeInstanceOf(ValidationError);
    }
  });

  it('accepts 2 and 10 campaigns', () => {
    expect(compareCampaigns([campaign('a'), campaign('b')]).rows[0]?.values).toHaveLength(2);
    const ten = Array.from({ length: 10 }, (_, i) => campaign(`c${i}`));
    expect(compareCampaigns(ten).rows[0]?.values).toHaveLength(10);
  });

  it('rejects the same campaign twice', () => {
    expect(() => compareCampaigns([campaign('a'), campaign('a')])).toThrow(ComparisonInputError);
  });

  it('rejects campaigns in different currencies', () => {
    expect(() => compareCampaigns([campaign('a'), campaign('b', { currency: 'EUR' })])).toThrow(
      CampaignCurrencyMismatchError,
    );
  });
});

describe('assertSameCurrency', () => {
  it('passes one currency (or none)', () => {
    expect(() => assertSameCurrency(['USD', 'USD', 'USD'])).not.toThrow();
    expect(() => assertSameCurrency([])).not.toThrow();
  });

  it('throws CURRENCY_MISMATCH naming the currencies', () => {
    let caught: unknown;
    try {
      assertSameCurrency(['USD', 'EUR', 'USD']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CampaignCurrencyMismatchError);
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as CampaignCurrencyMismatchError).code).toBe('CURRENCY_MISMATCH');
    expect((caught as CampaignCurrencyMismatchError).currencies).toEqual(['EUR', 'USD']);
  });
});
