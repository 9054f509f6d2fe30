import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { CountryCodeResolver, CurrencyResolver, DateTimeResolver, NonNegativeIntResolver } from 'graphql-scalars';
import type { Context } from './context.js';

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
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      read: ctx.principal.scopes.has('read'),
      write: ctx.principal.scopes.has('write'),
      admin: ctx.principal.scopes.has('admin'),
    }),
    unauthorizedError: (_parent, _ctx, _info, result) => new ScopeError(result.message),
  },
  relay: {
    clientMutationId: 'omit',
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
      description: 'Fetches objects by global IDs, in order; null for each that does not exist.',
      args: { ids: { description: 'Global IDs.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
  },
  errors: {
    defaultTypes: [],
    // The payload type itself joins the union: `CreateApiKeyResult = CreateApiKeyPayload | ValidationError`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'The payload, or a typed error explaining why nothing was written.',
    },
  },
});

/** A key without the scope a field needs: surfaced to the caller with code FORBIDDEN. */
export class ScopeError extends Error {
  readonly code = 'FORBIDDEN';
}

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('CountryCode', CountryCodeResolver, {});
builder.addScalarType('Currency', CurrencyResolver, {});
builder.addScalarType('NonNegativeInt', NonNegativeIntResolver, {});

builder.queryType({ description: 'Read entry points. Every query needs a key with the `read` scope.' });
builder.mutationType({ description: 'Writes. Each mutation is one transaction and returns a typed result.' });
