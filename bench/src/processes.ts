import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRssMb, spawnHttpChild } from '../../test/src/child.js';

/** The servers under test as child processes: their CPU time and RSS come from /proc, as in production. */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The V8 old-space cap the README recommends for production (test/src/process-server.ts uses the same). */
export const HEAP_CAP_MB = 256;

const CLOCK_TICKS_PER_SECOND = 100;

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether apps/server/dist and packages/core/dist are at least as new as their sources. */
export function distFresh(): boolean {
  const main = join(ROOT, 'apps/server/dist/main.js');
  const core = join(ROOT, 'packages/core/dist/index.js');
  return (
    existsSync(main) &&
    existsSync(core) &&
    Math.min(statSync(main).mtimeMs, statSync(core).mtimeMs) >=
      Math.max(newest(join(ROOT, 'apps/server/src')), newest(join(ROOT, 'packages/core/src')))
  );
}

export type ServerMode = 'dist' | 'source';

/** Compiles core then the server with tsc (no code generation: schema.graphql is left alone). */
export async function buildServer(): Promise<string | null> {
  for (const project of ['packages/core/tsconfig.build.json', 'apps/server/tsconfig.build.json']) {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await runQuiet([tsc, '-p', project]);
    if (result.code !== 0) return `${project}: ${result.output.slice(0, 2_000)}`;
  }
  return null;
}

function runQuiet(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('exit', (code) => done({ code, output }));
  });
}

export interface Child {
  label: string;
  pid: number;
  origin: string;
  /** `${origin}/graphql` */
  url: string;
  /** Resident memory in MB (VmRSS); 0 once gone. */
  rssMb(): number;
  /** User + system CPU time so far, in ms. */
  cpuMs(): number;
  output(): string;
  running(): boolean;
  stop(): Promise<void>;
}

export function readCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Spawns `node <args>` on a free port with a clean environment and waits for /health. */
async function startChild(label: string, args: string[], env: Record<string, string>): Promise<Child> {
  const child = await spawnHttpChild({
    label,
    args,
    env: { NODE_ENV: 'production', ...env },
    cwd: ROOT,
    timeoutMs: 180_000,
  });
  const { pid, origin } = child;
  return {
    label,
    pid,
    origin,
    url: `${origin}/graphql`,
    rssMb: () => readRssMb(pid),
    cpuMs: () => readCpuMs(pid),
    output: () => child.output(),
    running: () => child.running(),
    stop: () => child.stop(),
  };
}

export interface ServerStart {
  child: Child;
  /** How rate limits were switched off. */
  rateLimits: string;
}

/**
 * The real server, production profile, rate limits off. RATE_LIMIT_CAPACITY=0 and
 * RATE_LIMIT_RESTORE_PER_SECOND=0 mean "disabled"; a server that does not accept 0 yet gets a bucket
 * no benchmark can empty instead (said in the results).
 */
export async function startServer(databaseUrl: string, mode: ServerMode, label: string): Promise<ServerStart> {
  const entry =
    mode === 'dist'
      ? [join(ROOT, 'apps/server/dist/main.js')]
      : ['--conditions=source', '--import', 'tsx', join(ROOT, 'apps/server/src/main.ts')];
  const args = [`--max-old-space-size=${HEAP_CAP_MB}`, ...entry];
  const base = { PROFILE: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
  try {
    const child = await startChild(label, args, {
      ...base,
      RATE_LIMIT_CAPACITY: '0',
      RATE_LIMIT_RESTORE_PER_SECOND: '0',
    });
    return { child, rateLimits: 'RATE_LIMIT_CAPACITY=0, RATE_LIMIT_RESTORE_PER_SECOND=0 (disabled)' };
  } catch (error) {
    if (!/RATE_LIMIT_CAPACITY|RATE_LIMIT_RESTORE_PER_SECOND/.test(String(error))) throw error;
    const child = await startChild(label, args, {
      ...base,
      RATE_LIMIT_CAPACITY: '1000000000',
      RATE_LIMIT_RESTORE_PER_SECOND: '1000000000',
    });
    return {
      child,
      rateLimits: 'this server refuses RATE_LIMIT_CAPACITY=0, so a bucket of 10⁹ points refilled at 10⁹/s',
    };
  }
}

/** bench/baseline/server.ts on the same database, with the same heap cap. */
export function startBaseline(databaseUrl: string, label: string): Promise<Child> {
  return startChild(
    label,
    [`--max-old-space-size=${HEAP_CAP_MB}`, '--import', 'tsx', join(ROOT, 'bench/baseline/server.ts')],
    { DATABASE_URL: databaseUrl },
  );
}
