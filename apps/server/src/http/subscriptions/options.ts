import type { Logger } from 'pino';
import type { TrustedDocuments } from '../trusted-documents.js';

// Names, defaults and options shared by the subscription transports.

export const STREAM_PATH = '/graphql/stream';
/** graphql-sse's names for the stream token (its `TOKEN_HEADER_KEY` and `TOKEN_QUERY_KEY`). */
export const TOKEN_HEADER = 'x-graphql-event-stream-token';
export const TOKEN_QUERY = 'token';
/** A reserved stream nobody connected to within this time is dropped: clients connect right after the PUT. */
export const DEFAULT_RESERVATION_TTL_MS = 10_000;
/** Apollo's multipart subscription protocol: a heartbeat part about every 5 s keeps proxies from timing out. */
export const MULTIPART_HEARTBEAT_MS = 5_000;

export interface SubscriptionTransportOptions {
  /** Largest POST body on the stream endpoint, in bytes (the same limit as /graphql's). */
  maxBodyBytes: number;
  /**
   * Single-connection streams one organization may hold (reserved or open) on this server; by default its
   * subscription limit, since a stream without a subscription carries nothing.
   */
  maxStreamsPerOrganization?: number;
  /** How long a reserved stream token waits for its event stream. */
  reservationTtlMs?: number;
  /** The trusted documents (keys marked trusted-documents-only may run nothing else). */
  trustedDocuments?: TrustedDocuments;
  /** False in production: no "Did you mean …" in error messages (as /graphql). */
  suggestions?: boolean;
  /** Interval of the heartbeat parts of Apollo's multipart protocol. */
  heartbeatMs?: number;
  logger?: Logger;
}
