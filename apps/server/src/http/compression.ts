import { once } from 'node:events';
import { promisify } from 'node:util';
import {
  type BrotliOptions,
  brotliCompress,
  brotliCompressSync,
  createBrotliCompress,
  createGzip,
  gzip,
  gzipSync,
  constants as zlib,
} from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * Response compression and the headers caches read (Cache-Control, Vary), applied last so that they
 * describe the response as it leaves the server.
 *
 * - JSON (`application/json`, `application/graphql-response+json`), CSV, JSON Lines and HTML bodies of
 *   at least `threshold` bytes are sent br or gzip, by the client's Accept-Encoding; every response of
 *   those types says `Vary: Accept-Encoding`, compressed or not.
 * - A body that is complete when it gets here (a GraphQL result) is compressed at once; one still being
 *   produced (an export streaming its pages) is compressed as it streams, flushed whenever its source
 *   makes the compressor wait, so a client never waits on bytes the server already has.
 * - Streams of events (`text/event-stream`, `multipart/mixed`) are never compressed and carry no
 *   Content-Encoding at all (Yoga's `Content-Encoding: none` on SSE is not a coding and is removed): a
 *   proxy or client that buffers compressed bodies would hold events back.
 * - GraphQL answers and exports are per key: `Cache-Control: private, no-store`, `Vary: Authorization`.
 */

export type Encoding = 'br' | 'gzip';

/** Smallest body worth compressing: below ~1 KiB the framing overhead eats the gain. */
export const COMPRESSION_THRESHOLD = 1024;

/** Largest body of known length compressed in one go; a longer one is compressed as a stream. */
const ONE_SHOT_LIMIT = 8 * 1024 * 1024;

/** Bodies worth compressing, by media type (without parameters). */
const COMPRESSIBLE = new Set([
  'application/json',
  'application/graphql-response+json',
  'text/csv',
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'text/html',
]);

/** Streams of events: a compressor between the server and the client would hold events back. */
const EVENT_STREAMS = new Set(['text/event-stream', 'multipart/mixed']);

/** The media type of a Content-Type header, lowercased and without parameters ('' without one). */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A q-value: a number from 0 to 1; a malformed one counts as 0 (not acceptable), as before. */
export function qValue(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const q = Number(raw);
  return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
}

/**
 * The encoding to send by Accept-Encoding: the highest q-value wins, br before gzip before identity on a
 * tie. `q=0` forbids; `*` stands for every coding not named; identity not named (and not covered by `*`)
 * is acceptable but least preferred. None (undefined) when identity wins or neither br nor gzip is
 * accepted; also without the header, since a client that sends none may not decode any.
 */
export function preferredEncoding(acceptEncoding: string | null): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => /^q\s*=/.test(p));
    weights.set(name, qValue(q?.replace(/^q\s*=\s*/, '')));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  // Identity is always acceptable unless excluded; unnamed, it loses every tie.
  const identity = weights.get('identity') ?? weights.get('*') ?? Number.MIN_VALUE;
  const best = (['br', 'gzip'] as const).reduce<Encoding | undefined>(
    (chosen, coding) => (weight(coding) > (chosen ? weight(chosen) : 0) ? coding : chosen),
    undefined,
  );
  return best && weight(best) >= identity ? best : undefined;
}

/** Adds field names to Vary, keeping those already there, without duplicates (case-insensitive); `*` stays alone. */
export function mergeVary(headers: Headers, ...names: string[]): void {
  const current = (headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (current.includes('*')) return;
  const seen = new Set(current.map((name) => name.toLowerCase()));
  for (const name of names) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    current.push(name);
  }
  if (current.length) headers.set('vary', current.join(', '));
}

/** Compression levels: brotli's quality (0–11) and gzip's level (1–9). */
export interface CompressionLevels {
  brotliQuality: number;
  gzipLevel: number;
}

/**
 * Dynamic responses: brotli 5 gives most of brotli's gain over gzip at a fraction of quality 11's CPU
 * (a 29 KB page of creators: ~4 KB, under a millisecond); gzip 6 is zlib's own default.
 */
