import { DatabaseMissingError, SchemaNotCurrentError } from '@creatorgraph/core';

/**
 * Why the process cannot start, as one paragraph an operator can act on: what failed, where (host, port,
 * database, user; never a password) and what to check. main prints it alone (no stack) and exits 1.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** Network failures that mean "nothing answers there". */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN']);

/** The error's code, looking into an AggregateError (IPv4 and IPv6 attempts) and its cause. */
function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; errors?: unknown[]; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  if (typeof e.code === 'string') return e.code;
  for (const inner of e.errors ?? []) {
    const code = codeOf(inner);
    if (code) return code;
  }
  return e.cause ? codeOf(e.cause) : undefined;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Host, port, database and user of a PostgreSQL URL (the password is never shown). */
function postgresTarget(databaseUrl: string) {
  try {
    const url = new URL(databaseUrl);
    return {
      host: url.hostname || 'localhost',
      port: url.port || '5432',
      database: decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)',
      user: decodeURIComponent(url.username) || '(default)',
    };
  } catch {
    return { host: '?', port: '?', database: '?', user: '?' };
  }
}

/** A failure to open, check or migrate the database, explained; anything unrecognised keeps its message. */
export function explainDatabaseError(error: unknown, databaseUrl: string): StartupError {
  if (error instanceof StartupError) return error;
  if (error instanceof SchemaNotCurrentError) return new StartupError(error.message, { cause: error });
  const sqlite = !/^postgres(ql)?:\/\//.test(databaseUrl);
  if (error instanceof DatabaseMissingError) {
    return new StartupError(
      sqlite
        ? `The SQLite database file ${error.database} does not exist (DATABASE_URL). In production the server never creates a database: check the path (and the volume it is on), or create it with \`npm run migrate\`.`
        : `The database ${error.database} does not exist (DATABASE_URL). In production the server never creates a database: check the name in DATABASE_URL, or create it (e.g. \`createdb ${error.database}\`) and run \`npm run migrate\`.`,
      { cause: error },
    );
  }
  if (sqlite) {
    return new StartupError(
      `Cannot open the SQLite database ${databaseUrl} (${messageOf(error)}): check that the path is right and that this process may read and write it and its folder.`,
      { cause: error },
    );
  }
  const { host, port, database, user } = postgresTarget(databaseUrl);
  const code = codeOf(error);
  if (code === 'ENOTFOUND') {
    return new StartupError(
      `PostgreSQL host ${host} is unknown (DNS lookup failed): check the host name in DATABASE_URL and that this machine (or container network) can resolve it.`,
      { cause: error },
    );
  }
  if ((code && UNREACHABLE.has(code)) || /timeout|timed out|terminated unexpectedly/i.test(messageOf(error))) {
    return new StartupError(
      `PostgreSQL at ${host}:${port} is unreachable (${code ?? messageOf(error)}): check that the server is running, that host and port in DATABASE_URL are right, and that this machine may connect to it (firewall, container network, listen_addresses).`,
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StartupError(
      `PostgreSQL at ${host}:${port} refused user ${user} for database ${database} (${messageOf(error)}): check the user name and password in DATABASE_URL, that the role exists and may log in, and pg_hba.conf.`,
      { cause: error },
    );
  }
  if (code === '3D000') return explainDatabaseError(new DatabaseMissingError(database), databaseUrl);
  if (code === '42501') {
    return new StartupError(
      `PostgreSQL user ${user} lacks a privilege on database ${database} (${messageOf(error)}): grant it (the migrations need to create tables; the server needs to read and write them).`,
      { cause: error },
    );
  }
  return new StartupError(
    `Cannot use PostgreSQL database ${database} at ${host}:${port} as ${user}: ${messageOf(error)}${code ? ` (${code})` : ''}.`,
    { cause: error },
  );
}

/** Host and port of a Redis URL (credentials never shown). */
export function redisTarget(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    return `${url.hostname || 'localhost'}:${url.port || '6379'}`;
  } catch {
    return '?';
  }
}

/** A failure to reach Redis at start, explained. */
export function explainRedisError(error: unknown, redisUrl: string): StartupError {
  if (error instanceof StartupError) return error;
  const target = redisTarget(redisUrl);
  const message = messageOf(error);
  if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(message)) {
    return new StartupError(
      `Redis at ${target} refused the credentials (${message}): check the user and password in REDIS_URL.`,
      { cause: error },
    );
  }
  return new StartupError(
    `Redis at ${target} is unreachable (${codeOf(error) ?? message}): check that Redis is running, that host and port in REDIS_URL are right (rediss:// for TLS), and that this machine may connect to it. Leave REDIS_URL unset to run a single instance without Redis.`,
    { cause: error },
  );
}
