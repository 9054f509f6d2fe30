import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
} from 'graphql';
import { ERROR_TYPENAMES, type ErrorTypename } from './__generated__/sdk.js';
import { CreatorgraphError } from './http-helpers.js';

/**
 * A small GraphQL client with errors as values: `request` never throws for network, HTTP, GraphQL or
 * domain failures. It returns `{ ok: true, data }` or `{ ok: false, error, errors, data }`, where `error`
 * is one discriminated value (`kind`) with a machine-readable `code`, whatever layer it came from.
 */

/** Codes the API and this client use; any other string the server sends passes through. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'VALIDATION'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CURRENCY_MISMATCH'
  | 'LAST_ADMIN_KEY'
  | 'QUERY_TOO_COSTLY'
  | 'RATE_LIMITED'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'OVERLOADED'
  | 'SERVICE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_ONLY'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | (string & {});

/** One invalid input field: `field` is its path, e.g. `input.budget.amountMinor`. */
export interface Issue {
  field: string;
  message: string;
}

interface ErrorBase {
  code: ErrorCode;
  message: string;
  /** Where in the response the error belongs (GraphQL and domain errors). */
  path?: readonly (string | number)[];
  /** Per-field problems of a VALIDATION (or BAD_USER_INPUT) error. */
  issues?: Issue[];
  /** HTTP status when the server answered. */
  status?: number;
  /** Seconds the server asked to wait before retrying (Retry-After), on 429 and 503. */
  retryAfter?: number;
}

/** The request did not get a usable answer: `network`, `timeout`, `aborted` (your signal) or `http` (no GraphQL body). */
export interface TransportError extends ErrorBase {
  kind: 'network' | 'timeout' | 'aborted' | 'http';
}

/** An entry of the response's top-level `errors`, e.g. UNAUTHENTICATED, RATE_LIMITED, BAD_USER_INPUT. */
export interface GraphQLResponseError extends ErrorBase {
  kind: 'graphql';
  extensions?: Record<string, unknown>;
}

/** What a union error member of a result looks like (`ValidationError`, `NotFoundError`, …). */
export interface DomainErrorMember {
  __typename: ErrorTypename;
  code?: string;
  message?: string;
  issues?: ReadonlyArray<{ field: string; message: string }>;
}

/**
 * A typed error a mutation or fallible query returned as its payload (`__typename` ends in `Error`):
 * nothing was written. `detail` is the error object as the operation selected it.
 */
export interface DomainError<TMember = DomainErrorMember> extends ErrorBase {
  kind: 'domain';
  typename: TMember extends { __typename: infer N } ? N : ErrorTypename;
  detail: TMember;
}

/** Every failure, discriminated by `kind`. `TMember` narrows `detail` of domain errors for one operation. */
export type ClientError<TMember = DomainErrorMember> = TransportError | GraphQLResponseError | DomainError<TMember>;

/** `extensions.cost` of every GraphQL response: the price of the operation and the budget after it. */
export interface QueryCost {
  /** Price computed before execution, taken from the budget. */
  requested: number;
  /** Price of what really ran (the difference is refunded); null when nothing ran. */
  actual: number | null;
  /** Capacity of the organization's bucket. */
  limit: number;
  /** Points available after this operation. */
  remaining: number;
  /** ISO time when the bucket is full again. */
  resetAt: string;
  /** Points restored per second. */
  restoreRate: number;
}

/** The `RateLimit-*` headers of the response. */
export interface RateLimitInfo {
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetAfter: number;
  /** The same as an ISO time, from this client's clock. */
  resetAt: string;
}

export interface ResponseExtensions {
  cost?: QueryCost;
  [key: string]: unknown;
}

type IsErrorMember<T> = T extends { __typename: ErrorTypename } ? T : never;

/** The union error members the root fields of `TData` may hold. */
export type DomainErrorOf<TData> = {
  [K in keyof TData]: IsErrorMember<NonNullable<TData[K]>>;
}[keyof TData];

/** `TData` with the error members removed from its root fields: what `data` holds when `ok` is true. */
export type Success<TData> = { [K in keyof TData]: Exclude<TData[K], { __typename: ErrorTypename }> };

interface ResultMeta {
  extensions?: ResponseExtensions;
  /** `extensions.cost`, typed. */
  cost?: QueryCost;
  /** The budget from the RateLimit headers of the last response. */
  rateLimit?: RateLimitInfo;
  /** HTTP status of the last response. */
  status?: number;
  /** Requests sent (1 unless retried or a persisted document fell back to text). */
  attempts: number;
}

