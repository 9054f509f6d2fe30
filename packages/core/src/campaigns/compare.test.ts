import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../errors.js';
import { DEFAULT_METRICS_CONFIG } from '../metrics/config.js';
import {
  assertSameCurrency,
  CampaignCurrencyMismatchError,
  COMPARISON_METRICS,
  type ComparedCampaign,
  ComparisonInputError,
  compareCampaigns,
  formatMinorAmount,
  warningsOf,
} from './compare.js';
import { type CampaignMetrics, computeCampaignMetrics } from './metrics.js';

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
    emvCpmMinor: 650,
    emvCpmConversion: null,
    reachFactors: [],
    budgetMinor: null,
    warnings: [],
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
      ['creators', 'NEUTRAL'],
      ['deliverables', 'NEUTRAL'],
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

describe('compareCampaigns directions (coordination is a cost, not a win)', () => {
  it('gives creators and deliverables no winner; fewer overhead hours and less risk win', () => {
    // The 15-creator campaign used to "win" creators: the opposite of its coordination cost.
    const result = compareCampaigns([
      campaign('micro', { creators: 15, deliverables: 30, overheadHours: 75, coordinationRisk: 1 - 0.95 ** 15 }),
      campaign('macro', { creators: 2, deliverables: 2, overheadHours: 8, coordinationRisk: 1 - 0.95 ** 2 }),
    ]);
    expect(row(result, 'creators').best).toEqual([]);
    expect(row(result, 'deliverables').best).toEqual([]);
    expect(row(result, 'creators').values.map((v) => v.value)).toEqual([15, 2]);
    expect(row(result, 'overheadHours').best).toEqual(['macro']);
    expect(row(result, 'coordinationRisk').best).toEqual(['macro']);
  });
});

describe('verdict money', () => {
  it('shows CPM and CPE in major units with the currency', () => {
    const result = compareCampaigns([
      campaign('a', { cpm: 4666.54, cpe: 12.3 }),
      campaign('b', { cpm: 5_000, cpe: 40 }),
    ]);
    const [awareness, engagement] = result.verdicts;
    expect(awareness?.reason).toBe('Campaign A has the lowest CPM: 46.67 USD');
    expect(engagement?.reason).toBe('Campaign A has the lowest CPE: 0.12 USD');
  });

  it('uses the currency’s minor digits', () => {
    expect(formatMinorAmount(4666.54, 'USD')).toBe('46.67 USD');
    expect(formatMinorAmount(1_234_567, 'EUR')).toBe('12,345.67 EUR');
    expect(formatMinorAmount(4667, 'JPY')).toBe('4,667 JPY'); // no minor unit
    expect(formatMinorAmount(12_345, 'KWD')).toBe('12.345 KWD'); // three digits
    // Sub-cent unit costs keep two significant digits instead of reading 0.00.
    expect(formatMinorAmount(0.42, 'USD')).toBe('0.0042 USD');
  });

  it('reads back to the value in major units (within half a minor unit)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (minor) => {
        const text = formatMinorAmount(minor, 'USD');
        const match = /^([\d,]+(?:\.\d+)?) USD$/.exec(text);
        expect(match).not.toBeNull();
        const parsed = Number((match?.[1] ?? 'NaN').replaceAll(',', ''));
        expect(Math.abs(parsed - minor / 100)).toBeLessThanOrEqual(0.005 + 1e-9 * (minor / 100));
      }),
    );
  });

  it('the verdict text carries the winner’s own value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 10 }), (cpms) => {
        const list = cpms.map((cpm, i) => campaign(`c${i}`, { cpm: cpm / 100 }));
        const [v] = compareCampaigns(list, 'AWARENESS').verdicts;
        const lowest = Math.min(...cpms) / 100;
        expect(v?.reason).toContain(`lowest CPM: ${formatMinorAmount(lowest, 'USD')}`);
      }),
    );
  });
});

