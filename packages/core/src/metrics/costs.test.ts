import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import {
  CurrencyMismatchError,
  cpe,
  cpm,
  cpv,
  emv,
  estimateFee,
  isKnownCurrency,
  type Money,
  postImpressions,
  resolveFee,
  roi,
  sumMoney,
} from './costs.js';

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

describe('sumMoney', () => {
  it('adds integer minor units of one currency', () => {
    expect(sumMoney([usd(30_000), usd(43_500), usd(1)])).toEqual(usd(73_501));
    expect(sumMoney([], 'EUR')).toEqual(eur(0));
  });

  it('needs a currency for an empty list', () => {
    expect(() => sumMoney([])).toThrow(RangeError);
  });

  it('throws a typed CURRENCY_MISMATCH error when currencies mix', () => {
    let error: unknown;
    try {
      sumMoney([usd(100), eur(100)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CurrencyMismatchError);
    expect(error).toBeInstanceOf(Error);
    const mismatch = error as CurrencyMismatchError;
    expect(mismatch.code).toBe('CURRENCY_MISMATCH');
    expect(mismatch.expected).toBe('USD');
    expect(mismatch.actual).toBe('EUR');
    expect(mismatch.currencies).toEqual(['USD', 'EUR']);
    expect(mismatch.name).toBe('CurrencyMismatchError');
    expect(mismatch.message).toBe('Cannot combine amounts in USD and EUR: currencies never mix.');
  });

  it('checks every amount against an explicit currency', () => {
    expect(() => sumMoney([usd(100)], 'EUR')).toThrow(CurrencyMismatchError);
  });

  it('rejects fractional minor units', () => {
    expect(() => sumMoney([usd(10.5)])).toThrow(RangeError);
  });

  it('is exact for integer amounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), { maxLength: 50 }), (xs) => {
        const total = xs.reduce((a, b) => a + b, 0);
        expect(sumMoney(xs.map(usd), 'USD')).toEqual(usd(total));
      }),
    );
  });
});

describe('isKnownCurrency', () => {
  it('accepts ISO 4217 codes the runtime knows', () => {
    for (const code of ['USD', 'EUR', 'JPY', 'GBP', 'BRL']) expect(isKnownCurrency(code)).toBe(true);
  });

  it('rejects unknown, lower-case and malformed codes', () => {
    for (const code of ['usd', 'XYZ', 'US', 'USDX', '']) expect(isKnownCurrency(code)).toBe(false);
  });
});

describe('estimateFee', () => {
  it.each([
    ['NANO', 5_500, 'rate-card midpoint NANO 55 USD × 1 PHOTO'],
    ['MICRO', 30_000, 'rate-card midpoint MICRO 300 USD × 1 PHOTO'],
    ['MID', 275_000, 'rate-card midpoint MID 2750 USD × 1 PHOTO'],
    ['MACRO', 750_000, 'rate-card midpoint MACRO 7500 USD × 1 PHOTO'],
    ['MEGA', 1_500_000, 'rate-card midpoint MEGA 15000 USD × 1 PHOTO'],
  ] as const)('%s photo: the USD midpoint %i cents', (tier, amountMinor, method) => {
    expect(estimateFee(tier, 'PHOTO')).toEqual({ amountMinor, currency: 'USD', estimated: true, method });
  });

  it.each([
    // 30,000 × 1.45 = 43,500; × 1.25 = 37,500; × 0.5 = 15,000
    ['MICRO', 'REEL', 43_500, 'rate-card midpoint MICRO 300 USD × 1.45 REEL'],
    ['MICRO', 'VIDEO', 43_500, 'rate-card midpoint MICRO 300 USD × 1.45 VIDEO'],
    ['MICRO', 'CAROUSEL', 37_500, 'rate-card midpoint MICRO 300 USD × 1.25 CAROUSEL'],
    ['MICRO', 'STORY', 15_000, 'rate-card midpoint MICRO 300 USD × 0.5 STORY'],
    // 5,500 × 1.45 = 7,975; 275,000 × 1.25 = 343,750; 1,500,000 × 0.5 = 750,000
    ['NANO', 'REEL', 7_975, 'rate-card midpoint NANO 55 USD × 1.45 REEL'],
    ['MID', 'CAROUSEL', 343_750, 'rate-card midpoint MID 2750 USD × 1.25 CAROUSEL'],
    ['MEGA', 'STORY', 750_000, 'rate-card midpoint MEGA 15000 USD × 0.5 STORY'],
  ] as const)('%s %s: × the kind multiplier', (tier, kind, amountMinor, method) => {
    expect(estimateFee(tier, kind)).toEqual({ amountMinor, currency: 'USD', estimated: true, method });
  });

  it('rounds to whole minor units and follows the configuration', () => {
    const config = {
      ...DEFAULT_METRICS_CONFIG.costs,
      rateCardMinor: { ...DEFAULT_METRICS_CONFIG.costs.rateCardMinor, NANO: 333 },
      rateCardCurrency: 'EUR',
    };
    // 333 × 1.25 = 416.25 → 416
    expect(estimateFee('NANO', 'CAROUSEL', config)).toEqual({
      amountMinor: 416,
      currency: 'EUR',
      estimated: true,
      method: 'rate-card midpoint NANO 3.33 EUR × 1.25 CAROUSEL',
    });
  });
});

