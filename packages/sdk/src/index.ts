export * from './__generated__/graphql.js';
export { createSdk, ERROR_TYPENAMES, type ErrorTypename, type Sdk } from './__generated__/sdk.js';
export { CONNECTION_FIELDS, type PossibleTypes, possibleTypes, VALUE_TYPES } from './cache.js';
export * from './client.js';
export * from './export.js';
export { createHelpers, type Helpers } from './helpers.js';
export { ABORTED, CreatorgraphError, type HelperError } from './http-helpers.js';
export * from './paginate.js';
export * from './subscribe.js';
export * from './upload/import.js';
export * from './upload/node.js';

import { createSdk } from './__generated__/sdk.js';
import { type ClientOptions, createClient } from './client.js';
import { createHelpers } from './helpers.js';

/** The client plus one typed method per operation: `const cg = creatorgraph({ url, apiKey }); await cg.creators({ first: 10 })`. */
export function creatorgraph(options: ClientOptions) {
  const client = createClient(options);
  return { client, ...createSdk(client), ...createHelpers(options) };
}
