import { existsSync, readdirSync, statSync, writeSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey, createOrganization, type Dialect, initORM, Organization, seedDemo } from '@creatorgraph/core';
import { scratchDatabase, TEST_DIALECTS } from '@creatorgraph/core/testing';
import { expect } from 'vitest';
import { freePort, type HttpChild, readRssMb, spawnHttpChild } from './child.js';

export { freePort, readRssMb };

/**
 * The real server (apps/server/src/main.ts) as a child process on a free port, so that memory, limits
 * and crashes are those of the deployed binary: an attack that exhausts memory kills the child, not the
 * test runner, and its RSS can be read from /proc.
 */

/** The server's V8 old-space cap in MB, as the README recommends for production. */
export const HEAP_CAP_MB = 256;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type Profile = 'production' | 'demo';

export interface ProcessServerOptions {
  profile: Profile;
  dialect: Dialect;
  /** Demo creators seeded before start (default 60). */
  creators?: number;
  /** Extra environment of the child (limits, GRAPHIQL, …). */
  env?: Record<string, string>;
}

export interface ProcessServer {
  profile: Profile;
  dialect: Dialect;
  pid: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** `${origin}/graphql` */
  url: string;
  /** Admin key of an organization of our own (no campaigns). */
  key: string;
  /** Read-only key of the same organization. */
  readKey: string;
  /** A key with the CATALOG_WRITE scope (imports). */
  catalogKey: string;
  /** The child's DATABASE_URL (dropped by `stop`). */
  databaseUrl: string;
  /** Sends a signal without waiting (see `exited`). */
  signal(name: NodeJS.Signals): void;
  /** The child's exit code once it exited (null when killed by a signal). */
  exited(): Promise<number | null>;
  /** Admin key per organization slug, the demo organizations (which own campaigns) included. */
  keys: Record<string, string>;
  /** Resident memory of the child in MB (VmRSS). */
  rssMb(): number;
  /** True when /health answers 200 within 2 s. */
  alive(): Promise<boolean>;
  /** Everything the child wrote on stdout and stderr. */
  output(): string;
  /** Whether the child is still running. */
  running(): boolean;
  /** SIGKILL now (a runaway attack); `stop` still cleans up. */
  kill(): void;
  stop(): Promise<void>;
}

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * The built server (`apps/server/dist/main.js`, as production runs it) when it is at least as new as the
 * server's and core's sources (npm test builds first), else the sources through tsx, whose transpiler
 * adds memory the RSS limits would count. E2E_SERVER=dist|source forces one.
 */
export function serverCommand(entry: 'main' | 'migrate' = 'main'): string[] {
  const main = join(ROOT, `apps/server/dist/${entry}.js`);
  const coreMain = join(ROOT, 'packages/core/dist/index.js');
  const fresh = () =>
    existsSync(main) &&
    existsSync(coreMain) &&
    Math.min(statSync(main).mtimeMs, statSync(coreMain).mtimeMs) >=
      Math.max(newest(join(ROOT, 'apps/server/src')), newest(join(ROOT, 'packages/core/src')));
  const mode = process.env.E2E_SERVER ?? (fresh() ? 'dist' : 'source');
  if (mode === 'dist') {
    if (!existsSync(main)) throw new Error(`E2E_SERVER=dist but ${main} is missing: npm run build first`);
    return [main];
  }
  return ['--conditions=source', '--import', 'tsx', join(ROOT, `apps/server/src/${entry}.ts`)];
}

/** Migrates, seeds a small demo catalog and issues keys, then closes: the child opens the database itself. */
async function seed(url: string, creators: number) {
  const db = await initORM({ databaseUrl: url });
  try {
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    await seedDemo(db, { end: today, creators, postsTarget: creators * 40 });
    const em = db.em.fork();
    const own = await createOrganization(em, 'E2E Partner', 'e2e-partner');
    const key = (await createApiKey(em, own, 'e2e admin', ['admin'])).raw;
    const readKey = (await createApiKey(em, own, 'e2e read', ['read'])).raw;
    const catalogKey = (await createApiKey(em, own, 'e2e catalog', ['admin', 'catalog_write'])).raw;
    const keys: Record<string, string> = {};
    for (const org of await em.find(Organization, {}, { orderBy: { id: 'asc' } })) {
      keys[org.slug] = org.slug === own.slug ? key : (await createApiKey(em, org, 'e2e', ['admin'])).raw;
    }
    return { key, readKey, catalogKey, keys };
  } finally {
    await db.close();
  }
}

