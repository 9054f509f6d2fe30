export * from './__generated__/graphql.js';
export { createSdk, type Sdk } from './__generated__/sdk.js';
export * from './client.js';

import { createSdk } from './__generated__/sdk.js';
import { type ClientOptions, createClient } from './client.js';

/** The client plus one typed method per operation: `const cg = creatorgraph({ url, apiKey }); await cg.creators({ first: 10 })`. */
export function creatorgraph(options: ClientOptions) {
  const client = createClient(options);
  return { client, ...createSdk(client) };
}
