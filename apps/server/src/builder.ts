import { type FieldIssue, ValidationError } from '@creatorgraph/core';
import SchemaBuilder, {
  BasePlugin,
  mapInputFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import {
  DirectiveLocation,
  GraphQLDirective,
  type GraphQLFieldResolver,
  GraphQLInt,
  GraphQLList,
  type GraphQLSchema,
  isInterfaceType,
} from 'graphql';
import type { Context } from './context.js';
import { argLength, cost } from './http/cost.js';
import { decodeGlobalId, encodeGlobalId, registerNodeTypes } from './schema/common/ids.js';

type GlobalIdMapping = Map<
  string,
  {
    kind: string;
    listDepth: number;
    value: unknown;
    fields?: { map: GlobalIdMapping | null };
  }
>;

function checkGlobalIds(value: unknown, mapping: GlobalIdMapping, prefix: string, issues: FieldIssue[]): void {
  if (value === null || typeof value !== 'object') return;
  for (const [name, field] of mapping) {
    const path = prefix ? `${prefix}.${name}` : name;
    const visit = (item: unknown, itemPath: string, depth: number): void => {
      if (item === null || item === undefined) return;
      if (depth > 0 && Array.isArray(item)) {
        item.forEach((element, i) => {
          visit(element, `${itemPath}.${i}`, depth - 1);
        });
        return;
      }
      if (field.kind === 'InputObject') {
        if (field.fields?.map) checkGlobalIds(item, field.fields.map, itemPath, issues);
        return;
      }
      if (field.value === null) return;
      const expected = Array.isArray(field.value)
        ? field.value.map((t: { typename: string }) => t.typename)
        : undefined;
      const decoded = decodeGlobalId(item, expected);
      if ('problem' in decoded) issues.push({ field: itemPath, message: decoded.problem });
    };
    visit((value as Record<string, unknown>)[name], path, field.listDepth);
  }
}

/**
 * Checks every global id argument (nested in inputs and lists too) before Pothos decodes it, so a
 * malformed id is a ValidationError naming its argument path: in the field's error union when it has
 * one (`errors.unsafelyHandleInputErrors`), a top-level VALIDATION error otherwise.
 */
export class StrictGlobalIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  private readonly mappingCache = new Map();

  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver) return resolver;
    const mapping = mapInputFields(
      fieldConfig.args,
      this.buildCache,
      (input) => {
        const extensions = input.extensions as
          | { isRelayGlobalID?: boolean; relayGlobalIDFor?: unknown; relayGlobalIDAlwaysParse?: boolean }
          | undefined;
        return extensions?.isRelayGlobalID ? (extensions.relayGlobalIDFor ?? true) : null;
      },
      this.mappingCache,
    ) as GlobalIdMapping | null;
    if (!mapping) return resolver;
    return (parent, args, context, info) => {
      const issues: FieldIssue[] = [];
      checkGlobalIds(args, mapping, '', issues);
      if (issues.length > 0) throw new ValidationError(issues);
      return resolver(parent, args, context, info);
    };
  }

  override afterBuild(schema: GraphQLSchema): GraphQLSchema {
    const node = schema.getType('Node');
    if (node && isInterfaceType(node)) registerNodeTypes(schema.getPossibleTypes(node).map((type) => type.name));
    return schema;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      strictGlobalIds: StrictGlobalIdsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('strictGlobalIds', StrictGlobalIdsPlugin);

/**
 * Root fields that stay non-null: they take no input a caller can get wrong and read no data that can be
 * missing, so null would only add a check to every client.
 */
const NON_NULL_ROOT_FIELDS = new Set(['viewer', 'tierScheme', 'metricsConfig', 'nodes']);

/**
 * Every other query and mutation field is nullable (docs/decisions/0024-nullable-root-fields.md): one
 * refused or failing field answers null with its error while the rest of the response stands, so a
 * committed mutation's result is never lost to a failure beside it. Subscriptions keep their type.
 */
/** The semantic-nullability directive as Relay and graphql-codegen read it (`levels` 0: the field itself). */
export const SemanticNonNullDirective = new GraphQLDirective({
  name: 'semanticNonNull',
  description:
    'The field is null only when an error for it is in `errors`: clients that surface errors may treat it as non-null.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { levels: { type: new GraphQLList(GraphQLInt), defaultValue: [0] } },
});

export class NullableRootFieldsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const root = fieldConfig.parentType === 'Query' || fieldConfig.parentType === 'Mutation';
    if (!root || NON_NULL_ROOT_FIELDS.has(fieldConfig.name) || fieldConfig.type.nullable) return fieldConfig;
    // `@semanticNonNull`: null here only ever comes with an error, so error-handling clients (this SDK,
    // Relay) may keep the non-null type.
    return {
      ...fieldConfig,
      type: { ...fieldConfig.type, nullable: true } as typeof fieldConfig.type,
      extensions: { ...fieldConfig.extensions, directives: { semanticNonNull: {} } },
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      nullableRootFields: NullableRootFieldsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('nullableRootFields', NullableRootFieldsPlugin);

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    CountryCode: { Input: string; Output: string };
    Currency: { Input: string; Output: string };
    NonNegativeInt: { Input: number; Output: number };
    /** A multipart file upload (input only): Yoga passes a `File`. */
    Upload: { Input: File; Output: never };
  };
  AuthScopes: { read: boolean; write: boolean; admin: boolean; catalogWrite: boolean };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  // strictGlobalIds sits inside errors (so its ValidationError joins error unions) and before relay.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, 'strictGlobalIds', RelayPlugin, 'nullableRootFields'],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      read: ctx.principal.scopes.has('read'),
      write: ctx.principal.scopes.has('write'),
      admin: ctx.principal.scopes.has('admin'),
      catalogWrite: ctx.principal.scopes.has('catalog_write'),
    }),
    unauthorizedError: (_parent, _ctx, _info, result) => new ScopeError(result.message),
  },
  relay: {
    clientMutationId: 'omit',
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, id),
    // Argument ids were checked with their path by StrictGlobalIdsPlugin; this is the last line.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalId(globalID);
      if ('problem' in decoded) throw new ValidationError([{ field: 'id', message: decoded.problem }]);
      return decoded;
    },
    cursorType: 'String',
    idFieldOptions: { description: 'Opaque global ID; pass it to `node` or to any argument taking this type.' },
    nodeTypeOptions: { description: 'An object with a global ID.' },
    cursorFieldOptions: { description: 'Opaque cursor of this edge; pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The object at this edge.' },
    edgesFieldOptions: { description: 'The objects of the page with their cursors.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page.' },
    firstArgOptions: { description: 'Page size from the start or from `after`: 1–100, default 20.' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    lastArgOptions: { description: 'Page size from the end or from `before`: 1–100.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    nodesOnConnection: { description: 'The nodes of the page, in order, without edges.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not yours.',
      args: { id: { description: 'A global ID.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by global IDs, in order; null for each that does not exist. At most 100 IDs.',
      // More than 100 ids is refused before execution (VALIDATION, not charged); each id is priced.
      extensions: cost({ listSize: argLength('ids', 100), maxItems: { arg: 'ids', max: 100 } }),
      args: { ids: { description: 'Global IDs.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
  },
  errors: {
    defaultTypes: [],
    // Malformed global ids (found while mapping arguments) become the field's ValidationError result.
    // Argument mapping runs before scope checks; all it can reveal is that the input is malformed.
    unsafelyHandleInputErrors: true,
    // The payload type itself joins the union: `CreateApiKeyResult = CreateApiKeyPayload | ValidationError`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'The payload, or a typed error explaining why nothing was written.',
    },
  },
});

/** The schema's types, for helpers that declare fields outside a `fields: (t) => …` callback. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A key without the scope a field needs: surfaced to the caller with code FORBIDDEN. */
export class ScopeError extends Error {
  readonly code = 'FORBIDDEN';
}

builder.queryType({ description: 'Read entry points. Every query needs a key with the `read` scope.' });
builder.mutationType({ description: 'Writes. Each mutation is one transaction and returns a typed result.' });
