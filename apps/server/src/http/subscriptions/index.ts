import type { Plugin } from 'graphql-yoga';
import { graphqlSsePlugin } from './graphql-sse.js';
import { multipartSubscriptionsPlugin } from './multipart.js';
import type { SubscriptionTransportOptions } from './options.js';

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

export { multipartSubscriptionResponse, streamMediaType } from './multipart.js';
export * from './options.js';
export { wireResult } from './wire.js';

export function subscriptionTransportPlugins(options: SubscriptionTransportOptions): Plugin[] {
  return [graphqlSsePlugin(options), multipartSubscriptionsPlugin(options)];
}
