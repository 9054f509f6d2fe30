import { DomainError, ValidationError } from '@creatorgraph/core';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ScopeError } from '../builder.js';

/**
 * Error mapping for every response: the caller's mistakes keep their message and location and gain a
 * code (4xx class); a database out of reach is SERVICE_UNAVAILABLE with HTTP 503 and `Retry-After`, so
 * clients retry; anything else is a bug, masked as INTERNAL_SERVER_ERROR.
 *
 * `http.spec` marks request errors that the GraphQL over HTTP spec answers with 400 under
 * `application/graphql-response+json` and with 200 under legacy `application/json` (Yoga drops the
 * status for the latter).
 */

/**
 * Duck-typed: graphql may be loaded both as CommonJS and as ESM (one copy per module system), and an
 * instanceof check against the other copy's class fails.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** A request error: the whole request was refused before execution, so the spec wants a 4xx. */
export const REQUEST_ERROR_HTTP = { status: 400, spec: true } as const;

/**
 * graphql-js reports bad variable values (`Variable "$x" got invalid value …`, `… was not provided`,
 * `… must not be null`) before execution, and bad argument values met at run time (`Argument "x" of
 * non-null type …`, a variable's default value in a non-null position). Both are the caller's input.
 */
const VARIABLE_ERROR = /^Variable "\$[^"]+" /;
const ARGUMENT_ERROR = /^Argument "[^"]+" (of required type|of non-null type|has invalid value)/;

function copy(error: GraphQLError, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, ...extensions },
  });
}

/**
 * Seconds a client is asked to wait when the database cannot be reached: long enough for a failover or a
 * restart to make progress, short enough that a retrying client is served soon after it.
 */
export const UNAVAILABLE_RETRY_AFTER = 5;

/**
 * Node socket errors: the database host refuses, resets, does not answer or cannot be resolved.
 * PostgreSQL SQLSTATEs: 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now), 53300 (too many
 * connections); class 08 (connection exception) is matched by its prefix. SQLite: the file is locked by
 * another writer past the busy timeout (SQLITE_BUSY*, SQLITE_LOCKED*).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
/**
 * Errors that carry no code: pg's socket closing under a query, knex's pool giving up waiting. MikroORM
 * prefixes the driver's message with the statement and ` - `.
 */
const UNAVAILABLE_MESSAGE =
  /(^| - )(Connection terminated|Client has encountered a connection error|Knex: Timeout acquiring a connection|terminating connection due to)/;

function unavailableCode(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  return UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * Whether an error says the database (or the network to it) is out of reach rather than that the request or
 * the code is wrong. Looks through wrappers: MikroORM copies the driver's `code`, GraphQL keeps the original
 * in `originalError`, Node puts one error per address in an AggregateError, others use `cause`.
 */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const e = error as Error & { code?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (unavailableCode(e.code) || e.name === 'KnexTimeoutError' || UNAVAILABLE_MESSAGE.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isUnavailableError(inner, depth + 1))) return true;
  return isUnavailableError(e.cause, depth + 1) || isUnavailableError(e.originalError, depth + 1);
}

/**
 * What the server saw behind the masked errors it answered: the cause of an INTERNAL_SERVER_ERROR (a bug,
 * logged once with its stack) or of a SERVICE_UNAVAILABLE (an outage, logged once without one). Read by the
 * access log, which knows the request the error belongs to.
 */
const causes = new WeakMap<GraphQLError, unknown>();

/** The error a masked INTERNAL_SERVER_ERROR or SERVICE_UNAVAILABLE stands for. */
export function causeOf(error: GraphQLError): unknown {
  return causes.get(error);
}

/** Maps any error of a response to what the caller sees. `message` is Yoga's masked message. */
export function toClientError(error: unknown, message: string): Error {
  if (isGraphQLError(error) && !error.path && VARIABLE_ERROR.test(error.message)) {
    // The message names the variable and the failing path inside it; its cause (a scalar's
    // complaint) is already part of the message, so the error is kept as graphql-js wrote it.
    return copy(error, { code: 'BAD_USER_INPUT', http: REQUEST_ERROR_HTTP });
  }
  if (isGraphQLError(error) && !error.originalError && ARGUMENT_ERROR.test(error.message)) {
    return copy(error, { code: 'BAD_USER_INPUT' });
  }
  let original: unknown = error;
  // Errors thrown in resolvers may arrive wrapped more than once (e.g. by a plugin re-throwing).
  while (isGraphQLError(original) && original.originalError) original = original.originalError;
  const path = isGraphQLError(error) ? error.path : undefined;
  const nodes = isGraphQLError(error) ? error.nodes : undefined;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      nodes,
      path,
      extensions: {
        code: original.code,
        ...(original instanceof ValidationError ? { issues: original.issues } : {}),
        // Outside a field (e.g. while preparing the request) the whole request is refused.
        ...(path ? {} : { http: REQUEST_ERROR_HTTP }),
      },
    });
  }
  if (original instanceof ScopeError) {
    return new GraphQLError(original.message, { nodes, path, extensions: { code: 'FORBIDDEN' } });
  }
  // Pothos rejects wrong-type global IDs and similar argument shapes while mapping arguments.
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return new GraphQLError(original.message, { nodes, path, extensions: { code: 'VALIDATION' } });
  }
  if (isGraphQLError(original)) {
    if (original.extensions?.code) {
      if (!path || original.path) return original;
      return new GraphQLError(original.message, { nodes, path, extensions: original.extensions });
    }
    // graphql-js and Yoga errors outside execution without a code are about the request itself
    // (e.g. `Must provide query string.`); inside execution they are bugs (e.g. a null in a non-null field).
    if (!original.path && !path) return copy(original, { code: 'BAD_REQUEST', http: REQUEST_ERROR_HTTP });
  }
  if (isUnavailableError(original)) {
    // The client may retry: an outage is not a bug, and a 503 with Retry-After says so to proxies too.
    const unavailable = new GraphQLError(
      `The database cannot be reached right now: retry in ${UNAVAILABLE_RETRY_AFTER} s.`,
      {
        nodes,
        path,
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          retryAfter: UNAVAILABLE_RETRY_AFTER,
          http: { status: 503, headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER) } },
        },
      },
    );
    causes.set(unavailable, original);
    return unavailable;
  }
  const internal = new GraphQLError(message, { nodes, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  causes.set(internal, original);
  return internal;
}

/**
 * Request parsing errors with a code and a 400: Yoga's GET parser hands `variables` and `extensions`
 * to JSON.parse as they are, so `?variables=oops` would otherwise surface as an unexpected error.
 */
export function requestParseErrorsPlugin(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (error) {
          if (isGraphQLError(error)) {
            const http = error.extensions?.http as { status?: number } | undefined;
            if (error.extensions?.code && http?.status) throw error;
            throw copy(error, { code: error.extensions?.code ?? 'BAD_REQUEST', http: { ...http, status: 400 } });
          }
          const message =
            request.method === 'GET'
              ? 'The `variables` and `extensions` query parameters must be JSON objects.'
              : 'The request body could not be read.';
          throw new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}
