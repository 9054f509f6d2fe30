import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types, typed documents, named methods and the persisted-documents manifest, all from schema.graphql. */
const scalars = {
  DateTime: 'string',
  CountryCode: 'string',
  Currency: 'string',
  NonNegativeInt: 'number',
  Upload: 'Blob',
};

const config: CodegenConfig = {
  schema: '../../apps/server/schema.graphql',
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
  },
};

export default config;
