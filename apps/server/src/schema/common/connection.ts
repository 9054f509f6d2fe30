import { encodeCursor, type Page, pageSize, ValidationError } from '@creatorgraph/core';

/**
 * Turns a keyset page into a Relay connection with a lazy total count. Cursors are read only when a field
 * asks (pages encode them on first use): most lists, nested ones above all, never select one.
 */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map((node, i) => ({
      node,
      get cursor() {
        return page.cursors[i] as string;
      },
    })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return page.cursors[0] ?? null;
      },
      get endCursor() {
        return page.cursors.at(-1) ?? null;
      },
    },
    totalCount: page.totalCount,
  };
}

/**
 * The page size of a nested list, which takes `first` only (batched across parents, it cannot seek):
 * VALIDATION for `after`, `before` or `last`, and for `first` outside 1–100.
 */
export function nestedFirst(
  args: { first?: number | null; after?: unknown; before?: unknown; last?: unknown },
  field: string,
): number {
  if (args.after || args.before || args.last) {
    throw new ValidationError([
      { field, message: `nested ${field} take \`first\` only; use the top-level ${field} query to page` },
    ]);
  }
  return pageSize({ first: args.first ?? null }, `${field}.`).limit;
}

/**
 * The first page of a nested list from `first + 1` rows (the extra one tells whether more follow), with
 * the same cursors as the top-level connection ordered by `sortValue`.
 */
export function firstPage<T extends { id: number }>(
  rows: T[],
  first: number,
  sortValue: (item: T) => string | number | Date | null,
  totalCount: () => Promise<number>,
): Page<T> {
  const items = rows.slice(0, first);
  let cursors: string[] | undefined;
  return {
    items,
    get cursors() {
      cursors ??= items.map((item) => {
        const value = sortValue(item);
        return encodeCursor(value instanceof Date ? value.toISOString() : value, item.id);
      });
      return cursors;
    },
    hasNextPage: rows.length > first,
    hasPreviousPage: false,
    totalCount,
  };
}

export const connectionTotalCount = {
  fields: (t: PothosConnectionFieldBuilder) => ({
    totalCount: t.int({
      description: 'Number of items matching the filter, across all pages.',
      resolve: (conn: { totalCount?: () => Promise<number> }) => conn.totalCount?.() ?? 0,
    }),
  }),
};
// biome-ignore lint/suspicious/noExplicitAny: Pothos' connection field builder type is not exported by name.
type PothosConnectionFieldBuilder = any;
