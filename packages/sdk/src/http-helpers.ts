import type { ClientError, ClientOptions } from './client.js';

/**
 * What the streaming helpers (paginate, subscribe, importData, exports) share: the error they report,
 * abortable waits, and reading a non-GraphQL answer (a 4xx JSON body, `Retry-After`).
 */

/** An error as the helpers report it: the client's discriminated error (`kind`, `code`, `retryAfter`…). */
export type HelperError = ClientError;

/**
 * Thrown by the helpers' async iterators (`paginate`, `subscribe.*`, export lines), which have no other
 * way to report a failure mid-loop; everything returning a promise gives errors as values instead.
 */
export class CreatorgraphError extends Error {
  override readonly name = 'CreatorgraphError';
  readonly code: HelperError['code'];
  readonly path?: HelperError['path'];
  readonly issues?: HelperError['issues'];
  readonly status?: number;
  readonly retryAfter?: number;
  /** The error as a value, the first of `errors`. */
  readonly error: HelperError;
  /** Every error of the answer that stopped the loop. */
  readonly errors: HelperError[];

  constructor(errors: HelperError[]) {
    const first: HelperError = errors[0] ?? { kind: 'http', message: 'Unknown error', code: 'BAD_RESPONSE' };
    super(first.message);
    this.error = first;
    this.errors = errors.length > 0 ? errors : [first];
    this.code = first.code;
    if (first.path) this.path = first.path;
    if (first.issues) this.issues = first.issues;
    if (first.status !== undefined) this.status = first.status;
    if (first.retryAfter !== undefined) this.retryAfter = first.retryAfter;
  }
}

/** Error code of a wait or stream ended by the caller's AbortSignal. */
export const ABORTED = 'ABORTED';

export const abortedError = (): HelperError => ({ kind: 'aborted', message: 'Aborted by the caller', code: ABORTED });

/** Waits `ms`, or less when `signal` aborts: resolves false then (never rejects). */
export function wait(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), undefined when absent or unreadable. */
export function retryAfterOf(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

interface WireError {
  message?: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    issues?: { field: string; message: string }[];
    retryAfter?: number;
    [key: string]: unknown;
  };
}

/** The errors of a GraphQL-shaped body (`{ errors: [...] }`), with the answer's status and Retry-After. */
export function wireErrors(errors: readonly WireError[], status?: number, retryAfter?: number): HelperError[] {
  return errors.map((e) => {
    const after = retryAfter ?? (typeof e.extensions?.retryAfter === 'number' ? e.extensions.retryAfter : undefined);
    const { http: _http, ...extensions } = e.extensions ?? {};
    return {
      kind: 'graphql' as const,
      message: e.message ?? 'Unknown error',
      code: e.extensions?.code ?? (status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR'),
      ...(e.path ? { path: e.path } : {}),
      ...(e.extensions?.issues ? { issues: e.extensions.issues } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(after !== undefined ? { retryAfter: after } : {}),
      extensions,
    };
  });
}

/** The typed errors of a failed HTTP answer: its JSON `errors` when it has them, else one HTTP_ERROR. */
export async function responseErrors(response: Response): Promise<HelperError[]> {
  const retryAfter = retryAfterOf(response.headers);
  let body: { errors?: WireError[] } | null = null;
  try {
    body = (await response.json()) as { errors?: WireError[] };
  } catch {
    // Not JSON (a proxy's page, say): the status is all there is.
  }
  const errors = Array.isArray(body?.errors) ? wireErrors(body.errors, response.status, retryAfter) : [];
  if (errors.length > 0) return errors;
  return [
    {
      kind: 'http',
      message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      code: response.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR',
      status: response.status,
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    },
  ];
}

/** A thrown fetch failure as a value: ABORTED when the caller's signal did it, else NETWORK_ERROR. */
export function fetchFailure(error: unknown, signal?: AbortSignal): HelperError {
  if (signal?.aborted) return abortedError();
  return { kind: 'network', message: error instanceof Error ? error.message : String(error), code: 'NETWORK_ERROR' };
}

/** The connection settings the helpers take from the client's options. */
export type HelperOptions = Pick<ClientOptions, 'url' | 'apiKey' | 'fetch' | 'headers'>;

export function fetchOf(options: HelperOptions): typeof globalThis.fetch {
  return options.fetch ?? globalThis.fetch;
}

/** Headers of every helper request: the key, the client's own headers, then the call's. */
export function headersOf(options: HelperOptions, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${options.apiKey}`, ...options.headers, ...extra };
}

/**
 * A sibling of the GraphQL endpoint: `export/creators.csv` next to `http://host/graphql` is
 * `http://host/export/creators.csv` (and under a prefix, `http://host/api/graphql` → `/api/export/…`).
 */
export function endpoint(options: HelperOptions, relative: string): URL {
  return new URL(relative, options.url);
}
