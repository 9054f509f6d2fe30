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
  it('opens with the demo key already set and the example operations', async () => {
    const { createServer } = await import('../src/yoga.js');
    const { createTestDatabase } = await import('@creatorgraph/core/testing');
    const db = await createTestDatabase('sqlite');
    try {
      const yoga = createServer({ db, graphiql: { apiKey: 'cg_demo_key' } });
      const res = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain('Bearer cg_demo_key');
      expect(html).toContain('MicroCreators');
    } finally {
      await db.destroy();
    }
  });
});
