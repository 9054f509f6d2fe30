import {
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValidationContext,
  type VariableDefinitionNode,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { REQUEST_ERROR_HTTP, toClientError } from './errors.js';

/**
 * Bounded strings: every string the caller sends, inline in the document or in variables (nested in
 * input objects and lists, default values included), is at most `maxStringLength` characters and has
 * no NUL character; some fields have tighter limits. Refused with code VALIDATION and the path of the
 * offending value, before execution and before the query is priced or charged.
 */

export const DEFAULT_MAX_STRING_LENGTH = 10_000;

/**
 * Tighter limits by schema coordinate (`Type.inputField` or `Type.field(arg:)`), and by argument name
 * for every field: search filters and lookups, where a long value only makes the database work.
 */
export const FIELD_STRING_LIMITS: Readonly<Record<string, number>> = {
  'CreatorFilter.nameContains': 200,
  'CreatorFilter.niches': 100,
  'PlanCampaignInput.niches': 100,
  'Query.benchmarks(niche:)': 100,
  'Query.compareTiers(niche:)': 100,
  'Query.creator(handle:)': 100,
  'Query.account(handle:)': 100,
  'Mutation.revokeApiKey(prefix:)': 64,
};
const ARGUMENT_STRING_LIMITS: Readonly<Record<string, number>> = { after: 2_000, before: 2_000 };
/** Global IDs are short (`Campaign:2147483647` in base64 is 28 characters). */
const TYPE_STRING_LIMITS: Readonly<Record<string, number>> = { ID: 100 };
/** At most this many problems are reported for one request. */
const MAX_ISSUES = 10;
/**
 * Deepest nesting of a variable's value. No input type of the schema nests deeper than a few levels,
 * and graphql-js coerces values recursively: a value nested thousands deep would overflow its stack.
 */
export const MAX_VARIABLE_DEPTH = 32;

export interface InputLimits {
  maxStringLength: number;
}

interface Issue {
  path: string;
  message: string;
  nodes?: ASTNode[];
}

function limitFor(coordinate: string | undefined, argumentName: string | undefined, typeName: string, max: number) {
  let limit = max;
  const byCoordinate = coordinate ? FIELD_STRING_LIMITS[coordinate] : undefined;
  if (byCoordinate !== undefined) limit = Math.min(limit, byCoordinate);
  const byArgument = argumentName ? ARGUMENT_STRING_LIMITS[argumentName] : undefined;
  if (byArgument !== undefined) limit = Math.min(limit, byArgument);
  const byType = TYPE_STRING_LIMITS[typeName];
  if (byType !== undefined) limit = Math.min(limit, byType);
  return limit;
}

function problemOf(value: string, limit: number): string | null {
  if (value.length > limit) return `is longer than ${limit} characters`;
  if (value.includes('\u0000')) return 'contains a NUL character';
  return null;
}

function validationError(issue: Issue): GraphQLError {
  return new GraphQLError(`"${issue.path}" ${issue.message}.`, {
    nodes: issue.nodes,
    extensions: {
      code: 'VALIDATION',
      issues: [{ field: issue.path, message: issue.message }],
      http: REQUEST_ERROR_HTTP,
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// Literals in the document: a validation rule (cached with the document's validation result).

/** Readable path of a value from its ancestors: `filter.niches.2` under an argument, `$v` in a default. */
function literalPath(chain: readonly (ASTNode | readonly ASTNode[])[], keys: readonly (string | number)[]): string {
  const parts: string[] = [];
  chain.forEach((entry, i) => {
    if (Array.isArray(entry)) {
      const owner = chain[i - 1] as ASTNode | undefined;
      if (owner?.kind === Kind.LIST) parts.push(String(keys[i]));
      return;
    }
    const node = entry as ASTNode;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) parts.push(node.name.value);
    if (node.kind === Kind.VARIABLE_DEFINITION) parts.push(`$${node.variable.name.value}`);
  });
  return parts.join('.');
}

export function stringLiteralRule(limits: InputLimits) {
  return (context: ValidationContext): ASTVisitor => {
    // Coordinate of each argument and input field met, to find the limit of the strings inside it.
    const coordinates = new Map<ASTNode, string>();
    let reported = 0;
    return {
      Argument(node) {
        const argument = context.getArgument();
        const directive = context.getDirective();
        const field = context.getFieldDef();
        const parent = context.getParentType();
        if (directive) coordinates.set(node, `@${directive.name}(${node.name.value}:)`);
        else if (argument && field && parent) coordinates.set(node, `${parent.name}.${field.name}(${argument.name}:)`);
      },
      ObjectField(node) {
        const owner = context.getParentInputType();
        if (owner) coordinates.set(node, `${getNamedType(owner).name}.${node.name.value}`);
      },
      StringValue(node, key, parent, path, ancestors) {
        if (reported >= MAX_ISSUES) return;
        const chain = [...ancestors, parent as ASTNode, node].filter((n) => n !== undefined);
        const keys = [...path, key as string | number];
        let coordinate: string | undefined;
        let argumentName: string | undefined;
        for (let i = chain.length - 1; i >= 0; i--) {
          const entry = chain[i] as ASTNode;
          if (Array.isArray(entry)) continue;
          if (entry.kind === Kind.ARGUMENT || entry.kind === Kind.OBJECT_FIELD) {
            coordinate ??= coordinates.get(entry);
            if (entry.kind === Kind.ARGUMENT) argumentName = entry.name.value;
            break;
          }
        }
        const type = context.getInputType();
        const limit = limitFor(
          coordinate,
          argumentName,
          type ? getNamedType(type).name : 'String',
          limits.maxStringLength,
        );
        const problem = problemOf(node.value, limit);
        if (!problem) return;
        reported++;
        context.reportError(validationError({ path: literalPath(chain, keys), message: problem, nodes: [node] }));
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------------
// Variables: checked on the values sent, before execution (and before the cost plugin charges).

interface Usage {
  type: GraphQLInputType;
  coordinate?: string;
  argumentName?: string;
}

/** Where each variable is used, with the input type and coordinate of the position; once per document. */
const usagesByDocument = new WeakMap<DocumentNode, Map<string, Usage[]>>();

function variableUsages(schema: GraphQLSchema, document: DocumentNode): Map<string, Usage[]> {
  const cached = usagesByDocument.get(document);
  if (cached) return cached;
  const usages = new Map<string, Usage[]>();
  const typeInfo = new TypeInfo(schema);
  const positions: { coordinate?: string; argumentName?: string }[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          const directive = typeInfo.getDirective();
          positions.push({
            coordinate: directive
              ? `@${directive.name}(${node.name.value}:)`
              : field && parent
                ? `${parent.name}.${field.name}(${node.name.value}:)`
                : undefined,
            argumentName: node.name.value,
          });
        },
        leave() {
          positions.pop();
        },
      },
      ObjectField: {
        enter(node) {
          const owner = typeInfo.getParentInputType();
          positions.push({ coordinate: owner ? `${getNamedType(owner).name}.${node.name.value}` : undefined });
        },
        leave() {
          positions.pop();
        },
      },
      Variable(node) {
        const type = typeInfo.getInputType();
        if (!type) return;
        const position = positions.at(-1) ?? {};
        const list = usages.get(node.name.value) ?? [];
        list.push({ type, coordinate: position.coordinate, argumentName: position.argumentName });
        usages.set(node.name.value, list);
      },
    }),
  );
  usagesByDocument.set(document, usages);
  return usages;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Every string anywhere in a JSON value, and its depth (iteratively: depth cannot overflow the stack). */
function checkAnyStrings(value: unknown, path: string, max: number, issues: Issue[], nodes: ASTNode[]) {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const [current, at, depth] = stack.pop() as [unknown, string, number];
    if (typeof current === 'string') {
      const problem = problemOf(current, max);
      if (problem) issues.push({ path: at, message: problem, nodes });
      continue;
    }
    const container = Array.isArray(current) || isPlainObject(current);
    if (container && depth >= MAX_VARIABLE_DEPTH) {
      issues.push({ path: at, message: `is nested more than ${MAX_VARIABLE_DEPTH} levels deep`, nodes });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${at}.${i}`, depth + 1]);
    } else if (isPlainObject(current)) {
      for (const [k, v] of Object.entries(current).reverse()) {
        const keyProblem = problemOf(k, max);
        if (keyProblem) issues.push({ path: at, message: `has a key that ${keyProblem}`, nodes });
        stack.push([v, `${at}.${k}`, depth + 1]);
      }
    }
  }
}

/** The tighter limits, following the type of the position where the variable is used. */
function checkTypedStrings(value: unknown, usage: Usage, path: string, max: number, issues: Issue[], nodes: ASTNode[]) {
  const stack: [unknown, GraphQLInputType, string, string | undefined, string | undefined][] = [
    [value, usage.type, path, usage.coordinate, usage.argumentName],
  ];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const [current, rawType, at, coordinate, argumentName] = stack.pop() as (typeof stack)[number];
    if (current === null || current === undefined) continue;
    const type = isNonNullType(rawType) ? rawType.ofType : rawType;
    if (isListType(type)) {
      // A single value where a list is expected is coerced to a list of one.
      const items = Array.isArray(current) ? current : [current];
      items.forEach((item, i) => {
        stack.push([item, type.ofType, Array.isArray(current) ? `${at}.${i}` : at, coordinate, argumentName]);
      });
    } else if (isInputObjectType(type)) {
      if (!isPlainObject(current)) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (name in current)
          stack.push([current[name], field.type, `${at}.${name}`, `${type.name}.${name}`, undefined]);
      }
    } else if (typeof current === 'string') {
      const problem = problemOf(current, limitFor(coordinate, argumentName, type.name, max));
      if (problem) issues.push({ path: at, message: problem, nodes });
    }
  }
}

export function checkVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: InputLimits,
): GraphQLError[] {
  const issues: Issue[] = [];
  const usages = variableUsages(schema, document);
  const definitions = operation.variableDefinitions ?? [];
  const declared = new Set(definitions.map((d: VariableDefinitionNode) => d.variable.name.value));
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const nodes = [definition];
    const provided = variables && Object.hasOwn(variables, name);
    const value = provided ? variables[name] : definition.defaultValue && valueFromASTUntyped(definition.defaultValue);
    if (value === undefined || value === null) continue;
    // The tighter, position-specific limits first: of two problems at one path, the first is reported.
    const declaredType = typeFromAST(schema, definition.type);
    for (const usage of usages.get(name) ?? (declaredType ? [{ type: declaredType as GraphQLInputType }] : [])) {
      checkTypedStrings(value, usage, `$${name}`, limits.maxStringLength, issues, nodes);
    }
    checkAnyStrings(value, `$${name}`, limits.maxStringLength, issues, nodes);
  }
  // Values of undeclared variables are never used, but would still be echoed in error messages.
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (!declared.has(name)) checkAnyStrings(value, `$${name}`, limits.maxStringLength, issues, []);
  }
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
  return unique.slice(0, MAX_ISSUES).map(validationError);
}

/**
 * The plugin: the literal rule while validating, the variable check first thing in execution. Put it
 * before the cost plugin in Yoga's `plugins`, so a refused request is never charged.
 */
export function inputLimitsPlugin(options: Partial<InputLimits> = {}): Plugin {
  const limits: InputLimits = { maxStringLength: options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH };
  const rule = stringLiteralRule(limits);
  const check = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown> | null;
  }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return [];
    const errors = checkVariables(args.schema, args.document, operation, args.variableValues, limits);
    if (errors.length > 0) return errors;
    // Coerced here as graphql-js will during execution, so bad values are refused before the cost
    // plugin charges; the errors are mapped as any response's (code, 400 under graphql-response+json).
    const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, {
      maxErrors: MAX_ISSUES,
    });
    return (coerced.errors ?? []).map((error) => toClientError(error, 'Unexpected error.') as GraphQLError);
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