describe('compareCampaigns properties', () => {
  const metricsArb = fc.record({
    creators: fc.integer({ min: 0, max: 30 }),
    deliverables: fc.integer({ min: 0, max: 60 }),
    spendMinor: fc.integer({ min: 0, max: 1_000_000 }),
    interactions: fc.integer({ min: 0, max: 100_000 }),
    authenticReach: fc.integer({ min: 0, max: 1_000_000 }),
    cpm: fc.option(
      fc.integer({ min: 1, max: 20 }).map((x) => x * 500),
      { nil: null },
    ),
    cpe: fc.option(
      fc.integer({ min: 1, max: 20 }).map((x) => x * 10),
      { nil: null },
    ),
    roi: fc.option(
      fc.integer({ min: -4, max: 8 }).map((x) => x / 4),
      { nil: null },
    ),
    overheadHours: fc.integer({ min: 0, max: 200 }),
  });
  const listArb = fc
    .array(metricsArb, { minLength: 2, maxLength: 10 })
    .map((all) =>
      all.map((m, i) =>
        campaign(`c${i}`, { ...m, revenueMinor: m.roi === null ? null : 1, coordinationRisk: 1 - 0.95 ** m.creators }),
      ),
    );

  it('never names a winner on a neutral row', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const result = compareCampaigns(list);
        for (const r of result.rows.filter((x) => x.direction === 'NEUTRAL')) expect(r.best).toEqual([]);
        expect(result.rows.filter((x) => x.direction === 'NEUTRAL').map((x) => x.metric)).toEqual([
          'creators',
          'deliverables',
        ]);
      }),
    );
  });

  it('swapping the campaigns’ order changes no winner', () => {
    fc.assert(
      fc.property(
        listArb.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          const sorted = (ids: readonly string[]) => [...ids].sort();
          const one = compareCampaigns(list);
          const two = compareCampaigns(shuffled);
          for (const [i, r] of one.rows.entries()) expect(sorted(two.rows[i]?.best ?? [])).toEqual(sorted(r.best));
          for (const [i, v] of one.verdicts.entries()) {
            expect(sorted(two.verdicts[i]?.winners ?? [])).toEqual(sorted(v.winners));
          }
        },
      ),
    );
  });

  it('a winner of a row has a value no other campaign beats', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        for (const r of compareCampaigns(list).rows) {
          if (r.direction === 'NEUTRAL') continue;
          const values = r.values.map((v) => v.value).filter((v): v is number => v !== null);
          for (const id of r.best) {
            const value = r.values.find((v) => v.campaignId === id)?.value as number;
            expect(value).toBe(r.direction === 'HIGHER_IS_BETTER' ? Math.max(...values) : Math.min(...values));
          }
        }
      }),
    );
  });
});

describe('over-budget warnings', () => {
  it('surfaces each campaign’s warnings, tagged with the campaign, in input order', () => {
    const over = { code: 'OVER_BUDGET', message: 'spend 6,950.00 USD exceeds the budget of 3,000.00 USD' };
    const result = compareCampaigns([
      campaign('a', { spendMinor: 695_000, budgetMinor: 300_000, warnings: [over] }),
      campaign('b', { spendMinor: 300_000, budgetMinor: 300_000 }),
      campaign('c', { warnings: [{ ...over, message: 'other' }] }),
    ]);
    expect(result.warnings).toEqual([
      { campaignId: 'a', ...over },
      { campaignId: 'c', code: 'OVER_BUDGET', message: 'other' },
    ]);
    expect(warningsOf(campaign('d'))).toEqual([]);
  });

  it('warns when the computed spend exceeds the budget, and not at the budget exactly', () => {
    const member = {
      accountId: '1',
      platform: 'INSTAGRAM' as const,
      tier: 'MICRO' as const,
      followers: 20_000,
      authenticFollowers: 20_000,
      authenticityScore: 90,
      feeEstimated: false,
      deliverables: 1,
    };
    const of = (feeMinor: number, budgetMinor: number) =>
      computeCampaignMetrics(
        {
          currency: 'USD',
          members: [{ ...member, feeMinor }],
          revenueMinor: null,
          conversions: null,
          emvCpmMinor: null,
          budgetMinor,
        },
        DEFAULT_METRICS_CONFIG,
      );
    const result = compareCampaigns([
      { id: 'over', name: 'Over', metrics: of(695_000, 300_000) },
      { id: 'exact', name: 'Exact', metrics: of(300_000, 300_000) },
    ]);
    expect(result.warnings.map((w) => [w.campaignId, w.code])).toEqual([['over', 'OVER_BUDGET']]);
    expect(result.warnings[0]?.message).toContain('6,950.00 USD');
  });
});
