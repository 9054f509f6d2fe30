import { PLATFORMS, POST_KINDS } from '../enums.js';
import type { Platform, PostKind } from '../metrics/config.js';
import { isKnownCurrency } from '../metrics/costs.js';
import { POST_COUNT_FIELDS, type PostCounts } from '../metrics/engagement.js';
import { NICHE_SEPARATOR } from './format.js';
import { type ImportKind, MAX_COUNT } from './types.js';

/**
 * Row validation for the import formats: pure functions from a raw record (CSV strings or JSON values)
 * to a normalised row or a list of issues. Normalisation follows the data conventions: handles lower case
 * without '@', niches lower case, platform/kind/currency/country upper case, dates as epoch milliseconds.
 */

export interface FieldProblem {
  field: string;
  reason: string;
}

export interface CreatorImportRow {
  ref: string;
  name: string;
  country: string | null;
  niches: string[];
}

export interface AccountImportRow {
  creatorRef: string;
  platform: Platform;
  handle: string;
  externalId: string;
  followers: number;
  following: number | null;
  ratePerPostMinor: number | null;
  currency: string | null;
}

export interface PostImportRow extends PostCounts {
  platform: Platform;
  handle: string;
  externalId: string;
  /** Epoch milliseconds. */
  postedAt: number;
  kind: PostKind;
  sponsored: boolean;
  brand: string | null;
  caption: string | null;
}

export interface SnapshotImportRow {
  platform: Platform;
  handle: string;
  /** Epoch milliseconds. */
  capturedAt: number;
  followers: number;
  following: number | null;
}

export interface InputByKind {
  creators: CreatorImportRow;
  accounts: AccountImportRow;
  posts: PostImportRow;
  follower_snapshots: SnapshotImportRow;
}

export type RawRecord = Record<string, unknown>;

// ISO 3166-1 alpha-2, officially assigned codes (249).
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
    'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
    'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT ' +
    'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
    'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
    'PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
    'TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS);
const KIND_SET: ReadonlySet<string> = new Set(POST_KINDS);

const LIMITS = { ref: 128, name: 200, handle: 100, externalId: 100, brand: 200, niche: 40 } as const;

/**
 * Collects the problems of one record. Each reader returns a value even on error (a placeholder), so a
 * row reports every bad field at once; the row is used only when `problems` is empty.
 */
class RowReader {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly record: RawRecord) {}

  private fail(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }

  /** The cell as text, or null when empty/absent. Numbers (JSONL) become their decimal text. */
  private cell(field: string): string | null {
    const value = this.record[field];
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value === '' ? null : value;
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) && Number.isInteger(value)) {
        this.fail(field, 'must be a string: integers this large lose precision as JSON numbers');
        return null;
      }
      return String(value);
    }
    if (typeof value === 'boolean') return String(value);
    this.fail(field, `must be a string, number or boolean, got ${Array.isArray(value) ? 'an array' : typeof value}`);
    return null;
  }

  text(field: string, opts: { required: boolean; max: number; trim?: boolean }): string | null {
    const raw = this.cell(field);
    const value = raw !== null && opts.trim ? raw.trim() : raw;
    if (value === null || value.trim() === '') {
      if (opts.required && !this.problems.some((p) => p.field === field)) this.fail(field, 'is required');
      return null;
    }
    if (value.length > opts.max) {
      this.fail(field, `must be at most ${opts.max} characters (got ${value.length})`);
      return null;
    }
    return value;
  }

  requiredText(field: string, max: number, trim = true): string {
    return this.text(field, { required: true, max, trim }) ?? '';
  }

  handle(field: string): string {
    const raw = this.cell(field);
    const value = raw?.trim().replace(/^@/, '').toLowerCase() ?? '';
    if (!value) {
      if (!this.problems.some((p) => p.field === field)) this.fail(field, 'is required');
      return '';
    }
    if (value.length > LIMITS.handle) this.fail(field, `must be at most ${LIMITS.handle} characters`);
    else if (/[\s@]/.test(value)) this.fail(field, `"${raw}" is not a handle: no spaces or inner '@'`);
    return value;
  }

  enumOf<T extends string>(field: string, allowed: ReadonlySet<string>, list: readonly T[]): T {
    const raw = this.cell(field);
    const value = raw?.trim().toUpperCase() ?? '';
    if (!value) {
      if (!this.problems.some((p) => p.field === field)) this.fail(field, `is required: one of ${list.join(', ')}`);
    } else if (!allowed.has(value)) {
      this.fail(field, `"${raw}" is not one of ${list.join(', ')}`);
    }
    return value as T;
  }

  /** A non-negative whole number up to `max`; null when empty (an error if required). */
  count(field: string, required: boolean, max = MAX_COUNT): number | null {
    const value = this.record[field];
    if (value === null || value === undefined || value === '') {
      if (required) this.fail(field, 'is required');
      return null;
    }
    let n: number;
    if (typeof value === 'number') {
      n = value;
    } else if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) {
      n = Number(value);
    } else {
      this.fail(field, `"${String(value)}" is not a whole number`);
      return null;
    }
    if (!Number.isInteger(n)) this.fail(field, `${n} is not a whole number`);
    else if (n < 0) this.fail(field, `must not be negative (got ${n})`);
    else if (n > max) this.fail(field, `must be at most ${max} (got ${n})`);
    else return n;
    return null;
  }

  /** `true`/`false` (also 1/0, yes/no); empty means false, the column's default. */
  boolean(field: string): boolean {
    const value = this.record[field];
    if (value === null || value === undefined || value === '') return false;
    if (typeof value === 'boolean') return value;
    const text = String(value).trim().toLowerCase();
    if (text === 'true' || text === '1' || text === 'yes') return true;
    if (text === 'false' || text === '0' || text === 'no') return false;
    this.fail(field, `"${String(value)}" is not a boolean: use true or false`);
    return false;
  }

  /** An ISO 8601 date-time with a time zone (or a bare date, read as UTC midnight); epoch ms. */
  datetime(field: string): number {
    const raw = this.cell(field);
    if (raw === null) {
      if (!this.problems.some((p) => p.field === field)) this.fail(field, 'is required');
      return 0;
    }
    const ms = parseIsoDateTime(raw.trim());
    if (ms === null) {
      this.fail(field, `"${raw}" is not an ISO 8601 date-time with a time zone, e.g. 2025-05-01T12:00:00Z`);
      return 0;
    }
    return ms;
  }

  country(field: string): string | null {
    const raw = this.cell(field);
    const value = raw?.trim().toUpperCase() ?? '';
    if (!value) return null;
    if (!isCountryCode(value)) this.fail(field, `"${raw}" is not an ISO 3166-1 alpha-2 country code`);
    return value;
  }

  currency(field: string): string | null {
    const raw = this.cell(field);
    const value = raw?.trim().toUpperCase() ?? '';
    if (!value) return null;
    if (!isKnownCurrency(value)) this.fail(field, `"${raw}" is not a known ISO 4217 currency code`);
    return value;
  }

  niches(field: string): string[] {
    const value = this.record[field];
    let parts: unknown[];
    if (value === null || value === undefined || value === '') return [];
    if (Array.isArray(value)) parts = value;
    else if (typeof value === 'string') parts = value.split(NICHE_SEPARATOR);
    else {
      this.fail(field, `must be text with niches separated by '${NICHE_SEPARATOR}'`);
      return [];
    }
    const out: string[] = [];
    for (const part of parts) {
      if (typeof part !== 'string') {
        this.fail(field, 'every niche must be text');
        return [];
      }
      const niche = part.trim().toLowerCase();
      if (!niche) continue;
      if (niche.length > LIMITS.niche) {
        this.fail(field, `niche "${niche}" is longer than ${LIMITS.niche} characters`);
        return [];
      }
      if (!out.includes(niche)) out.push(niche);
    }
    return out;
  }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|([+-])(\d{2}):?(\d{2})))?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Epoch milliseconds of an ISO 8601 date-time with zone (or a date, as UTC), or null when invalid. */
