/**
 * Money and costs (docs/metrics.md#money). Money is integer minor units plus an
 * ISO 4217 code and never mixes currencies; ratios (CPE, CPM, CPV, EMV) are floats in minor units.
 */
import { DEFAULT_METRICS_CONFIG, type MetricsConfig, type PostKind } from './config.js';
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

export interface ResolvedFee {
  fee: Money;
  estimated: boolean;
  source: FeeSource;
  method: string;
}

export interface EmvResult {
  /** Minor units of `currency` (a float); null when no CPM is configured for it. */
  value: number | null;
  currency: string;
  reason: string | null;
  cpmMinor: number | null;
}

export class CurrencyMismatchError extends Error {
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

function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Major units as a plain number, e.g. 30000 USD minor → "300". */
function major(amountMinor: number, currency: string): string {
  return String(amountMinor / 10 ** minorDigits(currency));
}

/** Rate-card midpoint for the tier × the post-kind multiplier, rounded to whole minor units. */
export function estimateFee(
  tier: Tier,
  kind: PostKind,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): EstimatedFee {
  const base = config.rateCardMinor[tier];
  const multiplier = config.kindMultiplier[kind];
  const currency = config.rateCardCurrency;
  return {
    amountMinor: Math.round(base * multiplier),
    currency,
    estimated: true,
    method: `rate-card midpoint ${tier} ${major(base, currency)} ${currency} × ${multiplier} ${kind}`,
  };
}

/** The agreed member fee, else the account's quoted rate per post (as quoted, any kind), else the rate card. */
export function resolveFee(
  input: { memberFee?: Money | null; quotedRate?: Money | null; tier: Tier; kind: PostKind },
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): ResolvedFee {
  if (input.memberFee) {
    return {
      fee: { amountMinor: input.memberFee.amountMinor, currency: input.memberFee.currency },
      estimated: false,
      source: 'MEMBER_FEE',
      method: 'campaign member agreed fee per deliverable',
    };
  }
  if (input.quotedRate) {
    return {
      fee: { amountMinor: input.quotedRate.amountMinor, currency: input.quotedRate.currency },
      estimated: false,
      source: 'QUOTED_RATE',
      method: "account's quoted rate per post",
    };
  }
  const { amountMinor, currency, method } = estimateFee(input.tier, input.kind, config);
  return { fee: { amountMinor, currency }, estimated: true, source: 'RATE_CARD', method };
}

/** Impressions of one post; a post that reports none (null) is estimated as followers at post time × reach factor. */
export function postImpressions(
  post: { impressions: number | null | undefined; followersAtPostTime: number },
  reachFactor: number = DEFAULT_METRICS_CONFIG.costs.reachFactor,
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

/** Earned media value: impressions / 1000 × the configured CPM of that currency. */
export function emv(
  impressions: number,
  currency: string,
  config: CostsConfig = DEFAULT_METRICS_CONFIG.costs,
): EmvResult {
  const cpmMinor = Object.hasOwn(config.emvCpmMinor, currency) ? config.emvCpmMinor[currency] : undefined;
  if (cpmMinor === undefined) {
    const configured = Object.keys(config.emvCpmMinor).join(', ') || 'none';
    return {
      value: null,
      currency,
      reason: `No EMV CPM is configured for ${currency} (configured: ${configured}); EMV needs a rate in the same currency.`,
      cpmMinor: null,
    };
  }
  return { value: (impressions / 1000) * cpmMinor, currency, reason: null, cpmMinor };
}

/** (revenue − spend) / spend; null without recorded revenue or with zero spend. */
export function roi(revenueMinor: number | null | undefined, spendMinor: number): number | null {
  if (revenueMinor === null || revenueMinor === undefined || spendMinor === 0) return null;
  return (revenueMinor - spendMinor) / spendMinor;
}
