import { EventEmitter } from 'node:events';

/**
 * Live campaign updates: a write that changes a campaign's members, posts or results publishes one
 * event after its transaction commits (never for a rolled-back one); the API's
 * `campaignMetricsUpdated(campaignId)` subscription turns each event into a fresh read of the campaign.
 *
 * Events carry ids, not data, so every subscriber reads the committed state itself.
 */

/** Why a campaign changed. Stable strings; the API passes them through as `reason`. */
export const CAMPAIGN_EVENT_REASONS = [
  'MEMBER_ADDED',
  'MEMBER_UPDATED',
  'MEMBER_REMOVED',
  'POSTS_LINKED',
  'POSTS_UNLINKED',
  'RESULTS_RECORDED',
] as const;
export type CampaignEventReason = (typeof CAMPAIGN_EVENT_REASONS)[number];

export interface CampaignEvent {
  campaignId: number;
  /** Owner of the campaign; subscribers of other organizations never see the event. */
  organizationId: number;
  reason: CampaignEventReason | (string & {});
  /** When the change was committed. */
  at: Date;
}

export interface CampaignSubscribeOptions {
  /** Ends the subscription (and frees its listener) when aborted. */
  signal?: AbortSignal;
}

/**
 * The seam between campaign writes and live subscribers.
 *
 * One instance per server process. {@link InProcessCampaignEvents} reaches only subscribers of the same
 * process, which is right for a single instance. When the API runs as several instances behind a load
 * balancer, a write on one instance must reach subscribers on the others: that implementation is a thin
 * wrapper around Yoga's `createPubSub({ eventTarget: createRedisEventTarget({ publishClient,
 * subscribeClient }) })` (`@graphql-yoga/redis-event-target` + two ioredis clients), publishing on topic
 * `campaign:updated` with the campaign id and reviving `at` from its JSON string on the way out. Nothing
 * else changes: the server takes any `CampaignEvents` (`createServer({ campaignEvents })`).
 */
export interface CampaignEvents {
  /** Delivers the event to the campaign's current subscribers; best effort, never throws for a subscriber. */
  publish(event: CampaignEvent): void | Promise<void>;
  /**
   * Events of one campaign from now on, in publish order. The listener is registered when this is
   * called (not on the first `next()`), so an event published right after it returns is not missed.
   * `return()` unsubscribes at once, even while a `next()` is pending.
   */
  subscribe(campaignId: number, options?: CampaignSubscribeOptions): AsyncIterableIterator<CampaignEvent>;
}

/** Events for subscribers in this process only (node:events). Unconsumed events queue per subscriber. */
export class InProcessCampaignEvents implements CampaignEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription: many subscribers of one campaign are normal, not a leak.
    this.emitter.setMaxListeners(0);
  }

  publish(event: CampaignEvent): void {
    this.emitter.emit(topic(event.campaignId), { ...event });
  }

  subscribe(campaignId: number, options: CampaignSubscribeOptions = {}): AsyncIterableIterator<CampaignEvent> {
    const name = topic(campaignId);
    const queue: CampaignEvent[] = [];
    const waiting: ((result: IteratorResult<CampaignEvent>) => void)[] = [];
    let done = false;

    const listener = (event: CampaignEvent) => {
      const next = waiting.shift();
      if (next) next({ value: event, done: false });
      else queue.push(event);
    };
    const finish = (): IteratorResult<CampaignEvent> => {
      if (!done) {
        done = true;
        this.emitter.off(name, listener);
        options.signal?.removeEventListener('abort', finish);
        queue.length = 0;
        for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      }
      return { value: undefined, done: true };
    };

    if (options.signal?.aborted) done = true;
    else {
      this.emitter.on(name, listener);
      options.signal?.addEventListener('abort', finish, { once: true });
    }

    const iterator: AsyncIterableIterator<CampaignEvent> = {
      next: () => {
        const queued = queue.shift();
        if (queued) return Promise.resolve({ value: queued, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: () => Promise.resolve(finish()),
      throw: (error: unknown) => {
        finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Open subscriptions of a campaign (for tests and diagnostics). */
  listenerCount(campaignId: number): number {
    return this.emitter.listenerCount(topic(campaignId));
  }
}

function topic(campaignId: number): string {
  return `campaign:${campaignId}`;
}
