import { randomUUID } from 'node:crypto';
import type { ImportReport } from '@creatorgraph/core';
import type { ServerMetrics } from './metrics.js';

/**
 * What the observability plugin knows of each request in flight, by request. Its own module, free of the
 * server's other modules, so resolvers (imports) can report to it without an import cycle.
 */

/** An incoming `X-Request-Id` is kept when it is 1–128 letters, digits or `._:-`. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestState {
  id: string;
  /** The server's metrics, for hooks deep in a request (imports). */
  metrics?: ServerMetrics;
  started: number;
  /** The caller's operation name when it is a well-formed name (for the log; metrics bound it further). */
  operationName?: string;
  operationType?: string;
  /** Error codes of the GraphQL result(s), in order; undefined when no result was produced. */
  codes?: string[];
  /** A database outage's message, for the access line. */
  unavailable?: string;
  /** Causes already logged: one line per internal error. */
  logged: Set<unknown>;
}

export const states = new WeakMap<Request, RequestState>();

/** Counts an import's rows in the metrics of the server that ran it (also the batches of a stopped import). */
export function recordImport(request: Request | undefined, report: Pick<ImportReport, 'files'>): void {
  if (request) states.get(request)?.metrics?.imported(report);
}

/** The id of a request (set as soon as the server sees it). */
export function requestIdOf(request: Request): string | undefined {
  return states.get(request)?.id;
}

export function newState(request: Request): RequestState {
  const incoming = request.headers.get('x-request-id');
  const state: RequestState = {
    id: incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
    started: performance.now(),
    logged: new Set(),
  };
  states.set(request, state);
  return state;
}
