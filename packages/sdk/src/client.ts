import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * A small GraphQL client with errors as values: `request` never throws for GraphQL, HTTP or network
 * failures; it returns `{ data, errors }` where every error carries a machine-readable `code`.
 */

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CURRENCY_MISMATCH'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | (string & {});

export interface ClientError {
  message: string;
  code: ErrorCode;
  path?: readonly (string | number)[];
  /** Per-field problems of a VALIDATION error. */
  issues?: { field: string; message: string }[];
  /** HTTP status when the server answered with one. */
  status?: number;
}

export type Result<TData> =
  | { ok: true; data: TData; errors: []; extensions?: Record<string, unknown> }
  | { ok: false; data: TData | null; errors: ClientError[]; extensions?: Record<string, unknown> };

export interface ClientOptions {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  apiKey: string;
  fetch?: typeof globalThis.fetch;
  /** Retries for queries on network errors, 429 and 5xx (never for mutations). Default 2. */
  retries?: number;
  /** Base back-off in ms, doubled each retry with jitter. Default 200. */
  retryDelayMs?: number;
  headers?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface Client {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<Result<TData>>;
}

interface WireError {
  message?: string;
  path?: (string | number)[];
  extensions?: { code?: string; issues?: { field: string; message: string }[] };
}

interface WirePayload {
  data?: unknown;
  errors?: WireError[];
  extensions?: Record<string, unknown>;
}

const printed = new WeakMap<object, { text: string; mutation: boolean }>();

function source(document: TypedDocumentNode<unknown, never>) {
  let entry = printed.get(document);
  if (!entry) {
    const mutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
    entry = { text: print(document), mutation };
    printed.set(document, entry);
  }
  return entry;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClient(options: ClientOptions): Client {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const retries = options.retries ?? 2;
  const baseDelay = options.retryDelayMs ?? 200;

  async function once(body: string, requestOptions?: RequestOptions) {
    return fetchFn(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${options.apiKey}`,
        ...options.headers,
        ...requestOptions?.headers,
      },
      body,
      signal: requestOptions?.signal,
    });
  }

  return {
    async request(document, variables, requestOptions) {
      const { text, mutation } = source(document as TypedDocumentNode<unknown, never>);
      const body = JSON.stringify({ query: text, variables: variables ?? {} });
      const attempts = mutation ? 1 : retries + 1;
      let last: ClientError = { message: 'No attempt was made', code: 'NETWORK_ERROR' };
      for (let attempt = 0; attempt < attempts; attempt++) {
        if (attempt > 0) await sleep(baseDelay * 2 ** (attempt - 1) * (0.5 + Math.random()));
        let response: Response;
        try {
          response = await once(body, requestOptions);
        } catch (error) {
          if (requestOptions?.signal?.aborted) {
            return { ok: false, data: null, errors: [{ message: 'Request aborted', code: 'NETWORK_ERROR' }] };
          }
          last = { message: error instanceof Error ? error.message : String(error), code: 'NETWORK_ERROR' };
          continue;
        }
        const retryable = response.status === 429 || response.status >= 500;
        let payload: WirePayload | null = null;
        try {
          payload = (await response.json()) as WirePayload;
        } catch {
          last = {
            message: `Unreadable response (HTTP ${response.status})`,
            code: response.ok ? 'BAD_RESPONSE' : 'HTTP_ERROR',
            status: response.status,
          };
          if (retryable) continue;
          return { ok: false, data: null, errors: [last] };
        }
        const errors: ClientError[] = (payload?.errors ?? []).map((e) => ({
          message: e.message ?? 'Unknown error',
          code: e.extensions?.code ?? (response.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR'),
          ...(e.path ? { path: e.path } : {}),
          ...(e.extensions?.issues ? { issues: e.extensions.issues } : {}),
          status: response.status,
        }));
        if (retryable && attempt < attempts - 1) {
          last = errors[0] ?? { message: `HTTP ${response.status}`, code: 'HTTP_ERROR', status: response.status };
          continue;
        }
        const data = (payload?.data ?? null) as never;
        if (errors.length === 0 && !response.ok) {
          errors.push({ message: `HTTP ${response.status}`, code: 'HTTP_ERROR', status: response.status });
        }
        if (errors.length === 0 && data != null) {
          return { ok: true, data, errors: [], extensions: payload?.extensions };
        }
        return { ok: false, data, errors, extensions: payload?.extensions };
      }
      return { ok: false, data: null, errors: [last] };
    },
  };
}
