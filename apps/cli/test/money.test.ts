import { describe, expect, it } from 'vitest';
import { currencyDigits, MoneyParseError, parseMoney } from '../src/money.js';

describe('parseMoney', () => {
  it.each([
    ['5000USD', 500_000, 'USD'],
    ['5000 EUR', 500_000, 'EUR'],
    ['5,000.50 USD', 500_050, 'USD'],
    ['usd 12.5', 1_250, 'USD'],
    ['0.29USD', 29, 'USD'],
    ['1,234,567 JPY', 1_234_567, 'JPY'],
    ['1.234 KWD', 1_234, 'KWD'],
    ['  7 gbp ', 700, 'GBP'],
  ])('%s → %i %s', (text, amountMinor, currency) => {
    expect(parseMoney(text)).toEqual({ amountMinor, currency });
  });

  it.each([
    ['5000', /no currency/],
    ['12.345 USD', /USD has 2 decimals/],
    ['10.5 JPY', /JPY has no minor unit/],
    ['5,00 USD', /group by three/],
    ['abc', /not an amount/],
    ['5000 XYZ', /unknown currency/],
    ['-5 USD', /not an amount/],
    ['99999999999 USD', /too large/],
  ])('refuses %s', (text, message) => {
    expect(() => parseMoney(text)).toThrow(MoneyParseError);
    expect(() => parseMoney(text)).toThrow(message);
  });

  it('takes a default currency for a bare amount', () => {
    expect(parseMoney('12', 'EUR')).toEqual({ amountMinor: 1_200, currency: 'EUR' });
  });

  it('knows the digits of each currency', () => {
    expect([currencyDigits('USD'), currencyDigits('JPY'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
  });
});
