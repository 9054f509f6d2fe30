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
    nodesOnConnection: { description: 'The nodes of the page, in order, without edges.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not yours.',
    },
    nodesQueryOptions: { description: 'Fetches objects by global IDs, in order; null for each that does not exist.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
  },
  errors: { defaultTypes: [] },
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
