import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Account } from '../creators/entity.js';

/**
 * Precomputed numbers of one account under the default engagement method and window (docs/decisions/
 * 0015-precomputed-account-metrics.md): what peer groups, benchmarks, discovery, tier comparisons and the
 * planner read instead of posts. A row is valid while `generation` is unchanged and `validUntil` is in the
 * future; database triggers on posts, follower snapshots and accounts bump the generation (and expire the
 * row) in the writing transaction, and readers recompute expired rows from posts on demand.
 */
export const AccountMetrics = defineEntity({
  name: 'AccountMetrics',
  tableName: 'account_metrics',
  indexes: [
    { properties: ['validUntil'] },
    { properties: ['computedAt'] },
    { properties: ['engagement'] },
    { properties: ['growth'] },
    { properties: ['sponsoredShare'] },
  ],
  properties: {
    account: () => p.oneToOne(Account).primary().deleteRule('cascade').owner(),
    /** Bumped by the triggers on every change to the account's rows; a recompute writes only if unchanged. */
    generation: p.integer().default(0),
    /** When the numbers were computed; null for a row the triggers created before any compute. */
    computedAt: p.datetime().nullable(),
    /**
     * The earliest instant time alone changes the numbers (a post leaves the window, a future-dated post
     * or snapshot arrives); null when only a write can. Expired rows (≤ now) are recomputed on read.
     */
    validUntil: p.datetime().nullable(),
    sampleSize: p.integer().nullable(),
    excluded: p.integer().nullable(),
    /** Mean post rate (the engagement value under the MEAN aggregate). */
    engagement: p.double().nullable(),
    /** Sample variance of the post rates and mean of 1 / base: the reliable rate's shrinkage inputs. */
    rateVariance: p.double().nullable(),
    inverseBaseMean: p.double().nullable(),
    /** The engagement answer's 95% interval: the hull of the t and Wilson intervals. */
    intervalLow: p.double().nullable(),
    intervalHigh: p.double().nullable(),
    /** Which interval each end came from: 'T' or 'WILSON' (null with no interval). */
    intervalLowSource: p.string().length(6).nullable(),
    intervalHighSource: p.string().length(6).nullable(),
    totalInteractions: p.double().nullable(),
    avgInteractions: p.double().nullable(),
    /** Coefficient of variation of interactions per post (ERRATIC_ENGAGEMENT). */
    interactionCv: p.double().nullable(),
    /** Interaction components present in the sample, as a bit set (likes 1, comments 2, shares 4, saves 8). */
    components: p.integer().nullable(),
    totalLikes: p.double().nullable(),
    totalComments: p.double().nullable(),
    /** The peer-independent authenticity flags' penalties (null: flag absent) and authentic followers. */
    spikePenalty: p.double().nullable(),
    followBackPenalty: p.double().nullable(),
    authenticFollowers: p.integer().nullable(),
    /** Follower growth over `discovery.growthDays` days at computedAt (discovery filters and orders by it). */
    growth: p.double().nullable(),
    /** Sponsored posts / posts in the default window; null when the window has no posts. */
    sponsoredShare: p.double().nullable(),
  },
});
export type IAccountMetrics = InferEntity<typeof AccountMetrics>;
