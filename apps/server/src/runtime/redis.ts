import { closeRedis } from '@creatorgraph/core';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { explainRedisError, redisTarget } from './failures.js';
import type { DependencyProbe } from './probes.js';

/**
 * Every Redis connection of the server is made here, with bounds that keep a Redis outage from slowing
 * requests down: commands fail at once while disconnected (no offline queue), a command on a connection
 * that stopped answering fails after COMMAND_TIMEOUT_MS, and reconnection goes on in the background at
 * most every RETRY_CAP_MS. Callers treat a failed command as "degraded" (local buckets, local events).
 * Errors are logged once per outage for all connections together, not once per connection and attempt.
 */

const CONNECT_TIMEOUT_MS = 2_000;
const COMMAND_TIMEOUT_MS = 500;
const RETRY_CAP_MS = 2_000;

export interface RedisConnections {
  /** A new connection; subscriber connections each need their own. */
  client(role: string): Redis;
  /** Connects every client made so far; rejects with a StartupError (one paragraph) when Redis is not there. */
  connectAll(): Promise<void>;
  /** `/ready`'s view: PING on the first connection, within `timeoutMs`. */
  probe(required: boolean, timeoutMs: number): DependencyProbe;
  /** Whether Redis is unreachable now (some connection lost and not back). */
  readonly down: boolean;
  close(): Promise<void>;
}

export function redisConnections(url: string, logger: Logger): RedisConnections {
  const clients: Redis[] = [];
  const target = redisTarget(url);
  let down = false;
  let started = false;
  const lost = (error: Error) => {
    // Before the start completed, connectAll reports the failure as a startup error.
    if (!started || down) return;
    down = true;
    logger.warn(
      { redis: target, err: { message: error.message, code: (error as { code?: string }).code } },
      'Redis unreachable: shared budgets, events and key changes degrade to this instance until it answers again',
    );
  };
  const back = () => {
    if (!down) return;
    if (clients.some((c) => c.status !== 'ready')) return;
    down = false;
    logger.info({ redis: target }, 'Redis answers again');
  };
  return {
    client(role) {
      const client = new Redis(url, {
        lazyConnect: true,
        connectionName: `creatorgraph-${role}`,
        connectTimeout: CONNECT_TIMEOUT_MS,
        commandTimeout: COMMAND_TIMEOUT_MS,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), RETRY_CAP_MS),
      });
      // Without a listener ioredis prints "Unhandled error event" for every failed attempt.
      client.on('error', lost);
      // A lost connection is the outage's first sign; errors come only with the reconnection attempts.
      client.on('close', () => lost(new Error('connection closed')));
      client.on('ready', back);
      clients.push(client);
      return client;
    },
    async connectAll() {
      try {
        await Promise.all(
          clients.map(async (client) => {
            let timer: NodeJS.Timeout | undefined;
            const timeout = new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`no answer within ${(CONNECT_TIMEOUT_MS * 2) / 1000} s`)),
                CONNECT_TIMEOUT_MS * 2,
              );
            });
            // ioredis rejects connect() with "Connection is closed."; the error event says why.
            let onError: (error: Error) => void = () => undefined;
            const failed = new Promise<never>((_, reject) => {
              onError = reject;
              client.once('error', onError);
            });
            failed.catch(() => undefined);
            try {
              await Promise.race([client.connect(), timeout, failed]);
              // AUTH and SELECT have run by now; a PING proves the connection serves commands.
              await client.ping();
            } finally {
              clearTimeout(timer);
              client.off('error', onError);
            }
          }),
        );
      } catch (error) {
        await Promise.allSettled(clients.map((c) => c.disconnect()));
        throw explainRedisError(error, url);
      }
      started = true;
    },
    probe(required, timeoutMs) {
      return {
        name: 'redis',
        required,
        async check() {
          const client = clients[0];
          if (client?.status !== 'ready') return { status: 'down', detail: `not connected to ${target}` };
          let timer: NodeJS.Timeout | undefined;
          try {
            await Promise.race([
              client.ping(),
              new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
              }),
            ]);
            return { status: 'ok' };
          } catch (error) {
            return { status: 'down', detail: (error as Error).message };
          } finally {
            clearTimeout(timer);
          }
        },
      };
    },
    get down() {
      return down;
    },
    async close() {
      started = false;
      await Promise.allSettled(clients.map((c) => closeRedis(c)));
    },
  };
}
