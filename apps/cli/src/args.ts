/** Option value parsers for commander: each throws InvalidArgumentError, which commander reports (exit 1). */
import { InvalidArgumentError } from 'commander';
import { type MoneyInput, MoneyParseError, parseMoney } from './money.js';

/** An enum value written in any case, with dashes or underscores: `engagement-lower-bound` → ENGAGEMENT_LOWER_BOUND. */
export function enumParser<T extends string>(values: readonly T[]) {
  return (text: string): T => {
    const value = text.trim().toUpperCase().replaceAll('-', '_');
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(
      `expected one of ${values.map((v) => v.toLowerCase().replaceAll('_', '-')).join(', ')}`,
    );
  };
}

/** A comma-separated or repeated list of enum values. */
export function enumListParser<T extends string>(values: readonly T[]) {
  const one = enumParser(values);
  return (text: string, previous: T[] = []): T[] => [...previous, ...splitList(text).map(one)];
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function listParser(text: string, previous: string[] = []): string[] {
  return [...previous, ...splitList(text)];
}

export function intParser(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return (text: string): number => {
    const value = parseCount(text);
    if (value === null || value < min || value > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

/** 1500, 1,500, 1.5k, 2m. */
function parseCount(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim().replaceAll(',', '').replaceAll('_', ''));
  if (!m) return null;
  const value = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1);
  return Number.isInteger(value) ? value : null;
}

/** A number, or a percentage when it ends in % (3% → 0.03). */
function parseFraction(text: string): number | null {
  const t = text.trim();
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1) : t);
  if (t === '' || t === '%' || !Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

export function numberParser(min = -Infinity, max = Infinity) {
  return (text: string): number => {
    const value = parseFraction(text);
    if (value === null || value < min || value > max)
      throw new InvalidArgumentError(`expected a number from ${min} to ${max}`);
    return value;
  };
}

export interface Range {
  min?: number;
  max?: number;
}

function rangeParser(parse: (t: string) => number | null, example: string) {
  return (text: string): Range => {
    const parts = text.split('..');
    if (parts.length > 2) throw new InvalidArgumentError(`expected MIN..MAX, MIN.. or ..MAX, e.g. ${example}`);
    const [lowText, highText] = parts.length === 2 ? parts : [parts[0], ''];
    const range: Range = {};
    for (const [key, t] of [
      ['min', lowText],
      ['max', highText],
    ] as const) {
      if (!t?.trim()) continue;
      const value = parse(t);
      if (value === null) throw new InvalidArgumentError(`"${t}" is not a number (e.g. ${example})`);
      range[key] = value;
    }
    if (range.min === undefined && range.max === undefined)
      throw new InvalidArgumentError(`give at least one bound, e.g. ${example}`);
    if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      throw new InvalidArgumentError(`the lower bound ${range.min} is above the upper bound ${range.max}`);
    }
    return range;
  };
}

/** Fractions or percentages: `0.03..0.1`, `3%..`, `..10%`. A single value is a lower bound. */
export const floatRange = rangeParser(parseFraction, '3%..10%');
/** Counts: `10k..100k`, `5000..`. */
export const intRange = rangeParser(parseCount, '10k..100k');

export function moneyParser(text: string): MoneyInput {
  try {
    return parseMoney(text);
  } catch (error) {
    if (error instanceof MoneyParseError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

export function dateParser(text: string): string {
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime())) {
    throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2026-05-01 or 2026-05-01T09:00:00Z');
  }
  return date.toISOString();
}

/** What a global id names (`Creator:12` base64-encoded), or null for a handle. */
export function globalIdType(text: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length < 8) return null;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  const m = /^([A-Z][A-Za-z]+):\d+$/.exec(decoded);
  return m ? m[1]! : null;
}
