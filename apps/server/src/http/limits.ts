import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type TypeInfo,
  type ValidationContext,
  validate,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { errorResponse } from './auth.js';

/**
 * Limits that act before work: body sizes counted while the body streams in (a declared
 * Content-Length over the limit is refused before a byte is read), then document limits while
 * parsing and validating. Every refusal is a 4xx with a code.
 */
export interface RequestLimits {
  /** JSON, GraphQL-string and url-encoded bodies. */
  maxBodyBytes: number;
  /** A whole multipart request. */
  maxMultipartBytes: number;
  /** One uploaded file. */
  maxUploadBytes: number;
  maxUploadFiles: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Longest string argument or variable, in characters. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxBodyBytes: 1024 * 1024,
  maxMultipartBytes: 256 * 1024 * 1024,
  maxUploadBytes: 200 * 1024 * 1024,
  maxUploadFiles: 8,
  maxTokens: 3_000,
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 10,
  maxStringLength: 10_000,
};

function tooLarge(limit: number, what = 'The request body'): GraphQLError {
  return new GraphQLError(`${what} exceeds the limit of ${limit} bytes.`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
  });
}

const isMultipart = (request: Request) => request.headers.get('content-type')?.includes('multipart/form-data') ?? false;

/**
 * The body as a stream that ends early once more than `limit` bytes have passed (the multipart parser
 * then fails on the cut-off form; an errored stream would leave it waiting). `overflowed` tells why.
 */
function countedBody(body: ReadableStream<Uint8Array>, limit: number, fetchAPI: typeof globalThis) {
  const reader = body.getReader();
  const state = { seen: 0, overflowed: false };
  const stream = new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      state.seen += value.byteLength;
      if (state.seen > limit) {
        state.overflowed = true;
        await reader.cancel().catch(() => {});
        controller.close();
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { stream, state };
}

/** Reads a whole body, stopping (and cancelling it) as soon as it passes `limit` bytes: null then. */
export async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += value.byteLength;
    if (seen > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a whole (non-multipart) body, refusing it as soon as it passes `limit` bytes. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const bytes = await readAtMost(body, limit);
  if (bytes === null) throw tooLarge(limit);
  return bytes;
}

function multipartError(error: unknown, limits: RequestLimits, overflowed: boolean): GraphQLError {
  if (overflowed) return tooLarge(limits.maxMultipartBytes, 'The multipart request');
  const message = error instanceof Error ? error.message : '';
  if (/^File size limit exceeded/.test(message)) return tooLarge(limits.maxUploadBytes, 'An uploaded file');
  if (/^Files limit exceeded/.test(message)) {
    return new GraphQLError(`At most ${limits.maxUploadFiles} files may be uploaded in one request.`, {
      extensions: { code: 'TOO_MANY_FILES', http: { status: 413 } },
    });
  }
  if (error instanceof GraphQLError) {
    // Yoga's own multipart messages (missing `operations`, bad `map`) are the caller's mistake.
    return new GraphQLError(error.message, {
      extensions: { code: 'BAD_REQUEST', ...error.extensions, http: { status: 400 } },
    });
  }
  return new GraphQLError('The multipart body is malformed.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

export function bodyLimitPlugin(limits: RequestLimits, graphqlEndpoint = '/graphql'): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'GET' || request.method === 'HEAD') return;
      const type = request.headers.get('content-type') ?? '';
      // GraphQL over HTTP is JSON (multipart for uploads). Form and text posts in particular are what a
      // browser sends cross-site without a preflight.
      if (!/^\s*(application\/(json|graphql\+json|graphql)|multipart\/form-data)\s*(;|$)/i.test(type)) {
        endResponse(
          errorResponse(
            fetchAPI,
            request,
            415,
            'Send GraphQL as application/json (or multipart/form-data for uploads).',
            'UNSUPPORTED_MEDIA_TYPE',
            { accept: 'application/json, multipart/form-data' },
          ),
        );
        return;
      }
      const limit = isMultipart(request) ? limits.maxMultipartBytes : limits.maxBodyBytes;
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > limit) {
        endResponse(
          errorResponse(fetchAPI, request, 413, `The request body exceeds ${limit} bytes.`, 'PAYLOAD_TOO_LARGE'),
        );
      }
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      const api = fetchAPI as unknown as typeof globalThis;
      if (isMultipart(request)) {
        setRequestParser(async (req) => {
          const { stream, state } = countedBody(req.body as ReadableStream<Uint8Array>, limits.maxMultipartBytes, api);
          const counted = new api.Request(req.url, {
            method: req.method,
            headers: req.headers,
            body: stream,
            duplex: 'half',
          } as RequestInit);
          try {
            // The parsed form is kept by the request, so Yoga's parser below reuses it.
            await (counted as Request & { formData(o?: unknown): Promise<FormData> }).formData({
              formDataLimits: {
                fileSize: limits.maxUploadBytes,
                files: limits.maxUploadFiles,
                fieldSize: limits.maxBodyBytes,
                fields: 16,
                parts: limits.maxUploadFiles + 16,
              },
            });
            return await parse(counted);
          } catch (error) {
            throw multipartError(error, limits, state.overflowed);
          }
        });
        return;
      }
      setRequestParser(async (req) => {
        const bytes = await readLimited(req.body as ReadableStream<Uint8Array>, limits.maxBodyBytes);
        return parse(new api.Request(req.url, { method: req.method, headers: req.headers, body: bytes as BodyInit }));
      });
    },
  };
}

