import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const PEERS = ['@apollo/client', '@urql/core', '@urql/exchange-graphcache', 'graphql-sse'];

/** The packages a source file reaches through its static imports and re-exports, following relative ones. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const statics = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)];
    const dynamics = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)];
    for (const [, specifier] of [...statics, ...dynamics]) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) {
        const path = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (existsSync(path)) visit(path);
        else if (!specifier.endsWith('.json')) throw new Error(`${file}: cannot follow ${specifier}`);
      } else {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return packages;
}

describe('entry points', () => {
  it('keeps the root entry free of the optional client libraries', () => {
    const reached = packagesReached(resolve(root, pkg.exports['.'].source));
    expect(reached).toContain('graphql');
    for (const peer of PEERS) expect(reached, peer).not.toContain(peer);
  });

  it('maps ./apollo, ./urql and ./graphcache like the other entries, to sources that load their client library', () => {
    for (const [entry, needs] of [
      ['./apollo', ['@apollo/client', 'graphql-sse']],
      ['./urql', ['@urql/core', 'graphql-sse']],
      ['./graphcache', ['@urql/exchange-graphcache']],
    ] as const) {
      const name = entry.slice(2);
      expect(pkg.exports[entry]).toEqual({
        source: `./src/${name}.ts`,
        types: `./dist/${name}.d.ts`,
        default: `./dist/${name}.js`,
      });
      const reached = packagesReached(resolve(root, pkg.exports[entry].source));
      for (const peer of needs) expect(reached, `${entry} → ${peer}`).toContain(peer);
    }
  });

  it('declares the client libraries as optional peers, installed for development', () => {
    for (const peer of PEERS) {
      expect(pkg.peerDependencies[peer], peer).toMatch(/^\^\d/);
      expect(pkg.peerDependenciesMeta[peer], peer).toEqual({ optional: true });
      expect(pkg.devDependencies[peer], peer).toBeDefined();
    }
    expect(pkg.dependencies).not.toHaveProperty('@apollo/client');
  });
});
