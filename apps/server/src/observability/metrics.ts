import type { Database, ImportReport } from '@creatorgraph/core';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one server (one `createServer`): a registry of its own, so several servers in one
 * process (tests) never collide, plus the process's metrics (event-loop lag, CPU, memory, GC), which exist
 * once per process and are kept in a registry of their own. `/metrics` prints both. docs/operations.md
 * lists every metric.
 */

/** How a request ended, from the caller's point of view. */
export type Outcome = 'ok' | 'caller_error' | 'refused' | 'unavailable' | 'internal_error';

/** Codes of requests the server declined for capacity or budget, not because they were wrong. */
const REFUSALS = new Set(['RATE_LIMITED', 'OVERLOADED', 'TOO_MANY_SUBSCRIPTIONS']);
/** Budget refusals counted in creatorgraph_rate_limit_refusals_total. */
const BUDGET_REFUSALS = new Set(['RATE_LIMITED', 'QUERY_TOO_COSTLY', 'TOO_MANY_SUBSCRIPTIONS']);
/** Codes are the server's own (SCREAMING_SNAKE); anything else would be a label nobody chose. */
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * The outcome of a response from its error codes (GraphQL `extensions.code`, in order) and HTTP status: the
 * worst one wins (internal error, then unavailable, then refused), and `code` is the code it was decided by
 * (empty when ok; `HTTP_<status>` for an error response that carried none).
 */
export function outcomeOf(codes: readonly string[], status: number): { outcome: Outcome; code: string } {
  const clean = codes.map((c) => (CODE.test(c) ? c : 'OTHER'));
  const find = (test: (c: string) => boolean) => clean.find(test);
  const internal = find((c) => c === 'INTERNAL_SERVER_ERROR');
  if (internal) return { outcome: 'internal_error', code: internal };
  const unavailable = find((c) => c === 'SERVICE_UNAVAILABLE');
  if (unavailable) return { outcome: 'unavailable', code: unavailable };
  const refused = find((c) => REFUSALS.has(c));
  if (refused) return { outcome: 'refused', code: refused };
  if (clean[0]) return { outcome: 'caller_error', code: clean[0] };
  if (status >= 500) return { outcome: 'internal_error', code: `HTTP_${status}` };
  if (status >= 400) return { outcome: 'caller_error', code: `HTTP_${status}` };
  return { outcome: 'ok', code: '' };
}

/** Label of an operation without a name. */
export const ANONYMOUS = '(anonymous)';
/** Label of a request that never got as far as a parsed operation (bad JSON, refused early, GraphiQL page). */
export const UNKNOWN = '(unknown)';
/** Label of the names beyond the first `maxOperationNames` seen by this server. */
export const OTHER = '(other)';
/** Distinct operation names a server labels metrics with; later names share OTHER. */
export const MAX_OPERATION_NAMES = 200;
/** A GraphQL name, at most 64 characters: anything else is not an operation name. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Operation names chosen by callers, bounded: the first `max` distinct names keep their label, later ones
 * (and malformed ones) become OTHER, so a client inventing names cannot grow the series without end.
 */
export function operationLabels(max = MAX_OPERATION_NAMES): (name: string | null | undefined) => string {
  const known = new Set<string>();
  return (name) => {
    if (!name) return ANONYMOUS;
    if (!OPERATION_NAME.test(name)) return OTHER;
    if (known.has(name)) return name;
    if (known.size >= max) return OTHER;
    known.add(name);
    return name;
  };
}

/** What the in-flight gate tells about itself (see http/backpressure.ts). */
interface GateView {
  readonly inFlight: number;
  readonly queued: number;
}

/** The knex (tarn) pool of an ORM: the same object behind PostgreSQL and SQLite. */
interface PoolView {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

function poolOf(db: Database): PoolView | undefined {
  try {
    const pool = (db.em.getConnection().getKnex() as unknown as { client?: { pool?: PoolView } }).client?.pool;
    return pool && typeof pool.numUsed === 'function' ? pool : undefined;
  } catch {
    // Closed or not yet connected: nothing to report.
    return undefined;
  }
}

let processRegistry: Registry | undefined;

/** Event-loop lag, CPU, memory, GC and handles of this process: collected once, whatever the servers. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const QUEUE_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export interface ServerMetrics {
  readonly registry: Registry;
  /** The operation label for a caller's operation name (bounded; see operationLabels). */
  operationLabel(name: string | null | undefined): string;
  /** One finished API request (GraphQL or export). */
  request(labels: { operation: string; type: string; outcome: Outcome; code: string }, seconds: number): void;
  /** Points priced before running and charged after it. */
  cost(operation: string, requested: number, actual: number | null): void;
  /** A request's wait for a slot of the in-flight gate, and whether it got one. */
  queued(outcome: 'admitted' | 'refused', seconds: number): void;
  /** Rows written or rejected by an import (also those committed before an import stopped). */
  imported(report: Pick<ImportReport, 'files'>): void;
  /** An event stream opened (+1) or ended (−1). */
  subscriptions(delta: 1 | -1): void;
  /** The Prometheus text exposition: this server's metrics and the process's. */
  text(): Promise<string>;
  readonly contentType: string;
}

