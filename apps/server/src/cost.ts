import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Query cost, GitHub style: every object field costs 1, and the selections under a connection cost
 * once per requested item (`first`/`last`, default 20). A request is refused before execution when it
 * exceeds the per-query ceiling or the key's remaining hourly budget.
 */

export const DEFAULT_PAGE = 20;
/** Page sizes above this are refused by the connection itself, with a clearer message than a cost error. */
export const MAX_PAGE = 100;

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetAt: Date;
  /** Cost charged for this request. */
  cost: number;
}

export interface RateLimiter {
  /** Charges `cost` to `key`; returns the state after charging, or null when the budget does not cover it. */
  charge(key: string, cost: number, now: Date): RateLimitState | null;
  peek(key: string, now: Date): RateLimitState;
}

/** Fixed hourly windows per key, in memory: one process. A Redis implementation replaces it for several. */
export function createMemoryRateLimiter(limit = 5_000, windowMs = 3_600_000): RateLimiter {
  const windows = new Map<string, { start: number; used: number }>();
  const current = (key: string, now: Date) => {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    let w = windows.get(key);
    if (!w || w.start !== start) {
      w = { start, used: 0 };
      windows.set(key, w);
    }
    return w;
  };
  const state = (w: { start: number; used: number }, cost: number): RateLimitState => ({
    limit,
    remaining: Math.max(0, limit - w.used),
    resetAt: new Date(w.start + windowMs),
    cost,
  });
  return {
    charge(key, cost, now) {
      const w = current(key, now);
      if (w.used + cost > limit) return null;
      w.used += cost;
      return state(w, cost);
    },
    peek(key, now) {
      return state(current(key, now), 0);
    },
  };
}

function argNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  const v = valueFromASTUntyped(value, variables);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, depth: number): number => {
    if (depth > 50) return Number.POSITIVE_INFINITY;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const target = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && target) total += walk(fragment.selectionSet, target, multiplier, depth + 1);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const target = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (target) total += walk(selection.selectionSet, target, multiplier, depth + 1);
        continue;
      }
      if (selection.name.value.startsWith('__')) continue;
      const fields = isObjectType(type) || 'getFields' in type ? (type as GraphQLObjectType).getFields() : {};
      const field = fields[selection.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named) || !selection.selectionSet) continue;
      total += multiplier;
      let childMultiplier = multiplier;
      if (named.name.endsWith('Connection')) {
        const args = selection.arguments ?? [];
        const first = argNumber(args.find((a) => a.name.value === 'first')?.value, variables);
        const last = argNumber(args.find((a) => a.name.value === 'last')?.value, variables);
        childMultiplier = multiplier * Math.min(MAX_PAGE, Math.max(1, first ?? last ?? DEFAULT_PAGE));
      } else if (isAbstractType(named) || isObjectType(named)) {
        childMultiplier = multiplier;
      }
      total += walk(selection.selectionSet, named, childMultiplier, depth + 1);
    }
    return total;
  };
  return Math.max(1, walk(operation.selectionSet, root, 1, 0));
}

export interface CostContext {
  principal: { key: { prefix: string } };
  now: Date;
  rateLimit?: RateLimitState;
}

/** Prices each operation, charges the caller's budget and reports it in `extensions.cost`. */
export function costPlugin(options: { limiter: RateLimiter; maxCost?: number }): Plugin<CostContext> {
  const maxCost = options.maxCost ?? 5_000;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as CostContext;
      const requested = queryCost(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      const report = (state: RateLimitState) => ({
        requested,
        actual: state.cost,
        limit: state.limit,
        remaining: state.remaining,
        resetAt: state.resetAt.toISOString(),
      });
      if (requested > maxCost) {
        const state = options.limiter.peek(ctx.principal.key.prefix, ctx.now);
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query cost ${requested} exceeds the maximum of ${maxCost}: ask for smaller pages.`, {
              extensions: { code: 'VALIDATION' },
            }),
          ],
          extensions: { cost: report(state) },
        });
        return;
      }
      const charged = options.limiter.charge(ctx.principal.key.prefix, requested, ctx.now);
      if (!charged) {
        const state = options.limiter.peek(ctx.principal.key.prefix, ctx.now);
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Rate limit exceeded: this query costs ${requested} and ${state.remaining} of ${state.limit} remain until ${state.resetAt.toISOString()}.`,
              { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } },
            ),
          ],
          extensions: { cost: report(state) },
        });
        return;
      }
      ctx.rateLimit = charged;
      return {
        onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in (result as object)) return;
          const r = result as { extensions?: Record<string, unknown> };
          setResult({ ...r, extensions: { ...r.extensions, cost: report(charged) } } as never);
        },
      };
    },
  };
}
