/**
 * Where the CLI finds its server and key. Precedence: flags (--url, --api-key) > environment
 * (CREATORGRAPH_URL, CREATORGRAPH_API_KEY) > the config file written by `creatorgraph login`
 * (~/.config/creatorgraph/config.json, or $CREATORGRAPH_CONFIG) > the default URL.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { usage } from './errors.js';

export const DEFAULT_URL = 'http://localhost:4000/graphql';

export type Env = Record<string, string | undefined>;

export interface FileConfig {
  url?: string;
  apiKey?: string;
}

export type Source = 'flag' | 'env' | 'file' | 'default' | 'none';

export interface ResolvedConfig {
  url: string;
  apiKey: string | undefined;
  sources: { url: Source; apiKey: Source };
  path: string;
}

export function configPath(env: Env): string {
  if (env.CREATORGRAPH_CONFIG) return env.CREATORGRAPH_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return join(base, 'creatorgraph', 'config.json');
}

/** Pure precedence: the first non-empty value of flag, environment, file; the default URL last. */
export function resolveConfig(flags: FileConfig, env: Env, file: FileConfig, path: string): ResolvedConfig {
  const pick = (flag: string | undefined, fromEnv: string | undefined, fromFile: string | undefined) =>
    flag
      ? { value: flag, source: 'flag' as const }
      : fromEnv
        ? { value: fromEnv, source: 'env' as const }
        : fromFile
          ? { value: fromFile, source: 'file' as const }
          : undefined;
  const url = pick(flags.url, env.CREATORGRAPH_URL, file.url) ?? { value: DEFAULT_URL, source: 'default' as const };
  const apiKey = pick(flags.apiKey, env.CREATORGRAPH_API_KEY, file.apiKey);
  return {
    url: normalizeUrl(url.value),
    apiKey: apiKey?.value,
    sources: { url: url.source, apiKey: apiKey?.source ?? 'none' },
    path,
  };
}

/** Accepts `http://host:4000` and adds the `/graphql` path; refuses what is not an http(s) URL. */
export function normalizeUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usage(`"${text}" is not a URL, e.g. http://localhost:4000/graphql`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw usage(`"${text}" must be an http or https URL`);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

export async function readConfigFile(path: string): Promise<FileConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw usage(`cannot read the config file ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw usage(`the config file ${path} is not JSON: fix it or run \`creatorgraph login\` again`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw usage(`the config file ${path} must hold a JSON object with "url" and "apiKey"`);
  }
  const { url, apiKey } = parsed as Record<string, unknown>;
  return {
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof apiKey === 'string' ? { apiKey } : {}),
  };
}

/** Writes the file readable by its owner only (0600): it holds a secret. */
export async function writeConfigFile(path: string, config: FileConfig): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600); // an existing file keeps its old mode on writeFile
}
