import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadConfig } from '@creatorgraph/core';
import { createTestDatabase, type TestDatabase } from '@creatorgraph/core/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFile } from '../src/http/dashboard.js';
import { announce } from '../src/runtime/banner.js';
import { createServer } from '../src/yoga.js';

/**
 * The dashboard's static files at /app, from a temporary build folder: the page gets the demo key only on
 * loopback (as GraphiQL), nothing outside the folder is ever read, and a missing build says how to make it.
 */

const INDEX = '<!doctype html><html><head><title>creatorgraph</title></head><body><div id="root"></div></body></html>';
const KEY = 'cg_demo_dashboard_key';

let root: string;
let dist: string;
let db: TestDatabase;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-dashboard-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets/index-Ab12Cd.js'), 'console.log("app")');
  writeFileSync(join(dist, 'assets/index-Ef34Gh.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Beside the build: what a traversal would be after.
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  mkdirSync(join(root, 'dist-other'));
  writeFileSync(join(root, 'dist-other/leak.txt'), 'TOP SECRET');
  symlinkSync(join(root, 'secret.txt'), join(dist, 'assets/link.js'));
  db = await createTestDatabase('sqlite');
});

afterAll(async () => {
  await db?.destroy();
  rmSync(root, { recursive: true, force: true });
});

const server = (options: { dist?: string } | false = { dist }) =>
  createServer({ db, dashboard: options === false ? false : { apiKey: KEY, ...options } });

/** A request as node:http would hand it over, from `remoteAddress` (undefined: in-process fetch). */
const get = (path: string, remoteAddress?: string, yoga = server(), init: RequestInit = {}) =>
  yoga.fetch(`http://localhost${path}`, init, remoteAddress ? { req: { socket: { remoteAddress } } } : {});

/** The object the page's inline script assigns to window.__CREATORGRAPH__. */
const injected = (html: string) => {
  const match = /<script>window\.__CREATORGRAPH__ = (\{.*?\})<\/script>/.exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
};

describe('dashboard at /app', () => {
  it('hands the demo key to a browser on this machine, uncached, before the app runs', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      for (const path of ['/app', '/app/', '/app/index.html']) {
        const res = await get(path, address);
        expect(res.status, `${path} from ${address}`).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        const html = await res.text();
        expect(injected(html)).toEqual({ url: '/graphql', apiKey: KEY });
        // In <head>: set before the app's module script reads it.
        expect(html.indexOf('__CREATORGRAPH__')).toBeLessThan(html.indexOf('</head>'));
        expect(html).toContain('<div id="root"></div>');
      }
    }
  });

  it('never writes the key into the page for any other peer', async () => {
    for (const address of ['10.0.0.7', '192.168.1.20', '::ffff:10.0.0.1', undefined]) {
      const res = await get('/app/', address);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(injected(html)).toEqual({ url: '/graphql', apiKey: null });
      expect(html).not.toContain(KEY);
    }
    // A forwarded header claiming loopback changes nothing: only the socket's peer counts.
    const res = await get('/app/', '10.0.0.7', server(), { headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(await res.text()).not.toContain(KEY);
  });

  it('serves the hashed assets with their types and a long cache, other files revalidated', async () => {
    const js = await get('/app/assets/index-Ab12Cd.js', '127.0.0.1');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log("app")');
    const css = await get('/app/assets/index-Ef34Gh.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe('body{margin:0}');
    const svg = await get('/app/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
    // Compressed when the browser accepts it (brotli first), identical once decoded.
    for (const [accept, encoding, decode] of [
      ['gzip', 'gzip', gunzipSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
    ] as const) {
      const res = await get('/app/assets/index-Ab12Cd.js', undefined, server(), {
        headers: { 'accept-encoding': accept },
      });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(decode(Buffer.from(await res.arrayBuffer())).toString()).toBe('console.log("app")');
    }
    const head = await get('/app/assets/index-Ab12Cd.js', undefined, server(), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('18');
    expect(await head.text()).toBe('');
  });

  it('answers a missing file with a coded 404 and other methods with 405', async () => {
    const missing = await get('/app/assets/nope.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const post = await get('/app/', undefined, server(), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses every path that would leave the build folder', async () => {
    const attempts = [
      '/app/..%2fsecret.txt',
      '/app/..%2F..%2Fsecret.txt',
      '/app/assets/..%2f..%2fsecret.txt',
      '/app/%2e%2e/secret.txt',
      '/app/..%5csecret.txt',
      '/app/..%2fdist-other/leak.txt',
      '/app/%2fetc%2fpasswd',
      '/app/index.html%00.js',
      '/app/%E0%A4%A',
      // A link inside the build that points out of it.
      '/app/assets/link.js',
    ];
    for (const path of attempts) {
      const res = await get(path, '127.0.0.1');
      const body = await res.text();
      expect(res.status, path).toBe(404);
      expect(body, path).not.toContain('TOP SECRET');
      expect(body, path).not.toMatch(/root:|\/tmp\//);
    }
    // The path check alone, on what a decoded request could name.
    expect(dashboardFile(dist, '/app/..%2fsecret.txt')).toBeNull();
    expect(dashboardFile(dist, '/app/..%2fdist-other/leak.txt')).toBeNull();
    expect(dashboardFile(dist, '/app/assets/x.js')).toBe(join(dist, 'assets/x.js'));
    expect(dashboardFile(dist, '/application')).toBeNull();
  });

  it('says how to build the dashboard when its folder is missing', async () => {
    const res = await get('/app/', '127.0.0.1', server({ dist: join(root, 'not-built') }));
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].message).toContain('npm run build -w @creatorgraph/dashboard');
  });

  it('is absent when turned off, and on by default in the demo profile only', async () => {
    const res = await get('/app/', '127.0.0.1', server(false));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('__CREATORGRAPH__');
    expect(loadConfig({}).DASHBOARD).toBe(true);
    expect(loadConfig({ PROFILE: 'production' }).DASHBOARD).toBe(false);
    expect(loadConfig({ PROFILE: 'production', DASHBOARD: 'true' }).DASHBOARD).toBe(true);
    expect(loadConfig({ DASHBOARD: 'false' }).DASHBOARD).toBe(false);
  });

  it("is announced beside GraphiQL's address when the demo starts", () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      announce(loadConfig({}), 4123, { demoKey: KEY, otherKeys: [] }, pino({ level: 'silent' }));
      announce(loadConfig({ DASHBOARD: 'false' }), 4124, { otherKeys: [] }, pino({ level: 'silent' }));
    } finally {
      log.mockRestore();
    }
    expect(printed[0]).toMatch(/http:\/\/localhost:4123\/graphql {2}\(GraphiQL/);
    expect(printed[0]).toContain('Dashboard: http://localhost:4123/app/');
    expect(printed[1]).not.toContain('Dashboard');
  });
});
