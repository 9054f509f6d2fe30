import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * One JSON logger for the process: the access log, Yoga's messages, MikroORM's and the server's own lines all
 * go through it, one object per line with a `msg`.
 */

export interface LoggerConfig {
  /** LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent. */
  level?: LoggerOptions['level'];
}

/**
 * Paths pino blanks out wherever they appear in a logged object. Nothing here logs them on purpose; this
 * catches a header map or a request handed to the logger by mistake.
 */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  '*.authorization',
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'password',
  '*.password',
  'variables',
  '*.variables',
];

/** The server's logger; `destination` (a stream) is for tests that read the lines back. */
export function createLogger(config: LoggerConfig = {}, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.level ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What Yoga's `logging` option takes. */
// biome-ignore lint/suspicious/noExplicitAny: Yoga's logger signature
export type YogaLogger = Record<'debug' | 'info' | 'warn' | 'error', (...args: any[]) => void>;

/** Splits a logging call's arguments into pino's (fields, message) pair. */
function entry(args: unknown[]): [Record<string, unknown>, string] {
  const text: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const arg of args) {
    if (typeof arg === 'string') text.push(arg);
    else if (arg instanceof Error) fields.err = arg;
    else if (arg !== undefined) fields.detail = arg;
  }
  return [fields, text.join(' ') || (fields.err instanceof Error ? fields.err.message : 'graphql-yoga')];
}

/**
 * Yoga's `logging` option. Yoga logs every error it masks with `error(err)`, caller mistakes included and
 * twice for some; the server logs what matters itself, once and with the request id (see the access log), so
 * those reach this logger at debug only. Yoga's other lines keep their level and gain a `msg`.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const child = logger.child({ component: 'graphql-yoga' });
  return {
    debug: (...args) => child.debug(...entry(args)),
    info: (...args) => child.info(...entry(args)),
    warn: (...args) => child.warn(...entry(args)),
    error: (...args) => {
      const [fields, msg] = entry(args);
      if (fields.err) child.debug(fields, `masked: ${msg}`);
      else child.error(fields, msg);
    },
  };
}

/**
 * Database library output through pino: MikroORM's `logger` (its warnings, and queries when its debug mode
 * is on) and knex's (pg connection errors such as `Connection Error: …`, deprecations), which otherwise
 * print plain text to the console. Pass the result in `initORM`'s `overrides`.
 */
export function ormLogging(logger: Logger): {
  logger: (message: string) => void;
  driverOptions: { log: Record<'debug' | 'warn' | 'error' | 'deprecate', (message: unknown) => void> };
} {
  const orm = logger.child({ component: 'mikro-orm' });
  const knex = logger.child({ component: 'knex' });
  // MikroORM colours its namespaces with ANSI escapes even when writing to a function.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes
  const ansi = /\u001b\[[0-9;]*m/g;
  const text = (message: unknown) => (typeof message === 'string' ? message : JSON.stringify(message));
  return {
    logger: (message: string) => orm.info(message.replace(ansi, '')),
    driverOptions: {
      log: {
        debug: (message) => knex.debug(text(message)),
        warn: (message) => knex.warn(text(message)),
        error: (message) => knex.error(text(message)),
        deprecate: (message) => knex.warn(text(message)),
      },
    },
  };
}
