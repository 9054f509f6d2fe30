import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CampaignEvent } from './events.js';
import { RedisCampaignEvents } from './redis-events.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Redis runs on every machine here and CI starts it; locally SKIP_REDIS=1 skips (never on CI).
const run = Boolean(process.env.CI) || !process.env.SKIP_REDIS;

describe.runIf(run)('RedisCampaignEvents (two server instances)', () => {
  let a: RedisCampaignEvents;
  let b: RedisCampaignEvents;
  beforeAll(async () => {
    a = new RedisCampaignEvents(new Redis(REDIS_URL), new Redis(REDIS_URL));
    b = new RedisCampaignEvents(new Redis(REDIS_URL), new Redis(REDIS_URL));
    await Promise.all([a.whenReady(), b.whenReady()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('delivers a write on one instance to subscribers of the campaign on every instance', async () => {
    const campaignId = 1_000_000 + Math.floor(Math.random() * 1_000_000);
    const onB = b.subscribe(campaignId);
    const onA = a.subscribe(campaignId);
    const other = b.subscribe(campaignId + 1);
    const at = new Date('2026-06-01T10:00:00.000Z');
    await a.publish({ campaignId, organizationId: 7, reason: 'MEMBER_ADDED', at });
    const [fromB, fromA] = await Promise.all([onB.next(), onA.next()]);
    for (const received of [fromB, fromA]) {
      expect(received.done).toBe(false);
      expect(received.value).toEqual({ campaignId, organizationId: 7, reason: 'MEMBER_ADDED', at });
      expect(received.value.at).toBeInstanceOf(Date);
    }
    // The other campaign's subscriber got nothing: the next event it sees is its own.
    await a.publish({ campaignId: campaignId + 1, organizationId: 7, reason: 'POSTS_LINKED', at });
    expect((await other.next()).value.reason).toBe('POSTS_LINKED');
    await Promise.all([onA.return?.(), onB.return?.(), other.return?.()]);
  });

  it('keeps events in publish order and ignores foreign messages on the channel', async () => {
    const campaignId = 3_000_000 + Math.floor(Math.random() * 1_000_000);
    const sub = b.subscribe(campaignId);
    const raw = new Redis(REDIS_URL);
    await raw.publish(`creatorgraph:campaign:${campaignId}`, 'not json');
    await raw.quit();
    for (const reason of ['MEMBER_ADDED', 'MEMBER_UPDATED', 'RESULTS_RECORDED']) {
      await a.publish({ campaignId, organizationId: 1, reason, at: new Date() });
    }
    const reasons = [];
    for (let i = 0; i < 3; i++) reasons.push((await sub.next()).value.reason);
    expect(reasons).toEqual(['MEMBER_ADDED', 'MEMBER_UPDATED', 'RESULTS_RECORDED']);
    await sub.return?.();
  });
});

describe.runIf(run)('RedisCampaignEvents when publishing fails', () => {
  const event: CampaignEvent = { campaignId: 42, organizationId: 7, reason: 'MEMBER_ADDED', at: new Date() };
  const opened: RedisCampaignEvents[] = [];
  /** A publisher that never connects and queues nothing: every publish rejects, as with Redis down. */
  const broken = (options?: ConstructorParameters<typeof RedisCampaignEvents>[2]) => {
    const publisher = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false });
    const events = new RedisCampaignEvents(publisher, new Redis(REDIS_URL), options);
    opened.push(events);
    return events;
  };
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(opened.splice(0).map((e) => e.close()));
  });

  it('hands the error and the event to onPublishError and still resolves: the write has committed', async () => {
    const failures: [unknown, CampaignEvent][] = [];
    const events = broken({ onPublishError: (error, failed) => failures.push([error, failed]) });
    await expect(events.publish(event)).resolves.toBeUndefined();
    await events.publish({ ...event, reason: 'POSTS_LINKED' });
    expect(failures.map(([, failed]) => failed.reason)).toEqual(['MEMBER_ADDED', 'POSTS_LINKED']);
    expect(failures[0]?.[0]).toBeInstanceOf(Error);
    expect(failures[0]?.[1]).toEqual(event);
  });

  it('by default warns once per outage, through the logger given or else on the console', async () => {
    const warnings: Record<string, unknown>[] = [];
    const logged = broken({ logger: { warn: (details) => warnings.push(details) } });
    await logged.publish(event);
    await logged.publish({ ...event, campaignId: 43 });
    expect(warnings.map((w) => w.campaignId)).toEqual([42]);
    expect(warnings[0]?.err).toBeInstanceOf(Error);

    const console = vi.spyOn(globalThis.console, 'warn').mockImplementation(() => undefined);
    const quiet = broken();
    await quiet.publish(event);
    await quiet.publish(event);
    expect(console).toHaveBeenCalledTimes(1);
    expect(String(console.mock.calls[0]?.[0])).toMatch(/campaign 42/);
  });

  it("still delivers to this instance's own subscribers while Redis is down", async () => {
    const events = broken({ onPublishError: () => undefined });
    const sub = events.subscribe(event.campaignId);
    await events.publish(event);
    expect((await sub.next()).value).toEqual(event);
    await sub.return?.();
  });
});

describe.runIf(run)('RedisCampaignEvents with a prefix (REDIS_PREFIX)', () => {
  it("delivers an instance's own event once, and never to a deployment with another prefix", async () => {
    const tag = `cg-test-${Math.random().toString(36).slice(2)}`;
    const a = new RedisCampaignEvents(new Redis(REDIS_URL), new Redis(REDIS_URL), { prefix: `${tag}-a` });
    const b = new RedisCampaignEvents(new Redis(REDIS_URL), new Redis(REDIS_URL), { prefix: `${tag}-b` });
    const a2 = new RedisCampaignEvents(new Redis(REDIS_URL), new Redis(REDIS_URL), { prefix: `${tag}-a` });
    try {
      await Promise.all([a.whenReady(), b.whenReady(), a2.whenReady()]);
      const onA = a.subscribe(7);
      const onA2 = a2.subscribe(7);
      const onB = b.subscribe(7);
      const at = new Date('2026-06-01T10:00:00.000Z');
      await a.publish({ campaignId: 7, organizationId: 1, reason: 'MEMBER_ADDED', at });
      await a.publish({ campaignId: 7, organizationId: 1, reason: 'POSTS_LINKED', at });
      // The same deployment's other instance gets both through Redis; the publisher gets each once.
      expect((await onA2.next()).value.reason).toBe('MEMBER_ADDED');
      expect((await onA2.next()).value.reason).toBe('POSTS_LINKED');
      expect((await onA.next()).value.reason).toBe('MEMBER_ADDED');
      expect((await onA.next()).value.reason).toBe('POSTS_LINKED');
      // b's first event is its own: nothing of a's deployment reached it.
      await b.publish({ campaignId: 7, organizationId: 1, reason: 'RESULTS_RECORDED', at });
      expect((await onB.next()).value.reason).toBe('RESULTS_RECORDED');
      // Nor was a's own event echoed back a second time.
      await a.publish({ campaignId: 7, organizationId: 1, reason: 'MEMBER_REMOVED', at });
      expect((await onA.next()).value.reason).toBe('MEMBER_REMOVED');
      await Promise.all([onA.return?.(), onA2.return?.(), onB.return?.()]);
    } finally {
      await Promise.all([a.close(), b.close(), a2.close()]);
    }
  });
});
