import { type FollowerHistoryPoint, ValidationError, WINDOW_LIMITS } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { type CostArgs, cost } from '../../http/cost.js';
import { AccountRef } from '../creators.js';
import { asOfArgDescription, load, METRIC_COST } from './args.js';

/** Follower growth and history of an account, from its snapshots. */

const FollowerSnapshotRef = builder.objectRef<FollowerHistoryPoint>('FollowerSnapshot').implement({
  description: 'Followers at one instant.',
  fields: (t) => ({
    capturedAt: t.field({ type: 'DateTime', description: 'When it was captured.', resolve: (s) => s.capturedAt }),
    followers: t.exposeInt('followers', { description: 'Followers then.' }),
    following: t.int({ nullable: true, description: 'Accounts followed then.', resolve: (s) => s.following }),
    dailyGain: t.float({
      nullable: true,
      description: 'Followers gained per day since the previous snapshot; null for the first snapshot.',
      resolve: (s) => s.dailyGain,
    }),
  }),
});

const DAY_MS = 86_400_000;

/** Days of a followerHistory range (+1), at most ten years: the list estimate at one snapshot a day. */
function historyDays(args: CostArgs): number {
  const to = args.to instanceof Date ? args.to.getTime() : Date.now();
  const from = args.from instanceof Date ? args.from.getTime() : to - 90 * DAY_MS;
  return Math.min(3_653, Math.max(1, Math.floor((to - from) / DAY_MS) + 1));
}

builder.objectFields(AccountRef, (t) => ({
  growth: t.float({
    nullable: true,
    extensions: cost({ complexity: METRIC_COST.growth }),
    description:
      'Follower growth over `days` days at asOf: (F(asOf) − F(asOf − days)) / F(asOf − days), from snapshots; null when either is missing.',
    args: {
      days: t.arg.int({
        required: true,
        description: `Horizon in days (${WINDOW_LIMITS.minDays}–${WINDOW_LIMITS.maxDays}).`,
      }),
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
    },
    resolve: (a, args, ctx) => {
      const asOf = args.asOf ?? null;
      return load(ctx, 'growth', JSON.stringify([args.days, asOf?.toISOString() ?? null]), a.id, (ids) =>
        ctx.metrics.growthFor(ids, args.days, asOf),
      );
    },
  }),
  followerHistory: t.field({
    type: [FollowerSnapshotRef],
    description: 'Follower snapshots in a time range, oldest first, with daily gains.',
    // Reads every snapshot of the account; the list is estimated at one snapshot a day of the range.
    extensions: cost({ complexity: METRIC_COST.followerHistory, listSize: historyDays }),
    args: {
      from: t.arg({ type: 'DateTime', description: 'Start (inclusive); defaults to 90 days before `to`.' }),
      to: t.arg({ type: 'DateTime', description: 'End (inclusive); defaults to the time of the request.' }),
    },
    resolve: (a, args, ctx) => {
      const to = args.to ?? ctx.now;
      const from = args.from ?? new Date(to.getTime() - 90 * 86_400_000);
      if (from.getTime() > to.getTime())
        throw new ValidationError([{ field: 'from', message: 'must not be after `to`' }]);
      return load(ctx, 'followerHistory', `${from.toISOString()}:${to.toISOString()}`, a.id, (ids) =>
        ctx.metrics.followerHistoryFor(ids, from, to),
      );
    },
  }),
}));
