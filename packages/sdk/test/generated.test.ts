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
      expect(outputs.length).toBe(3);
      for (const { filename, content } of outputs) {
        expect(readFileSync(resolve(root, filename), 'utf8'), filename).toBe(content);
      }
    } finally {
      process.chdir(previous);
    }
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
