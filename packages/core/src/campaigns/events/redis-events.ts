import type { Redis } from 'ioredis';
import {
  type CampaignEvent,
  type CampaignEvents,
  type CampaignSubscribeOptions,
  InProcessCampaignEvents,
} from './events.js';

const CHANNEL_PREFIX = 'creatorgraph:campaign:';

/** The part of a logger (pino's, for one) a failed publish is reported through. */
export interface PublishErrorLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface RedisCampaignEventsOptions {
  /**
   * Called with the error and the event when publishing fails. Default: a warning through `logger` for
   * every failure, or without a logger one console.warn for the first failure only (no log flood while
   * Redis is down).
   */
  onPublishError?: (error: unknown, event: CampaignEvent) => void;
  logger?: PublishErrorLogger;
}

const PUBLISH_FAILED = 'campaign event not published to Redis: live subscribers miss this change';

function defaultPublishErrorHandler(logger?: PublishErrorLogger): (error: unknown, event: CampaignEvent) => void {
  if (logger) {
    return (error, event) =>
      logger.warn({ err: error, campaignId: event.campaignId, reason: event.reason }, PUBLISH_FAILED);
  }
  let warned = false;
  return (error, event) => {
    if (warned) return;
    warned = true;
    console.warn(`${PUBLISH_FAILED} (campaign ${event.campaignId}; further failures are not reported):`, error);
  };
}

/**
 * Campaign events across server instances through Redis pub/sub. Every instance subscribes once to the
 * pattern of all campaign channels and fans messages out to its own subscribers in process, so a write on
 * one instance reaches subscribers on every instance (its own included, through Redis like the others).
 *
 * Two connections: a Redis connection in subscriber mode cannot publish.
 */
export class RedisCampaignEvents implements CampaignEvents {
  private readonly local = new InProcessCampaignEvents();
  private readonly ready: Promise<unknown>;
  private readonly onPublishError: (error: unknown, event: CampaignEvent) => void;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    options: RedisCampaignEventsOptions = {},
  ) {
    this.onPublishError = options.onPublishError ?? defaultPublishErrorHandler(options.logger);
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => {
      const event = parse(message);
      if (event) this.local.publish(event);
    });
    this.ready = this.subscriber.psubscribe(`${CHANNEL_PREFIX}*`);
  }

  /** Resolves once this instance receives events (the pattern subscription is acknowledged). */
  whenReady(): Promise<void> {
    return this.ready.then(() => undefined);
  }

  /**
   * Best effort, never rejects: the write behind the event has committed and still succeeds. A failure
   * (Redis down, connection lost) goes to onPublishError; subscribers then see the change on their next read.
   */
  async publish(event: CampaignEvent): Promise<void> {
    try {
      await this.publisher.publish(
        `${CHANNEL_PREFIX}${event.campaignId}`,
        JSON.stringify({ ...event, at: event.at.toISOString() }),
      );
    } catch (error) {
      this.onPublishError(error, event);
    }
  }

  subscribe(campaignId: number, options?: CampaignSubscribeOptions): AsyncIterableIterator<CampaignEvent> {
    return this.local.subscribe(campaignId, options);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}

/** A message from the channel, or null when it is not one of ours (never throws on a foreign payload). */
function parse(message: string): CampaignEvent | null {
  try {
    const raw = JSON.parse(message) as Record<string, unknown>;
    const at = new Date(String(raw.at));
    if (!Number.isInteger(raw.campaignId) || !Number.isInteger(raw.organizationId) || Number.isNaN(at.getTime())) {
      return null;
    }
    return {
      campaignId: raw.campaignId as number,
      organizationId: raw.organizationId as number,
      reason: String(raw.reason),
      at,
    };
  } catch {
    return null;
  }
}
