import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const root = resolve(import.meta.dirname, '..');

describe('generated SDK', () => {
  it('matches what codegen produces from schema.graphql and the operations (run `npm run codegen`)', async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.map((o) => o.filename).sort()).toEqual([
        'schema.graphql',
        'src/__generated__/graphql.ts',
        'src/__generated__/introspection.ts',
        'src/__generated__/persisted-documents.json',
        'src/__generated__/possible-types.ts',
        'src/__generated__/sdk.ts',
        'src/__generated__/type-policies.ts',
      ]);
      for (const { filename, content } of outputs) {
        expect(readFileSync(resolve(root, filename), 'utf8'), filename).toBe(content);
      }
    } finally {
      process.chdir(previous);
    }
  });

  it('ships the server schema unchanged', () => {
    expect(readFileSync(resolve(root, 'schema.graphql'), 'utf8')).toBe(
      readFileSync(resolve(root, '../../apps/server/schema.graphql'), 'utf8'),
    );
  });

  it('lists every operation in the persisted-documents manifest under its sha256', async () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'src/__generated__/persisted-documents.json'), 'utf8'));
    const { createHash } = await import('node:crypto');
    for (const [hash, text] of Object.entries(manifest)) {
      expect(
        createHash('sha256')
          .update(text as string)
          .digest('hex'),
      ).toBe(hash);
    }
    expect(Object.values(manifest).some((t) => (t as string).startsWith('query Creators'))).toBe(true);
  });
});

describe('consumer codegen (@creatorgraph/sdk/codegen)', () => {
  it('types your own operation against the shipped schema with the client preset', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { consumerCodegen, schemaPath } = await import('../src/codegen-config.js');
    expect(schemaPath).toBe(resolve(root, 'schema.graphql'));
    const dir = mkdtempSync(resolve(tmpdir(), 'cg-consumer-'));
    writeFileSync(
      resolve(dir, 'mine.graphql'),
      'query Mine($first: Int) { creators(first: $first) { nodes { name } } }\n',
    );
    const config = consumerCodegen({ documents: resolve(dir, '*.graphql'), output: `${resolve(dir, 'gql')}/` });
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    const types = outputs.find((o) => o.filename.endsWith('graphql.ts'))?.content ?? '';
    expect(types).toContain(
      "export type MineQuery = { __typename?: 'Query', creators?: { __typename?: 'CreatorConnection', nodes: Array<{ __typename?: 'Creator', name: string }> } | null };",
    );
    expect(types).toContain('export const MineDocument = ');
    expect(outputs.find((o) => o.filename.endsWith('gql.ts'))?.content).toContain('export function graphql(');
  });
});
