import { fileURLToPath } from 'node:url';

/**
 * Codegen settings for your own operations against the API this SDK was generated from
 * (`@creatorgraph/sdk/codegen`, Node only): the schema shipped in the package and the scalar mappings the
 * SDK uses, for `@graphql-codegen/client-preset`. The documents it generates run with
 * `client.request(document, variables)`.
 */

/** Absolute path of the schema shipped in the package (`@creatorgraph/sdk/schema.graphql`). */
export const schemaPath: string = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** How the API's custom scalars are typed, as in the SDK's own types. */
export const scalars = {
  DateTime: 'string',
  CountryCode: 'string',
  Currency: 'string',
  NonNegativeInt: 'number',
  Upload: 'Blob',
} as const;

export interface ConsumerCodegenOptions {
  /** Globs of the files holding your `graphql(…)` calls or `.graphql` operations, e.g. `'src/**\/*.ts'`. */
  documents: string | string[];
  /** Folder of the generated `graphql()` tag and types, ending in `/`, e.g. `'src/gql/'`. */
  output: string;
}

/**
 * A `codegen.ts` configuration for the client preset: `export default consumerCodegen({ documents:
 * 'src/**\/*.ts', output: 'src/gql/' })`, then `npx graphql-codegen`.
 */
export function consumerCodegen(options: ConsumerCodegenOptions) {
  return {
    schema: schemaPath,
    documents: options.documents,
    ignoreNoDocuments: true,
    generates: {
      [options.output]: {
        preset: 'client' as const,
        config: { scalars, strictScalars: true, enumsAsTypes: true, useTypeImports: true },
        presetConfig: { fragmentMasking: false },
      },
    },
  };
}
