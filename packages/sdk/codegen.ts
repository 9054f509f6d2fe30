import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types, typed documents, named methods, the persisted-documents manifest, the cache facts for Apollo
 * Client (possible types of unions and interfaces, connections and value objects) and a copy of the schema
 * that ships in the package, all from the server's schema.graphql.
 */
const scalars = {
  DateTime: 'string',
  CountryCode: 'string',
  Currency: 'string',
  NonNegativeInt: 'number',
  Upload: 'Blob',
};

const schema = '../../apps/server/schema.graphql';

const config: CodegenConfig = {
  schema,
  documents: 'src/operations/**/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/__generated__/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        scalars,
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        dedupeFragments: true,
        // This client never hands out data with errors as success (`ok: true` means no errors), so root
        // fields marked `@semanticNonNull` (nullable only to keep partial results) stay non-null here.
        nullability: { errorHandlingClient: true },
      },
    },
    'src/__generated__/sdk.ts': { plugins: ['./codegen/sdk-methods.cjs'] },
    'src/__generated__/persisted-documents.json': { plugins: ['./codegen/persisted-manifest.cjs'] },
    'src/__generated__/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true, deterministic: true },
    },
    'src/__generated__/type-policies.ts': { plugins: ['./codegen/type-policies.cjs'] },
    // The minified introspection urql's Graphcache needs to match fragments and write results exactly.
    'src/__generated__/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true, minify: true },
    },
    'schema.graphql': { plugins: ['./codegen/schema-copy.cjs'], config: { source: schema } },
  },
};

export default config;