export async function startProcessServer(options: ProcessServerOptions): Promise<ProcessServer> {
  const database = await scratchDatabase(options.dialect);
  let child: HttpChild | undefined;
  try {
    const { key, readKey, catalogKey, keys } = await seed(database.url, options.creators ?? 60);
    // A heap cap as production should run with (README, "Operating"): V8 then collects before RSS grows,
    // and a real leak ends in an out-of-memory crash that the liveness checks report.
    const started = await spawnHttpChild({
      label: 'server',
      args: [`--max-old-space-size=${HEAP_CAP_MB}`, ...serverCommand()],
      env: { PROFILE: options.profile, DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...options.env },
      cwd: ROOT,
      timeoutMs: 60_000,
    });
    child = started;
    const { pid, origin } = started;
    return {
      profile: options.profile,
      dialect: options.dialect,
      pid,
      origin,
      url: `${origin}/graphql`,
      key,
      readKey,
      catalogKey,
      databaseUrl: database.url,
      keys,
      signal: (name) => started.signal(name),
      exited: () => started.exited(),
      rssMb: () => readRssMb(pid),
      alive: async () => (await request(`${origin}/health`, { timeoutMs: 2_000 }).catch(() => null))?.status === 200,
      output: () => started.output(),
      running: () => started.running(),
      kill: () => started.kill(),
      stop: async () => {
        await started.stop();
        await database.drop();
      },
    };
  } catch (error) {
    child?.kill();
    await database.drop().catch(() => undefined);
    throw error;
  }
}

/** Runs `fn` while sampling the child's RSS every 20 ms; `onOver` fires once the peak passes `limitMb`. */
export async function watchRss<T>(
  server: ProcessServer,
  fn: () => Promise<T>,
  limitMb = 400,
  onOver?: () => void,
): Promise<{ result: T; peakMb: number }> {
  let peakMb = server.rssMb();
  let fired = false;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, server.rssMb());
    if (peakMb > limitMb && !fired) {
      fired = true;
      onOver?.();
    }
  }, 20);
  try {
    const result = await fn();
    peakMb = Math.max(peakMb, server.rssMb());
    return { result, peakMb };
  } finally {
    clearInterval(timer);
  }
}

// ---------------------------------------------------------------------------------------------------
// Plain HTTP with full control over method, headers and bytes (fetch normalises too much for abuse).

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON, or undefined. */
  json: unknown;
  ms: number;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  timeoutMs?: number;
}

export function request(url: string, options: RequestOptions = {}): Promise<RawResponse> {
  const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(options.body);
  return exchange(url, {
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    head: body,
    contentLength: options.body === undefined ? undefined : body.length,
    timeoutMs: options.timeoutMs,
  });
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface GraphQLBody {
  query?: string;
  variables?: unknown;
  operationName?: string;
  extensions?: unknown;
}

/** POST a GraphQL request as JSON; `key: null` sends no Authorization header. */
export function post(
  server: Pick<ProcessServer, 'url'>,
  body: GraphQLBody | string,
  key: string | null,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RawResponse> {
  return request(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...options.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    timeoutMs: options.timeoutMs,
  });
}

/** GET /graphql with the given search parameters. */
export function get(
  server: Pick<ProcessServer, 'url'>,
  params: Record<string, string>,
  key: string | null,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const url = new URL(server.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return request(url.toString(), {
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...headers,
    },
  });
}

export interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; [k: string]: unknown };
  [k: string]: unknown;
}

