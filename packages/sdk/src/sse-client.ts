import { type Client, createClient, type RequestParams } from 'graphql-sse';

/**
 * The graphql-sse client behind the Apollo link and the urql exchange (`@creatorgraph/sdk/apollo`,
 * `@creatorgraph/sdk/urql`). Not exported from the package root, which must not load graphql-sse.
 */

export interface SseOptions {
  /** The GraphQL endpoint, e.g. `https://api.example.com/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <key>`. A function is called for each connection (keys that rotate). */
  apiKey: string | (() => string | Promise<string>);
  /**
   * One event stream for every subscription (graphql-sse's single connection mode, at `streamUrl`)
   * instead of one per subscription at `url`. Browsers allow six HTTP/1.1 connections per host, so
   * several subscriptions over HTTP/1.1 want this; over HTTP/2 the default is fine.
   */
  singleConnection?: boolean;
  /** The single-connection endpoint (default `<url>/stream`). */
  streamUrl?: string;
  /** Extra headers of every request. */
  headers?: Record<string, string>;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** Reconnections after a network error before the subscription fails (graphql-sse's default: 5). */
  retryAttempts?: number;
}

/** A request as the clients hand it over; only the GraphQL-over-HTTP keys are read. */
export interface WireRequest {
  query?: string | undefined;
  /** A trusted document's id (`sha256:<hex>`), sent instead of `query` (urql with persisted documents). */
  documentId?: string | undefined;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
  extensions?: Record<string, unknown> | undefined;
}

/**
 * The body of a GraphQL-over-HTTP request and nothing more. The server refuses unknown keys with a 400,
 * and Apollo's operation carries `operationType` (and functions): spreading it into the body, as the
 * usual graphql-sse recipe does, fails every subscription.
 */
export function standardBody(request: WireRequest): RequestParams {
  const body: Record<string, unknown> = {};
  if (request.query !== undefined) body.query = request.query;
  if (request.documentId !== undefined) body.documentId = request.documentId;
  if (request.variables && Object.keys(request.variables).length > 0) body.variables = request.variables;
  if (request.operationName) body.operationName = request.operationName;
  if (request.extensions && Object.keys(request.extensions).length > 0) body.extensions = request.extensions;
  return body as unknown as RequestParams;
}

/** The endpoint a mode talks to: `url` for a stream per subscription, `<url>/stream` for a single connection. */
export function sseUrl(options: Pick<SseOptions, 'url' | 'singleConnection' | 'streamUrl'>): string {
  if (!options.singleConnection) return options.url;
  return options.streamUrl ?? `${options.url.replace(/\/+$/, '')}/stream`;
}

export function createSseClient(options: SseOptions): Client<boolean> {
  const { apiKey } = options;
  return createClient<boolean>({
    url: sseUrl(options),
    singleConnection: options.singleConnection ?? false,
    // A new object each time: in single connection mode graphql-sse adds its token to the headers it gets.
    headers: async () => ({
      ...options.headers,
      authorization: `Bearer ${typeof apiKey === 'function' ? await apiKey() : apiKey}`,
    }),
    ...(options.fetch ? { fetchFn: options.fetch } : {}),
    ...(options.retryAttempts !== undefined ? { retryAttempts: options.retryAttempts } : {}),
  });
}

/** graphql-sse reports failures as anything (a Response-carrying NetworkError, an event): clients expect an Error. */
export function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (Array.isArray(error))
    return new Error(error.map((e) => (e as { message?: string }).message ?? String(e)).join('; '));
  return new Error(String(error));
}
