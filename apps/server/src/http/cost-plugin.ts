import type { Principal } from '@creatorgraph/core';
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { principalOf } from './auth.js';
import { operationCost } from './cost.js';
import { type RateLimiter, type RateLimitState, rateLimitHeaders } from './rate-limit.js';

/**
 * Prices every operation before it runs (see `operationCost`), charges the price to the caller's
 * ORGANIZATION's leaky bucket, and corrects the charge to the actual cost once it has run.
 *
 * - Over `maxCost` points (MAX_QUERY_COST): QUERY_TOO_COSTLY, HTTP 400, nothing charged.
 * - More than the bucket holds: RATE_LIMITED, HTTP 429 with `Retry-After` (seconds), nothing charged.
 * - Otherwise `requested` is charged before execution and `requested − actual` refunded after it.
 * - Every response of an authenticated caller carries the bucket in `RateLimit-Limit`,
 *   `RateLimit-Remaining` and `RateLimit-Reset` (IETF draft), plus `X-Cost-Requested`/`X-Cost-Actual`
 *   when something was priced; GraphQL results carry the same in `extensions.cost`.
 *
 * Documents refused while parsing or validating never reach `onExecute`, so they are never charged.
 * Subscriptions are priced and charged once, when they start, and counted per organization.
 */

export interface CostPluginOptions {
  limiter: RateLimiter;
  /** Highest price of one operation (MAX_QUERY_COST, 2,000 by default in config); default: the bucket's capacity. */
  maxCost?: number;
  /** Subscriptions one organization may hold open at once on this server; default 10. */
  maxSubscriptionsPerOrganization?: number;
}

export const DEFAULT_MAX_SUBSCRIPTIONS = 10;

interface CostContext {
  principal: Principal;
  request: Request;
  rateLimit?: RateLimitState;
}

/** What one request was charged (summed over a batch); read by `onResponse` for the headers. */
interface RequestCharge {
  requested: number;
  actual: number | null;
  state: RateLimitState;
  retryAfter?: number;
}

const charges = new WeakMap<Request, RequestCharge>();
const budgets = new WeakMap<object, RateLimiter>();

/** The budget of a server, for the HTTP routes outside GraphQL (exports). */
export function budgetOf(yoga: object): RateLimiter | undefined {
  return budgets.get(yoga);
}

/** The bucket of an organization: shared by all its keys. */
export const bucketKey = (principal: Principal) => String(principal.organization.id);

/** What a request was charged (for the access log and metrics); undefined when nothing was priced. */
export function chargeOf(request: Request): { requested: number; actual: number | null } | undefined {
  return charges.get(request);
}

/** Records a charge of a request outside GraphQL (exports), so its response gets the headers too. */
export function recordCharge(request: Request, charge: RequestCharge): void {
  charges.set(request, charge);
}

function record(request: Request | undefined, requested: number, actual: number | null, state: RateLimitState) {
  if (!request) return;
  const previous = charges.get(request);
  charges.set(request, {
    requested: (previous?.requested ?? 0) + requested,
    actual: actual === null ? (previous?.actual ?? null) : (previous?.actual ?? 0) + actual,
    state,
  });
}

export interface CostReport {
  requested: number;
  actual: number | null;
  limit: number;
  remaining: number;
  resetAt: string;
  restoreRate: number;
}

const report = (requested: number, actual: number | null, state: RateLimitState): CostReport => ({
  requested,
  actual,
  limit: state.limit,
  remaining: state.remaining,
  resetAt: state.resetAt.toISOString(),
  restoreRate: state.restoreRate,
});

/** Open subscriptions per organization on this server. */
export interface SubscriptionSlots {
  /** A slot for `organization`, with its release function; null when all are taken. */
  acquire(organization: string): (() => void) | null;
  readonly max: number;
}

function subscriptionSlots(max: number): SubscriptionSlots {
  const open = new Map<string, number>();
  return {
    max,
    acquire(organization) {
      const count = open.get(organization) ?? 0;
      if (count >= max) return null;
      open.set(organization, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(organization) ?? 1) - 1;
        if (left <= 0) open.delete(organization);
        else open.set(organization, left);
      };
    },
  };
}

type Admission = { refused: ExecutionResult } | { requested: number; state: RateLimitState };

