import { type DocumentNode, type GraphQLFormattedError, parse, type TypedQueryDocumentNode } from 'graphql';
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
  return (await h.gql<TData>(sourceOf(document), variables as Record<string, unknown>, key)) as Response<TData>;
}

/** Sends a typed document to a server of the test's own (not the harness'), with the given key. */
export async function executeOn<TData, TVariables>(
  yoga: Harness['yoga'],
  document: Document<TData, TVariables>,
  variables: TVariables,
  key: string,
): Promise<Response<TData>> {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: sourceOf(document), variables }),
  });
  return { status: res.status, ...(await res.json()) };
}

function sourceOf(document: DocumentNode): string {
  const source = document.loc?.source.body;
  if (!source) throw new Error('document without its source text');
  return source;
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

/** Narrows a result union to one member, failing the test with the actual member otherwise. */
export function as<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  name: N,
): Extract<T, { __typename: N }> {
  expect(value.__typename).toBe(name);
  return value as Extract<T, { __typename: N }>;
}

/** Sends a document and returns its one root field (a mutation's result), asserting there are no errors. */
export async function executeField<TData, TVariables>(
  h: Harness,
  document: Document<TData, TVariables>,
  variables: TVariables,
  key?: string | null,
): Promise<TData[keyof TData]> {
  const data = expectNoErrors(await execute(h, document, variables, key));
  return Object.values(data as object)[0] as TData[keyof TData];
}

/** An assertion of equality up to floating-point summation order: within `relative` (absolute below 1). */
export function expectCloseWithin(relative: number) {
  return (actual: number | null | undefined, expected: number | null | undefined) => {
    if (expected === null || expected === undefined) {
      expect(actual ?? null).toBeNull();
      return;
    }
    expect(actual).not.toBeNull();
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
  };
}

/**
 * Selections of the error members of mutation result unions, and their types. A union only admits spreads
 * of its own members, so each document picks the ones its union has.
 */
export const ERROR_SELECTIONS = {
  base: `
  ... on Error { __typename message code }
  ... on ValidationError { issues { field message } }`,
  notFound: '... on NotFoundError { entity ref }',
  currency: '... on CurrencyMismatchError { expected actual field }',
};
export type ValidationError = Typed<'ValidationError', ErrorFields & { issues: { field: string; message: string }[] }>;
export type NotFoundError = Typed<'NotFoundError', ErrorFields & { entity: string; ref: string }>;
export type CurrencyMismatchError = Typed<
  'CurrencyMismatchError',
  ErrorFields & { expected: string; actual: string; field: string | null }
>;

/** A GraphQL response as one event of a subscription stream carries it. */
export type StreamedResult<TData> = Omit<Response<TData>, 'status'>;
