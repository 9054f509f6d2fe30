import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  type InlineFragmentNode,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The query cost model: one function, {@link operationCost}, prices an operation before execution
 * (`requested`, from declared bounds) and again after it (`actual`, from the lists really returned).
 *
 * - Every field resolution costs points, once per object it is resolved on: 1 for a field returning an
 *   object or a list of objects, {@link LEAF_COST} for a scalar or enum (`__typename` included) and for
 *   a value object made only of such fields (Money, Interval, PageInfo…), 1 for a connection's
 *   `totalCount` (a count query), {@link MUTATION_COST} for a mutation. A field doing more work declares
 *   its own price next to it: `extensions: { cost: { complexity } }`.
 * - Every list multiplies what is selected under it. A connection by its page (`first`/`last`, default
 *   {@link DEFAULT_PAGE}, at most {@link MAX_PAGE}); any other list of objects by the upper bound it
 *   declares (`extensions: { cost: { listSize } }`, a number or a function of the arguments), else
 *   {@link UNDECLARED_LIST_SIZE}. Where the data has no hard cap the declared size is an estimate, and
 *   `actual` (what is finally charged) uses the real lengths.
 * - Fields are collected as GraphQL executes them: fields with the same response key are merged and run
 *   once, a fragment counts once per selection set, `@skip`/`@include` are honoured. On a union or
 *   interface the most expensive possible type is priced.
 * - The sum is rounded up; an operation costs at least 1 point.
 */

export const DEFAULT_PAGE = 20;
/** Page sizes above this are refused by the connection itself. */
export const MAX_PAGE = 100;
export const OBJECT_COST = 1;
/** A scalar, enum or `__typename`: ten of them cost one point. */
export const LEAF_COST = 0.1;
/** A mutation field without a declared price: a transaction. */
export const MUTATION_COST = 10;
/** A connection's `totalCount`: one count query. */
export const COUNT_COST = 1;
/** Introspection answers come from memory; their size is bounded by the depth limit. */
export const INTROSPECTION_COST = { __schema: 10, __type: 1 } as const;
/** The bound of a list of objects that declares none (every list of the schema declares one; see tests). */
export const UNDECLARED_LIST_SIZE = 100;
/** Selection sets nested deeper than this are priced as infinitely expensive (the document is absurd). */
const MAX_WALK_DEPTH = 64;

export type CostArgs = Record<string, unknown>;
/** Bounds an ancestor field hands down to lists under it (e.g. the page size of a connection). */
export type CostBounds = Readonly<Record<string, number>>;

/** What a field declares in `extensions.cost`. */
export interface FieldCost {
  /** Points per resolution, instead of 1 (objects) or 0.1 (leaves). */
  complexity?: number | ((args: CostArgs) => number);
  /** Upper bound of a list of objects: a number or from the arguments and the bounds handed down. */
  listSize?: number | ((args: CostArgs, bounds: CostBounds) => number);
  /** Bounds for lists below this field (e.g. the planner's `maxCreators` for its selections). */
  provides?: (args: CostArgs) => CostBounds;
  /** Refuses the operation before execution (VALIDATION) when this list argument is longer. */
  maxItems?: { arg: string; max: number };
}

/** `extensions` of a field declaring its cost: `t.field({ …, extensions: cost({ complexity: 5 }) })`. */
export const cost = (spec: FieldCost) => ({ cost: spec });

/** Length of a list argument (0 when absent), at most `max`. */
export const argLength =
  (arg: string, max = Number.POSITIVE_INFINITY) =>
  (args: CostArgs): number =>
    Math.min(Array.isArray(args[arg]) ? (args[arg] as unknown[]).length : 0, max);

/** A whole number in [min, max], or `fallback` when the value is not a number. */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
  return Math.max(min, Math.min(max, n));
}

type ResultObject = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  mutationRoot: GraphQLObjectType | null;
}

export interface OperationCostOptions {
  operationName?: string | null;
  variables?: Record<string, unknown>;
  /**
   * The execution result's `data`: when given, lists count with their real lengths and fields that
   * did not run (absent from the data) cost nothing: the `actual` cost.
   */
  data?: Record<string, unknown> | null;
}

