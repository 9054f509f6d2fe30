import { randomUUID } from 'node:crypto';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST, Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { drainSignalOf } from '../../runtime/shutdown.js';
import { errorResponse, principalOf } from '../auth.js';
import { DEFAULT_MAX_SUBSCRIPTIONS } from '../cost-plugin.js';
import { isGraphQLError } from '../errors.js';
import { readAtMost } from '../limits.js';
import { documentIdHex } from '../trusted-documents.js';
import {
  DEFAULT_RESERVATION_TTL_MS,
  STREAM_PATH,
  type SubscriptionTransportOptions,
  TOKEN_HEADER,
  TOKEN_QUERY,
} from './options.js';
import { isAsyncIterable, wireResult } from './wire.js';

// GraphQL over SSE (the graphql-sse protocol) at /graphql/stream, both modes.

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

export function graphqlSsePlugin(options: SubscriptionTransportOptions): Plugin {
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
      const bytes = declared > options.maxBodyBytes ? null : await readAtMost(request.body, options.maxBodyBytes);
      if (bytes === null) {
        throw new Refusal(413, `The request body exceeds ${options.maxBodyBytes} bytes.`, 'PAYLOAD_TOO_LARGE');
      }
      const text = Buffer.from(bytes).toString('utf8');
      let body = text;
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
      } catch {}
      if (params && params.documentId !== undefined && params.documentId !== null) {
        if (params.query !== undefined && params.query !== null) {
          throw new Refusal(400, 'Send either `query` or `documentId`, not both.', 'BAD_REQUEST');
        }
        const id = documentIdHex(params.documentId);
        if (!id) {
          throw new Refusal(400, '`documentId` must be `sha256:` followed by 64 hexadecimal digits.', 'BAD_REQUEST');
        }
        const query = documents.get(id);
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