/** The `errors` of a GraphQL response body (empty when none or not JSON). */
export function errorsOf(res: RawResponse): GraphQLErrorShape[] {
  const json = res.json as { errors?: unknown } | undefined;
  return json && Array.isArray(json.errors) ? (json.errors as GraphQLErrorShape[]) : [];
}

export function codesOf(res: RawResponse): string[] {
  return errorsOf(res).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : '<none>'));
}

export function dataOf(res: RawResponse): Record<string, unknown> | null | undefined {
  return (res.json as { data?: Record<string, unknown> | null } | undefined)?.data;
}

/** A short description of a response for assertion messages. */
export function show(res: RawResponse & { error?: string; bytesSent?: number }): string {
  const sent = res.bytesSent === undefined ? '' : `, ${res.bytesSent} bytes sent`;
  return `HTTP ${res.status} in ${Math.round(res.ms)} ms${sent}${res.error ? ` (${res.error})` : ''}: ${res.body.slice(0, 400)}`;
}

/**
 * Traces of internals a caller must never see: stack frames, source paths, SQL and driver messages.
 * `data` is left out of JSON bodies (captions are free text); everything else is searched.
 */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat [^\s()]+ \([^)]*:\d+:\d+\)|\n\s+at \S|node:internal/],
  ['file path', /\/work\/|node_modules|\/apps\/server\/|\/packages\/core\/|file:\/\/|\.ts:\d+/],
  [
    'SQL',
    /\bselect\b[^"]{0,200}\bfrom\b|\binsert into\b|\bupdate "?\w+"? set\b|\bwhere "?\w+"?\."?\w+"? ?=|syntax error at or near/i,
  ],
  ['driver', /SQLITE_|SqliteError|relation "|better-sqlite3|knex|MikroORM|DriverException|ECONNREFUSED/],
  ['internal error', /INTERNAL_SERVER_ERROR|Unexpected error\.|stacktrace|"exception"/],
];

/** A request refused before execution: 4xx, an error with a code, no data, nothing leaked. */
export function expectRefused(res: RawResponse, status?: number): void {
  if (status) expect(res.status, show(res)).toBe(status);
  expect(res.status, show(res)).toBeGreaterThanOrEqual(400);
  expect(res.status, show(res)).toBeLessThan(500);
  const codes = codesOf(res);
  expect(codes.length, show(res)).toBeGreaterThan(0);
  expect(codes, show(res)).not.toContain('<none>');
  expect(codes, show(res)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(dataOf(res) ?? null, show(res)).toBeNull();
  expect(leaksOf(res), show(res)).toEqual([]);
}

export function leaksOf(res: RawResponse): string[] {
  let text = res.body;
  if (res.json && typeof res.json === 'object' && !Array.isArray(res.json)) {
    const { data: _data, ...rest } = res.json as Record<string, unknown>;
    text = JSON.stringify(rest);
  }
  const headerText = Object.entries(res.headers)
    .filter(([name]) => !['date', 'content-length'].includes(name))
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('\n');
  return LEAKS.filter(([, pattern]) => pattern.test(text) || pattern.test(headerText)).map(([name]) => name);
}

/** Base64 global id, as the server issues them (`Type:id`). */
export function globalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

// ---------------------------------------------------------------------------------------------------
// Streaming bodies: large uploads are generated chunk by chunk, never held in memory whole.

export interface StreamOptions {
  headers: Record<string, string>;
  /** Bytes before the generated payload (e.g. the multipart preamble). */
  head: Buffer;
  /** Size of the generated payload. */
  payloadBytes: number;
  /** Bytes after the payload (e.g. the closing boundary). */
  tail: Buffer;
  /** Declare the whole size up front; otherwise the body goes chunked, as a client that hides it would. */
  declareLength?: boolean;
  chunkBytes?: number;
  /** Pause between chunks; 0 writes as fast as the socket drains. */
  delayMs?: number;
  timeoutMs?: number;
}

export interface StreamResult extends RawResponse {
  /** Bytes written when the answer arrived (or when writing stopped). */
  bytesSent: number;
  /** Whether the whole body was written. */
  complete: boolean;
  /** A socket error seen before any answer (e.g. reset without a response), or a timeout. */
  error?: string;
}

/** A handle to stop writing from outside (e.g. when the server's memory passes a limit). */
export interface StreamControl {
  abort(): void;
}

export function streamRequest(
  url: string,
  options: StreamOptions,
  control?: { onStart?(c: StreamControl): void },
): Promise<StreamResult> {
  return exchange(url, {
    method: 'POST',
    headers: options.headers,
    head: options.head,
    payloadBytes: options.payloadBytes,
    tail: options.tail,
    contentLength: options.declareLength ? options.head.length + options.payloadBytes + options.tail.length : undefined,
    chunkBytes: options.chunkBytes,
    delayMs: options.delayMs,
    timeoutMs: options.timeoutMs,
    onStart: control?.onStart,
  });
}

interface ExchangeOptions {
  method: string;
  headers: Record<string, string | string[]>;
  head: Buffer;
  payloadBytes?: number;
  tail?: Buffer;
  /** Content-Length to send; undefined sends the body chunked (when there is one to stream). */
  contentLength?: number;
  chunkBytes?: number;
  delayMs?: number;
  timeoutMs?: number;
  onStart?(c: StreamControl): void;
}

/**
 * One HTTP/1.1 exchange on its own socket. A raw socket rather than node:http because a server that
 * refuses early answers and closes while the body is still being written: node:http then reports
 * EPIPE/ECONNRESET and drops the answer, while here the bytes already received are parsed and kept.
 */
function exchange(url: string, options: ExchangeOptions): Promise<StreamResult> {
  const target = new URL(url);
  const started = performance.now();
  const payloadBytes = options.payloadBytes ?? 0;
  const tail = options.tail ?? Buffer.alloc(0);
  const streaming = payloadBytes > 0;
  const chunked = streaming && options.contentLength === undefined;
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 0x61);
  return new Promise<StreamResult>((done) => {
    const socket = connect({ host: target.hostname, port: Number(target.port) });
    let received = Buffer.alloc(0);
    let answered = false;
    let settled = false;
    let bytesSent = 0;
    let complete = false;
    let socketError: string | undefined;
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const parsed = parseHttpResponse(received, options.method, true);
      const body = parsed ? parsed.body.toString('utf8') : '';
      done({
        status: parsed?.status ?? 0,
        headers: parsed?.headers ?? {},
        body,
        json: parseJson(body),
        ms: performance.now() - started,
        bytesSent,
        complete,
        ...(parsed ? {} : { error: error ?? socketError ?? 'connection closed without an answer' }),
      });
      socket.destroy();
    };
    const timer = setTimeout(
      () => finish(`timeout after ${options.timeoutMs ?? 30_000} ms`),
      options.timeoutMs ?? 30_000,
    );
    options.onStart?.({ abort: () => finish('aborted by the test') });
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      if (received.indexOf('\r\n\r\n') >= 0) answered = true;
      if (parseHttpResponse(received, options.method, false)) finish();
    });
    socket.on('error', (e) => {
      socketError = e.message;
    });
    socket.on('close', () => finish());
    // Writes go straight to the descriptor: a write refused with EPIPE/ECONNRESET (the server answered
    // and closed) then only stops the upload, while node:net would destroy the socket and drop the
    // answer still waiting in the receive queue. Like curl, the client then reads what came back.
    let writeFailed = false;
    const write = async (data: Buffer, frame = chunked): Promise<void> => {
      if (writeFailed || settled) return;
      const framed = frame
        ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
        : data;
      const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
      if (typeof fd !== 'number' || fd < 0) {
        if (!socket.write(framed)) await new Promise((r) => socket.once('drain', r).once('close', r));
        bytesSent += data.length;
        return;
      }
      let offset = 0;
      while (offset < framed.length && !settled) {
        try {
          offset += writeSync(fd, framed, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
            await new Promise((r) => setTimeout(r, 1));
            continue;
          }
          writeFailed = true;
          socketError = `write ${code}`;
          return;
        }
      }
      bytesSent += data.length;
    };
    const pump = async () => {
      await new Promise<void>((r) => socket.once('connect', r));
      const headers: Record<string, string | string[]> = {
        host: target.host,
        connection: 'close',
        ...options.headers,
      };
      if (options.contentLength !== undefined) headers['content-length'] = String(options.contentLength);
      else if (chunked) headers['transfer-encoding'] = 'chunked';
      const lines = [`${options.method} ${target.pathname}${target.search} HTTP/1.1`];
      for (const [name, value] of Object.entries(headers)) {
        for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${v}`);
      }
      await write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), false);
      bytesSent = 0;
      // Like curl, read between writes: an early answer is seen before the server closes the socket.
      for (let at = 0; at < options.head.length && !answered && !settled && !writeFailed; at += chunk.length) {
        await write(options.head.subarray(at, at + chunk.length));
        await new Promise((r) => setImmediate(r));
      }
      let left = payloadBytes;
      while (left > 0 && !answered && !settled && !writeFailed && bytesSent >= options.head.length) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        await write(piece);
        left -= piece.length;
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        else await new Promise((r) => setImmediate(r));
      }
      if (left > 0 || answered || settled || writeFailed) return;
      if (tail.length) await write(tail);
      // The last chunk of a chunked body has size 0.
      if (chunked) await write(Buffer.alloc(0));
      complete = !writeFailed;
    };
    pump().catch((e: Error) => {
      socketError = e.message;
    });
  });
}

/** Parses an HTTP/1.1 response; null while incomplete (unless `closed`: then whatever arrived). */
function parseHttpResponse(
  buffer: Buffer,
  method: string,
  closed: boolean,
): { status: number; headers: IncomingHttpHeaders; body: Buffer } | null {
  let start = 0;
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n', start);
    if (end < 0) return null;
    const lines = buffer.subarray(start, end).toString('latin1').split('\r\n');
    const status = Number(lines[0]?.split(' ')[1]);
    if (!Number.isFinite(status)) return null;
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    const rest = buffer.subarray(end + 4);
    if (status >= 100 && status < 200) {
      start = end + 4;
      continue;
    }
    if (method === 'HEAD' || status === 204 || status === 304) return { status, headers, body: Buffer.alloc(0) };
    if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
      const parts: Buffer[] = [];
      let at = 0;
      for (;;) {
        const lineEnd = rest.indexOf('\r\n', at);
        if (lineEnd < 0) return closed ? { status, headers, body: Buffer.concat(parts) } : null;
        const size = Number.parseInt(rest.subarray(at, lineEnd).toString('latin1'), 16);
        if (!Number.isFinite(size)) return { status, headers, body: Buffer.concat(parts) };
        if (size === 0) return { status, headers, body: Buffer.concat(parts) };
        if (rest.length < lineEnd + 2 + size) return closed ? { status, headers, body: Buffer.concat(parts) } : null;
        parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
    }
    const length = headers['content-length'];
    if (length !== undefined) {
      const n = Number(length);
      if (rest.length >= n) return { status, headers, body: rest.subarray(0, n) };
      return closed ? { status, headers, body: rest } : null;
    }
    return closed ? { status, headers, body: rest } : null;
  }
}

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  body: string | Buffer;
}

/** A multipart/form-data body (graphql-multipart-request-spec framing). */
export function multipart(parts: MultipartPart[], boundary: string): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : '';
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    pieces.push(typeof part.body === 'string' ? Buffer.from(part.body) : part.body);
    pieces.push(Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(pieces);
}

/** `importData` with `count` files, as operations + map parts. */
export function importOperations(count: number): MultipartPart[] {
  const operations = {
    query: 'mutation Import($files: [Upload!]!) { importData(files: $files) { __typename } }',
    variables: { files: Array.from({ length: count }, () => null) },
  };
  const map = Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), [`variables.files.${i}`]]));
  return [
    { name: 'operations', body: JSON.stringify(operations) },
    { name: 'map', body: JSON.stringify(map) },
  ];
}

/** The dialects suites run on (SQLite, and PostgreSQL unless SKIP_PG is set outside CI). */
export const dialects: Dialect[] = TEST_DIALECTS;
