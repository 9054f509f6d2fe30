import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY, preferredEncoding } from '../src/http/graphiql.js';
import { printedSchema } from '../src/schema/print.js';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run codegen` after a change)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(printedSchema());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('GraphiQL', () => {
  const page = async (remoteAddress?: string, headers: Record<string, string> = {}) => {
    const { createServer } = await import('../src/yoga.js');
    const { createTestDatabase } = await import('@creatorgraph/core/testing');
    const db = await createTestDatabase('sqlite');
    try {
      const yoga = createServer({ db, graphiql: { apiKey: 'cg_demo_key' } });
      // The third argument is the server context node:http would pass: the peer's socket.
      const serverContext = remoteAddress ? { req: { socket: { remoteAddress } } } : {};
      const res = await yoga.fetch(
        'http://localhost/graphql',
        { headers: { accept: 'text/html', ...headers } },
        serverContext,
      );
      const bytes = Buffer.from(await res.arrayBuffer());
      const encoding = res.headers.get('content-encoding');
      const html = (
        encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes
      ).toString('utf8');
      return { status: res.status, headers: res.headers, bytes: bytes.length, html, options: pageOptions(html) };
    } finally {
      await db.destroy();
    }
  };

  /** The options the page hands to the bundled GraphiQL (the last argument of renderYogaGraphiQL). */
  const pageOptions = (html: string): Record<string, unknown> => {
    const call = html.lastIndexOf('YogaGraphiQL.renderYogaGraphiQL(');
    const start = html.indexOf('{', html.indexOf(',', call));
    const end = html.lastIndexOf('}', html.indexOf('</script>', start));
    return JSON.parse(html.slice(start, end + 1));
  };

  it('opens with the demo key already set and the example operations for a browser on this machine', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const { status, html, options } = await page(address);
      expect(status).toBe(200);
      // `query` is what the bundled GraphiQL puts in the editor (it ignores `defaultQuery`).
      expect(options.query).toBe(EXAMPLE_QUERY);
      expect(JSON.parse(String(options.headers))).toEqual({ Authorization: 'Bearer cg_demo_key' });
      expect(options.initialHeaders).toBe(options.headers);
      expect(options.shouldPersistHeaders).toBe(false);
      expect(html).toContain('Bearer cg_demo_key');
    }
  });

  it('never writes the key into the page for any other client', async () => {
    for (const address of ['10.0.0.7', '192.168.1.20', undefined]) {
      const { status, html, options } = await page(address);
      expect(status).toBe(200);
      expect(options.query).toBe(EXAMPLE_QUERY);
      expect(options.headers).toBeUndefined();
      expect(options.initialHeaders).toBeUndefined();
      expect(html).not.toContain('cg_demo_key');
    }
  });

  it('loads nothing from another host: scripts, styles, fonts, icons and workers are in the page', async () => {
    const { html } = await page('127.0.0.1');
    // Yoga's default page loaded GraphiQL from unpkg.com ("Loading __TITLE__…" offline).
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|googleapis|__TITLE__/);
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(?:url\()?["']?(?:https?:)?\/\//i);
    expect(html).toContain('creatorgraph');
  });

  it('sends the ~9 MB page compressed to clients that accept it, the same page either way', async () => {
    const plain = await page('127.0.0.1');
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const [acceptEncoding, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const compressed = await page('127.0.0.1', { 'accept-encoding': acceptEncoding });
      expect(compressed.headers.get('content-encoding')).toBe(encoding);
      expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(compressed.html).toBe(plain.html);
      expect(compressed.bytes).toBeLessThan(plain.bytes / 3);
    }
  });

  it('picks the encoding by Accept-Encoding and its q-values', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('BR;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
    expect(preferredEncoding('gzip;q=0')).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding(null)).toBeUndefined();
  });
});
