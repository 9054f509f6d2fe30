import generated from './__generated__/possible-types.js';

/**
 * What a normalized client cache needs to know about the schema, as plain data generated from it (no
 * client library is loaded here): `@creatorgraph/sdk/apollo` builds Apollo's cache configuration from it.
 */

export { CONNECTION_FIELDS, VALUE_TYPES } from './__generated__/type-policies.js';

/**
 * For each union and interface, the object types that belong to it (`Node`, `Error`, every `…Result`
 * union): Apollo Client's `possibleTypes`, without which fragments on them match nothing in the cache.
 */
export const possibleTypes = generated.possibleTypes;

export type PossibleTypes = typeof possibleTypes;
