/**
 * Money and costs (docs/metrics.md#money). Money is integer minor units plus an
 * ISO 4217 code and never mixes currencies; ratios (CPE, CPM, CPV, EMV) are floats in minor units.
 */
import { DomainError } from '../errors.js';
import { DEFAULT_METRICS_CONFIG, type MetricsConfig, type Platform, type PostKind } from './config.js';
import type { Tier } from './tiers.js';

export type CostsConfig = MetricsConfig['costs'];

export interface Money {
  amountMinor: number;
  currency: string;
}

export type FeeSource = 'MEMBER_FEE' | 'QUOTED_RATE' | 'RATE_CARD';

export interface EstimatedFee extends Money {
  estimated: true;
  method: string;
}

export interface EmvResult {
  /** Minor units of `currency` (a float); null when no CPM is configured for it. */
  value: number | null;
  currency: string;
  reason: string | null;
  cpmMinor: number | null;
  /** How the CPM was converted from the USD one; null when the currency has its own. */
  conversion: FxConversion | null;
}

export class CurrencyMismatchError extends DomainError {
  readonly code = 'CURRENCY_MISMATCH' as const;
  readonly expected: string;
  readonly actual: string;
  readonly currencies: readonly [string, string];

  constructor(expected: string, actual: string) {
    super(`Cannot combine amounts in ${expected} and ${actual}: currencies never mix.`);
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.actual = actual;
    this.currencies = [expected, actual];
  }
}

let knownCurrencies: ReadonlySet<string> | null = null;

/** ISO 4217 code as the runtime's ICU knows it; exact, upper-case match. */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * Sum of amounts in one currency. `currency` is needed for an empty list (and, when given, every
 * amount must be in it). Amounts must be safe integers: minor units have no fractions.
 */
export function sumMoney(list: readonly Money[], currency?: string): Money {
  const target = currency ?? list[0]?.currency;
  if (target === undefined) throw new RangeError('sumMoney needs a currency to sum an empty list');
  let amountMinor = 0;
  for (const m of list) {
    if (m.currency !== target) throw new CurrencyMismatchError(target, m.currency);
    if (!Number.isSafeInteger(m.amountMinor)) {
      throw new RangeError(`Money amounts are integer minor units, got ${m.amountMinor} ${m.currency}`);
    }
    amountMinor += m.amountMinor;
  }
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError('Money sum exceeds the safe integer range');
  return { amountMinor, currency: target };
}

const digitsOf = new Map<string, number>();

/** Minor digits of a currency as ICU knows them (USD 2, JPY 0, BHD 3); 2 for a code it does not know. */
export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsOf.set(currency, digits);
  }
  return digits;
}

/** Major units as a plain number, e.g. 30000 USD minor → "300". */
function major(amountMinor: number, currency: string): string {
  return String(amountMinor / 10 ** minorDigits(currency));
}

/**
 * The rate-card estimate of one post: midpoint[tier] × platform multiplier × kind multiplier in the rate
 * card's currency, rounded to whole minor units once, at the end.
 */
export function estimateFee(
  tier: Tier,
  kind: PostKind,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
  platform: Platform = 'INSTAGRAM',
): EstimatedFee {
  const base = config.rateCardMinor[tier];
  const platformMultiplier = config.platformMultiplier[platform];
  const kindMultiplier = config.kindMultiplier[kind];
  const currency = config.rateCardCurrency;
  return {
    amountMinor: Math.round(base * platformMultiplier * kindMultiplier),
    currency,
    estimated: true,
    method: `rate card ${tier} ${major(base, currency)} ${currency} × ${platformMultiplier} (${platform}) × ${kindMultiplier} (${kind})`,
  };
}

// ---- Currencies ---------------------------------------------------------------------------------------

/** How an amount was converted: `rate` units of `to` per unit of `from`, from the dated, sourced table. */
export interface FxConversion {
  from: string;
  to: string;
  rate: number;
  asOf: Date;
  source: string;
}

export type FxTable = CostsConfig['fx'];

/**
 * No exchange rate is configured for a currency, so amounts in it cannot be converted: code
 * CURRENCY_MISMATCH (the only case left where currencies cannot be combined).
 */
