import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';

/**
 * Node child processes that serve HTTP, as the end-to-end tests and the benchmark (bench/) start them: a
 * free port, a clean environment, output kept for error messages, ready once `/health` answers 200, and
 * killed when this process exits. No test framework here, so bench/ can use it too.
 */

/** A port nobody listens on right now (the child binds it a moment later). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** VmRSS of a process in MB; 0 once it is gone. */
export function readRssMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A started child serving on `origin`. */
export interface HttpChild {
  pid: number;
  port: number;
  origin: string;
  /** The last 20 kB of its stdout and stderr. */
  output(): string;
  running(): boolean;
  /** SIGKILL at once. */
  kill(): void;
  /** SIGTERM, then SIGKILL after 5 s; resolves once it exited. */
  stop(): Promise<void>;
  /** Sends a signal (e.g. SIGTERM to watch the graceful shutdown) without waiting. */
  signal(name: NodeJS.Signals): void;
  /** Resolves with the exit code once the child exited (null when a signal killed it). */
  exited(): Promise<number | null>;
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(1_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Spawns `node <args>` with only `env` (plus PATH, HOME, TMPDIR, HOST and PORT: nothing inherited may
 * loosen a limit or point at a shared Redis) and waits until `/health` answers 200.
 */
export async function spawnHttpChild(options: {
  label: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
}): Promise<HttpChild> {
  const port = await freePort();
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? tmpdir(),
      TMPDIR: tmpdir(),
      HOST: '127.0.0.1',
      PORT: String(port),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  let exitCode: number | null = null;
  const exit = new Promise<void>((done) =>
    child.once('exit', (code) => {
      exited = true;
      exitCode = code;
      live.delete(child);
      done();
    }),
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (exited) throw new Error(`${options.label} exited during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.label} did not answer /health within ${options.timeoutMs / 1000} s:\n${output}`);
    }
    if (await healthy(origin)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid as number,
    port,
    origin,
    output: () => output,
    running: () => !exited,
    kill: () => {
      if (!exited) child.kill('SIGKILL');
    },
    signal: (name) => {
      if (!exited) child.kill(name);
    },
    exited: () => exit.then(() => exitCode),
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