export type Result<TData> =
  | ({ ok: true; data: Success<TData>; error?: undefined; errors: [] } & ResultMeta)
  | ({
      ok: false;
      /** Partial data when fields failed; the raw data (error member included) for domain errors. */
      data: TData | null;
      /** The failure to act on: the first of `errors`. */
      error: ClientError<DomainErrorOf<TData>>;
      errors: ClientError<DomainErrorOf<TData>>[];
    } & ResultMeta);

/** What `onRequest` sees before each attempt. `headers` may be changed. */
export interface RequestEvent {
  operationName: string | undefined;
  kind: 'query' | 'mutation' | 'subscription';
  url: string;
  attempt: number;
  body: RequestBody;
  headers: Record<string, string>;
}

/** What `onResponse` sees after each attempt. */
export interface ResponseEvent {
  operationName: string | undefined;
  kind: 'query' | 'mutation' | 'subscription';
  attempt: number;
  durationMs: number;
  result: Result<unknown>;
  /** Milliseconds before the next attempt, when there will be one. */
  retryInMs?: number;
}

export interface Logger {
  debug?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
}

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  apiKey: string;
  fetch?: typeof globalThis.fetch;
  /** Retries of queries on network errors, 502/503/504 and short 429s (never of mutations). Default 2. */
  retries?: number;
  /** Base back-off in ms, doubled each retry with jitter. Default 200. */
  retryDelayMs?: number;
  /** Longest wait before a retry; a Retry-After beyond it is returned at once with `retryAfter`. Default 5000. */
  maxRetryWaitMs?: number;
  /** Deadline of one call, retries included. Default 30 000; 0 for none. */
  timeoutMs?: number;
  /**
   * Send `documentId: 'sha256:…'` instead of the text (trusted documents): `true` only that, `'fallback'`
   * sends the text when the server does not know the document. Default false.
   */
  persisted?: boolean | 'fallback';
  headers?: Record<string, string>;
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  /** Gets a debug line per response and a warning per retry. */
  logger?: Logger;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Deadline of this call, overriding the client's. */
  timeoutMs?: number;
}

/** A typed document: a `TypedDocumentNode` (SDK, `graphql()`, codegen) or a client-preset `TypedDocumentString`. */
export type TypedDocument<TData, TVariables> =
  | TypedDocumentNode<TData, TVariables>
  | DocumentTypeDecoration<TData, TVariables>;

export interface Client {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocument<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<Result<TData>>;
}

/** The JSON body of a request: the text, or the trusted document's id. */
export type RequestBody =
  | { query: string; variables: Record<string, unknown>; operationName?: string }
  | { documentId: string; variables: Record<string, unknown>; operationName?: string };

/**
 * A typed document from text, for operations you type by hand: `graphql<MyQuery, MyVars>('query … { … }')`.
 * With the client preset (see the README), the generated `graphql()` infers the types instead.
 */
export function graphql<TData = unknown, TVariables = Record<string, never>>(
  source: string,
): TypedDocumentNode<TData, TVariables> {
  return parse(source) as TypedDocumentNode<TData, TVariables>;
}

interface WireError {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; issues?: Issue[]; retryAfter?: number; [key: string]: unknown };
}

interface WirePayload {
  data?: unknown;
  errors?: WireError[];
  extensions?: ResponseExtensions;
}

interface Operation {
  text: string;
  name: string | undefined;
  kind: 'query' | 'mutation' | 'subscription';
  hash?: Promise<string>;
}

const operations = new WeakMap<object, Operation>();
const byText = new Map<string, Operation>();

/**
 * The operation followed by its fragments sorted by name, each printed: the text the SDK's persisted
 * manifest hashes (codegen/shared.cjs), so a document's id is the SHA-256 of what would be sent.
 */
