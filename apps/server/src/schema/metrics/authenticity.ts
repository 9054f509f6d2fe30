import type { AuthenticityAnswer, AuthenticityFlag, Evidence } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { cost } from '../../http/cost.js';
import { describedEnum, PlatformEnum } from '../common/enums.js';
import { AccountRef, CreatorRef, metricAccountOf } from '../creators.js';
import { asOfArgDescription, load, METRIC_COST } from './args.js';

/** The authenticity score of an account, with its red flags and their evidence. */

const AUTHENTICITY_FLAG_CODES = 5;
const AuthenticityFlagCodeEnum = describedEnum('AuthenticityFlagCode', 'A red flag of the authenticity score.', {
  FOLLOWER_SPIKE: 'Follower gains far above the account’s usual pace (bought followers).',
  LOW_ENGAGEMENT_FOR_TIER: 'Engagement far below the tier peers’ median.',
  LIKES_WITHOUT_CONVERSATION: 'High engagement from likes with almost no comments (pods, bots).',
  FOLLOW_BACK_PATTERN: 'Follows a large share of its followers back (follow-for-follow).',
  ERRATIC_ENGAGEMENT: 'Interactions per post vary more than for 95% of the tier peers.',
});

const SeverityEnum = describedEnum('Severity', 'How much a flag weighs, from its penalty.', {
  HIGH: 'Penalty of 0.25 or more.',
  MEDIUM: 'Penalty from 0.10 to under 0.25.',
  LOW: 'Penalty under 0.10.',
});

const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'A named number or text behind a flag.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What it is, e.g. `gain` or `peerP50`.' }),
    value: t.float({ nullable: true, description: 'The number, when it is one.', resolve: (e) => e.value }),
    text: t.string({ nullable: true, description: 'The text, when it is one (dates, notes).', resolve: (e) => e.text }),
  }),
});

const AuthenticityFlagRef = builder.objectRef<AuthenticityFlag>('AuthenticityFlag').implement({
  description: 'One raised red flag with its penalty and the evidence for it.',
  fields: (t) => ({
    code: t.field({ type: AuthenticityFlagCodeEnum, description: 'Which flag.', resolve: (f) => f.code }),
    severity: t.field({ type: SeverityEnum, description: 'From the penalty.', resolve: (f) => f.severity }),
    penalty: t.exposeFloat('penalty', { description: 'Share (0–1) taken off the score: score × (1 − penalty).' }),
    message: t.exposeString('message', { description: 'A human-readable explanation with the numbers.' }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The numbers behind the flag.',
      extensions: cost({ listSize: 10 }),
      resolve: (f) => f.evidence,
    }),
  }),
});

const AuthenticityRef = builder.objectRef<AuthenticityAnswer>('Authenticity').implement({
  description:
    'Audience authenticity at asOf: 100 × Π (1 − penalty) over raised flags, from snapshots and posts at or before asOf (default method and window).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: '0–100, higher is more authentic (not rounded).' }),
    authenticFollowers: t.exposeInt('authenticFollowers', {
      description: 'Followers minus the excess of detected follower spikes.',
    }),
    flags: t.field({
      type: [AuthenticityFlagRef],
      description: 'Raised flags.',
      extensions: cost({ listSize: AUTHENTICITY_FLAG_CODES }),
      resolve: (a) => a.flags,
    }),
    peersAsOf: t.field({
      type: 'DateTime',
      description: 'The instant the tier peers (p50, CV p95) were evaluated at.',
      resolve: (a) => a.peersAsOf,
    }),
  }),
});

const authenticity = (ctx: Context, accountId: number, asOf: Date | null | undefined) =>
  load(ctx, 'authenticity', String(asOf?.toISOString() ?? null), accountId, (ids) =>
    ctx.metrics.authenticityFor(ids, asOf ?? null),
  );

builder.objectFields(AccountRef, (t) => ({
  authenticity: t.field({
    type: AuthenticityRef,
    description: 'Authenticity score with its red flags.',
    extensions: cost({ complexity: METRIC_COST.authenticity }),
    args: { asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }) },
    resolve: (a, args, ctx) => authenticity(ctx, a.id, args.asOf),
  }),
}));

builder.objectFields(CreatorRef, (t) => ({
  authenticity: t.field({
    type: AuthenticityRef,
    nullable: true,
    description:
      "Authenticity of the creator's metric account (its account on `platform`, else its primary account); null without one.",
    extensions: cost({ complexity: METRIC_COST.authenticity }),
    args: {
      asOf: t.arg({ type: 'DateTime', description: asOfArgDescription }),
      platform: t.arg({
        type: PlatformEnum,
        description: "The creator's account on this platform; omitted: its primary (largest) account.",
      }),
    },
    resolve: async (c, args, ctx) => {
      const account = await metricAccountOf(ctx, c.id, args.platform ?? null);
      return account === null ? null : authenticity(ctx, account.id, args.asOf);
    },
  }),
}));
