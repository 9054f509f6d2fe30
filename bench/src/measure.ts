import autocannon from 'autocannon';
import type { Child } from './processes.js';
import type { GraphQLRequest } from './queries.js';

/** HTTP measurements: single timed requests, autocannon runs with the server's CPU time, answer checks. */

export interface Answer {
  status: number;
  ms: number;
  text: string;
  json: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
}

export async function send(url: string, key: string, request: GraphQLRequest, timeoutMs = 120_000): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let json: Answer['json'];
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = undefined;
  }
  return { status: res.status, ms, text, json };
}

/** Why an answer is not a success: HTTP status, GraphQL errors, or a union member other than the payload. */
export function problemOf(answer: Answer, expect?: string): string | null {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.text.slice(0, 300)}`;
  const errors = answer.json?.errors;
  if (errors?.length) return `errors: ${errors.map((e) => `${e.extensions?.code ?? '?'} ${e.message}`).join('; ')}`;
  const data = answer.json?.data as Record<string, { __typename?: string; message?: string }> | undefined;
  if (!data) return 'no data';
  if (expect) {
    const root = Object.values(data)[0];
    if (root?.__typename !== expect) return `${root?.__typename ?? 'no result'}: ${root?.message ?? ''}`;
  }
  return null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ---- comparing answers ---------------------------------------------------------------------------------

export interface Equality {
  /** identical | key-order | float | peers (reliable rates off by a cached peer group) | mismatch */
  kind: 'identical' | 'key-order' | 'float' | 'peers' | 'mismatch';
  detail: string;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The first difference between two JSON values, numbers compared up to `tolerance` (relative); null when none. */
function firstDifference(a: unknown, b: unknown, tolerance: number, path = 'data'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const scale = Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
    return Math.abs(a - b) / scale <= tolerance ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], tolerance, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        tolerance,
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** The first object whose keys come in another order, as `path: a,b ≠ b,a`. */
function firstKeyOrder(a: unknown, b: unknown, path = 'data'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstKeyOrder(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join() !== kb.join()) return `${path}: ${ka.join(',')} (API) ≠ ${kb.join(',')} (selection order)`;
    for (const k of ka) {
      const d = firstKeyOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return null;
}

/** Compares the `data` of the API's answer with the baseline's. */
export function compareData(server: unknown, baseline: unknown): Equality {
  if (JSON.stringify(server) === JSON.stringify(baseline)) return { kind: 'identical', detail: 'byte-identical data' };
  if (JSON.stringify(sortKeys(server)) === JSON.stringify(sortKeys(baseline))) {
    return {
      kind: 'key-order',
      detail: `same data, but the API orders some object keys differently from the selection set (first: ${firstKeyOrder(server, baseline)})`,
    };
  }
  const exact = firstDifference(server, baseline, 0);
  if (firstDifference(server, baseline, 1e-9) === null) {
    return { kind: 'float', detail: `equal up to float rounding (first: ${exact})` };
  }
  // Reliable rates shrink toward a peer prior the API caches for up to 10 minutes (documented), while the
  // baseline computes it from the summaries of this instant: while posts leave the 90-day window the two
  // priors differ slightly. Only those values, and only slightly, may differ.
  const withoutReliable = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(withoutReliable);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === 'reliableEngagement' ? null : withoutReliable(x)]),
      );
    }
    return v;
  };
  if (
    firstDifference(withoutReliable(server), withoutReliable(baseline), 1e-9) === null &&
    firstDifference(server, baseline, 1e-3) === null
  ) {
    return {
      kind: 'peers',
      detail: `equal, but for reliable rates within 0.1% (a peer group cached by the API earlier; first: ${exact})`,
    };
  }
  return { kind: 'mismatch', detail: firstDifference(server, baseline, 1e-9) ?? 'differs' };
}

// ---- sequential timing ---------------------------------------------------------------------------------

export interface Timing {
  samples: number[];
  p50: number;
  max: number;
  problem: string | null;
}

/** `n` sequential requests (fewer when they pass `budgetMs` together, but at least `min`). */
export async function timeSequential(
  url: string,
  key: string,
  request: GraphQLRequest,
  options: { n: number; min: number; budgetMs: number; expect?: string },
): Promise<Timing> {
  const samples: number[] = [];
  const started = performance.now();
  let problem: string | null = null;
  for (let i = 0; i < options.n; i++) {
    const answer = await send(url, key, request);
    problem ??= problemOf(answer, options.expect);
    samples.push(answer.ms);
    if (i + 1 >= options.min && performance.now() - started > options.budgetMs) break;
  }
  return { samples, p50: median(samples), max: Math.max(...samples), problem };
}

/** Samples a child's RSS every 20 ms while `fn` runs; returns the peak in MB. */
export async function peakRss<T>(child: Child, fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = child.rssMb();
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, child.rssMb());
  }, 20);
  try {
    const result = await fn();
    peakMb = Math.max(peakMb, child.rssMb());
    return { result, peakMb };
  } finally {
    clearInterval(timer);
  }
}

// ---- autocannon ----------------------------------------------------------------------------------------

export interface CannonResult {
  requests: number;
  seconds: number;
  rps: number;
  /** The target process's CPU time (user + system) per completed request, ms. */
  cpuMsPerRequest: number;
  p50: number;
  p99: number;
  max: number;
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** 503 answers that carried no Retry-After header. */
  unavailableWithoutRetryAfter: number;
}

export async function cannon(options: {
  target: Child;
  key: string;
  requests: GraphQLRequest[];
  connections: number;
  seconds: number;
  timeoutSeconds?: number;
}): Promise<CannonResult> {
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${options.key}`,
  };
  let missingRetryAfter = 0;
  const cpuBefore = options.target.cpuMs();
  const result = await new Promise<autocannon.Result>((done, reject) => {
    autocannon(
      {
        url: options.target.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds ?? 30,
        requests: options.requests.map((r) => ({ method: 'POST', headers, body: JSON.stringify(r) })),
        setupClient: (client) => {
          // http-parser-js hands over the status and a flat [name, value, …] header list.
          (client as unknown as NodeJS.EventEmitter).on(
            'headers',
            (info: { statusCode?: number; headers?: string[] }) => {
              if (info.statusCode !== 503) return;
              const names = (info.headers ?? []).filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase());
              if (!names.includes('retry-after')) missingRetryAfter++;
            },
          );
        },
      },
      (error, res) => (error ? reject(error) : done(res)),
    );
  });
  const cpuMs = options.target.cpuMs() - cpuBefore;
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    rps: requests / result.duration,
    cpuMsPerRequest: requests > 0 ? cpuMs / requests : Number.NaN,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    unavailableWithoutRetryAfter: missingRetryAfter,
  };
}