function canonical(document: DocumentNode): Operation {
  const isOp = (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION;
  const op = document.definitions.find(isOp);
  const fragments = document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .sort((a, b) => (a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0));
  const rest = document.definitions.filter((d) => !isOp(d) && d.kind !== Kind.FRAGMENT_DEFINITION);
  const ordered = [...(op ? [op] : []), ...fragments, ...rest];
  return {
    text: ordered.map((d) => print(d)).join('\n\n'),
    name: op?.name?.value,
    kind: op?.operation ?? 'query',
  };
}

function operationOf(document: TypedDocument<unknown, never>): Operation {
  if (typeof document === 'object' && document !== null && 'kind' in document) {
    let entry = operations.get(document);
    if (!entry) {
      entry = canonical(document as DocumentNode);
      operations.set(document, entry);
    }
    return entry;
  }
  // A string document (client preset with `documentMode: 'string'`).
  const text = String(document);
  let entry = byText.get(text);
  if (!entry) {
    entry = canonical(parse(text));
    byText.set(text, entry);
  }
  return entry;
}

async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The `documentId` the server's trusted-documents manifest knows this document by. */
export function documentIdOf(document: TypedDocument<unknown, never>): Promise<string> {
  const op = operationOf(document);
  op.hash ??= sha256(op.text);
  return op.hash.then((hash) => `sha256:${hash}`);
}

const errorTypenames: ReadonlySet<string> = new Set(ERROR_TYPENAMES);

/** `ValidationError` → `VALIDATION`, `NotFoundError` → `NOT_FOUND`: the code when none was selected. */
const codeOfTypename = (typename: string) =>
  typename
    .replace(/Error$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();

/** Union error members among the root fields of `data`. */
export function domainErrorsOf(data: unknown): DomainError[] {
  if (typeof data !== 'object' || data === null) return [];
  const found: DomainError[] = [];
  for (const [key, value] of Object.entries(data)) {
    const typename = (value as { __typename?: unknown } | null)?.__typename;
    if (typeof typename !== 'string' || !errorTypenames.has(typename)) continue;
    const detail = value as DomainErrorMember;
    found.push({
      kind: 'domain',
      code: detail.code ?? codeOfTypename(typename),
      message: detail.message ?? typename,
      path: [key],
      ...(detail.issues ? { issues: detail.issues.map(({ field, message }) => ({ field, message })) } : {}),
      typename: typename as ErrorTypename,
      detail,
    });
  }
  return found;
}

/**
 * graphql-js reports a variable that does not coerce as `Variable "$f" got invalid value "x" at "f.a.b"; …`:
 * the failing input path is kept as an issue, as for VALIDATION errors.
 */
export function coercionIssues(message: string): Issue[] | undefined {
  const match =
    /^Variable "\$([^"]+)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of (?:required|non-null) type)/.exec(
      message,
    );
  if (!match?.[1]) return undefined;
  return [{ field: match[2] ?? match[1], message }];
}

/** Retry-After as seconds: a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function rateLimitOf(headers: Headers): RateLimitInfo | undefined {
  const limit = headers.get('ratelimit-limit');
  const remaining = headers.get('ratelimit-remaining');
  const reset = headers.get('ratelimit-reset');
  if (limit === null || remaining === null || reset === null) return undefined;
  const resetAfter = Number(reset);
  return {
    limit: Number(limit),
    remaining: Number(remaining),
    resetAfter,
    resetAt: new Date(Date.now() + resetAfter * 1000).toISOString(),
  };
}

/** Codes of a server that will answer again soon (503): worth retrying a query. */
const UNAVAILABLE = new Set(['OVERLOADED', 'SERVICE_UNAVAILABLE', 'SHUTTING_DOWN']);

function codeOfStatus(status: number): ErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  return status >= 200 && status < 300 ? 'BAD_RESPONSE' : 'HTTP_ERROR';
}

type Interpreted = Result<unknown>;

