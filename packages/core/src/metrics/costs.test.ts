import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_CONFIG } from './config.js';
import {
  accountPrice,
  CurrencyMismatchError,
  convertMoney,
  cpe,
  cpm,
  cpv,
  emv,
  estimateFee,
  exchangeRate,
  formatMoney,
  isKnownCurrency,
  type Money,
  NoExchangeRateError,
  postImpressions,
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
    ['NANO', 5_500, 'rate card NANO 55 USD × 1 (INSTAGRAM) × 1 (PHOTO)'],
    ['MICRO', 30_000, 'rate card MICRO 300 USD × 1 (INSTAGRAM) × 1 (PHOTO)'],
    ['MID', 275_000, 'rate card MID 2750 USD × 1 (INSTAGRAM) × 1 (PHOTO)'],
    ['MACRO', 750_000, 'rate card MACRO 7500 USD × 1 (INSTAGRAM) × 1 (PHOTO)'],
    ['MEGA', 1_500_000, 'rate card MEGA 15000 USD × 1 (INSTAGRAM) × 1 (PHOTO)'],
  ] as const)('%s Instagram photo: the USD midpoint %i cents', (tier, amountMinor, method) => {
    expect(estimateFee(tier, 'PHOTO')).toEqual({ amountMinor, currency: 'USD', estimated: true, method });
  });

  it.each([
    // 30,000 × 1.45 = 43,500; × 1.25 = 37,500; × 0.5 = 15,000
    ['MICRO', 'REEL', 43_500],
    ['MICRO', 'VIDEO', 43_500],
    ['MICRO', 'CAROUSEL', 37_500],
    ['MICRO', 'STORY', 15_000],
    // 5,500 × 1.45 = 7,975; 275,000 × 1.25 = 343,750; 1,500,000 × 0.5 = 750,000
    ['NANO', 'REEL', 7_975],
    ['MID', 'CAROUSEL', 343_750],
    ['MEGA', 'STORY', 750_000],
  ] as const)('%s %s: × the kind multiplier', (tier, kind, amountMinor) => {
    expect(estimateFee(tier, kind).amountMinor).toBe(amountMinor);
  });

  it.each([
    // 30,000 × 0.8 × 1.45 = 34,800; 30,000 × 2 × 1 = 60,000; 750,000 × 0.4 × 0.5 = 150,000
    ['MICRO', 'TIKTOK', 'REEL', 34_800, 'rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)'],
    ['MICRO', 'YOUTUBE', 'PHOTO', 60_000, 'rate card MICRO 300 USD × 2 (YOUTUBE) × 1 (PHOTO)'],
    ['MACRO', 'X', 'STORY', 150_000, 'rate card MACRO 7500 USD × 0.4 (X) × 0.5 (STORY)'],
    // 5,500 × 0.8 × 1.25 = 5,500
    ['NANO', 'TIKTOK', 'CAROUSEL', 5_500, 'rate card NANO 55 USD × 0.8 (TIKTOK) × 1.25 (CAROUSEL)'],
  ] as const)('%s on %s, %s: × the platform multiplier', (tier, platform, kind, amountMinor, method) => {
    expect(estimateFee(tier, kind, DEFAULT_METRICS_CONFIG.costs, platform)).toEqual({
      amountMinor,
      currency: 'USD',
      estimated: true,
      method,
    });
  });

  it('rounds to whole minor units once, at the end, and follows the configuration', () => {
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
      method: 'rate card NANO 3.33 EUR × 1 (INSTAGRAM) × 1.25 (CAROUSEL)',
    });
    // 333 × 0.8 × 1.45 = 386.28 → 386
    expect(estimateFee('NANO', 'REEL', config, 'TIKTOK').amountMinor).toBe(386);
    const odd = { ...config, rateCardMinor: { ...config.rateCardMinor, NANO: 55 } };
    // 55 × 0.4 × 1.25 = 27.5 → 28 (half up)
    expect(estimateFee('NANO', 'CAROUSEL', odd, 'X').amountMinor).toBe(28);
    // 55 × 0.8 = 44, × 1.45 = 63.8 → 64; 55 × 2 × 1.45 = 159.5 → 160
    expect(estimateFee('NANO', 'REEL', odd, 'TIKTOK').amountMinor).toBe(64);
    expect(estimateFee('NANO', 'REEL', odd, 'YOUTUBE').amountMinor).toBe(160);
  });

  it('is monotone in every multiplier (property)', () => {
    const tiers = ['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...tiers),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (tier, a, b, k) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const withPlatform = (m: number) => ({
            ...DEFAULT_METRICS_CONFIG.costs,
            platformMultiplier: { ...DEFAULT_METRICS_CONFIG.costs.platformMultiplier, TIKTOK: m },
            kindMultiplier: { ...DEFAULT_METRICS_CONFIG.costs.kindMultiplier, REEL: k },
          });
          const low = estimateFee(tier, 'REEL', withPlatform(lo), 'TIKTOK').amountMinor;
          const high = estimateFee(tier, 'REEL', withPlatform(hi), 'TIKTOK').amountMinor;
          expect(low).toBeLessThanOrEqual(high);
        },
      ),
    );
  });
});