export const DYNAMIC_LEVELS: CompressionLevels = { brotliQuality: 5, gzipLevel: 6 };
/** Streams of many MB (exports): one step cheaper; the ratio on CSV barely moves. */
export const STREAM_LEVELS: CompressionLevels = { brotliQuality: 4, gzipLevel: 6 };

function brotliOptions(levels: CompressionLevels, sizeHint?: number): BrotliOptions {
  return {
    params: {
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_QUALITY]: levels.brotliQuality,
      ...(sizeHint ? { [zlib.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
    },
  };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Bodies up to this size are compressed on the main thread: a 64 KiB JSON page takes about a millisecond,
 * less than the hop to zlib's thread pool and back costs a request (measured in bench/compression.ts).
 */
const SYNC_LIMIT = 64 * 1024;

/** A whole body compressed: small ones at once, larger ones off the main thread (zlib's thread pool). */
export async function compress(
  body: string | Uint8Array,
  encoding: Encoding,
  levels: CompressionLevels = DYNAMIC_LEVELS,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const sync = bytes.byteLength <= SYNC_LIMIT;
  const out =
    encoding === 'br'
      ? sync
        ? brotliCompressSync(bytes, brotliOptions(levels, bytes.byteLength))
        : await brotliAsync(bytes, brotliOptions(levels, bytes.byteLength))
      : sync
        ? gzipSync(bytes, { level: levels.gzipLevel })
        : await gzipAsync(bytes, { level: levels.gzipLevel });
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

/** True when `promise` settles before the event loop's next turn (its value is already there). */
function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setImmediate(resolve, false)),
  ]);
}

/**
 * `source` compressed as it is read: a chunk is read only while the client keeps up (nothing is buffered
 * beyond the compressor's own window), and what the compressor holds is flushed whenever the next chunk
 * is not there yet, so the client sees each page as soon as it exists. Cancelling the result cancels the
 * source (an export's database cursor is closed); a source that fails leaves the body broken, not short.
 */
export function compressStream(
  source: ReadableStream<Uint8Array>,
  encoding: Encoding,
  api: { ReadableStream: typeof ReadableStream } = globalThis,
  levels: CompressionLevels = STREAM_LEVELS,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const compressor =
    encoding === 'br' ? createBrotliCompress(brotliOptions(levels)) : createGzip({ level: levels.gzipLevel });
  // Z_SYNC_FLUSH (not zlib's default full flush) keeps the dictionary: a flush costs a few bytes, not the ratio.
  const flushKind = encoding === 'br' ? zlib.BROTLI_OPERATION_FLUSH : zlib.Z_SYNC_FLUSH;
  let finished = false;
  // Wakes the pump when the client has taken what was queued.
  let wake: (() => void) | null = null;
  const resume = () => {
    wake?.();
    wake = null;
  };

  /** Feeds the compressor from the source for as long as the client wants more. */
  async function pump(controller: ReadableStreamDefaultController<Uint8Array>) {
    let unflushed = false;
    while (!finished) {
      if ((controller.desiredSize ?? 0) <= 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const next = reader.read();
      if (unflushed && !(await settlesAtOnce(next))) {
        await new Promise<void>((resolve) => compressor.flush(flushKind, () => resolve()));
        unflushed = false;
      }
      const { done, value } = await next;
      if (finished) return;
      if (done) {
        compressor.end();
        return;
      }
      if (!value.byteLength) continue;
      unflushed = true;
      if (!compressor.write(value)) await once(compressor, 'drain');
    }
  }

  return new api.ReadableStream<Uint8Array>({
    start(controller) {
      const fail = (error: unknown) => {
        if (finished) return;
        finished = true;
        resume();
        compressor.destroy();
        controller.error(error);
        reader.cancel(error).catch(() => undefined);
      };
      compressor.on('data', (chunk: Buffer) => {
        if (!finished) controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      });
      compressor.once('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      compressor.once('error', fail);
      pump(controller).catch(fail);
    },
    pull() {
      resume();
    },
    cancel(reason) {
      finished = true;
      resume();
      compressor.destroy();
      return reader.cancel(reason);
    },
  });
}

/** The first bytes of a body, read until `limit` bytes or its end; `error` when reading failed. */
async function peek(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) return { chunks, size, done: true as const };
      chunks.push(value);
      size += value.byteLength;
    }
  } catch (error) {
    return { chunks, size, done: false as const, error };
  }
  return { chunks, size, done: false as const };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The chunks already read, then the rest of `reader` (or the error reading it met). */
