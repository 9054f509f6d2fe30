import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { errorResponse } from './auth.js';
import { isLoopback, preferredEncoding, remoteAddress } from './graphiql.js';

/** Where the dashboard is served; the Vite build uses the same base. */
export const DASHBOARD_PATH = '/app';

/** apps/dashboard/dist, from src/http (tsx) and dist/http (built) alike. */
export const DEFAULT_DASHBOARD_DIST = fileURLToPath(new URL('../../../dashboard/dist', import.meta.url));

export interface DashboardOptions {
  /** The dashboard's build output (index.html and assets/); apps/dashboard/dist by default. */
  dist?: string;
  /** The demo key, written into the page for browsers on this machine only (as GraphiQL does). */
  apiKey?: string;
  /** The GraphQL endpoint the page talks to. */
  graphqlEndpoint?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Vite names what it emits under assets/ by content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True for `/app`, `/app/` and anything under it. */
export function isDashboardPath(pathname: string): boolean {
  return pathname === DASHBOARD_PATH || pathname.startsWith(`${DASHBOARD_PATH}/`);
}

/**
 * The file under `dist` a request path names, or null when it would leave `dist` (`..`, encoded
 * slashes, NUL) or is malformed. `/app` and `/app/` name index.html.
 */
export function dashboardFile(dist: string, pathname: string): string | null {
  if (!isDashboardPath(pathname)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(DASHBOARD_PATH.length));
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '' || relative === '/') relative = '/index.html';
  // Any `..` segment is refused outright, even one that would resolve inside dist.
  if (relative.split('/').some((segment) => segment === '..')) return null;
  const root = resolve(dist);
  const file = resolve(root, `.${relative}`);
  return file.startsWith(root + sep) ? file : null;
}

/** The page's settings: where the API is, and the demo key (or null) — JSON safe inside <script>. */
export function configScript(graphqlEndpoint: string, apiKey: string | null): string {
  const json = JSON.stringify({ url: graphqlEndpoint, apiKey }).replace(/</g, '\\u003c');
  return `<script>window.__CREATORGRAPH__ = ${json}</script>`;
}

/** index.html with the settings script, before the app's own scripts run. */
export function injectConfig(html: string, script: string): string {
  const head = html.indexOf('</head>');
  return head >= 0 ? `${html.slice(0, head)}${script}${html.slice(head)}` : `${script}${html}`;
}

async function fileStat(path: string) {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info : null;
}

/** Text assets worth compressing (images and fonts already are). */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressed copies of the assets (echarts alone is ~1 MB raw), made once per file version: keyed by path,
 * size and modification time, so a rebuild is picked up without a restart.
 */
function compressedAssets() {
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  return (file: string, version: string, encoding: 'br' | 'gzip', bytes: Buffer) => {
    const key = `${encoding}:${file}:${version}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = (
        encoding === 'br'
          ? brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
          : gzipAsync(bytes, { level: 9 })
      ).then((out) => new Uint8Array(out));
      cache.set(key, entry);
      // A few builds' worth at most: old versions go first.
      for (const old of cache.keys()) {
        if (cache.size <= 64) break;
        cache.delete(old);
      }
    }
    return entry;
  };
}

/**
 * Serves the dashboard's static build at /app (demo profile, DASHBOARD). Files come from `dist` only;
 * index.html is sent uncached with `window.__CREATORGRAPH__` injected, the hashed assets cached for a
 * year. No key is needed to load the page: the page's GraphQL calls carry one.
 */
export function dashboardPlugin(options: DashboardOptions = {}): Plugin {
  const dist = resolve(options.dist ?? DEFAULT_DASHBOARD_DIST);
  const graphqlEndpoint = options.graphqlEndpoint ?? '/graphql';
  const compressed = compressedAssets();
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!isDashboardPath(url.pathname)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          errorResponse(fetchAPI, request, 405, 'The dashboard accepts GET and HEAD only.', 'METHOD_NOT_ALLOWED', {
            allow: 'GET, HEAD',
          }),
        );
        return;
      }
      if (!(await fileStat(resolve(dist, 'index.html')))) {
        endResponse(
          errorResponse(
            fetchAPI,
            request,
            404,
            'The dashboard is not built: run `npm run build -w @creatorgraph/dashboard` and reload.',
            'NOT_FOUND',
          ),
        );
        return;
      }
      const file = dashboardFile(dist, url.pathname);
      const info = file ? await fileStat(file) : null;
      // A symbolic link inside the build must not lead out of it either.
      const real = info && file ? await realpath(file).catch(() => null) : null;
      const realDist = await realpath(dist).catch(() => dist);
      if (!file || !info || !real?.startsWith(realDist + sep)) {
        endResponse(errorResponse(fetchAPI, request, 404, 'No such file in the dashboard.', 'NOT_FOUND'));
        return;
      }
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        // The page may hold the demo key: no framing by other sites, no URL sent along with links.
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      };
      let body: Uint8Array<ArrayBuffer>;
      if (file === resolve(dist, 'index.html')) {
        // The key differs by peer: never cached, by the browser or anything between.
        headers['cache-control'] = 'no-store';
        const apiKey = options.apiKey && isLoopback(remoteAddress(serverContext)) ? options.apiKey : null;
        const html = injectConfig(await readFile(file, 'utf8'), configScript(graphqlEndpoint, apiKey));
        body = new TextEncoder().encode(html) as Uint8Array<ArrayBuffer>;
      } else {
        headers['cache-control'] = file.startsWith(resolve(dist, 'assets') + sep) ? IMMUTABLE : 'no-cache';
        const bytes = await readFile(file);
        const encoding = COMPRESSIBLE.has(extname(file).toLowerCase())
          ? preferredEncoding(request.headers.get('accept-encoding'))
          : undefined;
        body = encoding
          ? await compressed(file, `${info.size}:${info.mtimeMs}`, encoding, bytes)
          : new Uint8Array(bytes);
        if (encoding) headers['content-encoding'] = encoding;
        headers.vary = 'Accept-Encoding';
      }
      headers['content-length'] = String(body.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