export function createServerMetrics(options: { db?: Database; gate?: GateView } = {}): ServerMetrics {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'creatorgraph_requests_total',
    help: 'API requests (GraphQL and exports) by operation, operation type, outcome and error code.',
    labelNames: ['operation', 'type', 'outcome', 'code'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'creatorgraph_request_duration_seconds',
    help: 'Time from receiving an API request to the start of its response, by operation, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const cost = new Counter({
    name: 'creatorgraph_query_cost_points_total',
    help: 'Query-cost points by operation: priced before running (requested) and charged after it (actual).',
    labelNames: ['operation', 'kind'] as const,
    registers,
  });
  const budgetRefusals = new Counter({
    name: 'creatorgraph_rate_limit_refusals_total',
    help: 'Requests refused by the query-cost budget, by reason (rate_limited, query_too_costly, too_many_subscriptions).',
    labelNames: ['reason'] as const,
    registers,
  });
  const overloaded = new Counter({
    name: 'creatorgraph_backpressure_refusals_total',
    help: 'Requests answered 503 OVERLOADED because every in-flight slot was taken and the queue was full or too slow.',
    registers,
  });
  const queueWait = new Histogram({
    name: 'creatorgraph_backpressure_queue_seconds',
    help: 'Time a request waited for an in-flight slot (0 when one was free), by outcome (admitted, refused).',
    labelNames: ['outcome'] as const,
    buckets: QUEUE_BUCKETS,
    registers,
  });
  const { gate, db } = options;
  new Gauge({
    name: 'creatorgraph_requests_in_flight',
    help: 'Requests holding an in-flight slot now (probes and open event streams excepted).',
    registers,
    collect() {
      this.set(gate?.inFlight ?? 0);
    },
  });
  new Gauge({
    name: 'creatorgraph_requests_queued',
    help: 'Requests waiting for an in-flight slot now.',
    registers,
    collect() {
      this.set(gate?.queued ?? 0);
    },
  });
  new Gauge({
    name: 'creatorgraph_db_pool_connections',
    help: 'Database connections of the pool by state: used, free, pending_acquire (requests waiting for one), pending_create.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const pool = db ? poolOf(db) : undefined;
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending_acquire' }, pool?.numPendingAcquires() ?? 0);
      this.set({ state: 'pending_create' }, pool?.numPendingCreates() ?? 0);
    },
  });
  const importRows = new Counter({
    name: 'creatorgraph_import_rows_total',
    help: 'Rows of imported files by file kind and outcome (inserted, updated, unchanged, rejected).',
    labelNames: ['kind', 'outcome'] as const,
    registers,
  });
  const subscriptions = new Gauge({
    name: 'creatorgraph_subscriptions_open',
    help: 'GraphQL subscriptions (event streams) open on this instance.',
    registers,
  });
  const operationLabel = operationLabels();

  return {
    registry,
    operationLabel,
    contentType: registry.contentType,
    request({ operation, type, outcome, code }, seconds) {
      requests.inc({ operation, type, outcome, code });
      duration.observe({ operation, type, outcome }, seconds);
      if (BUDGET_REFUSALS.has(code)) budgetRefusals.inc({ reason: code.toLowerCase() });
      if (code === 'OVERLOADED') overloaded.inc();
    },
    cost(operation, requested, actual) {
      if (requested > 0) cost.inc({ operation, kind: 'requested' }, requested);
      if (actual !== null && actual > 0) cost.inc({ operation, kind: 'actual' }, actual);
    },
    queued(outcome, seconds) {
      queueWait.observe({ outcome }, seconds);
    },
    imported(report) {
      for (const file of report.files) {
        const kind = file.kind ?? 'unknown';
        for (const outcome of ['inserted', 'updated', 'unchanged', 'rejected'] as const) {
          if (file[outcome] > 0) importRows.inc({ kind, outcome }, file[outcome]);
        }
      }
    },
    subscriptions(delta) {
      subscriptions.inc(delta);
    },
    async text() {
      return `${await processMetrics().metrics()}\n${await registry.metrics()}`;
    },
  };
}
