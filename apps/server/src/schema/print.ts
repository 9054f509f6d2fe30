import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema } from 'graphql';
import { schema } from './index.js';

/**
 * The SDL committed as schema.graphql: the contract the SDK is generated from. Printed with applied
 * directives (graphql-js leaves them out), so `@semanticNonNull` reaches clients' code generators.
 */
export function printedSchema(): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema))}\n`;
}
