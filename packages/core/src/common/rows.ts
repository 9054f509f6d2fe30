/** Reading raw SQL rows the same way on both drivers. */

/** A datetime column as the driver returns it: epoch ms (SQLite) or a timestamptz (PostgreSQL). */
export function rowDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  // '2026-06-30 12:00:00.123+00' → '2026-06-30T12:00:00.123+00:00', which every engine parses.
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(/^\d+$/.test(text) ? Number(text) : iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable datetime ${text}`);
  return date;
}

/** A numeric column (PostgreSQL returns bigint and numeric as strings); null stays null. */
export const rowNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** A nullable text column; null stays null. */
export const rowText = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** A boolean column: SQLite stores 0/1, PostgreSQL returns booleans. */
export const rowBoolean = (value: unknown): boolean => value === true || value === 1 || value === '1';