export class NoExchangeRateError extends DomainError {
  readonly code = 'CURRENCY_MISMATCH' as const;
  constructor(
    readonly currency: string,
    readonly configured: readonly string[],
  ) {
    super(
      `No exchange rate is configured for ${currency} (configured: ${configured.join(', ') || 'none'}); amounts in it cannot be converted.`,
    );
    this.name = 'NoExchangeRateError';
  }
}

function usdPerUnit(currency: string, fx: FxTable): number | null {
  const rate = Object.hasOwn(fx.usdPerUnit, currency) ? fx.usdPerUnit[currency] : undefined;
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** Whether amounts in `currency` can be converted (a positive rate is configured for it). */
export function hasExchangeRate(currency: string, fx: FxTable): boolean {
  return usdPerUnit(currency, fx) !== null;
}

/** Units of `to` per unit of `from` (through USD); NoExchangeRateError when either has no rate. */
export function exchangeRate(from: string, to: string, fx: FxTable): number {
  const fromUsd = usdPerUnit(from, fx);
  const toUsd = usdPerUnit(to, fx);
  const missing = fromUsd === null ? from : toUsd === null ? to : null;
  if (missing !== null) throw new NoExchangeRateError(missing, Object.keys(fx.usdPerUnit));
  return from === to ? 1 : (fromUsd as number) / (toUsd as number);
}

/**
 * `money` in `to`: amount × rate, rescaled between the two currencies' minor digits (JPY has 0, USD 2) and
 * rounded half away from zero to whole minor units. Same currency: unchanged, conversion null.
 * NoExchangeRateError (CURRENCY_MISMATCH) when either currency has no configured rate.
 */
export function convertMoney(
  money: Money,
  to: string,
  fx: FxTable = DEFAULT_METRICS_CONFIG.costs.fx,
): { amount: Money; conversion: FxConversion | null } {
  if (money.currency === to) return { amount: { amountMinor: money.amountMinor, currency: to }, conversion: null };
  const rate = exchangeRate(money.currency, to, fx);
  const exact = money.amountMinor * rate * 10 ** (minorDigits(to) - minorDigits(money.currency));
  const amountMinor = Math.sign(exact) * Math.round(Math.abs(exact));
  return {
    amount: { amountMinor: amountMinor === 0 ? 0 : amountMinor, currency: to },
    conversion: { from: money.currency, to, rate, asOf: fx.asOf, source: fx.source },
  };
}

// ---- Prices -------------------------------------------------------------------------------------------

/** What an account's price needs: its platform, tier (by current followers) and quoted rate per post. */
export interface PricedAccount {
  platform: Platform;
  tier: Tier;
  ratePerPostMinor: number | null;
  rateCurrency: string | null;
}

export interface AccountPrice {
  amount: Money;
  /** False for a quoted rate, true for a rate-card estimate. */
  estimated: boolean;
  source: 'QUOTED_RATE' | 'RATE_CARD';
  /** The rule in words, e.g. "rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)". */
  method: string;
  /** Set when the amount was converted into the currency asked for. */
  conversion: FxConversion | null;
}

/**
 * What one post of `kind` by the account costs (docs/metrics.md, "Prices by platform and format"):
 *   quoted rate (per post, in its own currency) × kind multiplier, when the account quotes a rate;
 *   else rate card midpoint[tier] (USD) × platform multiplier × kind multiplier.
 * Multiplied unrounded and rounded half up to whole minor units once, at the end, in the quote's or rate
 * card's currency. When `currency` is given and differs, that amount is then converted (convertMoney: × the
 * rate, rounded again) and the conversion disclosed. A quoted rate is the account's own price on its
 * platform, so only the kind multiplier applies to it. Defaults: PHOTO 1, INSTAGRAM 1, so an Instagram photo
 * costs the quoted rate or the plain midpoint.
 * NoExchangeRateError (CURRENCY_MISMATCH) when a conversion is needed and a rate is missing.
 */
export function accountPrice(
  account: PricedAccount,
  kind: PostKind,
  currency: string | null,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): AccountPrice {
  let price: Omit<AccountPrice, 'conversion'>;
  if (account.ratePerPostMinor !== null && account.rateCurrency !== null) {
    const multiplier = config.kindMultiplier[kind];
    price = {
      amount: { amountMinor: Math.round(account.ratePerPostMinor * multiplier), currency: account.rateCurrency },
      estimated: false,
      source: 'QUOTED_RATE',
      method: `quoted rate × ${multiplier} (${kind})`,
    };
  } else {
    const { amountMinor, currency: cardCurrency, method } = estimateFee(account.tier, kind, config, account.platform);
    price = { amount: { amountMinor, currency: cardCurrency }, estimated: true, source: 'RATE_CARD', method };
  }
  if (currency === null || currency === price.amount.currency) return { ...price, conversion: null };
  const { amount, conversion } = convertMoney(price.amount, currency, config.fx);
  return { ...price, amount, conversion };
}

/** Money in major units with grouping and the currency's digits, e.g. "6,950.00 USD", for messages. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amountMinor / 10 ** digits,
  );
  return `${text} ${currency}`;
}

/**
 * Impressions of one post; a post that reports none (null) is estimated as followers at post time × the
 * reach factor of its platform (config.costs.reachFactor).
 */
export function postImpressions(
  post: { impressions: number | null | undefined; followersAtPostTime: number },
  reachFactor: number,
): { value: number; estimated: boolean } {
  if (post.impressions !== null && post.impressions !== undefined) {
    return { value: post.impressions, estimated: false };
  }
  return { value: post.followersAtPostTime * reachFactor, estimated: true };
}

function ratio(numerator: number, divisor: number): number | null {
  return divisor === 0 ? null : numerator / divisor;
}

/** Cost per engagement, minor units per interaction. */
export function cpe(spendMinor: number, interactions: number): number | null {
  return ratio(spendMinor, interactions);
}

/** Cost per mille: spend / impressions × 1000, minor units. */
export function cpm(spendMinor: number, impressions: number): number | null {
  const perImpression = ratio(spendMinor, impressions);
  return perImpression === null ? null : perImpression * 1000;
}

/** Cost per view, minor units per view. */
export function cpv(spendMinor: number, views: number): number | null {
  return ratio(spendMinor, views);
}

/** The CPM configured for EMV in every currency without its own: this currency's CPM is converted from it. */
export const EMV_BASE_CURRENCY = 'USD';

/**
 * The EMV CPM of a currency, minor units per 1000 impressions: its configured CPM, else the USD one
 * converted at the FX table's rate (disclosed), else null with the reason (no rate for the currency).
 */
export function emvCpmFor(
  currency: string,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): { cpmMinor: number | null; conversion: FxConversion | null; reason: string | null } {
  const own = Object.hasOwn(config.emvCpmMinor, currency) ? config.emvCpmMinor[currency] : undefined;
  if (own !== undefined) return { cpmMinor: own, conversion: null, reason: null };
  const base = Object.hasOwn(config.emvCpmMinor, EMV_BASE_CURRENCY) ? config.emvCpmMinor[EMV_BASE_CURRENCY] : undefined;
  if (base !== undefined && hasExchangeRate(currency, config.fx) && hasExchangeRate(EMV_BASE_CURRENCY, config.fx)) {
    const { amount, conversion } = convertMoney(
      { amountMinor: base, currency: EMV_BASE_CURRENCY },
      currency,
      config.fx,
    );
    return { cpmMinor: amount.amountMinor, conversion, reason: null };
  }
  const configured = Object.keys(config.emvCpmMinor).join(', ') || 'none';
  return {
    cpmMinor: null,
    conversion: null,
    reason: `No EMV CPM is configured for ${currency} (configured: ${configured}) and no exchange rate converts the ${EMV_BASE_CURRENCY} one into it.`,
  };
}

/** Earned media value: impressions / 1000 × the CPM of that currency (configured, or converted from USD). */
export function emv(
  impressions: number,
  currency: string,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): EmvResult {
  const { cpmMinor, conversion, reason } = emvCpmFor(currency, config);
  if (cpmMinor === null) return { value: null, currency, reason, cpmMinor: null, conversion: null };
  return { value: (impressions / 1000) * cpmMinor, currency, reason: null, cpmMinor, conversion };
}

/** (revenue − spend) / spend; null without recorded revenue or with zero spend. */
export function roi(revenueMinor: number | null | undefined, spendMinor: number): number | null {
  if (revenueMinor === null || revenueMinor === undefined || spendMinor === 0) return null;
  return (revenueMinor - spendMinor) / spendMinor;
}
