import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configPath, DEFAULT_URL, readConfigFile, resolveConfig, writeConfigFile } from '../src/config.js';
import { run } from '../src/index.js';

const file = { url: 'http://file.example/graphql', apiKey: 'cg_file' };
const env = { CREATORGRAPH_URL: 'http://env.example/graphql', CREATORGRAPH_API_KEY: 'cg_env' };

describe('config precedence', () => {
  it('flags beat the environment, which beats the file, which beats the default', () => {
    const all = resolveConfig({ url: 'http://flag.example/graphql', apiKey: 'cg_flag' }, env, file, 'p');
    expect([all.url, all.apiKey, all.sources]).toEqual([
      'http://flag.example/graphql',
      'cg_flag',
      { url: 'flag', apiKey: 'flag' },
    ]);
    const noFlags = resolveConfig({}, env, file, 'p');
    expect([noFlags.url, noFlags.apiKey]).toEqual([env.CREATORGRAPH_URL, 'cg_env']);
    const fileOnly = resolveConfig({}, {}, file, 'p');
    expect([fileOnly.url, fileOnly.apiKey, fileOnly.sources.url]).toEqual([file.url, 'cg_file', 'file']);
    const nothing = resolveConfig({}, {}, {}, 'p');
    expect([nothing.url, nothing.apiKey, nothing.sources]).toEqual([
      DEFAULT_URL,
      undefined,
      { url: 'default', apiKey: 'none' },
    ]);
  });

  it('mixes sources per value and adds /graphql to a bare origin', () => {
    const mixed = resolveConfig({ url: 'http://localhost:4000' }, { CREATORGRAPH_API_KEY: 'cg_env' }, file, 'p');
    expect([mixed.url, mixed.apiKey, mixed.sources]).toEqual([
      'http://localhost:4000/graphql',
      'cg_env',
      { url: 'flag', apiKey: 'env' },
    ]);
    expect(() => resolveConfig({ url: 'ftp://x' }, {}, {}, 'p')).toThrow(/http or https/);
  });

  it('finds the file under CREATORGRAPH_CONFIG, XDG_CONFIG_HOME or ~/.config', () => {
    expect(configPath({ CREATORGRAPH_CONFIG: '/tmp/x.json', HOME: '/home/a' })).toBe('/tmp/x.json');
    expect(configPath({ XDG_CONFIG_HOME: '/xdg', HOME: '/home/a' })).toBe('/xdg/creatorgraph/config.json');
    expect(configPath({ HOME: '/home/a' })).toBe('/home/a/.config/creatorgraph/config.json');
  });
});

describe('config file', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is written readable by its owner only and read back', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cg-cli-'));
    const path = join(dir, 'nested', 'config.json');
    await writeConfigFile(path, file);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readConfigFile(path)).toEqual(file);
    expect(await readConfigFile(join(dir, 'missing.json'))).toEqual({});
    await writeFile(path, '{oops');
    await expect(readConfigFile(path)).rejects.toThrow(/not JSON/);
  });

  it('a command without any key is a caller error naming the ways to give one', async () => {
    const err: string[] = [];
    const code = await run(['keys', 'list'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => err.push(s) },
      env: { CREATORGRAPH_CONFIG: join(dir ?? tmpdir(), 'none.json') },
    });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/no API key: pass --api-key, set CREATORGRAPH_API_KEY, or run `creatorgraph login`/);
  });
});
