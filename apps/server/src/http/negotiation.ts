import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { qValue } from './compression.js';

/**
 * Content negotiation at the GraphQL endpoint by the q-values of `Accept`, and a 406 that says what to send.
 *
 * Yoga picks its result processor by the order of the media types in `Accept` and ignores q (so
 * `application/graphql-response+json;q=0` still selects it, and `application/json;q=0.5,
 * application/graphql-response+json` answers JSON). Before Yoga reads the header, it is rewritten to the
 * types served here that the client accepts, most wanted first (the most specific range decides a type's
 * q, as RFC 9110 has it): q=0 drops a type, wildcards become the types they cover, and each entry the
 * client wrote keeps its exact text (`multipart/mixed;boundary="graphql";subscriptionSpec=1.0` included).
 *
 * When nothing servable remains, the answer is a 406 with a coded JSON body, before any work; a
 * subscription asked for without a streaming type is refused the same way before it starts (Yoga would
 * subscribe, charge it, and then answer an empty 406).
 */

/** Single results. */
const JSON_TYPES = ['application/json', 'application/graphql-response+json'] as const;
/** Streams (subscriptions, incremental delivery); either also carries a single result. */
const STREAM_TYPES = ['text/event-stream', 'multipart/mixed'] as const;

/**
 * Everything the endpoint answers in. A wildcard expands in this order, which keeps Yoga's choice for
 * `*\/*` (application/json) and its preference of JSON for single results.
 */
export const SERVED_MEDIA_TYPES = [...JSON_TYPES, ...STREAM_TYPES] as const;
type Served = (typeof SERVED_MEDIA_TYPES)[number];

/** One media range of an Accept header. */
export interface MediaRange {
  /** The entry as the client wrote it (trimmed). */
  text: string;
  /** `type/subtype`, lowercased; either may be `*`. */
  range: string;
  q: number;
  /** Only UTF-8 is served (as Yoga does): a range naming another charset matches nothing. */
  utf8: boolean;
  index: number;
}

/** Splits on `separator` outside double quotes (a quoted parameter may hold commas or semicolons). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && quoted) {
      current += c + (text[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** The media ranges of an Accept header; malformed entries are skipped. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const entry of splitOutsideQuotes(header, ',')) {
    const text = entry.trim();
    if (!text) continue;
    const [type = '', ...params] = splitOutsideQuotes(text, ';').map((p) => p.trim());
    const range = type.toLowerCase();
    if (!/^[^\s/]+\/[^\s/]+$/.test(range) || (range.startsWith('*/') && range !== '*/*')) continue;
    let q = 1;
    let utf8 = true;
    for (const param of params) {
      const eq = param.indexOf('=');
      const name = param
        .slice(0, eq < 0 ? undefined : eq)
        .trim()
        .toLowerCase();
      const value = eq < 0 ? '' : param.slice(eq + 1).trim();
      if (name === 'q') q = qValue(value);
      else if (name === 'charset') utf8 = value.toLowerCase() === 'utf-8';
    }
    ranges.push({ text, range, q, utf8, index: ranges.length });
  }
  return ranges;
}

/** How specific a range is for `type`: 3 exact, 2 `type/*`, 1 `*\/*`, 0 no match. */
function specificity(range: string, type: string): number {
  if (range === type) return 3;
  if (range === `${type.split('/')[0]}/*`) return 2;
  return range === '*/*' ? 1 : 0;
}

interface Choice {
  type: Served;
  text: string;
  q: number;
  specificity: number;
  index: number;
  order: number;
}

/**
 * The served types `accept` allows, best first, as Accept entries for Yoga: sorted by q (ties: the more
 * specific range, then the client's order, then SERVED_MEDIA_TYPES's), without those a better-ranked
 * type makes useless to Yoga. A JSON type ranked below a stream type would be picked by Yoga for a single
 * result anyway (it prefers JSON whatever the order), and multipart/mixed ranked below
 * text/event-stream likewise; dropping them lets the client's preference decide.
 */
export function negotiate(accept: string): string[] {
  const ranges = parseAccept(accept);
  const choices: Choice[] = [];
  SERVED_MEDIA_TYPES.forEach((type, order) => {
    let best = 0;
    for (const r of ranges) if (r.utf8) best = Math.max(best, specificity(r.range, type));
    if (!best) return;
    const deciding = ranges.filter((r) => r.utf8 && specificity(r.range, type) === best);
    if (best === 3) {
      // Each exact entry keeps its text (its parameters matter to the multipart transports).
      for (const r of deciding) {
        if (r.q > 0) choices.push({ type, text: r.text, q: r.q, specificity: 3, index: r.index, order });
      }
      return;
    }
    const r = deciding.reduce((a, b) => (b.q > a.q ? b : a));
    if (r.q > 0) {
      choices.push({
        type,
        text: r.q < 1 ? `${type};q=${r.q}` : type,
        q: r.q,
        specificity: best,
        index: r.index,
        order,
      });
    }
  });
  choices.sort((a, b) => b.q - a.q || b.specificity - a.specificity || a.index - b.index || a.order - b.order);
  const top = (types: readonly string[]) =>
    Math.max(0, ...choices.filter((c) => types.includes(c.type)).map((c) => c.q));
  const topStream = top(STREAM_TYPES);
  const topEventStream = top(['text/event-stream']);
  return choices
    .filter((c) => {
      if ((JSON_TYPES as readonly string[]).includes(c.type)) return c.q >= topStream;
      if (c.type === 'multipart/mixed') return c.q >= topEventStream;
      return true;
    })
    .map((c) => c.text);
}

