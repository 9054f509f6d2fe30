import { type Database, type Principal, touchApiKey } from '@creatorgraph/core';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isUnavailableError } from './errors.js';
import { ApiKeyCache } from './key-cache.js';

/**
 * Authentication on the raw request, from the header alone: nothing of the body is read, parsed or
 * cached for a caller without a valid key. Everything after this hook can rely on `principalOf`.
 */

const principals = new WeakMap<Request, Principal>();

/** The caller of an authenticated request (set before the body is read). */
export function principalOf(request: Request): Principal | undefined {
  return principals.get(request);
}

export function bearer(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header || header.length > 300) return null;
  return /^Bearer +(\S+)$/i.exec(header)?.[1] ?? null;
}

/** A JSON error body with a code, in the media type the caller asked for when it is a GraphQL one. */
export function errorResponse(
  fetchAPI: { Response: typeof Response },
  request: Request,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  // The negotiation plugin has put Accept in the client's order of preference: the first JSON type wins.
  const accept = request.headers.get('accept') ?? '';
  const official = accept.indexOf('application/graphql-response+json');
  const legacy = accept.indexOf('application/json');
  const graphqlResponse = official >= 0 && (legacy < 0 || official < legacy);
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
    status,
    headers: {
      'content-type': `${graphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`,
      ...headers,
    },
  });
}

/**
 * Paths that need a key: the GraphQL endpoint, its GraphQL over SSE stream endpoint (every method: PUT,
 * GET, POST, DELETE) and the exports. GraphiQL's page and /health, /ready do not.
 */
function isProtected(pathname: string, graphqlEndpoint: string): boolean {
  return (
    pathname === graphqlEndpoint ||
    pathname === `${graphqlEndpoint}/` ||
    pathname === `${graphqlEndpoint}/stream` ||
    pathname.startsWith('/export/')
  );
}

export interface AuthOptions {
  graphqlEndpoint?: string;
  /** Where verified keys are kept between requests (see key-cache.ts); a cache of its own by default. */
  keys?: ApiKeyCache;
  logger?: Logger;
}

export function authPlugin(db: Database, options: AuthOptions = {}): Plugin {
  const { graphqlEndpoint = '/graphql', keys = new ApiKeyCache(db), logger } = options;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // CORS preflights carry no credentials by design; Yoga answers them without executing anything.
      if (request.method === 'OPTIONS' || !isProtected(url.pathname, graphqlEndpoint)) return;
      const raw = bearer(request);
      let principal: Principal | null;
      try {
        principal = raw ? await keys.authenticate(raw) : null;
      } catch (error) {
        // The database is down or its pool exhausted: a coded, retryable answer rather than the driver's message.
        // An outage is logged without a stack (it comes once a request); anything else is a bug.
        if (isUnavailableError(error)) logger?.warn({ cause: (error as Error).message }, 'API key lookup failed');
        else logger?.error({ err: error }, 'API key lookup failed');
        endResponse(
          errorResponse(
            fetchAPI,
            request,
            503,
            'The API key cannot be checked right now: retry shortly.',
            'SERVICE_UNAVAILABLE',
            { 'retry-after': '1' },
            { retryAfter: 1 },
          ),
        );
        return;
      }
      if (!principal) {
        // The body is never parsed; the server discards what is still in flight, up to a cap (linger.ts).
        const challenge = raw ? 'Bearer realm="creatorgraph", error="invalid_token"' : 'Bearer realm="creatorgraph"';
        endResponse(
          errorResponse(
            fetchAPI,
            request,
            401,
            raw ? 'The API key is unknown or revoked.' : 'Missing API key: send it as `Authorization: Bearer <key>`.',
            'UNAUTHENTICATED',
            { 'www-authenticate': challenge },
          ),
        );
        return;
      }
      principals.set(request, principal);
      // At most one write a minute per key and instance; the cached key remembers when it was last written.
      // Bookkeeping only: a failed write does not fail the request.
      await touchApiKey(db.em.fork(), principal.key).catch((error) =>
        logger?.warn({ err: error }, 'could not record the last use of an API key'),
      );
    },
  };
}
