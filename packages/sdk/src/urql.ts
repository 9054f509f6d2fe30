import { type Exchange, subscriptionExchange } from '@urql/core';
import { asError, createSseClient, type SseOptions, standardBody } from './sse-client.js';

/**
 * urql 6 helpers (`@creatorgraph/sdk/urql`). Needs `@urql/core` and `graphql-sse`. urql's default
 * document cache needs nothing from the schema, so subscriptions are all there is to add.
 */

export type { SseOptions };

/**
 * urql's `subscriptionExchange` over Server-Sent Events (graphql-sse): put it after `fetchExchange`.
 * Each subscription gets its own request to `url` (the `/graphql` endpoint); with `singleConnection: true`
 * all of them share one stream at `<url>/stream`. Only the GraphQL-over-HTTP keys are sent.
 */
export function sseExchange(options: SseOptions): Exchange {
  const client = createSseClient(options);
  return subscriptionExchange({
    forwardSubscription(request) {
      const body = standardBody(request);
      return {
        subscribe(sink) {
          const unsubscribe = client.subscribe(body, {
            next: (result) => sink.next(result as Parameters<typeof sink.next>[0]),
            error: (error) => sink.error(asError(error)),
            complete: () => sink.complete(),
          });
          return { unsubscribe };
        },
      };
    },
  });
}