export function parseIsoDateTime(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  if (h === undefined) return Date.UTC(year, month - 1, day);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  let offset = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const oHours = Number(oh);
    const oMinutes = Number(om);
    if (oHours > 23 || oMinutes > 59) return null;
    offset = (sign === '-' ? -1 : 1) * (oHours * 60 + oMinutes) * 60_000;
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offset;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

function done<T>(reader: RowReader, value: T): Validated<T> {
  return reader.problems.length ? { ok: false, problems: reader.problems } : { ok: true, value };
}

export function validateCreator(record: RawRecord): Validated<CreatorImportRow> {
  const r = new RowReader(record);
  const value: CreatorImportRow = {
    ref: r.requiredText('creator_ref', LIMITS.ref),
    name: r.requiredText('name', LIMITS.name, false),
    country: r.country('country'),
    niches: r.niches('niches'),
  };
  return done(r, value);
}

export function validateAccount(record: RawRecord): Validated<AccountImportRow> {
  const r = new RowReader(record);
  const value: AccountImportRow = {
    creatorRef: r.requiredText('creator_ref', LIMITS.ref),
    platform: r.enumOf('platform', PLATFORM_SET, PLATFORMS),
    handle: r.handle('handle'),
    externalId: r.requiredText('external_id', LIMITS.externalId),
    followers: r.count('followers', true) ?? 0,
    following: r.count('following', false),
    ratePerPostMinor: r.count('rate_per_post_minor', false, Number.MAX_SAFE_INTEGER),
    currency: r.currency('currency'),
  };
  if (value.ratePerPostMinor !== null && value.currency === null && !r.problems.some((p) => p.field === 'currency')) {
    r.problems.push({ field: 'currency', reason: 'is required when rate_per_post_minor is set' });
  }
  return done(r, value);
}

export function validatePost(record: RawRecord): Validated<PostImportRow> {
  const r = new RowReader(record);
  const value = {
    platform: r.enumOf('platform', PLATFORM_SET, PLATFORMS),
    handle: r.handle('handle'),
    externalId: r.requiredText('external_id', LIMITS.externalId),
    postedAt: r.datetime('posted_at'),
    kind: r.enumOf('kind', KIND_SET, POST_KINDS),
    sponsored: r.boolean('sponsored'),
    brand: r.text('brand', { required: false, max: LIMITS.brand }),
    caption: r.text('caption', { required: false, max: 100_000 }),
  } as PostImportRow;
  for (const field of POST_COUNT_FIELDS) value[field] = r.count(field, false);
  return done(r, value);
}

export function validateSnapshot(record: RawRecord): Validated<SnapshotImportRow> {
  const r = new RowReader(record);
  const value: SnapshotImportRow = {
    platform: r.enumOf('platform', PLATFORM_SET, PLATFORMS),
    handle: r.handle('handle'),
    capturedAt: r.datetime('captured_at'),
    followers: r.count('followers', true) ?? 0,
    following: r.count('following', false),
  };
  return done(r, value);
}

export const VALIDATORS: { [K in ImportKind]: (record: RawRecord) => Validated<InputByKind[K]> } = {
  creators: validateCreator,
  accounts: validateAccount,
  posts: validatePost,
  follower_snapshots: validateSnapshot,
};
