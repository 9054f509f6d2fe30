import type { Plugin } from 'graphql-yoga';
import type { DependencyProbe, DependencyStatus } from '../runtime/probes.js';

/**
 * The probes, as load balancers and orchestrators ask them:
 * - `/health` (alive): 200 `{"status":"ok"}` as long as the process serves HTTP; it asks no dependency, so
 *   a database outage never gets healthy instances restarted.
 * - `/ready` (may I send traffic?): each dependency's probe, at once and each within its own timeout;
 *   200 when every required one is ok, else 503. A draining instance (shutting down) answers 503 at once
 *   without asking anything, so the load balancer stops sending before the listener closes.
 */

export interface ReadinessOptions {
  /** The dependencies to ask: the database always, Redis when configured. */
  probes: DependencyProbe[];
  /** True once shutdown has begun. */
  draining?: () => boolean;
}

export interface ReadinessReport {
  status: 'ready' | 'degraded' | 'unready' | 'draining';
  dependencies: Record<string, { status: DependencyStatus; required: boolean; detail?: string }>;
}

/** Asks every probe (a probe that throws counts as down) and sums them up. */
export async function readiness(options: ReadinessOptions): Promise<ReadinessReport> {
  if (options.draining?.()) return { status: 'draining', dependencies: {} };
  const results = await Promise.all(
    options.probes.map(async (probe) => {
      const result = await probe
        .check()
        .catch((error: Error) => ({ status: 'down' as const, detail: error?.message ?? String(error) }));
      return [probe, result] as const;
    }),
  );
  const dependencies: ReadinessReport['dependencies'] = {};
  let unready = false;
  let degraded = false;
  for (const [probe, result] of results) {
    dependencies[probe.name] = {
      status: result.status,
      required: probe.required,
      ...(result.detail ? { detail: result.detail } : {}),
    };
    if (result.status !== 'ok') {
      if (probe.required && result.status === 'down') unready = true;
      else degraded = true;
    }
  }
  return { status: unready ? 'unready' : degraded ? 'degraded' : 'ready', dependencies };
}

/** Fresh headers per response: the Response may keep (and extend) the object it is given. */
const jsonHeaders = () => ({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
const ALIVE = JSON.stringify({ status: 'ok' });

export function readinessPlugin(options: ReadinessOptions): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(new fetchAPI.Response(ALIVE, { status: 200, headers: jsonHeaders() }));
        return;
      }
      if (url.pathname !== '/ready') return;
      const report = await readiness(options);
      const ok = report.status === 'ready' || report.status === 'degraded';
      endResponse(new fetchAPI.Response(JSON.stringify(report), { status: ok ? 200 : 503, headers: jsonHeaders() }));
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      // Yoga's own health check answers `/health` first, with an empty body: give it ours.
      if (
        new URL(request.url).pathname === '/health' &&
        response.status === 200 &&
        !response.headers.has('content-type')
      ) {
        setResponse(new fetchAPI.Response(ALIVE, { status: 200, headers: jsonHeaders() }));
      }
    },
  };
}
