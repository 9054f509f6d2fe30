import type { ImportFileReport, ImportFormat, ImportRejection, ImportReport } from '../__generated__/graphql.js';
import {
  abortedError,
  fetchFailure,
  fetchOf,
  type HelperError,
  type HelperOptions,
  headersOf,
  retryAfterOf,
  wireErrors,
} from '../http-helpers.js';

/**
 * `importData(files, { onProgress })`: the `importData` mutation as a GraphQL multipart request
 * (`operations`, `map`, then one part per file), with upload progress and the typed report.
 */

/** A file to import: its name tells its kind and format (`creators.csv`, `posts.jsonl`…). */
export interface ImportFile {
  name: string;
  content: Blob | string | Uint8Array;
}

/** The import report: totals, one entry per file and the first rejections. */
export type ImportDataReport = Pick<
  ImportReport,
  'rowsRead' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'batches' | 'truncatedRejections'
> & {
  files: Pick<
    ImportFileReport,
    'name' | 'kind' | 'format' | 'rowsRead' | 'inserted' | 'updated' | 'unchanged' | 'rejected'
  >[];
  rejections: Pick<ImportRejection, 'file' | 'line' | 'field' | 'reason'>[];
};

/**
 * Where an import is. `uploading` reports the bytes of the multipart body handed to the connection so
 * far (when the body can be streamed, else once at 0); `processing` comes when all are sent and the
 * server is reading, validating and writing the rows; `done` carries the report.
 */
export type ImportProgress =
  | { phase: 'uploading'; bytesSent: number; totalBytes: number }
  | { phase: 'processing'; bytesSent: number; totalBytes: number }
  | { phase: 'done'; report: ImportDataReport };

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Format of every file; by default each file's extension decides (.csv, .jsonl). */
  format?: ImportFormat;
  /** Rejections listed in the report, 0–1,000 (default 100); `truncatedRejections` counts the rest. */
  rejections?: number;
  /**
   * Stream the body to measure the bytes sent (`duplex: 'half'`). Default: on in Node, off elsewhere
   * (browsers stream request bodies over HTTP/2 only); off, the body is sent as one Blob.
   */
  stream?: boolean;
  /** Extra headers of the request. */
  headers?: Record<string, string>;
}

/** The report, or the error that stopped the import (VALIDATION with `issues` naming `files.N`, FORBIDDEN…). */
export type ImportResult =
  | { ok: true; data: ImportDataReport; error?: undefined; errors: [] }
  | { ok: false; data: null; error: HelperError; errors: HelperError[] };

const IMPORT_DATA = `mutation ImportData($files: [Upload!]!, $format: ImportFormat, $rejections: Int) {
  importData(files: $files, format: $format) {
    __typename
    ... on ImportDataPayload {
      report {
        rowsRead inserted updated unchanged rejected batches truncatedRejections
        files { name kind format rowsRead inserted updated unchanged rejected }
        rejections(first: $rejections) { file line field reason }
      }
    }
    ... on ValidationError { message code issues { field message } }
  }
}`;

/** Bytes per progress step when streaming. */
const CHUNK_BYTES = 64 * 1024;

const CONTENT_TYPES: Record<string, string> = { csv: 'text/csv', jsonl: 'application/x-ndjson' };

/** A part's quoted name as browsers write it: `"`, CR and LF escaped. */
const quoted = (name: string) => `"${name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')}"`;

/**
 * The multipart body of an `importData` request: a Blob made of the parts, so file Blobs (e.g. from
 * `openAsBlob`) are read only while sending; and its content type with the boundary.
 */
export function importBody(
  files: readonly ImportFile[],
  variables: { format?: ImportFormat; rejections?: number } = {},
  boundary = `creatorgraph-${Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('')}`,
): { body: Blob; contentType: string } {
  const operations = {
    query: IMPORT_DATA,
    variables: { files: files.map(() => null), ...variables },
  };
  const map = Object.fromEntries(files.map((_f, i) => [String(i), [`variables.files.${i}`]]));
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`;
  const parts: (string | Blob | Uint8Array)[] = [
    field('operations', JSON.stringify(operations)),
    field('map', JSON.stringify(map)),
  ];
  files.forEach((file, i) => {
    const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
    const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${i}"; filename=${quoted(file.name)}\r\nContent-Type: ${type}\r\n\r\n`,
      file.content,
      '\r\n',
    );
  });
  parts.push(`--${boundary}--\r\n`);
  return {
    body: new Blob(parts as ConstructorParameters<typeof Blob>[0]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** `blob` as a stream of at most CHUNK_BYTES chunks, telling `onSent` the bytes handed over so far. */
function counted(blob: Blob, onSent: (bytes: number) => void, onEnd: () => void): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= blob.size) {
        controller.close();
        onEnd();
        return;
      }
      const chunk = new Uint8Array(await blob.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      offset += chunk.byteLength;
      controller.enqueue(chunk);
      onSent(offset);
    },
  });
}