/**
 * Refuses introspection that walks the type graph in circles (`fields { type { fields { type … } } }`):
 * the standard introspection query lists `fields` once per type and never nests it.
 */
export function circularIntrospectionRule(context: ValidationContext): ASTVisitor {
  const nested = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes']);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const walk = (set: SelectionSetNode, inside: number, seen: Set<string>): boolean => {
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(s.name.value);
        if (fragment && !seen.has(s.name.value)) {
          if (walk(fragment.selectionSet, inside, new Set(seen).add(s.name.value))) return true;
        }
        continue;
      }
      if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet, inside, seen)) return true;
        continue;
      }
      if (!s.selectionSet) continue;
      const count = inside + (nested.has(s.name.value) ? 1 : 0);
      if (count > 1) return true;
      if (walk(s.selectionSet, count, seen)) return true;
    }
    return false;
  };
  return {
    OperationDefinition(node) {
      const introspects = node.selectionSet.selections.some(
        (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
      );
      if (!introspects) return;
      for (const s of node.selectionSet.selections) {
        if (s.kind !== Kind.FIELD || !s.name.value.startsWith('__') || !s.selectionSet) continue;
        if (walk(s.selectionSet, 0, new Set())) {
          context.reportError(
            new GraphQLError('Introspection may list `fields` of a type once, not nested.', {
              nodes: [s],
              extensions: { code: 'INTROSPECTION_TOO_DEEP' },
            }),
          );
          return;
        }
      }
    },
  };
}

/**
 * Validation stops after a few errors: a document with hundreds of unknown directives or duplicate
 * fields gets a short answer instead of one error per offence (graphql-js stops at 100 by default).
 */
export const MAX_VALIDATION_ERRORS = 5;

function fewValidationErrors(maxErrors: number): Plugin {
  return {
    onValidate({ setValidationFn }) {
      // graphql-js' own order: (schema, document, rules, options, typeInfo).
      setValidationFn((schema, document, rules, _options, typeInfo) =>
        validate(schema, document, rules, { maxErrors }, typeInfo as TypeInfo | undefined),
      );
    },
  };
}

/**
 * No "Did you mean …" in any message, whichever stage wrote it (validation, variable coercion, enum
 * and input-field names): suggestions map the schema for a caller who should not see it.
 */
function noSuggestions(): Plugin {
  const strip = (message: string) => message.replace(/\s?Did you mean .*$/s, '');
  return {
    onResultProcess({ result, setResult }) {
      const results = Array.isArray(result) ? result : [result];
      if (results.some((r) => !r || typeof r !== 'object' || Symbol.asyncIterator in r)) return;
      const cleaned = (results as { errors?: readonly GraphQLError[] }[]).map((r) =>
        r.errors?.some((e) => /Did you mean/.test(e.message))
          ? {
              ...r,
              errors: r.errors.map((e) =>
                /Did you mean/.test(e.message)
                  ? new GraphQLError(strip(e.message), {
                      nodes: e.nodes,
                      source: e.source,
                      positions: e.positions,
                      path: e.path,
                      extensions: e.extensions,
                    })
                  : e,
              ),
            }
          : r,
      );
      setResult((Array.isArray(result) ? cleaned : cleaned[0]) as never);
    },
  };
}

function validationRules(rules: ((c: ValidationContext) => ASTVisitor)[]): Plugin {
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

/** graphql-armor's rejections reported as ordinary validation errors (HTTP 400) with a code. */
function coded(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

/** Document limits (graphql-armor), with codes the caller can act on. */
export function documentLimitPlugins(limits: RequestLimits, { suggestions }: { suggestions: boolean }): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: false, ...coded('TOO_DEEP') }),
    // `__typename` counts too: 10,000 aliases of it are work like any other.
    maxAliasesPlugin({ n: limits.maxAliases, allowList: [], ...coded('TOO_MANY_ALIASES') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...coded('TOO_MANY_DIRECTIVES') }),
    validationRules([circularIntrospectionRule]),
    fewValidationErrors(MAX_VALIDATION_ERRORS),
    ...(suggestions ? [] : [noSuggestions()]),
  ] as Plugin[];
}

/**
 * Parse and validation caches bounded by the bytes of the documents they hold (Yoga's default bounds
 * only the count, so a thousand large documents could fill memory).
 */
export function boundedParserCache(maxBytes = 64 * 1024 * 1024) {
  // A parsed document takes about sixty times its source text in V8 (measured: 22 kB for 367 characters).
  const bySource = () =>
    new LRUCache<string, DocumentNode | Error>({
      maxSize: maxBytes,
      sizeCalculation: (_value, key) => Math.max(1, key.length * 60),
    });
  return { documentCache: bySource(), errorCache: bySource(), validationCache: true } as never;
}
