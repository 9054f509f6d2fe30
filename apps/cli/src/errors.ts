/**
 * Exit codes and the one error type commands throw. 0 ok, 1 the caller's mistake (bad argument, validation,
 * not found, refused key), 2 the server or the network failed, 3 the organization's budget is spent.
 */

export const EXIT = { OK: 0, CALLER: 1, SERVER: 2, RATE_LIMITED: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error as the SDK reports it (its `error`, or an entry of `errors`). */
export interface ApiErrorLike {
  code: string;
  message: string;
  path?: readonly (string | number)[];
  issues?: readonly { field: string; message: string }[];
  status?: number;
  retryAfter?: number;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly details: {
      code?: string;
      issues?: readonly { field: string; message: string }[];
      retryAfter?: number;
    } = {},
  ) {
    super(message);
  }
}

/** A caller error (exit 1) with a message saying what to change. */
export const usage = (message: string, issues?: readonly { field: string; message: string }[]) =>
  new CliError(message, EXIT.CALLER, { code: 'USAGE', ...(issues ? { issues } : {}) });

const RATE = new Set(['RATE_LIMITED', 'TOO_MANY_SUBSCRIPTIONS']);
const SERVER = new Set([
  'NETWORK_ERROR',
  'TIMEOUT',
  'BAD_RESPONSE',
  'INTERNAL_SERVER_ERROR',
  'OVERLOADED',
  'SERVICE_UNAVAILABLE',
  'SHUTTING_DOWN',
]);

/**
 * Which exit code an API error deserves. Known server-side codes are 2; budget refusals 3; everything
 * else the server names (VALIDATION, NOT_FOUND, UNAUTHENTICATED, QUERY_TOO_COSTLY, …) is the caller's,
 * except a bare HTTP error, judged by its status.
 */
export function exitCodeFor(error: Pick<ApiErrorLike, 'code' | 'status'>): ExitCode {
  if (RATE.has(error.code) || error.status === 429) return EXIT.RATE_LIMITED;
  if (SERVER.has(error.code)) return EXIT.SERVER;
  if (error.code === 'HTTP_ERROR') return error.status !== undefined && error.status < 500 ? EXIT.CALLER : EXIT.SERVER;
  if (error.status !== undefined && error.status >= 500) return EXIT.SERVER;
  return EXIT.CALLER;
}

/** Seconds until a refused operation fits, from the error's `retryAfter` or its message ("retry in 8 s"). */
export function retryAfterOf(error: ApiErrorLike): number | undefined {
  if (typeof error.retryAfter === 'number') return error.retryAfter;
  const m = /retry in (\d+(?:\.\d+)?) ?s/i.exec(error.message);
  return m ? Number(m[1]) : undefined;
}

export function fromApiError(error: ApiErrorLike): CliError {
  const exitCode = exitCodeFor(error);
  const retryAfter = retryAfterOf(error);
  let message = error.message;
  if (exitCode === EXIT.RATE_LIMITED && retryAfter !== undefined && !/retry in/i.test(message)) {
    message = `${message} (retry in ${retryAfter} s)`;
  }
  return new CliError(message, exitCode, {
    code: error.code,
    ...(error.issues ? { issues: error.issues } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  });
}

/** A typed domain error of a mutation or decision query (`ValidationError`, `NotFoundError`, …). */
export interface DomainError {
  __typename: string;
  message?: string;
  code?: string;
  issues?: readonly { field: string; message: string }[] | null;
}

export function fromDomainError(error: DomainError): CliError {
  return fromApiError({
    code: error.code ?? error.__typename,
    message: error.message ?? error.__typename,
    ...(error.issues ? { issues: error.issues } : {}),
  });
}
