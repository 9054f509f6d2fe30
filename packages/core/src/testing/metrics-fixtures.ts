import { Account, Creator, CreatorNiche, FollowerSnapshot, type IAccount } from '../creators/entity.js';
import type { EntityManager } from '../db/orm.js';
import type { Platform } from '../metrics/config.js';
import { Post } from '../posts/entity.js';

const DAY = 86_400_000;

export interface SpikeAccountOptions {
  end: Date;
  handle: string;
  platform?: Platform;
  /** Followers 16 weeks before `end`. */
  startFollowers?: number;
  /** Week (1–16) whose snapshot carries the bought followers. */
  spikeWeek?: number;
  /** Bought followers as a share of the previous count. */
  jump?: number;
  niche?: string;
}

/**
 * One creator with one account whose weekly snapshots grow ~0.5% a week except for one week of bought
 * followers, plus 12 ordinary posts. Returns the account and the planted spike.
 */
export async function seedSpikeAccount(
  em: EntityManager,
  opts: SpikeAccountOptions,
): Promise<{ account: IAccount; spikeAt: Date; bought: number }> {
  const weeks = 16;
  const spikeWeek = opts.spikeWeek ?? 10;
  const jump = opts.jump ?? 0.3;
  let followers = opts.startFollowers ?? 20_000;
  const series: { at: Date; followers: number }[] = [];
  let bought = 0;
  let spikeAt = opts.end;
  for (let w = 0; w <= weeks; w++) {
    const at = new Date(opts.end.getTime() - (weeks - w) * 7 * DAY);
    if (w > 0) {
      // Organic growth with a little deterministic wobble, so the MAD of gains is not 0.
      followers = Math.round(followers * (1 + 0.005 + 0.001 * Math.sin(w)));
      if (w === spikeWeek) {
        bought = Math.round(followers * jump);
        followers += bought;
        spikeAt = at;
      }
    }
    series.push({ at, followers });
  }
  const creator = em.create(Creator, {
    ref: `spike-${opts.handle}`,
    name: `Spike ${opts.handle}`,
    country: 'US',
    maxFollowers: followers,
  });
  em.create(CreatorNiche, { creator, niche: opts.niche ?? 'fashion' });
  const platform = opts.platform ?? 'INSTAGRAM';
  const account = em.create(Account, {
    creator,
    platform,
    handle: opts.handle,
    externalId: `spike-${opts.handle}`,
    followers,
    following: 400,
    ratePerPostMinor: null,
    rateCurrency: null,
  });
  for (const s of series) {
    em.create(FollowerSnapshot, { account, capturedAt: s.at, followers: s.followers, following: 400 });
  }
  for (let k = 0; k < 12; k++) {
    em.create(Post, {
      account,
      platform,
      externalId: `spike-${opts.handle}-${k}`,
      postedAt: new Date(opts.end.getTime() - (k * 5 + 1) * DAY),
      kind: 'PHOTO',
      caption: null,
      sponsored: false,
      brand: null,
      likes: 600 + 7 * k,
      comments: 30 + k,
      shares: null,
      saves: null,
      views: null,
      reach: null,
      impressions: null,
    });
  }
  await em.flush();
  return { account, spikeAt, bought };
}
