import { randomUUID } from 'node:crypto';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST, Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { drainSignalOf } from '../runtime/shutdown.js';
import { errorResponse, principalOf } from './auth.js';
import { DEFAULT_MAX_SUBSCRIPTIONS } from './cost-plugin.js';
import { isGraphQLError } from './errors.js';
import type { TrustedDocuments } from './trusted-documents.js';

/**
 * Subscription transports beyond Yoga's own Server-Sent Events at /graphql (distinct connections):
 *
 * - GraphQL over SSE (the graphql-sse protocol) at /graphql/stream, both modes, through
 *   @graphql-yoga/plugin-graphql-sse. Single connection mode: PUT reserves a stream token, GET with the
 *   token (`X-GraphQL-Event-Stream-Token` or `?token=`) and `Accept: text/event-stream` listens, POST
 *   starts an operation on it (`extensions.operationId`), DELETE `?operationId=` stops one. Distinct
 *   connections mode: GET or POST with `Accept: text/event-stream` and no token.
 * - Multipart HTTP subscriptions at /graphql: `Accept: multipart/mixed;subscriptionSpec=1.0` gets Apollo's
 *   protocol (parts `{"payload":…}`, a `{}` heartbeat every few seconds); `multipart/mixed` without the
 *   parameter gets one part per result (the incremental delivery framing).
 *
 * Every transport runs operations through Yoga's envelop (parse, validate, context, cost plugin,
 * subscription resolver), so a subscription takes one of its organization's slots whichever transport
 * carries it, and a revoked key's subscription ends the same way everywhere.
 *
 * What the stream endpoint adds, since graphql-sse bypasses Yoga's request pipeline: the key is checked on
 * every method (auth.ts), POST bodies are bounded like /graphql's, keys limited to trusted documents stay
 * limited (a POST may name one by `documentId`), tokens are chosen by the server and bound to the
 * organization that reserved them, at most `maxStreamsPerOrganization` streams (reserved or open) exist per
 * organization, a reservation not connected within `reservationTtlMs` is dropped with its operations, every
 * refusal is JSON with a code, and a draining server ends each stream once its operations have completed.
 */

export const STREAM_PATH = '/graphql/stream';
/** graphql-sse's names for the stream token (its `TOKEN_HEADER_KEY` and `TOKEN_QUERY_KEY`). */
const TOKEN_HEADER = 'x-graphql-event-stream-token';
const TOKEN_QUERY = 'token';
/** A reserved stream nobody connected to within this time is dropped: clients connect right after the PUT. */
export const DEFAULT_RESERVATION_TTL_MS = 10_000;
/** Apollo's multipart subscription protocol: a heartbeat part about every 5 s keeps proxies from timing out. */
export const MULTIPART_HEARTBEAT_MS = 5_000;

export interface SubscriptionTransportOptions {
  /** Largest POST body on the stream endpoint, in bytes (the same limit as /graphql's). */
  maxBodyBytes: number;
  /**
   * Single-connection streams one organization may hold (reserved or open) on this server; by default its
   * subscription limit, since a stream without a subscription carries nothing.
   */
  maxStreamsPerOrganization?: number;
  /** How long a reserved stream token waits for its event stream. */
  reservationTtlMs?: number;
  /** The trusted documents (keys marked trusted-documents-only may run nothing else). */
  trustedDocuments?: TrustedDocuments;
  /** False in production: no "Did you mean …" in error messages (as /graphql). */
  suggestions?: boolean;
  /** Interval of the heartbeat parts of Apollo's multipart protocol. */
  heartbeatMs?: number;
  logger?: Logger;
}

export function subscriptionTransportPlugins(options: SubscriptionTransportOptions): Plugin[] {
  return [graphqlSsePlugin(options), multipartSubscriptionsPlugin(options)];
}

// ---------------------------------------------------------------------------------------------------------
// Results as they go on the wire

const SUGGESTION = /\s?Did you mean .*$/s;

