import { type GraphQLFormattedError, parse, type TypedQueryDocumentNode } from 'graphql';
import { expect } from 'vitest';
import type { Harness } from './harness.js';

/**
 * Typed documents for server tests: the result and variables types travel with the document, so a test
 * reads `data.createApiKey.secret` with the compiler checking it, instead of poking at `any`.
 */
export type Document<TData, TVariables> = TypedQueryDocumentNode<TData, TVariables>;

/** Variables of a document without any: `{}`. */
export type NoVariables = Record<string, never>;

/** Parses (so a typo fails where the document is written) and types a document; the text is sent as written. */
export function graphql<TData, TVariables = NoVariables>(source: string): Document<TData, TVariables> {
  return parse(source) as Document<TData, TVariables>;
}

export interface Response<TData> {
  status: number;
  data?: TData | null;
  errors?: (GraphQLFormattedError & { extensions?: { code?: string; [key: string]: unknown } })[];
  extensions?: Record<string, unknown>;
}

/** Sends a typed document through the harness' server with the given key (default: the first organization's). */
export async function execute<TData, TVariables>(
  h: Harness,
  document: Document<TData, TVariables>,
  variables: TVariables,
  key?: string | null,
): Promise<Response<TData>> {
  const source = document.loc?.source.body;
  if (!source) throw new Error('document without its source text');
  return (await h.gql<TData>(source, variables as Record<string, unknown>, key)) as Response<TData>;
}

/** Asserts a response has data and no errors, and returns the data. */
export function expectNoErrors<TData>(response: Response<TData>): TData {
  expect(response.errors).toBeUndefined();
  expect(response.data).toBeTruthy();
  return response.data as TData;
}

/** The first error's `extensions.code` (asserting there is one). */
export function errorCode(response: Response<unknown>): string | undefined {
  expect(response.errors?.length ?? 0).toBeGreaterThan(0);
  return response.errors?.[0]?.extensions?.code;
}

/** Members of a result union, discriminated by `__typename`. */
export type Typed<Name extends string, Fields> = { __typename: Name } & Fields;

/** The typed error fields every error union member has (`... on Error { code message }`). */
export interface ErrorFields {
  code: string;
  message: string;
}
