import type { QueryCost, RequestOptions } from './client.js';
import { abortedError, CreatorgraphError, type HelperError, wait } from './http-helpers.js';

/**
 * `paginate(cg.creators, { filter })`: every node of a connection-returning method, page after page, as
 * an async iterator (like Octokit's `paginate`); `collect` gathers them into an array.
 */

/** The largest `first` a connection accepts: paginate asks for full pages unless told otherwise. */
export const MAX_PAGE_SIZE = 100;

interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Any SDK method whose variables take a cursor: `cg.creators`, `cg.discover`, `cg.search`, `cg.posts`… */
// biome-ignore lint/suspicious/noExplicitAny: the variables are checked through PageArgs.
export type PaginatedMethod = (variables: any, options?: RequestOptions) => Promise<{ ok: boolean; data: unknown }>;

/** The data of a method's successful result. */
export type DataOf<M extends PaginatedMethod> = NonNullable<Extract<Awaited<ReturnType<M>>, { ok: true }>['data']>;

/** The root field of `D` holding the connection: the one whose value has `pageInfo`. */
export type ConnectionKey<D> = {
  [K in keyof D]-?: NonNullable<D[K]> extends { pageInfo: PageInfoLike } ? K : never;
}[keyof D];

/** The connection a method returns. */
export type ConnectionOf<M extends PaginatedMethod> = NonNullable<DataOf<M>[ConnectionKey<DataOf<M>>]>;

/** One node of the connection: from `nodes`, else from `edges[].node`. */
export type NodeOf<M extends PaginatedMethod> =
  ConnectionOf<M> extends { nodes: readonly (infer N)[] }
    ? N
    : ConnectionOf<M> extends { edges: readonly { node: infer N }[] }
      ? N
      : never;

/** `M` when its data has a connection; else a type no method matches, so the call does not compile. */
export type WithConnection<M extends PaginatedMethod> = [ConnectionKey<DataOf<M>>] extends [never]
  ? { 'paginate needs a method whose result has a connection (pageInfo with nodes or edges)': never }
  : M;

/** The method's variables; `first` is the page size (default 100) and `after` where to start. */
export type PageArgs<M extends PaginatedMethod> =
  NonNullable<Parameters<M>[0]> extends { after?: unknown } ? NonNullable<Parameters<M>[0]> : never;

export interface PaginateOptions {
  /** Stops the iteration (and any wait): the iterator throws a CreatorgraphError with code ABORTED. */
  signal?: AbortSignal;
  /** Stops after this many nodes (the last page asks for no more than it needs). */
  max?: number;
  /**
   * The longest wait for the budget before a page, in ms (default 60,000): a low budget waits until it
   * refills for the next page, at most this long; a 429 is retried after its Retry-After only when that
   * is within this bound (else the iteration ends with the RATE_LIMITED error).
   */
  maxWaitMs?: number;
  /** Told before each wait for the budget: how long and why (e.g. to show it in a CLI). */
  onWait?: (ms: number, reason: 'budget' | 'rate-limited') => void;
  /** Request options of every page (headers…); its signal is replaced by `signal`. */
  request?: RequestOptions;
}

/** 429s retried in a row for one page before giving up. */
const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * How long to wait before a page costing `nextCost` so the budget can pay for it: 0 when `remaining`
 * covers it, else the time the bucket takes to regain the difference at `restoreRate` points per second.
 */
export function budgetDelayMs(cost: Partial<QueryCost> | undefined, nextCost: number): number {
  if (!cost || typeof cost.remaining !== 'number' || cost.remaining >= nextCost) return 0;
  const rate = cost.restoreRate;
  if (typeof rate !== 'number' || !(rate > 0)) return 0;
  return Math.ceil(((nextCost - cost.remaining) / rate) * 1000);
}

interface FoundConnection {
  pageInfo: PageInfoLike;
  nodes: unknown[];
}

/** The root field of `data` whose value has `pageInfo` and `nodes` or `edges`, with its nodes. */
export function findConnection(data: unknown): FoundConnection | null {
  if (!data || typeof data !== 'object') return null;
  for (const value of Object.values(data)) {
    if (!value || typeof value !== 'object' || !('pageInfo' in value)) continue;
    const connection = value as { pageInfo: PageInfoLike; nodes?: unknown[]; edges?: { node: unknown }[] };
    if (Array.isArray(connection.nodes)) return { pageInfo: connection.pageInfo, nodes: connection.nodes };
    if (Array.isArray(connection.edges)) {
      return { pageInfo: connection.pageInfo, nodes: connection.edges.map((e) => e.node) };
    }
  }
  return null;
}

