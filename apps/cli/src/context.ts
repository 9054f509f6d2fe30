/** What every command needs: the streams, the resolved config, an SDK client and the output mode. */
import { creatorgraph } from '@creatorgraph/sdk';
import type { Command } from 'commander';
import { configPath, type Env, type ResolvedConfig, readConfigFile, resolveConfig } from './config.js';
import { type ApiErrorLike, type DomainError, fromApiError, fromDomainError, usage } from './errors.js';
import { Output, outputMode, type Stream, useColor } from './output.js';

export type Sdk = ReturnType<typeof creatorgraph>;

export interface Io {
  stdout: Stream;
  stderr: Stream;
  /** For `login` prompts; without a TTY the values must come from flags. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Env;
  fetch: typeof globalThis.fetch;
  now: () => Date;
  /** Aborted on Ctrl-C: ends `watch`. */
  signal?: AbortSignal;
}

export interface GlobalFlags {
  url?: string;
  apiKey?: string;
  json?: boolean;
  csv?: boolean;
  color?: boolean;
}

export interface Session {
  io: Io;
  out: Output;
  config: ResolvedConfig;
  /** The client; throws a caller error when no key is configured. */
  sdk(): Sdk;
  flags: GlobalFlags;
}

export async function openSession(io: Io, command: Command): Promise<Session> {
  const flags = command.optsWithGlobals<GlobalFlags>();
  const out = new Output(
    io.stdout,
    io.stderr,
    outputMode(flags),
    useColor(io.stdout, io.env, flags.color !== false),
    useColor(io.stderr, io.env, flags.color !== false),
  );
  const path = configPath(io.env);
  const config = resolveConfig({ url: flags.url, apiKey: flags.apiKey }, io.env, await readConfigFile(path), path);
  let sdk: Sdk | undefined;
  return {
    io,
    out,
    config,
    flags,
    sdk() {
      if (!config.apiKey) {
        throw usage('no API key: pass --api-key, set CREATORGRAPH_API_KEY, or run `creatorgraph login`');
      }
      sdk ??= createSdkClient(config.url, config.apiKey, io.fetch);
      return sdk;
    },
  };
}

export function createSdkClient(url: string, apiKey: string, fetch: typeof globalThis.fetch): Sdk {
  return creatorgraph({ url, apiKey, fetch, headers: { 'user-agent': 'creatorgraph-cli' } });
}

type AnyResult =
  | { ok: true; data: unknown }
  | { ok: false; data: unknown; error?: ApiErrorLike | null; errors?: readonly ApiErrorLike[] };

/** A result's data, or the CLI error for its failure (the SDK's `error`, else its first `errors` entry). */
export function unwrap<R extends AnyResult>(res: R): Extract<R, { ok: true }>['data'] {
  if (res.ok) return res.data as Extract<R, { ok: true }>['data'];
  const error = res.error ?? res.errors?.[0] ?? { code: 'BAD_RESPONSE', message: 'the server answered without data' };
  throw fromApiError(error);
}

/** The payload member of a result union, or the CLI error for its typed error member. */
export function payload<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (value.__typename === typename) return value as Extract<T, { __typename: N }>;
  throw fromDomainError(value as DomainError);
}

/** Null from a lookup is "not found" (exit 1). */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw fromApiError({ code: 'NOT_FOUND', message: `${what} not found` });
  return value;
}