/**
 * Prices an operation. Throws a GraphQLError (code VALIDATION) for a list argument over its declared
 * `maxItems` (e.g. `nodes(ids:)` with more than 100 ids).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, options: OperationCostOptions = {}) {
  const operation = getOperationAST(document, options.operationName);
  if (!operation) return 0;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const walk: Walk = {
    schema,
    fragments,
    variables: coercedVariables(schema, operation, options.variables ?? {}),
    mutationRoot: operation.operation === 'mutation' ? root : null,
  };
  const objects = options.data === undefined ? null : options.data ? [options.data] : [];
  const total = selectionCost(walk, root, {
    sets: [operation.selectionSet],
    multiplier: 1,
    bounds: {},
    depth: 0,
    objects,
  });
  // Float sums such as 0.1 × 30 land a hair above the integer: round to 6 places before ceiling.
  return Math.max(1, Math.ceil(Math.round(total * 1e6) / 1e6));
}

/** The price before execution (`queryCost(schema, document)` kept for callers of the old name). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  return operationCost(schema, document, { operationName, variables });
}

function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>) {
  try {
    const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
    // Invalid variables fail execution anyway; price with what was sent.
    return result.coerced ?? raw;
  } catch {
    return raw;
  }
}

function argumentsOf(walk: Walk, def: GraphQLField<unknown, unknown>, node: FieldNode): CostArgs {
  try {
    return getArgumentValues(def, node, walk.variables) as CostArgs;
  } catch {
    return {};
  }
}

function included(walk: Walk, node: SelectionNode): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if === false) return false;
  } catch {
    // An invalid directive argument fails execution; price the field.
  }
  return true;
}

function conditionMatches(walk: Walk, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const target = walk.schema.getType(condition);
  return !!target && isAbstractType(target) && walk.schema.isSubType(target, type);
}

/** GraphQL's CollectFields: the fields executed on an object of `type`, grouped by response key. */
function collectFields(walk: Walk, type: GraphQLObjectType, sets: readonly SelectionSetNode[]) {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(walk, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const group = fields.get(key);
        if (group) group.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (conditionMatches(walk, (selection as InlineFragmentNode).typeCondition?.name.value, type)) {
          visit(selection.selectionSet);
        }
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = walk.fragments.get(name);
        if (fragment && conditionMatches(walk, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

function specOf(def: GraphQLField<unknown, unknown>): FieldCost {
  return ((def.extensions as { cost?: FieldCost } | undefined)?.cost ?? {}) as FieldCost;
}

function ownCost(
  walk: Walk,
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  args: CostArgs,
  composite: boolean,
): number {
  const { complexity } = specOf(def);
  if (typeof complexity === 'function') return Math.max(0, complexity(args));
  if (typeof complexity === 'number') return complexity;
  if (parent === walk.mutationRoot) return MUTATION_COST;
  if (def.name === 'totalCount' && parent.name.endsWith('Connection')) return COUNT_COST;
  if (!composite) return LEAF_COST;
  const named = getNamedType(def.type);
  return isObjectType(named) && isValueType(named) ? LEAF_COST : OBJECT_COST;
}

const valueTypes = new WeakMap<GraphQLObjectType, boolean>();

/**
 * An object type whose fields are all argument-free scalars or enums (Money, Interval, PageInfo, …) is
 * a value computed with its parent, not something fetched: priced as a leaf.
 */
function isValueType(type: GraphQLObjectType): boolean {
  let value = valueTypes.get(type);
  if (value === undefined) {
    value = Object.values(type.getFields()).every((f) => f.args.length === 0 && !isCompositeType(getNamedType(f.type)));
    valueTypes.set(type, value);
  }
  return value;
}

function declaredListSize(
  parent: GraphQLObjectType,
  def: GraphQLField<unknown, unknown>,
  args: CostArgs,
  bounds: CostBounds,
) {
  const { listSize } = specOf(def);
  const size =
    typeof listSize === 'function'
      ? listSize(args, bounds)
      : typeof listSize === 'number'
        ? listSize
        : parent.name.endsWith('Connection') && (def.name === 'edges' || def.name === 'nodes')
          ? (bounds.page ?? DEFAULT_PAGE)
          : UNDECLARED_LIST_SIZE;
  return Number.isFinite(size) ? Math.max(0, size) : UNDECLARED_LIST_SIZE;
}

function boundsBelow(def: GraphQLField<unknown, unknown>, named: GraphQLNamedType, args: CostArgs, bounds: CostBounds) {
  const spec = specOf(def);
  let next = bounds;
  if (
    named.name.endsWith('Connection') &&
    ('first' in args || 'last' in args || def.args.some((a) => a.name === 'first'))
  ) {
    next = { ...next, page: clampInt(args.first ?? args.last, 0, MAX_PAGE, DEFAULT_PAGE) };
  }
  if (spec.provides) next = { ...next, ...spec.provides(args) };
  return next;
}

function checkMaxItems(def: GraphQLField<unknown, unknown>, args: CostArgs): void {
  const limit = specOf(def).maxItems;
  if (!limit) return;
  const value = args[limit.arg];
  const length = Array.isArray(value) ? value.length : 0;
  if (length > limit.max) {
    throw new GraphQLError(`\`${def.name}(${limit.arg}:)\` takes at most ${limit.max} items (got ${length}).`, {
      extensions: { code: 'VALIDATION', http: { status: 400 } },
    });
  }
}

const isObject = (v: unknown): v is ResultObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function flattenValues(value: unknown, out: ResultObject[]): void {
  if (Array.isArray(value)) for (const v of value) flattenValues(v, out);
  else if (isObject(value)) out.push(value);
}

/**
 * Selection sets to price on one type: `multiplier` objects before execution (`objects` null), or exactly
 * the given result `objects` after it, with the bounds handed down and the nesting depth.
 */
interface Visit {
  sets: readonly SelectionSetNode[];
  multiplier: number;
  bounds: CostBounds;
  depth: number;
  objects: ResultObject[] | null;
}

/** The cost of a visit's selection sets on `type`. */
function selectionCost(walk: Walk, type: GraphQLObjectType, visit: Visit): number {
  const { sets, multiplier, bounds, depth, objects } = visit;
  if (depth > MAX_WALK_DEPTH) return Number.POSITIVE_INFINITY;
  if (objects ? objects.length === 0 : multiplier === 0) return 0;
  let total = 0;
  for (const [key, nodes] of collectFields(walk, type, sets)) {
    const node = nodes[0] as FieldNode;
    const name = node.name.value;
    const present = objects ? objects.filter((o) => key in o) : null;
    const count = present ? present.length : multiplier;
    if (count === 0) continue;
    if (name === '__typename') {
      total += count * LEAF_COST;
      continue;
    }
    if (name === '__schema' || name === '__type') {
      total += count * INTROSPECTION_COST[name];
      continue;
    }
    const def = type.getFields()[name];
    if (!def) continue;
    const args = argumentsOf(walk, def, node);
    if (!objects) checkMaxItems(def, args);
    const named = getNamedType(def.type);
    const composite = isCompositeType(named);
    total += count * ownCost(walk, type, def, args, composite);
    if (!composite) continue;
    const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    const child = { sets: subSets, bounds: boundsBelow(def, named, args, bounds), depth: depth + 1 };
    if (present) {
      const values: ResultObject[] = [];
      for (const o of present) flattenValues(o[key], values);
      total += compositeCost(walk, named, { ...child, multiplier: 0, objects: values });
    } else {
      const items = isListType(getNullableType(def.type)) ? declaredListSize(type, def, args, bounds) : 1;
      total += compositeCost(walk, named, { ...child, multiplier: multiplier * items, objects: null });
    }
  }
  return total;
}

/** An object type directly; a union or interface as its most expensive type, or each result as its own. */
function compositeCost(walk: Walk, named: GraphQLNamedType, visit: Visit): number {
  if (isObjectType(named)) return selectionCost(walk, named, visit);
  if (!isAbstractType(named)) return 0;
  const possible = walk.schema.getPossibleTypes(named);
  const { sets, objects } = visit;
  if (!objects) {
    let most = 0;
    for (const type of possible) most = Math.max(most, selectionCost(walk, type, visit));
    return most;
  }
  // After execution: each result object belongs to the type whose selected fields it holds.
  const keysOf = new Map(possible.map((type) => [type, new Set(collectFields(walk, type, sets).keys())]));
  const groups = new Map<GraphQLObjectType, ResultObject[]>();
  for (const object of objects) {
    const keys = Object.keys(object);
    let best: GraphQLObjectType | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const [type, selected] of keysOf) {
      const missing = keys.filter((k) => !selected.has(k)).length;
      const score = keys.length - missing - 1000 * missing;
      if (score > bestScore) {
        best = type;
        bestScore = score;
      }
    }
    if (best) groups.set(best, [...(groups.get(best) ?? []), object]);
  }
  let total = 0;
  for (const [type, group] of groups) total += selectionCost(walk, type, { ...visit, multiplier: 0, objects: group });
  return total;
}