describe('resolveFee', () => {
  it('prefers the campaign member fee', () => {
    expect(resolveFee({ memberFee: eur(80_000), quotedRate: usd(50_000), tier: 'MICRO', kind: 'REEL' })).toEqual({
      fee: eur(80_000),
      estimated: false,
      source: 'MEMBER_FEE',
      method: 'campaign member agreed fee per deliverable',
    });
  });

  it('else the account quoted rate, as quoted (no kind multiplier)', () => {
    expect(resolveFee({ memberFee: null, quotedRate: usd(50_000), tier: 'MICRO', kind: 'REEL' })).toEqual({
      fee: usd(50_000),
      estimated: false,
      source: 'QUOTED_RATE',
      method: "account's quoted rate per post",
    });
  });

  it('else the rate card, marked estimated with its method', () => {
    expect(resolveFee({ tier: 'MICRO', kind: 'REEL' })).toEqual({
      fee: usd(43_500),
      estimated: true,
      source: 'RATE_CARD',
      method: 'rate-card midpoint MICRO 300 USD × 1.45 REEL',
    });
    expect(resolveFee({ memberFee: null, quotedRate: null, tier: 'MACRO', kind: 'STORY' }).fee).toEqual(usd(375_000));
  });

  it('keeps an agreed fee of 0 (a gifted collaboration) rather than estimating', () => {
    expect(resolveFee({ memberFee: usd(0), tier: 'MEGA', kind: 'PHOTO' })).toMatchObject({
      fee: usd(0),
      source: 'MEMBER_FEE',
      estimated: false,
    });
  });
});

describe('postImpressions', () => {
  it('uses reported impressions', () => {
    expect(postImpressions({ impressions: 12_000, followersAtPostTime: 40_000 })).toEqual({
      value: 12_000,
      estimated: false,
    });
    expect(postImpressions({ impressions: 0, followersAtPostTime: 40_000 })).toEqual({ value: 0, estimated: false });
  });

  it('estimates a missing value as followers at post time × reach factor', () => {
    // 40,000 × 0.25 = 10,000
    expect(postImpressions({ impressions: null, followersAtPostTime: 40_000 })).toEqual({
      value: 10_000,
      estimated: true,
    });
    expect(postImpressions({ impressions: undefined, followersAtPostTime: 1_001 })).toEqual({
      value: 250.25,
      estimated: true,
    });
    expect(postImpressions({ impressions: null, followersAtPostTime: 40_000 }, 0.1)).toEqual({
      value: 4_000,
      estimated: true,
    });
  });
});

describe('CPE, CPM, CPV', () => {
  it('divide spend (minor units) by the totals', () => {
    expect(cpe(50_000, 2_500)).toBe(20); // 50,000 / 2,500
    expect(cpe(10_000, 3)).toBeCloseTo(3_333.333333, 6);
    expect(cpm(50_000, 20_000)).toBe(2_500); // 50,000 / 20,000 × 1000
    expect(cpv(50_000, 100_000)).toBe(0.5);
  });

  it('are null when the divisor is 0', () => {
    expect(cpe(50_000, 0)).toBeNull();
    expect(cpm(50_000, 0)).toBeNull();
    expect(cpv(50_000, 0)).toBeNull();
    expect(cpe(0, 10)).toBe(0);
  });

  it('combine with estimated impressions', () => {
    // spend 25,000 + 35,000 = 60,000; impressions 30,000 (reported) + 40,000 × 0.25 (estimated) = 40,000
    // CPM = 60,000 / 40,000 × 1000 = 1,500 cents per mille (15.00 USD)
    const spend = sumMoney([usd(25_000), usd(35_000)]);
    const posts = [
      postImpressions({ impressions: 30_000, followersAtPostTime: 90_000 }),
      postImpressions({ impressions: null, followersAtPostTime: 40_000 }),
    ];
    const impressions = posts.reduce((acc, p) => acc + p.value, 0);
    expect(posts.some((p) => p.estimated)).toBe(true);
    expect(cpm(spend.amountMinor, impressions)).toBe(1_500);
  });
});

describe('emv', () => {
  it('is impressions / 1000 × the USD CPM (6.50)', () => {
    // 250,000 / 1000 × 650 = 162,500 cents (1,625.00 USD)
    expect(emv(250_000, 'USD')).toEqual({ value: 162_500, currency: 'USD', reason: null, cpmMinor: 650 });
    // 1,234 / 1000 × 650 = 802.1 cents (a float, not rounded)
    expect(emv(1_234, 'USD').value).toBeCloseTo(802.1, 9);
    expect(emv(0, 'USD').value).toBe(0);
  });

  it('is null with a reason for a currency without a configured CPM', () => {
    expect(emv(250_000, 'EUR')).toEqual({
      value: null,
      currency: 'EUR',
      reason: 'No EMV CPM is configured for EUR (configured: USD); EMV needs a rate in the same currency.',
      cpmMinor: null,
    });
    // Prototype keys are not rates.
    expect(emv(1_000, 'constructor').value).toBeNull();
  });

  it('uses a configured CPM for another currency', () => {
    const config = { ...DEFAULT_METRICS_CONFIG.costs, emvCpmMinor: { USD: 650, EUR: 600 } };
    // 250,000 / 1000 × 600 = 150,000
    expect(emv(250_000, 'EUR', config)).toEqual({ value: 150_000, currency: 'EUR', reason: null, cpmMinor: 600 });
  });
});

describe('roi', () => {
  it('is (revenue − spend) / spend', () => {
    expect(roi(150_000, 100_000)).toBe(0.5); // (150,000 − 100,000) / 100,000
    expect(roi(0, 100_000)).toBe(-1);
    expect(roi(40_000, 100_000)).toBeCloseTo(-0.6, 12);
  });

  it('is null without revenue or with zero spend', () => {
    expect(roi(null, 100_000)).toBeNull();
    expect(roi(undefined, 100_000)).toBeNull();
    expect(roi(150_000, 0)).toBeNull();
  });
});