const inNode = () => typeof process !== 'undefined' && typeof process.versions?.node === 'string';

interface ImportPayload {
  data?: {
    importData?:
      | { __typename: 'ImportDataPayload'; report: ImportDataReport }
      | { __typename: 'ValidationError'; message: string; code: string; issues: { field: string; message: string }[] }
      | null;
  } | null;
  errors?: Parameters<typeof wireErrors>[0];
}

const failed = (errors: HelperError[]): ImportResult => ({
  ok: false,
  data: null,
  error: errors[0] as HelperError,
  errors,
});

/**
 * Uploads `files` to `importData` (the key needs the CATALOG_WRITE scope) and returns the report, or the
 * error as a value. Never retried: re-sending is safe (rows are upserted) but is the caller's choice.
 *
 * @example
 * const res = await cg.importData([{ name: 'creators.csv', content: csv }], {
 *   onProgress: (p) => p.phase === 'uploading' && console.log(p.bytesSent, '/', p.totalBytes),
 * });
 * if (res.ok) console.log(res.data.inserted, 'inserted'); else console.error(res.error.issues);
 */
export async function importData(
  options: HelperOptions,
  files: readonly ImportFile[],
  importOptions: ImportOptions = {},
): Promise<ImportResult> {
  const { onProgress, signal } = importOptions;
  const { body, contentType } = importBody(files, {
    ...(importOptions.format ? { format: importOptions.format } : {}),
    rejections: importOptions.rejections ?? 100,
  });
  const totalBytes = body.size;
  const stream = importOptions.stream ?? inNode();
  onProgress?.({ phase: 'uploading', bytesSent: 0, totalBytes });
  let response: Response;
  try {
    const init: RequestInit & { duplex?: 'half' } = {
      method: 'POST',
      headers: headersOf(options, {
        'content-type': contentType,
        accept: 'application/graphql-response+json, application/json',
        ...importOptions.headers,
      }),
      signal,
    };
    if (stream) {
      init.body = counted(
        body,
        (bytesSent) => onProgress?.({ phase: 'uploading', bytesSent, totalBytes }),
        () => onProgress?.({ phase: 'processing', bytesSent: totalBytes, totalBytes }),
      );
      init.duplex = 'half';
    } else {
      init.body = body;
    }
    response = await fetchOf(options)(options.url, init);
  } catch (error) {
    return failed([fetchFailure(error, signal)]);
  }
  let payload: ImportPayload;
  try {
    payload = (await response.json()) as ImportPayload;
  } catch (error) {
    if (signal?.aborted) return failed([abortedError()]);
    return failed([
      {
        kind: 'http',
        message: `Unreadable response (HTTP ${response.status}): ${error instanceof Error ? error.message : String(error)}`,
        code: response.ok ? 'BAD_RESPONSE' : 'HTTP_ERROR',
        status: response.status,
      },
    ]);
  }
  if (Array.isArray(payload.errors) && payload.errors.length > 0) {
    return failed(wireErrors(payload.errors, response.status, retryAfterOf(response.headers)));
  }
  const result = payload.data?.importData;
  if (result?.__typename === 'ValidationError') {
    return failed([
      {
        kind: 'domain',
        typename: 'ValidationError',
        detail: result,
        message: result.message,
        code: result.code,
        issues: result.issues,
        path: ['importData'],
        status: response.status,
      },
    ]);
  }
  if (result?.__typename !== 'ImportDataPayload') {
    return failed([
      {
        kind: 'http',
        message: `No import report (HTTP ${response.status})`,
        code: 'BAD_RESPONSE',
        status: response.status,
      },
    ]);
  }
  onProgress?.({ phase: 'done', report: result.report });
  return { ok: true, data: result.report, errors: [] };
}
