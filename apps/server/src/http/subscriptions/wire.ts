import type { ExecutionResult, GraphQLError } from 'graphql';

// Results as they go on the wire, whichever transport carries them.

const SUGGESTION = /\s?Did you mean .*$/s;

/** A result without the server's internals (`extensions.http`, `unexpected`), as Yoga serialises results. */
export function wireResult(result: ExecutionResult, suggestions = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('data' in result) out.data = result.data;
  if (result.errors?.length) out.errors = result.errors.map((error) => wireError(error, suggestions));
  const { http: _http, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
  if (Object.keys(extensions).length) out.extensions = extensions;
  return out;
}

export function wireError(error: GraphQLError, suggestions: boolean): Record<string, unknown> {
  const json: Record<string, unknown> =
    typeof error.toJSON === 'function' ? { ...error.toJSON() } : { message: String(error.message) };
  const { http: _http, unexpected: _unexpected, ...extensions } = (json.extensions ?? {}) as Record<string, unknown>;
  delete json.extensions;
  if (!suggestions) json.message = String(json.message).replace(SUGGESTION, '');
  return Object.keys(extensions).length ? { ...json, extensions } : json;
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
