import type { EntityName } from '@mikro-orm/core';
import type { Knex, QueryBuilder } from '@mikro-orm/knex';
import { ValidationError } from '../errors.js';

/** Relay connection arguments as the API receives them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when asked for: a count is a second statement. */
  totalCount: () => Promise<number>;
}

export type SortDirection = 'ASC' | 'DESC';

export interface KeysetSort<T> {
  /** Entity property (keysetPage) or column (keysetRows) to order by; `id` breaks ties so the order is total. */
  property: string;
  direction: SortDirection;
  value: (item: T) => string | number | Date | null;
  kind: 'number' | 'string' | 'date';
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(args: PageArgs, path = ''): { limit: number; backward: boolean } {
  const issues = [];
  for (const key of ['first', 'last'] as const) {
    const v = args[key];
    if (v != null && (!Number.isInteger(v) || v < 1 || v > MAX_PAGE_SIZE)) {
      issues.push({ field: `${path}${key}`, message: `must be between 1 and ${MAX_PAGE_SIZE} (got ${v})` });
    }
  }
  if (args.first != null && args.last != null) {
    issues.push({ field: `${path}last`, message: 'give either first or last, not both' });
  }
  if (issues.length) throw new ValidationError(issues);
  if (args.last != null || (args.before != null && args.first == null)) {
    return { limit: args.last ?? DEFAULT_PAGE_SIZE, backward: true };
  }
  return { limit: args.first ?? DEFAULT_PAGE_SIZE, backward: false };
}

export function encodeCursor(value: unknown, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export function decodeCursor(cursor: string, kind: KeysetSort<unknown>['kind'], field: string) {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || !Number.isInteger(parsed[1])) throw new Error('shape');
    const [raw, id] = parsed as [unknown, number];
    if (raw === null) return { value: null, id };
    if (kind === 'date') {
      const d = new Date(String(raw));
      if (Number.isNaN(d.getTime())) throw new Error('date');
      return { value: d, id };
    }
    if (kind === 'number' && typeof raw !== 'number') throw new Error('number');
    if (kind === 'string' && typeof raw !== 'string') throw new Error('string');
    return { value: raw as string | number, id };
  } catch {
    throw new ValidationError([{ field, message: 'is not a cursor this connection issued' }]);
  }
}

/**
 * Keyset pagination over a filtered query builder: one statement for the page (plus one for the count,
 * when asked), stable under inserts, and index-friendly on (sort property, id).
 */
export async function keysetPage<T extends { id: number }>(
  base: QueryBuilder<T>,
  sort: KeysetSort<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const { limit, backward } = pageSize(args);
  const cursor = backward ? args.before : args.after;
  const qb = base.clone();
  // Going backward flips the order; the page is reversed afterwards.
  const ascending = (sort.direction === 'ASC') !== backward;
  if (cursor) {
    const { value, id } = decodeCursor(cursor, sort.kind, backward ? 'before' : 'after');
    const cmp = ascending ? '$gt' : '$lt';
    qb.andWhere({
      $or: [{ [sort.property]: { [cmp]: value } }, { [sort.property]: value, id: { [cmp]: id } }],
    } as never);
    // Redundant, but an index can seek on it (the disjunction is only a filter).
    if (value !== null) qb.andWhere({ [sort.property]: { [`${cmp}e`]: value } } as never);
  }
  const dir = ascending ? 'asc' : 'desc';
  qb.orderBy({ [sort.property]: dir, id: dir } as never).limit(limit + 1);
  const rows = (await qb.getResultList()) as T[];
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  if (backward) items.reverse();
  const cursors = items.map((item) => {
    const v = sort.value(item);
    return encodeCursor(v instanceof Date ? v.toISOString() : v, item.id);
  });
  return {
    items,
    cursors,
    hasNextPage: backward ? Boolean(args.before) : hasMore,
    hasPreviousPage: backward ? hasMore : Boolean(args.after),
    totalCount: () => base.clone().getCount(),
  };
}

/** How `keysetRows` reads a page: the columns, the statement runner and the mapping of a raw row. */
export interface RowReader<T> {
  /** Columns to select, qualified as the base query names its table. */
  columns: readonly string[];
  /** Runs a statement (in the caller's transaction, if any) and returns its raw rows. */
  run: (query: Knex.QueryBuilder) => Promise<Record<string, unknown>[]>;
  /** A raw row (column names, driver types) to the plain row. */
  map: (row: Record<string, unknown>) => T;
  /** A decoded cursor value as a statement parameter (datetimes are stored differently per engine). */
  bind?: (value: string | number | Date) => Knex.Value;
  /** The id column, qualified like `columns`. */
  id: string;
}

/**
 * keysetPage for plain rows: the same cursors, order and page flags over a filtered knex query (no select,
 * no order) whose `sort.property` is a column. No entity is hydrated: on lists, hydrating costs more than
 * the statement.
 */
export async function keysetRows<T extends { id: number }>(
  base: Knex.QueryBuilder,
  sort: KeysetSort<T>,
  args: PageArgs,
  reader: RowReader<T>,
): Promise<Page<T>> {
  const { limit, backward } = pageSize(args);
  const cursor = backward ? args.before : args.after;
  const q = base.clone().select(reader.columns as string[]);
  // Going backward flips the order; the page is reversed afterwards.
  const ascending = (sort.direction === 'ASC') !== backward;
  const cmp = ascending ? '>' : '<';
  if (cursor) {
    const { value, id } = decodeCursor(cursor, sort.kind, backward ? 'before' : 'after');
    const bound = value === null ? null : (reader.bind?.(value) ?? (value as Knex.Value));
    q.where((w) => {
      w.where(sort.property, cmp, bound as Knex.Value).orWhere((tie) => {
        tie.where(sort.property, bound as Knex.Value).where(reader.id, cmp, id);
      });
    });
    // Redundant, but an index can seek on it: the disjunction above is only a filter, so without it a deep
    // page reads every row before the cursor.
    if (bound !== null) q.where(sort.property, `${cmp}=`, bound as Knex.Value);
  }
  const dir = ascending ? 'asc' : 'desc';
  q.orderBy([
    { column: sort.property, order: dir },
    { column: reader.id, order: dir },
  ]).limit(limit + 1);
  const rows = (await reader.run(q)).map(reader.map);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  if (backward) items.reverse();
  let cursors: string[] | undefined;
  return {
    items,
    // Encoded on first use: many requests select no cursor.
    get cursors() {
      cursors ??= items.map((item) => {
        const v = sort.value(item);
        return encodeCursor(v instanceof Date ? v.toISOString() : v, item.id);
      });
      return cursors;
    },
    hasNextPage: backward ? Boolean(args.before) : hasMore,
    hasPreviousPage: backward ? hasMore : Boolean(args.after),
    totalCount: async () => {
      const [row] = await reader.run(base.clone().count({ n: '*' }));
      return Number(row?.n ?? 0);
    },
  };
}

export type { EntityName };
