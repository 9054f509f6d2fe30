import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types, typed documents, named methods, the persisted-documents manifest and a copy of the schema that
 * ships in the package, all from the server's schema.graphql.
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
      },
    },
    'src/__generated__/sdk.ts': { plugins: ['./codegen/sdk-methods.cjs'] },
    'src/__generated__/persisted-documents.json': { plugins: ['./codegen/persisted-manifest.cjs'] },
    'schema.graphql': { plugins: ['./codegen/schema-copy.cjs'], config: { source: schema } },
  },
};

export default config;
