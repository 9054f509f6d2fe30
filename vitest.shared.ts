import { createRequire } from 'node:module';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "source" condition, so tests run
// against src/ without a build step while Node at runtime uses dist/. The defaults are kept: adding
// "import" here would reach Node's require() and load ESM builds of CommonJS packages such as pg.
//
// graphql 16 ships CommonJS (main) and ESM (module field) side by side; Pothos and Yoga load the CommonJS
// copy through Node, so our sources must get the same copy or schema objects cross "realms".
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

export const sharedConfig = defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    alias: [{ find: /^graphql$/, replacement: graphqlMain }],
  },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