/** The 406 body: what went wrong, and the media types that would work. */
function notAcceptable(fetchAPI: { Response: typeof Response }, message: string, accept: readonly string[]) {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_ACCEPTABLE', accept } }] }),
    { status: 406, headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
}

/** Long headers are cut in messages: the point is to show the client what it sent, not to echo it back. */
const shown = (header: string) => (header.length > 200 ? `${header.slice(0, 200)}…` : header);

const SUBSCRIPTION_ADVICE =
  'send `Accept: text/event-stream` (Server-Sent Events), or `multipart/mixed` (Apollo Client’s multipart subscriptions)';

/** graphql-sse's single-connection mode: the events go out on the reserved stream, not this response. */
const EVENT_STREAM_TOKEN = 'x-graphql-event-stream-token';

export interface NegotiationOptions {
  graphqlEndpoint?: string;
}

export function negotiationPlugin(options: NegotiationOptions = {}): Plugin {
  const { graphqlEndpoint = '/graphql' } = options;
  const isEndpoint = (pathname: string) => pathname === graphqlEndpoint || pathname === `${graphqlEndpoint}/`;
  const subscriptions = new WeakSet<Request>();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const accept = request.headers.get('accept');
      // No Accept (or an empty one, as Yoga reads it) means anything; a preflight negotiates nothing.
      if (!accept?.trim() || request.method === 'OPTIONS' || !isEndpoint(url.pathname)) return;
      if (request.headers.has(EVENT_STREAM_TOKEN)) return;
      const types = negotiate(accept);
      if (types.length) {
        request.headers.set('accept', types.join(', '));
        return;
      }
      // GraphiQL answers a browser's GET for text/html before this plugin when it is enabled; the message
      // does not name it, so that a scan for a served IDE does not mistake this answer for one.
      const browser = request.method === 'GET' && /\btext\/html\b/i.test(accept);
      endResponse(
        notAcceptable(
          fetchAPI,
          `Nothing in \`Accept: ${shown(accept)}\` can be served here. Send \`Accept: application/graphql-response+json\` (or \`application/json\`) for queries and mutations; for subscriptions, ${SUBSCRIPTION_ADVICE}.${browser ? ' This server has no in-browser IDE for HTML pages.' : ''}`,
          SERVED_MEDIA_TYPES,
        ),
      );
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request || !isEndpoint(new URL(request.url, 'http://localhost').pathname)) return;
      if (request.headers.has(EVENT_STREAM_TOKEN)) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'subscription') return;
      subscriptions.add(request);
      const accept = request.headers.get('accept');
      // Served types with q > 0 (onRequest has rewritten the header already; negotiating again costs nothing).
      if (
        !accept?.trim() ||
        parseAccept(negotiate(accept).join(', ')).some((r) => (STREAM_TYPES as readonly string[]).includes(r.range))
      ) {
        return;
      }
      // Stopped before the cost plugin charges it and before it holds a subscription slot.
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `A subscription is a stream of events, which \`Accept: ${shown(accept)}\` cannot carry: ${SUBSCRIPTION_ADVICE}.`,
            {
              extensions: { code: 'NOT_ACCEPTABLE', accept: STREAM_TYPES, http: { status: 406 } },
            },
          ),
        ],
      });
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      // Yoga's own 406 (a streamed result nothing in Accept can carry) has no body: give it one.
      if (response.status !== 406 || response.body || !isEndpoint(new URL(request.url, 'http://localhost').pathname)) {
        return;
      }
      const accepted = [
        ...new Set(
          (response.headers.get('accept') ?? '')
            .split(',')
            .map((type) => type.split(';')[0]?.trim().toLowerCase() ?? '')
            .filter(Boolean),
        ),
      ];
      const streaming =
        accepted.length > 0 && accepted.every((type) => (STREAM_TYPES as readonly string[]).includes(type));
      const accept = shown(request.headers.get('accept') ?? '*/*');
      const message = subscriptions.has(request)
        ? `A subscription is a stream of events, which \`Accept: ${accept}\` cannot carry: ${SUBSCRIPTION_ADVICE}.`
        : streaming
          ? `This result is a stream, which \`Accept: ${accept}\` cannot carry: send \`Accept: ${accepted.join(', ')}\`.`
          : `Nothing in \`Accept: ${accept}\` can carry this result: send \`Accept: ${(accepted.length ? accepted : SERVED_MEDIA_TYPES).join(', ')}\`.`;
      setResponse(notAcceptable(fetchAPI, message, accepted.length ? accepted : SERVED_MEDIA_TYPES));
    },
  };
}
