import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
