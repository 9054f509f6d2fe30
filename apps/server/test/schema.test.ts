import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
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
  const page = async (remoteAddress?: string) => {
    const { createServer } = await import('../src/yoga.js');
    const { createTestDatabase } = await import('@creatorgraph/core/testing');
    const db = await createTestDatabase('sqlite');
    try {
      const yoga = createServer({ db, graphiql: { apiKey: 'cg_demo_key' } });
      // The third argument is the server context node:http would pass: the peer's socket.
      const serverContext = remoteAddress ? { req: { socket: { remoteAddress } } } : {};
      const res = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } }, serverContext);
      return { status: res.status, html: await res.text() };
    } finally {
      await db.destroy();
    }
  };

  it('opens with the demo key already set and the example operations for a browser on this machine', async () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const { status, html } = await page(address);
      expect(status).toBe(200);
      expect(html).toContain('Bearer cg_demo_key');
      expect(html).toContain('MicroCreators');
    }
  });

  it('never writes the key into the page for any other client', async () => {
    for (const address of ['10.0.0.7', '192.168.1.20', undefined]) {
      const { status, html } = await page(address);
      expect(status).toBe(200);
      expect(html).toContain('MicroCreators');
      expect(html).not.toContain('cg_demo_key');
    }
  });
});