export function costPlugin(options: CostPluginOptions): Plugin<CostContext> {
  const { limiter } = options;
  // No operation may cost more than a full bucket, whatever the ceiling says.
  const maxCost = Math.min(options.maxCost ?? limiter.capacity, limiter.capacity);
  const slots = subscriptionSlots(options.maxSubscriptionsPerOrganization ?? DEFAULT_MAX_SUBSCRIPTIONS);

  /** Prices and charges an operation, or says why it may not run. */
  const admit = async (args: ExecutionArgs, ctx: CostContext): Promise<Admission> => {
    const key = bucketKey(ctx.principal);
    let requested: number;
    try {
      requested = operationCost(args.schema, args.document, {
        operationName: args.operationName,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
      });
    } catch (error) {
      if (error instanceof GraphQLError) return { refused: { errors: [error] } };
      throw error;
    }
    if (requested > maxCost) {
      const state = await limiter.peek(key);
      record(ctx.request, requested, 0, state);
      return {
        refused: {
          errors: [
            new GraphQLError(
              `This operation costs ${requested} points, over the maximum of ${maxCost}: ask for smaller pages or fewer fields.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', requested, maxCost, http: { status: 400 } } },
            ),
          ],
          extensions: { cost: report(requested, 0, state) },
        },
      };
    }
    const charged = await limiter.charge(key, requested);
    if (!charged.allowed) {
      record(ctx.request, requested, 0, charged.state);
      const entry = ctx.request ? charges.get(ctx.request) : undefined;
      if (entry) entry.retryAfter = charged.retryAfter;
      return {
        refused: {
          errors: [
            new GraphQLError(
              `Rate limit exceeded: this operation costs ${requested} points and ${charged.state.remaining} of ${charged.state.limit} are available; retry in ${charged.retryAfter} s (the bucket regains ${charged.state.restoreRate} points per second).`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter: charged.retryAfter,
                  http: { status: 429, headers: { 'Retry-After': String(charged.retryAfter) } },
                },
              },
            ),
          ],
          extensions: { cost: report(requested, 0, charged.state) },
        },
      };
    }
    return { requested, state: charged.state };
  };

  return {
    onYogaInit({ yoga }) {
      budgets.set(yoga, limiter);
    },
    async onSubscribe({ args, setResultAndStopExecution, extendContext }) {
      const ctx = args.contextValue as CostContext;
      extendContext({ subscriptionSlots: slots } as never);
      const admission = await admit(args as ExecutionArgs, ctx);
      if ('refused' in admission) {
        setResultAndStopExecution(admission.refused as never);
        return;
      }
      // A stream's price is paid once, when it starts: no refund for events that never come.
      ctx.rateLimit = admission.state;
      record(ctx.request, admission.requested, admission.requested, admission.state);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as CostContext;
      const admission = await admit(args, ctx);
      if ('refused' in admission) {
        setResultAndStopExecution(admission.refused);
        return;
      }
      const { requested } = admission;
      ctx.rateLimit = admission.state;
      return {
        async onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in (result as object)) return;
          const r = result as ExecutionResult;
          const actual = operationCost(args.schema, args.document, {
            operationName: args.operationName,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            data: (r.data as Record<string, unknown> | null | undefined) ?? null,
          });
          // Refund what was not used; bill lists that came out longer than their declared estimate.
          const state =
            actual === requested ? admission.state : await limiter.adjust(bucketKey(ctx.principal), actual - requested);
          record(ctx.request, requested, actual, state);
          setResult({ ...r, extensions: { ...r.extensions, cost: report(requested, actual, state) } });
        },
      };
    },
    async onResponse({ request, response }) {
      let charge = charges.get(request);
      if (!charge) {
        const principal = principalOf(request);
        if (!principal) return;
        charge = { requested: 0, actual: null, state: await limiter.peek(bucketKey(principal)) };
      }
      for (const [name, value] of Object.entries(rateLimitHeaders(charge.state))) response.headers.set(name, value);
      if (charge.requested > 0) response.headers.set('X-Cost-Requested', String(charge.requested));
      if (charge.actual !== null && charge.requested > 0) response.headers.set('X-Cost-Actual', String(charge.actual));
      if (charge.retryAfter) response.headers.set('Retry-After', String(charge.retryAfter));
    },
  };
}

/** The subscription slots of a request's context (absent outside the server, e.g. in unit tests). */
export function subscriptionSlotsOf(ctx: object): SubscriptionSlots | undefined {
  return (ctx as { subscriptionSlots?: SubscriptionSlots }).subscriptionSlots;
}