/** A failed result's errors, the main one (`error` when the client gives one) first. */
export function resultErrors(result: unknown): HelperError[] {
  const r = result as { error?: HelperError | null; errors?: HelperError[] };
  const errors = Array.isArray(r.errors) ? r.errors : [];
  if (r.error) return [r.error, ...errors.slice(1)];
  if (errors.length > 0) return errors;
  return [{ kind: 'http', message: 'The request failed without an error', code: 'BAD_RESPONSE' }];
}

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/**
 * Every node of `method`'s connection, following `pageInfo.endCursor` while `hasNextPage`. Pages ask
 * for `args.first` nodes, by default 100 (the most a connection gives; halved while the server refuses
 * such a page as QUERY_TOO_COSTLY). Before a page, a budget the last
 * page reported too low for it (`extensions.cost.remaining` below that page's cost) is waited for, and a
 * RATE_LIMITED page is retried after its Retry-After, both within `maxWaitMs`.
 *
 * An error ends the iteration: nothing more is yielded and the iterator throws a `CreatorgraphError`
 * carrying the typed error (`code`, `path`, `issues`, `status`, `retryAfter`). Use `collect` to get
 * errors as values instead.
 *
 * @example
 * for await (const creator of paginate(cg.creators, { filter: { tier: 'MICRO' } })) console.log(creator.name);
 */
export async function* paginate<M extends PaginatedMethod>(
  method: M & WithConnection<M>,
  args?: PageArgs<M>,
  options: PaginateOptions = {},
): AsyncGenerator<NodeOf<M>, void, undefined> {
  const { signal, maxWaitMs = 60_000 } = options;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const base = (args ?? {}) as Record<string, unknown>;
  const chosen = positive(base.first);
  let pageSize = chosen ? (base.first as number) : MAX_PAGE_SIZE;
  let after = (base.after as string | null | undefined) ?? undefined;
  let yielded = 0;
  let retries = 0;
  const stop = (errors: HelperError[]) => new CreatorgraphError(errors);
  while (yielded < max) {
    if (signal?.aborted) throw stop([abortedError()]);
    const first = Math.min(pageSize, max - yielded);
    const result = await method(
      { ...base, first, ...(after !== undefined ? { after } : {}) },
      { ...options.request, ...(signal ? { signal } : {}) },
    );
    if (signal?.aborted) throw stop([abortedError()]);
    if (!result.ok) {
      const errors = resultErrors(result);
      // A default page too costly for one operation: halve it (a page size you chose is kept, and fails).
      if (errors[0]?.code === 'QUERY_TOO_COSTLY' && !chosen && first > 1) {
        pageSize = Math.ceil(first / 2);
        continue;
      }
      const retryAfter = errors[0]?.retryAfter;
      if (
        errors[0]?.code === 'RATE_LIMITED' &&
        typeof retryAfter === 'number' &&
        retryAfter * 1000 <= maxWaitMs &&
        retries < MAX_RATE_LIMIT_RETRIES
      ) {
        retries++;
        options.onWait?.(retryAfter * 1000, 'rate-limited');
        if (!(await wait(retryAfter * 1000, signal))) throw stop([abortedError()]);
        continue;
      }
      throw stop(errors);
    }
    retries = 0;
    const connection = findConnection(result.data);
    if (!connection) {
      throw stop([
        {
          kind: 'http',
          message: 'The result has no connection: a root field with pageInfo and nodes or edges',
          code: 'BAD_RESPONSE',
        },
      ]);
    }
    for (const node of connection.nodes) {
      yield node as NodeOf<M>;
      if (++yielded >= max) return;
    }
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage || !endCursor || connection.nodes.length === 0) return;
    after = endCursor;
    // The next page selects the same fields, so it costs what this one asked for.
    const cost = (result as { extensions?: { cost?: Partial<QueryCost> } }).extensions?.cost;
    const delay = Math.min(budgetDelayMs(cost, cost?.requested ?? 0), maxWaitMs);
    if (delay > 0) {
      options.onWait?.(delay, 'budget');
      if (!(await wait(delay, signal))) throw stop([abortedError()]);
    }
  }
}

/** What `collect` gives: every node, or the error that stopped it with the nodes read before it. */
export type CollectResult<TNode> =
  | { ok: true; data: TNode[]; error?: undefined; errors: [] }
  | { ok: false; data: TNode[]; error: HelperError; errors: HelperError[] };

/**
 * `paginate` into an array, errors as values: `{ ok: true, data }`, or `{ ok: false, error, data }` where
 * `data` holds the nodes read before the error.
 *
 * @example
 * const res = await collect(cg.search, { text: 'ana' }, { max: 250 });
 * if (!res.ok) console.error(res.error.code, res.error.message);
 */
export async function collect<M extends PaginatedMethod>(
  method: M & WithConnection<M>,
  args?: PageArgs<M>,
  options: PaginateOptions = {},
): Promise<CollectResult<NodeOf<M>>> {
  const data: NodeOf<M>[] = [];
  try {
    for await (const node of paginate(method, args, options)) data.push(node);
  } catch (error) {
    if (!(error instanceof CreatorgraphError)) throw error;
    return { ok: false, data, error: error.error, errors: error.errors };
  }
  return { ok: true, data, errors: [] };
}
