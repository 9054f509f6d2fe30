import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  CampaignMetricsUpdatedDocument,
  type CampaignMetricsUpdatedSubscription,
  type CampaignMetricsUpdatedSubscriptionVariables,
} from './__generated__/graphql.js';
import {
  abortedError,
  CreatorgraphError,
  fetchFailure,
  fetchOf,
  type HelperError,
  type HelperOptions,
  headersOf,
  responseErrors,
  wait,
  wireErrors,
} from './http-helpers.js';

/**
 * Typed subscriptions over Server-Sent Events: `for await (const update of
 * cg.subscribe.campaignMetricsUpdated({ campaignId })) …`. A dropped connection is reopened with
 * back-off; a GraphQL error (NOT_FOUND, UNAUTHENTICATED…) or the server's `complete` ends the stream.
 */

/** One Server-Sent Event: its `event:` name (`message` when absent) and its `data:` lines joined. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * An incremental Server-Sent Events parser: `push` text as it arrives, get the events it completed.
 * Comments (`:` keep-alives) and unknown fields are skipped; CRLF, CR and LF all end lines.
 */
export class SseParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];

  push(text: string): SseEvent[] {
    this.#buffer += text;
    const events: SseEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      // A lone CR at the end may be the first half of CRLF: wait for the next chunk.
      if (!match || (match[0] === '\r' && match.index === this.#buffer.length - 1)) break;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      if (line === '') {
        if (this.#data.length > 0 || this.#event !== '') {
          events.push({ event: this.#event || 'message', data: this.#data.join('\n') });
        }
        this.#event = '';
        this.#data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') this.#event = value;
      else if (field === 'data') this.#data.push(value);
    }
    return events;
  }
}

export interface SubscribeOptions {
  /** Ends the stream (and any wait to reconnect): the iterator throws a CreatorgraphError with code ABORTED. */
  signal?: AbortSignal;
  /** Reconnections in a row before giving up with the last error (default 10; `Infinity` never gives up). */
  maxReconnects?: number;
  /** First back-off before reconnecting, in ms (default 500), doubled each failure with jitter. */
  retryDelayMs?: number;
  /** Longest back-off, in ms (default 30,000); also bounds a server's Retry-After. */
  maxRetryDelayMs?: number;
  /**
   * Told before each reconnection. Updates sent while disconnected are not replayed: each update reads the
   * campaign as it is, so the next one is current, but refetch here if you need the state meanwhile.
   */
  onReconnect?: (info: { attempt: number; delayMs: number; error: HelperError }) => void;
  /** Extra headers of the stream's request. */
  headers?: Record<string, string>;
}

/** A connection that lasted this long counts as healthy: the back-off starts again from the first delay. */
const STABLE_AFTER_MS = 30_000;

function backoffMs(attempt: number, base: number, max: number, retryAfter?: number): number {
  if (retryAfter !== undefined) return Math.min(max, retryAfter * 1000);
  return Math.min(max, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}

/**
 * Every result of a subscription `document`, as typed data. The stream is opened with `accept:
 * text/event-stream`; `event: next` carries a result and `event: complete` ends it. Network failures, a
 * stream that ends without `complete`, 5xx answers and (on a reconnection, while the server may still hold
 * the dropped stream's slot) 429s are retried with jittered back-off, honouring Retry-After. A GraphQL
 * error in a result, or a 4xx when opening, ends the iteration with a thrown CreatorgraphError carrying the
 * typed error. Breaking out of the loop cancels the response body, which closes the subscription.
 */
export async function* subscribeDocument<TData, TVariables extends Record<string, unknown>>(
  options: HelperOptions,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  subscribeOptions: SubscribeOptions = {},
): AsyncGenerator<TData, void, undefined> {
  const { signal, maxReconnects = 10, retryDelayMs = 500, maxRetryDelayMs = 30_000 } = subscribeOptions;
  const fetchFn = fetchOf(options);
  const body = JSON.stringify({ query: print(document), variables });
  const controller = new AbortController();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Cancelling the reader too ends a pending read whatever the fetch implementation does with the signal.
  const onAbort = () => {
    controller.abort();
    reader?.cancel().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let failures = 0;
  let connectedBefore = false;

  /** Waits before the next attempt, or throws `error` when no attempt is left. */
  const retry = async (error: HelperError) => {
    if (signal?.aborted) throw new CreatorgraphError([abortedError()]);
    failures++;
    if (failures > maxReconnects) throw new CreatorgraphError([error]);
    const delayMs = backoffMs(failures, retryDelayMs, maxRetryDelayMs, error.retryAfter);
    subscribeOptions.onReconnect?.({ attempt: failures, delayMs, error });
    if (!(await wait(delayMs, signal))) throw new CreatorgraphError([abortedError()]);
  };

  try {
    for (;;) {
      if (signal?.aborted) throw new CreatorgraphError([abortedError()]);
      let response: Response;
      try {
        response = await fetchFn(options.url, {
          method: 'POST',
          headers: headersOf(options, {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            ...subscribeOptions.headers,
          }),
          body,
          signal: controller.signal,
        });
      } catch (error) {
        await retry(fetchFailure(error, signal));
        continue;
      }
      if (!response.ok) {
        const errors = await responseErrors(response);
        const first = errors[0] as HelperError;
        if (response.status >= 500 || (response.status === 429 && connectedBefore)) {
          await retry(first);
          continue;
        }
        throw new CreatorgraphError(errors);
      }
      if (!(response.headers.get('content-type') ?? '').includes('text/event-stream') || !response.body) {
        // A single JSON result instead of a stream: only an error makes sense here.
        const errors = await responseErrors(response);
        throw new CreatorgraphError(
          errors[0]?.code === 'HTTP_ERROR'
            ? [
                {
                  kind: 'http',
                  message: 'The server did not answer with an event stream',
                  code: 'BAD_RESPONSE',
                  status: response.status,
                },
              ]
            : errors,
        );
      }
      connectedBefore = true;
      const openedAt = Date.now();
      reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parser = new SseParser();
      let dropped: HelperError | null = null;
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          dropped = fetchFailure(error, signal);
          break;
        }
        if (chunk.done) {
          dropped = { kind: 'network', message: 'The event stream ended without completing', code: 'NETWORK_ERROR' };
          break;
        }
        for (const event of parser.push(decoder.decode(chunk.value, { stream: true }))) {
          if (event.event === 'complete') return;
          if (event.event !== 'next' && event.event !== 'message') continue;
          let payload: { data?: TData | null; errors?: Parameters<typeof wireErrors>[0] };
          try {
            payload = JSON.parse(event.data);
          } catch {
            throw new CreatorgraphError([
              { kind: 'http', message: 'An event was not valid JSON', code: 'BAD_RESPONSE' },
            ]);
          }
          if (Array.isArray(payload.errors) && payload.errors.length > 0) {
            throw new CreatorgraphError(wireErrors(payload.errors));
          }
          if (payload.data == null) continue;
          failures = 0;
          yield payload.data;
        }
      }
      reader = undefined;
      if (Date.now() - openedAt >= STABLE_AFTER_MS) failures = 0;
      await retry(dropped as HelperError);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Closing the body tells the server the subscription is over (it frees the slot at once).
    controller.abort();
    await reader?.cancel().catch(() => undefined);
  }
}

/** The update `campaignMetricsUpdated` sends: reason, time and the campaign with its metrics. */
export type CampaignMetricsUpdateEvent = CampaignMetricsUpdatedSubscription['campaignMetricsUpdated'];

/** The subscriptions of a client: `cg.subscribe.campaignMetricsUpdated({ campaignId })`. */
export function createSubscriptions(options: HelperOptions) {
  return {
    /**
     * An update each time a write changes the members, posts or results of your campaign (`reason`, `at`,
     * `campaign` with its metrics, read when the update is delivered). NOT_FOUND for an unknown campaign.
     */
    async *campaignMetricsUpdated(
      variables: CampaignMetricsUpdatedSubscriptionVariables,
      subscribeOptions?: SubscribeOptions,
    ): AsyncGenerator<CampaignMetricsUpdateEvent, void, undefined> {
      for await (const data of subscribeDocument(
        options,
        CampaignMetricsUpdatedDocument,
        variables,
        subscribeOptions,
      )) {
        yield data.campaignMetricsUpdated;
      }
    },
    /** Any subscription document (e.g. your own typed one): yields each result's data. */
    document: <TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
      subscribeOptions?: SubscribeOptions,
    ) => subscribeDocument(options, document, variables, subscribeOptions),
  };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