/** One HTTP answer as a result. */
async function interpret(response: Response, attempts: number): Promise<Interpreted> {
  const status = response.status;
  const rateLimit = rateLimitOf(response.headers);
  const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const meta = { status, attempts, ...(rateLimit ? { rateLimit } : {}) };
  let payload: WirePayload | null = null;
  try {
    payload = (await response.json()) as WirePayload;
  } catch {
    payload = null;
  }
  if (payload === null || typeof payload !== 'object') {
    const error: TransportError = {
      kind: 'http',
      code: codeOfStatus(status),
      message: `Unreadable response (HTTP ${status})`,
      status,
      ...(headerRetryAfter !== undefined ? { retryAfter: headerRetryAfter } : {}),
    };
    return { ok: false, data: null, error, errors: [error], ...meta } as Interpreted;
  }
  const extensions = payload.extensions;
  const cost = extensions?.cost;
  const withExtensions = { ...meta, ...(extensions ? { extensions } : {}), ...(cost ? { cost } : {}) };
  const errors: ClientError[] = (payload.errors ?? []).map((e) => {
    const code = e.extensions?.code ?? (response.ok ? 'GRAPHQL_ERROR' : codeOfStatus(status));
    const message = e.message ?? 'Unknown error';
    const issues = e.extensions?.issues ?? (code === 'BAD_USER_INPUT' ? coercionIssues(message) : undefined);
    const retryAfter =
      headerRetryAfter ?? (typeof e.extensions?.retryAfter === 'number' ? e.extensions.retryAfter : undefined);
    const { http: _http, ...rest } = e.extensions ?? {};
    return {
      kind: 'graphql',
      code,
      message,
      ...(e.path ? { path: e.path } : {}),
      ...(issues ? { issues } : {}),
      status,
      ...(retryAfter !== undefined && (status === 429 || status === 503 || UNAVAILABLE.has(code))
        ? { retryAfter }
        : {}),
      extensions: rest,
    };
  });
  const data = payload.data ?? null;
  if (errors.length === 0 && !response.ok) {
    errors.push({ kind: 'http', code: codeOfStatus(status), message: `HTTP ${status}`, status });
  }
  if (errors.length === 0) errors.push(...domainErrorsOf(data).map((e) => ({ ...e, status })));
  if (errors.length === 0 && data !== null) {
    return { ok: true, data: data as Success<unknown>, errors: [], ...withExtensions };
  }
  if (errors.length === 0) {
    errors.push({ kind: 'http', code: 'BAD_RESPONSE', message: 'The response holds neither data nor errors', status });
  }
  return { ok: false, data, error: errors[0]!, errors, ...withExtensions } as Interpreted;
}

