import type { CampaignEvent, CampaignEventReason } from '@creatorgraph/core';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { cost } from '../../http/cost.js';
import { subscriptionSlotsOf } from '../../http/cost-plugin.js';
import { CampaignUpdateReasonEnum } from '../common/enums.js';
import { idOf, speakingGlobalIds } from '../common/ids.js';
import { CampaignRef, campaignById, forgetCampaign } from './types.js';

/** Live campaign updates over Server-Sent Events. */

builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream`. Every subscription needs a key with the `read` scope.',
});

const CampaignMetricsUpdateRef = builder.objectRef<CampaignEvent>('CampaignMetricsUpdate').implement({
  description: 'A committed change to a campaign that can move its metrics (members, posts or results).',
  fields: (t) => ({
    campaign: t.field({
      type: CampaignRef,
      description: 'The campaign as it is after the change, read when the update is delivered.',
      resolve: (e, _args, ctx) => campaignById(ctx, e.campaignId),
    }),
    reason: t.field({
      type: CampaignUpdateReasonEnum,
      description: 'What changed.',
      resolve: (e) => e.reason as CampaignEventReason,
    }),
    at: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.at }),
  }),
});

/** Points for opening a subscription (charged once, at the start, with its selection). */
export const SUBSCRIPTION_COST = 10;

/** Stands in for an event once the key is revoked: resolved as an UNAUTHENTICATED error, then the stream ends. */
const KEY_REVOKED: CampaignEvent = { campaignId: 0, organizationId: 0, reason: 'KEY_REVOKED', at: new Date(0) };

/**
 * The campaign's events, each delivered only while the subscribing key is still active (checked in the
 * database before every event). A revoked key gets one error event and the stream ends. Closing the
 * stream, either side, frees the organization's subscription slot at once, even while waiting.
 */
function reauthorized(
  ctx: Context,
  events: AsyncIterableIterator<CampaignEvent>,
  release: () => void,
): AsyncIterableIterator<CampaignEvent> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    release();
    await events.return?.();
  };
  const done = { done: true, value: undefined } as IteratorReturnResult<undefined>;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (closed) return done;
      const next = await events.next();
      if (next.done || closed) {
        await close();
        return done;
      }
      if (!(await ctx.organizations.isKeyActive(ctx.principal.key.id))) {
        await close();
        return { done: false, value: KEY_REVOKED };
      }
      return next;
    },
    async return() {
      await close();
      return done;
    },
    async throw(error?: unknown) {
      await close();
      throw error;
    },
  };
}

builder.subscriptionFields((t) => ({
  campaignMetricsUpdated: t.field({
    type: CampaignMetricsUpdateRef,
    authScopes: { read: true },
    description:
      "An update each time a write changes the members, posts or results of your campaign. NOT_FOUND for an unknown id and, alike, for another organization's campaign.",
    args: {
      campaignId: t.arg.globalID({ for: CampaignRef, required: true, description: 'Global ID of your campaign.' }),
    },
    // Holding a stream open; its selection is priced on top, once, when it starts.
    extensions: cost({ complexity: SUBSCRIPTION_COST }),
    subscribe: async (_root, args, ctx) => {
      const id = idOf(args.campaignId);
      await speakingGlobalIds(() => ctx.campaigns.owned(id));
      const slots = subscriptionSlotsOf(ctx);
      const release = slots ? slots.acquire(String(ctx.principal.organization.id)) : () => {};
      if (!release) {
        throw new GraphQLError(
          `Your organization already has ${slots?.max} open subscriptions: close one before opening another.`,
          { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', max: slots?.max, http: { status: 429 } } },
        );
      }
      return reauthorized(ctx, ctx.events.subscribe(id), release);
    },
    resolve: (event, _args, ctx) => {
      if (event === KEY_REVOKED) {
        throw new GraphQLError('The API key of this subscription was revoked: the stream ends here.', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      // One context serves the whole subscription: drop what earlier updates loaded, so each update
      // reads the committed state.
      ctx.em.clear();
      forgetCampaign(ctx, event.campaignId);
      return event;
    },
  }),
}));
