import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  type CampaignEvent,
  type CampaignEvents,
  type CampaignSubscribeOptions,
  InProcessCampaignEvents,
} from './events.js';

/** Default start of every Redis key and channel (REDIS_PREFIX). */
export const DEFAULT_REDIS_PREFIX = 'creatorgraph';

/** The channel of a campaign's events under `prefix`: `<prefix>:campaign:<id>`. */
export function campaignChannel(prefix: string, campaignId: number | '*'): string {
  return `${prefix}:campaign:${campaignId}`;
}

/** The part of a logger (pino's, for one) a failed publish is reported through. */
export interface PublishErrorLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info?(details: Record<string, unknown>, message: string): void;
}

export interface RedisCampaignEventsOptions {
  /**
   * Called with the error and the event when publishing fails. Default: one warning per outage (the
   * first failure after a success) through `logger`, or console.warn without one: no log flood while
   * Redis is down.
   */
  onPublishError?: (error: unknown, event: CampaignEvent) => void;
  logger?: PublishErrorLogger;
  /** Start of the channels (REDIS_PREFIX): deployments sharing a Redis stay apart. Default `creatorgraph`. */
  prefix?: string;
}

const PUBLISH_FAILED = 'campaign event not published to Redis: live subscribers miss this change';

/** Reports the first failure of an outage; `recovered` re-arms it once a publish succeeds again. */
function outageReporter(logger?: PublishErrorLogger) {
  let down = false;
  return {
    failed(error: unknown, event: CampaignEvent) {
      if (down) return;
      down = true;
      const message = `${PUBLISH_FAILED}; further failures are not reported until Redis answers again`;
      if (logger) logger.warn({ err: error, campaignId: event.campaignId, reason: event.reason }, message);
      else console.warn(`${message} (campaign ${event.campaignId}):`, error);
    },
    recovered() {
      if (!down) return;
      down = false;
      logger?.info?.({}, 'campaign events are published to Redis again');
    },
  };
}

/**
 * Campaign events across server instances through Redis pub/sub. Every instance subscribes once to the
 * pattern of all campaign channels (under its prefix) and fans messages out to its own subscribers in
 * process, so a write on one instance reaches subscribers on every instance.
 *
 * An instance delivers its own events in process at once and skips them when Redis echoes them back
 * (each message names the instance it came from): its own subscribers keep receiving while Redis is down.
 *
 * Two connections: a Redis connection in subscriber mode cannot publish.
 */
export class RedisCampaignEvents implements CampaignEvents {
  private readonly local = new InProcessCampaignEvents();
  private readonly ready: Promise<unknown>;
  private readonly onPublishError: (error: unknown, event: CampaignEvent) => void;
  private readonly outage: ReturnType<typeof outageReporter>;
  private readonly prefix: string;
  /** This instance, in every message it publishes. */
  private readonly origin = randomUUID();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    options: RedisCampaignEventsOptions = {},
  ) {
    this.prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
    this.outage = outageReporter(options.logger);
    this.onPublishError = options.onPublishError ?? ((error, event) => this.outage.failed(error, event));
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => {
      const event = parse(message, this.origin);
      if (event) this.local.publish(event);
    });
    this.ready = this.subscriber.psubscribe(campaignChannel(this.prefix, '*'));
    // whenReady() reports a failure to whoever waits; an instance closed before anyone did must not leave an
    // unhandled rejection behind.
    this.ready.catch(() => {});
  }

  /** Resolves once this instance receives events (the pattern subscription is acknowledged). */
  whenReady(): Promise<void> {
    return this.ready.then(() => undefined);
  }

  /**
   * Best effort, never rejects: the write behind the event has committed and still succeeds. Subscribers
   * of this instance get it at once; a failure to reach Redis (down, connection lost) goes to
   * onPublishError, and the other instances' subscribers then see the change on their next read.
   */
  async publish(event: CampaignEvent): Promise<void> {
    this.local.publish(event);
    try {
      await this.publisher.publish(
        campaignChannel(this.prefix, event.campaignId),
        JSON.stringify({ ...event, at: event.at.toISOString(), origin: this.origin }),
      );
      this.outage.recovered();
    } catch (error) {
      this.onPublishError(error, event);
    }
  }

  subscribe(campaignId: number, options?: CampaignSubscribeOptions): AsyncIterableIterator<CampaignEvent> {
    return this.local.subscribe(campaignId, options);
  }

  async close(): Promise<void> {
    await Promise.allSettled([closeRedis(this.subscriber), closeRedis(this.publisher)]);
  }
}

/**
 * QUIT (pending replies arrive first); a client that never connected, or cannot send QUIT (Redis down,
 * no offline queue), drops its connection and reconnect timer instead.
 */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status !== 'ready' && client.status !== 'connect') {
    client.disconnect();
    return;
  }
  // QUIT waits for a reply: a connection that stopped answering gets a second, then is dropped.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.quit().catch(() => undefined),
    new Promise((done) => {
      timer = setTimeout(done, 1_000);
    }),
  ]);
  clearTimeout(timer);
  client.disconnect();
}

/**
 * A message from the channel, or null when it is not one of ours (never throws on a foreign payload) or
 * came from this instance (`self`), which delivered it already.
 */
function parse(message: string, self: string): CampaignEvent | null {
  try {
    const raw = JSON.parse(message) as Record<string, unknown>;
    if (raw.origin === self) return null;
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