/** A result without the server's internals (`extensions.http`, `unexpected`), as Yoga serialises results. */
export function wireResult(result: ExecutionResult, suggestions = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('data' in result) out.data = result.data;
  if (result.errors?.length) out.errors = result.errors.map((error) => wireError(error, suggestions));
  const { http: _http, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
  if (Object.keys(extensions).length) out.extensions = extensions;
  return out;
}

function wireError(error: GraphQLError, suggestions: boolean): Record<string, unknown> {
  const json: Record<string, unknown> =
    typeof error.toJSON === 'function' ? { ...error.toJSON() } : { message: String(error.message) };
  const { http: _http, unexpected: _unexpected, ...extensions } = (json.extensions ?? {}) as Record<string, unknown>;
  delete json.extensions;
  if (!suggestions) json.message = String(json.message).replace(SUGGESTION, '');
  return Object.keys(extensions).length ? { ...json, extensions } : json;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL over SSE (graphql-sse) at /graphql/stream

interface Reservation {
  token: string;
  organization: string;
  /** Operations started on the stream that it has not yet completed, by id. */
  ops: Set<string>;
  connected: boolean;
  /** Set once the server drains: the stream ends when its last operation has completed. */
  draining: boolean;
  expiry?: ReturnType<typeof setTimeout>;
}

type Enveloped = {
  parse: (source: string, ...rest: unknown[]) => DocumentNode;
  validate: (schema: unknown, document: DocumentNode, ...rest: unknown[]) => readonly GraphQLError[];
  execute: (args: unknown) => unknown;
  subscribe: (args: unknown) => unknown;
};

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

async function* once(result: ExecutionResult): AsyncGenerator<ExecutionResult> {
  yield result;
}

/** Every result as a stream: graphql-sse takes a result without `data` (a refusal) for arguments. */
async function streamed(result: unknown): Promise<AsyncIterable<ExecutionResult>> {
  const value = await result;
  return isAsyncIterable(value) ? value : once(value as ExecutionResult);
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Yoga's envelop as the graphql-sse plugin calls it, with the refusals /graphql gives: a document that does
 * not parse or validate becomes one coded error event (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED)
 * instead of the plugin's uncoded answers, and every result is a stream (see `streamed`).
 */
function guarded(enveloped: Enveloped): Enveloped {
  let refused: GraphQLError[] | undefined;
  return {
    ...enveloped,
    parse(source, ...rest) {
      try {
        return enveloped.parse(source, ...rest);
      } catch (error) {
        if (!isGraphQLError(error)) throw error;
        refused = [withCode(error, 'GRAPHQL_PARSE_FAILED')];
        return EMPTY_DOCUMENT;
      }
    },
    validate(schema, document, ...rest) {
      if (refused) return [];
      const errors = enveloped.validate(schema, document, ...rest);
      if (errors.length) refused = errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
      return [];
    },
    execute: (args) => (refused ? once({ errors: refused }) : streamed(enveloped.execute(args))),
    subscribe: (args) => (refused ? once({ errors: refused }) : streamed(enveloped.subscribe(args))),
  };
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

const STREAM_HELP =
  'Subscribe with `Accept: text/event-stream` (one connection per operation), or reserve a stream with PUT and send its token as `X-GraphQL-Event-Stream-Token`.';

/** What to say when graphql-sse refused without a message. */
const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'The request is malformed.',
  404: `Stream not found: it expired, ended or was never reserved. ${STREAM_HELP}`,
  405: 'Use PUT to reserve a stream, GET to listen to it, POST to start an operation and DELETE to stop one.',
  406: 'Reserve a stream with `Accept: text/plain` (or none), listen with `Accept: text/event-stream`, and send operations with `Accept: application/json`.',
  409: 'The stream or the operation already exists.',
  415: 'Send GraphQL operations as application/json.',
};

function tokenOf(request: Request): string | null {
  return request.headers.get(TOKEN_HEADER) ?? new URL(request.url).searchParams.get(TOKEN_QUERY);
}

/** The id of the operation an SSE message completes (`event: complete` with `{"id":…}`), if it is one. */
function completedOperation(message: string): string | undefined {
  const lines = message.split('\n');
  if (!lines.some((l) => /^event:\s*complete\s*$/.test(l))) return undefined;
  const data = lines
    .filter((l) => l.startsWith('data:'))
    .map((l) => l.slice(5).trim())
    .join('\n');
  try {
    const id = (JSON.parse(data) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a document's operation is a mutation (false when it does not parse: graphql-sse reports that). */
function isMutation(query: string, operationName: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName)?.operation === 'mutation';
  } catch {
    return false;
  }
}

type RequestPayload = Parameters<NonNullable<Plugin['onRequest']>>[0];

/** A refusal: the caller gets `status` with a coded JSON body. */
class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** Reads at most `limit` bytes of a body; null once it passes the limit. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<string | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function graphqlSsePlugin(options: SubscriptionTransportOptions): Plugin {
  const maxStreams = options.maxStreamsPerOrganization ?? DEFAULT_MAX_SUBSCRIPTIONS;
  const ttl = options.reservationTtlMs ?? DEFAULT_RESERVATION_TTL_MS;
  const documents = options.trustedDocuments ?? new Map<string, string>();
  const trustedTexts = new Set(documents.values());
  const suggestions = options.suggestions ?? true;
  const { logger } = options;

  const reservations = new Map<string, Reservation>();
  const held = new Map<string, number>();
  /** The token a PUT gets: always the server's, so a caller can neither pick nor probe one. */
  const assigned = new WeakMap<Request, string>();
  let fetchAPI: typeof globalThis | undefined;

  const inner = useGraphQLSSE({
    endpoint: STREAM_PATH,
    authenticate: (req) => assigned.get(req.raw) ?? tokenOf(req.raw) ?? randomUUID(),
    onNext: (_ctx, _req, result) => wireResult(result as ExecutionResult, suggestions) as ExecutionResult,
  });

  /** Runs graphql-sse's handler on `request` and returns its answer. */
  const run = async (payload: RequestPayload, request = payload.request): Promise<Response> => {
    let response: Response | undefined;
    await inner.onRequest?.({
      ...payload,
      request,
      endResponse: (r: Response) => {
        response = r;
      },
    } as never);
    if (!response) throw new Error('graphql-sse gave no answer');
    return response;
  };

  const forget = (reservation: Reservation) => {
    if (reservations.get(reservation.token) !== reservation) return;
    reservations.delete(reservation.token);
    clearTimeout(reservation.expiry);
    const left = (held.get(reservation.organization) ?? 1) - 1;
    if (left <= 0) held.delete(reservation.organization);
    else held.set(reservation.organization, left);
  };

  /**
   * Drops a reservation nobody connected to, with the operations already started on it: graphql-sse frees a
   * stream only when its event stream ends, so an event stream that is over before it starts (an aborted
   * request) is handed to it.
   */
  const expire = async (reservation: Reservation) => {
    if (reservation.connected || reservations.get(reservation.token) !== reservation) return;
    forget(reservation);
    const request = new Request(`http://localhost${STREAM_PATH}`, {
      headers: { accept: 'text/event-stream', [TOKEN_HEADER]: reservation.token },
      signal: AbortSignal.abort(),
    });
    try {
      const response = await run({ request, serverContext: {} } as RequestPayload, request);
      await response.body?.cancel();
    } catch (error) {
      logger?.error({ err: error }, 'could not drop an expired stream reservation');
    }
  };

  /** graphql-sse's refusals (often an empty body or a message without a code) as coded JSON. */
  const coded = async (request: Request, response: Response): Promise<Response> => {
    if (response.status < 400) return response;
    const api = fetchAPI as typeof globalThis;
    const text = await response.text().catch(() => '');
    let message: string | undefined;
    try {
      const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      if (body.errors?.[0]?.extensions?.code) {
        return new api.Response(text, { status: response.status, headers: response.headers });
      }
      message = body.errors?.[0]?.message;
    } catch {}
    const headers: Record<string, string> = {};
    const allow = response.headers.get('allow');
    if (allow) headers.allow = allow;
    const status = response.status;
    if (status === 404 && message === 'Stream not found') message = undefined;
    return errorResponse(
      api,
      request,
      status,
      message
        ? /[.!?]$/.test(message)
          ? message
          : `${message}.`
        : (DEFAULT_MESSAGES[status] ?? 'The request was refused.'),
      CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
      headers,
    );
  };

  /**
   * The parameters of an operation request, checked like /graphql's: a bounded body, trusted documents
   * (`documentId` resolved to its text, or a trusted-documents-only key refused). Hands graphql-sse the
   * body it read (graphql-sse reads it with `request.text()`); null when graphql-sse should refuse it.
   */
  const operationParams = async (request: Request): Promise<{ query?: unknown; extensions?: unknown } | null> => {
    const principal = principalOf(request);
    let params: Record<string, unknown> | null = null;
    /** The query is a trusted document's, named by `documentId`. */
    let named = false;
    if (request.method === 'GET') {
      const search = new URL(request.url).searchParams;
      params = { query: search.get('query') ?? undefined };
      // The plugin runs what it is given: a mutation over GET is refused here, as on /graphql (GET is safe).
      if (typeof params.query === 'string' && isMutation(params.query, search.get('operationName'))) {
        throw new Refusal(405, 'Mutations cannot be sent with GET: use POST.', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
      }
    } else if (request.method === 'POST') {
      if (!request.headers.get('content-type')?.includes('application/json') || !request.body) return null;
      const declared = Number(request.headers.get('content-length') ?? 0);
      const text = declared > options.maxBodyBytes ? null : await readLimited(request.body, options.maxBodyBytes);
      if (text === null) {
        throw new Refusal(413, `The request body exceeds ${options.maxBodyBytes} bytes.`, 'PAYLOAD_TOO_LARGE');
      }
      let body = text;
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
      } catch {}
      if (params && params.documentId !== undefined && params.documentId !== null) {
        if (params.query !== undefined && params.query !== null) {
          throw new Refusal(400, 'Send either `query` or `documentId`, not both.', 'BAD_REQUEST');
        }
        const id =
          typeof params.documentId === 'string' ? /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(params.documentId) : null;
        if (!id?.[1]) {
          throw new Refusal(400, '`documentId` must be `sha256:` followed by 64 hexadecimal digits.', 'BAD_REQUEST');
        }
        const query = documents.get(id[1].toLowerCase());
        if (!query) throw new Refusal(404, 'No trusted document has this `documentId`.', 'PERSISTED_QUERY_NOT_FOUND');
        const { documentId: _documentId, ...rest } = params;
        params = { ...rest, query };
        named = true;
        body = JSON.stringify(params);
      }
      Object.defineProperty(request, 'text', { value: async () => body, configurable: true });
    }
    if (
      principal?.key.trustedDocumentsOnly &&
      params &&
      !named &&
      !(typeof params.query === 'string' && trustedTexts.has(params.query))
    ) {
      throw new Refusal(
        403,
        'This API key may only run trusted documents: send a `documentId` instead of `query`.',
        'PERSISTED_QUERY_ONLY',
      );
    }
    return params;
  };

  /**
   * The event stream of a reservation, watched: it is forgotten when it ends, and on drain it ends (after the
   * `complete` of its last operation) instead of waiting for a client that may never leave.
   */
  const watched = (reservation: Reservation, response: Response, payload: RequestPayload): Response => {
    const api = fetchAPI as typeof globalThis;
    const { request } = payload;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const drain = drainSignalOf(payload.serverContext);
    let buffer = '';
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    let finished = false;
    const finish = (cancelInner: boolean) => {
      if (finished) return false;
      finished = true;
      forget(reservation);
      drain?.removeEventListener('abort', onDrain);
      request.signal.removeEventListener('abort', onGone);
      if (cancelInner) reader.cancel().catch(() => {});
      return true;
    };
    /** Ends the stream; inside `pull`, through that call's controller (a ponyfilled stream flushes it last). */
    const endNow = (current = controller) => {
      if (!finish(true)) return;
      try {
        current?.close();
      } catch {}
    };
    const onDrain = () => {
      reservation.draining = true;
      if (reservation.ops.size === 0) endNow();
    };
    const onGone = () => finish(true);
    request.signal.addEventListener('abort', onGone, { once: true });
    drain?.addEventListener('abort', onDrain, { once: true });
    const body = new api.ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
        if (drain?.aborted) onDrain();
      },
      async pull(c) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (finish(false)) c.error(error);
          return;
        }
        if (finished) return;
        if (chunk.done) {
          finish(false);
          c.close();
          return;
        }
        c.enqueue(chunk.value);
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const id = completedOperation(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (id !== undefined) reservation.ops.delete(id);
        }
        if (reservation.draining && reservation.ops.size === 0) endNow(c);
      },
      cancel(reason) {
        finish(false);
        return reader.cancel(reason);
      },
    });
    return new api.Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };

  const handle = async (payload: RequestPayload): Promise<Response> => {
    const { request } = payload;
    const principal = principalOf(request);
    if (!principal) {
      // auth.ts answers first; this only guards against a request reaching here without a caller.
      throw new Refusal(401, 'Missing API key: send it as `Authorization: Bearer <key>`.', 'UNAUTHENTICATED', {
        'www-authenticate': 'Bearer realm="creatorgraph"',
      });
    }
    const organization = String(principal.organization.id);
    const accept = request.headers.get('accept') ?? '*/*';
    const token = tokenOf(request);

    if (request.method === 'PUT') {
      if ((held.get(organization) ?? 0) >= maxStreams) {
        throw new Refusal(
          429,
          `Your organization already holds ${maxStreams} event streams on this server: close one (an unused reservation expires after ${Math.ceil(ttl / 1000)} s) before reserving another.`,
          'TOO_MANY_STREAMS',
          { 'retry-after': String(Math.ceil(ttl / 1000)) },
        );
      }
      const reservation: Reservation = {
        token: randomUUID(),
        organization,
        ops: new Set(),
        connected: false,
        draining: false,
      };
      // Counted before graphql-sse answers, so that concurrent PUTs cannot pass the cap together.
      reservations.set(reservation.token, reservation);
      held.set(organization, (held.get(organization) ?? 0) + 1);
      assigned.set(request, reservation.token);
      const response = await run(payload).catch((error: unknown) => {
        forget(reservation);
        throw error;
      });
      if (response.status !== 201) {
        forget(reservation);
        return response;
      }
      reservation.expiry = setTimeout(() => void expire(reservation), ttl);
      reservation.expiry.unref?.();
      return response;
    }

    if (token === null) {
      // Distinct connections mode, or nothing graphql-sse serves (it answers).
      if (accept === 'text/event-stream' && (request.method === 'GET' || request.method === 'POST')) {
        await operationParams(request);
      }
      return run(payload);
    }

    // A token names a stream of the caller's organization; another's is not found, like an unknown one.
    const reservation = reservations.get(token);
    if (!reservation || reservation.organization !== organization) {
      throw new Refusal(404, DEFAULT_MESSAGES[404] as string, 'NOT_FOUND');
    }
    if (request.method === 'GET' && accept === 'text/event-stream') {
      if (reservation.connected) throw new Refusal(409, 'This stream is already open.', 'CONFLICT');
      reservation.connected = true;
      clearTimeout(reservation.expiry);
      const response = await run(payload);
      if (response.status !== 200 || !response.body) {
        forget(reservation);
        return response;
      }
      return watched(reservation, response, payload);
    }
    if (request.method === 'GET' || request.method === 'POST') {
      const params = await operationParams(request);
      const id = (params?.extensions as { operationId?: unknown } | undefined)?.operationId;
      const opId = id === undefined || id === null ? '' : String(id);
      // Counted before graphql-sse runs it: its `complete` may pass through the stream before this returns.
      const fresh = opId !== '' && !reservation.ops.has(opId);
      if (fresh) reservation.ops.add(opId);
      const response = await run(payload);
      if (fresh && response.status !== 202) reservation.ops.delete(opId);
      return response;
    }
    return run(payload);
  };

  return {
    onYogaInit({ yoga }) {
      fetchAPI = yoga.fetchAPI as unknown as typeof globalThis;
      const getEnveloped = yoga.getEnveloped.bind(yoga);
      inner.onYogaInit?.({
        yoga: {
          fetchAPI: yoga.fetchAPI,
          getEnveloped: (initial: object) => guarded(getEnveloped(initial as never) as unknown as Enveloped),
        },
      } as never);
    },
    async onRequest(payload) {
      const { request, url, endResponse } = payload;
      if (url.pathname !== STREAM_PATH || request.method === 'OPTIONS') return;
      const api = payload.fetchAPI as unknown as typeof globalThis;
      try {
        const response = await coded(request, await handle(payload));
        // Events as they come: no proxy buffering (nginx) in front of an event stream.
        if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
          response.headers.set('x-accel-buffering', 'no');
        }
        endResponse(response);
      } catch (error) {
        if (error instanceof Refusal) {
          endResponse(errorResponse(api, request, error.status, error.message, error.code, error.headers));
          return;
        }
        logger?.error({ err: error }, 'GraphQL over SSE request failed');
        endResponse(errorResponse(api, request, 500, 'Unexpected error.', 'INTERNAL_SERVER_ERROR'));
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Multipart HTTP subscriptions at /graphql

interface MediaRange {
  type: string;
  params: Map<string, string>;
  q: number;
  index: number;
}

function mediaRanges(accept: string | null): MediaRange[] {
  return (accept ?? '*/*')
    .split(',')
    .map((entry, index) => {
      const [type = '', ...rest] = entry.split(';').map((s) => s.trim());
      const params = new Map(
        rest.map((p) => {
          const i = p.indexOf('=');
          return [
            p.slice(0, i).trim().toLowerCase(),
            p
              .slice(i + 1)
              .trim()
              .replace(/^"(.*)"$/, '$1'),
          ] as const;
        }),
      );
      const q = params.has('q') ? Number(params.get('q')) : 1;
      return { type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.type && r.q > 0);
}

/** The best range among `types` (highest q, then first listed). */
function best(ranges: MediaRange[], types: string[]): MediaRange | undefined {
  return ranges.filter((r) => types.includes(r.type)).sort((a, b) => b.q - a.q || a.index - b.index)[0];
}

/**
 * How a subscription's stream is sent: multipart when the caller asks for `multipart/mixed` over
 * `text/event-stream` (Apollo's protocol with `subscriptionSpec`), SSE when it accepts that (Yoga's own),
 * else nothing.
 */
export function streamMediaType(accept: string | null): 'apollo' | 'multipart' | 'sse' | null {
  const ranges = mediaRanges(accept);
  const multipart = best(ranges, ['multipart/mixed', 'multipart/*']);
  const sse = best(ranges, ['text/event-stream', 'text/*', '*/*']);
  if (multipart && (!sse || multipart.q > sse.q || (multipart.q === sse.q && multipart.index < sse.index))) {
    return multipart.params.has('subscriptionspec') ? 'apollo' : 'multipart';
  }
  return sse ? 'sse' : null;
}

/**
 * A subscription as a multipart/mixed stream. Apollo's protocol (`apollo`): boundary `graphql`, each event
 * `{"payload":<result>}`, a `{}` heartbeat part at the start and every `heartbeatMs`, a failure as
 * `{"payload":null,"errors":[…]}`. Otherwise one part per result under boundary `-`. The stream ends with
 * the closing boundary when the subscription ends, and the subscription ends when the caller leaves.
 */
export function multipartSubscriptionResponse(
  result: AsyncIterable<ExecutionResult>,
  request: Request,
  api: typeof globalThis,
  options: { apollo: boolean; heartbeatMs?: number; suggestions?: boolean; logger?: Logger },
): Response {
  const { apollo, heartbeatMs = MULTIPART_HEARTBEAT_MS, suggestions = true, logger } = options;
  const boundary = apollo ? 'graphql' : '-';
  const encoder = new TextEncoder();
  const part = (json: string) =>
    encoder.encode(`\r\ncontent-type: application/json; charset=utf-8\r\n\r\n${json}\r\n--${boundary}`);
  const iterator = result[Symbol.asyncIterator]();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const stop = () => {
    if (closed) return false;
    closed = true;
    clearInterval(heartbeat);
    request.signal.removeEventListener('abort', onGone);
    return true;
  };
  const onGone = () => {
    if (!stop()) return;
    void Promise.resolve(iterator.return?.()).catch(() => {});
    try {
      controller?.close();
    } catch {}
  };
  const body = new api.ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(encoder.encode(`\r\n--${boundary}`));
      if (apollo) {
        // At once: the client sees the stream open before the first event.
        c.enqueue(part('{}'));
        heartbeat = setInterval(() => {
          if (!closed && (c.desiredSize ?? 1) > 0) c.enqueue(part('{}'));
        }, heartbeatMs);
        heartbeat.unref?.();
      }
      if (request.signal.aborted) onGone();
      else request.signal.addEventListener('abort', onGone, { once: true });
    },
    async pull(c) {
      let next: IteratorResult<ExecutionResult>;
      try {
        next = await iterator.next();
      } catch (error) {
        if (!stop()) return;
        logger?.error({ err: error }, 'subscription failed while streaming');
        const errors = [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
        c.enqueue(part(JSON.stringify(apollo ? { payload: null, errors } : { errors })));
        c.enqueue(encoder.encode('--\r\n'));
        c.close();
        return;
      }
      if (closed) return;
      if (next.done) {
        stop();
        c.enqueue(encoder.encode('--\r\n'));
        c.close();
        return;
      }
      const json = JSON.stringify(wireResult(next.value, suggestions));
      c.enqueue(part(apollo ? `{"payload":${json}}` : json));
    },
    async cancel() {
      if (stop()) await iterator.return?.();
    },
  });
  return new api.Response(body, {
    status: 200,
    headers: {
      'content-type': apollo
        ? 'multipart/mixed;boundary="graphql";subscriptionSpec=1.0'
        : 'multipart/mixed;boundary="-"',
      // Every part as it comes: no proxy buffering or transformation (compression included).
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}

/** A stream the caller cannot accept: a coded 406, and the subscription that was started ends at once. */
function notAcceptable(result: AsyncIterable<ExecutionResult>, request: Request, api: typeof globalThis): Response {
  void Promise.resolve(result[Symbol.asyncIterator]().return?.()).catch(() => {});
  return errorResponse(
    api,
    request,
    406,
    'A subscription is a stream: accept `text/event-stream` (Server-Sent Events) or `multipart/mixed` (multipart HTTP, `subscriptionSpec=1.0` for Apollo Client), or use /graphql/stream (graphql-sse).',
    'NOT_ACCEPTABLE',
    { accept: 'text/event-stream, multipart/mixed' },
  );
}

/**
 * Yoga serves subscriptions as SSE only: a request that accepts only multipart/mixed (Apollo Client's
 * HttpLink) got 406, after the subscription had started. This serves those as multipart, and ends a
 * subscription nobody can receive.
 */
function multipartSubscriptionsPlugin(options: SubscriptionTransportOptions): Plugin {
  const { heartbeatMs, suggestions, logger } = options;
  return {
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      if (!isAsyncIterable(result)) return;
      const kind = streamMediaType(request.headers.get('accept'));
      if (kind === 'apollo' || kind === 'multipart') {
        setResultProcessor(
          (r, api) =>
            multipartSubscriptionResponse(r as AsyncIterable<ExecutionResult>, request, api as typeof globalThis, {
              apollo: kind === 'apollo',
              heartbeatMs,
              suggestions,
              logger,
            }),
          'multipart/mixed',
        );
        return;
      }
      if (!resultProcessor) {
        setResultProcessor(
          (r, api) => notAcceptable(r as AsyncIterable<ExecutionResult>, request, api as typeof globalThis),
          'application/json',
        );
      }
    },
  };
}