function replay(
  api: { ReadableStream: typeof ReadableStream },
  chunks: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  error?: unknown,
): ReadableStream<Uint8Array> {
  const queued = [...chunks];
  return new api.ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = queued.shift();
      if (chunk) return controller.enqueue(chunk);
      if (error !== undefined) return controller.error(error);
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export interface CompressionOptions {
  /** Smallest body compressed, in bytes; COMPRESSION_THRESHOLD (1 KiB) by default. */
  threshold?: number;
  /** The GraphQL endpoint: its answers (and those under it) are private and vary by key and Accept. */
  graphqlEndpoint?: string;
  /** CORS is on: every answer may differ by Origin (its Access-Control-* headers do), so `Vary: Origin`. */
  varyOrigin?: boolean;
}

export function compressionPlugin(options: CompressionOptions = {}): Plugin {
  const { threshold = COMPRESSION_THRESHOLD, graphqlEndpoint = '/graphql', varyOrigin = false } = options;
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const headers = response.headers;
      const type = mediaTypeOf(headers.get('content-type'));
      const coding = headers.get('content-encoding')?.trim().toLowerCase();
      if (EVENT_STREAMS.has(type) || coding === 'none' || coding === 'identity') headers.delete('content-encoding');

      const { pathname } = new URL(request.url, 'http://localhost');
      // The endpoint and what lives under it (graphql-sse's /graphql/stream).
      const graphql = pathname === graphqlEndpoint || pathname.startsWith(`${graphqlEndpoint}/`);
      if (graphql || pathname.startsWith('/export/')) {
        // Results depend on the key (and, for GraphQL, the negotiated media type): no shared cache may keep them.
        headers.set('cache-control', 'private, no-store');
        mergeVary(headers, ...(graphql ? ['Authorization', 'Accept'] : ['Authorization']));
      }
      if (varyOrigin) mergeVary(headers, 'Origin');

      if (!COMPRESSIBLE.has(type)) return;
      mergeVary(headers, 'Accept-Encoding');
      if (
        !response.body ||
        request.method === 'HEAD' ||
        response.status === 204 ||
        response.status === 206 ||
        response.status === 304 ||
        headers.has('content-encoding') ||
        /\bno-transform\b/i.test(headers.get('cache-control') ?? '')
      ) {
        return;
      }
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      if (!encoding) return;
      const declared = headers.get('content-length');
      if (declared !== null && Number(declared) < threshold) return;

      const init = (body: BodyInit) =>
        new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers });
      if (declared !== null && Number(declared) <= ONE_SHOT_LIMIT) {
        // A body of known length (a GraphQL result, a page) is already in memory: compressed in one go.
        const body = await compress(new Uint8Array(await response.arrayBuffer()), encoding);
        headers.set('content-encoding', encoding);
        headers.set('content-length', String(body.byteLength));
        setResponse(init(body));
        return;
      }
      // A stream (an export), or a very large body: its first bytes tell whether it is worth compressing; the
      // rest is compressed as it comes.
      const reader = response.body.getReader();
      const head = await peek(reader, threshold);
      if (head.done && head.size < threshold) {
        headers.set('content-length', String(head.size));
        setResponse(init(concat(head.chunks, head.size)));
        return;
      }
      headers.set('content-encoding', encoding);
      const api = fetchAPI as unknown as { ReadableStream: typeof ReadableStream };
      setResponse(init(compressStream(replay(api, head.chunks, reader, head.error), encoding, api)));
    },
  };
}