/** Milliseconds to wait before retrying a query after `result`, or undefined when it must not be retried. */
function retryDelay(
  result: Interpreted,
  retry: number,
  o: { baseDelay: number; maxWait: number },
): { waitMs: number } | { refuse: true } | undefined {
  if (result.ok) return undefined;
  const error = result.error;
  const backoff = o.baseDelay * 2 ** (retry - 1) * (0.5 + Math.random());
  if (error.kind === 'network') return { waitMs: backoff };
  const status = error.status ?? 0;
  const unavailable = status === 502 || status === 503 || status === 504 || UNAVAILABLE.has(error.code);
  const rateLimited = error.code === 'RATE_LIMITED';
  if (!unavailable && !rateLimited) return undefined;
  // A budget refusal without Retry-After cannot tell when it fits: not retried.
  if (rateLimited && error.retryAfter === undefined) return undefined;
  const asked = error.retryAfter === undefined ? 0 : error.retryAfter * 1000 * (1 + 0.1 * Math.random());
  const waitMs = Math.max(asked, unavailable ? backoff : 0);
  return waitMs > o.maxWait ? { refuse: true } : { waitMs };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export function createClient(options: ClientOptions): Client {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const retries = options.retries ?? 2;
  const baseDelay = options.retryDelayMs ?? 200;
  const maxWait = options.maxRetryWaitMs ?? 5_000;
  const persisted = options.persisted ?? false;
  /** Documents the server answered PERSISTED_QUERY_NOT_FOUND for: sent as text from then on (fallback mode). */
  const unknownIds = new Set<string>();

  async function request(
    document: TypedDocument<unknown, never>,
    variables: Record<string, unknown> | undefined,
    requestOptions: RequestOptions | undefined,
  ): Promise<Result<unknown>> {
    const op = operationOf(document);
    const timeoutMs = requestOptions?.timeoutMs ?? options.timeoutMs ?? 30_000;
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const started = Date.now();
    const outer = requestOptions?.signal;
    const forward = () => controller.abort();
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', forward, { once: true });
    const stopped = (attempts: number): Result<unknown> => {
      const error: TransportError = timedOut
        ? { kind: 'timeout', code: 'TIMEOUT', message: `No answer within ${timeoutMs} ms` }
        : { kind: 'aborted', code: 'ABORTED', message: 'Request aborted' };
      return { ok: false, data: null, error, errors: [error], attempts };
    };

    try {
      const documentId = persisted ? await documentIdOf(document) : undefined;
      let sendText = documentId === undefined || unknownIds.has(documentId);
      const attemptsAllowed = op.kind === 'mutation' ? 1 : retries + 1;
      let attempts = 0;
      let retry = 0;
      for (;;) {
        if (controller.signal.aborted) return stopped(attempts);
        attempts++;
        const vars = variables ?? {};
        const body: RequestBody =
          sendText || documentId === undefined
            ? { query: op.text, variables: vars, ...(op.name ? { operationName: op.name } : {}) }
            : { documentId, variables: vars, ...(op.name ? { operationName: op.name } : {}) };
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${options.apiKey}`,
          ...options.headers,
          ...requestOptions?.headers,
        };
        const common = { operationName: op.name, kind: op.kind };
        options.onRequest?.({ ...common, url: options.url, attempt: attempts, body, headers });
        const sentAt = Date.now();
        let result: Result<unknown>;
        try {
          const response = await fetchFn(options.url, {
            method: 'POST',
            headers,
            body: JSON.stringify(body),
            signal: controller.signal,
          });
          result = await interpret(response, attempts);
        } catch (error) {
          if (controller.signal.aborted) return stopped(attempts);
          const failure: TransportError = {
            kind: 'network',
            code: 'NETWORK_ERROR',
            message: error instanceof Error ? error.message : String(error),
          };
          result = { ok: false, data: null, error: failure, errors: [failure], attempts };
        }
        if (controller.signal.aborted) return stopped(attempts);

        // An unknown trusted document ran nothing: sending its text is safe, for mutations too.
        if (
          !result.ok &&
          !sendText &&
          documentId !== undefined &&
          persisted === 'fallback' &&
          result.error.code === 'PERSISTED_QUERY_NOT_FOUND'
        ) {
          unknownIds.add(documentId);
          sendText = true;
          options.onResponse?.({ ...common, attempt: attempts, durationMs: Date.now() - sentAt, result, retryInMs: 0 });
          options.logger?.debug?.(`${op.name ?? 'operation'}: unknown document id, sending the text`, { documentId });
          continue;
        }

        let retryInMs: number | undefined;
        if (!result.ok && attempts < attemptsAllowed) {
          const delay = retryDelay(result, retry + 1, { baseDelay, maxWait });
          const left = timeoutMs > 0 ? timeoutMs - (Date.now() - started) : Number.POSITIVE_INFINITY;
          if (delay && 'waitMs' in delay && delay.waitMs < left) retryInMs = delay.waitMs;
        }
        const durationMs = Date.now() - sentAt;
        options.onResponse?.({
          ...common,
          attempt: attempts,
          durationMs,
          result,
          ...(retryInMs !== undefined ? { retryInMs } : {}),
        });
        options.logger?.debug?.(`${op.name ?? 'operation'} ${result.status ?? '-'} in ${durationMs} ms`, {
          attempt: attempts,
          ok: result.ok,
          ...(result.cost ? { cost: result.cost } : {}),
          ...(result.ok ? {} : { code: result.error.code }),
        });
        if (retryInMs === undefined) return result;
        if (!result.ok) {
          options.logger?.warn?.(
            `${op.name ?? 'operation'}: ${result.error.code}, retrying in ${Math.round(retryInMs)} ms`,
            {
              attempt: attempts,
            },
          );
        }
        retry++;
        await sleep(retryInMs, controller.signal);
      }
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    }
  }

  return {
    request: request as Client['request'],
  };
}

/** The single root field's value of an operation's data, e.g. `CreateCampaignMutation` → its payload. */
export type PayloadOf<TData> = Success<TData>[Exclude<keyof TData, '__typename'>];

/**
 * The success payload of a one-field operation, or the error: `const r = unwrap(await cg.createCampaign(…));
 * if (!r.ok) return r.error; r.data.campaign`.
 */
export function unwrap<TData>(
  result: Result<TData>,
): { ok: true; data: PayloadOf<TData> } | { ok: false; error: ClientError<DomainErrorOf<TData>> } {
  if (!result.ok) return { ok: false, error: result.error };
  const keys = Object.keys(result.data as object).filter((k) => k !== '__typename');
  return { ok: true, data: (result.data as Record<string, unknown>)[keys[0]!] as PayloadOf<TData> };
}

/** Like `unwrap`, but throws a `CreatorgraphError` (its `error` is the value) on failure: for scripts where any error ends the run. */
export function unwrapOrThrow<TData>(result: Result<TData>): PayloadOf<TData> {
  const r = unwrap(result);
  if (!r.ok) throw new CreatorgraphError(result.ok ? [r.error] : (result.errors as ClientError[]));
  return r.data;
}
