import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { principalOf } from './auth.js';

/**
 * Trusted documents (GraphQL over HTTP "persisted documents"): the SDK's manifest maps the SHA-256 of
 * each of its operations to the operation's text, and a request may name one by `documentId`
 * (`sha256:<hex>` or the bare hex) instead of sending `query`, in a POST body or as `?documentId=` in a
 * GET. A key marked `trustedDocumentsOnly` (internal apps) may run nothing else; other keys may send
 * their own documents too. See docs/decisions/0012-strict-global-ids-and-trusted-documents.md.
 */

/** The SDK's manifest, as the package exports it. Read at run time: the SDK's codegen needs our schema. */
export const SDK_MANIFEST = '@creatorgraph/sdk/persisted-documents.json';

const Manifest = z.record(z.string().regex(/^[0-9a-f]{64}$/, 'keys must be lowercase SHA-256 hex'), z.string().min(1));

export type TrustedDocuments = ReadonlyMap<string, string>;

/**
 * Reads a manifest (`{ "<sha256 hex>": "<document>" }`) from `path`, or the SDK's when no path is
 * given. Without an SDK package (a server deployed on its own) there are no trusted documents: keys
 * marked trusted-documents-only can then run nothing, which fails closed.
 */
export function loadTrustedDocuments(path?: string): TrustedDocuments {
  let file = path;
  if (!file) {
    try {
      file = createRequire(import.meta.url).resolve(SDK_MANIFEST);
    } catch {
      return new Map();
    }
  }
  const parsed = Manifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`invalid trusted-documents manifest ${file}: ${parsed.error.message}`);
  return new Map(Object.entries(parsed.data));
}

const DOCUMENT_ID = /^(?:sha256:)?([0-9a-fA-F]{64})$/;

function badRequest(message: string, code = 'BAD_REQUEST', status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** The `documentId` of a request: the POST body's, or the GET query string's (Yoga's GET parser drops it). */
function rawDocumentId(params: GraphQLParams, request: Request): unknown {
  const fromBody = (params as { documentId?: unknown }).documentId;
  if (fromBody !== undefined && fromBody !== null) return fromBody;
  if (request.method === 'GET') return new URL(request.url).searchParams.get('documentId') ?? undefined;
  return undefined;
}

/** A document id as the manifest keys it (bare lowercase hex), or null when it is not one. */
export function documentIdHex(raw: unknown): string | null {
  const match = typeof raw === 'string' ? DOCUMENT_ID.exec(raw) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Normalises a document id to the manifest's bare lowercase hex; a 400 when it is not one. */
export function parseDocumentId(raw: unknown): string {
  const id = documentIdHex(raw);
  if (!id) throw badRequest('`documentId` must be `sha256:` followed by 64 hexadecimal digits.');
  return id;
}

const mayRunOwnDocuments = (request: Request) => principalOf(request)?.key.trustedDocumentsOnly !== true;

export function trustedDocumentsPlugins(documents: TrustedDocuments): Plugin[] {
  const both: Plugin = {
    onParams({ params, request }) {
      if (params.query !== undefined && params.query !== null && rawDocumentId(params, request) !== undefined) {
        throw badRequest('Send either `query` or `documentId`, not both.');
      }
    },
  };
  const persisted = usePersistedOperations({
    allowArbitraryOperations: mayRunOwnDocuments,
    extractPersistedOperationId: (params, request) => {
      const raw = rawDocumentId(params, request);
      if (raw !== undefined) return parseDocumentId(raw);
      // Apollo-style `extensions.persistedQuery.sha256Hash`, for clients that only speak that.
      const apollo = defaultExtractPersistedOperationId(params, request, {});
      return apollo === null ? null : parseDocumentId(apollo);
    },
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      notFound: {
        message: 'No trusted document has this `documentId`.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
      },
      persistedQueryOnly: {
        message: 'This API key may only run trusted documents: send a `documentId` instead of `query`.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
      keyNotFound: {
        message: 'Send a GraphQL document as `query`, or the id of a trusted document as `documentId`.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  });
  return [both, persisted as Plugin];
}