const fx = DEFAULT_METRICS_CONFIG.costs.fx;
const table = (usdPerUnit: Record<string, number>) => ({
  asOf: new Date('2026-01-02T00:00:00Z'),
  source: 'test',
  usdPerUnit,
});

describe('convertMoney', () => {
  it('converts through USD, rounds to the target minor units and discloses the rate', () => {
    const t = table({ USD: 1, EUR: 1.25, JPY: 0.0064, BHD: 2.65 });
    // 30,000 US cents = 300 USD = 240 EUR (÷ 1.25) → 24,000 euro cents; rate 1 / 1.25 = 0.8
    expect(convertMoney(usd(30_000), 'EUR', t)).toEqual({
      amount: eur(24_000),
      conversion: { from: 'USD', to: 'EUR', rate: 0.8, asOf: t.asOf, source: 'test' },
    });
    // 10,000 euro cents = 100 EUR = 125 USD → 12,500 cents
    expect(convertMoney(eur(10_000), 'USD', t).amount).toEqual(usd(12_500));
    // JPY has no minor digits: 300 USD / 0.0064 = 46,875 yen
    expect(convertMoney(usd(30_000), 'JPY', t).amount).toEqual({ amountMinor: 46_875, currency: 'JPY' });
    // 1,001 yen × 0.0064 = 6.4064 USD → 641 cents (half up of 640.64)
    expect(convertMoney({ amountMinor: 1_001, currency: 'JPY' }, 'USD', t).amount).toEqual(usd(641));
    // BHD has 3 minor digits: 2.65 USD = 1 BHD → 1,000 fils
    expect(convertMoney(usd(265), 'BHD', t).amount).toEqual({ amountMinor: 1_000, currency: 'BHD' });
  });

  it('leaves the same currency unchanged, without a conversion', () => {
    expect(convertMoney(eur(123), 'EUR', fx)).toEqual({ amount: eur(123), conversion: null });
  });

  it('uses the default table, dated and sourced', () => {
    const { amount, conversion } = convertMoney(usd(30_000), 'EUR');
    // 300 USD / 1.16 = 258.62 EUR
    expect(amount).toEqual(eur(25_862));
    expect(conversion?.rate).toBeCloseTo(1 / 1.16, 12);
    expect(conversion?.asOf).toEqual(fx.asOf);
    expect(conversion?.source).toBe(fx.source);
  });

  it('is CURRENCY_MISMATCH only where no rate is configured', () => {
    const t = table({ USD: 1, EUR: 1.25 });
    let error: unknown;
    try {
      convertMoney(usd(100), 'NOK', t);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoExchangeRateError);
    expect((error as NoExchangeRateError).code).toBe('CURRENCY_MISMATCH');
    expect((error as NoExchangeRateError).currency).toBe('NOK');
    expect((error as Error).message).toBe(
      'No exchange rate is configured for NOK (configured: USD, EUR); amounts in it cannot be converted.',
    );
    expect(() => convertMoney({ amountMinor: 100, currency: 'NOK' }, 'USD', t)).toThrow(NoExchangeRateError);
    // Prototype keys are not rates.
    expect(() => convertMoney(usd(100), 'constructor', t)).toThrow(NoExchangeRateError);
  });

  it('round trip stays within a minor unit for 2-digit currencies (property)', () => {
    const codes = Object.keys(fx.usdPerUnit).filter((c) => c !== 'JPY');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constantFrom(...codes),
        fc.constantFrom(...codes),
        (amountMinor, from, to) => {
          const there = convertMoney({ amountMinor, currency: from }, to, fx).amount;
          const back = convertMoney(there, from, fx).amount;
          // Each rounding is ≤ 0.5 minor unit of its target; the first one is scaled back by 1 / rate.
          const rate = exchangeRate(from, to, fx);
          expect(Math.abs(back.amountMinor - amountMinor)).toBeLessThanOrEqual(0.5 + 0.5 / rate + 1e-9);
          expect(Number.isInteger(there.amountMinor)).toBe(true);
        },
      ),
    );
  });

  it('is monotone and (up to rounding) linear in the amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(convertMoney(usd(lo), 'EUR', fx).amount.amountMinor).toBeLessThanOrEqual(
          convertMoney(usd(hi), 'EUR', fx).amount.amountMinor,
        );
        expect(Math.abs(convertMoney(usd(lo), 'GBP', fx).amount.amountMinor - lo / 1.32)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('accountPrice', () => {
  const micro = { platform: 'TIKTOK', tier: 'MICRO', ratePerPostMinor: null, rateCurrency: null } as const;

  it('estimates from the rate card × platform × kind when no rate is quoted', () => {
    // 30,000 × 0.8 × 1.45 = 34,800 US cents
    expect(accountPrice(micro, 'REEL', null)).toEqual({
      amount: usd(34_800),
      estimated: true,
      source: 'RATE_CARD',
      method: 'rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)',
      conversion: null,
    });
    // Asking for the rate card's own currency converts nothing.
    expect(accountPrice(micro, 'PHOTO', 'USD').amount).toEqual(usd(24_000));
  });

  it('takes the quoted rate × the kind multiplier (no platform multiplier)', () => {
    const quoted = { ...micro, ratePerPostMinor: 50_000, rateCurrency: 'EUR' };
    // 50,000 × 1.45 = 72,500 euro cents
    expect(accountPrice(quoted, 'REEL', null)).toEqual({
      amount: eur(72_500),
      estimated: false,
      source: 'QUOTED_RATE',
      method: 'quoted rate × 1.45 (REEL)',
      conversion: null,
    });
    // 50,000 × 0.5 = 25,000
    expect(accountPrice(quoted, 'STORY', 'EUR').amount).toEqual(eur(25_000));
  });

  it('converts into the currency asked for and discloses the conversion', () => {
    const t = { ...DEFAULT_METRICS_CONFIG.costs, fx: table({ USD: 1, EUR: 1.25 }) };
    // rate card: 34,800 US cents, then ÷ 1.25 = 27,840 euro cents
    const price = accountPrice(micro, 'REEL', 'EUR', t);
    expect(price.amount).toEqual(eur(27_840));
    expect(price.conversion).toEqual({ from: 'USD', to: 'EUR', rate: 0.8, asOf: t.fx.asOf, source: 'test' });
    expect(price.method).toBe('rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)');
    // quoted 333 EUR cents × 1.25 (CAROUSEL) = 416.25 → 416, then × 1.25 = 520 US cents
    const quoted = { ...micro, ratePerPostMinor: 333, rateCurrency: 'EUR' };
    expect(accountPrice(quoted, 'CAROUSEL', 'USD', t).amount).toEqual(usd(520));
    expect(() => accountPrice(quoted, 'CAROUSEL', 'NOK', t)).toThrow(NoExchangeRateError);
  });

  it('an Instagram photo costs the quoted rate or the plain midpoint', () => {
    expect(accountPrice({ ...micro, platform: 'INSTAGRAM' }, 'PHOTO', null).amount).toEqual(usd(30_000));
    expect(
      accountPrice({ ...micro, platform: 'INSTAGRAM', ratePerPostMinor: 12_345, rateCurrency: 'USD' }, 'PHOTO', null)
        .amount,
    ).toEqual(usd(12_345));
  });

  it('a kind with a larger multiplier never costs less (property)', () => {
    const kinds = Object.keys(
      DEFAULT_METRICS_CONFIG.costs.kindMultiplier,
    ) as (keyof typeof DEFAULT_METRICS_CONFIG.costs.kindMultiplier)[];
    const platforms = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'] as const;
    const tiers = ['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...kinds),
        fc.constantFrom(...platforms),
        fc.constantFrom(...tiers),
        fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
        fc.constantFrom('USD', 'EUR', 'JPY'),
        (k1, k2, platform, tier, rate, currency) => {
          const m = DEFAULT_METRICS_CONFIG.costs.kindMultiplier;
          const [lo, hi] = m[k1] <= m[k2] ? [k1, k2] : [k2, k1];
          const account = { platform, tier, ratePerPostMinor: rate, rateCurrency: rate === null ? null : 'EUR' };
          expect(accountPrice(account, lo, currency).amount.amountMinor).toBeLessThanOrEqual(
            accountPrice(account, hi, currency).amount.amountMinor,
          );
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  it('writes major units with grouping and the currency digits', () => {
    expect(formatMoney(695_000, 'USD')).toBe('6,950.00 USD');
    expect(formatMoney(12, 'EUR')).toBe('0.12 EUR');
    expect(formatMoney(46_875, 'JPY')).toBe('46,875 JPY');
  });
});

describe('postImpressions', () => {
  it('uses reported impressions', () => {
    expect(postImpressions({ impressions: 12_000, followersAtPostTime: 40_000 }, 0.25)).toEqual({
      value: 12_000,
      estimated: false,
    });
    expect(postImpressions({ impressions: 0, followersAtPostTime: 40_000 }, 0.25)).toEqual({
      value: 0,
      estimated: false,
    });
  });

  it('estimates a missing value as followers at post time × reach factor', () => {
    // 40,000 × 0.25 = 10,000
    expect(postImpressions({ impressions: null, followersAtPostTime: 40_000 }, 0.25)).toEqual({
      value: 10_000,
      estimated: true,
    });
    expect(postImpressions({ impressions: undefined, followersAtPostTime: 1_001 }, 0.25)).toEqual({
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
      postImpressions({ impressions: 30_000, followersAtPostTime: 90_000 }, 0.25),
      postImpressions({ impressions: null, followersAtPostTime: 40_000 }, 0.25),
    ];
    const impressions = posts.reduce((acc, p) => acc + p.value, 0);
    expect(posts.some((p) => p.estimated)).toBe(true);
    expect(cpm(spend.amountMinor, impressions)).toBe(1_500);
  });
});

describe('emv', () => {
  it('is impressions / 1000 × the USD CPM (6.50)', () => {
    // 250,000 / 1000 × 650 = 162,500 cents (1,625.00 USD)
    expect(emv(250_000, 'USD')).toEqual({
      value: 162_500,
      currency: 'USD',
      reason: null,
      cpmMinor: 650,
      conversion: null,
    });
    // 1,234 / 1000 × 650 = 802.1 cents (a float, not rounded)
    expect(emv(1_234, 'USD').value).toBeCloseTo(802.1, 9);
    expect(emv(0, 'USD').value).toBe(0);
  });

  it('converts the USD CPM into a currency without its own, disclosing the rate', () => {
    // 650 US cents / 1.16 = 560.34 → 560 euro cents; 250,000 / 1000 × 560 = 140,000
    const result = emv(250_000, 'EUR');
    expect(result).toMatchObject({ value: 140_000, currency: 'EUR', reason: null, cpmMinor: 560 });
    expect(result.conversion).toMatchObject({ from: 'USD', to: 'EUR', asOf: DEFAULT_METRICS_CONFIG.costs.fx.asOf });
  });

  it('is null with a reason for a currency without a CPM or an exchange rate', () => {
    expect(emv(250_000, 'NOK')).toEqual({
      value: null,
      currency: 'NOK',
      reason: 'No EMV CPM is configured for NOK (configured: USD) and no exchange rate converts the USD one into it.',
      cpmMinor: null,
      conversion: null,
    });
    // Prototype keys are not rates.
    expect(emv(1_000, 'constructor').value).toBeNull();
  });

  it('uses a configured CPM for another currency', () => {
    const config = { ...DEFAULT_METRICS_CONFIG.costs, emvCpmMinor: { USD: 650, EUR: 600 } };
    // 250,000 / 1000 × 600 = 150,000
    expect(emv(250_000, 'EUR', config)).toEqual({
      value: 150_000,
      currency: 'EUR',
      reason: null,
      cpmMinor: 600,
      conversion: null,
    });
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
