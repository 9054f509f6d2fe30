// Display helpers: rates are fractions, money is integer (or fractional) minor units.

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');

export function num(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString('en', { maximumFractionDigits: digits });
}

export function count(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return Math.abs(n) >= 10_000 ? compact.format(n) : whole.format(n);
}

export function pct(rate: number | null | undefined, digits = 2): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(digits)}%`;
}

export function interval(i: { low: number; high: number } | null | undefined): string {
  return i ? `${pct(i.low)}–${pct(i.high)}` : '—';
}

/** Minor units per major unit of a currency (100 for USD, 1 for JPY). */
export function minorFactor(currency: string): number {
  try {
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return 10 ** digits;
  } catch {
    return 100;
  }
}

export function money(m: { amountMinor: number; currency: string } | null | undefined, digits?: number): string {
  if (!m) return '—';
  const major = m.amountMinor / minorFactor(m.currency);
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency: m.currency,
      ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    }).format(major);
  } catch {
    return `${num(major, 2)} ${m.currency}`;
  }
}

export function date(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

export function time(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString('en') : '—';
}

export const PLATFORMS = ['INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X'] as const;
export const TIERS = ['NANO', 'MICRO', 'MID', 'MACRO', 'MEGA'] as const;
export const POST_KINDS = ['PHOTO', 'CAROUSEL', 'REEL', 'STORY', 'VIDEO', 'SHORT', 'LIVE'] as const;
