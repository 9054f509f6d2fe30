import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { RedisCampaignEvents } from '@creatorgraph/core';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { rateLimiterFor } from '../src/http/rate-limit.js';
import { redisConnections } from '../src/runtime/redis.js';

/** A Redis of our own on a free port, so the test can take it away. */
async function ownRedis(): Promise<{ url: string; kill(): Promise<void> }> {
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((done) => {
      const c = connect(port, '127.0.0.1', () => {
        c.destroy();
        done(true);
      });
      c.on('error', () => done(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    kill: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('a Redis that goes away while the server runs', () => {
  it('budgets fall back to this instance at once, events still reach local subscribers, logged once', async () => {
    const redis = await ownRedis();
    cleanup.push(redis.kill);
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const connections = redisConnections(redis.url, logger);
    cleanup.push(() => connections.close());
    const publisher = connections.client('publisher');
    const subscriber = connections.client('events');
    await connections.connectAll();
    const limiter = rateLimiterFor({ capacity: 100, restorePerSecond: 1 }, publisher, {
      prefix: `outage-test:${Date.now()}:bucket:`,
      logger,
    });
    const events = new RedisCampaignEvents(publisher, subscriber, { logger, prefix: 'outage-test' });
    await events.whenReady();
    const probe = connections.probe(false, 500);
    expect((await probe.check()).status).toBe('ok');
    expect((await limiter.charge('org', 60)).allowed).toBe(true);

    await redis.kill();
    await new Promise((r) => setTimeout(r, 100));

    const started = performance.now();
    // The local bucket starts empty: 60 fits again once, then refuses, like a bucket of the same size.
    expect((await limiter.charge('org', 60)).allowed).toBe(true);
    expect((await limiter.charge('org', 60)).allowed).toBe(false);
    for (let i = 0; i < 20; i++) await limiter.charge('other', 1);
    const sub = events.subscribe(5);
    for (let i = 0; i < 10; i++)
      await events.publish({ campaignId: 5, organizationId: 1, reason: 'MEMBER_ADDED', at: new Date() });
    expect((await sub.next()).value?.reason).toBe('MEMBER_ADDED');
    await sub.return?.();
    // No command waited for Redis: 30 charges and 10 publishes in well under a second.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await probe.check()).status).toBe('down');
    expect(connections.down).toBe(true);

    const warnings = lines.filter((l) => l.level === 40).map((l) => l.msg);
    expect(warnings.filter((m) => /Redis unreachable/.test(m))).toHaveLength(1);
    expect(warnings.filter((m) => /query-cost budgets unavailable/.test(m))).toHaveLength(1);
    expect(warnings.filter((m) => /campaign event not published/.test(m))).toHaveLength(1);
    expect(lines.length).toBeLessThan(10);
  }, 15_000);
});
