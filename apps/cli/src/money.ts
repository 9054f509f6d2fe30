/**
 * Money on the command line: amounts are typed in major units with their currency (`5000USD`,
 * `5000 EUR`, `5,000.50 USD`, `USD 12.5`) and sent to the API as integer minor units, using the
 * currency's own number of decimals (2 for USD, 0 for JPY, 3 for KWD). Pure functions, no I/O.
 */

export interface MoneyInput {
  amountMinor: number;
  currency: string;
}

/** Thrown for money the user typed wrongly; the CLI reports it as a caller error (exit 1). */
export class MoneyParseError extends Error {}

/** Decimal digits of a currency's minor unit (ISO 4217, as Intl knows it). Throws for unknown codes. */
export function currencyDigits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) throw new MoneyParseError(`"${currency}" is not an ISO 4217 currency code`);
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : null;
  if (known && !known.includes(currency)) throw new MoneyParseError(`unknown currency "${currency}"`);
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parses `5000USD`, `5000 eur`, `5,000.50 USD` or `USD 5000` into minor units. The amount is read as a
 * decimal string (never through a float), so `0.29 USD` is 29, not 28.999….
 */
export function parseMoney(text: string, defaultCurrency?: string): MoneyInput {
  const trimmed = text.trim();
  const match =
    /^([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z]{3})?$/.exec(trimmed) ??
    /^([A-Za-z]{3})\s*([0-9][0-9,]*(?:\.[0-9]+)?)$/.exec(trimmed);
  if (!match) {
    throw new MoneyParseError(`"${text}" is not an amount with a currency, e.g. 5000USD, "5,000.50 EUR"`);
  }
  const [amountText, code] = /^[0-9]/.test(match[1]!) ? [match[1]!, match[2]] : [match[2]!, match[1]];
  const currency = (code ?? defaultCurrency)?.toUpperCase();
  if (!currency) throw new MoneyParseError(`"${text}" has no currency: write e.g. ${amountText}USD`);
  const parts = AMOUNT.exec(amountText);
  if (!parts) throw new MoneyParseError(`"${amountText}" is not a number (thousands separators must group by three)`);
  const digits = currencyDigits(currency);
  const whole = parts[1]!.replaceAll(',', '');
  const fraction = parts[2] ?? '';
  if (fraction.length > digits) {
    throw new MoneyParseError(
      digits === 0
        ? `${currency} has no minor unit: "${amountText}" must be a whole number`
        : `${currency} has ${digits} decimals: "${amountText}" has ${fraction.length}`,
    );
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor > 2_147_483_647n) {
    throw new MoneyParseError(`"${text}" is too large`);
  }
  return { amountMinor: Number(minor), currency };
}

/** Minor units (possibly fractional, for unit costs) to major units. */
export function toMajor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** currencyDigits(currency);
}
